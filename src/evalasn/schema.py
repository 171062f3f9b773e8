"""The single source of truth for every table: the raw data contract and the processed tables.

Each column says its kind, whether it may be missing or blank, its range or allowed values,
and what it means (Bahasa Indonesia and English). Validation (``ingest.validate``) and the
data-contract document (``docs/kontrak-data.md``, written by ``docs_contract``) are generated
from these declarations; the other names exports give a column and its values are declared in
``schema_aliases`` and attached to the raw columns here.
"""

from dataclasses import replace
from typing import Any

import pandas as pd

from evalasn import constants
from evalasn.schema_aliases import SYNONYMS, VALUE_ALIASES
from evalasn.schema_types import Column, Table, check_processed, column_keys, conform

__all__ = ["RAW", "PROCESSED", "Column", "Table", "check_processed", "column_keys", "conform", "unit_key"]

def _u_columns(raw: bool) -> tuple[Column, ...]:
    lo, hi = constants.U_RANGE
    return tuple(
        Column(u, "int", f"Nilai unsur {u.upper()} {name} (1–4)",
               f"Score of element {u.upper()} {constants.IKM_ELEMENTS_EN[u]} (1–4)",
               nullable=True, min=lo, max=hi, example=3,
               section=(f"Level 4 — IKM: unsur {u.upper()} dan indeks gabungannya",
                        f"Level 4 — IKM: element {u.upper()} and the overall index") if raw else None)
        for u, name in constants.IKM_ELEMENTS.items()
    )


_NILAI: dict[str, Any] = dict(kind="float", nullable=True, min=constants.NILAI_RANGE[0],
                              max=constants.NILAI_RANGE[1])
_SKOR: dict[str, Any] = dict(kind="float", nullable=True, required=False, min=constants.SKOR_RANGE[0],
                             max=constants.SKOR_RANGE[1])
_LEVEL_2 = ("Level 2 — Pembelajaran (kenaikan nilai pre/post-test)", "Level 2 — Learning (pre/post-test gain)")
_YEAR: dict[str, Any] = dict(min=constants.YEAR_RANGE[0], max=constants.YEAR_RANGE[1])
_JP: dict[str, Any] = dict(min=constants.JP_RANGE[0], max=constants.JP_RANGE[1])

