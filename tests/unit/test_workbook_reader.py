"""The report workbook as its reader opens it (issue 22.8/22.9, review defects 11-12): every sheet of one
table keeps its header in view, a long list has a sheet of its own, headers are whole, codes are words in
the report's language, no invisible characters, a figure without an interval has empty bounds and a
missing earlier value has its reason in words."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest

from evalasn.report import facts
from evalasn.report.formats import workbook

BUILT = dt.datetime(2026, 1, 2, 3, 4, 5)
ESTIMATE = {"estimasi": 0.61, "ci_bawah": 0.52, "ci_atas": 0.7, "n": 120, "cukup_data": True}


def _unit(number: int) -> dict:
    return {"periode": "2025-S2", "dinas": "kesehatan", "unit_kerja": f"Puskesmas {number}", "n": 30,
            "estimasi": 70.0 + number / 10, "ci_bawah": 68.0, "ci_atas": 72.0, "cukup_data": True, "kategori": "C",
            "label": "Kurang Baik", "unsur_terlemah": "u8"}


def _hasil() -> dict:
    return {
        "versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan", "jenis": "dinas"},
        "tahun": 2025, "sintetis": True,
        "pelaksanaan": {"cakupan_asn": ESTIMATE, "jp_20": {
            "per_jenis_jabatan": [{"jenis_jabatan": "fungsional", **ESTIMATE},
                                  {"jenis_jabatan": "pelaksana", **ESTIMATE}],
            "unit_terendah": [{"dinas": "kesehatan", "unit_kerja": "Puskesmas 1\u2060A", "n": 12}]}},
        "level2_pembelajaran": {"per_metode": [{"metode": "seminar", **ESTIMATE, "besar_efek": "sangat_kecil",
                                                "persen_naik_bawah": 40.0, "persen_naik_atas": 55.0}]},
        "level4_hasil": {"periode_terbaru": "2025-S2",
                         "ikm_unit": [_unit(number) for number in range(workbook.LONG_TABLE + 5)]},
        "komunikasi": {"unsur": [{"unsur": "u8", "nama": "Penanganan Pengaduan, Saran dan Masukan", **ESTIMATE}]},
    }


def _book(lang: str, key_facts=None) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook.build(_hasil(), lang, BUILT, key_facts=key_facts)))


def _texts(sheet) -> list[str]:
    return [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_list_has_its_own_sheet_with_its_header_row_frozen(lang):
    book = _book(lang)
    units = book["IKM per Unit"]
    assert units.freeze_panes == "B3"
    assert units.max_row == 2 + workbook.LONG_TABLE + 5
    assert book[{"id": "Definisi", "en": "Definitions"}[lang]].freeze_panes == "A2"
    for sheet in book.worksheets[1:]:  # after the about sheet: one table per sheet here, each header in view
        colours = [row[0].font.color.rgb for row in sheet.iter_rows() if row[0].font.color is not None]
        if sum(isinstance(rgb, str) and rgb.endswith(workbook.ACCENT) for rgb in colours) <= 1:
            assert sheet.freeze_panes, f"sheet {sheet.title} of one table scrolls its header away"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_headers_are_whole_and_free_of_invisible_characters(lang):
    book = _book(lang)
    for sheet in book.worksheets:
        for text in _texts(sheet):
            assert "\u2060" not in text, f"{sheet.title}: a word joiner in {text!r}"
            assert not text.endswith("…"), f"{sheet.title}: a cut header {text!r}"


def test_english_workbook_shows_codes_as_english_words():
    texts = {text for sheet in _book("en").worksheets for text in _texts(sheet)}
    assert {"functional", "administrative", "Health Agency", "Poor", "negligible",
            "Handling of complaints and suggestions", "U8"} <= texts
    assert not {"fungsional", "pelaksana", "kesehatan", "Kurang Baik", "sangat_kecil", "u8",
                "Penanganan Pengaduan, Saran dan Masukan"} & texts


def test_indonesian_workbook_names_the_agency_not_its_slug():
    texts = {text for sheet in _book("id").worksheets for text in _texts(sheet)}
    assert {"Dinas Kesehatan", "fungsional", "Kurang Baik", "sangat kecil"} <= texts and "kesehatan" not in texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_key_figure_without_interval_has_empty_bounds_and_a_missing_year_its_reason(lang):
    records = (facts.Fact("persen_realisasi", 2025, 88.6),
               facts.Fact("ikm", 2025, {"estimasi": 78.1, "ci_bawah": 76.5, "ci_atas": 79.6, "n": 659,
                                        "cukup_data": True}, first_year=(2023, None)))
    sheet = _book(lang, records)[workbook.label("xf_sheet", lang)]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    value, low, high = (header.index(workbook.label(name, lang, tahun=2025)) for name in ("xf_nilai", "xf_bawah",
                                                                                         "xf_atas"))
    realisation, ikm = rows[1], rows[2]
    assert realisation[value] == pytest.approx(88.6) and realisation[low] is None and realisation[high] is None
    assert ikm[low] == pytest.approx(76.5) and ikm[high] == pytest.approx(79.6)
    reason = ikm[-1]
    assert reason and reason.startswith("2023: ") and facts.why_missing("ikm", None, lang) in reason


def test_shares_are_percent_with_the_unit_in_the_header():
    sheet = _book("en")["Implementation"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    start = next(i for i, row in enumerate(rows) if row[0] == workbook.object_name("pelaksanaan.cakupan_asn", "en"))
    header, values = rows[start + 1], rows[start + 2]
    assert values[header.index("Estimate (%)")] == pytest.approx(61.0)
    assert values[header.index("Lower 95% bound (%)")] == pytest.approx(52.0)
    assert values[header.index("n")] == 120


SOFTWARE = re.compile(r"[a-z]+_[a-z_]+|~|ln\(|…|\u2060|hasil\.json|= (?:tidak|no)\b")
INDONESIAN_EN = re.compile(r"\b(?:dinas|golongan|keseluruhan|Proporsi|Kurang Baik|Tidak Baik|fungsional|pelaksana|"
                           r"struktural|studi peristiwa|observasional|Penanganan|Persyaratan)\b")


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_sample_workbook_headers_and_codes_are_words_of_the_report_language(pipeline_root, slug, lang):
    """Headings, headers and worded codes of the sample's workbooks (all but the definitions sheet, which
    gives each key its meaning): no JSON key, formula or cut text; in English no Indonesian word."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    ctx = sections.load_context(slug, lang, project(pipeline_root))
    records = facts.of(ctx)
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(dict(ctx.hasil), lang, BUILT, key_facts=records)))
    found = []
    for sheet in book.worksheets[:-1]:
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or not (cell.font.bold or cell.column_letter == "A"):
                    continue
                if SOFTWARE.search(text) or (lang == "en" and INDONESIAN_EN.search(text)):
                    found.append(f"{sheet.title}!{cell.coordinate}: {text}")
    assert not found, "\n".join(found)
