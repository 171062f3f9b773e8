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
from evalasn.ingest import bounds, footer, mapping, shapes
from evalasn.ingest.errors import InputError, Violation
from evalasn.schema import Table, column_keys
from evalasn.schema_aliases import header_key

ROW = "_baris"  # column holding the spreadsheet row number of each record
# the file and sheet each record came from (beside ROW once parsed): many files may feed one table
FILE = "_file"
SHEET = "_sheet"
SOURCE_COLUMNS = (FILE, SHEET, ROW)
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
    period_unit: str | None = None  # how dates in 'periode' are binned (mapping's satuan_periode)
    sheet: str | None = None  # the sheet's name as written (None for a CSV)
    # column name in ``frame`` -> (its header as written in the export, its spreadsheet column letter)
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)  # the mapping's konstan (the dinas of a header-only form)
    problems: list[Violation] = field(default_factory=list)  # found while read (a total row), beside the cell checks


def place(file: str, sheet: str | None) -> str:
    """Where a record came from as messages write it: 'pegawai.csv' or 'data.xlsx, sheet pegawai'."""
    return file if sheet is None or pd.isna(sheet) else f"{file}, sheet {sheet}"


def data_files(folder: Path) -> list[Path]:
    """The data files in a folder (CSV and XLSX; Office lock files and others ignored)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix.lower() in DATA_SUFFIXES and not p.name.startswith(("~$", ".")))


@dataclass
class Scan:
    """What reading a folder found: the tables, notes, problems, and what was seen and skipped."""

    found: dict[str, list[RawTable]] = field(default_factory=dict)  # table -> every file or sheet holding it
    notes: list[str] = field(default_factory=list)
    problems: list[Violation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file.xlsx (sheet: Sheet1, Rekap Diklat)"
    # files and sheets nothing reads: neither data/raw/pemetaan.yml (not even as 'abaikan') nor their name
    # (path, sheet title; None for a CSV): ingest.unread asks the draft mapping whether they hold a table
    unread: list[tuple[Path, str | None]] = field(default_factory=list)
    has_mapping: bool = False  # data/raw/pemetaan.yml exists (messages say what to do about a file it lacks)
    failed: set[str] = field(default_factory=set)  # tables found but unreadable (their problems say why)
    budget: bounds.Budget = field(default_factory=bounds.Budget)  # cells this run may still read (issue 21.3)
    # (source, contract column) -> (header as written, column letter): for every message (errors.locate)
    origins: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)


def read_tables(folder: Path, tables: dict[str, Table], mapping=None) -> tuple[dict[str, list[RawTable]], list[str]]:
    """Read every contract table found in ``folder`` (per ``mapping`` where it names the file).

    Returns the tables found and notes on the files that hold no contract table. Raises
    InputError naming every file that cannot be read (empty, too large, not a spreadsheet).
    """
    found = scan(folder, tables, mapping)
    if found.problems:
        raise InputError(found.problems)
    return found.found, found.notes


def scan(folder: Path, tables: dict[str, Table], mapping=None) -> Scan:
    """Read every file of ``folder``, collecting problems instead of stopping at the first."""
    out = Scan(has_mapping=mapping is not None)
    for path in data_files(folder):
        entries = mapping.for_file(path.name) if mapping else []
        try:
            for raw in _read_file(path, tables, entries, out):
                out.found.setdefault(raw.name, []).append(raw)  # combined, with each row's place, when parsed
        except InputError as error:
            out.problems.extend(error.violations)
        except _Unrelated as skip:
            out.notes.append(str(skip))
            out.skipped.append(skip.seen)
            out.unread += [(path, sheet) for sheet in skip.unread]
    return out


def table_named(name: str, tables: dict[str, Table]) -> str:
    """The contract table a file or sheet name says without a mapping: the name itself
    ('pegawai') or the name followed by more words ('pegawai_dishub_2025', 'Peserta 2024');
    '' when none."""
    key = header_key(name).replace(" ", "_")
    titled = next((t for t, table in tables.items()
                   if key in {header_key(title).replace(" ", "_") for title in table.sheet_titles}), "")
    return titled or next((t for t in sorted(tables, key=len, reverse=True)
                           if key == t or key.startswith(t + "_")), "")


class _Unrelated(Exception):
    """A file that holds no table of the contract (reported as a note, not an error)."""

    def __init__(self, message: str, seen: str, unread: tuple = ()):
        super().__init__(message)
        self.seen = seen
        self.unread = unread  # the sheets (None: the CSV itself) skipped without the mapping saying so


def _read_file(path: Path, tables: dict[str, Table], entries: list, out: Scan) -> list[RawTable]:
    size = path.stat().st_size
    if size > constants.LARGE_FILE_BYTES:
        raise InputError([Violation(path.name, None, None, bounds.size_text(size),
                                    f"file terlalu besar: batas {bounds.size_text(constants.LARGE_FILE_BYTES)} per "
                                    "file; pisahkan per tahun atau per dinas", kind="file")])
    if path.suffix.lower() == ".csv":
        entry = entries[0] if entries else None
        if entry is not None and entry.table is None:
            raise _Unrelated(f"{path.name}: diabaikan menurut pemetaan", path.name)
        name = entry.table if entry else table_named(path.stem, tables)
        if name not in tables:
            raise _Unrelated(f"{path.name}: bukan tabel kontrak data (nama yang dikenal: "
                             f"{', '.join(tables)}); file diabaikan", path.name, (None,))
        try:
            return [_mapped(_read_csv(path, tables[name], entry, out.budget), entry, tables[name], out)]
        except InputError:
            out.failed.add(name)
            raise
    bounds.check_xlsx(path)  # unpacked sizes and declared dimensions, before openpyxl opens it
    return _read_xlsx(path, tables, entries, out)


def _mapped(raw: RawTable, entry, table: Table, out: Scan) -> RawTable:
    """``raw`` with the mapping entry applied (if any), then the contract's other column names."""
    if entry is not None:
        raw.frame, notes, problems = mapping.apply(raw.frame, entry, raw.source, ROW, raw.origins)
        raw.notes += notes
        out.problems += problems
        raw.period_unit = entry.period_unit
        raw.constants = dict(entry.constants)
    out.problems += raw.problems
    raw.frame, notes = mapping.apply_synonyms(raw.frame, table, ROW, raw.origins)
    raw.notes += notes
    raw.frame, notes = shapes.adapt(raw.frame, table, raw.source, ROW)  # personal columns out, survey ids in
    raw.notes += notes
    out.origins.update({(raw.source, name): origin for name, origin in raw.origins.items()})
    return raw


