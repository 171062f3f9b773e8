"""What goes wrong with input, said so an evaluator can find and fix it in the spreadsheet.

A problem names the file (and sheet), the spreadsheet row, the export's own header with its column
letter beside the contract column, the value and what was expected. Problems of the same file,
column and pattern (the same expectation and the same shape of value, such as 810 timestamps in a
period column) are one summary line with their count and up to three examples. Personal values
(NIP, nama) are masked wherever a problem is shown: the terminal and reports/periksa/.

Bad input can be huge (every cell of a million-row export): the first problems of a column are kept one
by one (constants.PROBLEMS_LISTED_PER_COLUMN), the rest are folded, one problem per pattern standing for all
its rows (``Violation.folded``: their spreadsheet rows, counted and shown as ranges), so memory stays bounded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from evalasn import constants, errors, schema

# Kinds of problem, in the order they are shown. The first five are root causes: fixing one of these
# often removes many others ("sumber": two exports of the same data). "nilai" is a bad cell; "rujukan" a
# check between rows or tables (a key repeated, a code not found in another table, dates out of order)
# that often follows from a bad cell above; "peringatan" (staff who left, a report section a missing or
# empty column removes) is listed last and never stops the build.
KINDS = ("pemetaan", "file", "sumber", "tabel", "kolom", "nilai", "rujukan", "peringatan")
ROOT_KINDS = KINDS[:5]
KIND_NAMES = {"pemetaan": "pemetaan (data/raw/pemetaan.yml)", "file": "file tidak terbaca",
              "sumber": "ekspor ganda (dua file untuk data yang sama)", "tabel": "tabel tidak ada",
              "kolom": "kolom tidak ada", "nilai": "nilai",
              "rujukan": "kunci dan rujukan (sering akibat nilai di atas)",
              "peringatan": "peringatan (laporan tetap dibuat)"}
EXAMPLES_SHOWN = 3  # example values (and rows) on one summary line; the problem file has every row
ROWS_PER_EXAMPLE = 3
NIP_DIGITS_SHOWN = 4  # a NIP is shown as its last four digits, with the spreadsheet row
PERSONAL_COLUMNS = frozenset(c.name for t in schema.RAW.values() for c in t.columns if c.personal)


@dataclass(frozen=True)
class Violation:
    """One bad cell, row or file: where it is (file, sheet, row as seen in the spreadsheet,
    column), the value found, and what was expected."""

    source: str  # "pegawai.csv" or "data.xlsx, sheet pegawai"
    row: int | None  # the row number the evaluator sees in the spreadsheet (header = 1)
    column: str | None  # the contract column ("kegiatan_id+nip" for a key of two)
    value: object
    expected: str  # the same text for every row of one pattern: it groups the summary
    kind: str = "nilai"  # one of KINDS
    detail: str | None = None  # what differs from row to row ("sama dengan baris 5"): not part of the pattern
    header: str | None = None  # the export's own header of ``column`` as written in the file
    letter: str | None = None  # its spreadsheet column letter (A, B, ..., AA)
    # A folded problem stands for every row of its pattern past those listed one by one: their spreadsheet rows
    # (``row`` is the first, ``value`` its value); None for a problem of one row.
    folded: np.ndarray | None = field(default=None, compare=False, repr=False)

    @property
    def count(self) -> int:
        """The cells or rows this problem stands for."""
        return 1 if self.folded is None else len(self.folded)

    def __str__(self) -> str:
        rows = [self.row] if self.row is not None else []
        value = None if self.value is None else shown_value(self)
        detail = f" ({self.detail})" if self.detail else ""
        if self.count > 1:
            return _join(self.source, [], self, f": {self.count} baris ({row_ranges(self.folded, 200)}) seperti "
                         f"{value or '(kosong)'} (baris {self.row}){detail}", self.expected)
        return _join(self.source, rows, self, "" if value is None else f": nilai {value}{detail}", self.expected)

    @property
    def root_cause(self) -> bool:
        return self.kind in ROOT_KINDS

    @property
    def warning(self) -> bool:
        return self.kind == "peringatan"


# --- where and what, as the evaluator reads it -----------------------------------------------------
def column_text(violation: Violation) -> str:
    """"kolom 'Gol/Ruang' (D) → golongan": the export's header and letter beside the contract name."""
    if not violation.column:
        return ""
    letter = f" ({violation.letter})" if violation.letter else ""
    if violation.header is None or _same_name(violation.header, violation.column):
        return f"kolom '{violation.column}'{letter}"
    return f"kolom '{violation.header}'{letter} → {violation.column}"


