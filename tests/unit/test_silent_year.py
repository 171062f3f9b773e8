"""`periksa` names a dinas of the staff table that sent no activity, no survey answer and no budget row for the
newest year (CHECK15 E15-11, set H stage 2: Nakertransgi, 29 staff in the 2025 export, no 2025 row anywhere; the
PERINGATAN list named PRKP's missing survey and not a word of it), in both languages."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn import schema
from evalasn.ingest import clean, silent_year
from evalasn.ingest.validate import Parsed
from evalasn.report.words import quality

PEGAWAI = pd.DataFrame({"dinas": ["sosial", "sosial", "nakertransgi", "prkp"]})
KEGIATAN = pd.DataFrame({"dinas": ["sosial", "nakertransgi", "prkp"],
                         "tanggal_selesai": pd.to_datetime(["2025-03-01", "2024-11-30", "2025-12-06"])})
SKM = pd.DataFrame({"dinas": ["sosial", "nakertransgi"], "periode": ["2025-S1", "2024-S2"]})
ANGGARAN = pd.DataFrame({"dinas": ["sosial", "nakertransgi"], "tahun": [2025, 2024]})


def test_a_dinas_with_staff_and_nothing_of_the_newest_year_is_named():
    said = silent_year.note({"pegawai": PEGAWAI, "kegiatan": KEGIATAN, "skm": SKM, "anggaran": ANGGARAN})
    assert said is not None and said.startswith(
        "1 dinas ada di tabel pegawai tetapi tidak punya kegiatan, SKM atau anggaran 2025: nakertransgi; ekspor 2025 "
        "dinas itu belum diterima?"), said  # PRKP has 2025 activities: no survey is another warning's business
    assert schema.ABSENT_ASK[0] in said


def test_periksa_lists_it_on_the_staff_table_and_the_log_translates_it():
    tables = {"pegawai": PEGAWAI, "kegiatan": KEGIATAN, "skm": SKM, "anggaran": ANGGARAN}
    parsed = {name: Parsed(name, frame, f"{name}.csv") for name, frame in tables.items()}
    silent_year.check(parsed)
    [warning] = parsed["pegawai"].warnings
    assert (warning.kind, warning.source, warning.row, warning.column) == ("peringatan", "pegawai.csv", None, "dinas")
    logged = clean.log_note(warning)
    assert logged.startswith("PERINGATAN: kolom 'dinas': 1 dinas ada di tabel pegawai"), logged
    assert quality.translate(logged) == ("WARNING: column 'dinas': agencies of the staff table (1) with no activity, "
                                         "SKM answer or budget row of 2025: nakertransgi")


@pytest.mark.parametrize("sent", ["kegiatan", "skm", "anggaran"])
def test_one_table_of_the_year_is_enough(sent):
    row = {"kegiatan": {"dinas": "nakertransgi", "tanggal_selesai": pd.Timestamp("2025-01-10")},
           "skm": {"dinas": "nakertransgi", "periode": "2025-S2"},
           "anggaran": {"dinas": "nakertransgi", "tahun": 2025}}[sent]
    tables = {"pegawai": PEGAWAI, "kegiatan": KEGIATAN, "skm": SKM, "anggaran": ANGGARAN}
    tables[sent] = pd.concat([tables[sent], pd.DataFrame([row])], ignore_index=True)
    assert silent_year.note(tables) is None


def test_without_the_optional_tables_the_activities_decide():
    assert "nakertransgi" in (silent_year.note({"pegawai": PEGAWAI, "kegiatan": KEGIATAN}) or "")
