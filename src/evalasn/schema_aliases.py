"""Other names of the raw columns and other spellings of their values, as staff and training exports
(SIMPEG, SIMDIKLAT, LMS) write them, and the words in a file or sheet name that hint at a table.

Declared once per column name (a name means the same in every table); ``schema`` attaches them
to its raw-table columns, and ``header_key`` is how a header or value is compared with them.
"""

from __future__ import annotations

import re

from evalasn import constants

SYNONYMS: dict[str, tuple[str, ...]] = {
    "nip": ("NIP Baru", "No NIP", "Nomor NIP", "Nomor Induk Pegawai", "NIP Pegawai", "NIP Peserta", "NIP/NIK"),
    "nama": ("Nama Pegawai", "Nama Lengkap", "Nama Peserta", "Nama ASN", "Nama PNS"),
    # not "Unit Organisasi" or "Penyelenggara": in exports they often hold a unit or the training body
    "dinas": ("Perangkat Daerah", "SKPD", "OPD", "Instansi", "Nama SKPD", "Nama OPD", "Dinas Asal"),
    "unit_kerja": ("Unit Kerja", "Satuan Kerja", "Satker", "Unor", "Unit Organisasi Kerja", "Nama Unit Kerja",
                   "Unit Layanan", "Lokasi Kerja", "Unit"),
    "jenis_jabatan": ("Jenis Jabatan", "Kelompok Jabatan", "Jenis Jab", "Tipe Jabatan", "Eselon/Jenis Jabatan"),
    "golongan": ("Gol/Ruang", "Gol", "Golongan Ruang", "Gol. Ruang", "Pangkat/Gol", "Pangkat Golongan",
                 "Golongan/Ruang", "Gol Ruang Akhir"),
    "status": ("Status Pegawai", "Status Kepegawaian", "Status ASN", "Jenis Pegawai", "Kedudukan Hukum"),
    "kegiatan_id": ("Kode Diklat", "Kode Kegiatan", "ID Kegiatan", "Kode Pelatihan", "ID Diklat", "Kode Kursus",
                    "ID Kursus", "Kode Course", "Course ID"),
    "nama_kegiatan": ("Nama Diklat", "Nama Pelatihan", "Judul Kegiatan", "Judul Diklat", "Nama Kursus",
                      "Judul Pelatihan", "Nama Course"),
    "metode": ("Jenis Diklat", "Metode Pembelajaran", "Jenis Pengembangan", "Bentuk Kegiatan", "Jenis Kegiatan",
               "Metode Pelatihan", "Bentuk Pengembangan"),
    "tema": ("Tema Kegiatan", "Topik", "Bidang", "Rumpun"),
    "tanggal_mulai": ("Tgl Mulai", "Tanggal Awal", "Mulai", "Tgl Awal", "Tanggal Pelaksanaan Mulai", "Start Date"),
    "tanggal_selesai": ("Tgl Selesai", "Tanggal Akhir", "Selesai", "Tgl Akhir", "Tanggal Pelaksanaan Selesai",
                        "End Date"),
    "jp": ("JP", "Jam Pelajaran", "Jumlah JP", "Durasi JP", "Durasi (JP)", "Total JP", "Jml JP"),
    "anggaran_rp": ("Biaya", "Biaya (Rp)", "Anggaran", "Realisasi Biaya", "Biaya Kegiatan", "Anggaran (Rp)",
                    "Total Biaya"),
    "nilai_pre": ("Pre Test", "Pretest", "Nilai Pretest", "Nilai Pre Test", "Nilai Awal"),
    "nilai_post": ("Post Test", "Posttest", "Nilai Posttest", "Nilai Post Test", "Nilai Akhir"),
    "skor_reaksi": ("Skor Kepuasan", "Evaluasi Penyelenggaraan", "Reaksi", "Nilai Kepuasan", "Kepuasan Peserta"),
    "skor_perilaku": ("Evaluasi Pasca Diklat", "Penilaian Atasan", "Skor Pasca Pelatihan", "Perilaku"),
    "skor_resistensi": ("Resistensi", "Skor Resistensi Perubahan"),
    "periode": ("Periode Survei", "Semester", "Triwulan", "Periode Pengukuran"),
    "responden_id": ("No Responden", "ID Responden", "Kode Responden", "Nomor Responden"),
    "tahun": ("Tahun Anggaran", "TA"),
    "pagu_rp": ("Pagu", "Pagu Anggaran", "Pagu (Rp)"),
    "realisasi_rp": ("Realisasi", "Realisasi Anggaran", "Realisasi (Rp)"),
    "indikator": ("Indikator Kinerja", "Nama Indikator", "IKU"),
    "nilai": ("Capaian", "Nilai Capaian", "Nilai Indikator"),
    "arah": ("Polaritas", "Arah Indikator", "Arah Baik"),
    **{u: (u.upper(), f"Unsur {u[1]}", f"Unsur {u.upper()}") for u in constants.IKM_ELEMENTS},
}