# --- CSV ----------------------------------------------------------------------------------
def _read_csv(path: Path, table: Table, entry=None, budget: bounds.Budget | None = None) -> RawTable:
    data = path.read_bytes()
    notes: list[str] = []
    if data.startswith(ZIP_MAGIC):
        raise InputError([Violation(path.name, None, None, None, "bukan file CSV: isinya file Excel (.xlsx) "
                                    "yang diberi akhiran .csv; ganti akhirannya menjadi .xlsx atau simpan ulang "
                                    "sebagai CSV", kind="file")])
    text, encoding_note = _decode(data)
    if not text.strip():
        raise InputError([Violation(path.name, None, None, None, "file kosong: harus berisi baris judul "
                                    "dan baris data", kind="file")])
    if encoding_note:
        notes.append(encoding_note)
    delimiter = _sniff_delimiter(text)
    budget = budget or bounds.Budget()
    bounds.check_csv(path.name, data, text, delimiter, budget)
    del data  # the text is what is parsed: the bytes need not stay in memory beside it
    if delimiter != ",":
        notes.append(f"pemisah kolom {DELIMITER_NAMES[delimiter]} (bukan koma)"
                     + ("; angka dibaca dengan koma desimal format Indonesia" if delimiter == ";" else ""))
    try:  # header=None: pandas would rename a repeated header ('nip.1') or take a long row's first cell as index
        cells = pd.read_csv(io.StringIO(text), sep=delimiter, header=None, dtype=str, keep_default_na=False,
                            skip_blank_lines=False, quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, ValueError) as error:
        raise InputError([_parser_violation(path.name, str(error), text, delimiter)]) from error
    rows = cells.head(HEADER_SEARCH_ROWS).fillna("").values.tolist()
    header_at = (entry.header_row - 1 if entry is not None and entry.header_row else _find_header(rows, table, entry)) \
        or 0  # not found: the first row, and the contract check names the missing columns
    if header_at > 0:
        notes.append(f"baris judul ditemukan di baris {header_at + 1}; baris di atasnya diabaikan")
    body = cells.iloc[header_at + 1:].reset_index(drop=True)
    origins: dict[str, tuple[str, str]] = {}
    frame = _with_header(body, list(cells.iloc[header_at]), notes, origins)
    frame[ROW] = range(header_at + 2, len(frame) + header_at + 2)
    raw = _finish(RawTable(table.name, frame, path.name, path, decimal_comma=delimiter == ";", notes=notes,
                           origins=origins))
    budget.spend(raw.frame.size)
    return raw


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
        shown = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
        return Violation(source, row, None, None,  # not the line itself: it may hold a NIP and a name
                         f"baris ini berisi {seen} sel, padahal baris judul {width} kolom; teks yang memuat "
                         f"pemisah {shown} harus diapit tanda kutip (\"...\")")
    match = re.search(r"line (\d+)", message)
    return Violation(source, int(match.group(1)) if match else None, None, None,
                     f"CSV tidak dapat dibaca ({message}); periksa tanda kutip dan jumlah kolom")


