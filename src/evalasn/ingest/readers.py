"""CSV and XLSX files in, frames of text cells out, each row carrying its spreadsheet row number.

Nothing is interpreted here beyond the file format: cells stay text (so a NIP keeps its digits),
headers are normalised (case, spaces), blank rows are dropped, and every normalisation of the
format is noted for the data-quality log. Parsing values is ``ingest.validate``'s job.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from evalasn import constants
from evalasn.ingest.errors import InputError, Violation
from evalasn.schema import Table

ROW = "_baris"  # column holding the spreadsheet row number of each record
DATA_SUFFIXES = (".csv", ".xlsx")
HEADER_SEARCH_ROWS = 20  # an .xlsx header may sit below a title block this deep


@dataclass
class RawTable:
    """One table as read: text cells, row numbers, where it came from, what was normalised."""

    name: str
    frame: pd.DataFrame
    source: str
    path: Path
    decimal_comma: bool = False
    notes: list[str] = field(default_factory=list)


def data_files(folder: Path) -> list[Path]:
    """The data files in a folder (CSV and XLSX; Office lock files and others ignored)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in DATA_SUFFIXES and not p.name.startswith(("~$", ".")))


def read_tables(folder: Path, tables: dict[str, Table]) -> tuple[dict[str, RawTable], list[str]]:
    """Read every contract table found in ``folder``.

    Returns the tables found and notes on the files that hold no contract table. Raises
    InputError naming every file that cannot be read (empty, too large, not a spreadsheet).
    """
    found: dict[str, RawTable] = {}
    notes: list[str] = []
    problems: list[Violation] = []
    for path in data_files(folder):
        try:
            for raw in _read_file(path, tables):
                if raw.name in found:
                    problems.append(Violation(raw.source, None, None, None,
                                              f"tabel '{raw.name}' juga ada di {found[raw.name].source}; "
                                              "simpan setiap tabel di satu tempat saja"))
                else:
                    found[raw.name] = raw
        except InputError as error:
            problems.extend(error.violations)
        except _Unrelated as skip:
            notes.append(str(skip))
    if problems:
        raise InputError(problems)
    return found, notes


class _Unrelated(Exception):
    """A file that holds no table of the contract (reported as a note, not an error)."""


def _read_file(path: Path, tables: dict[str, Table]) -> list[RawTable]:
    size = path.stat().st_size
    if size > constants.LARGE_FILE_BYTES:
        raise InputError([Violation(path.name, None, None, f"{size / 1e6:.0f} MB",
                                    f"file terlalu besar (batas {constants.LARGE_FILE_BYTES / 1e6:.0f} MB); "
                                    "pisahkan per tahun atau per dinas")])
    if path.suffix.lower() == ".csv":
        name = path.stem.lower().strip()
        if name not in tables:
            raise _Unrelated(f"{path.name}: bukan tabel kontrak data (nama yang dikenal: "
                             f"{', '.join(tables)}); file diabaikan")
        return [_read_csv(path, tables[name])]
    return _read_xlsx(path, tables)


# --- CSV ----------------------------------------------------------------------------------
def _read_csv(path: Path, table: Table) -> RawTable:
    data = path.read_bytes()
    notes: list[str] = []
    if not data.strip():
        raise InputError([Violation(path.name, None, None, None, "file kosong: harus berisi baris judul "
                                    "dan baris data")])
    text, encoding_note = _decode(data)
    if encoding_note:
        notes.append(encoding_note)
    delimiter = _sniff_delimiter(text)
    if delimiter != ",":
        notes.append(f"pemisah kolom '{delimiter}' (bukan koma); angka dibaca dengan koma desimal "
                     "format Indonesia" if delimiter == ";" else f"pemisah kolom '{delimiter}'")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, ValueError) as error:
        raise InputError([Violation(path.name, _parser_row(str(error)), None, None,
                                    f"CSV tidak dapat dibaca ({error}); periksa tanda kutip dan jumlah kolom")])
    frame.columns = [_normalise_header(c) for c in frame.columns]
    frame[ROW] = range(2, len(frame) + 2)
    return _finish(RawTable(table.name, frame, path.name, path, decimal_comma=delimiter == ";", notes=notes))