# ---------------------------------------------------------------------------------------
# The raw data contract: data/raw/<table>.csv or a sheet <table> of an .xlsx in data/raw/.
# ---------------------------------------------------------------------------------------
RAW: dict[str, Table] = {
    "pegawai": Table(
        "pegawai",
        (
            Column("nip", "nip", "Nomor Induk Pegawai (data pribadi; unik)",
                   "Civil-servant number (personal data; unique)", example="198503122010011004", personal=True),
            Column("nama", "text", "Nama pegawai (data pribadi; opsional)", "Name (personal data; optional)",
                   required=False, nullable=True, example="Siti Rahmawati", personal=True),
            Column("dinas", "slug", "Dinas tempat bekerja", "Agency of employment", example="kesehatan"),
            Column("unit_kerja", "text", "Unit kerja", "Work unit", example="Puskesmas Kecamatan Tebet"),
            Column("jenis_jabatan", "category", "Jenis jabatan", "Position type", choices=constants.JENIS_JABATAN,
                   example="fungsional"),
            Column("golongan", "category", "Golongan ruang (opsional)", "Rank (optional)", required=False,
                   nullable=True, choices=constants.GOLONGAN, example="III/b"),
            Column("status", "category", "Status kepegawaian (opsional)", "Employment status (optional)",
                   required=False, nullable=True, choices=constants.STATUS_ASN, example="PNS"),
        ),
        key=("nip",),
        row_means="satu ASN", row_means_en="one civil servant",
    ),
    "kegiatan": Table(
        "kegiatan",
        (
            Column("kegiatan_id", "text", "Kode kegiatan (unik)", "Activity code (unique)", example="KES-2025-001"),
            Column("nama_kegiatan", "text", "Nama kegiatan", "Activity name", example="Pelatihan Layanan Prima"),
            Column("dinas", "slug", "Dinas penyelenggara", "Organising agency", example="kesehatan"),
            Column("metode", "category", "Metode pengembangan", "Development method", choices=constants.METODE,
                   example="pelatihan"),
            Column("tema", "text", "Tema (teks bebas)", "Theme (free text)", nullable=True, example="layanan prima"),
            Column("tanggal_mulai", "date", "Tanggal mulai", "Start date", example="2025-03-03"),
            Column("tanggal_selesai", "date", "Tanggal selesai (>= tanggal mulai)", "End date (>= start date)",
                   example="2025-03-05"),
            Column("jp", "float", "Jam pelajaran (1 JP = 45 menit)", "Study hours (1 JP = 45 minutes)", example=24,
                   **_JP),
            # empty, like Rp 0, is a cost not recorded (analysis.budget.recorded_cost: the reports say "Rp 0 atau
            # kosong"); refusing the cell made the user type a false 0 (CHECK12 C12-7)
            Column("anggaran_rp", "float", "Biaya terealisasi (Rupiah); kosong atau 0 = tidak tercatat",
                   "Realised cost (Rupiah); empty or 0 = not recorded", min=0, nullable=True, example=45_000_000),
        ),
        key=("kegiatan_id",),
        row_means="satu kegiatan pengembangan", row_means_en="one development activity",
    ),
    "peserta": Table(
        "peserta",
        (
            Column("kegiatan_id", "text", "Kode kegiatan (harus ada di tabel kegiatan)",
                   "Activity code (must exist in kegiatan)", example="KES-2025-001"),
            Column("nip", "nip", "NIP peserta (harus ada di tabel pegawai)",
                   "Participant's NIP (must exist in pegawai)", example="198503122010011004", personal=True),
            Column("nilai_pre", "float", "Nilai pre-test (0–100)", "Pre-test score (0–100)", required=False,
                   example=62, section=_LEVEL_2,
                   **{k: v for k, v in _NILAI.items() if k != "kind"}),
            Column("nilai_post", "float", "Nilai post-test (0–100)", "Post-test score (0–100)", required=False,
                   example=74, section=_LEVEL_2,
                   **{k: v for k, v in _NILAI.items() if k != "kind"}),
            Column("skor_reaksi", description="Skor reaksi peserta (1–5; Kirkpatrick level 1)",
                   description_en="Reaction score (1–5; Kirkpatrick level 1)", example=4,
                   section=("Level 1 — Reaksi", "Level 1 — Reaction"), **_SKOR),
            Column("skor_perilaku", description="Skor perilaku dari atasan, beberapa bulan setelahnya (1–5; level 3)",
                   description_en="Supervisor's behaviour rating months after (1–5; level 3)", example=3.5,
                   section=("Level 3 — Perilaku", "Level 3 — Behaviour"), **_SKOR),
            Column("skor_resistensi", description="Skor resistensi terhadap perubahan sebelum kegiatan (1–5)",
                   description_en="Resistance-to-change score before the activity (1–5)", example=2,
                   section=("Resistensi terhadap perubahan dan kenaikan nilai",
                            "Resistance to change and score gains"), **_SKOR),
        ),
        key=("kegiatan_id", "nip"),
        row_means="satu ASN dalam satu kegiatan", row_means_en="one civil servant in one activity",
        references={"kegiatan_id": "kegiatan.kegiatan_id", "nip": "pegawai.nip"},
    ),
    "skm": Table(
        "skm",
        (
            Column("dinas", "slug", "Dinas", "Agency", example="kesehatan"),
            Column("unit_kerja", "text", "Unit layanan", "Service unit", example="Puskesmas Kecamatan Tebet"),
            Column("periode", "periode", "Periode survei", "Survey period", example="2025-S1"),
            Column("responden_id", "text", "Kode responden (unik per unit dan periode; bila ekspor tidak punya, "
                   "dibuat dari nama file dan nomor baris)", "Respondent code (unique per unit and period; made "
                   "from the file name and row number when the export has none)", example="R0001"),
            *_u_columns(raw=True),
        ),
        key=("dinas", "unit_kerja", "periode", "responden_id"),
        row_means="satu responden survei kepuasan masyarakat", row_means_en="one respondent of the satisfaction survey",
        required=False,
    ),
    "anggaran": Table(
        "anggaran",
        (
            Column("dinas", "slug", "Dinas", "Agency", example="kesehatan"),
            Column("tahun", "int", "Tahun anggaran", "Budget year", example=2025, **_YEAR),
            Column("pagu_rp", "float", "Pagu anggaran pengembangan ASN (Rupiah)", "Budget ceiling (Rupiah)", min=0,
                   example=2_500_000_000),
            Column("realisasi_rp", "float", "Realisasi anggaran (Rupiah)", "Budget spent (Rupiah)", min=0,
                   example=2_100_000_000),
        ),
        key=("dinas", "tahun"),
        row_means="satu dinas dalam satu tahun", row_means_en="one agency in one year",
        required=False,
    ),
    "kinerja_unit": Table(
        "kinerja_unit",
        (
            Column("dinas", "slug", "Dinas", "Agency", example="kesehatan"),
            Column("unit_kerja", "text", "Unit kerja", "Work unit", example="Puskesmas Kecamatan Tebet"),
            Column("periode", "periode", "Periode", "Period", example="2025-Q2"),
            Column("indikator", "text", "Nama indikator", "Indicator name", example="waktu_tunggu_menit"),
            Column("nilai", "float", "Nilai indikator", "Indicator value", example=42.5),
            Column("arah", "category", "Arah yang baik", "Which direction is better", choices=constants.ARAH,
                   example="turun_baik"),
        ),
        key=("dinas", "unit_kerja", "periode", "indikator"),
        row_means="satu indikator satu unit dalam satu periode", row_means_en="one indicator of one unit in one period",
        required=False,
    ),
    "tindak_lanjut": Table(
        "tindak_lanjut",
        (
            Column("id", "text", "ID baris rencana tindak lanjut, seperti pada sheet Rencana Tindak Lanjut laporan "
                   "('<dinas>-<tahun>-<KODE>')", "Row id of the follow-up plan as in the report's Follow-up plan "
                   "sheet ('<agency>-<year>-<CODE>')", example="kesehatan-2024-JP20"),
            Column("kode", "text", "Kode baris seperti pada sheet (opsional); bila ada, harus sama dengan kode di "
                   "ujung ID (ID yang salah ketik tertangkap walau laporan tahun itu tidak ada lagi)",
                   "Row code as in the sheet (optional); when given it must equal the code at the end of the id (a "
                   "mistyped id is caught even when that year's report is gone)", required=False, nullable=True,
                   example="JP20"),
            Column("pelaksanaan", "category", "Pelaksanaan yang dilaporkan dinas", "Execution reported by the agency",
                   choices=constants.PELAKSANAAN, nullable=True, example="sebagian"),
            Column("target_angka", "float", "Target (angka) rencana yang ditandatangani; bila staf mengubahnya sebelum "
                   "penandatanganan, angka inilah yang dinilai (kosong: target rencana yang terbit)",
                   "Target (number) of the signed plan; when staff changed it before signature, this number is "
                   "judged (blank: the published plan's target)", required=False, nullable=True, example=80.0),
            Column("tanggal", "date", "Tanggal laporan pelaksanaan (opsional)", "Date of the report (optional)",
                   required=False, nullable=True, example="2025-09-30"),
            Column("bukti", "text", "Bukti (dokumen, tautan; opsional)", "Evidence (document, link; optional)",
                   required=False, nullable=True, example="SK Kepala Dinas 12/2025"),
            Column("catatan", "text", "Catatan (opsional)", "Notes (optional)", required=False, nullable=True,
                   example="jadwal diklat triwulan 3"),
        ),
        key=("id",),
        row_means="satu baris rencana tindak lanjut tahun lalu yang diisi dinas",
        row_means_en="one row of last year's follow-up plan as filled by the agency",
        required=False, sheet_titles=("Rencana Tindak Lanjut", "Follow-up plan"),
    ),
}