# --- XLSX ---------------------------------------------------------------------------------
def _read_xlsx(path: Path, tables: dict[str, Table], entries: list, scan_out: Scan) -> list[RawTable]:
    import openpyxl  # imported here: only needed when an .xlsx is present

    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=True)  # streamed: rows read one by one
    except Exception as error:  # openpyxl raises many kinds for a damaged or non-xlsx file
        raise InputError([Violation(path.name, None, None, None,
                                    f"bukan file .xlsx yang dapat dibaca ({type(error).__name__})", kind="file")]) \
            from error
    out = []
    plan_sheet = None if entries else report_plan_sheet(book)
    if plan_sheet is not None:  # an agency returned the whole report: only its follow-up sheet is data
        return _read_report(path, book, plan_sheet, tables, scan_out)
    sheets = {ws.title.lower().strip(): ws for ws in book.worksheets}
    by_sheet = {(e.sheet or "").lower().strip(): e for e in entries}
    if "" in by_sheet and len(sheets) == 1:  # a mapping without sheet: for a workbook of one sheet
        by_sheet[next(iter(sheets))] = by_sheet.pop("")
    for name in by_sheet:
        if name not in sheets:
            entry = by_sheet[name]
            raise InputError([Violation(f"{path.name}", None, None, entry.sheet,
                                        f"sheet dari pemetaan (baris {entry.line}) tidak ada di file ini; sheet yang "
                                        "ada: "
                                        + ", ".join(ws.title for ws in book.worksheets), kind="pemetaan")])
    skipped, unread = [], []
    for name, ws in sheets.items():
        entry = by_sheet.get(name)
        table = entry.table if entry is not None else table_named(ws.title, tables) or None
        if table is None and entry is None and len(sheets) == 1 and not entries:
            # a one-sheet export ('pegawai_simpeg_2025.xlsx', sheet 'Sheet1'): its file name says the table
            table = table_named(path.stem, tables) or None
        if table is None:
            skipped.append(ws.title)
            if entry is None:
                unread.append(ws.title)
            continue
        try:
            out.append(_mapped(_read_sheet(path, ws, tables[table], entry, scan_out.budget,
                                           _unmapped_hint(entry, scan_out)), entry, tables[table], scan_out))
        except InputError as error:
            scan_out.problems.extend(error.violations)
            scan_out.failed.add(table)
    seen = f"{path.name} (sheet: {', '.join(skipped)})"
    if not out and len(skipped) == len(sheets):
        raise _Unrelated(f"{path.name}: tidak ada sheet bernama tabel kontrak data "
                         f"({', '.join(tables)}) atau yang dipetakan di pemetaan.yml; file diabaikan", seen,
                         tuple(unread))
    if skipped:
        scan_out.notes.append(f"{path.name}: sheet {', '.join(skipped)} bukan tabel kontrak; diabaikan")
        scan_out.skipped.append(seen)
        scan_out.unread += [(path, sheet) for sheet in unread]
    return out


def report_plan_sheet(book) -> str | None:
    """The follow-up plan sheet's title when ``book`` is a report workbook written by this project
    (its keyword in the document properties, or its about or definitions sheet beside a follow-up
    sheet); None otherwise."""
    from evalasn.schema import RAW

    titles = {ws.title.lower().strip(): ws.title for ws in book.worksheets}
    plan = next((titles[key] for key in (title.lower() for title in RAW["tindak_lanjut"].sheet_titles)
                 if key in titles), None)
    keywords = (getattr(book.properties, "keywords", None) or "").split(",")
    marked = constants.REPORT_WORKBOOK_KEYWORD in {word.strip() for word in keywords}
    own_sheets = {name.lower() for name in constants.REPORT_WORKBOOK_SHEETS} & set(titles)
    return plan if plan is not None and (marked or own_sheets) else None


