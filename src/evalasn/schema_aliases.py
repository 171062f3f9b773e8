"""Other names of the raw columns and other spellings of their values, as staff and training exports
(SIMPEG, SIMDIKLAT, LMS) write them, and the words in a file or sheet name that hint at a table.

Declared once per column name (a name means the same in every table); ``schema`` attaches them
to its raw-table columns, and ``header_key`` is how a header or value is compared with them.
"""

from __future__ import annotations

import re

from evalasn import constants

# Headers of a form's submission time (Google Forms writes 'Timestamp', or 'Cap waktu' in Indonesian).
TIMESTAMP_HEADERS: tuple[str, ...] = ("Timestamp", "Cap Waktu", "Stempel Waktu", "Tanggal Survei",
                                      "Tanggal Survey", "Tanggal Pengisian", "Waktu Pengisian", "Waktu Survei",
                                      "Tanggal Pelayanan", "Tanggal Kunjungan", "Submitted At", "Tanggal Dan Waktu")
SYNONYMS: dict[str, tuple[str, ...]] = {
    # the report workbook's follow-up plan sheet, as the agency returns it (issue 24)
    "id": ("ID baris (tetap)", "Row ID (stable)", "ID baris", "Row ID"),
    "pelaksanaan": ("Pelaksanaan (belum / sebagian / selesai)", "Execution (not started / partly / done)",
                    "Execution", "Status pelaksanaan"),
    "tanggal": ("Date", "Tanggal pelaksanaan"),
    "kode": ("Kode", "Code", "Kode baris", "Row code"),
    "target_angka": ("Target (angka)", "Target (number)", "Target angka"),
    "bukti": ("Evidence",),
    "catatan": ("Notes", "Keterangan"),
    "nip": ("NIP Baru", "No NIP", "Nomor NIP", "Nomor Induk Pegawai", "NIP Pegawai", "NIP Peserta", "NIP/NIK"),
    "nama": ("Nama Pegawai", "Nama Lengkap", "Nama Peserta", "Nama ASN", "Nama PNS"),
    # not "Unit Organisasi" or "Penyelenggara": in exports they often hold a unit or the training body
    "dinas": ("Perangkat Daerah", "SKPD", "OPD", "Instansi", "Nama SKPD", "Nama OPD", "Dinas Asal"),
    "unit_kerja": ("Unit Kerja", "Satuan Kerja", "Satker", "Unor", "Unit Organisasi Kerja", "Nama Unit Kerja",
                   "Unit Layanan", "Lokasi Kerja", "Unit", "Unor Nama", "Unit Organisasi Nama",
                   "Satuan Kerja Nama", "Unit Kerja Nama"),
    "jenis_jabatan": ("Jenis Jabatan", "Kelompok Jabatan", "Jenis Jab", "Tipe Jabatan", "Eselon/Jenis Jabatan",
                      "Jenis Jabatan Nama"),
    "golongan": ("Gol/Ruang", "Gol", "Golongan Ruang", "Gol. Ruang", "Pangkat/Gol", "Pangkat Golongan",
                 "Golongan/Ruang", "Gol Ruang Akhir", "Gol Akhir Nama", "Gol Akhir", "Golongan Akhir",
                 "Golongan Akhir Nama", "Golongan Nama"),
    # the employee type (PNS/PPPK): never KEDUDUKAN HUKUM, the legal standing ('Aktif', 'CLTN'), see IGNORED
    "status": ("Status Pegawai", "Status Kepegawaian", "Status ASN", "Jenis Pegawai", "Jenis Pegawai Nama",
               "Jenis ASN", "Status Kepegawaian Nama"),
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
    "skor_perilaku": ("Evaluasi Pasca Diklat", "Penilaian Atasan", "Skor Pasca Pelatihan", "Perilaku",
                      "Nilai Perilaku", "Nilai Perilaku (Atasan)", "Skor Perilaku Atasan",
                      "Penilaian Perilaku", "Evaluasi Perilaku", "Nilai Pasca Diklat", "Evaluasi Pasca Pelatihan",
                      "Nilai Evaluasi Pasca Diklat", "Level 3"),
    "skor_reaksi": ("Skor Kepuasan", "Evaluasi Penyelenggaraan", "Reaksi", "Nilai Kepuasan", "Kepuasan Peserta",
                    "Nilai Reaksi", "Level 1"),
    "skor_resistensi": ("Resistensi", "Skor Resistensi Perubahan"),
    "periode": ("Periode Survei", "Semester", "Triwulan", "Periode Pengukuran", *TIMESTAMP_HEADERS),
    "responden_id": ("No Responden", "ID Responden", "Kode Responden", "Nomor Responden"),
    "tahun": ("Tahun Anggaran", "TA"),
    "pagu_rp": ("Pagu", "Pagu Anggaran", "Pagu (Rp)"),
    "realisasi_rp": ("Realisasi", "Realisasi Anggaran", "Realisasi (Rp)"),
    "indikator": ("Indikator Kinerja", "Nama Indikator", "IKU"),
    "nilai": ("Capaian", "Nilai Capaian", "Nilai Indikator"),
    "arah": ("Polaritas", "Arah Indikator", "Arah Baik"),
    # 'U1', 'Unsur 1', 'U1 Persyaratan', 'Persyaratan' (the element names of PermenPAN-RB 14/2017)
    **{u: (u.upper(), f"Unsur {u[1]}", f"Unsur {u.upper()}", f"{u.upper()} {name}", f"Unsur {u[1]} {name}", name)
       for u, name in constants.IKM_ELEMENTS.items()},
}

