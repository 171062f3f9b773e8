"""Input within bounds (issue 21.3): a file is measured before it is loaded, and sheets are read
streaming, so that a workbook built to unpack huge (a zip bomb), a sheet that declares or holds
millions of cells, or a CSV of millions of fields is refused within seconds with the file and the
limit named, and the clean stage stays under 2 GB for any input it accepts.

An .xlsx is checked from its zip directory (sizes of the unpacked parts, how much each is packed)
and from the ``<dimension>`` each sheet declares, before openpyxl opens it; while a sheet is read
(openpyxl's read-only mode: row by row, never the whole workbook in memory) its rows and columns
are counted again, since a declared dimension may be missing or wrong. A CSV's grid is estimated
from its lines and the width of its first lines before pandas parses it. The limits, with why,
are in constants.py; README ("Batas masukan") lists them.
"""

from __future__ import annotations

import html
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from evalasn import constants
from evalasn.ingest.errors import InputError, Violation

ADVICE = "pisahkan per tahun atau per dinas, atau hapus sheet, baris dan kolom yang tidak dipakai"
SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s[^>]*?ref="([A-Za-z]{0,3}\d*(?::[A-Za-z]{0,3}\d*)?)"')
# the sheet's root tag, with the prefix of its elements (Excel writes <c r="A1" ...>, the OpenXML SDK <x:c ...>)
ROOT = re.compile(rb"<(\w+:)?worksheet[\s>]")
ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="(\d+)"')
MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)"')
HEAD_BYTES = 64 * 1024  # a sheet's <dimension> comes before its data, within its first few hundred bytes
CHUNK_BYTES = 1024 * 1024
TAG_BYTES = 4096  # longest start tag carried from one chunk to the next (a cell's is under 100 bytes)


def refused(source: str, value: object, expected: str) -> InputError:
    """The refusal of a file (or sheet) past a limit: what was found, the limit and what to do."""
    return InputError([Violation(source, None, None, value, f"{expected}; {ADVICE}", kind="file")])


def number(count: int) -> str:
    return f"{count:,}".replace(",", ".")


SCALE_ENV = "EVALASN_BATAS_KALI"


def scale() -> int:
    """How many times the cell limits (and a CSV's rows) this run allows: 1, or EVALASN_BATAS_KALI for an
    input knowingly larger than twice Jakarta's (make bench SKALA=4 sets 4); the clean stage's memory grows
    alike (README, "Batas masukan")."""
    text = os.environ.get(SCALE_ENV, "").strip()
    if not text:
        return 1
    if not text.isdigit() or not 1 <= int(text) <= constants.MAX_LIMIT_SCALE:
        raise InputError([Violation(SCALE_ENV, None, None, text, f"bilangan bulat 1–{constants.MAX_LIMIT_SCALE}: "
                                    "berapa kali batas sel masukan dilonggarkan", kind="file")])
    return int(text)


@dataclass
class Budget:
    """The cells one run may still read: MAX_INPUT_CELLS (times ``scale()``) less the tables already read."""

    left: int = field(default_factory=lambda: constants.MAX_INPUT_CELLS * scale())

    def limit(self) -> tuple[int, str]:
        """The cells the next table may have, and the limit as the refusal names it."""
        total, table = constants.MAX_INPUT_CELLS * scale(), constants.MAX_TABLE_CELLS * scale()
        if self.left < table:
            return max(self.left, 0), (f"batas {number(total)} sel untuk semua tabel sekaligus "
                                       f"(tersisa {number(max(self.left, 0))} setelah tabel yang sudah dibaca)")
        return table, f"batas {number(table)} sel per tabel"

    def spend(self, cells: int) -> None:
        self.left -= cells