VALUE_ALIASES: dict[str, dict[str, str]] = {
    # jenis_jabatan: JFT = jabatan fungsional tertentu; JFU = jabatan fungsional umum, renamed
    # jabatan pelaksana (PermenPAN-RB 41/2018); administrator, pengawas and JPT are structural
    # posts (UU 5/2014 Pasal 13-19)
    "jenis_jabatan": {"jabatan fungsional": "fungsional", "jft": "fungsional", "fungsional tertentu": "fungsional",
                      "jabatan fungsional tertentu": "fungsional", "jabatan pelaksana": "pelaksana",
                      "jfu": "pelaksana", "fungsional umum": "pelaksana", "jabatan fungsional umum": "pelaksana",
                      "jabatan administrator": "struktural", "administrator": "struktural",
                      "jabatan pengawas": "struktural", "pengawas": "struktural", "jpt": "struktural",
                      "jabatan pimpinan tinggi": "struktural", "jabatan struktural": "struktural",
                      "jpt pratama": "struktural", "jpt madya": "struktural", "eselon ii": "struktural",
                      "eselon iii": "struktural", "eselon iv": "struktural"},
    "metode": {"elearning": "e-learning", "e learning": "e-learning", "pelatihan diklat": "pelatihan",
               "diklat": "pelatihan", "lokakarya": "workshop", "pelatihan klasikal": "pelatihan",
               "klasikal": "pelatihan", "pelatihan jarak jauh": "e-learning", "pjj": "e-learning",
               "pembelajaran jarak jauh": "e-learning", "coaching": "mentoring", "bimbingan": "mentoring",
               "webinar": "seminar"},
    "arah": {"naik": "naik_baik", "turun": "turun_baik", "naik baik": "naik_baik", "turun baik": "turun_baik",
             "positif": "naik_baik", "negatif": "turun_baik"},
    "status": {"pegawai negeri sipil": "PNS", "cpns": "PNS", "p3k": "PPPK",
               "pegawai pemerintah dengan perjanjian kerja": "PPPK"},
}


# Units a number column accepts after its digits ('40 JP'), dropped with a note (ingest.numbers);
# a unit not listed ('40 jam': hours are not JP, 1 JP = 45 minutes) stays an error.
NUMBER_UNITS: dict[str, tuple[str, ...]] = {"jp": ("JP", "JPL", "Jam Pelajaran")}
# Amount columns: 'Rp', 'Rp.', 'IDR' before the digits and ',-' or 'rupiah' after them are dropped with a note.
RUPIAH = ("anggaran_rp", "pagu_rp", "realisasi_rp")


# Words in a file or sheet name that hint at a table ("Rekap Diklat", "Peserta LMS"), for the draft mapping.
TABLE_HINTS: dict[str, tuple[str, ...]] = {
    "pegawai": ("pegawai", "simpeg", "asn", "pns", "staf", "kepegawaian", "sapk", "siasn"),
    "kegiatan": ("kegiatan", "diklat", "pelatihan", "kursus", "course", "rekap diklat", "jadwal"),
    "peserta": ("peserta", "lms", "nilai", "partisipan", "enrol"),
    "skm": ("skm", "survei", "survey", "kepuasan", "responden"),
    "anggaran": ("anggaran", "pagu", "realisasi", "dpa"),
    "kinerja_unit": ("kinerja", "indikator", "iku", "capaian"),
}


def header_key(text: object) -> str:
    """A header or value compared without case, spaces or punctuation: 'Gol/Ruang' -> 'gol ruang'."""
    text = "" if text is None else str(text).replace("\ufeff", "").lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())

