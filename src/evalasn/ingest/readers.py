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
        raise InputError([Violation(path.name, None, None, size_text(size),
                                    f"file terlalu besar: batas {size_text(constants.LARGE_FILE_BYTES)} per "
                                    "file; pisahkan per tahun atau per dinas")])
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
    if data.startswith(ZIP_MAGIC):
        raise InputError([Violation(path.name, None, None, None, "bukan file CSV: isinya file Excel (.xlsx) "
                                    "yang diberi akhiran .csv; ganti akhirannya menjadi .xlsx atau simpan ulang "
                                    "sebagai CSV")])
    text, encoding_note = _decode(data)
    if not text.strip():
        raise InputError([Violation(path.name, None, None, None, "file kosong: harus berisi baris judul "
                                    "dan baris data")])
    if encoding_note:
        notes.append(encoding_note)
    delimiter = _sniff_delimiter(text)
    if delimiter != ",":
        notes.append(f"pemisah kolom {DELIMITER_NAMES[delimiter]} (bukan koma)"
                     + ("; angka dibaca dengan koma desimal format Indonesia" if delimiter == ";" else ""))
    try:  # header=None: pandas would rename a repeated header ('nip.1') or take a long row's first cell as index
        cells = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, ValueError) as error:
        raise InputError([_parser_violation(path.name, str(error), text, delimiter)]) from error
    body = cells.iloc[1:].reset_index(drop=True)
    frame = _with_header(body, list(cells.iloc[0]), notes)
    frame[ROW] = range(2, len(frame) + 2)
    return _finish(RawTable(table.name, frame, path.name, path, decimal_comma=delimiter == ";", notes=notes))


ZIP_MAGIC = b"PK\x03\x04"  # an .xlsx is a zip archive
DELIMITER_NAMES = {",": "koma ','", ";": "titik koma ';'", "\t": "tab"}


def _decode(data: bytes) -> tuple[str, str | None]:
    """The text of a CSV file and a note on its encoding (None for plain UTF-8)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "file berkode UTF-16 (\"Teks Unicode\" dari Excel); dibaca sebagai UTF-16"
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data[3 if bom else 0:].decode("utf-8"), "tanda BOM UTF-8 di awal file diabaikan" if bom else None
    except UnicodeDecodeError:
        text = data[3 if bom else 0:].decode("cp1252", errors="replace")
    lines = text.splitlines()
    accented = sum(1 for line in lines if any(ord(ch) > 127 for ch in line))
    note = (f"file bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1): {accented} baris berisi huruf beraksen "
            "atau simbol, periksa ejaannya")
    unreadable = sum(1 for line in lines if "\ufffd" in line)
    if unreadable:
        note += f"; {unreadable} baris berisi byte yang tidak terbaca, diganti dengan '\ufffd'"
    return text, note


def _sniff_delimiter(text: str) -> str:
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] > 0 else ","


def _parser_violation(source: str, message: str, text: str, delimiter: str) -> Violation:
    """A tokenizer error said in the evaluator's terms: which row, how many cells, why."""
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        width, row, seen = (int(g) for g in match.groups())
        lines = text.splitlines()
        shown = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
        return Violation(source, row, None, lines[row - 1] if row <= len(lines) else None,
                         f"baris ini berisi {seen} sel, padahal baris judul {width} kolom; teks yang memuat "
                         f"pemisah {shown} harus diapit tanda kutip (\"...\")")
    match = re.search(r"line (\d+)", message)
    return Violation(source, int(match.group(1)) if match else None, None, None,
                     f"CSV tidak dapat dibaca ({message}); periksa tanda kutip dan jumlah kolom")


# --- XLSX ---------------------------------------------------------------------------------
def _read_xlsx(path: Path, tables: dict[str, Table]) -> list[RawTable]:
    import openpyxl  # imported here: only needed when an .xlsx is present

    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged or non-xlsx file
        raise InputError([Violation(path.name, None, None, None,
                                    f"bukan file .xlsx yang dapat dibaca ({type(error).__name__})")]) from error
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
                                    f"baris judul tidak ditemukan dalam {HEADER_SEARCH_ROWS} baris pertama; "
                                    "diharapkan baris berisi nama kolom "
                                    + ", ".join(c.name for c in table.columns if c.required))])
    if header_at > 0:
        notes.append(f"baris judul ditemukan di baris {header_at + 1}; baris di atasnya diabaikan")
    header = rows[header_at]
    body = rows[header_at + 1:]
    width = len(header)
    cells = [[_cell_text(v) for v in (r + [None] * width)[:width]] for r in body]
    frame = _with_header(pd.DataFrame(cells, columns=range(width), dtype=object), header, notes)
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
def size_text(n_bytes: int) -> str:
    """A file size as the evaluator reads it: '13.826 byte', '4,5 MB', '210 MB'."""
    if n_bytes < 1024 ** 2:
        return f"{n_bytes:,} byte".replace(",", ".")
    mb = n_bytes / 1024 ** 2
    return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB".replace(".", ",")


def _normalise_header(name: object) -> str:
    text = "" if name is None else str(name)
    text = text.replace("\ufeff", "").strip().lower()
    return re.sub(r"[\s\-]+", "_", text)


def _with_header(frame: pd.DataFrame, header: list, notes: list[str]) -> pd.DataFrame:
    """``frame`` (columns by position) named from the header cells, normalised and noted.

    A column without a header is dropped when it is empty (a margin) and kept as
    ``tanpa_judul_<n>`` (n = its position) otherwise, so the contract check reports it.
    """
    names = [_normalise_header(h) for h in header]
    written = ["" if h is None else str(h).replace("\ufeff", "") for h in header]
    renamed = [f"'{w}' → '{n}'" for w, n in zip(written, names, strict=True) if n and w != n]
    if renamed:
        notes.append(f"{len(renamed)} judul kolom ditulis dengan huruf besar, spasi atau tanda hubung; "
                     f"diseragamkan: {', '.join(renamed)}")
    filled = frame.fillna("").astype(str).apply(lambda s: s.str.strip()).ne("").any().to_numpy()
    keep = [(i, n or f"tanpa_judul_{i + 1}") for i, n in enumerate(names) if n or filled[i]]
    margins = len(names) - len(keep)
    if margins:
        notes.append(f"{margins} kolom tanpa judul dan tanpa isi diabaikan")
    out = frame.iloc[:, [i for i, _ in keep]].copy()
    out.columns = [n for _, n in keep]
    return out


def _finish(raw: RawTable) -> RawTable:
    frame = raw.frame
    cells = frame.drop(columns=[ROW]).fillna("").astype(str).apply(lambda s: s.str.strip())
    blank = (cells == "").all(axis=1) if len(cells.columns) else pd.Series(True, index=frame.index)
    if blank.any():
        raw.notes.append(f"{int(blank.sum())} baris kosong diabaikan")
    frame = frame.loc[~blank].reset_index(drop=True)
    dupes = [c for c in frame.columns if list(frame.columns).count(c) > 1]
    if dupes:
        raise InputError([Violation(raw.source, 1, dupes[0], dupes[0], "nama kolom muncul lebih dari sekali; "
                                    "hapus atau ganti nama salah satu kolom")])
    raw.frame = frame
    return raw
