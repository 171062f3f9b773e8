"""The problem workbook, reports/periksa/masalah-data.xlsx: every violation of the data contract.
``make periksa`` (ingest.check) writes it, and so does the clean stage (ingest.clean) when it stops
on bad input.

Two sheets: "ringkasan" has one row per file, column and pattern with its count, up to three
examples and all its spreadsheet rows as ranges; "per baris" lists them one by one, up to
constants.PROBLEMS_LISTED_PER_COLUMN a column, then one line per pattern for the rest (its count
and rows). Both show the export's header and column letter beside the contract column, and mask
personal values (a NIP as its last four digits). Root causes come first in both, warnings last.
"""

from __future__ import annotations

import os

from evalasn import sheets
from evalasn.files import save_workbook_atomically
from evalasn.ingest.errors import KIND_NAMES, Violation, group, mask, ordered, row_ranges
from evalasn.paths import ProjectPaths

SHEET_SUMMARY = "ringkasan"
SHEET_ROWS = "per baris"


def update_problems(paths: ProjectPaths, warnings: list[Violation]) -> str | None:
    """After a check that passed: the problem file lists the warnings, or is removed when there are
    none (an old list would mislead)."""
    if warnings:
        return write_problems(paths, warnings)
    paths.problems_xlsx.unlink(missing_ok=True)
    return None



def write_problems(paths: ProjectPaths, violations: list[Violation]) -> str:
    """Write every violation to the problem workbook (atomically); returns its path relative to the root.
    Each problem shows the export's header and column letter beside the contract column; personal
    values are masked (a NIP as its last four digits: the row finds it in the export)."""
    import openpyxl

    target = paths.problems_xlsx
    book = openpyxl.Workbook(write_only=True)  # rows streamed: a million problems stay cheap (issue 21.3)
    groups = group(violations)
    summary = _sheet(book, SHEET_SUMMARY, ["jenis", "file dan sheet", "kolom di ekspor", "huruf kolom",
                                           "kolom kontrak", "jumlah", "isi", "contoh (nilai dan baris)",
                                           "yang diharapkan", "baris spreadsheet"],
                     (30, 36, 24, 8, 18, 8, 12, 50, 70, 30), len(groups))
    for grouped in groups:
        first = grouped.first
        summary.append(sheets.row(summary, [
            KIND_NAMES.get(first.kind, first.kind), first.source, first.header or first.column or "",
            first.letter or "", first.column or "", grouped.count, grouped.shape if first.value is not None else "",
            "; ".join(grouped.examples()) if first.value is not None else "", first.expected,
            _cell(row_ranges(grouped.rows, CELL_LIMIT - 60))]))
    rows = _sheet(book, SHEET_ROWS, ["jenis", "file dan sheet", "baris", "kolom di ekspor", "huruf kolom",
                                     "kolom kontrak", "nilai", "keterangan", "yang diharapkan"],
                  (30, 36, 8, 24, 8, 18, 24, 24, 70), len(violations))
    for violation in ordered(violations):
        rows.append(sheets.row(rows, [
            KIND_NAMES.get(violation.kind, violation.kind), violation.source, violation.row,
            violation.header or violation.column or "", violation.letter or "", violation.column or "",
            "" if violation.value is None else mask(violation.value, violation.column), _remark(violation),
            violation.expected]))
    save_workbook_atomically(book, target)
    return os.path.relpath(target, paths.root)


def _sheet(book, title: str, header: list[str], widths: tuple[int, ...], count: int):
    """A streamed sheet with its bold, frozen, filtered header row written; ``count`` rows follow."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    cells = sheets.row(sheet, header)
    for cell in cells:
        cell.font = Font(bold=True)
    sheet.append(cells)
    return sheet


CELL_LIMIT = 32_767  # characters a spreadsheet cell holds
FOLDED_ROWS_SHOWN = 2_000  # characters of row ranges in the per-row line of a folded problem (the summary has all)


def _remark(violation: Violation) -> str:
    """The per-row sheet's remark: the detail, and for a folded problem the rows it stands for."""
    if violation.folded is None:
        return violation.detail or ""
    rest = (f"dan {violation.count - 1} baris lain dengan pola yang sama, tidak dirinci satu per satu (baris "
            f"{row_ranges(violation.folded, FOLDED_ROWS_SHOWN)}; semua barisnya di sheet {SHEET_SUMMARY})")
    return f"{violation.detail}; {rest}" if violation.detail else rest


def _cell(value: object) -> str:
    """A value as text (a spreadsheet program must not turn an 18-digit NIP into 1.98E+17), within
    what one cell holds."""
    text = "" if value is None else str(value)
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 40] + " … (daftar lengkap: sheet per baris)"
