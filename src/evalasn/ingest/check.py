"""``make periksa``: check data/raw/ against the contract without building anything, and write
every problem (no cap) to reports/periksa/masalah-data.xlsx.

The workbook has two sheets: "ringkasan" groups the problems by file, column and value with
their count and spreadsheet rows; "per baris" lists them one by one. Root causes (the mapping,
unreadable files, a table not found with the files and sheets seen and skipped, a missing
required column) come first in both, before the value errors. The clean stage writes the same
file when it stops on bad input.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from evalasn.files import save_workbook_atomically
from evalasn.ingest.errors import KIND_NAMES, InputError, Violation, group, mask, ordered, summary_lines
from evalasn.paths import ProjectPaths

SHEET_SUMMARY = "ringkasan"
SHEET_ROWS = "per baris"


@dataclass
class CheckResult:
    """What ``make periksa`` found: every problem, the normalisations that will be applied, and
    the tables read with their row counts."""

    violations: list[Violation]  # the problems that stop the build (warnings among them when there are any)
    notes: list[str] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)  # listed in the problem file; the build goes on
    rows: dict[str, int] = field(default_factory=dict)
    problems_file: str | None = None  # relative to the project root


def run(paths: ProjectPaths) -> CheckResult:
    """Check data/raw/ (and its mapping); write the problem file; nothing else is written."""
    from evalasn.ingest.clean import read_and_check, warnings_of
    from evalasn.ingest.readers import data_files

    if not data_files(paths.raw):
        raise InputError([Violation("data/raw/", None, None, None, "tidak ada file .csv atau .xlsx untuk diperiksa; "
                                    "letakkan ekspor di data/raw/ (tanpa data sendiri laporan memakai data contoh "
                                    "sintetis)", kind="file")])
    try:
        raw_tables, notes, parsed = read_and_check(paths, paths.raw)
    except InputError as error:
        return CheckResult(error.violations, problems_file=write_problems(paths, error.violations))
    warnings = warnings_of(parsed)
    notes = notes + [f"{part.source}: {n}" for p in parsed.values() for part in p.parts or [p] for n in part.notes
                     if not any(n == w.expected for w in warnings)]
    return CheckResult([], notes, warnings, {name: len(p.frame) for name, p in parsed.items()},
                       update_problems(paths, warnings))


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
    from openpyxl.styles import Font

    target = paths.problems_xlsx
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = SHEET_SUMMARY
    summary.append(["jenis", "file dan sheet", "kolom di ekspor", "huruf kolom", "kolom kontrak", "jumlah",
                    "isi", "contoh (nilai dan baris)", "yang diharapkan", "baris spreadsheet"])
    for grouped in group(violations):
        first = grouped.first
        summary.append([KIND_NAMES.get(first.kind, first.kind), first.source, first.header or first.column or "",
                        first.letter or "", first.column or "", grouped.count,
                        grouped.shape if first.value is not None else "",
                        "; ".join(grouped.examples()) if first.value is not None else "",
                        first.expected, _cell(row_ranges(grouped.rows))])
    rows = book.create_sheet(SHEET_ROWS)
    rows.append(["jenis", "file dan sheet", "baris", "kolom di ekspor", "huruf kolom", "kolom kontrak", "nilai",
                 "keterangan", "yang diharapkan"])
    for violation in ordered(violations):
        rows.append([KIND_NAMES.get(violation.kind, violation.kind), violation.source, violation.row,
                     violation.header or violation.column or "", violation.letter or "", violation.column or "",
                     "" if violation.value is None else mask(violation.value, violation.column),
                     violation.detail or "", violation.expected])
    for ws, widths in ((summary, (22, 36, 24, 8, 18, 8, 12, 50, 70, 30)), (rows, (22, 36, 8, 24, 8, 18, 24, 24, 70))):
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + index)].width = width
    save_workbook_atomically(book, target)
    return os.path.relpath(target, paths.root)


CELL_LIMIT = 32_767  # characters a spreadsheet cell holds


def row_ranges(rows: list[int]) -> str:
    """Spreadsheet rows as ranges: [2, 3, 4, 5, 9] -> '2–5, 9'."""
    runs: list[list[int]] = []
    for row in sorted(set(rows)):
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return ", ".join(str(first) if first == last else f"{first}–{last}" for first, last in runs)


def _cell(value: object) -> str:
    """A value as text (a spreadsheet program must not turn an 18-digit NIP into 1.98E+17), within
    what one cell holds."""
    text = "" if value is None else str(value)
    return text if len(text) <= CELL_LIMIT else text[:CELL_LIMIT - 40] + " … (daftar lengkap: sheet per baris)"


def summary(result: CheckResult) -> str:
    """The terminal summary of a check."""
    if result.violations:
        return str(InputError(result.violations, result.problems_file))
    lines = ["Data mentah sesuai kontrak data: " + ", ".join(f"{k} {v} baris" for k, v in result.rows.items()) + "."]
    if result.notes:
        lines.append(f"Yang akan dirapikan saat dibersihkan ({len(result.notes)} catatan):")
        lines += [f"  - {n}" for n in result.notes]
    if result.warnings:  # last, above the next step: a report section that will be missing, staff who left
        lines.append(f"Peringatan ({len(result.warnings)}; pembangunan laporan tetap berjalan):")
        lines += summary_lines(group(result.warnings))
        if result.problems_file:
            lines.append(f"Daftar lengkap: {result.problems_file}")
    lines.append("Langkah berikutnya: make report DINAS=<kode dinas>")
    return "\n".join(lines)
