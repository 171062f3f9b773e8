"""``make periksa``: check data/raw/ against the contract without building anything, and write
every problem (no cap) to reports/periksa/masalah-data.xlsx.

The workbook (ingest.problems) has two sheets: "ringkasan", one row per file, column and pattern
with its count, examples and spreadsheet rows; "per baris", one row per problem; both with the
export's header and column letter and personal values masked. Root causes (the mapping, unreadable
files, two exports of the same data, a table not found with the files and sheets seen and skipped,
a missing required column) come first, then the bad cells, then the key and reference checks that
often follow from them, warnings last. The clean stage writes the same file when it stops on bad
input, and lists its warnings there when it does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evalasn.ingest.clean import read_and_check, warnings_of
from evalasn.ingest.errors import InputError, Violation, group, summary_lines
from evalasn.ingest.plan_ids import Regenerate
from evalasn.ingest.problems import update_problems, write_problems
from evalasn.ingest.readers import data_files
from evalasn.paths import ProjectPaths


@dataclass
class CheckResult:
    """What ``make periksa`` found: every problem, the normalisations that will be applied, and
    the tables read with their row counts."""

    violations: list[Violation]
    notes: list[str] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)  # listed in the problem file; the build goes on
    rows: dict[str, int] = field(default_factory=dict)
    problems_file: str | None = None  # relative to the project root


def run(paths: ProjectPaths, regenerate: Regenerate | None = None) -> CheckResult:
    """Check data/raw/ (and its mapping); write the problem file; nothing else is written. ``regenerate``: a
    returned follow-up plan's ids are checked against that year's plan made from the data when the year's report
    workbook is not in reports/ (ingest.plan_ids)."""
    if not data_files(paths.raw):
        raise InputError([Violation("data/raw/", None, None, None, "tidak ada file .csv atau .xlsx untuk diperiksa; "
                                    "letakkan ekspor di data/raw/ (tanpa data sendiri laporan memakai data contoh "
                                    "sintetis)", kind="file")])
    try:
        raw_tables, notes, parsed = read_and_check(paths, paths.raw, regenerate)
    except InputError as error:
        return CheckResult(error.violations, problems_file=write_problems(paths, error.violations))
    warnings = warnings_of(parsed)
    notes = notes + [f"{part.source}: {n}" for p in parsed.values() for part in p.parts or [p] for n in part.notes
                     if not any(n == w.expected for w in warnings)]
    return CheckResult([], notes, warnings, {name: len(p.frame) for name, p in parsed.items()},
                       update_problems(paths, warnings))


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
