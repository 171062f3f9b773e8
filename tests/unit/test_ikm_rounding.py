"""One rounding rule for every IKM (issue 22.1): a unit's, a dinas's and the province's IKM and the ends of
its interval print to two decimals everywhere (constants.IKM_DECIMALS), and the category range beside an
interval follows its ends as printed, by the regulation's cut-offs (PermenPAN-RB 14/2017)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn import constants
from evalasn.analysis import ikm
from evalasn.report.chapters import limitations, results
from evalasn.report.words import fmt, uncertainty

# the regulation's table as printed (Lampiran PermenPAN-RB 14/2017), written out here and not read from the
# code under test: D 25,00-64,99, C 65,00-76,60, B 76,61-88,30, A 88,31-100,00
REGULATION = (("A", 88.31), ("B", 76.61), ("C", 65.00), ("D", 25.00))


def _letter_of_printed(text: str, lang: str = "id") -> str:
    """The category a reader finds for a printed IKM ('76,65'; English '76.65') in the regulation's table."""
    value = float(text.replace(".", "").replace(",", ".") if lang == "id" else text.replace(",", ""))
    return next(letter for letter, lower in REGULATION if value >= lower)


def _unit(value: float, low: float, high: float) -> Any:
    """A unit record as analysis.ikm.by_unit makes it (categories by analysis.ikm)."""
    bottom, top = ikm.category_range(low, high)
    return {"periode": "2025-S2", "dinas": "kesehatan", "unit_kerja": "Puskesmas X", "n": 26, "estimasi": value,
            "ci_bawah": low, "ci_atas": high, "cukup_data": True, "kategori": ikm.category(value)[0],
            "kategori_bawah": bottom, "kategori_atas": top, "sampel_kurang": False}


CASES = [
    # the reader review's row: '73,8 (71,0–76,6) C (C–B)', whose printed upper end was below B
    pytest.param((73.8199, 71.0012, 76.6487), "73,82 (71,00–76,65)", "C (C–B)", ["B"], id="review-row-upper-end-in-b"),
    pytest.param((69.2549, 66.0501, 72.4597), "69,25 (66,05–72,46)", "C", [], id="two-decimals-not-one"),
    pytest.param((72.0, 70.0, 76.6049), "72,00 (70,00–76,60)", "C", [], id="upper-end-prints-76-60-stays-c"),
    pytest.param((72.0, 70.0, 76.6051), "72,00 (70,00–76,61)", "C (C–B)", ["B"], id="upper-end-prints-76-61-reaches-b"),
    pytest.param((77.0, 76.6049, 79.0), "77,00 (76,60–79,00)", "B (C–B)", ["C"], id="lower-end-prints-76-60-reaches-c"),
    pytest.param((76.6049, 74.0, 79.0), "76,60 (74,00–79,00)", "C (C–B)", ["B"], id="value-prints-76-60-is-c"),
    pytest.param((70.0, 63.0, 89.0), "70,00 (63,00–89,00)", "C (D–A)", ["A", "B", "D"], id="reaches-three-others"),
]


@pytest.mark.parametrize(("values", "ikm_cell", "category_cell", "others"), CASES)
def test_a_units_ikm_and_category_range_follow_its_printed_ends(values, ikm_cell, category_cell, others):
    unit = _unit(*values)
    shown, category = (cell.replace("\u00a0", " ").replace("\u2060", "") for cell in results.unit_ikm_cells(unit, "id"))
    assert (shown, category) == (ikm_cell, category_cell)
    value, low, high = shown.replace("(", "").replace(")", "").replace("–", " ").split()
    assert category.split()[0] == _letter_of_printed(value)
    assert category.endswith(f"({_letter_of_printed(low)}–{_letter_of_printed(high)})") or \
        _letter_of_printed(low) == _letter_of_printed(high) == category
    assert sorted(limitations.crossing(unit)) == others  # BAB VIII names the same categories


@pytest.mark.parametrize(("value", "lang", "expected"), [
    pytest.param(69.254, "id", "69,25", id="id-two-decimals"),
    pytest.param(76.6049, "id", "76,60", id="id-just-below-b"),
    pytest.param(76.605, "en", "76.61", id="en-rounds-as-categorised"),
    pytest.param(None, "id", "–", id="missing"),
])
def test_every_ikm_prints_to_the_regulations_two_decimals(value, lang, expected):
    assert constants.IKM_DECIMALS == 2
    assert fmt.ikm(value, lang) == expected
    if value is not None:  # the category is judged on exactly the printed number
        assert ikm.category(value)[0] == _letter_of_printed(expected, lang)


@pytest.mark.parametrize(("estimasi", "expected"), [
    pytest.param(76.025354, "IKM 76,03, di bawah kategori B", id="two-decimals-like-the-table"),
    pytest.param(64.996, "IKM 65,00, di bawah kategori B", id="rounds-up-to-c-cut-off"),
])
def test_the_province_attention_reason_prints_the_ikm_as_the_table(estimasi, expected):
    test: Any = {"dinas": "citata", "temuan": "ikm", "estimasi": estimasi, "pembanding": 76.61}
    assert uncertainty.test_reason(test, "id") == expected
