"""Spreadsheets shaped like a staff system's (SIMPEG) and a training system's (SIMDIKLAT/LMS)
exports, made from the synthetic sample: title rows above a merged title cell, "Sheet1",
"Rekap Diklat" and "Peserta LMS" sheets, no dinas column, export headers ("Gol/Ruang",
"Kode Diklat", "Tgl Mulai", "Biaya"), export labels ("Jabatan Fungsional", "Pelatihan
Klasikal"), dates "20 Agustus 2023" and amounts "Rp 12.500.000". Synthetic values only.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd

from evalasn import sample

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
JABATAN = {"fungsional": "Jabatan Fungsional", "pelaksana": "Jabatan Pelaksana", "struktural": "Jabatan Administrator"}
METODE = {"pelatihan": "Pelatihan Klasikal", "e-learning": "E-Learning", "seminar": "Seminar", "workshop": "Lokakarya",
          "mentoring": "Mentoring"}
SIMPEG = "ekspor_simpeg.xlsx"
SIMDIKLAT = "ekspor_simdiklat.xlsx"


def indonesian_date(text: str) -> str:
    d = pd.Timestamp(text)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def rupiah(value: float) -> str:
    return "Rp " + f"{int(round(value)):,}".replace(",", ".")


def golongan(text) -> str:
    return "" if pd.isna(text) else str(text).replace("/", "-")  # "III-a": another way exports write it


def _sheet(ws, title: str, subtitle: str, header: list[str], rows: list[list]) -> None:
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append([subtitle])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)


def write_exports(folder: Path, seed: int = 7, n_pegawai: int = 260) -> dict[str, pd.DataFrame]:
    """Write the two export workbooks of one dinas (kesehatan) to ``folder``; return the sample tables."""
    tables = sample.generate(folder / "_sampel", n_pegawai=n_pegawai, dinas=("kesehatan",), seed=seed,
                             respondents_per_unit=5)
    for f in (folder / "_sampel").iterdir():
        f.unlink()
    (folder / "_sampel").rmdir()
    write_books(folder, tables["pegawai"], tables["kegiatan"], tables["peserta"], SIMPEG, SIMDIKLAT)
    return tables


def write_books(folder: Path, peg: pd.DataFrame, keg: pd.DataFrame, pes: pd.DataFrame, simpeg: str,
                simdiklat: str) -> None:
    """A SIMPEG workbook (sheet "Sheet1") of ``peg`` and a SIMDIKLAT workbook ("Rekap Diklat" and
    "Peserta LMS") of ``keg`` and ``pes``, with title rows and export headers, no dinas column."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    _sheet(ws, "DAFTAR PEGAWAI", "Keadaan per 31 Desember 2025",
           ["No", "NIP", "Nama Pegawai", "Gol/Ruang", "Jenis Jabatan", "Unit Kerja", "Status Pegawai"],
           [[i + 1, r.nip, r.nama, golongan(r.golongan), JABATAN[r.jenis_jabatan], r.unit_kerja,
             "" if pd.isna(r.status) else r.status] for i, r in enumerate(peg.itertuples())])
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=2):
        row[0].number_format = "@"
    book.save(folder / simpeg)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Rekap Diklat"
    _sheet(ws, "REKAPITULASI DIKLAT", "Sumber: SIMDIKLAT",
           ["Kode Diklat", "Nama Diklat", "Jenis Diklat", "Tema", "Tgl Mulai", "Tgl Selesai", "JP", "Biaya"],
           [[r.kegiatan_id, r.nama_kegiatan, METODE[r.metode], "" if pd.isna(r.tema) else r.tema,
             indonesian_date(r.tanggal_mulai), indonesian_date(r.tanggal_selesai), r.jp, rupiah(r.anggaran_rp)]
            for r in keg.itertuples()])
    ws = book.create_sheet("Peserta LMS")
    _sheet(ws, "PESERTA PEMBELAJARAN", "Sumber: LMS",
           ["NIP", "Nama Peserta", "Kode Diklat", "Nilai Pre Test", "Nilai Post Test", "Skor Kepuasan",
            "Evaluasi Pasca Diklat"],
           [[r.nip, "", r.kegiatan_id, _num(r.nilai_pre), _num(r.nilai_post), _num(r.skor_reaksi),
             _num(r.skor_perilaku)] for r in pes.itertuples()])
    book.save(folder / simdiklat)


