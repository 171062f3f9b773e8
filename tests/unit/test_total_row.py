"""A total row in an export ('Jumlah ASN: 144' under a SIASN table; CHECK15 E15-3) is one problem for the row,
quoting its text with its column, not one "sel kosong" per required column; a record is never taken for one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from evalasn import schema
from evalasn.ingest.readers import scan
from evalasn.ingest.validate import parse_table

PEGAWAI = ["NIP", "Nama", "Dinas", "Unit Kerja", "Jenis Jabatan", "Golongan", "Status"]
STAFF = [["198001012005011001", "Budi", "sosial", "Seksi A", "fungsional", "III/a", "PNS"],
         ["198202022006042002", "Sari", "sosial", "Seksi B", "pelaksana", "II/b", "PNS"]]
KEGIATAN = "kegiatan_id,nama_kegiatan,dinas,metode,tema,tanggal_mulai,tanggal_selesai,jp,anggaran_rp\n"
ACTIVITY = "SOS-1,{name},sosial,pelatihan,Pelayanan,2025-03-01,2025-03-03,24,1000000\n"


def _staff_book(raw: Path, rows: list[list]) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "pegawai"
    ws.append(["DAFTAR ASN"])
    ws.append([])
    for row in [PEGAWAI, *rows]:
        ws.append(row)
    book.save(raw / "pegawai.xlsx")


def _under_the_table(raw: Path) -> None:
    _staff_book(raw, [*STAFF, [], ["Jumlah ASN: 144"]])


def _total_with_a_sum(raw: Path) -> None:
    (raw / "kegiatan.csv").write_text(KEGIATAN + ACTIVITY.format(name="Pelatihan") + "TOTAL,,,,,,,24,1000000\n",
                                      encoding="utf-8")


def _subtotal_between_records(raw: Path) -> None:
    _staff_book(raw, [STAFF[0], ["Sub Total Seksi A", None, None, None, None, None, "1"], STAFF[1]])


@pytest.mark.parametrize(("write", "table", "says"), [
    pytest.param(_under_the_table, "pegawai", "pegawai.xlsx, sheet pegawai, baris 7, kolom 'NIP' (A): nilai 'Jumlah "
                 "ASN: 144' — baris jumlah di bawah tabel? sel lain di baris ini kosong; hapus baris itu dari ekspor",
                 id="siasn-count-under-the-table"),
    pytest.param(_total_with_a_sum, "kegiatan", "kegiatan.csv, baris 3, kolom 'kegiatan_id' (A): nilai 'TOTAL' — baris "
                 "jumlah di bawah tabel? sel lain di baris ini hampir semua kosong; hapus baris itu dari ekspor",
                 id="total-with-sums-in-a-csv"),
    pytest.param(_subtotal_between_records, "pegawai", "pegawai.xlsx, sheet pegawai, baris 5, kolom 'NIP' (A): nilai "
                 "'Sub Total Seksi A' — baris jumlah di tengah tabel (subtotal)? sel lain di baris ini hampir semua "
                 "kosong; hapus baris itu dari ekspor", id="subtotal-between-records"),
])
def test_a_total_row_is_one_problem_quoting_it(tmp_path, write, table, says):
    write(tmp_path)
    found = scan(tmp_path, schema.RAW)
    assert [str(v) for v in found.problems] == [says]
    [raw] = found.found[table]
    parsed = parse_table(raw, schema.RAW[table])
    assert parsed.violations == []  # no "sel kosong" for the total row's empty cells
    assert len(parsed.frame) == (1 if table == "kegiatan" else 2)


@pytest.mark.parametrize("name", ["Total Quality Management", "Jumlah dan Mutu Layanan"])
def test_a_record_whose_first_cell_starts_with_a_total_word_is_read(tmp_path, name):
    (tmp_path / "kegiatan.csv").write_text(KEGIATAN + ACTIVITY.format(name=name).replace("SOS-1", name),
                                           encoding="utf-8")
    found = scan(tmp_path, schema.RAW)
    assert found.problems == []
    assert found.found["kegiatan"][0].frame["kegiatan_id"].tolist() == [name]
