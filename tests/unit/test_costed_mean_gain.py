"""A cost-per-point record's `rata_gain` is the mean gain of exactly the participants its `n` counts (those with both
scores in activities with a recorded cost), in every branch (LOOK36 J-1: withheld for unrecorded cost, the record held
every scored participant's mean, and the plan printed "7,7 poin pada 61 peserta di kegiatan dengan biaya tercatat"
where those 61 averaged 10,6; Nakertransgi's pelatihan row, n 52, held the mean of all 81)."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pytest

from evalasn.analysis import budget, learning

COSTED_GAIN, UNCOSTED_GAIN = 10.0, 2.0  # the activities without a recorded cost gain far less


def _frame(costs: Sequence[float | None], metode: str = "pelatihan", size: int = 8) -> pd.DataFrame:
    """One method's participations: activity i costs ``costs[i]`` per participant (0 or None: not recorded); the
    costed ones' participants gain about COSTED_GAIN, the others' about UNCOSTED_GAIN (±1 by participant, and a
    little by activity)."""
    rows = []
    for i, cost in enumerate(costs):
        centre = (COSTED_GAIN if cost else UNCOSTED_GAIN) + 0.3 * (i % 3)
        for j in range(size):
            rows.append({"kegiatan_id": f"{metode}-{i}", "metode": metode, "biaya_per_peserta_rp": cost,
                         "tahun_kegiatan": 2025, "nilai_pre": 50.0,
                         "nilai_post": 50.0 + centre + (1.0 if j % 2 else -1.0)})
    frame = pd.DataFrame(rows).astype({"biaya_per_peserta_rp": float})
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"])


def _record(frame: pd.DataFrame, scope: str):
    gain = learning.paired_change_clustered(frame)
    if scope == "overall":
        return budget.cost_per_point_all(frame, gain)
    return next(r for r in budget.cost_per_point(frame, [{"metode": "pelatihan", **gain}])
                if r["metode"] == "pelatihan")


COSTED = [600_000.0, 450_000.0, 900_000.0, 700_000.0, 1_200_000.0, 800_000.0]


@pytest.mark.parametrize(("costs", "reason"), [
    pytest.param(COSTED[:3] + [0.0, None, 0.0, 0.0], "biaya_tidak_tercatat", id="withheld-cost-unrecorded"),
    pytest.param(COSTED[:2] + [0.0], "kegiatan_kurang", id="withheld-too-few-activities"),
    pytest.param(COSTED + [0.0, 0.0], None, id="estimated"),
])
@pytest.mark.parametrize("scope", ["per-method", "overall"])
def test_the_mean_gain_is_over_the_participants_n_counts(costs, reason, scope):
    frame = _frame(costs)
    record = _record(frame, scope)
    assert record.get("alasan") == reason
    costed = frame[frame["biaya_per_peserta_rp"].fillna(0.0) > 0]
    assert record["n"] == len(costed)
    assert record["rata_gain"] == pytest.approx(costed["gain"].mean())
    assert record["rata_gain"] != pytest.approx(frame["gain"].mean())  # the case tells the two means apart


@pytest.mark.parametrize("scope", ["per-method", "overall"])
def test_no_costed_participant_has_no_mean_gain(scope):
    record = _record(_frame([0.0] * 6), scope)
    assert record.get("alasan") == "biaya_tidak_tercatat" and record["n"] == 0 and record["rata_gain"] is None