def _read_report(path: Path, book, plan_sheet: str, tables: dict[str, Table], scan_out: Scan) -> list[RawTable]:
    others = [ws.title for ws in book.worksheets if ws.title != plan_sheet]
    seen = f"{path.name} (sheet: {', '.join(others)})"
    if "tindak_lanjut" not in tables:
        raise _Unrelated(f"{path.name}: buku kerja laporan evalasn; tabel tindak_lanjut tidak dibaca di sini; "
                         "file diabaikan", f"{path.name} (sheet: {', '.join(ws.title for ws in book.worksheets)})")
    scan_out.notes.append(f"{path.name}: buku kerja laporan evalasn; hanya sheet {plan_sheet} dibaca (sebagai "
                          f"tindak_lanjut); sheet laporan lainnya diabaikan: {', '.join(others)}")
    if others:
        scan_out.skipped.append(seen)
    table = tables["tindak_lanjut"]
    try:
        return [_mapped(_read_sheet(path, book[plan_sheet], table, None, scan_out.budget), None, table, scan_out)]
    except InputError as error:
        scan_out.problems.extend(error.violations)
        scan_out.failed.add(table.name)
        return []


def _read_sheet(path: Path, ws, table: Table, entry=None, budget: bounds.Budget | None = None,
                unmapped: str = "") -> RawTable:
    source = f"{path.name}, sheet {ws.title}"
    notes: list[str] = []
    budget = budget or bounds.Budget()
    try:
        rows = bounds.sheet_rows(ws, source, budget)
        merged = bounds.merged_ranges(path, ws)
    except InputError:
        raise
    except Exception as error:  # a damaged part shows only when read (openpyxl and zipfile raise many kinds)
        raise InputError([Violation(source, None, None, None, f"sheet tidak dapat dibaca ({type(error).__name__}); "
                                    "simpan ulang file dari Excel atau aplikasi sumbernya", kind="file")]) from error
    if bounds.fill_merged(rows, merged, source, budget):  # a merged block shows its value in every cell it covers
        notes.append(f"{len(merged)} blok sel gabungan (merged cells) diisi dengan nilainya di setiap sel")
    header_at = entry.header_row - 1 if entry is not None and entry.header_row else _find_header(rows, table, entry)
    if header_at is None or header_at >= len(rows):
        raise InputError([_no_header(source, table, unmapped)])
    if header_at > 0:
        notes.append(f"baris judul ditemukan di baris {header_at + 1}; baris di atasnya diabaikan")
    header = rows[header_at]
    body = rows[header_at + 1:]
    width = len(header)
    cells = [[_cell_text(v) for v in (r + [None] * width)[:width]] for r in body]
    origins: dict[str, tuple[str, str]] = {}
    frame = _with_header(pd.DataFrame(cells, columns=range(width), dtype=object), header, notes, origins)
    frame[ROW] = range(header_at + 2, header_at + 2 + len(frame))
    raw = _finish(RawTable(table.name, frame, source, path, notes=notes, sheet=ws.title, origins=origins))
    budget.spend(raw.frame.size)
    return raw


def _unmapped_hint(entry, out: Scan) -> str:
    """What to do about a sheet pemetaan.yml lacks, read by its name only, should its header not be found ('' when
    it is mapped, or when there is no mapping: a sheet named after its table is the contract's own layout)."""
    if entry is not None or not out.has_mapping:
        return ""
    return ("tidak ada di data/raw/pemetaan.yml (jalankan make pemetaan lalu salin bagiannya dari "
            "data/raw/pemetaan.usulan.yml ke pemetaan.yml, atau tandai 'tabel: abaikan'); dibaca menurut namanya")


def _no_header(source: str, table: Table, unmapped: str) -> Violation:
    """The header row was not found: for a sheet the mapping lacks, the missing mapping is the cause to fix."""
    expected = ", ".join(c.name for c in table.columns if c.required)
    if unmapped:
        return Violation(source, None, None, None, f"{unmapped} sebagai tabel {table.name}, tetapi baris berisi nama "
                         f"kolom {expected} tidak ada dalam {HEADER_SEARCH_ROWS} baris pertama", kind="pemetaan")
    return Violation(source, None, None, None, f"baris judul tidak ditemukan dalam {HEADER_SEARCH_ROWS} baris "
                     f"pertama; diharapkan baris berisi nama kolom {expected} (atau tulis baris_judul di "
                     "data/raw/pemetaan.yml)", kind="kolom")