def _with_synonyms(table: Table) -> Table:
    cols = tuple(replace(c, synonyms=SYNONYMS.get(c.name, ()), aliases=VALUE_ALIASES.get(c.name, {}))
                 for c in table.columns)
    return replace(table, columns=cols)


RAW = {name: _with_synonyms(table) for name, table in RAW.items()}


# ---------------------------------------------------------------------------------------
# Processed tables: data/processed/<table>.parquet, written by the clean stage only.
# NIP and nama are gone; pegawai_id is the keyed pseudonym.
# ---------------------------------------------------------------------------------------
_PEGAWAI_ID = Column("pegawai_id", "pseudonym", "Pseudonim berkunci pengganti NIP", "Keyed pseudonym replacing the NIP")
_PERIODE = (
    Column("periode", "periode", "Periode", "Period"),
    Column("periode_mulai", "date", "Awal periode", "First day of the period"),
    Column("periode_selesai", "date", "Akhir periode", "Last day of the period"),
)

_STAFF = (
    Column("dinas", "slug", "Dinas", "Agency"),
    Column("unit_kerja", "text", "Unit kerja", "Work unit"),
    Column("jenis_jabatan", "category", "Jenis jabatan", "Position type", choices=constants.JENIS_JABATAN),
    Column("golongan", "category", "Golongan", "Rank", nullable=True, choices=constants.GOLONGAN),
    Column("status", "category", "Status", "Status", nullable=True, choices=constants.STATUS_ASN),
    Column("jenis_kelamin", "category", "Jenis kelamin dari NIP", "Sex from the NIP", choices=("L", "P")),
    Column("tahun_lahir", "int", "Tahun lahir dari NIP", "Birth year from the NIP",
           min=constants.NIP_BIRTH_YEARS[0], max=constants.NIP_BIRTH_YEARS[1]),
)

