"""Rows of a streamed sheet written as one element each (evalasn.run.fastpath.sheet_rows): the same .xlsx bytes as
openpyxl's cell-by-cell writer for every kind of value, openpyxl's own path for the values it alone writes."""

from __future__ import annotations

import datetime as dt
import decimal

import numpy as np
import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils.exceptions import IllegalCharacterError

from evalasn import sheets
from evalasn.files import workbook_bytes
from evalasn.report.formats import workbook
from evalasn.run.fastpath import sheet_rows
from tests.unit.test_workbook_styles import _hasil


@pytest.fixture
def plain_rows():
    """openpyxl's own writer before and after each test."""
    sheet_rows.uninstall()
    yield
    sheet_rows.uninstall()


def _styled(sheet, value, number_format="#,##0.0", bold=False):
    cell = WriteOnlyCell(sheet)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = Font(bold=True)
    sheets.set_value(cell, value)
    return cell


def _linked(sheet):
    cell = sheets.cell(sheet, "lihat")
    cell.hyperlink = "#'x'!A1"
    return cell


def _commented(sheet):
    cell = sheets.cell(sheet, "catatan")
    cell.comment = Comment("isi", "evalasn")
    return cell


# each case: a row builder (the sheet -> its values) and whether the fast writer writes the row itself
ROWS = {
    "numbers": (lambda sheet: [1, -2, 0, 3.25, 1e-7, 123456789.123, 2**40, 2**60, -(10**20), 0.1 + 0.2, 1 / 3], True),
    "text": (lambda sheet: ["Dinas Kesehatan", "  spasi di tepi ", "baris\nbaru", "a & b < c > d \"q\" 'x'",
                            "Ñusantara – ≥ 20 JP", "x"], True),
    "gaps-and-empty-text": (lambda sheet: [None, "", None, 5, None], True),
    "empty-row": (lambda sheet: [], True),
    "booleans": (lambda sheet: [True, False, 1], True),
    "styled-cells": (lambda sheet: [_styled(sheet, 12.5), _styled(sheet, "judul", None, bold=True),
                                    _styled(sheet, None), _styled(sheet, ""), _styled(sheet, 7, "0")], True),
    "formula-and-error-text-as-cells": (lambda sheet: [sheets.cell(sheet, text)
                                                       for text in ('=HYPERLINK("x")', "#N/A", "+62 21")], False),
    "formula-plain": (lambda sheet: ["=1+1", "x"], False),
    "error-code-plain": (lambda sheet: ["#DIV/0!"], False),
    "not-finite": (lambda sheet: [float("nan"), float("inf"), 2.0], False),
    "dates": (lambda sheet: [dt.datetime(2026, 1, 2, 3, 4, 5), dt.date(2025, 12, 31)], False),
    "decimal-and-numpy": (lambda sheet: [decimal.Decimal("1.5"), np.float64(2.5), np.int64(3)], False),
    "hyperlink": (lambda sheet: [_linked(sheet), 1], False),
    "comment": (lambda sheet: [_commented(sheet)], False),
    "long-text": (lambda sheet: ["k" * 40_000], False),
}


MOMENT = dt.datetime(2026, 1, 2, 3, 4, 5)


def _new_book():
    book = openpyxl.Workbook(write_only=True)
    book.properties.created = book.properties.modified = MOMENT  # else the clock's second is in the bytes
    return book


def _book(cases: list[str]) -> bytes:
    book = _new_book()
    sheet = book.create_sheet("Lembar")
    sheet.column_dimensions["A"].width = 30
    sheet.freeze_panes = "B3"
    for case in cases:
        sheet.append(ROWS[case][0](sheet))
    other = book.create_sheet("Kedua")
    other.row_dimensions[2].height = 30  # a row with dimensions: openpyxl writes it
    for case in cases:
        other.append(ROWS[case][0](other))
    return workbook_bytes(book)


@pytest.mark.parametrize("case", list(ROWS))
def test_each_kind_of_row_gives_the_same_bytes(plain_rows, case):
    plain = _book([case, "numbers", case])
    sheet_rows.install()
    assert sheet_rows.installed()
    assert _book([case, "numbers", case]) == plain


@pytest.mark.parametrize("case", list(ROWS))
def test_the_fast_writer_writes_plain_rows_and_hands_the_rest_to_openpyxl(plain_rows, case):
    sheet_rows.install()  # row_element's writers are imported by install, not by importing the module
    sheet = openpyxl.Workbook(write_only=True).create_sheet("x")
    element = sheet_rows.row_element(sheet, ROWS[case][0](sheet), 1)
    assert (element is not None) == ROWS[case][1]


def test_a_character_excel_refuses_is_refused_as_before(plain_rows):
    for installed in (False, True):
        if installed:
            sheet_rows.install()
        with pytest.raises(IllegalCharacterError):
            _book_with(["ok", "bad \x07 bell"])


def _book_with(values: list) -> bytes:
    book = _new_book()
    book.create_sheet("x").append(values)
    return workbook_bytes(book)


def test_the_report_workbook_has_the_same_bytes(plain_rows):
    plain = workbook.build(_hasil(), "id", MOMENT)
    sheet_rows.install()
    assert workbook.build(_hasil(), "id", MOMENT) == plain


def test_uninstall_restores_openpyxl(plain_rows):
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    original = WriteOnlyWorksheet._write_rows
    sheet_rows.install()
    assert WriteOnlyWorksheet._write_rows is not original
    sheet_rows.uninstall()
    assert WriteOnlyWorksheet._write_rows is original
