"""Bad raw input: one test per kind of mistake found in real spreadsheets.

Every case copies a small valid raw data set (generated once per session), breaks one file and
runs the clean stage. It is then either

* accepted, with the normalisation written in data/processed/log_kualitas.json together with
  the number of rows it touched, or
* rejected with an InputError whose message names the file (and sheet), the row as seen in the
  spreadsheet (header = 1), the column, the value and what was expected; data/raw/ is not
  written and the data/processed/ of an earlier successful run is left byte for byte.

docs/normalisasi-dan-galat.md lists the same normalisations and errors.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import hashlib
import io
import json
import pickle
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.styles import PatternFill

from evalasn import clock, constants, paths, sample
from evalasn.ingest import clean
from evalasn.ingest.errors import InputError, group, mask
from evalasn.report.words import quality

FROM_MUTATION = object()  # the expected value is what the mutation returns
NEXT_YEAR = f"{dt.date.today().year + 1}-02-10"  # a date that has not happened, whenever the tests run
NEXT_YEAR_STAMP = f"10/02/{dt.date.today().year + 1} 09:15:00"  # a survey form's submission time, day first


# --- the valid data set and the project root of each test ----------------------------------
@pytest.fixture(scope="session")
def valid_root(tmp_path_factory) -> Path:
    """A root with a small valid raw data set and the data/processed/ (and key) of a successful run.

    Generated once per session; without the synthetic marker the data count as real data.
    """
    root = tmp_path_factory.mktemp("valid")
    raw = paths.project(root).raw
    sample.generate(raw, n_pegawai=150, dinas=("kesehatan", "sosial"), respondents_per_unit=5)
    (raw / sample.SYNTHETIC_MARKER).unlink()
    clean.run(paths.project(root))
    return root


@pytest.fixture(scope="session")
def valid_raw(valid_root: Path) -> Path:
    return paths.project(valid_root).raw


@pytest.fixture
def root(tmp_path: Path, valid_raw: Path) -> Path:
    """A fresh root holding a copy of the valid raw files only."""
    shutil.copytree(valid_raw, paths.project(tmp_path).raw)
    return tmp_path


@pytest.fixture
def built_root(tmp_path: Path, valid_root: Path) -> Path:
    """A copy of the whole valid root: raw files plus the complete output of a successful run on them."""
    shutil.copytree(valid_root, tmp_path, dirs_exist_ok=True)
    return tmp_path


# --- one parse per distinct table -----------------------------------------------------------
# Each case breaks one table and runs the whole clean stage, whose other tables are the valid set's, cell for cell;
# parsing them again in every case was about half of this module's CPU. parse_table is a function of the table as
# read (every field of the RawTable; of its path, the name), the contract (fixed), the constants (some cases patch
# them) and today's date, and changes nothing it is given: a table equal in all of these is parsed once per worker
# and each call gets its own deep copy (the stage changes what it gets). A broken parse_table is still what every
# case runs: the remembered parses are its own, made in this run.
_PARSED: dict[bytes, object] = {}


def _parse_key(raw, table) -> bytes | None:
    """The digest of everything parse_table reads (None when a part cannot be pickled: then it is parsed)."""
    settings = sorted((name, repr(value)) for name, value in vars(constants).items() if name.isupper())
    try:
        data = pickle.dumps((table.name, replace(raw, path=Path(raw.path.name)), settings, clock.today()),
                            protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    return hashlib.sha256(data).digest()


@pytest.fixture(autouse=True)
def _parse_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parse = clean.parse_table

    def remembered(raw, table):
        key = _parse_key(raw, table)
        if key is None:
            return parse(raw, table)
        if key not in _PARSED:
            _PARSED[key] = parse(raw, table)
        return copy.deepcopy(_PARSED[key])

    monkeypatch.setattr(clean, "parse_table", remembered)


# --- editing raw files ----------------------------------------------------------------------
def read_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


def col(rows: list[list[str]], name: str) -> int:
    return rows[0].index(name)


def set_cells(raw: Path, table: str, changes: dict[tuple[int, str], str]) -> None:
    """Set cells given as {(spreadsheet row, column): value} in data/raw/<table>.csv."""
    path = raw / f"{table}.csv"
    rows = read_rows(path)
    for (row, column), value in changes.items():
        rows[row - 1][col(rows, column)] = value
    write_rows(path, rows)


def set_cell(table: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    return lambda raw: set_cells(raw, table, {(row, column): value})


def cell(raw: Path, table: str, row: int, column: str) -> str:
    rows = read_rows(raw / f"{table}.csv")
    return rows[row - 1][col(rows, column)]


def rows_where(raw: Path, table: str, test: Callable[[dict], bool]) -> list[int]:
    """Spreadsheet row numbers of the records that pass ``test``."""
    rows = read_rows(raw / f"{table}.csv")
    return [i + 2 for i, r in enumerate(rows[1:]) if test(dict(zip(rows[0], r, strict=True)))]


def drop_column(table: str, name: str) -> Callable[[Path], None]:
    def mutate(raw: Path) -> None:
        rows = read_rows(raw / f"{table}.csv")
        i = col(rows, name)
        write_rows(raw / f"{table}.csv", [r[:i] + r[i + 1:] for r in rows])
    return mutate


def typed(value: str, column: str) -> object:
    """A cell as Excel would hold it: numbers and dates typed, codes and NIP as text."""
    if column in ("nip", "kegiatan_id", "responden_id") or value == "":
        return value or None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.datetime.fromisoformat(value)
    if re.fullmatch(r"-?\d+(\.\d+)?", value):
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


def to_xlsx(raw: Path, table: str, file: str | None = None, title: tuple[str, ...] = (),
            keep_csv: bool = False, header: bool = True, edit=None) -> Path:
    """Move data/raw/<table>.csv into a sheet <table> of an .xlsx, below ``title`` rows."""
    rows = read_rows(raw / f"{table}.csv")
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = table
    for line in title:
        ws.append([line])
    if header:
        ws.append(rows[0])
    for r in rows[1:]:
        ws.append([typed(v, c) for v, c in zip(r, rows[0], strict=True)])
    if edit:
        edit(ws)
    path = raw / (file or f"{table}.xlsx")
    book.save(path)
    if not keep_csv:
        (raw / f"{table}.csv").unlink()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- rejected input ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Rejected:
    """A mutation and the violation it must produce (value FROM_MUTATION: what mutate returns)."""

    mutate: Callable[[Path], object]
    source: str
    row: int | None
    column: str | None
    value: object
    expected: str  # part of the violation's "expected" text
    count: int | None = None  # the exact number of violations, when the case must not cascade
    message: tuple[str, ...] = ()  # more text the whole message must contain
    patch: tuple[tuple[str, object], ...] = ()  # evalasn.constants to change before the bad run


def _header_only(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    write_rows(raw / "pegawai.csv", rows[:1])


def _duplicate_header(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    rows[0][col(rows, "nama")] = "NIP "
    write_rows(raw / "pegawai.csv", rows)


def _unquoted_comma(raw: Path) -> str:
    path = raw / "kegiatan.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    name = cell(raw, "kegiatan", 3, "nama_kegiatan")
    lines[2] = lines[2].replace(name, name.replace(" ", ", ", 1), 1)
    path.write_text("".join(lines), encoding="utf-8")
    return lines[2].rstrip("\n")


def _xlsx_as_csv(raw: Path) -> None:
    path = to_xlsx(raw, "skm")
    path.rename(raw / "skm.csv")


def _copy_key(table: str, column: str, source_row: int, row: int) -> Callable[[Path], str]:
    def mutate(raw: Path) -> str:
        value = cell(raw, table, source_row, column)
        set_cells(raw, table, {(row, column): value})
        return value
    return mutate


def _duplicate_peserta(raw: Path) -> str:
    rows = read_rows(raw / "peserta.csv")
    rows[4] = list(rows[3])  # spreadsheet row 5 repeats row 4
    write_rows(raw / "peserta.csv", rows)
    return f"{rows[3][0]} / {rows[3][1]}"


def _unknown_nip(raw: Path) -> str:
    nip = "198001012005011001"
    assert nip not in (raw / "pegawai.csv").read_text()
    set_cells(raw, "peserta", {(10, "nip"): nip})
    return nip


def _activity_without_participants(raw: Path) -> str:
    """Every participant row of one activity that has a budget left out of the export (truth8)."""
    kegiatan, peserta = read_rows(raw / "kegiatan.csv"), read_rows(raw / "peserta.csv")
    activity = next(row[col(kegiatan, "kegiatan_id")] for row in kegiatan[1:]
                    if float(row[col(kegiatan, "anggaran_rp")] or 0) > 0)
    write_rows(raw / "peserta.csv", [row for row in peserta if row[col(peserta, "kegiatan_id")] != activity])
    return activity


def _one_sheet_export(raw: Path) -> None:
    """The usual SIMPEG download: one sheet called 'Sheet1' in a workbook whose file name says the table."""
    to_xlsx(raw, "pegawai", file="pegawai_simpeg_2025.xlsx", edit=lambda ws: setattr(ws, "title", "Sheet1"))


def _two_sheet_export(raw: Path) -> None:
    """Two sheets named after no table: the file name does not choose between them."""
    def edit(ws) -> None:
        ws.title = "Sheet1"
        ws.parent.create_sheet("Sheet2")
    to_xlsx(raw, "pegawai", file="pegawai_simpeg_2025.xlsx", edit=edit)


def _end_before_start(raw: Path) -> str:
    start = dt.date.fromisoformat(cell(raw, "kegiatan", 5, "tanggal_mulai"))
    end = (start - dt.timedelta(days=3)).isoformat()
    set_cells(raw, "kegiatan", {(5, "tanggal_selesai"): end})
    return end


def _many_errors(raw: Path) -> None:
    set_cells(raw, "peserta", {(row, "nilai_pre"): str(118 + row) for row in range(2, 82)})


def _many_identical_errors(raw: Path) -> None:
    set_cells(raw, "peserta", {(row, "nilai_pre"): "120" for row in range(2, 82)})


def _no_dinas_column_and_bad_values(raw: Path) -> None:
    """The root cause (no dinas column) must come before the value errors it sits among."""
    set_cells(raw, "peserta", {(row, "nilai_pre"): str(118 + row) for row in range(2, 82)})
    drop_column("pegawai", "dinas")(raw)


def _large_file(raw: Path) -> str:
    return f"{(raw / 'peserta.csv').stat().st_size:,} byte".replace(",", ".")  # as the message shows it


def _xlsx_title_rows_bad_metode(raw: Path) -> None:
    set_cells(raw, "kegiatan", {(4, "metode"): "kuliah umum"})  # data row 3 -> sheet row 3 + 2 + 1 = 6
    to_xlsx(raw, "kegiatan", title=("Daftar kegiatan pengembangan ASN", "Sumber: BPSDM"))


def _pegawai_xlsx_nip_as_number(raw: Path) -> str:
    nip = cell(raw, "pegawai", 7, "nip")

    def as_number(ws) -> None:
        ws.cell(row=7, column=1).value = float(nip)
    path = to_xlsx(raw, "pegawai", edit=as_number)
    return repr(openpyxl.load_workbook(path)["pegawai"].cell(row=7, column=1).value)  # 16 digits, as Excel keeps


def _not_a_workbook(raw: Path) -> None:
    (raw / "data.xlsx").write_text("ini bukan workbook", encoding="utf-8")


# --- export variants (SIMPEG, SIMDIKLAT, LMS) and the mapping file --------------------------------
MONTH_FORMS = ("{d} {Month} {y}", "{d} {Mon} {y}", "{dd}-{Mon}-{y}")
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def _month_names(raw: Path) -> None:
    rows = read_rows(raw / "kegiatan.csv")
    for n, r in enumerate(rows[1:]):
        for name in ("tanggal_mulai", "tanggal_selesai"):
            day = dt.date.fromisoformat(r[col(rows, name)])
            month = MONTHS_ID[day.month - 1]
            r[col(rows, name)] = MONTH_FORMS[n % 3].format(d=day.day, dd=f"{day.day:02d}", Month=month, Mon=month[:3],
                                                          y=day.year)
    write_rows(raw / "kegiatan.csv", rows)


def _missing_markers(raw: Path) -> None:
    picked = rows_where(raw, "peserta", lambda r: r["skor_perilaku"] != "")[:4]
    markers = ("#N/A", "N/A", "-", "—")
    set_cells(raw, "peserta", {(row, "skor_perilaku"): m for row, m in zip(picked, markers, strict=True)})


def _markers_blank(project, valid_raw) -> None:
    blank = valid(valid_raw, "peserta")["skor_perilaku"].isna().sum()
    assert processed(project, "peserta")["skor_perilaku"].isna().sum() == blank + 4


def _golongan_variants(raw: Path) -> int:
    picked = rows_where(raw, "pegawai", lambda r: r["golongan"] == "III/a")[:4]
    variants = ("III-a", "III a", "III/A", "3a")
    set_cells(raw, "pegawai", {(row, "golongan"): v for row, v in zip(picked, variants, strict=True)})
    return len(picked)


def _same_golongan(project, valid_raw) -> None:
    original = valid(valid_raw, "pegawai")["golongan"].value_counts().to_dict()
    assert processed(project, "pegawai")["golongan"].value_counts().to_dict() == original


JABATAN_LABELS = {"fungsional": ("Jabatan Fungsional", "JFT"), "pelaksana": ("Jabatan Pelaksana", "JFU"),
                  "struktural": ("Jabatan Administrator", "Pengawas")}


def _jabatan_labels(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    i = col(rows, "jenis_jabatan")
    for n, r in enumerate(rows[1:]):
        r[i] = JABATAN_LABELS[r[i]][n % 2]
    write_rows(raw / "pegawai.csv", rows)


def _same_jabatan(project, valid_raw) -> None:
    original = valid(valid_raw, "pegawai")["jenis_jabatan"].value_counts().to_dict()
    assert processed(project, "pegawai")["jenis_jabatan"].value_counts().to_dict() == original


def _synonym_headers(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    rows[0][col(rows, "golongan")] = "Gol/Ruang"
    rows[0][col(rows, "status")] = "Status Pegawai"
    write_rows(raw / "pegawai.csv", rows)


def _synonyms_kept(project, valid_raw) -> None:
    _same_golongan(project, valid_raw)
    assert processed(project, "pegawai")["status"].notna().sum() == valid(valid_raw, "pegawai")["status"].notna().sum()


def _mapped_export(raw: Path) -> None:
    """pegawai as a SIMPEG-like sheet 'Sheet1' with its own headers and labels, read through pemetaan.yml."""
    rows = read_rows(raw / "pegawai.csv")
    jabatan = col(rows, "jenis_jabatan")
    for r in rows[1:]:
        if r[jabatan] == "fungsional":
            r[jabatan] = "Fungsional Khusus"
    write_rows(raw / "pegawai.csv", rows)

    def edit(ws) -> None:  # the export's own sheet name and headers (NIP typed as text above)
        ws.title = "Sheet1"
        for cell in ws[3]:
            cell.value = {"nip": "Nomor Induk", "jenis_jabatan": "Kelompok"}.get(cell.value, cell.value)
    to_xlsx(raw, "pegawai", file="Ekspor SIMPEG.xlsx", title=("DAFTAR PEGAWAI", "per 31 Desember"), edit=edit)
    (raw / "pemetaan.yml").write_text(
        'sumber:\n  - file: "Ekspor SIMPEG.xlsx"\n    sheet: Sheet1\n    tabel: pegawai\n    kolom:\n'
        '      "Nomor Induk": nip\n      "Kelompok": jenis_jabatan\n    nilai:\n      jenis_jabatan:\n'
        '        "Fungsional Khusus": fungsional\n', encoding="utf-8")


def _mapping(text: str) -> Callable[[Path], None]:
    def mutate(raw: Path) -> None:
        (raw / "pemetaan.yml").write_text(text, encoding="utf-8")
    return mutate


def _sheet_not_named_as_table(raw: Path) -> None:
    to_xlsx(raw, "pegawai", file="simpeg.xlsx", edit=lambda ws: setattr(ws, "title", "Sheet1"))



REJECTED = [
    # files and tables
    pytest.param(Rejected(lambda raw: (raw / "pegawai.csv").unlink(), "data/raw/pegawai.csv", None, None, None,
                          "tabel wajib 'pegawai' tidak ditemukan", count=1), id="missing-required-file"),
    pytest.param(Rejected(lambda raw: (raw / "kegiatan.csv").write_bytes(b""), "kegiatan.csv", None, None, None,
                          "file kosong", count=1), id="empty-file"),
    pytest.param(Rejected(lambda raw: (raw / "anggaran.csv").write_bytes(b"\xef\xbb\xbf\r\n"), "anggaran.csv", None,
                          None, None, "file kosong", count=1), id="empty-file-only-bom"),
    pytest.param(Rejected(_header_only, "pegawai.csv", None, None, None, "hanya berisi baris judul", count=1),
                 id="header-without-rows"),
    pytest.param(Rejected(drop_column("kegiatan", "metode"), "kegiatan.csv", 1, "metode", None,
                          "kolom wajib tidak ada", count=1), id="missing-column"),
    pytest.param(Rejected(drop_column("pegawai", "nip"), "pegawai.csv", 1, "nip", None, "kolom wajib tidak ada",
                          count=1), id="missing-key-column-no-cascade"),
    pytest.param(Rejected(_duplicate_header, "pegawai.csv", 1, "nip", "nip", "nama kolom muncul lebih dari sekali",
                          count=1), id="duplicate-column-name"),
    pytest.param(Rejected(_unquoted_comma, "kegiatan.csv", 3, None, None,  # the line may hold a NIP: not shown
                          "baris ini berisi 10 sel, padahal baris judul 9 kolom", count=1),
                 id="unquoted-comma-in-text"),
    pytest.param(Rejected(_xlsx_as_csv, "skm.csv", None, None, None, "bukan file CSV", count=1),
                 id="xlsx-saved-as-csv"),
    pytest.param(Rejected(_not_a_workbook, "data.xlsx", None, None, None, "bukan file .xlsx yang dapat dibaca",
                          count=1), id="xlsx-not-a-workbook"),
    pytest.param(Rejected(lambda raw: to_xlsx(raw, "kegiatan", header=False), "kegiatan.xlsx, sheet kegiatan", None,
                          None, None, "baris judul tidak ditemukan", count=1), id="xlsx-without-header"),
    pytest.param(Rejected(_xlsx_title_rows_bad_metode, "kegiatan.xlsx, sheet kegiatan", 6, "metode", "kuliah umum",
                          "salah satu dari: pelatihan, workshop", count=1), id="xlsx-title-rows-row-number"),
    pytest.param(Rejected(_large_file, "peserta.csv", None, None, FROM_MUTATION,
                          "file terlalu besar: batas 1.000 byte per file; pisahkan per tahun atau per dinas",
                          patch=(("LARGE_FILE_BYTES", 1_000),)), id="file-too-large"),
    # NIP
    pytest.param(Rejected(set_cell("pegawai", 5, "nip", "198503122010011000"), "pegawai.csv", 5, "nip",
                          "198503122010011000", "tersimpan sebagai angka di Excel"), id="nip-lost-last-digits"),
    pytest.param(Rejected(set_cell("pegawai", 6, "nip", "1,98E+17"), "pegawai.csv", 6, "nip", "1,98E+17",
                          "tersimpan sebagai angka di Excel"), id="nip-scientific-comma"),
    pytest.param(Rejected(set_cell("pegawai", 7, "nip", "1.98503E+17"), "pegawai.csv", 7, "nip", "1.98503E+17",
                          "tersimpan sebagai angka di Excel"), id="nip-scientific-dot"),
    pytest.param(Rejected(_pegawai_xlsx_nip_as_number, "pegawai.xlsx, sheet pegawai", 7, "nip", FROM_MUTATION,
                          "tersimpan sebagai angka di Excel"), id="nip-number-cell-in-xlsx"),
    pytest.param(Rejected(set_cell("pegawai", 8, "nip", "19850312201001100"), "pegawai.csv", 8, "nip",
                          "19850312201001100", "NIP harus 18 digit, ini 17 digit"), id="nip-wrong-length"),
    pytest.param(Rejected(set_cell("pegawai", 9, "nip", "19850312201001100O"), "pegawai.csv", 9, "nip",
                          "19850312201001100O", "NIP hanya berisi angka"), id="nip-letter-o"),
    pytest.param(Rejected(set_cell("pegawai", 10, "nip", "198513122010011004"), "pegawai.csv", 10, "nip",
                          "198513122010011004", "tanggal lahir (digit 1–8) 1985-13-12 bukan tanggal yang ada"),
                 id="nip-birth-month-13"),
    pytest.param(Rejected(set_cell("pegawai", 11, "nip", "198503122010013004"), "pegawai.csv", 11, "nip",
                          "198503122010013004", "kode jenis kelamin (digit 15) 3 bukan 1 atau 2"),
                 id="nip-sex-digit-3"),
    # keys and references
    pytest.param(Rejected(_copy_key("pegawai", "nip", 2, 3), "pegawai.csv", 3, "nip", FROM_MUTATION,
                          "kunci harus unik",
                          message=("sama dengan baris 2",)), id="duplicate-nip"),
    pytest.param(Rejected(_copy_key("kegiatan", "kegiatan_id", 3, 4), "kegiatan.csv", 4, "kegiatan_id",
                          FROM_MUTATION, "kunci harus unik", message=("sama dengan baris 3",)),
                 id="duplicate-kegiatan-id"),
    pytest.param(Rejected(_duplicate_peserta, "peserta.csv", 5, "kegiatan_id+nip", FROM_MUTATION,
                          "kunci harus unik", count=1, message=("sama dengan baris 4",)),
                 id="duplicate-peserta"),
    pytest.param(Rejected(set_cell("peserta", 11, "kegiatan_id", "KES-2099-99999"), "peserta.csv", 11,
                          "kegiatan_id", "KES-2099-99999", "tidak ada di tabel kegiatan", count=1),
                 id="peserta-unknown-kegiatan"),
    # ranges and vocabularies
    pytest.param(Rejected(set_cell("peserta", 12, "nilai_pre", "120"), "peserta.csv", 12, "nilai_pre", "120",
                          "angka, 0–100", count=1), id="nilai-pre-120"),
    pytest.param(Rejected(set_cell("peserta", 13, "skor_reaksi", "7"), "peserta.csv", 13, "skor_reaksi", "7",
                          "angka, 1–5", count=1), id="skor-reaksi-7"),
    pytest.param(Rejected(set_cell("kegiatan", 7, "anggaran_rp", "-5000000"), "kegiatan.csv", 7, "anggaran_rp",
                          "-5000000", "angka, ≥ 0", count=1), id="negative-budget"),  # empty = not recorded (C12-7)
    pytest.param(Rejected(set_cell("kegiatan", 7, "anggaran_rp", "empat puluh juta"), "kegiatan.csv", 7,
                          "anggaran_rp", "empat puluh juta", "angka, ≥ 0", count=1),
                 id="non-numeric-budget"),
    pytest.param(Rejected(set_cell("anggaran", 3, "tahun", "2025,5"), "anggaran.csv", 3, "tahun", "2025,5",
                          "bilangan bulat, 2000–2100", count=1), id="fractional-year"),
    pytest.param(Rejected(set_cell("pegawai", 8, "unit_kerja", " "), "pegawai.csv", 8, "unit_kerja", "",
                          "sel kosong; teks, wajib diisi", count=1), id="blank-required-cell"),
    pytest.param(Rejected(set_cell("pegawai", 9, "dinas", "Dinas Antariksa"), "pegawai.csv", 9, "dinas",
                          "Dinas Antariksa", "dinas tidak dikenal", count=1), id="unknown-dinas"),
    pytest.param(Rejected(set_cell("kegiatan", 8, "metode", "kuliah umum"), "kegiatan.csv", 8, "metode",
                          "kuliah umum", "salah satu dari: pelatihan, workshop, seminar, mentoring, e-learning",
                          count=1), id="unknown-metode"),
    pytest.param(Rejected(set_cell("pegawai", 12, "golongan", "III/f"), "pegawai.csv", 12, "golongan", "III/f",
                          "salah satu dari: I/a", count=1), id="unknown-golongan"),
    pytest.param(Rejected(set_cell("skm", 20, "u3", "5"), "skm.csv", 20, "u3", "5", "bilangan bulat, 1–4", count=1),
                 id="u3-is-5"),
    pytest.param(Rejected(set_cell("skm", 21, "u7", "0"), "skm.csv", 21, "u7", "0", "bilangan bulat, 1–4", count=1),
                 id="u7-is-0"),
    pytest.param(Rejected(set_cell("skm", 22, "u1", "2,5"), "skm.csv", 22, "u1", "2,5", "bilangan bulat, 1–4",
                          count=1), id="u1-is-fraction"),
    pytest.param(Rejected(set_cell("skm", 30, "periode", "Semester ganjil 2025"), "skm.csv", 30, "periode",
                          "Semester ganjil 2025", "periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM", count=1),
                 id="periode-unknown-form"),
    # dates
    pytest.param(Rejected(_end_before_start, "kegiatan.csv", 5, "tanggal_selesai", FROM_MUTATION,
                          "harus sama dengan atau sesudah tanggal_mulai", count=1), id="end-before-start"),
    pytest.param(Rejected(set_cell("kegiatan", 6, "tanggal_mulai", "31/02/2025"), "kegiatan.csv", 6,
                          "tanggal_mulai", "31/02/2025", "tidak ada di kalender", count=1), id="date-impossible"),
    pytest.param(Rejected(set_cell("kegiatan", 6, "tanggal_mulai", "03/25/2025"), "kegiatan.csv", 6,
                          "tanggal_mulai", "03/25/2025", "bulan/hari/tahun (format Amerika)", count=1),
                 id="date-month-first"),
    pytest.param(Rejected(set_cell("kegiatan", 2, "tanggal_selesai", "2205-04-02"), "kegiatan.csv", 2,
                          "tanggal_selesai", "2205-04-02", "tahun 2205 di luar rentang 2000–2100", count=1),
                 id="date-year-typo"),
    # CHECK13 D13-1: one activity typed into next year made that year the evaluated year of every report
    pytest.param(Rejected(set_cell("kegiatan", 6, "tanggal_selesai", NEXT_YEAR), "kegiatan.csv", 6,
                          "tanggal_selesai", NEXT_YEAR, "tanggal sesudah hari ini", count=1), id="date-in-the-future"),
    pytest.param(Rejected(set_cell("skm", 30, "periode", NEXT_YEAR_STAMP), "skm.csv", 30, "periode", NEXT_YEAR_STAMP,
                          "tanggal sesudah hari ini", count=1), id="survey-timestamp-in-the-future"),
    pytest.param(Rejected(set_cell("kegiatan", 2, "tanggal_mulai", "2024-03-29 pagi"), "kegiatan.csv", 2,
                          "tanggal_mulai", "2024-03-29 pagi",
                          "tanggal (YYYY-MM-DD, DD/MM/YYYY, 6 Januari 2025 atau tanggal Excel)",
                          count=1), id="date-with-trailing-text"),
    # the mapping file and tables that cannot be found
    pytest.param(Rejected(_mapping("sumber:\n  - file: pegawai.csv\n    tabel: pegawai\n    kolom:\n"
                                   "      \"Gol/Ruang\": golongn\n"), "data/raw/pemetaan.yml", 4, None, "golongn",
                          "maksud Anda 'golongan'?", count=1), id="mapping-unknown-contract-column"),
    pytest.param(Rejected(_mapping("sumber:\n  - file: pegawai.csv\n    tabel: pegawai\n    kolom:\n"
                                   "      nip: nip\n      NIP Baru: nip\n"), "data/raw/pemetaan.yml", 4, None, "nip",
                          "dipetakan dua kali", count=1), id="mapping-column-mapped-twice"),
    pytest.param(Rejected(_mapping("sumber:\n  - file: pegawai.csv\n    tabel: pegawai\n    nilai:\n"
                                   "      jenis_jabatan:\n        JF: fungsionil\n"), "data/raw/pemetaan.yml", 4, None,
                          "fungsionil", "nilai di luar kontrak kolom 'jenis_jabatan'", count=1),
                 id="mapping-value-outside-contract"),
    pytest.param(Rejected(_mapping("sumber:\n  - file: pegawai.xls\n    tabel: pegawai\n"),
                          "data/raw/pemetaan.yml", 2, None, "pegawai.xls", "maksud Anda pegawai.csv?", count=1),
                 id="mapping-file-not-found"),
    pytest.param(Rejected(_mapping("sumber: [file: pegawai.csv\n"), "data/raw/pemetaan.yml", 2, None, None,
                          "bukan YAML yang sah", count=1), id="mapping-not-yaml"),
    pytest.param(Rejected(_sheet_not_named_as_table, "data/raw/pegawai.csv", None, None, None,
                          "tabel wajib 'pegawai' tidak ditemukan", count=1,
                          message=("dilihat dan dilewati: simpeg.xlsx (sheet: Sheet1)",)),
                 id="table-not-found-names-sheets-skipped"),
    pytest.param(Rejected(_two_sheet_export, "data/raw/pegawai.csv", None, None, None,
                          "tabel wajib 'pegawai' tidak ditemukan", count=1,
                          message=("dilihat dan dilewati: pegawai_simpeg_2025.xlsx (sheet: Sheet1, Sheet2)",)),
                 id="two-unnamed-sheets-not-read-by-file-name"),
    pytest.param(Rejected(set_cell("pegawai", 4, "unit_kerja", "#N/A"), "pegawai.csv", 4, "unit_kerja", "#N/A",
                          "sel kosong (penanda kosong)", count=1), id="na-marker-in-required-column"),
    # many at once
    pytest.param(Rejected(_many_errors, "peserta.csv", 2, "nilai_pre", "120", "angka, 0–100", count=80,
                          message=("(80 masalah)", "80 baris berisi angka seperti '120' (baris 2), '121' (baris 3), "
                                   "'122' (baris 4) …", "reports/periksa/masalah-data.xlsx")),
                 id="many-values-one-pattern-one-line"),
    pytest.param(Rejected(_many_identical_errors, "peserta.csv", 2, "nilai_pre", "120", "angka, 0–100", count=80,
                          message=("(80 masalah)", ": 80 baris berisi angka seperti '120' (baris 2, 3, 4 …) — ")),
                 id="identical-errors-on-one-line"),
    pytest.param(Rejected(_no_dinas_column_and_bad_values, "pegawai.csv", 1, "dinas", None, "kolom wajib tidak ada",
                          message=("1 penyebab utama", "(81 masalah")), id="root-cause-before-value-errors"),
]


@pytest.mark.parametrize("case", REJECTED)
def test_rejected(case: Rejected, built_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = paths.project(built_root)
    processed_before = snapshot(project.processed)  # complete, from a first successful run on the valid files
    assert "sumber.json" in processed_before and "log_kualitas.json" in processed_before
    returned = case.mutate(project.raw)
    raw_before = snapshot(project.raw)
    for name, value in case.patch:
        monkeypatch.setattr(constants, name, value)

    with pytest.raises(InputError) as caught:
        clean.run(project)

    error = caught.value
    value = returned if case.value is FROM_MUTATION else case.value
    found = [v for v in error.violations if (v.source, v.row, v.column, v.value) == (case.source, case.row,
                                                                                    case.column, value)]
    assert found, f"no violation {case.source, case.row, case.column, value} in:\n{error}"
    assert case.expected in found[0].expected
    if case.count is not None:
        assert len(error.violations) == case.count, str(error)
    message = str(error)
    assert _message_line(message, case, value), f"message does not name file/row/column/value/expected:\n{message}"
    for text in case.message:
        assert text in message
    roots = [v.root_cause for v in error.violations]
    assert roots == sorted(roots, reverse=True)  # root causes first, then value errors
    rows = openpyxl.load_workbook(project.problems_xlsx)["per baris"]
    assert rows.max_row == len(error.violations) + 1  # every problem in the file, no cap
    listed = min(len(group(error.violations)), constants.MAX_ERRORS_LISTED)
    assert message.count("\n  - ") == listed  # the summary is capped; the rest are counted, the file has all
    assert snapshot(project.raw) == raw_before  # raw is only read
    assert snapshot(project.processed) == processed_before  # the last complete output stays
    assert (project.processed / "sumber.json").read_bytes() == processed_before["sumber.json"]
    assert not [p.name for p in project.processed.parent.iterdir() if p.name.startswith(".processed")]


def _message_line(message: str, case: Rejected, value: object) -> str | None:
    """The line of the message naming the case's file, row, column, value (masked when personal) and
    expectation: one problem on its own line, or among the examples of its group's line."""
    shown = None if value is None else mask(value, case.column)[:40]
    single, grouped = [re.escape(case.source)], [re.escape(case.source)]
    if case.row is not None:
        single.append(rf"baris {case.row}(?!\d)")
    if case.column:
        single.append(re.escape(f"kolom '{case.column}'"))
        grouped.append(re.escape(f"kolom '{case.column}'"))
    if shown is not None:
        single.append(re.escape(f"nilai {repr(shown)[:-1]}") if shown else re.escape("(kosong)"))
        grouped.append(re.escape(repr(shown)[:-1]) + r"[^(]*\(baris [^)]*" + rf"(?<!\d){case.row}(?!\d)")
    single.append(re.escape(case.expected))
    grouped.append(re.escape(case.expected))
    return next((line for line in message.splitlines()
                 if re.search(".*".join(single), line) or re.search(".*".join(grouped), line)), None)