VALUE_ALIASES: dict[str, dict[str, str]] = {
    # the English workbook's list (report.chapters.plan_records.EXECUTION["en"])
    "pelaksanaan": {"not started": "belum", "partly": "sebagian", "done": "selesai", "belum dilaksanakan": "belum",
                    "sudah": "selesai", "sudah selesai": "selesai"},
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
    # SIASN's JENIS PEGAWAI NAMA: 'PNS Daerah', 'PNS Pusat DPK' (seconded), 'CPNS Daerah'; 'PPPK'. Since 2025 SIASN
    # splits PPPK into 'PPPK Penuh Waktu' (full-time) and 'PPPK Paruh Waktu' (part-time, UU 20/2023 on ASN and
    # KepmenPAN-RB 16/2025): both are PPPK in the contract
    "status": {"pegawai negeri sipil": "PNS", "cpns": "PNS", "p3k": "PPPK",
               "pegawai pemerintah dengan perjanjian kerja": "PPPK", "pns daerah": "PNS", "pns pusat": "PNS",
               "pns pusat dpk": "PNS", "pns pusat dpb": "PNS", "cpns daerah": "PNS", "cpns pusat": "PNS",
               "pns": "PNS", "pppk daerah": "PPPK", "pppk penuh waktu": "PPPK", "pppk paruh waktu": "PPPK"},
}


# The answers of the SKM questionnaire of PermenPAN-RB 14/2017, four per element, scored 1-4 in this order.
# Read without a value map, ignoring case, spacing, punctuation and 'dan'/'&'; no label is in two lists
# with different scores. Other label sets go through 'nilai:' in data/raw/pemetaan.yml.
IKM_LABELS: dict[str, tuple[str, str, str, str]] = {
    "u1": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    "u2": ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    "u3": ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    "u4": ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    "u5": ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    "u6": ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    "u7": ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    "u8": ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    "u9": ("Buruk", "Cukup", "Baik", "Sangat baik"),
}
# Words that name an element in a question or header ('1. Bagaimana pendapat Saudara tentang kesesuaian
# persyaratan pelayanan ...', 'U9 Sarana dan Prasarana'), for the draft mapping. Listed in order of
# precedence: a question naming two elements ('sarana pengaduan') is the earlier one. The question
# number is not used: the regulation's questionnaire asks about sarana (U9) eighth and pengaduan (U8) ninth.
IKM_KEYWORDS: dict[str, tuple[str, ...]] = {
    # Indonesian words first, then the English a bilingual form may use
    "u8": ("pengaduan", "aduan", "keluhan", "komplain", "complaint", "complaints"),
    "u4": ("biaya", "tarif", "pungutan", "ongkos", "cost", "fee", "fees", "tariff"),
    "u1": ("persyaratan", "syarat", "requirement", "requirements"),
    "u5": ("produk", "spesifikasi", "hasil pelayanan", "hasil layanan", "standar pelayanan", "product"),
    "u6": ("kompetensi", "kemampuan", "kompeten", "keahlian", "pengetahuan petugas", "competence", "competency"),
    "u7": ("perilaku", "kesopanan", "keramahan", "sopan", "ramah", "sikap", "behaviour", "behavior", "courtesy"),
    "u3": ("waktu", "kecepatan", "cepat", "lama pelayanan", "jangka waktu", "time", "speed"),
    "u2": ("prosedur", "mekanisme", "alur", "tata cara", "sistem", "procedure", "procedures"),
    "u9": ("sarana", "prasarana", "fasilitas", "ruang tunggu", "kenyamanan", "facilities", "facility",
           "infrastructure"),
}
# Words that name a participant score in a longer header ('Nilai Perilaku Kerja oleh Atasan Langsung'),
# for the draft mapping when no name or other name matches exactly (Kirkpatrick levels 1 and 3).
SCORE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "skor_perilaku": ("perilaku", "pasca diklat", "pasca pelatihan", "penilaian atasan", "level 3"),
    "skor_reaksi": ("reaksi", "kepuasan peserta", "evaluasi penyelenggaraan", "level 1"),
    "skor_resistensi": ("resistensi",),
    "nilai_pre": ("pre test", "pretest", "pre tes"),
    "nilai_post": ("post test", "posttest", "post tes"),
}
# Respondent-profile questions of a survey form: not used for the IKM, proposed as null by the draft.
SURVEY_PROFILE: tuple[str, ...] = ("usia", "umur", "pendidikan", "pekerjaan", "saran", "kritik", "masukan",
                                   "jenis kelamin", "nama", "alamat", "email", "telepon", "no hp", "jenis layanan")