def _decode(data: bytes) -> tuple[str, str | None]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "tanda BOM UTF-8 di awal file diabaikan"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), ("file bukan UTF-8; dibaca sebagai Windows-1252 "
                                                         "(Latin-1)")


def _sniff_delimiter(text: str) -> str:
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else ","


def _parser_row(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


# --- XLSX ---------------------------------------------------------------------------------
def _read_xlsx(path: Path, tables: dict[str, Table]) -> list[RawTable]:
    import openpyxl  # imported here: only needed when an .xlsx is present

    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged or non-xlsx file
        raise InputError([Violation(path.name, None, None, None,
                                    f"bukan file .xlsx yang dapat dibaca ({type(error).__name__})")])
    out = []
    sheets = {ws.title.lower().strip(): ws for ws in book.worksheets}
    for name, ws in sheets.items():
        if name in tables:
            out.append(_read_sheet(path, ws, tables[name]))
    if not out:
        raise _Unrelated(f"{path.name}: tidak ada sheet bernama tabel kontrak data "
                         f"({', '.join(tables)}); file diabaikan")
    return out


def _read_sheet(path: Path, ws, table: Table) -> RawTable:
    source = f"{path.name}, sheet {ws.title}"
    notes: list[str] = []
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    merged = [m for m in ws.merged_cells.ranges]
    for rng in merged:  # a merged block shows its value in every cell it covers, as the reader sees it
        value = rows[rng.min_row - 1][rng.min_col - 1] if rng.min_row - 1 < len(rows) else None
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = value
    if merged:
        notes.append(f"{len(merged)} blok sel gabungan (merged cells) diisi dengan nilainya di setiap sel")
    header_at = _find_header(rows, table)
    if header_at is None:
        raise InputError([Violation(source, None, None, None,
                                    "baris judul tidak ditemukan dalam 20 baris pertama; diharapkan kolom "
                                    + ", ".join(c.name for c in table.columns if c.required))])
    if header_at > 0:
        notes.append(f"baris judul ditemukan di baris {header_at + 1}; baris di atasnya diabaikan")
    header = [_normalise_header(c) for c in rows[header_at]]
    body = rows[header_at + 1:]
    width = len(header)
    cells = [[_cell_text(v) for v in (r + [None] * width)[:width]] for r in body]
    frame = pd.DataFrame(cells, columns=header, dtype=object)
    frame = frame.loc[:, [c for c in frame.columns if c]]  # columns with no header are empty margins
    frame[ROW] = range(header_at + 2, header_at + 2 + len(frame))
    return _finish(RawTable(table.name, frame, source, path, notes=notes))


def _find_header(rows: list[list], table: Table) -> int | None:
    wanted = {c.name for c in table.columns if c.required}
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = {_normalise_header(v) for v in row if v is not None}
        if len(wanted & names) >= max(1, (len(wanted) + 1) // 2):
            return i
    return None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


# --- shared -------------------------------------------------------------------------------
def _normalise_header(name: object) -> str:
    text = "" if name is None else str(name)
    text = text.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def _finish(raw: RawTable) -> RawTable:
    frame = raw.frame
    cells = frame.drop(columns=[ROW]).astype(str).apply(lambda s: s.str.strip())
    blank = (cells == "").all(axis=1) if len(cells.columns) else pd.Series(True, index=frame.index)
    if blank.any():
        raw.notes.append(f"{int(blank.sum())} baris kosong diabaikan")
    frame = frame.loc[~blank].reset_index(drop=True)
    dupes = [c for c in frame.columns if list(frame.columns).count(c) > 1]
    if dupes:
        raise InputError([Violation(raw.source, 1, dupes[0], None, "nama kolom muncul lebih dari sekali")])
    raw.frame = frame
    return raw
