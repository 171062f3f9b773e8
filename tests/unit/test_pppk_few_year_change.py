"""LOOK32 D-1: PPAPP's first finding, 4 of 7 PPPK above the 24-JP cap in 2025, gave no 2024 though the count of both
years is exact (2 of 7 in 2024, printed in BAB X): under constants.MIN_N PPPK the trend row's share was withheld
without its count, and the finding spoke only of a change with an interval. The trend row now keeps the count at any
n, and the finding, the trend table and BAB X's Tabel 14 print it as Tabel 15 does ('2 dari 7 PPPK (28,6%; hitungan,
tanpa rentang)'), with no verdict where the record has no change."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import compliance
from evalasn.analysis.stats import proportion_ci
from evalasn.report.chapters import comparison, followup_measure, followup_review, key_findings, pppk_cap
from evalasn.report.chapters.note_marks import NoteMarks
from tests.unit.test_published_plan import PREVIOUS, REGENERATED

CAP = constants.PPPK_JP_MAXIMUM_PER_YEAR


def _staff(over: int, pppk: int) -> pd.DataFrame:
    """``pppk`` PPPK, the first ``over`` above the cap, and three PNS above it too, who are not counted."""
    rows = [{"pegawai_id": f"p{i}", "status": "PPPK", "jp": CAP + (6.0 if i < over else -4.0)} for i in range(pppk)]
    rows += [{"pegawai_id": f"n{i}", "status": "PNS", "jp": CAP + 6.0} for i in range(3)]
    return pd.DataFrame(rows)


@pytest.mark.parametrize(("over", "pppk", "counted"), [
    pytest.param(2, 7, 2, id="ppapp-2-of-7-withheld-count-kept"),
    pytest.param(0, constants.MIN_N - 1, 0, id="none-of-9-count-kept"),
    pytest.param(5, 14, 5, id="5-of-14-with-interval"),
    pytest.param(0, 0, None, id="no-pppk-no-count"),
])
def test_the_share_above_the_cap_keeps_its_count_at_any_n(over, pppk, counted):
    share: Any = compliance.over_cap_share(_staff(over, pppk))
    assert share.get("jumlah") == counted and share["n"] == pppk
    assert share["cukup_data"] is (pppk >= constants.MIN_N)
    if pppk >= constants.MIN_N:
        assert share == proportion_ci(over, pppk)


def _counted(jumlah: int, n: int) -> dict:
    return {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
            "jumlah": jumlah}


LAST_YEAR_WIDE = {"n": 74, "estimasi": 25 / 74, "ci_bawah": 0.240, "ci_atas": 0.451, "p": None, "cukup_data": True,
                  "jumlah": 25}


def _hasil(then: dict | None, year: bool = True) -> Any:
    rows = [{"tahun": 2024, "pppk_di_atas_batas": then}] if year else []
    return {"tahun": 2025, "tren": [*rows, {"tahun": 2025, "pppk_di_atas_batas": _counted(4, 7),
                                            "selisih_tahun_lalu": {"pppk_di_atas_batas": None}}]}


@pytest.mark.parametrize(("lang", "then", "year", "said"), [
    pytest.param("id", _counted(2, 7), True, " Pada 2024: 2 dari 7 PPPK (28,6%; hitungan, tanpa rentang).",
                 id="id-ppapp-2-of-7"),
    pytest.param("en", _counted(2, 7), True, " In 2024: 2 of 7 PPPK (28.6%; a count, no interval).",
                 id="en-ppapp-2-of-7"),
    pytest.param("id", _counted(0, 7), True, " Pada 2024: 0 dari 7 PPPK (0,0%; hitungan, tanpa rentang).",
                 id="id-none-last-year"),
    # last year with an interval, this year too few: last year's level as the other findings print it, no verdict
    pytest.param("id", LAST_YEAR_WIDE, True, " Pada 2024: 33,8% (24,0% s.d. 45,1%; 25 dari 74 PPPK).",
                 id="id-last-year-with-interval"),
    # nothing to compare: no PPPK last year (n 0), results without the count, the year missing
    pytest.param("id", {**proportion_ci(0, 0)}, True, "", id="no-pppk-last-year"),
    pytest.param("id", {k: v for k, v in _counted(2, 7).items() if k != "jumlah"}, True, "", id="no-count-kept"),
    pytest.param("id", None, False, "", id="no-last-year-row"),
])
def test_the_finding_gives_last_years_count_without_a_verdict_where_no_change_has_an_interval(lang, then, year, said):
    over = pppk_cap.Count(4, 7, None, 16.5e6)
    assert key_findings.pppk_year_on_year(_hasil(then, year), over, lang) == said


@pytest.mark.parametrize(("lang", "figure", "cell"), [
    pytest.param("id", _counted(2, 7), "2 dari 7 PPPK (28,6%; hitungan, tanpa rentang)", id="id-2-of-7"),
    pytest.param("en", _counted(4, 7), "4 of 7 PPPK (57.1%; a count, no interval)", id="en-4-of-7"),
])
def test_the_trend_tables_pppk_cell_gives_the_count_where_the_share_has_no_interval(lang, figure, cell):
    marks = NoteMarks()
    assert comparison._trend_cell(comparison.facts.PPPK_OVER_CAP, figure, lang, marks) == cell
    # no PPPK that year: not a count of zero
    assert "PPPK" not in comparison._trend_cell(comparison.facts.PPPK_OVER_CAP, {**proportion_ci(0, 0)}, lang, marks)


@pytest.mark.parametrize(("lang", "shown"), [
    pytest.param("id", "4 dari 7 PPPK (57,1%; hitungan, tanpa rentang)", id="id"),
    pytest.param("en", "4 of 7 PPPK (57.1%; a count, no interval)", id="en"),
])
def test_tabel_14_gives_this_years_count_as_last_years_beside_it(lang, shown):
    """Tabel 14's PPPK-JP: 'Nilai 2024: 2 dari 7 PPPK (28,6%; hitungan, tanpa rentang)' beside a bare '57,1%'."""
    row = replace(REGENERATED[0], code="PPPK-JP", rule="rec_pppk", higher_better=False, target=0.0)
    withheld = {k: v for k, v in _counted(4, 7).items() if k != "jumlah"}
    hasil: Any = {**PREVIOUS, "tahun": 2025, "pelaksanaan": {
        "jp_20": {"keseluruhan": {}, "pppk": {"n": 7, "di_atas_batas": withheld, "jumlah_di_atas_batas": 4}},
        "kegiatan_per_metode": []}}
    now = followup_measure.measure(row, "", hasil, lang)
    assert followup_review.show(now, lang) == shown
    assert now.values == (400 / 7,) * 3 and followup_measure.judge(row, now, lang).status == "not_met"