# How a date mapped to 'periode' is binned (satuan_periode: in data/raw/pemetaan.yml); a semester when
# the mapping does not say (SKM is usually run per semester).
PERIOD_UNITS: tuple[str, ...] = ("semester", "triwulan", "bulan", "tahun")
DEFAULT_PERIOD_UNIT = "semester"
PERIOD_UNIT_ALIASES: dict[str, str] = {  # other ways to write them (header_key form)
    "semesteran": "semester", "6 bulan": "semester", "half year": "semester", "triwulanan": "triwulan",
    "kuartal": "triwulan", "quarter": "triwulan", "3 bulan": "triwulan",
    "bulanan": "bulan", "month": "bulan", "tahunan": "tahun", "year": "tahun", **{u: u for u in PERIOD_UNITS}}


# Columns staff downloads (SIASN/SAPK: PNS ID, TANGGAL LAHIR, GELAR BELAKANG ...) and survey forms carry that
# the contract does not need and that are personal data (UU 27/2022): dropped as soon as they are read,
# named in the data-quality log, never carried further. Matched on header_key: the name itself, or the
# name followed by more words ('Jenis Kelamin Nama', 'Tanggal Lahir (dd/mm/yyyy)').
UNNEEDED_PERSONAL: tuple[str, ...] = (
    "PNS ID", "ID PNS", "NIP Lama", "NIK", "No KTP", "Tanggal Lahir", "Tgl Lahir", "Tempat Lahir",
    "Tempat Tanggal Lahir", "Tempat Tgl Lahir", "TTL", "Gelar", "Gelar Depan", "Gelar Belakang", "Jenis Kelamin",
    "Alamat", "No HP", "Nomor HP", "No Telp", "No Telepon", "Nomor Telepon", "Telepon", "Email", "E-mail",
    "NPWP", "Agama", "Status Perkawinan", "Status Kawin", "Nama Responden", "Nama Lengkap Responden",
    "Nomor Whatsapp", "No WA")
# Columns that look like a contract column but must not be read as one, with the reason (for the draft
# mapping and the log): KEDUDUKAN HUKUM is the legal standing, not the employee type (status).
IGNORED: dict[str, str] = {
    "Kedudukan Hukum": "kedudukan hukum (mis. Aktif, CLTN), bukan status kepegawaian; status dibaca dari jenis "
                       "pegawai (PNS/PPPK)",
    "Instansi Kerja": "instansi (mis. Pemerintah Provinsi DKI Jakarta), bukan dinas; dinas dari kolom dinas atau "
                      "konstan",
    "Jabatan Nama": "nama jabatan (mis. Pranata Komputer), bukan jenis jabatan",
    "Nama Jabatan": "nama jabatan (mis. Pranata Komputer), bukan jenis jabatan",
}

# Values of a legal-standing column (SIASN's KEDUDUKAN HUKUM; some SIMPEG 'Status Pegawai'), never an employee type
LEGAL_STANDING = ("aktif", "cltn", "tugas belajar", "pemberhentian sementara", "mpp", "masa persiapan pensiun",
                  "pensiun", "meninggal", "diberhentikan", "non aktif", "nonaktif")


def matches_name(key: str, names: tuple[str, ...] | list[str]) -> str | None:
    """The name of ``names`` a header key is, alone or followed by more words; None if none."""
    for name in names:
        known = header_key(name)
        if key == known or key.startswith(known + " "):
            return name
    return None


# Units a number column accepts after its digits ('40 JP'), dropped with a note (ingest.numbers);
# a unit not listed ('40 jam': hours are not JP, 1 JP = 45 minutes) stays an error.
NUMBER_UNITS: dict[str, tuple[str, ...]] = {"jp": ("JP", "JPL", "Jam Pelajaran"),
                                             # a test score of 0-100 as an LMS may write it: '85,5 %' is 85.5
                                             "nilai_pre": ("%",), "nilai_post": ("%",)}
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


def brief(text: object, limit: int = 40) -> str:
    """A header as a log note quotes it: a form's question sentence cut to ``limit`` characters."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