# --- accepted input ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Accepted:
    """A mutation, the log entries that must record it (with their counts) and a check of the output.

    In ``notes``, ``{n}`` is the number of data rows of ``table`` in the valid set and ``{k}`` what
    the mutation returned (the number of cells it changed).
    """

    mutate: Callable[[Path], object]
    table: str | None  # the log entries' "tabel"
    notes: tuple[str, ...]  # each part of one log entry's "catatan", starting with its count
    check: Callable[[paths.ProjectPaths, Path], None] | None = None  # (project, valid raw folder)
    keeps_rows: bool = True  # log says "{n} baris dibaca, {n} baris diproses" for the table


def processed(project: paths.ProjectPaths, table: str) -> pd.DataFrame:
    return pd.read_parquet(project.table(table))


def valid(valid_raw: Path, table: str, **kwargs) -> pd.DataFrame:
    return pd.read_csv(valid_raw / f"{table}.csv", **kwargs)


def _extra_column(raw: Path) -> None:
    rows = read_rows(raw / "kegiatan.csv")
    write_rows(raw / "kegiatan.csv", [r + (["catatan_internal"] if i == 0 else ["cek ulang"])
                                      for i, r in enumerate(rows)])


def _no_extra_column(project, valid_raw) -> None:
    assert "catatan_internal" not in processed(project, "kegiatan").columns


