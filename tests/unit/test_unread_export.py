"""A file or sheet in data/raw/ that nothing reads but the draft mapping would read as a contract table
(CHECK15 E15-1: next year's staff export beside a mapping written for last year) stops the check, naming
the file, sheet, the table the draft gives it and what to do; a file the draft cannot place stays a note."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from evalasn import schema
from evalasn.ingest import mapping, unread
from evalasn.ingest.readers import scan

STAFF = ["NIP_BARU", "NAMA", "GOL_AKHIR_NAMA", "JENIS_JABATAN_NAMA", "UNOR_NAMA", "UNOR_INDUK_NAMA",
         "JENIS_PEGAWAI_NAMA"]
STAFF_ROW = ["198001012005011001", "Budi", "III/a", "Jabatan Fungsional Tertentu", "Seksi Rehabilitasi Sosial",
             "Dinas Sosial", "PNS Daerah"]
ACTIVITY_CSV = ("kode_kegiatan,judul_kegiatan,dinas,metode,tema,tanggal_mulai,tanggal_selesai,jp,anggaran_rp\n"
                "SOS-1,Pelatihan,sosial,pelatihan,Pelayanan,2025-03-01,2025-03-03,24,1000000\n")
STAFF_SECTION = """  - file: "SIASN DKI 2024.xlsx"
    sheet: "Data ASN"
    tabel: pegawai
    kolom: {"NIP_BARU": nip, "NAMA": nama, "GOL_AKHIR_NAMA": golongan, "JENIS_JABATAN_NAMA": jenis_jabatan,
            "UNOR_NAMA": unit_kerja, "UNOR_INDUK_NAMA": dinas, "JENIS_PEGAWAI_NAMA": status}
"""


def _book(path: Path, sheets: dict[str, list[list]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)


def _staff_book(raw: Path, name: str) -> None:
    _book(raw / name, {"Data ASN": [["DAFTAR ASN"], [], STAFF, STAFF_ROW]})


def _problems(raw: Path, yaml_text: str | None) -> list[str]:
    if yaml_text is not None:
        (raw / "pemetaan.yml").write_text("versi: 1\nsumber:\n" + yaml_text, encoding="utf-8")
    files = sorted(p for p in raw.iterdir() if p.suffix in (".csv", ".xlsx"))
    table_map = mapping.load(raw / "pemetaan.yml", schema.RAW, files)
    found = scan(raw, schema.RAW, table_map)
    return [str(v) for v in unread.check(found.unread, table_map)]


def _next_years_staff(raw: Path) -> str:
    _staff_book(raw, "SIASN DKI 2024.xlsx")
    _staff_book(raw, "SIASN DKI 2025.xlsx")
    return STAFF_SECTION


def _new_activity_csv(raw: Path) -> str:
    _staff_book(raw, "SIASN DKI 2024.xlsx")
    (raw / "Rekap LMS 2025.csv").write_text(ACTIVITY_CSV, encoding="utf-8")
    return STAFF_SECTION


def _new_sheet_in_mapped_book(raw: Path) -> str:
    _book(raw / "SIASN DKI 2024.xlsx", {"Data ASN": [STAFF, STAFF_ROW], "Data ASN Baru": [STAFF, STAFF_ROW]})
    return STAFF_SECTION


@pytest.mark.parametrize(("setup", "where", "says"), [
    pytest.param(_next_years_staff, "SIASN DKI 2025.xlsx, sheet Data ASN",
                 ("tidak ada di data/raw/pemetaan.yml, jadi tidak dibaca", "memetakannya ke tabel pegawai",
                  "bagian file SIASN DKI 2024.xlsx (pemetaan.yml baris 3) tampaknya ekspor yang sama untuk tahun lain",
                  "salin bagiannya dari data/raw/pemetaan.usulan.yml ke pemetaan.yml",
                  'tambahkan bagian file: "SIASN DKI 2025.xlsx", sheet: "Data ASN", tabel: abaikan'),
                 id="next-years-staff-workbook"),
    pytest.param(_new_activity_csv, "Rekap LMS 2025.csv",
                 ("memetakannya ke tabel kegiatan", 'tambahkan bagian file: "Rekap LMS 2025.csv", tabel: abaikan'),
                 id="new-activity-csv"),
    pytest.param(_new_sheet_in_mapped_book, "SIASN DKI 2024.xlsx, sheet Data ASN Baru",
                 ("memetakannya ke tabel pegawai",), id="new-sheet-in-a-mapped-workbook"),
])
def test_an_unread_export_the_draft_maps_is_a_problem(tmp_path, setup, where, says):
    [problem] = _problems(tmp_path, setup(tmp_path))
    assert problem.startswith(f"{where} — "), problem
    for text in says:
        assert text in problem, problem


def test_without_a_mapping_the_problem_says_to_make_one(tmp_path):
    _staff_book(tmp_path, "SIASN DKI 2025.xlsx")
    [problem] = _problems(tmp_path, None)
    assert problem.startswith("SIASN DKI 2025.xlsx, sheet Data ASN — tidak dibaca: namanya bukan nama tabel kontrak "
                              "dan data/raw/pemetaan.yml belum ada"), problem
    assert "Jalankan make pemetaan (menulis data/raw/pemetaan.yml)" in problem


def _notes_file(raw: Path) -> str:
    _staff_book(raw, "SIASN DKI 2024.xlsx")
    (raw / "catatan.csv").write_text("tanggal,catatan\n2025-01-02,data diterima\n", encoding="utf-8")
    return STAFF_SECTION


def _marked_abaikan(raw: Path) -> str:
    return _next_years_staff(raw) + '  - file: "SIASN DKI 2025.xlsx"\n    sheet: "Data ASN"\n    tabel: abaikan\n'


def _summary_sheet(raw: Path) -> str:
    _staff_book(raw, "SIASN DKI 2024.xlsx")
    _book(raw / "Rekap.xlsx", {"Ringkasan": [["Dinas", "Jumlah"], ["Dinas Sosial", 144]]})
    return STAFF_SECTION


@pytest.mark.parametrize("setup", [pytest.param(_notes_file, id="a-notes-file"),
                                   pytest.param(_marked_abaikan, id="marked-abaikan"),
                                   pytest.param(_summary_sheet, id="a-summary-sheet")])
def test_a_file_the_draft_cannot_place_or_marked_abaikan_is_no_problem(tmp_path, setup):
    assert _problems(tmp_path, setup(tmp_path)) == []