# --- .xlsx, before it is opened ---------------------------------------------------------------------
def check_xlsx(path: Path) -> None:
    """Refuse the workbook at ``path`` if its parts unpack past the limits, or a sheet declares or
    holds more rows, columns or cells than allowed. Sizes come from the zip directory; then each
    sheet is unpacked once, chunk by chunk, to read its dimension and count its cells."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return  # not a zip archive: the reader says it is no readable .xlsx
    try:
        _check_archive(path, archive)
    except InputError:
        raise
    except Exception as error:  # a damaged archive (bad CRC, sizes that lie, ...): zipfile and zlib raise many kinds
        raise InputError([Violation(path.name, None, None, None, f"bukan file .xlsx yang dapat dibaca "
                                    f"({type(error).__name__})", kind="file")]) from error
    finally:
        archive.close()


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    parts = archive.infolist()
    if len(parts) > constants.XLSX_MAX_PARTS:
        raise refused(path.name, f"{number(len(parts))} bagian",
                      f"workbook terdiri dari terlalu banyak bagian: batas {number(constants.XLSX_MAX_PARTS)}")
    for part in parts:
        _check_part(path.name, part)
    total = sum(part.file_size for part in parts)
    if total > constants.XLSX_MAX_BYTES:
        raise refused(path.name, f"{size_text(total)} setelah dibuka",
                      f"workbook terlalu besar setelah dibuka: batas {size_text(constants.XLSX_MAX_BYTES)} "
                      f"(file .xlsx adalah arsip zip yang dipadatkan; isinya dihitung)")
    titles = _sheet_titles(archive)
    for part in parts:
        if SHEET_PART.fullmatch(part.filename):
            source = f"{path.name}, sheet {titles.get(part.filename, part.filename)}"
            _check_dimension(source, archive, part)
            _count(source, archive, part)


def _check_part(source: str, part: zipfile.ZipInfo) -> None:
    if part.file_size > constants.XLSX_MAX_PART_BYTES:
        raise refused(source, f"{part.filename}: {size_text(part.file_size)} setelah dibuka",
                      f"bagian workbook terlalu besar setelah dibuka: batas {size_text(constants.XLSX_MAX_PART_BYTES)} "
                      "per bagian (satu sheet)")
    ratio = part.file_size / max(part.compress_size, 1)
    if part.file_size > constants.XLSX_RATIO_FROM_BYTES and ratio > constants.XLSX_MAX_RATIO:
        raise refused(source, f"{part.filename}: {size_text(part.compress_size)} membengkak menjadi "
                              f"{size_text(part.file_size)}",
                      f"isi workbook dipadatkan {ratio:.0f} kali (batas {constants.XLSX_MAX_RATIO} kali): isi berulang "
                      "yang dibuat untuk membengkak saat dibuka (zip bomb), bukan ekspor data; simpan ulang dari "
                      "aplikasi sumbernya")


def _check_dimension(source: str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    from openpyxl.utils.cell import range_boundaries

    with archive.open(part) as stream:
        head = stream.read(HEAD_BYTES)
    found = DIMENSION.search(head)
    if found is None:
        return  # no dimension declared: counted while the sheet is read
    try:
        _, _, last_column, last_row = range_boundaries(found.group(1).decode("ascii").upper())
    except (ValueError, TypeError):
        return
    if last_row is None or last_column is None:
        return
    check_grid(source, last_row, last_column, constants.MAX_TABLE_CELLS,
               f"batas {number(constants.MAX_TABLE_CELLS)} sel per tabel", declared=found.group(1).decode("ascii"))


def _count(source: str, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Refuse a sheet holding more cells than a table may have, or a row past Excel's last, counted
    in its XML as it unpacks (unpacking is most of the time): a sheet that declares no size, or a false
    one, is refused as fast as one that declares it."""
    with archive.open(part) as stream:
        root = ROOT.search(stream.read(HEAD_BYTES))
    prefix = (root.group(1) or b"") if root else b""
    cell_tags = [b"<" + prefix + b"c" + after for after in (b" ", b">")]  # counted with bytes.count: ~1 GB/s
    row_tags = [b"<" + prefix + b"row" + after for after in (b" ", b">")]
    cells = rows = last_row = 0
    for data, end in _chunks(archive, part):
        cells += sum(data.count(tag, 0, end) for tag in cell_tags)
        rows += sum(data.count(tag, 0, end) for tag in row_tags)
        last = data.rfind(row_tags[0], 0, end)  # rows come in order: the chunk's last row has its highest number
        numbered = ROW_NUMBER.match(data, last) if last >= 0 else None
        last_row = max(last_row, rows, int(numbered.group(1)) if numbered else 0)
        if cells > constants.MAX_TABLE_CELLS:
            raise refused(source, f"lebih dari {number(constants.MAX_TABLE_CELLS)} sel",
                          f"sheet terlalu besar: batas {number(constants.MAX_TABLE_CELLS)} sel per tabel")
        if last_row > constants.MAX_SHEET_ROWS:
            raise refused(source, f"baris {number(last_row)}",
                          f"tabel terlalu panjang: batas {number(constants.MAX_SHEET_ROWS)} baris")


def _chunks(archive: zipfile.ZipFile, part: zipfile.ZipInfo | str) -> Iterable[tuple[bytes, int]]:
    """A part unpacked chunk by chunk, as (data, end): tags complete before ``end``; a short tag cut
    by a chunk's end is searched with the next chunk (text is never carried over)."""
    with archive.open(part) as stream:
        tail = b""
        while chunk := stream.read(CHUNK_BYTES):
            data = tail + chunk
            opened = data.rfind(b"<")
            cut = opened if opened > data.rfind(b">") and len(data) - opened < TAG_BYTES else len(data)
            yield data, cut
            tail = data[cut:]
        yield tail, len(tail)