def _bom(raw: Path) -> None:
    path = raw / "pegawai.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def _all_staff_kept(project, valid_raw) -> None:
    assert len(processed(project, "pegawai")) == len(valid(valid_raw, "pegawai"))


def _latin1(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    for r in rows[1:4]:
        r[col(rows, "unit_kerja")] = "Puskesmas Kecamatan Tébet"
    write_rows(raw / "pegawai.csv", rows, encoding="cp1252")


def _latin1_read(project, valid_raw) -> None:
    assert (processed(project, "pegawai")["unit_kerja"] == "Puskesmas Kecamatan Tébet").sum() == 3


def _utf16_tabs(raw: Path) -> None:
    rows = read_rows(raw / "skm.csv")
    (raw / "skm.csv").write_text("\r\n".join("\t".join(r) for r in rows) + "\r\n", encoding="utf-16")


def _indonesian(value: str) -> str:
    """169620000.0 -> '169.620.000,00'."""
    return f"{float(value):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def _semicolon_indonesian(raw: Path) -> None:
    rows = read_rows(raw / "kegiatan.csv")
    i = col(rows, "anggaran_rp")
    for r in rows[1:]:
        r[i] = _indonesian(r[i])
    rows[1][i] = "Rp " + rows[1][i]
    write_rows(raw / "kegiatan.csv", rows, delimiter=";")


def _same_budgets(project, valid_raw) -> None:
    original = valid(valid_raw, "kegiatan").set_index("kegiatan_id")["anggaran_rp"]
    got = processed(project, "kegiatan").set_index("kegiatan_id")["anggaran_rp"]
    assert got.loc[original.index].tolist() == original.tolist()
    assert processed(project, "kegiatan")["jp"].tolist() == valid(valid_raw, "kegiatan").sort_values(
        "kegiatan_id")["jp"].astype(float).tolist()


def _semicolon_checks(project, valid_raw) -> None:
    _same_budgets(project, valid_raw)
    log = json.loads(project.quality_log.read_text(encoding="utf-8"))
    assert not [e for e in log if "kolom 'jp'" in e["catatan"]]  # plain '37' needs no conversion, none logged


def _thousands_in_comma_file(raw: Path) -> None:
    rows = read_rows(raw / "anggaran.csv")
    for r in rows[1:]:
        r[col(rows, "pagu_rp")] = _indonesian(r[col(rows, "pagu_rp")])[:-3]  # '357.000.000'
    write_rows(raw / "anggaran.csv", rows)


def _same_ceilings(project, valid_raw) -> None:
    assert sorted(processed(project, "anggaran")["pagu_rp"]) == sorted(valid(valid_raw, "anggaran")["pagu_rp"])


def _three_decimals(project, valid_raw) -> None:
    values = processed(project, "kinerja_unit")["nilai"]
    assert (values == 59.812).sum() == 1 and values.max() < 1000


def _dates(form: str) -> Callable[[Path], None]:
    def mutate(raw: Path) -> None:
        rows = read_rows(raw / "kegiatan.csv")
        name = "tanggal_mulai" if form == "dmy" else "tanggal_selesai"
        for r in rows[1:]:
            day = dt.date.fromisoformat(r[col(rows, name)])
            r[col(rows, name)] = (day.strftime("%d/%m/%Y") if form == "dmy"
                                  else str((day - dt.date(1899, 12, 30)).days))
        write_rows(raw / "kegiatan.csv", rows)
    return mutate


def _same_dates(project, valid_raw) -> None:
    original = valid(valid_raw, "kegiatan", parse_dates=["tanggal_mulai", "tanggal_selesai"]).set_index("kegiatan_id")
    got = processed(project, "kegiatan").set_index("kegiatan_id").loc[original.index]
    for name in ("tanggal_mulai", "tanggal_selesai"):
        assert (got[name].to_numpy() == original[name].to_numpy()).all()


def _nip_written_loosely(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    i = col(rows, "nip")
    for n, r in enumerate(rows[1:5]):
        nip = r[i]
        r[i] = [f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}", f"{nip[:8]}.{nip[8:14]}.{nip[14]}.{nip[15:]}",
                f"'{nip}", f"{nip[:8]}-{nip[8:14]}-{nip[14]}-{nip[15:]}"][n]
    write_rows(raw / "pegawai.csv", rows)


def _post_without_pre(raw: Path) -> None:
    picked = rows_where(raw, "peserta", lambda r: r["nilai_pre"] != "" and r["nilai_post"] != "")[:3]
    set_cells(raw, "peserta", {(row, "nilai_pre"): "" for row in picked})


def _gain_blank(project, valid_raw) -> None:
    peserta = processed(project, "peserta")
    only_post = peserta["nilai_post"].notna() & peserta["nilai_pre"].isna()
    assert only_post.sum() == 3 and peserta.loc[only_post, "gain"].isna().all()


def _dinas_spelling(raw: Path) -> None:
    kes = rows_where(raw, "pegawai", lambda r: r["dinas"] == "kesehatan")[:3]
    sos = rows_where(raw, "pegawai", lambda r: r["dinas"] == "sosial")[:2]
    spelled = ["DINAS KESEHATAN", "Dinkes", "  dinas   kesehatan ", "Dinas Sosial", "DINSOS"]
    set_cells(raw, "pegawai", {(row, "dinas"): text for row, text in zip(kes + sos, spelled, strict=True)})


def _same_dinas(project, valid_raw) -> None:
    original = valid(valid_raw, "pegawai")["dinas"].value_counts().to_dict()
    assert processed(project, "pegawai")["dinas"].value_counts().to_dict() == original


def _metode_alias(raw: Path) -> None:
    pelatihan = rows_where(raw, "kegiatan", lambda r: r["metode"] == "pelatihan")[:2]
    set_cells(raw, "kegiatan", {(pelatihan[0], "metode"): "Diklat", (pelatihan[1], "metode"): "PELATIHAN"})


def _same_metode(project, valid_raw) -> None:
    original = valid(valid_raw, "kegiatan")["metode"].value_counts().to_dict()
    assert processed(project, "kegiatan")["metode"].value_counts().to_dict() == original


def _periode_spelled(raw: Path) -> int:
    picked = rows_where(raw, "skm", lambda r: r["periode"] == "2025-S1")
    set_cells(raw, "skm", {(row, "periode"): "2025 S1" for row in picked})
    return len(picked)


def _same_periode(project, valid_raw) -> None:
    skm = processed(project, "skm")
    assert skm["periode"].value_counts().to_dict() == valid(valid_raw, "skm")["periode"].value_counts().to_dict()
    assert (skm.loc[skm["periode"] == "2025-S1", "periode_mulai"] == pd.Timestamp("2025-01-01")).all()


def _no_gain(project, valid_raw) -> None:
    peserta = processed(project, "peserta")
    assert peserta["nilai_pre"].isna().all() and peserta["gain"].isna().all()
    assert peserta["nilai_post"].notna().sum() > 0


def _header_spelled(raw: Path) -> None:
    rows = read_rows(raw / "pegawai.csv")
    for name, written in (("nip", "NIP"), ("unit_kerja", "Unit Kerja"), ("jenis_jabatan", " Jenis-Jabatan")):
        rows[0][col(rows, name)] = written
    write_rows(raw / "pegawai.csv", rows)


def _trailing_blank_rows(raw: Path) -> None:
    with (raw / "skm.csv").open("a", encoding="utf-8") as handle:
        handle.write(",,,,,,,,,,,,\n" * 2 + "\n")


def _trailing_blank_column(raw: Path) -> None:
    rows = read_rows(raw / "anggaran.csv")
    write_rows(raw / "anggaran.csv", [r + [""] for r in rows])


def _untitled_column_with_data(raw: Path) -> None:
    rows = read_rows(raw / "anggaran.csv")
    write_rows(raw / "anggaran.csv", [r + ["" if i == 0 else "cek"] for i, r in enumerate(rows)])


def _xlsx_title(raw: Path) -> None:
    to_xlsx(raw, "kegiatan", title=("Daftar kegiatan pengembangan ASN", "Sumber: BPSDM"))


def _xlsx_merged(raw: Path) -> None:
    rows = read_rows(raw / "kegiatan.csv")
    assert len({r[col(rows, "dinas")] for r in rows[1:4]}) == 1

    def merge(ws) -> None:  # a title merged over the table's width; sheet rows 3-5 share one dinas cell
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        dinas = col(rows, "dinas") + 1
        for row in (4, 5):
            ws.cell(row=row, column=dinas).value = None
        ws.merge_cells(start_row=3, start_column=dinas, end_row=5, end_column=dinas)
    to_xlsx(raw, "kegiatan", title=("Kegiatan pengembangan ASN",), edit=merge)


def _xlsx_trailing_rows(raw: Path) -> None:
    def style_rows(ws) -> None:  # formatted but empty rows, as left behind by a deleted block
        last = ws.max_row
        for row in range(last + 1, last + 6):
            ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor="FFFF00")
            ws.cell(row=row, column=2).value = "   "
    to_xlsx(raw, "kegiatan", edit=style_rows)


