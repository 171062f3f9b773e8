"""budget.activity_cost (in numpy) and budget.scored_activities (one groupby call per column) give what their
pandas definitions give, to the last bit: groupby by activity, its size times its first recorded cost per
participant, summed; the frame `agg` with named aggregations builds. On the frames that make them differ if they
are wrong: missing activity ids, missing costs, an activity with no cost at all, ids out of order, none at all."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import budget


def _by_groupby(rows: pd.DataFrame) -> float:
    per_activity = rows.groupby("kegiatan_id").agg(n=("kegiatan_id", "size"), biaya=("biaya_per_peserta_rp", "first"))
    return float((per_activity["n"] * per_activity["biaya"]).sum())


def _frame(ids, costs, dtype=None) -> pd.DataFrame:
    return pd.DataFrame({"kegiatan_id": pd.array(ids, dtype=dtype), "biaya_per_peserta_rp": costs})


def _random(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    ids = [None if rng.random() < 0.05 else f"K{int(rng.integers(0, 40)):03d}" for _ in range(n)]
    costs = np.round(rng.uniform(0, 3e6, n), 2)
    costs[rng.random(n) < 0.2] = np.nan
    frame = _frame(ids, costs, "str")
    frame["gain"] = np.round(rng.normal(5, 12, n), 1)
    return frame


CASES = {
    "plain": _frame(["A", "A", "B"], [100.0, 100.0, 250.5], "str"),
    "ids-out-of-order": _frame(["C", "A", "B", "A", "C"], [3.3, 1.1, 2.2, 1.1, 3.3], "str"),
    "missing-id-left-out": _frame(["A", None, "B", None], [1.0, 99.0, 2.0, 99.0], "str"),
    "first-cost-missing-then-recorded": _frame(["A", "A", "A"], [np.nan, 7.5, 9.0], "str"),
    "activity-without-any-cost": _frame(["A", "B", "B"], [5.0, np.nan, np.nan], "str"),
    "no-cost-at-all": _frame(["A", "B"], [np.nan, np.nan], "str"),
    "empty": _frame([], np.array([], float), "str"),
    "object-ids-nullable-costs": pd.DataFrame({"kegiatan_id": ["B", "A", "B"],
                                               "biaya_per_peserta_rp": pd.array([2.0, None, 2.0], dtype="Float64")}),
    **{f"random-{seed}": _random(seed) for seed in range(12)},
}


@pytest.mark.parametrize("rows", CASES.values(), ids=CASES.keys())
def test_the_same_sum_as_the_groupby_definition(rows):
    expected, got = _by_groupby(rows), budget.activity_cost(rows)
    assert got == expected or (np.isnan(got) and np.isnan(expected))


def test_a_wrong_first_cost_is_seen():
    """The check can fail: the last cost of an activity instead of its first changes the sum."""
    rows = CASES["first-cost-missing-then-recorded"]
    assert budget.activity_cost(rows) == 22.5 != 3 * 9.0


def _by_named_agg(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.groupby("kegiatan_id").agg(gain=("gain", "sum"), n=("gain", "size"),
                                           biaya=("biaya_per_peserta_rp", "first")).dropna()


WITH_GAIN = {name: frame.assign(gain=frame.get("gain", pd.Series(np.arange(len(frame)) * 1.7 - 3, index=frame.index)))
             for name, frame in CASES.items()}


@pytest.mark.parametrize("rows", WITH_GAIN.values(), ids=WITH_GAIN.keys())
def test_scored_activities_is_the_frame_of_named_aggregations(rows):
    pd.testing.assert_frame_equal(budget.scored_activities(rows), _by_named_agg(rows), check_exact=True)


def test_a_wrong_activity_frame_is_seen():
    """The check can fail: the gains' mean instead of their sum is another frame."""
    rows = WITH_GAIN["plain"]
    wrong = budget.scored_activities(rows).assign(gain=rows.groupby("kegiatan_id")["gain"].mean())
    with pytest.raises(AssertionError):
        pd.testing.assert_frame_equal(wrong, _by_named_agg(rows), check_exact=True)