def check_grid(source: str, rows: int, columns: int, cells: int, cells_limit: str, declared: str | None = None,
               max_rows: int | None = None) -> None:
    """Refuse a table of ``rows`` x ``columns`` past the row (``max_rows``, else MAX_SHEET_ROWS), column or
    ``cells`` limit."""
    max_rows = constants.MAX_SHEET_ROWS if max_rows is None else max_rows
    said = f" (ukuran yang tertulis di file: {declared})" if declared else ""
    shape = f"{number(rows)} baris × {number(columns)} kolom"
    if rows > max_rows:
        raise refused(source, shape, f"tabel terlalu panjang{said}: batas {number(max_rows)} baris")
    if columns > constants.MAX_COLUMNS:
        raise refused(source, shape, f"tabel terlalu lebar{said}: batas {number(constants.MAX_COLUMNS)} kolom")
    if rows * columns > cells:
        raise refused(source, shape, f"tabel terlalu besar ({number(rows * columns)} sel){said}: {cells_limit}")


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet part -> sheet title, from xl/workbook.xml and its relationships ({} when unclear)."""
    try:
        book = _small_part(archive, "xl/workbook.xml")
        rels = _small_part(archive, "xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for tag in re.findall(rb"<(?:\w+:)?Relationship\s[^>]*>", rels):
        ident, target = _attribute(tag, b"Id"), _attribute(tag, b"Target")
        if ident and target:
            full = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
            targets[ident] = full
    titles = {}
    for tag in re.findall(rb"<(?:\w+:)?sheet\s[^>]*>", book):
        name, ident = _attribute(tag, b"name"), _attribute(tag, rb"\w+:id")
        if name and ident in targets:
            titles[targets[ident]] = name
    return titles


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    part = archive.getinfo(name)
    if part.file_size > CHUNK_BYTES:
        raise KeyError(name)  # a workbook index this large is odd: sheets are then named by their part
    return archive.read(part)


def _attribute(tag: bytes, name: bytes) -> str | None:
    found = re.search(rb"(?:^|\s)" + name + rb'="([^"]*)"', tag)
    return html.unescape(found.group(1).decode("utf-8", errors="replace")) if found else None


def size_text(n_bytes: int) -> str:
    """A file size as the evaluator reads it: '13.826 byte', '4,5 MB', '210 MB'."""
    if n_bytes < 1024 ** 2:
        return f"{n_bytes:,} byte".replace(",", ".")
    mb = n_bytes / 1024 ** 2
    return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB".replace(".", ",")


# --- .xlsx, while a sheet is read ---------------------------------------------------------------------
def sheet_rows(ws, source: str, budget: Budget) -> list[list]:
    """The rows of the read-only worksheet ``ws`` as lists of values, read one by one and counted:
    refused as soon as the grid read so far passes a limit, whatever the sheet declares."""
    ws.reset_dimensions()  # a wrong or hostile <dimension> neither pads the rows nor hides any
    cells, cells_limit = budget.limit()
    rows: list[list] = []
    width = 0
    for count, values in enumerate(ws.iter_rows(values_only=True), 1):
        width = max(width, len(values))
        if count > constants.MAX_SHEET_ROWS or width > constants.MAX_COLUMNS or count * width > cells:
            check_grid(source, count, width, cells, cells_limit)
        rows.append(list(values))
    return rows


def merged_ranges(path: Path, ws) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged block of the read-only worksheet ``ws``
    (read-only worksheets do not list them): from its XML, unpacked chunk by chunk."""
    from openpyxl.utils.cell import range_boundaries

    refs: list[bytes] = []
    with zipfile.ZipFile(path) as archive:
        for data, end in _chunks(archive, ws._worksheet_path):  # openpyxl's name of the sheet's part
            refs += MERGE_CELL.findall(data, 0, end)
    return [range_boundaries(ref.decode("ascii")) for ref in refs]


def fill_merged(rows: list[list], ranges: Iterable[tuple[int, int, int, int]], source: str, budget: Budget) -> int:
    """Show each merged block's value in every cell it covers, as the reader sees it (clipped to the
    rows read); returns the number of blocks. Refused past the cell limit, so that a hostile list of
    blocks costs no more than a table's cells."""
    cells, cells_limit = budget.limit()
    filled = blocks = 0
    for min_col, min_row, max_col, max_row in ranges:
        blocks += 1
        if min_row - 1 >= len(rows):
            continue
        value = rows[min_row - 1][min_col - 1] if min_col - 1 < len(rows[min_row - 1]) else None
        for row in rows[min_row - 1:max_row]:
            span = range(min_col - 1, min(max_col, len(row)))
            filled += len(span)
            if filled > cells:
                raise refused(source, f"{number(blocks)} blok sel gabungan",
                              f"sel gabungan (merged cells) meliputi lebih dari {number(cells)} sel: {cells_limit}")
            for column in span:
                row[column] = value
    return blocks


# --- CSV, before it is parsed -------------------------------------------------------------------------
def check_csv(source: str, data: bytes, text: str, delimiter: str, budget: Budget) -> None:
    """Refuse a CSV whose grid (lines x fields of its widest first line) passes the limits; pandas
    makes every line as wide as the first ones."""
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    width, start = 1, 0
    for _ in range(20):  # the first lines, counted in place (one may be the whole file)
        end = text.find("\n", start)
        width = max(width, text.count(delimiter, start, len(text) if end < 0 else end) + 1)
        if end < 0:
            break
        start = end + 1
    cells, cells_limit = budget.limit()
    check_grid(source, lines, width, cells, cells_limit, max_rows=constants.MAX_SHEET_ROWS * scale())