def _xlsx_all_tables(raw: Path) -> None:
    """Every table as a sheet of one workbook, with Excel's own number, date and text cells."""
    tables = ("pegawai", "kegiatan", "peserta", "skm", "anggaran", "kinerja_unit")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table in tables:
        rows = read_rows(raw / f"{table}.csv")
        ws = book.create_sheet(table.capitalize())
        ws.append(rows[0])
        for r in rows[1:]:
            ws.append([typed(v, c) for v, c in zip(r, rows[0], strict=True)])
        (raw / f"{table}.csv").unlink()
    book.save(raw / "data.xlsx")


def _same_as_csv(project, valid_raw) -> None:
    for table in ("pegawai", "kegiatan", "peserta", "skm", "anggaran", "kinerja_unit"):
        assert len(processed(project, table)) == len(valid(valid_raw, table))
    _same_budgets(project, valid_raw)
    _same_dates(project, valid_raw)


def _leaver_kept(project, valid_raw) -> None:
    """A participant missing from the staff list stays a participant, of the organising dinas, off the staff list."""
    peserta = processed(project, "peserta")
    assert len(peserta) == len(valid(valid_raw, "peserta"))
    assert int((~peserta["di_daftar_pegawai"]).sum()) == 1 and peserta["dinas"].notna().all()
    header, *warned = list(openpyxl.load_workbook(project.problems_xlsx)["per baris"].iter_rows(values_only=True))
    shown = [{k: v for k, v in zip(header, row, strict=True) if k in ("jenis", "file dan sheet", "baris",
                                                                        "kolom kontrak", "nilai")} for row in warned]
    assert {"jenis": "peringatan (laporan tetap dibuat)", "file dan sheet": "peserta.csv", "baris": 10,
            "kolom kontrak": "nip", "nilai": "…1001"} in shown  # the NIP masked: the row finds it
    assert len(warned) == 2  # the file's count line, the NIP found in no staff export