PROCESSED: dict[str, Table] = {
    "pegawai": Table(
        "pegawai", (_PEGAWAI_ID, *_STAFF),
        key=("pegawai_id",), row_means="satu ASN", row_means_en="one civil servant",
    ),
    # the staff exports of earlier years (a year in the file name, beside a newer export of the same dinas:
    # ingest.sources.sort_staff): each year's coverage and 20 JP count that year's own staff, not today's
    "pegawai_tahun": Table(
        "pegawai_tahun",
        (Column("tahun", "int", "Tahun ekspor pegawai (dari nama file)", "Year of the staff export (from the file "
                "name)", **_YEAR), _PEGAWAI_ID, *_STAFF),
        key=("tahun", "pegawai_id"), row_means="satu ASN dalam ekspor pegawai satu tahun",
        row_means_en="one civil servant in one year's staff export",
    ),
    "kegiatan": Table(
        "kegiatan",
        (
            Column("kegiatan_id", "text", "Kode kegiatan", "Activity code"),
            Column("nama_kegiatan", "text", "Nama kegiatan", "Activity name"),
            Column("dinas", "slug", "Dinas penyelenggara", "Organising agency"),
            Column("metode", "category", "Metode", "Method", choices=constants.METODE),
            Column("tema", "text", "Tema", "Theme", nullable=True),
            Column("tanggal_mulai", "date", "Tanggal mulai", "Start date"),
            Column("tanggal_selesai", "date", "Tanggal selesai", "End date"),
            Column("tahun", "int", "Tahun (dari tanggal selesai)", "Year (of the end date)", **_YEAR),
            Column("jp", "float", "Jam pelajaran", "Study hours", **_JP),
            Column("anggaran_rp", "float", "Biaya (Rp); kosong = tidak tercatat", "Cost (Rp); empty = not recorded",
                   min=0, nullable=True),
            Column("n_peserta", "int", "Jumlah peserta", "Number of participants", min=0),
            Column("biaya_per_peserta_rp", "float", "Biaya per peserta (Rp)", "Cost per participant (Rp)", min=0,
                   nullable=True),
        ),
        key=("kegiatan_id",), row_means="satu kegiatan", row_means_en="one activity",
    ),
    "peserta": Table(
        "peserta",
        (
            Column("kegiatan_id", "text", "Kode kegiatan", "Activity code"),
            _PEGAWAI_ID,
            Column("dinas", "slug", "Dinas peserta (yang tidak ada di daftar pegawai: dinas penyelenggara)",
                   "Participant's agency (one not on the staff list: the organising agency)"),
            Column("unit_kerja", "text", "Unit kerja peserta (kosong bila tidak ada di daftar pegawai)",
                   "Participant's work unit (blank when not on the staff list)", nullable=True),
            Column("di_daftar_pegawai", "bool", "Ada di ekspor pegawai akhir tahun (tidak: pindah atau pensiun; "
                   "dihitung untuk angka kegiatan, tidak untuk cakupan dan 20 JP)",
                   "On the year-end staff export (no: moved or retired; counted for activity figures, not for "
                   "coverage and 20 JP)"),
            Column("nilai_pre", "float", "Nilai pre-test", "Pre-test score", nullable=True, min=0, max=100),
            Column("nilai_post", "float", "Nilai post-test", "Post-test score", nullable=True, min=0, max=100),
            Column("gain", "float", "Peningkatan nilai (post − pre)", "Score gain (post − pre)", nullable=True,
                   min=-100, max=100),
            Column("skor_reaksi", "float", "Skor reaksi", "Reaction score", nullable=True, min=1, max=5),
            Column("skor_perilaku", "float", "Skor perilaku", "Behaviour score", nullable=True, min=1, max=5),
            Column("skor_resistensi", "float", "Skor resistensi", "Resistance score", nullable=True, min=1, max=5),
        ),
        key=("kegiatan_id", "pegawai_id"), row_means="satu peserta", row_means_en="one participant",
    ),
    "skm": Table(
        "skm",
        (
            Column("dinas", "slug", "Dinas", "Agency"),
            Column("unit_kerja", "text", "Unit layanan", "Service unit"),
            *_PERIODE,
            Column("responden_id", "text", "Kode responden", "Respondent code"),
            *_u_columns(raw=False),
        ),
        key=("dinas", "unit_kerja", "periode", "responden_id"), row_means="satu responden",
        row_means_en="one respondent", required=False,
    ),
    "anggaran": Table(
        "anggaran",
        (
            Column("dinas", "slug", "Dinas", "Agency"),
            Column("tahun", "int", "Tahun", "Year", **_YEAR),
            Column("pagu_rp", "float", "Pagu (Rp)", "Ceiling (Rp)", min=0),
            Column("realisasi_rp", "float", "Realisasi (Rp)", "Spent (Rp)", min=0),
        ),
        key=("dinas", "tahun"), row_means="satu dinas-tahun", row_means_en="one agency-year", required=False,
    ),
    "kinerja_unit": Table(
        "kinerja_unit",
        (
            Column("dinas", "slug", "Dinas", "Agency"),
            Column("unit_kerja", "text", "Unit kerja", "Work unit"),
            *_PERIODE,
            Column("indikator", "text", "Indikator", "Indicator"),
            Column("nilai", "float", "Nilai", "Value"),
            Column("arah", "category", "Arah yang baik", "Better direction", choices=constants.ARAH),
        ),
        key=("dinas", "unit_kerja", "periode", "indikator"), row_means="satu indikator-unit-periode",
        row_means_en="one indicator-unit-period", required=False,
    ),
    "tindak_lanjut": Table(
        "tindak_lanjut",
        (
            Column("id", "text", "ID baris rencana tindak lanjut", "Follow-up plan row id"),
            Column("dinas", "slug", "Dinas (dari ID)", "Agency (from the id)"),
            Column("tahun", "int", "Tahun rencana (dari ID)", "Year of the plan (from the id)", **_YEAR),
            Column("kode", "text", "Kode baris (dari ID)", "Row code (from the id)"),
            Column("pelaksanaan", "category", "Pelaksanaan", "Execution", choices=constants.PELAKSANAAN,
                   nullable=True),
            Column("target_angka", "float", "Target (angka) yang ditandatangani", "Signed target (number)",
                   nullable=True),
            Column("tanggal", "date", "Tanggal", "Date", nullable=True),
            Column("bukti", "text", "Bukti", "Evidence", nullable=True),
            Column("catatan", "text", "Catatan", "Notes", nullable=True),
            Column("sumber", "text", "File (dan sheet) tempat baris dibaca", "File (and sheet) the row was read from"),
            Column("baris", "int", "Nomor baris di spreadsheet itu", "Row number in that spreadsheet"),
        ),
        key=("id",), row_means="satu baris rencana", row_means_en="one plan row", required=False,
    ),
}


