"""The workbook's intervention sheet (REVIEW5 D6): it was called "Kegiatan yang diukur dampaknya" in every
workbook although the shipped config declares no intervention, headed its text column with the Make variable's
name ("Teks INTERVENSI seperti diberikan"), and printed 887 activities (every agency's, every year's) in an
agency's file."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from evalasn.report.formats import workbook, workbook_names
from tests.unit.test_workbook_reader import BUILT, _hasil

NONE = {"teks": "", "dipilih": False, "n_kegiatan": 887, "penugasan": "observasional", "penjamin": ""}
DECLARED = {"teks": "layanan prima", "dipilih": True, "n_kegiatan": 64, "tema_cocok": ["layanan prima"],
            "penugasan": "observasional", "penjamin": ""}
CAUSAL = re.compile(r"dampak|impact|effect|berdampak|measured for", re.I)


def _sheet(intervention: dict, lang: str) -> tuple[str, list[list]]:
    hasil = _hasil()
    hasil["level4_hasil"]["did_ikm"] = {"tersedia": False, "alasan": "periode_kurang", "intervensi": intervention}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))
    title = workbook_names.object_name(workbook.DECLARED, lang)  # one row: on the Level 4 sheet, under its name
    sheet = book[workbook_names.SHEET_NAMES["level4_hasil"][0 if lang == "id" else 1]]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    start = next(index for index, row in enumerate(rows) if row[0] == title)
    return title, rows[start + 1:start + 3]


def _definitions(intervention: dict, lang: str) -> list[str]:
    hasil = _hasil()
    hasil["level4_hasil"]["did_ikm"] = {"tersedia": False, "alasan": "periode_kurang", "intervensi": intervention}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))
    return [" ".join(str(v) for v in row if v) for row in book.worksheets[-1].iter_rows(values_only=True)]


@pytest.mark.parametrize("lang, none", [("id", "tidak ada yang dinyatakan"), ("en", "none declared")])
def test_nothing_declared_is_said_without_a_causal_title_a_variable_or_a_count(lang, none):
    title, rows = _sheet(NONE, lang)
    cells = [str(v) for row in rows for v in row if v is not None]
    assert not [cell for cell in cells if CAUSAL.search(cell) or "INTERVENSI" in cell], cells
    assert none in cells and 887 not in [v for row in rows for v in row]
    assert not CAUSAL.search(title)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_declared_intervention_shows_its_text_but_not_the_province_wide_count(lang):
    _, rows = _sheet(DECLARED, lang)
    values = [v for row in rows for v in row]
    assert "layanan prima" in values and 64 not in values
    assert not [v for v in values if isinstance(v, str) and "INTERVENSI" in v]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_definitions_do_not_name_the_make_variable_or_call_the_comparison_an_impact(lang):
    rows = [row for row in _definitions(NONE, lang) if "ntervensi" in row or "ntervention" in row]
    assert rows and not [row for row in rows if "INTERVENSI" in row], rows
    # the comparison of trained and other units is described as a comparison, not as the intervention's impact
    assert not [row for row in rows if re.search(r"^\S.*?(?:Dampak intervensi|Impact of the intervention)", row)]
