"""The problem workbook, reports/periksa/masalah-data.xlsx: every violation of the data contract, no
cap. ``make periksa`` (ingest.check) writes it, and so does the clean stage (ingest.clean) when it
stops on bad input.

Two sheets: "ringkasan" groups the problems by file, column and value with their count and
spreadsheet rows; "per baris" lists them one by one. Root causes come first in both.
"""

from __future__ import annotations

import os

from evalasn.files import save_workbook_atomically
from evalasn.ingest.errors import KIND_NAMES, Violation, group, ordered
from evalasn.paths import ProjectPaths

SHEET_SUMMARY = "ringkasan"
SHEET_ROWS = "per baris"


def write_problems(paths: ProjectPaths, violations: list[Violation]) -> str:
    """Write every violation to the problem workbook (atomically); returns its path relative to the root."""
    import openpyxl
    from openpyxl.styles import Font

    target = paths.problems_xlsx
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = SHEET_SUMMARY
    summary.append(["jenis", "file dan sheet", "kolom", "nilai", "yang diharapkan", "jumlah", "baris spreadsheet"])
    for grouped in group(violations):
        first = grouped.first
        summary.append([KIND_NAMES.get(first.kind, first.kind), first.source, first.column or "", _cell(first.value),
                        first.expected, grouped.count, ", ".join(map(str, grouped.rows))])
    rows = book.create_sheet(SHEET_ROWS)
    rows.append(["jenis", "file dan sheet", "baris", "kolom", "nilai", "yang diharapkan"])
    for violation in ordered(violations):
        rows.append([KIND_NAMES.get(violation.kind, violation.kind), violation.source, violation.row,
                     violation.column or "", _cell(violation.value), violation.expected])
    for ws, widths in ((summary, (22, 36, 18, 24, 70, 8, 40)), (rows, (22, 36, 8, 18, 24, 70))):
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + index)].width = width
    save_workbook_atomically(book, target)
    return os.path.relpath(target, paths.root)


def _cell(value: object) -> str:
    """A value as text: a spreadsheet program must not turn an 18-digit NIP into 1.98E+17."""
    return "" if value is None else str(value)