# --- a work unit's identity -------------------------------------------------------------
def unit_key(frame: pd.DataFrame) -> pd.Series:
    """One key per work unit, 'dinas|unit_kerja': a unit is named within its dinas (two dinas may
    both have a 'Sekretariat'), so the pair identifies it."""
    return frame["dinas"] + "|" + frame["unit_kerja"]


# the cleaning stage's note for an optional table absent altogether (data/processed/log_kualitas.json); the report's
# annex says instead what that report did without it where it knows (report.chapters.sections.quality_note, R6-9)
ABSENT_TABLE_NOTE = "tabel opsional tidak ada; bagian laporannya dilewati"

# what a dinas's report cannot give without its rows of an optional table (ingest.clean's warning says it;
# report.words.quality translates it with the English here)
ABSENT_COSTS = {
    "skm": ("IKM, unsur SKM dan perubahan IKM unit yang dilatih tidak dapat dihitung untuk dinas itu",
            "the IKM, the SKM elements and the change in trained units' IKM cannot be computed for them"),
    "anggaran": ("pagu dan realisasi anggaran dinas itu tidak dapat dinilai",
                 "their budget ceiling and realisation cannot be assessed"),
    "kinerja_unit": ("perubahan kinerja unit yang dilatih tidak dapat dihitung untuk dinas itu",
                     "the change in trained units' performance cannot be computed for them"),
    "tindak_lanjut": ("pelaksanaan rencana tindak lanjut dinas itu tercatat sebagai tidak dilaporkan",
                      "their follow-up plan is recorded as not reported"),
}
ABSENT_ASK = ("minta ekspor dinas itu dan taruh di data/raw/, atau catat bahwa memang tidak ada",
              "ask those agencies for their export and put it in data/raw/, or record that there is none")