# the mapping entries of one agency's two workbooks (write_books), each with 'konstan: dinas'
AGENCY_MAPPING = """  - file: "{simpeg}"
    sheet: "Sheet1"
    tabel: pegawai
    kolom: {{"No": null, "Nama Pegawai": nama, "Gol/Ruang": golongan, "Jenis Jabatan": jenis_jabatan,
            "Unit Kerja": unit_kerja, "Status Pegawai": status}}
    konstan: {{dinas: {slug}}}
  - file: "{simdiklat}"
    sheet: "Rekap Diklat"
    tabel: kegiatan
    kolom: {{"Kode Diklat": kegiatan_id, "Nama Diklat": nama_kegiatan, "Jenis Diklat": metode, "Tgl Mulai":
            tanggal_mulai, "Tgl Selesai": tanggal_selesai, "Biaya": anggaran_rp}}
    konstan: {{dinas: {slug}}}
  - file: "{simdiklat}"
    sheet: "Peserta LMS"
    tabel: peserta
    kolom: {{"Nama Peserta": null, "Kode Diklat": kegiatan_id, "Nilai Pre Test": nilai_pre, "Nilai Post Test":
            nilai_post, "Skor Kepuasan": skor_reaksi, "Evaluasi Pasca Diklat": skor_perilaku}}
"""


def write_agencies(folder: Path, agencies: dict[str, str], seed: int = 11, n_pegawai: int = 240,
                   left: int = 0) -> dict[str, dict[str, pd.DataFrame]]:
    """SIMPEG_<short>_2025.xlsx and SIMDIKLAT_<short>_2025.xlsx for every dinas of ``agencies``
    (slug -> short name, e.g. kesehatan -> Dinkes), from one synthetic sample, and data/raw/pemetaan.yml
    with one entry per file and sheet. ``left`` trained staff per agency are left out of its staff
    export (moved or retired during the year) while their training rows stay. Returns each
    agency's tables as written."""
    tables = sample.generate(folder / "_sampel", n_pegawai=n_pegawai, dinas=tuple(agencies), seed=seed,
                             respondents_per_unit=5)
    for f in (folder / "_sampel").iterdir():
        f.unlink()
    (folder / "_sampel").rmdir()
    peg, keg, pes = tables["pegawai"], tables["kegiatan"], tables["peserta"]
    written: dict[str, dict[str, pd.DataFrame]] = {}
    entries = []
    for slug, short in agencies.items():
        mine = keg[keg["dinas"] == slug]
        participants = pes[pes["kegiatan_id"].isin(mine["kegiatan_id"])]
        staff = peg[peg["dinas"] == slug]
        trained = staff[staff["nip"].isin(participants["nip"])]["nip"].drop_duplicates().head(left)
        staff = staff[~staff["nip"].isin(trained)]
        names = {"simpeg": f"SIMPEG_{short}_2025.xlsx", "simdiklat": f"SIMDIKLAT_{short}_2025.xlsx"}
        write_books(folder, staff, mine, participants, names["simpeg"], names["simdiklat"])
        entries.append(AGENCY_MAPPING.format(slug=slug, **names))
        written[slug] = {"pegawai": staff, "kegiatan": mine, "peserta": participants, "keluar": peg[peg["nip"].isin(
            trained)]}
    (folder / "pemetaan.yml").write_text("versi: 1\nsumber:\n" + "".join(entries), encoding="utf-8")
    return written


def _num(value):
    return None if pd.isna(value) else float(value)
