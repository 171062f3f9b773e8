"""Bounded input (issue 21.3): an .xlsx is measured before openpyxl opens it (unpacked sizes, packing
ratio, declared dimensions, cells counted in its XML), a sheet is read streaming and counted again
(a missing or false dimension hides nothing), a CSV's grid is estimated before pandas parses it,
and all tables of a run share one cell budget. Each refusal names the file (and sheet) and the limit."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from evalasn import constants, sample, schema
from evalasn.ingest import bounds, clean, readers
from evalasn.ingest.errors import InputError
from evalasn.paths import project
from tests import xlsx_parts

HEADER = xlsx_parts.row(1, "nip", "dinas", "unit_kerja", "jenis_jabatan")
STAFF = xlsx_parts.row(2, "198001012005011001", "kesehatan", "Sekretariat", "pelaksana")


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files openpyxl is asked to open (a refusal before loading leaves it empty)."""
    calls: list[str] = []
    load = openpyxl.load_workbook

    def spy(filename, *args, **kwargs):
        calls.append(str(filename))
        return load(filename, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", spy)
    return calls


def _problems(folder) -> list[str]:
    return [str(v) for v in readers.scan(folder, schema.RAW).problems]


def _bomb_rows(megabytes: int):
    """Identical rows without row numbers: unpacks to ``megabytes`` MB, packs about a thousand times."""
    block = b"".join([xlsx_parts.row(None, "198001012005011001", "kesehatan", "Sekretariat", "pelaksana")] * 10_000)
    for _ in range(megabytes * 1024 ** 2 // len(block)):
        yield block


def test_a_zip_bomb_is_refused_before_it_is_opened(tmp_path, opened):
    xlsx_parts.write(tmp_path / "bom.xlsx", {"pegawai": xlsx_parts.sheet([HEADER, *_bomb_rows(40)])})
    assert (tmp_path / "bom.xlsx").stat().st_size < 200_000, "a small file..."
    (problem,) = _problems(tmp_path)
    assert problem.startswith("bom.xlsx") and "zip bomb" in problem and "batas 100 kali" in problem, problem
    assert opened == []


@pytest.mark.parametrize("limit,expected", [
    ("XLSX_MAX_PART_BYTES", "bagian workbook terlalu besar setelah dibuka: batas 1,0 MB per bagian"),
    ("XLSX_MAX_BYTES", "workbook terlalu besar setelah dibuka: batas 1,0 MB"),
], ids=["one-part", "all-parts"])
def test_a_workbook_that_unpacks_past_the_limit_is_refused_before_it_is_opened(limit, expected, tmp_path, opened,
                                                                               monkeypatch):
    monkeypatch.setattr(constants, limit, 1024 ** 2)
    rows = (xlsx_parts.row(number, f"{number:018d}", "kesehatan", f"Unit {number * 7919 % 10007}", "pelaksana")
            for number in range(2, 20_000))  # ~2 MB unpacked, packed about ten times: an ordinary export
    xlsx_parts.write(tmp_path / "besar.xlsx", {"pegawai": xlsx_parts.sheet([HEADER, *rows])})
    (problem,) = _problems(tmp_path)
    assert problem.startswith("besar.xlsx") and expected in problem, problem
    assert opened == []


# (id, dimension, rows of the sheet, what the refusal says, refused before openpyxl opens the file)
SHEETS = [
    ("declared-16384-columns", "A1:XFD1048576", [HEADER, STAFF], "tabel terlalu lebar (ukuran yang tertulis di file: "
     "A1:XFD1048576): batas 1.000 kolom", True),
    ("declared-2-million-rows", "A1:D2000000", [HEADER, STAFF], "tabel terlalu panjang (ukuran yang tertulis di file: "
     "A1:D2000000): batas 1.048.576 baris", True),
    ("declared-10-million-cells", "A1:J1000000", [HEADER, STAFF], "tabel terlalu besar (10.000.000 sel) (ukuran yang "
     "tertulis di file: A1:J1000000): batas 6.000.000 sel per tabel", True),
    ("row-past-excel-no-dimension", None, [HEADER, STAFF, xlsx_parts.row(2_000_000, "x")],
     "tabel terlalu panjang: batas 1.048.576 baris", True),
    ("cell-in-column-xfd-no-dimension", None, [HEADER, STAFF, xlsx_parts.row(3, "x", first_column="XFD")],
     "tabel terlalu lebar: batas 1.000 kolom", False),
    ("false-small-dimension", "A1:B2", [HEADER, xlsx_parts.row(2, *["x"] * 1500)],
     "tabel terlalu lebar: batas 1.000 kolom", False),
]


@pytest.mark.parametrize("dimension,rows,expected,before_opening", [case[1:] for case in SHEETS],
                         ids=[case[0] for case in SHEETS])
def test_a_sheet_past_the_limits_is_refused_whatever_it_declares(dimension, rows, expected, before_opening, tmp_path,
                                                                 opened):
    xlsx_parts.write(tmp_path / "ekspor.xlsx", {"Data": xlsx_parts.sheet([b""]), "pegawai": xlsx_parts.sheet(
        rows, dimension)})
    (problem,) = _problems(tmp_path)
    assert problem.startswith("ekspor.xlsx, sheet pegawai") and expected in problem, problem
    assert (opened == []) == before_opening


def _prefixed(chunks):
    """The sheet as the OpenXML SDK writes it: every element with the prefix x:."""
    for chunk in chunks:
        chunk = chunk.replace(b"<worksheet xmlns=", b"<x:worksheet xmlns:x=").replace(b"</worksheet", b"</x:worksheet")
        for tag in (b"sheetData", b"row", b"c", b"is", b"t"):
            for start in (b"<", b"</"):
                for after in (b">", b" "):
                    chunk = chunk.replace(start + tag + after, start + b"x:" + tag + after)
        yield chunk


@pytest.mark.parametrize("prefixed", [False, True], ids=["excel", "openxml-sdk-prefix"])
def test_a_sheet_with_more_cells_than_a_table_is_refused_before_it_is_opened(prefixed, tmp_path, opened, monkeypatch):
    """Counted in the XML: no dimension needed."""
    monkeypatch.setattr(constants, "MAX_TABLE_CELLS", 2_000)
    rows = [xlsx_parts.row(number, f"{number:018d}", "kesehatan", "Sekretariat", "pelaksana")
            for number in range(2, 1_000)]
    chunks = xlsx_parts.sheet([HEADER, *rows])
    xlsx_parts.write(tmp_path / "ekspor.xlsx", {"pegawai": _prefixed(chunks) if prefixed else chunks})
    (problem,) = _problems(tmp_path)
    assert "ekspor.xlsx, sheet pegawai" in problem and "sheet terlalu besar: batas 2.000 sel per tabel" in problem
    assert opened == []


def test_a_merged_block_over_the_whole_sheet_fills_only_the_rows_read(tmp_path):
    merge = b'<mergeCells count="1"><mergeCell ref="B2:XFD1048576"/></mergeCells>'
    rows = [HEADER, STAFF, xlsx_parts.row(3, "198001012005011002", "", "Sekretariat", "pelaksana")]
    xlsx_parts.write(tmp_path / "ekspor.xlsx", {"pegawai": xlsx_parts.sheet(rows, "A1:D3", tail=merge)})
    found = readers.scan(tmp_path, schema.RAW)
    assert not found.problems
    (raw,) = found.found["pegawai"]
    assert list(raw.frame["dinas"]) == ["kesehatan", "kesehatan"]
    assert any("1 blok sel gabungan" in note for note in raw.notes)


@pytest.mark.parametrize("lines,expected", [
    (["a," * 1500 + "b", "1"], "tabel terlalu lebar: batas 1.000 kolom"),
    (["nip,dinas"] + ["1,kesehatan"] * 1500, "tabel terlalu besar (3.002 sel): batas 2.000 sel per tabel"),
], ids=["wide-first-line", "many-lines"])
def test_a_csv_past_the_limits_is_refused_before_it_is_parsed(lines, expected, tmp_path, monkeypatch):
    monkeypatch.setattr(constants, "MAX_TABLE_CELLS", 2_000)
    (tmp_path / "pegawai.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (problem,) = _problems(tmp_path)
    assert problem.startswith("pegawai.csv") and expected in problem, problem


@pytest.mark.parametrize("times, refused", [("", True), ("1", True), ("2", False)],
                         ids=["unset", "once", "twice"])
def test_the_limits_are_multiplied_by_evalasn_batas_kali(times, refused, tmp_path, monkeypatch):
    """make bench SKALA=4 measures 4x Jakarta, past the limits: EVALASN_BATAS_KALI=4 lifts cells and CSV rows."""
    monkeypatch.setattr(constants, "MAX_TABLE_CELLS", 2_000)
    monkeypatch.setattr(constants, "MAX_SHEET_ROWS", 1_200)
    monkeypatch.setenv(bounds.SCALE_ENV, times)
    (tmp_path / "pegawai.csv").write_text("\n".join(["nip,dinas"] + ["1,kesehatan"] * 1500) + "\n", encoding="utf-8")
    assert bool(_problems(tmp_path)) is refused


@pytest.mark.parametrize("times", ["0", "dua", "99", "2; rm -rf /"], ids=["zero", "word", "too-many", "shell"])
def test_a_bad_evalasn_batas_kali_is_refused(times, monkeypatch):
    monkeypatch.setenv(bounds.SCALE_ENV, times)
    with pytest.raises(InputError, match=bounds.SCALE_ENV):
        bounds.scale()


@pytest.fixture(scope="module")
def small_raw(tmp_path_factory):
    raw = tmp_path_factory.mktemp("batas") / "raw"
    sample.generate(raw, n_pegawai=60, dinas=("kesehatan",), respondents_per_unit=3)
    return raw


def test_all_tables_of_a_run_share_one_cell_budget(small_raw, tmp_path, monkeypatch):
    shutil.copytree(small_raw, tmp_path / "raw")
    monkeypatch.setattr(constants, "MAX_INPUT_CELLS", 1_000)
    problems = _problems(tmp_path / "raw")
    assert problems and all("untuk semua tabel sekaligus" in p for p in problems), problems


def test_the_clean_stage_refuses_a_zip_bomb_naming_the_file_and_the_limit(small_raw, tmp_path):
    shutil.copytree(small_raw, project(tmp_path).raw)
    xlsx_parts.write(project(tmp_path).raw / "kegiatan_2024.xlsx", {"kegiatan": xlsx_parts.sheet(_bomb_rows(40))})
    with pytest.raises(InputError) as caught:
        clean.run(project(tmp_path))
    assert "kegiatan_2024.xlsx" in str(caught.value) and "batas 100 kali" in str(caught.value)
    assert project(tmp_path).problems_xlsx.exists()


def test_a_damaged_workbook_is_named_not_a_traceback(tmp_path):
    path = xlsx_parts.write(tmp_path / "rusak.xlsx", {"pegawai": xlsx_parts.sheet([HEADER, STAFF] * 200)}, level=1)
    data = bytearray(path.read_bytes())
    start = data.index(b"xl/worksheets/sheet1.xml") + 200  # inside the sheet's packed data
    data[start:start + 50] = bytes(50)
    path.write_bytes(bytes(data))
    (problem,) = _problems(tmp_path)
    assert problem.startswith("rusak.xlsx") and "bukan file .xlsx yang dapat dibaca" in problem, problem
