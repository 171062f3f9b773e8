"""From a survey-form SKM export (regulation labels, day-first timestamps, no respondent id, profile
columns) and a SIASN-style staff download, beside a SIMDIKLAT export, to a report through the
Makefile: ``make pemetaan`` maps the nine elements, the timestamp and the SIASN headers without
edits; the one edit is the dinas of the training export; the PDF counts what the exports hold."""

from __future__ import annotations

import json
import random

import openpyxl
import pandas as pd
import pytest
import yaml

from evalasn.paths import project
from evalasn.schema_aliases import IKM_LABELS
from tests.exports import SIMPEG, write_exports
from tests.integration.helpers import make, makefile_project, pdf_pages, squash

SIASN = "SIASN_Dinkes_2025.xlsx"
FORM = "SKM Dinkes 2025 (Jawaban).xlsx"
# the regulation's questionnaire (PermenPAN-RB 14/2017): sarana is asked 8th, pengaduan 9th
QUESTIONS = [
    ("1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", "u1"),
    ("2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", "u2"),
    ("3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", "u3"),
    ("4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", "u4"),
    ("5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
     "pelayanan dengan hasil yang diberikan?", "u5"),
    ("6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", "u6"),
    ("7. Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", "u7"),
    ("8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", "u9"),
    ("9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", "u8"),
]
PROFILE = ["Jenis Kelamin", "Usia", "Pendidikan Terakhir", "Pekerjaan Utama"]
UNIT_QUESTION = "Unit layanan yang Saudara kunjungi"
SIASN_HEADER = ["PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "JENIS KELAMIN",
                "GOL AKHIR NAMA", "JENIS JABATAN NAMA", "JABATAN NAMA", "UNOR NAMA", "INSTANSI KERJA NAMA",
                "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM NAMA"]
JABATAN = {"fungsional": "Jabatan Fungsional Tertentu", "pelaksana": "Jabatan Fungsional Umum",
           "struktural": "Jabatan Struktural"}


def _timestamp(periode: str, rng: random.Random) -> str:
    """A day-first form timestamp inside the semester, written without leading zeros as forms do."""
    month = rng.randint(1, 6) + (6 if periode.endswith("S2") else 0)
    return f"{rng.randint(1, 28)}/{month}/{periode[:4]} {rng.randint(7, 16)}:{rng.randint(0, 59):02d}:" \
           f"{rng.randint(0, 59):02d}"


def write_form(path, skm: pd.DataFrame) -> None:
    rng = random.Random(3)
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Form Responses 1"
    ws.append(["Timestamp", UNIT_QUESTION, *PROFILE, *(q for q, _ in QUESTIONS), "Saran dan masukan"])
    for r in skm.itertuples():
        ws.append([_timestamp(r.periode, rng), r.unit_kerja, rng.choice(["Laki-laki", "Perempuan"]),
                   str(rng.randint(18, 70)), "SMA", "Wiraswasta",
                   *(IKM_LABELS[u][int(getattr(r, u)) - 1] for _, u in QUESTIONS), ""])
    book.save(path)


def write_siasn(path, pegawai: pd.DataFrame) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(SIASN_HEADER)
    for i, r in enumerate(pegawai.itertuples()):
        pppk = r.status == "PPPK"
        nip = f"{r.nip[:8]} {r.nip[8:14]} {r.nip[14]} {r.nip[15:]}"  # as SIASN shows it, by its parts
        ws.append([f"A8ACA7{i:05d}", nip, r.nama, "", "S.Kom", f"{r.nip[6:8]}-{r.nip[4:6]}-{r.nip[:4]}",
                   "Pria" if r.nip[14] == "1" else "Wanita", "IX" if pppk else r.golongan,
                   JABATAN[r.jenis_jabatan], "Pranata Komputer", r.unit_kerja, "Pemerintah Provinsi DKI Jakarta",
                   "PPPK" if pppk else "PNS Daerah", "Aktif"])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "@"
    book.save(path)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    """A project folder with the Makefile (sources and environment linked) and the three exports."""
    root = tmp_path_factory.mktemp("inbox")
    raw = makefile_project(root)
    tables = write_exports(raw, n_pegawai=200)
    (raw / SIMPEG).unlink()  # the staff export comes from the national system instead
    pegawai = tables["pegawai"].fillna({"golongan": "III/a"})
    write_siasn(raw / SIASN, pegawai)
    write_form(raw / FORM, tables["skm"])
    return root, tables


