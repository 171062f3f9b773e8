"""IKM exactly as PermenPAN-RB 14/2017 defines it: a worked example and the category boundaries."""

from typing import cast

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import ikm
from evalasn.analysis.contract.estimate import bounds, point


@pytest.mark.parametrize("value,letter", [
    (25.00, "D"), (64.99, "D"), (65.00, "C"), (76.60, "C"), (76.61, "B"), (88.30, "B"), (88.31, "A"), (100.0, "A"),
    (76.604, "C"), (76.605, "B"),
], ids=lambda v: str(v))
def test_category_boundaries(value, letter):
    assert ikm.category(value)[0] == letter


def _responses(rows: list[list[int]], unit="Unit A") -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(constants.IKM_ELEMENTS))
    return frame.assign(dinas="kesehatan", unit_kerja=unit, periode="2025-S1",
                        responden_id=[f"R{i}" for i in range(len(rows))])


def test_worked_example_by_hand():
    # Ten respondents; element means worked out by hand:
    # u1..u9 = 3.0, 3.1, 2.9, 3.5, 3.2, 3.3, 2.6, 2.4, 3.4 -> sum 27.4 -> IKM 27.4/9 = 3.0444 -> x25 = 76.11 (C)
    means = [3.0, 3.1, 2.9, 3.5, 3.2, 3.3, 2.6, 2.4, 3.4]
    rows = []
    for r in range(10):  # build integer answers whose column means are exactly the means above
        rows.append([int(np.floor(m)) + (1 if r < round((m - np.floor(m)) * 10) else 0) for m in means])
    result = ikm.summarise(_responses(rows))
    element_means = cast(dict[str, float], result["unsur"])  # keys u1–u9, each a mean
    assert [round(element_means[u], 2) for u in constants.IKM_ELEMENTS] == means
    assert result["estimasi"] == pytest.approx(27.4 / 9 * 25)
    assert round(point(result), 2) == 76.11
    assert result["kategori"] == "C" and result["label"] == "Kurang Baik"
    assert bounds(result)[0] < point(result) < bounds(result)[1]


def test_blank_element_leaves_only_that_element_out():
    rows = [[4] * 9 for _ in range(10)]
    frame = _responses(rows).astype({"u1": "Int64"})
    frame.loc[0, "u1"] = pd.NA
    result = ikm.summarise(frame)
    assert result["unsur"]["u1"] == 4.0 and result["estimasi"] == pytest.approx(100.0)


def test_unit_with_one_respondent_is_not_enough_data():
    result = ikm.summarise(_responses([[3] * 9]))
    assert result["cukup_data"] is False and result["estimasi"] is None and result["n"] == 1


def test_weakest_elements_sorted_and_flagged():
    rows = [[3, 3, 3, 3, 3, 3, 2, 2, 4] for _ in range(20)]  # three units: judged (fewer: test_ikm_few_units)
    elements = ikm.elements(pd.concat([_responses(rows, unit) for unit in ("Unit A", "Unit B", "Unit C")]))
    assert [e["unsur"] for e in elements[:2]] in (["u7", "u8"], ["u8", "u7"])
    assert elements[0]["lemah"] and elements[0]["komunikasi"]
    assert not elements[-1]["lemah"]


def test_units_vectorised_match_the_per_unit_formula():
    rng = np.random.default_rng(7)
    frames = []
    for unit, size in (("Unit A", 25), ("Unit B", 12), ("Unit C", 4)):
        rows = rng.integers(1, 5, size=(size, 9)).tolist()
        frames.append(_responses(rows, unit))
    skm = pd.concat(frames, ignore_index=True)
    by_unit = {r["unit_kerja"]: r for r in ikm.by_unit(skm)}
    for unit, group in skm.groupby("unit_kerja"):
        expected = ikm.summarise(group)
        got = by_unit[unit]
        assert got["cukup_data"] == expected["cukup_data"] and got["kategori"] == expected["kategori"]
        for key in ("estimasi", "ci_bawah", "ci_atas"):
            assert got[key] == pytest.approx(expected[key]) if expected[key] is not None else got[key] is None
    assert [r["unit_kerja"] for r in ikm.by_unit(skm)][-1] == "Unit C"  # not enough data: last
