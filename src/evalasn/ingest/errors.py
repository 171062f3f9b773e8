"""What goes wrong with input, said so an evaluator can find and fix it in the spreadsheet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from evalasn import constants, errors


@dataclass(frozen=True)
class Violation:
    """One bad cell, row or file: where it is (file, sheet, row as seen in the spreadsheet,
    column), the value found, and what was expected."""

    source: str  # "pegawai.csv" or "data.xlsx, sheet pegawai"
    row: int | None  # the row number the evaluator sees in the spreadsheet (header = 1)
    column: str | None
    value: object
    expected: str

    def __str__(self) -> str:
        where = [self.source]
        if self.row is not None:
            where.append(f"baris {self.row}")
        if self.column:
            where.append(f"kolom '{self.column}'")
        shown = "" if self.value is None else f": nilai {_show(self.value)}"
        return f"{', '.join(where)}{shown} — {self.expected}"


def _show(value: object) -> str:
    text = str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text) if text else "(kosong)"


class InputError(errors.InputError):
    """The raw data break the contract: every violation found (up to a cap) with a count of the rest.
    The contract-violation form of ``evalasn.errors.InputError``."""

    def __init__(self, violations: list[Violation]):
        self.violations = violations
        super().__init__(self.report())

    def report(self) -> str:
        shown = self.violations[: constants.MAX_ERRORS_LISTED]
        lines = [f"Data mentah tidak sesuai kontrak data ({len(self.violations)} masalah). "
                 "Perbaiki file di data/raw/ lalu jalankan lagi; keluaran sebelumnya tidak diubah."]
        lines += [f"  - {v}" for v in shown]
        rest = self.violations[constants.MAX_ERRORS_LISTED:]
        if rest:
            groups = Counter(f"{v.source}" + (f", kolom '{v.column}'" if v.column else "") for v in rest)
            listed = "; ".join(f"{where}: {n}" for where, n in groups.most_common(10))
            more = f"; dan {len(groups) - 10} tempat lain" if len(groups) > 10 else ""
            lines.append(f"  ... dan {len(rest)} masalah lain yang tidak dirinci ({listed}{more}).")
        lines.append("Kontrak data: docs/kontrak-data.md")
        return "\n".join(lines)