def _same_name(header: str, column: str) -> bool:
    return re.sub(r"[\s\-_]+", "_", header.strip().lower()) == column


def _join(source: str, rows: list[int], violation: Violation, what: str, expected: str) -> str:
    where = [source]
    if rows:
        where.append(f"baris {', '.join(map(str, rows))}")
    if violation.column:
        where.append(column_text(violation))
    return f"{', '.join(where)}{what} — {expected}"


def mask(value: object, column: str | None) -> str:
    """``value`` as text, with personal parts hidden: a NIP as its last four digits ('…1004'),
    a name as its first letter; the parts of a key of several columns ('K-01 / …1004') each so."""
    text = "" if value is None else str(value)
    names = (column or "").split("+")
    if not PERSONAL_COLUMNS & set(names):
        return text
    parts = text.split(" / ") if len(names) > 1 else [text]
    if len(parts) != len(names):  # not one part per column: hide it all
        return "…"
    return " / ".join(_mask_one(part, name) for part, name in zip(parts, names, strict=True))


def _mask_one(text: str, column: str) -> str:
    if column not in PERSONAL_COLUMNS or not text:
        return text
    if column == "nama":
        return text.strip()[:1] + "…"
    return "…" + text[-NIP_DIGITS_SHOWN:] if len(text) > NIP_DIGITS_SHOWN else "…"


def shown_value(violation: Violation) -> str:
    """The value as a message shows it: quoted, shortened, masked when personal."""
    text = mask(violation.value, violation.column)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text) if text else "(kosong)"


# The shape of a value, named in a summary line ("810 baris berisi tanggal-waktu seperti ...").
SHAPES = (
    ("kosong", re.compile(r"\s*")),
    ("tanggal-waktu", re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ T]+\d{1,2}[:.]\d{2}([:.]\d{2}(\.\d+)?)?"
                                 r"( ?[AaPp][Mm])?")),
    ("tanggal", re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[\s\-/.]+[A-Za-z]+\.?[\s\-/.]+\d{4}")),
    ("angka", re.compile(r"[-+]?(Rp\.?\s*)?[\d.,\s]*\d[\d.,\s]*([eE][+-]?\d+)?")),
)


def shape(value: object) -> str:
    """'kosong', 'tanggal-waktu', 'tanggal', 'angka' or 'teks'."""
    text = "" if value is None else str(value).strip()
    return next((name for name, pattern in SHAPES if pattern.fullmatch(text)), "teks")


# --- grouping and order -------------------------------------------------------------------------
@dataclass
class Group:
    """Violations with the same kind, file, column and pattern: one line of the summary."""

    first: Violation
    members: list[Violation]

    @property
    def count(self) -> int:
        return sum(member.count for member in self.members)

    @property
    def rows(self) -> np.ndarray:
        """Every spreadsheet row of the group, those of its folded problems included."""
        parts = [member.folded if member.folded is not None else np.array([member.row]) for member in self.members
                 if member.row is not None]
        return np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)

    @property
    def shape(self) -> str:
        return shape(self.first.value)

    def examples(self) -> list[str]:
        """Up to three distinct values, each with its first rows: "'7/10/2024 12:57:11' (baris 2)"."""
        rows_by_value: dict[str, list[int]] = {}
        for member in self.members:
            rows_by_value.setdefault(shown_value(member), [])
            if member.row is not None:
                rows_by_value[shown_value(member)].append(member.row)
        out = []
        for value, rows in list(rows_by_value.items())[:EXAMPLES_SHOWN]:
            shown = ", ".join(map(str, rows[:ROWS_PER_EXAMPLE])) + (" …" if len(rows) > ROWS_PER_EXAMPLE else "")
            out.append(f"{value} (baris {shown})" if rows else value)
        return out

    def __str__(self) -> str:
        first = self.first
        if self.count == 1:
            return str(first)
        if first.value is None:  # no value to show: the rows, shortened
            rows = self.rows
            shown = ", ".join(map(str, rows[:EXAMPLES_SHOWN])) + (f", … ({len(rows)} baris)"
                                                                  if len(rows) > EXAMPLES_SHOWN else "")
            return _join(first.source, [], first, f": {self.count} kali, baris {shown}" if len(rows) else
                         f": {self.count} kali", first.expected)
        folded = any(m.folded is not None for m in self.members)  # values past those listed: not all seen here
        more = " …" if folded or len({shown_value(m) for m in self.members}) > EXAMPLES_SHOWN else ""
        what = (f": {self.count} baris berisi {self.shape} seperti " if self.shape != "kosong" else
                f": {self.count} baris kosong, ") + ", ".join(self.examples()) + more
        return _join(first.source, [], first, what, first.expected)


