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
    peg, keg, pes = tables["pegawai"], tables["kegiatan"], tables["peserta"]
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    _sheet(ws, "DAFTAR PEGAWAI", "Keadaan per 31 Desember 2025",
           ["No", "NIP", "Nama Pegawai", "Gol/Ruang", "Jenis Jabatan", "Unit Kerja", "Status Pegawai"],
           [[i + 1, r.nip, r.nama, golongan(r.golongan), JABATAN[r.jenis_jabatan], r.unit_kerja,
             "" if pd.isna(r.status) else r.status] for i, r in enumerate(peg.itertuples())])
    for row in ws.iter_rows(min_row=5, min_col=2, max_col=2):
        row[0].number_format = "@"
    book.save(folder / SIMPEG)
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
    book.save(folder / SIMDIKLAT)
    return tables


def _num(value):
    return None if pd.isna(value) else float(value)