def _unrelated_file(raw: Path) -> None:
    (raw / "catatan.csv").write_text("tanggal,catatan\n2025-01-02,data diterima\n", encoding="utf-8")



ACCEPTED = [
    pytest.param(Accepted(_extra_column, "kegiatan",
                          ("kolom di luar kontrak diabaikan (tidak diproses dan tidak dilaporkan): catatan_internal",),
                          _no_extra_column), id="extra-column-dropped"),
    pytest.param(Accepted(_bom, "pegawai", ("tanda BOM UTF-8 di awal file diabaikan",), _all_staff_kept),
                 id="utf8-bom"),
    pytest.param(Accepted(_latin1, "pegawai", ("file bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1): 3 baris "
                                               "berisi huruf beraksen",), _latin1_read), id="latin1-windows-1252"),
    pytest.param(Accepted(_utf16_tabs, "skm", ("file berkode UTF-16", "pemisah kolom tab (bukan koma)")),
                 id="utf16-tab-separated"),
    pytest.param(Accepted(_semicolon_indonesian, "kegiatan", ("pemisah kolom titik koma ';' (bukan koma); angka "
                                                             "dibaca dengan koma desimal",
                                                             "kolom 'anggaran_rp': {n} angka berformat Indonesia"),
                          _semicolon_checks), id="semicolon-indonesian-numbers"),
    pytest.param(Accepted(_thousands_in_comma_file, "anggaran", ("kolom 'pagu_rp': {n} angka berformat Indonesia",),
                          _same_ceilings), id="thousands-dots-in-comma-csv"),
    pytest.param(Accepted(set_cell("kinerja_unit", 2, "nilai", "59.812"), "kinerja_unit", (), _three_decimals),
                 id="three-decimals-are-not-thousands"),
    pytest.param(Accepted(_month_names, "kegiatan", ("kolom 'tanggal_mulai': {n} tanggal dengan nama bulan",
                                                     "kolom 'tanggal_selesai': {n} tanggal dengan nama bulan"),
                          _same_dates), id="dates-indonesian-month-names"),
    pytest.param(Accepted(_missing_markers, "peserta", ("kolom 'skor_perilaku': 4 sel berisi penanda kosong",),
                          _markers_blank), id="na-dash-markers-in-optional-column"),
    pytest.param(Accepted(_golongan_variants, "pegawai", ("kolom 'golongan': {k} nilai ditulis dengan huruf atau "
                                                         "ejaan lain",), _same_golongan), id="golongan-III-a-3a"),
    pytest.param(Accepted(_jabatan_labels, "pegawai", ("kolom 'jenis_jabatan': {n} nilai ditulis dengan label ekspor",
                                                      "'JFU' → 'pelaksana'", "'Pengawas' → 'struktural'"),
                          _same_jabatan), id="jenis-jabatan-export-labels"),
    pytest.param(Accepted(_synonym_headers, "pegawai", ("2 kolom dikenali dari nama lainnya: 'Gol/Ruang' → "
                                                       "'golongan', 'Status Pegawai' → 'status'",), _synonyms_kept),
                 id="synonym-headers-mapped-not-dropped"),
    pytest.param(Accepted(_mapped_export, "pegawai", ("2 kolom dibaca menurut pemetaan",
                                                     "kolom 'jenis_jabatan': ", "nilai diganti menurut pemetaan"),
                          _same_jabatan), id="mapping-file-sheet1-own-headers-and-labels"),
    pytest.param(Accepted(_dates("dmy"), "kegiatan", ("kolom 'tanggal_mulai': {n} tanggal berformat DD/MM/YYYY "
                                                      "dikonversi",), _same_dates), id="dates-dd-mm-yyyy"),
    pytest.param(Accepted(_dates("serial"), "kegiatan", ("kolom 'tanggal_selesai': {n} tanggal berupa nomor seri "
                                                         "Excel dikonversi",), _same_dates), id="dates-excel-serial"),
    pytest.param(Accepted(_nip_written_loosely, "pegawai", ("kolom 'nip': 4 NIP ditulis dengan spasi, titik atau "
                                                            "tanda hubung; dirapikan",), _all_staff_kept),
                 id="nip-spaces-dots-dashes"),
    pytest.param(Accepted(_post_without_pre, "peserta", ("3 baris punya nilai_post tanpa nilai_pre",), _gain_blank),
                 id="nilai-post-without-pre"),
    pytest.param(Accepted(_dinas_spelling, "pegawai", ("kolom 'dinas': 5 nama dinas ditulis dengan ejaan lain",),
                          _same_dinas), id="dinas-other-spelling-and-case"),
    pytest.param(Accepted(_metode_alias, "kegiatan", ("kolom 'metode': 1 nilai ditulis dengan huruf atau ejaan "
                                                      "lain", "dibaca sebagai nilai kontrak: 'Diklat' → 'pelatihan'"),
                          _same_metode), id="metode-alias-and-case"),
    pytest.param(Accepted(lambda raw: set_cells(raw, "skm", {(r, "u3"): "" for r in range(2, 7)}), "skm",
                          ("kolom 'u3': 5 sel kosong (boleh kosong); dibiarkan kosong",)), id="u3-blank"),
    pytest.param(Accepted(_periode_spelled, "skm", ("kolom 'periode': {k} periode ditulis dalam bentuk lain; "
                                                    "diseragamkan",), _same_periode), id="periode-2025-space-S1"),
    pytest.param(Accepted(_header_spelled, "pegawai", ("3 judul kolom ditulis dengan huruf besar, spasi atau tanda "
                                                       "hubung; diseragamkan",), _all_staff_kept),
                 id="header-case-and-spaces"),
    pytest.param(Accepted(_trailing_blank_rows, "skm", ("3 baris kosong diabaikan",)), id="csv-trailing-empty-rows"),
    pytest.param(Accepted(_trailing_blank_column, "anggaran", ("1 kolom tanpa judul dan tanpa isi diabaikan",)),
                 id="csv-trailing-empty-column"),
    pytest.param(Accepted(_untitled_column_with_data, "anggaran",
                          ("kolom di luar kontrak diabaikan (tidak diproses dan tidak dilaporkan): "
                           "(tanpa judul, kolom 5)",)),
                 id="csv-untitled-column-with-data"),
    pytest.param(Accepted(_xlsx_title, "kegiatan", ("baris judul ditemukan di baris 3; baris di atasnya diabaikan",),
                          _same_dates), id="xlsx-header-below-title-rows"),
    pytest.param(Accepted(_xlsx_merged, "kegiatan", ("2 blok sel gabungan (merged cells) diisi dengan nilainya",
                                                     "baris judul ditemukan di baris 2"), _same_budgets),
                 id="xlsx-merged-cells"),
    pytest.param(Accepted(_xlsx_trailing_rows, "kegiatan", ("5 baris kosong diabaikan",)),
                 id="xlsx-trailing-empty-rows"),
    pytest.param(Accepted(_xlsx_all_tables, "peserta", (), _same_as_csv), id="xlsx-workbook-typed-cells"),
    pytest.param(Accepted(lambda raw: to_xlsx(raw, "kegiatan", file="data.xlsx", keep_csv=True), "kegiatan",
                          ("{n} baris sama persis dengan baris di data.xlsx, sheet kegiatan",), _same_as_csv,
                          keeps_rows=False), id="table-in-csv-and-xlsx-counted-once"),
    pytest.param(Accepted(_unknown_nip, "peserta", ("1 baris peserta (1 NIP) tidak ada di ekspor pegawai akhir tahun",
                                                    "1 NIP di antaranya tidak ada di ekspor pegawai mana pun"),
                          _leaver_kept), id="peserta-nip-not-in-staff-is-a-warning"),
    pytest.param(Accepted(_activity_without_participants, "kegiatan",
                          ("1 kegiatan tanpa peserta: biaya per peserta tidak dihitung",
                           "PERINGATAN: 1 kegiatan beranggaran tanpa baris peserta ({k}): anggarannya dihitung di "
                           "Tabel 4 dan dalam biaya metodenya")),
                 id="activity-with-budget-without-participants-is-a-warning"),
    pytest.param(Accepted(_one_sheet_export, "pegawai", (), _same_as_csv), id="one-sheet-workbook-read-by-file-name"),
    pytest.param(Accepted(_unrelated_file, None, ("catatan.csv: bukan tabel kontrak data",), keeps_rows=False),
                 id="unrelated-file-ignored"),
    pytest.param(Accepted(lambda raw: (raw / "anggaran.csv").unlink(), "anggaran",
                          ("tabel opsional tidak ada; bagian laporannya dilewati",), keeps_rows=False),
                 id="optional-table-missing"),
    pytest.param(Accepted(drop_column("peserta", "nilai_pre"), "peserta",
                          ("kolom opsional 'nilai_pre' tidak ada; dianggap kosong",), _no_gain),
                 id="optional-nilai-pre-missing"),
    pytest.param(Accepted(drop_column("peserta", "skor_perilaku"), "peserta",
                          ("kolom opsional 'skor_perilaku' tidak ada; dianggap kosong",)),
                 id="optional-column-missing"),
]


