"""A survey form with its header row and no answers yet (CHECK15 E15-2): a warning naming the form and its
dinas, the build goes on (skm is optional), and no false "kolom wajib tidak ada" for the responden_id made for
every other form; a form pemetaan.yml does not name, whose header is not found, says so first."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from evalasn import schema
from evalasn.ingest import clean, mapping, shapes
from evalasn.ingest.readers import ROW, RawTable, scan
from evalasn.ingest.validate import parse_table
from evalasn.report.words import quality

FORM_HEADER = ["Timestamp", "Unit layanan yang Saudara kunjungi", "1. Bagaimana pendapat Saudara tentang kesesuaian "
               "persyaratan pelayanan?", "2. Bagaimana pemahaman Saudara tentang kemudahan prosedur?"]


def _parsed(table: str, columns: list[str], constants: dict | None = None):
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in [*columns, ROW]})
    raw = RawTable(table, frame, "SKM PRKP (Jawaban).xlsx, sheet Form Responses 1",
                   Path("SKM PRKP (Jawaban).xlsx"), sheet="Form Responses 1", constants=constants or {})
    raw.frame, _ = shapes.adapt(raw.frame, schema.RAW[table], raw.source, ROW)
    return parse_table(raw, schema.RAW[table])


@pytest.mark.parametrize(("constants", "says"), [
    pytest.param({"dinas": "prkp"}, "belum ada jawaban (hanya baris judul); formulir ini belum menambah data IKM Dinas "
                 "Perumahan Rakyat dan Kawasan Permukiman; laporan tetap dibuat", id="dinas-from-the-mapping"),
    pytest.param({}, "belum ada jawaban (hanya baris judul); formulir ini belum menambah data IKM; laporan tetap "
                 "dibuat", id="dinas-column-in-the-form"),
])
def test_a_form_without_answers_is_one_warning_not_a_stop(constants, says):
    columns = [c.name for c in schema.RAW["skm"].columns if c.name != "responden_id"]
    parsed = _parsed("skm", columns, constants)
    assert parsed.violations == []  # neither "tabel hanya berisi baris judul" nor "kolom wajib tidak ada"
    [warning] = parsed.warnings
    assert (warning.source, warning.kind, warning.expected) == (
        "SKM PRKP (Jawaban).xlsx, sheet Form Responses 1", "peringatan", says)
    note = clean.log_note(warning)
    assert note == "PERINGATAN: belum ada jawaban (hanya baris judul)"
    assert quality.translate(note) == "WARNING: no answers yet (header row only)"


def test_a_required_table_with_its_header_only_still_stops():
    parsed = _parsed("pegawai", [c.name for c in schema.RAW["pegawai"].columns])
    assert [v.expected for v in parsed.violations] == ["tabel hanya berisi baris judul, tanpa baris data"]


def _form(raw: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Form Responses 1"
    book.active.append(FORM_HEADER)
    book.save(raw / "SKM PRKP (Jawaban).xlsx")


@pytest.mark.parametrize(("mapped", "says"), [
    pytest.param(True, "tidak ada di data/raw/pemetaan.yml (jalankan make pemetaan lalu salin bagiannya dari "
                       "data/raw/pemetaan.usulan.yml ke pemetaan.yml, atau tandai 'tabel: abaikan'); dibaca menurut "
                       "namanya sebagai tabel skm, tetapi baris berisi nama kolom dinas, unit_kerja, periode",
                 id="not-in-the-mapping"),
    pytest.param(False, "baris judul tidak ditemukan dalam 20 baris pertama; diharapkan baris berisi nama kolom dinas, "
                        "unit_kerja, periode", id="no-mapping-at-all"),
])
def test_a_form_read_by_its_name_only_names_the_missing_mapping_first(tmp_path, mapped, says):
    _form(tmp_path)
    if mapped:
        (tmp_path / "anggaran.csv").write_text("dinas,tahun,pagu_rp,realisasi_rp\nprkp,2025,10,5\n", encoding="utf-8")
        (tmp_path / "pemetaan.yml").write_text('versi: 1\nsumber:\n  - file: "anggaran.csv"\n    tabel: anggaran\n',
                                               encoding="utf-8")
    files = sorted(p for p in tmp_path.iterdir() if p.suffix in (".csv", ".xlsx"))
    found = scan(tmp_path, schema.RAW, mapping.load(tmp_path / "pemetaan.yml", schema.RAW, files))
    [problem] = found.problems
    assert problem.source == "SKM PRKP (Jawaban).xlsx, sheet Form Responses 1"
    assert problem.kind == ("pemetaan" if mapped else "kolom") and says in problem.expected, problem.expected
