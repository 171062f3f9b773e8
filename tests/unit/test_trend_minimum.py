"""A year's gain in the trend follows the cost column's minimum-data rule (REVIEW3 #24): Dispora 2023's "10,3
(−18,1 s.d. 38,7)" from 3 activities becomes "belum dapat dihitung", its reason "hanya 3 kegiatan, perlu
sedikitnya 5" under the table."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn import constants
from evalasn.analysis import trend
from evalasn.report.chapters import comparison
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.words.text import t


def _gain(activities: int) -> Any:
    return {"n": 76, "estimasi": 10.3, "ci_bawah": -18.1, "ci_atas": 38.7, "p": 0.3, "cukup_data": True,
            "n_kegiatan": activities, "se": 6.6}


@pytest.mark.parametrize("activities, shown", [
    pytest.param(3, False, id="dispora-2023-three-activities-withheld"),
    pytest.param(constants.MIN_ACTIVITIES_TREND_GAIN - 1, False, id="one-below-the-minimum-withheld"),
    pytest.param(constants.MIN_ACTIVITIES_TREND_GAIN, True, id="at-the-minimum-shown"),
])
def test_a_trend_gain_from_too_few_activities_is_withheld(activities, shown):
    base = trend._base(_gain(activities))
    assert base["cukup_data"] is shown and base["n_kegiatan"] == activities
    assert (base["estimasi"] is not None) is shown and (base["ci_bawah"] is not None) is shown


@pytest.mark.parametrize("lang, said", [
    ("id", "hanya 3 kegiatan, perlu sedikitnya 5 untuk tren"),
    ("en", "only 3 activities, at least 5 needed for the trend"),
], ids=["id", "en"])
def test_the_trend_cell_says_how_many_activities_as_the_cost_column_does(lang, said):
    # the cell 'belum dapat dihitungᵃ', its reason under the table (LOOK24 V2-5: every missing year's reason a note)
    marks = NoteMarks()
    cell = comparison._trend_cell("gain", trend._base(_gain(3)), lang, marks)
    assert cell == t("not_computed", lang) + "ᵃ" and marks.note() == f"ᵃ {said}."


def test_the_minimum_is_the_cost_columns():
    assert constants.MIN_ACTIVITIES_TREND_GAIN == constants.MIN_ACTIVITIES_COST


# --- one decimal rule per quantity: the share of participants whose score rose (REVIEW3 #24) ----------------------
@pytest.mark.parametrize("share, low, high, said", [
    pytest.param(95.04, 91.2, 97.8, "95,0% peserta nilainya naik (rentang keyakinan 95%: 91,2% s.d. 97,8%)",
                 id="kpkp-wide-interval-one-decimal"),
    pytest.param(77.61, 75.1, 79.9, "77,6% peserta nilainya naik (rentang keyakinan 95%: 75,1% s.d. 79,9%)",
                 id="kesehatan-narrow-interval-one-decimal"),
])
def test_the_share_improved_has_one_decimal_in_every_report(pipeline_root, share, low, high, said):
    import copy

    from evalasn.analysis import results
    from evalasn.paths import project
    from evalasn.report.words import narrative

    hasil: Any = copy.deepcopy(results.read(project(pipeline_root).hasil("kesehatan")))
    overall = hasil["level2_pembelajaran"]["keseluruhan"]
    overall.update(estimasi=10.8, ci_bawah=9.0, ci_atas=12.6, persen_naik=share, persen_naik_bawah=low,
                   persen_naik_atas=high)
    assert said in narrative.learning(hasil, "id")
