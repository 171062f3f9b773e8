"""LOOK16's workbook and English wording findings: sheet names and titles in the report's words (R-15), the sheet of
money for no meaningful or a very small gain (R-11), dinas named, not slugged (R-18), one English term for the
rebuilt plan (R-8), a reason that is a clause (R-10)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.formats import workbook, workbook_words
from evalasn.report.words import reasons
from evalasn.report.words.text import LABELS, TEXT

BUILT = dt.datetime(2026, 1, 5)
# the statistics' shorthand and English the Indonesian report does not use (it writes selisih-dari-selisih, nilai
# akhir yang disesuaikan dengan nilai awal, regresi)
SHORTHAND = re.compile(r"\b(DiD|OLS|ANCOVA|Difference-in-differences)\b")


def _book(pipeline_root, slug: str, lang: str):
    from openpyxl import load_workbook

    hasil = results.read(project(pipeline_root).hasil(slug, 0))
    return load_workbook(io.BytesIO(workbook.build(dict(hasil), lang, BUILT)))


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG])
def test_indonesian_sheet_names_and_titles_use_the_reports_words(pipeline_root, slug):
    """R-15: 'DiD indikator kinerja unit', 'ANCOVA per metode', '… (OLS atas log biaya …)', 'Perbedaan perubahan (DiD):
    n' were sheet names, table titles and headers of the Indonesian workbook; each name at most 31 characters."""
    book = _book(pipeline_root, slug, "id")
    named = list(book.sheetnames)
    assert all(len(name) <= 31 for name in named) and len({name.lower() for name in named}) == len(named)
    for sheet in book.worksheets:
        if sheet.title == "Definisi":  # the meanings (docs/hasil-json.md) name the estimators
            continue
        named += [cell.value for row in sheet.iter_rows() for cell in row
                  if isinstance(cell.value, str) and cell.font is not None and cell.font.bold]
    assert not [name for name in named if SHORTHAND.search(name)]
    assert "Selisih-dari-selisih kinerja" in book.sheetnames and "Kenaikan disesuaikan per metode" in book.sheetnames


def _little(dinas: str | None, metode: str, estimasi: float) -> dict:
    return {"metode": metode, "dinas": dinas, "n": 187, "n_kegiatan": 8, "estimasi": estimasi,
            "ci_bawah": estimasi - 1.4, "ci_atas": estimasi + 1.4, "cukup_data": True}


@pytest.mark.parametrize(("lang", "sheet", "title"), [
    # LOOK18 T-7, T-13: the title names both labels with the line the selection rule draws between them
    pytest.param("id", "Tak berarti atau sangat kecil", "Anggaran tanpa kenaikan yang berarti (estimasi ≤ 0) atau "
                 "untuk kenaikan sangat kecil (estimasi > 0)", id="id"),
    pytest.param("en", "Not meaningful or very small", "Money without a meaningful gain (estimate ≤ 0) or for a very "
                 "small gain (estimate > 0)", id="en"),
])
def test_money_for_no_meaningful_or_a_very_small_gain_is_named_for_both(lang, sheet, title):
    """R-11: Kesehatan's seminar (−1,0) and e-learning (−1,6) rows, 'tanpa kenaikan yang berarti' in the PDF, stood on
    a sheet 'Anggaran kenaikan sangat kecil' with a Dinas column empty in every row of an agency's workbook."""
    from openpyxl import load_workbook

    def book(slug: str, rows: list[dict]):
        hasil = {"versi_skema": 1, "cakupan": {"slug": slug, "nama": slug, "jenis": "dinas"}, "tahun": 2025,
                 "sintetis": True, "anggaran_vs_peningkatan": {
                     "biaya_per_poin": [{"metode": "seminar", "n": 3}, {"metode": "pelatihan", "n": 4}],
                     "sedikit_kenaikan": rows}}
        return load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))

    agency = list(book("kesehatan", [_little(None, "seminar", -0.98), _little(None, "e-learning", -1.58)])[sheet]
                  .iter_rows(values_only=True))
    assert agency[0][0] == title
    assert "Dinas" not in agency[1] and "Agency" not in agency[1] and len(agency) > 3
    province = list(book(PROVINCE_SLUG, [_little(None, "seminar", 1.84), _little("kesehatan", "seminar", -0.98)])[
        sheet].iter_rows(values_only=True))
    assert ("Dinas" if lang == "id" else "Agency") in province[1]  # the province's rows name their dinas


@pytest.mark.parametrize(("lang", "shown"), [
    pytest.param("id", "Dinas Kesehatan, Dinas KPKP, Satuan Polisi Pamong Praja", id="id"),
    pytest.param("en", "Health Agency; Food Security, Marine Affairs and Agriculture Agency; Civil Service Police Unit",
                 id="en"),
])
def test_the_dinas_wholly_below_the_province_mean_are_named(lang, shown):
    """R-18: the province's sheet 'Perhatian' listed them as 'kesehatan, kpkp, satpol-pp'."""
    assert workbook_words.worded("gain_di_bawah_rata", "kesehatan, kpkp, satpol-pp", {}, lang) == shown


def test_english_calls_the_rebuilt_plan_reconstructed_throughout():
    """R-8: 'reconstructed' in the summary and 10.1, 'regenerated' in the attention rule, 10.1's note and the
    workbook: two words the English reader takes for two things."""
    english = [entry["en"] for entry in (*TEXT.values(), *LABELS.values()) if "en" in entry]
    english += [words[1] for words in workbook_words.VALUE_WORDS.values()]
    assert not [text for text in english if "regenerat" in text.lower()]
    assert workbook_words.VALUE_WORDS["dibuat_ulang"][1] == "reconstructed from last year's data, not the signed plan"


def test_no_activities_is_a_clause_after_because():
    """R-10: citata's closing note read '…, because no activities in this period.'"""
    why = reasons.reason({"cukup_data": False, "n_kegiatan": 0, "alasan": "kegiatan_kurang"}, "en")
    assert re.match(r"there (is|are|was|were) ", why, re.I), why
    assert f"because {TEXT['why_no_activities']['en']}" == "because there were no activities in this period"