def _kind_order(violation: Violation) -> int:
    return KINDS.index(violation.kind) if violation.kind in KINDS else len(KINDS)


def ordered(violations: list[Violation]) -> list[Violation]:
    """Root causes first (mapping, file, table, column), then bad cells, then the checks between rows
    and tables that often follow from them, then warnings; otherwise as found."""
    return sorted(violations, key=_kind_order)


def group(violations: list[Violation]) -> list[Group]:
    """The violations grouped by kind, file, column and pattern (expectation and shape of value)."""
    groups: dict[tuple, Group] = {}
    for violation in ordered(violations):
        key = (violation.kind, violation.source, violation.column, violation.expected, shape(violation.value))
        if key in groups:
            groups[key].members.append(violation)
        else:
            groups[key] = Group(violation, [violation])
    return list(groups.values())


def locate(violations: list[Violation], origins: Mapping[tuple[str, str], tuple[str, str]]) -> list[Violation]:
    """The violations with the export's header and column letter of their column, from ``origins``
    ((source, contract column) -> (header as written, column letter)); a key of two columns gets both."""
    out = []
    for violation in violations:
        if violation.column and violation.header is None:
            found = [origins.get((violation.source, name)) for name in violation.column.split("+")]
            if all(found):
                headers, letters = zip(*found, strict=True)
                violation = replace(violation, header="+".join(headers), letter="+".join(letters))
        out.append(violation)
    return out


class InputError(errors.InputError):
    """The raw data break the contract: every violation found. The message is a summary (root
    causes first, one line per file, column and pattern, up to a cap); ``detail_file`` holds every
    one of them. The contract-violation form of ``evalasn.errors.InputError``."""

    def __init__(self, violations: list[Violation], detail_file: str | None = None):
        self.violations = ordered(violations)
        self.detail_file = detail_file
        super().__init__()

    def __str__(self) -> str:
        return self.report()

    def report(self) -> str:
        groups = group(self.violations)
        problems = [v for v in self.violations if not v.warning]
        roots = sum(v.count for v in problems if v.root_cause)
        head = f"Data mentah tidak sesuai kontrak data ({sum(v.count for v in problems)} masalah"
        head += f"; {roots} penyebab utama, perbaiki dulu: masalah lain sering ikut hilang)." if roots else ")."
        lines = [head + " Perbaiki file di data/raw/ (atau data/raw/pemetaan.yml) lalu jalankan lagi; keluaran "
                 "sebelumnya tidak diubah."]
        lines += summary_lines(groups)
        if self.detail_file:
            lines.append(f"Daftar lengkap (setiap masalah dengan baris spreadsheet-nya): {self.detail_file}")
        lines.append("Kontrak data: docs/kontrak-data.md · pemetaan kolom: docs/pemetaan.md · periksa tanpa membangun: "
                     "make periksa")
        return "\n".join(lines)


def summary_lines(groups: list[Group]) -> list[str]:
    """One line per group, up to the cap; the rest counted per file and column."""
    lines = [f"  - {'PERINGATAN: ' if g.first.warning else ''}{g}" for g in groups[: constants.MAX_ERRORS_LISTED]]
    rest = groups[constants.MAX_ERRORS_LISTED:]
    if rest:
        counts: Counter[str] = Counter()
        for grouped in rest:
            column = column_text(grouped.first)
            counts[grouped.first.source + (f", {column}" if column else "")] += grouped.count
        listed = "; ".join(f"{where}: {n}" for where, n in counts.most_common(10))
        more = f"; dan {len(counts) - 10} tempat lain" if len(counts) > 10 else ""
        lines.append(f"  ... dan {sum(g.count for g in rest)} masalah lain yang tidak dirinci di sini "
                     f"({listed}{more}).")
    return lines


def row_ranges(rows, limit: int | None = None) -> str:
    """Spreadsheet rows as ranges: [2, 3, 4, 5, 9] -> '2–5, 9'; with ``limit``, about that many characters
    at most, ending with '…' (a million scattered rows are not written out to be cut afterwards)."""
    values = np.unique(np.asarray(rows, dtype=np.int64))
    if not len(values):
        return ""
    breaks = np.flatnonzero(np.diff(values) != 1)
    starts, ends = values[np.r_[0, breaks + 1]], values[np.r_[breaks, len(values) - 1]]
    parts: list[str] = []
    length = 0
    for first, last in zip(starts.tolist(), ends.tolist(), strict=True):
        part = str(first) if first == last else f"{first}–{last}"
        length += len(part) + 2
        if limit is not None and length > limit:
            parts.append("…")
            break
        parts.append(part)
    return ", ".join(parts)
