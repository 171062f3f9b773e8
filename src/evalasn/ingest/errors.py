"""What goes wrong with input, said so an evaluator can find and fix it in the spreadsheet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from evalasn import constants, errors

# Kinds of violation, root causes first: fixing one of these often removes many value errors.
# "peringatan" (a warning, e.g. staff who left) is listed last and never stops the build.
KINDS = ("pemetaan", "file", "sumber", "tabel", "kolom", "nilai", "peringatan")
KIND_NAMES = {"pemetaan": "pemetaan (data/raw/pemetaan.yml)", "file": "file tidak terbaca",
              "sumber": "ekspor ganda (dua file untuk data yang sama)", "tabel": "tabel tidak ada",
              "kolom": "kolom tidak ada", "nilai": "nilai", "peringatan": "peringatan (laporan tetap dibuat)"}


@dataclass(frozen=True)
class Violation:
    """One bad cell, row or file: where it is (file, sheet, row as seen in the spreadsheet,
    column), the value found, and what was expected."""

    source: str  # "pegawai.csv" or "data.xlsx, sheet pegawai"
    row: int | None  # the row number the evaluator sees in the spreadsheet (header = 1)
    column: str | None
    value: object
    expected: str
    kind: str = "nilai"  # one of KINDS; every kind but "nilai" is a root cause

    def __str__(self) -> str:
        return _line(self.source, [self.row] if self.row is not None else [], self.column, self.value, self.expected)

    @property
    def root_cause(self) -> bool:
        return self.kind not in ("nilai", "peringatan")


def _line(source: str, rows: list[int], column: str | None, value: object, expected: str) -> str:
    where = [source]
    if rows:
        shown = ", ".join(map(str, rows[:ROWS_SHOWN]))
        if len(rows) > ROWS_SHOWN:
            shown += f", ... ({len(rows)} baris)"
        where.append(f"baris {shown}")
    if column:
        where.append(f"kolom '{column}'")
    shown_value = "" if value is None else f": nilai {_show(value)}"
    return f"{', '.join(where)}{shown_value} — {expected}"


ROWS_SHOWN = 10  # spreadsheet rows named on one summary line; the problem file has them all


def _show(value: object) -> str:
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text) if text else "(kosong)"


@dataclass
class Group:
    """Violations with the same file, column, value and expectation (one line of the summary)."""

    first: Violation
    rows: list[int]
    count: int

    def __str__(self) -> str:
        first = self.first
        return _line(first.source, self.rows, first.column, first.value, first.expected)


def ordered(violations: list[Violation]) -> list[Violation]:
    """Root causes first (mapping, file, table, column), then value errors; otherwise as found."""
    return sorted(violations, key=lambda v: KINDS.index(v.kind) if v.kind in KINDS else len(KINDS))


def group(violations: list[Violation]) -> list[Group]:
    """The violations grouped by file, column, value and expectation, root causes first."""
    groups: dict[tuple, Group] = {}
    for violation in ordered(violations):
        key = (violation.kind, violation.source, violation.column, str(violation.value), violation.expected)
        if key in groups:
            groups[key].count += 1
            if violation.row is not None:
                groups[key].rows.append(violation.row)
        else:
            groups[key] = Group(violation, [violation.row] if violation.row is not None else [], 1)
    return list(groups.values())


class InputError(errors.InputError):
    """The raw data break the contract: every violation found. The message is a summary (root
    causes first, value errors grouped, up to a cap); ``detail_file`` holds every one of them.
    The contract-violation form of ``evalasn.errors.InputError``."""

    def __init__(self, violations: list[Violation], detail_file: str | None = None):
        self.violations = ordered(violations)
        self.detail_file = detail_file
        super().__init__()

    def __str__(self) -> str:
        return self.report()

    def report(self) -> str:
        groups = group(self.violations)
        roots = sum(1 for v in self.violations if v.root_cause)
        head = f"Data mentah tidak sesuai kontrak data ({len(self.violations)} masalah"
        head += f"; {roots} penyebab utama, perbaiki dulu: masalah lain sering ikut hilang)." if roots else ")."
        lines = [head + " Perbaiki file di data/raw/ (atau data/raw/pemetaan.yml) lalu jalankan lagi; keluaran "
                 "sebelumnya tidak diubah."]
        shown = groups[: constants.MAX_ERRORS_LISTED]
        lines += [f"  - {g}" for g in shown]
        rest = groups[constants.MAX_ERRORS_LISTED:]
        if rest:
            counts: Counter[str] = Counter()
            for grouped in rest:
                where = grouped.first.source + (f", kolom '{grouped.first.column}'" if grouped.first.column else "")
                counts[where] += grouped.count
            listed = "; ".join(f"{where}: {n}" for where, n in counts.most_common(10))
            more = f"; dan {len(counts) - 10} tempat lain" if len(counts) > 10 else ""
            lines.append(f"  ... dan {sum(g.count for g in rest)} masalah lain yang tidak dirinci di sini "
                         f"({listed}{more}).")
        if self.detail_file:
            lines.append(f"Daftar lengkap (setiap masalah dengan baris spreadsheet-nya): {self.detail_file}")
        lines.append("Kontrak data: docs/kontrak-data.md · pemetaan kolom: docs/pemetaan.md · periksa tanpa membangun: "
                     "make periksa")
        return "\n".join(lines)