def _find_header(rows: list[list], table: Table, entry=None) -> int | None:
    """The first row naming at least half of the required columns (by contract name, a synonym or
    the mapping), not counting those the mapping gives as constants."""
    needed = [c for c in table.columns if c.required and not (entry is not None and c.name in entry.constants)]
    keys = [column_keys(c) | (entry.sources_of(c.name) if entry is not None else set()) for c in needed]
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = {header_key(v) for v in row if v is not None and str(v).strip()}
        if sum(1 for k in keys if k & cells) >= max(1, (len(keys) + 1) // 2):
            return number
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


def _with_header(frame: pd.DataFrame, header: list, notes: list[str],
                 origins: dict[str, tuple[str, str]] | None = None) -> pd.DataFrame:
    """``frame`` (columns by position) named from the header cells, normalised and noted; ``origins``
    receives each kept column's header as written and its spreadsheet letter.

    A column without a header is dropped when it is empty (a margin) and kept as
    ``tanpa_judul_<n>`` (n = its position) otherwise, so the contract check reports it.
    """
    names = [_normalise_header(h) for h in header]
    written = ["" if h is None else str(h).replace("\ufeff", "") for h in header]
    renamed = [w for w, n in zip(written, names, strict=True) if n and w != n]
    if renamed:  # counted, not listed: the read names are the project's own, never shown to the evaluator
        notes.append(f"{len(renamed)} judul kolom ditulis dengan huruf besar, spasi atau tanda hubung; "
                     "diseragamkan")
    filled = frame.fillna("").astype(str).apply(lambda s: s.str.strip()).ne("").any().to_numpy()
    keep = [(i, n or f"tanpa_judul_{i + 1}") for i, n in enumerate(names) if n or filled[i]]
    margins = len(names) - len(keep)
    if margins:
        notes.append(f"{margins} kolom tanpa judul dan tanpa isi diabaikan")
    out = frame.iloc[:, [i for i, _ in keep]].copy()
    out.columns = [n for _, n in keep]
    if origins is not None:
        from openpyxl.utils import get_column_letter

        for index, name in keep:
            origins.setdefault(name, (written[index].strip() or f"(tanpa judul, kolom {index + 1})",
                                      get_column_letter(index + 1)))
    return out


def _finish(raw: RawTable) -> RawTable:
    frame = raw.frame
    cells = frame.drop(columns=[ROW]).fillna("").astype(str).apply(lambda s: s.str.strip())
    blank = (cells == "").all(axis=1) if len(cells.columns) else pd.Series(True, index=frame.index)
    if blank.any():
        raw.notes.append(f"{int(blank.sum())} baris kosong diabaikan")
    frame = frame.loc[~blank].reset_index(drop=True)
    totals, raw.problems = footer.total_rows(cells.loc[~blank].reset_index(drop=True), frame[ROW], raw.source,
                                             raw.origins)
    frame = frame.loc[~totals].reset_index(drop=True)  # one problem each, not a "sel kosong" per required column
    dupes = [c for c in frame.columns if list(frame.columns).count(c) > 1]
    if dupes:
        raise InputError([Violation(raw.source, 1, dupes[0], dupes[0], "nama kolom muncul lebih dari sekali; "
                                    "hapus atau ganti nama salah satu kolom", kind="kolom")])
    example = _template_example(raw.name, frame)
    if example.any():
        raw.notes.append(f"{int(example.sum())} baris contoh dari templat (make templat) diabaikan")
        frame = frame.loc[~example].reset_index(drop=True)
    raw.frame = frame
    return raw


def _template_example(table: str, frame: pd.DataFrame) -> pd.Series:
    """The rows equal to the template's example row in every column it fills, all of them present
    under their contract names (make templat marks it as an example; one left in place is not data)."""
    from evalasn.ingest.template import example_texts

    examples = example_texts(table)
    shared = [c for c in examples if c in frame.columns]
    if len(shared) < 3 or len(shared) < len(examples) or frame.empty:
        return pd.Series(False, index=frame.index)
    same = [frame[c].fillna("").astype(str).str.strip() == examples[c] for c in shared]
    return pd.concat(same, axis=1).all(axis=1)
