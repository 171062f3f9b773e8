"""The trend sheet's change from the year before (tren[].selisih_tahun_lalu, LOOK27 Y-2): each difference column
under its own header, in the workbook's language and in percentage points for a share; no level header reused, no
'…: True', no empty column of a null object."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter

import openpyxl
import pytest

from evalasn.paths import project
from evalasn.report.formats import workbook
from evalasn.report.formats.workbook import column_names

BUILT = dt.datetime(2026, 12, 7)
CHANGE = {"id": "Selisih dari tahun sebelumnya — Cakupan ASN: Estimasi (poin persen)",
          "en": "Change from the year before — Staff coverage: Estimate (percentage points)"}
PAIRED = {"id": "Selisih dari tahun sebelumnya — Cakupan ASN: Berpasangan (orang atau unit yang sama)",
          "en": "Change from the year before — Staff coverage: Paired (same staff or units)"}
LEVEL = {"id": "Cakupan ASN: Estimasi (%)", "en": "Staff coverage: Estimate (%)"}
OTHER_LANGUAGE = {"id": ("Change from", "Gain", "Improved"), "en": ("Selisih", "Membaik", "Biaya per poin")}


def _trend_header(pipeline_root, lang: str) -> list[str]:
    hasil = json.loads(project(pipeline_root).hasil("kesehatan").read_text(encoding="utf-8"))
    assert any(year.get("selisih_tahun_lalu") for year in hasil["tren"]), "the sample has a change from a year before"
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)), read_only=True)
    sheet = book[{"id": "Tren", "en": "Trend"}[lang]]
    rows = list(sheet.iter_rows(values_only=True))
    return [str(cell) for cell in rows[1] if cell is not None]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_change_column_has_a_header_of_its_own(pipeline_root, lang):
    header = _trend_header(pipeline_root, lang)
    assert CHANGE[lang] in header and PAIRED[lang] in header and LEVEL[lang] in header
    assert [name for name, count in Counter(header).items() if count > 1] == []
    assert not [name for name in header if name.endswith((": True", ": False", ": Gain", ": Biaya per poin"))]
    assert not [name for name in header if any(word in name for word in OTHER_LANGUAGE[lang])], header


@pytest.mark.parametrize(("records", "columns"), [
    pytest.param([{"tahun": 2023, "selisih_tahun_lalu": None},
                  {"tahun": 2024, "selisih_tahun_lalu.cakupan_asn.estimasi": 0.1}],
                 ["tahun", "selisih_tahun_lalu.cakupan_asn.estimasi"], id="null-first-year-beside-its-fields"),
    pytest.param([{"tahun": 2024, "selisih_tahun_lalu.gain": None}, {"tahun": 2025, "selisih_tahun_lalu.gain": None}],
                 ["tahun"], id="a-change-never-computed"),
    pytest.param([{"tahun": 2024, "persen_realisasi": None}], ["tahun", "persen_realisasi"],
                 id="a-null-value-keeps-its-column"),
])
def test_an_object_null_in_every_row_gives_no_empty_column(records, columns):
    assert column_names(records, "tren[]") == columns