@pytest.mark.parametrize("case", ACCEPTED)
def test_accepted(case: Accepted, root: Path, valid_raw: Path) -> None:
    project = paths.project(root)
    returned = case.mutate(project.raw)
    raw_before = snapshot(project.raw)

    result = clean.run(project)

    log = json.loads(project.quality_log.read_text(encoding="utf-8"))
    assert log == json.loads(json.dumps(result.quality_log, default=str))
    untranslated = [e["catatan"] for e in log if quality.translate(e["catatan"]) is None]
    assert not untranslated, f"notes without an English rule (report/words/quality.py): {untranslated}"
    n = len(read_rows(valid_raw / f"{case.table}.csv")) - 1 if case.table else None
    notes = [e["catatan"] for e in log if e["tabel"] == case.table]
    for note in case.notes:
        text = note.format(n=n, k=returned)
        assert any(re.search(r"(?<!\d)" + re.escape(text), c) for c in notes), f"{text!r} not in {notes}"
    if case.keeps_rows:
        assert f"{n} baris dibaca, {n} baris diproses" in notes
    if case.check:
        case.check(project, valid_raw)
    assert snapshot(project.raw) == raw_before  # raw is only read


def test_a_failed_clean_lists_the_warnings_too(built_root: Path) -> None:
    """An error and a warning in one run: both in the message and in masalah-data.xlsx, so one round of fixes
    suffices (the warning is not first seen on the run after the error is fixed)."""
    project = paths.project(built_root)
    nip = _unknown_nip(project.raw)
    set_cells(project.raw, "peserta", {(12, "nilai_pre"): "=HYPERLINK(\"http://x\",\"y\")"})

    with pytest.raises(InputError) as caught:
        clean.run(project)

    warned = [v for v in caught.value.violations if v.warning]
    assert ("peserta.csv", 10, "nip", nip) in [(v.source, v.row, v.column, v.value) for v in warned]
    assert len(caught.value.violations) - len(warned) == 1  # the one error
    assert "PERINGATAN: " in str(caught.value)
    header, *rows = list(openpyxl.load_workbook(project.problems_xlsx)["per baris"].iter_rows(values_only=True))
    kinds = [dict(zip(header, row, strict=True))["jenis"] for row in rows]
    assert kinds[0] != kinds[-1] == "peringatan (laporan tetap dibuat)"  # the error first, the warnings last
    assert kinds.count(kinds[-1]) == len(warned)
