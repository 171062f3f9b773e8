"""The report workbook written faster (issue 25) and the same: plain values appended as they are
(sheets.value_or_cell) and each style's ids copied from its first cell (workbook._styled, which relies on
openpyxl's ``Cell._style``)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl
import pytest

from evalasn import sheets
from evalasn.report.formats import workbook
from tests.hostile import FORMULAS, TEXTS

ERROR_CODES = ("#N/A", "#DIV/0!", "#REF!")  # openpyxl would store these as Excel errors, not text
PLAIN = ("biasa", "Dinas Kesehatan", "10%", "")


def _row_back(values: list) -> list:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("x")
    sheet.append([sheets.value_or_cell(sheet, value) for value in values])
    buffer = io.BytesIO()
    book.save(buffer)
    return list(openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["x"].iter_rows())[0]


@pytest.mark.parametrize("text", [*TEXTS, *ERROR_CODES], ids=[*(name for name, _ in FORMULAS), "na", "div0", "ref"])
def test_text_that_a_spreadsheet_would_read_as_formula_or_error_stays_text(text):
    written = _row_back([text, 3.5])
    assert (written[0].value, written[0].data_type) == (text, "s")
    assert (written[1].value, written[1].data_type) == (3.5, "n")


@pytest.mark.parametrize("text", [text for text in PLAIN if text], ids=["word", "name", "percent-text"])
def test_plain_text_is_appended_as_it_is(text):
    sheet = openpyxl.Workbook(write_only=True).create_sheet("x")
    assert sheets.value_or_cell(sheet, text) is text
    assert _row_back([text])[0].data_type == "s"


def _hasil() -> dict:
    """A small hasil-like record: an about sheet, estimates with formats, a list of records, hostile text."""
    estimate = {"estimasi": 0.61, "ci_bawah": 0.52, "ci_atas": 0.7, "n": 120, "cukup_data": True}
    return {
        "versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan"}, "tahun": 2025,
        "sintetis": True,
        "pelaksanaan": {"cakupan_asn": estimate, "n_kegiatan_tahun": 12, "catatan": "=HYPERLINK(\"x\")",
                        "per_metode": [{"metode": "seminar", "jp": 20.5, "biaya_rp": 1_500_000, "tanda": "#N/A"},
                                       {"metode": "pelatihan", "jp": 40.0, "biaya_rp": 2_500_000, "tanda": "-1"}]},
        "level1_reaksi": {"skor": {**estimate, "estimasi": 3.2, "ci_bawah": 3.1, "ci_atas": 3.3}, "aktif": False},
    }


def test_style_copies_give_the_same_bytes_as_styling_every_cell(monkeypatch):
    built = dt.datetime(2026, 1, 2, 3, 4, 5)
    copied = workbook.build(_hasil(), "id", built)
    monkeypatch.setattr(workbook, "STYLE_COPIES", False)
    styled_each = workbook.build(_hasil(), "id", built)
    assert copied == styled_each
    book = openpyxl.load_workbook(io.BytesIO(copied))
    formats = {cell.number_format for sheet in book.worksheets for row in sheet.iter_rows() for cell in row}
    assert {"#,##0.0", "#,##0"} <= formats, "the cells kept their number formats"
    texts = {cell.value: cell.data_type for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)}
    assert texts['=HYPERLINK("x")'] == "s" and texts["#N/A"] == "s" and texts["-1"] == "s"


def test_each_number_is_scaled_as_its_column_and_row_say():
    """The table loop works out each column's unit once; every number it writes is still value x _scale (a share's
    columns and a share key figure's estimate, bounds and comparison value in percent, the rest as they are)."""
    rows: list[dict[str, Any]] = [
        {"kunci": "cakupan_asn", "estimasi": 0.61, "ci_bawah": 0.52, "ci_atas": 0.7, "pembanding": 0.55, "n": 120},
        {"kunci": "gain", "estimasi": 9.25, "ci_bawah": 9.1, "ci_atas": 9.4, "pembanding": 8.5, "n": 300},
        {"temuan": "jp_20", "estimasi": 0.4, "ci_bawah": 0.3, "ci_atas": 0.5, "pembanding": 0.45, "n": 80}]
    hasil = {**_hasil(), "perbandingan_provinsi": {"indikator": rows}}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, "id", dt.datetime(2026, 1, 2))))
    sheet = next(sheet for sheet in book.worksheets if sheet["A1"].value and "cakupan" not in str(sheet["A2"].value)
                 and any(cell.value == 300 for row in sheet.iter_rows() for cell in row))
    written = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3, max_row=5)]
    names = list(dict.fromkeys(key for row in rows for key in row))
    for record, values in zip(rows, written, strict=True):
        for name, value in zip(names, values, strict=False):
            if isinstance(record.get(name), float):
                scale = workbook._scale(name, "perbandingan_provinsi.indikator", record)
                assert value == pytest.approx(record[name] * scale), (record, name)
    assert written[0][1:5] == [pytest.approx(61), pytest.approx(52), pytest.approx(70), pytest.approx(55)]
    assert written[1][1:5] == [9.25, 9.1, 9.4, 8.5]
