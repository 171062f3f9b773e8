"""A streamed (write-only) worksheet's rows written as one XML element each; the same bytes.

openpyxl writes each row appended to a write-only sheet cell by cell: every value is bound to a cell object
(``WriteOnlyWorksheet._values_to_row``; a cell passed in costs a failed conversion and its exception first), the
cell's coordinate, type and style id are worked out again (``cell._writer._set_attributes``) and the cell is
written through lxml's incremental writer, one context manager per element (``lxml_write_cell``). A report
workbook's cells are plain: numbers, text, and cells of a few styles. Here a row of those is built as one lxml
element (``row`` with its ``c``, ``v``, ``is`` and ``t``, the attributes in openpyxl's order) and written at once;
lxml serialises it as the incremental writer did. A row holding anything else (a formula, an error code, a date,
rich text, a hyperlink, a comment, a number that is not finite, text with a character Excel refuses, a
row given a height) goes through openpyxl's own code, which also raises what it raises.

Saves: a fifth of a report workbook's CPU: ``workbook.build`` at Jakarta scale, 9 interleaved runs each (6 Dec
2026, load 9-12): provinsi (77 sheets, 67,000 cells) median 1.217 -> 0.952 CPU-s, kesehatan 0.318 -> 0.262.

Breaks if: openpyxl changes how it writes a cell (``lxml_write_cell``: attribute order ``r``, ``s``, ``t``;
inline strings with ``xml:space="preserve"`` when the text has outer white space; numbers as ``%.16g``) or the
generator protocol of ``WriteOnlyWorksheet._write_rows`` (the sheet's stream handed over by ``send(True)``).
Fenced to openpyxl 3.1 (``install`` does nothing on another version); tests/unit/test_fastpath_sheet_rows.py
compares whole workbooks' bytes with and without it on every kind of value. Installed in batch workers
(``evalasn.run.batch.worker_session``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from evalasn.run.fastpath.fence import Fence

if TYPE_CHECKING:
    from lxml.etree import Element, SubElement
    from openpyxl.cell import Cell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.utils.cell import get_column_letter

FENCE = "3.1."  # the openpyxl versions whose cell writer this reproduces
_FENCE = Fence("openpyxl", (FENCE,))


def install() -> None:
    """Write plain rows of streamed sheets as one element each, when the fast path is on (once per process)."""
    from openpyxl import LXML
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    if not _FENCE.ready() or not LXML:
        return
    _import_writers()
    if vars(WriteOnlyWorksheet).get("_write_rows") is None:
        return
    _FENCE.replace(WriteOnlyWorksheet, "_write_rows", _write_rows)


def uninstall() -> None:
    """Back to openpyxl's own writer (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def _import_writers() -> None:
    """The names row_element uses, imported once here (not per row or cell, and not when the command line only
    imports this module: openpyxl costs its import time)."""
    global Element, SubElement, Cell, ERROR_CODES, ILLEGAL_CHARACTERS_RE, get_column_letter
    from lxml.etree import Element, SubElement
    from openpyxl.cell import Cell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.utils.cell import get_column_letter


def _write_rows(self):
    """openpyxl's ``WriteOnlyWorksheet._write_rows`` with plain rows written as one element."""
    try:
        xf = self._writer.xf.send(True)
    except StopIteration:
        self._already_saved()
    with xf.element("sheetData"):
        row_idx = 1
        try:
            while True:
                values = yield
                element = row_element(self, values, row_idx)
                if element is None:
                    self._writer.write_row(xf, self._values_to_row(values, row_idx), row_idx)
                else:
                    xf.write(element)
                row_idx += 1
        except GeneratorExit:
            pass
    self._writer.xf.send(None)


def row_element(sheet, values, row_idx: int):
    """The ``row`` element openpyxl would write for ``values``, or None where openpyxl must write it."""
    if row_idx in sheet.row_dimensions:
        return None
    number = str(row_idx)
    row = Element("row", {"r": number})
    for col, item in enumerate(values, 1):
        if item is None:
            continue
        style = None
        if type(item) is Cell:
            if item._comment is not None or item._hyperlink is not None:
                return None
            if item.has_style:
                style = f"{item.style_id}"
            data_type, value = item.data_type, item._value
            if value is None:
                if style is None:
                    continue
                SubElement(row, "c", {"r": get_column_letter(col) + number, "s": style, "t": data_type}).text = ""
                continue
            if _kind(value) != data_type:
                return None
        else:
            value = item
            data_type = _kind(value)
            if data_type is None:
                return None
        attrs = {"r": get_column_letter(col) + number}
        if style is not None:
            attrs["s"] = style
        if data_type == "s":
            attrs["t"] = "inlineStr"
            cell = SubElement(row, "c", attrs)
            if not value:
                cell.text = ""  # an empty element written as start and end tags, as openpyxl's writer does
            else:
                text = SubElement(SubElement(cell, "is"), "t", {SPACE: "preserve"} if value != value.strip() else {})
                text.text = value
        else:
            attrs["t"] = data_type
            SubElement(SubElement(row, "c", attrs), "v").text = f"{value:.16g}"  # openpyxl: "%.16g" % value
    if not len(row):
        row.text = ""
    return row


SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _kind(value) -> str | None:
    """openpyxl's data type of a plain ``value`` it would write unchanged: "n", "b" or "s"; else None."""
    kind = type(value)
    if kind is int or kind is float:
        return "n" if math.isfinite(value) else None
    if kind is bool:
        return "b"
    if kind is str:
        if (len(value) > 32767 or (len(value) > 1 and value[0] == "=") or value in ERROR_CODES
                or ILLEGAL_CHARACTERS_RE.search(value)):
            return None
        return "s"
    return None