def test_survey_form_and_siasn_download_to_report(inbox):
    root, tables = inbox
    paths = project(root)
    make(root, "pemetaan")
    data = yaml.safe_load(paths.mapping.read_text(encoding="utf-8"))
    entries = {e["file"]: e for e in data["sumber"]}
    form, siasn = entries[FORM], entries[SIASN]
    # the draft, untouched: the nine elements (by keyword, not number), the timestamp, the unit, the SIASN headers
    assert form["tabel"] == "skm" and form["satuan_periode"] == "semester"
    assert {h: c for h, c in form["kolom"].items() if c} == {
        "Timestamp": "periode", UNIT_QUESTION: "unit_kerja", **dict(QUESTIONS)}
    assert form["konstan"] == {"dinas": "kesehatan"}  # from the file name
    assert siasn["tabel"] == "pegawai" and siasn["konstan"] == {"dinas": "kesehatan"}
    assert {h: c for h, c in siasn["kolom"].items() if c} == {
        "NIP BARU": "nip", "NAMA": "nama", "GOL AKHIR NAMA": "golongan", "JENIS JABATAN NAMA": "jenis_jabatan",
        "UNOR NAMA": "unit_kerja", "JENIS PEGAWAI NAMA": "status"}
    draft_text = paths.mapping.read_text(encoding="utf-8")
    for header in [*(q for q, _ in QUESTIONS), "Timestamp", *SIASN_HEADER]:
        line = next(line for line in draft_text.splitlines() if line.strip().startswith(json.dumps(header,
                                                                                                   ensure_ascii=False)))
        assert "PERIKSA" not in line, line

    for entry in data["sumber"]:  # the one edit: the dinas of the training export
        if entry.get("konstan", {}).get("dinas", "") is None:
            entry["konstan"]["dinas"] = "kesehatan"
    paths.mapping.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    out = make(root, "periksa").stdout
    assert "sesuai kontrak data" in out, out
    make(root, "report", "DINAS=kesehatan")
    skm = tables["skm"]
    processed = pd.read_parquet(paths.processed / "skm.parquet")
    assert len(processed) == len(skm) and processed["responden_id"].is_unique
    assert processed.groupby("periode").size().to_dict() == skm.groupby("periode").size().to_dict()
    assert processed[list(IKM_LABELS)].sum().to_dict() == skm[list(IKM_LABELS)].sum().to_dict()
    staff = pd.read_parquet(paths.processed / "pegawai.parquet")
    assert len(staff) == len(tables["pegawai"])
    assert staff["status"].value_counts().to_dict() == tables["pegawai"]["status"].value_counts().to_dict()
    log = json.loads(paths.quality_log.read_text(encoding="utf-8"))
    notes = " | ".join(e["catatan"] for e in log)
    # dropped when read, listed as the export writes them (the draft maps them to null)
    assert "PNS ID, GELAR DEPAN, GELAR BELAKANG, TANGGAL LAHIR, JENIS KELAMIN" in notes
    assert f"{len(skm)} tanggal dikelompokkan per semester" in notes

    text = squash(" ".join(pdf_pages(paths.report_pdf("kesehatan", "id", 2025))))
    assert f"Data: {count(len(tables['pegawai']))} ASN di" in text
    assert f"{count(len(skm))} responden survei kepuasan masyarakat" in text
    latest = skm[skm["periode"] == "2025-S2"]
    assert "IKM periode 2025-S2:" in text and f"n = {count(len(latest))} responden" in text


def count(number: int) -> str:
    return f"{number:,}".replace(",", ".")
