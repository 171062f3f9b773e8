"""Exports in the shapes real systems write them (issue 20): numbers with units and rupiah
decorations, survey-form SKM responses, national-system (SIASN-style) staff downloads.

Small inline frames through the real parsers (``validate.parse_table``) and readers; the whole road
from such exports to a report is tests/integration/test_inbox_shapes.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from evalasn import schema
from evalasn.ingest import numbers, readers, validate
from evalasn.ingest.readers import ROW, RawTable
from evalasn.report import quality


def parsed(table: str, columns: dict[str, list[str]], source: str = "ekspor.csv", decimal_comma: bool = False,
           notes: list[str] | None = None) -> validate.Parsed:
    """``columns`` (text cells as an export holds them) parsed against the raw table ``table``."""
    frame = pd.DataFrame(columns, dtype=object)
    frame[ROW] = range(2, len(frame) + 2)
    raw = RawTable(table, frame, source, Path(source), decimal_comma=decimal_comma, notes=list(notes or []))
    return validate.parse_table(raw, schema.RAW[table])


def column_notes(result: validate.Parsed, column: str) -> str:
    return " | ".join(n for n in result.notes if n.startswith(f"kolom '{column}'"))


def assert_translated(result: validate.Parsed) -> None:
    missing = [n for n in result.notes if quality.translate(n) is None]
    assert not missing, f"notes without an English rule (report/quality.py): {missing}"


# --- numbers as exports write them -------------------------------------------------------------
KEGIATAN = {"kegiatan_id": ["K1", "K2"], "nama_kegiatan": ["A", "B"], "dinas": ["kesehatan"] * 2,
            "metode": ["pelatihan"] * 2, "tema": ["", ""], "tanggal_mulai": ["2025-03-03"] * 2,
            "tanggal_selesai": ["2025-03-05"] * 2}


@pytest.mark.parametrize(("column", "cells", "values", "note", "decimal_comma"), [
    pytest.param("jp", ["40 JP", "24"], [40, 24], "1 angka ditulis dengan satuannya (mis. '40 JP'); satuan dibuang",
                 False, id="jp-unit"),
    pytest.param("jp", ["40JP", "8 jp"], [40, 8], "2 angka ditulis dengan satuannya (mis. '40JP')", False,
                 id="jp-unit-no-space-lower-case"),
    pytest.param("jp", ["12 Jam Pelajaran", "2,5 JPL"], [12, 2.5], "2 angka ditulis dengan satuannya", False,
                 id="jp-unit-spelled-out"),
    pytest.param("anggaran_rp", ["Rp 12.500.000,-", "Rp. 3.000.000"], [12_500_000, 3_000_000],
                 "2 angka ditulis dengan tanda rupiah (mis. 'Rp 12.500.000,-'); tanda dibuang", False,
                 id="rupiah-prefix-and-dash"),
    pytest.param("anggaran_rp", ["165.149.183,00", "1.000.000"], [165_149_183, 1_000_000],
                 "2 angka berformat Indonesia (titik ribuan, koma desimal) dibaca sebagai angka", False,
                 id="indonesian-thousands-decimal-comma"),
    pytest.param("anggaran_rp", ["IDR 12,500,000.00", "1,250,000"], [12_500_000, 1_250_000],
                 "2 angka berformat Inggris (koma ribuan, titik desimal, mis. 'IDR 12,500,000.00')", False,
                 id="english-thousands-commas"),
    pytest.param("anggaran_rp", ["5.000.000 rupiah", "Rp12.500.000,-"], [5_000_000, 12_500_000],
                 "2 angka ditulis dengan tanda rupiah", True, id="rupiah-word-semicolon-file"),
])
def test_numbers_with_units_and_decorations_accepted(column, cells, values, note, decimal_comma):
    frame = {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["1000", "1000"], column: cells}
    result = parsed("kegiatan", frame, decimal_comma=decimal_comma)
    assert not result.violations, result.violations
    assert result.frame[column].tolist() == values
    assert note in column_notes(result, column)
    assert_translated(result)


@pytest.mark.parametrize(("column", "cell", "expected"), [
    pytest.param("jp", "3 jam", "satuan ini bukan JP", id="hours-are-not-jp"),
    pytest.param("anggaran_rp", "40 JP", "yang diterima di kolom ini: Rp, IDR, ,-", id="jp-in-an-amount"),
    pytest.param("jp", "Rp 40", "yang diterima di kolom ini: JP", id="rupiah-in-jp"),
    pytest.param("anggaran_rp", "12,500,000.00", "angka, >= 0", id="english-mixed-with-indonesian"),
])
def test_numbers_with_a_wrong_unit_refused(column, cell, expected):
    frame = {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["1000", "1.000.000,00"]}
    frame[column] = [cell, frame[column][1]]
    result = parsed("kegiatan", frame)
    [problem] = result.violations
    assert (problem.row, problem.column, problem.value) == (2, column, cell)
    assert expected in problem.expected


def test_numbers_in_csv_and_xlsx_text_cells(tmp_path: Path):
    """The LMS CSV and the text cells of an .xlsx give the same numbers and the same notes."""
    header = ["kegiatan_id", "nama_kegiatan", "dinas", "metode", "tema", "tanggal_mulai", "tanggal_selesai", "jp",
              "anggaran_rp"]
    rows = [["K1", "A", "kesehatan", "pelatihan", "", "2025-03-03", "2025-03-05", "40 JP", "Rp 12.500.000,-"],
            ["K2", "B", "kesehatan", "pelatihan", "", "2025-03-03", "2025-03-05", "24 JP", "165.149.183,00"]]
    (tmp_path / "kegiatan.csv").write_text("\n".join(",".join(f'"{c}"' for c in r) for r in [header, *rows]) + "\n",
                                           encoding="utf-8")
    book = openpyxl.Workbook()
    book.active.title = "kegiatan"
    for r in [header, *rows]:
        book.active.append(r)
    (tmp_path / "x").mkdir()
    book.save(tmp_path / "x" / "data.xlsx")
    got = []
    for folder in (tmp_path, tmp_path / "x"):
        [found] = readers.scan(folder, {"kegiatan": schema.RAW["kegiatan"]}).found["kegiatan"]
        result = validate.parse_table(found, schema.RAW["kegiatan"])
        assert not result.violations
        got.append((result.frame["jp"].tolist(), result.frame["anggaran_rp"].tolist(),
                    [n for n in result.notes if "angka" in n]))
    assert got[0] == got[1]
    assert got[0][:2] == ([40, 24], [12_500_000, 165_149_183])


def test_number_hint_only_for_units():
    assert numbers.hint("120", "nilai_pre") is None and numbers.hint("abc", "jp") is None
