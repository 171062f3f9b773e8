"""Exports in the shapes real systems write them (issue 20): numbers with units and rupiah
decorations, survey-form SKM responses, national-system (SIASN-style) staff downloads.

Small inline frames through the real parsers (``validate.parse_table``) and readers; the whole road
from such exports to a report is tests/integration/test_inbox_shapes.py.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml

from evalasn import constants, schema
from evalasn.ingest import draft, mapping, numbers, readers, survey, validate
from evalasn.ingest.errors import InputError
from evalasn.ingest.readers import ROW, RawTable
from evalasn.report.words import quality
from evalasn.schema_aliases import IKM_LABELS


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
    assert not missing, f"notes without an English rule (report/words/quality.py): {missing}"


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
    pytest.param("anggaran_rp", "12,500,000.00", "angka, ≥ 0", id="english-mixed-with-indonesian"),
])
def test_numbers_with_a_wrong_unit_refused(column, cell, expected):
    frame = {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["1000", "1.000.000,00"]}
    frame[column] = [cell, frame[column][1]]
    result = parsed("kegiatan", frame)
    [problem] = result.violations
    assert (problem.row, problem.column, problem.value) == (2, column, cell)
    assert expected in problem.expected


@pytest.mark.parametrize("cell", [pytest.param("", id="empty"), pytest.param("-", id="dash-marker")])
def test_an_empty_cost_is_a_cost_not_recorded(cell):
    """CHECK12 C12-7: an empty anggaran_rp stopped the build while every report calls 'Rp 0 atau kosong' a cost not
    recorded; it is read as empty (NaN), which analysis.budget.recorded_cost counts among the unrecorded."""
    from evalasn.analysis import budget

    result = parsed("kegiatan", {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["1000", cell]})
    assert not result.violations, result.violations
    assert result.frame["anggaran_rp"].iloc[0] == 1000 and pd.isna(result.frame["anggaran_rp"].iloc[1])
    assert budget.recorded_cost(result.frame["anggaran_rp"]).tolist() == [True, False]
    assert_translated(result)


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


@pytest.mark.parametrize(("table", "columns", "decimal_comma", "column", "says"), [
    # CHECK14 E14-8: '12,500,000.00' in a ';' file of Indonesian amounts got only "angka, ≥ 0"
    pytest.param("kegiatan", {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["19.084.000,00", "12,500,000.00"]},
                 True, "anggaran_rp", "angka berformat Inggris (koma ribuan, titik desimal) di kolom berformat "
                 "Indonesia (titik ribuan, koma desimal; satu kolom, satu format): tulis '12.500.000,00'",
                 id="english-amount-in-indonesian-file"),
    pytest.param("kegiatan", {**KEGIATAN, "jp": ["24", "24"], "anggaran_rp": ["165.149.183,00", "Rp 1,250,000"]},
                 False, "anggaran_rp", "tulis '1.250.000'", id="english-amount-beside-indonesian-ones"),
    # ... and '2025/2026' as a budget year was blamed on a unit or a currency sign
    pytest.param("anggaran", {"dinas": ["kesehatan"] * 2, "tahun": ["2025", "2025/2026"], "pagu_rp": ["10", "10"],
                              "realisasi_rp": ["8", "8"]},
                 False, "tahun", "rentang tahun; tulis satu tahun, mis. '2025'", id="fiscal-year-range"),
    pytest.param("kegiatan", {**KEGIATAN, "jp": ["24", "12/5"]}, False, "jp",
                 "tanda '/' bukan bagian dari angka; tulis satu angka", id="slash-between-digits"),
    # the range of an Indonesian message with a decimal comma, as the files write it ('0.5–1000' was printed)
    pytest.param("kegiatan", {**KEGIATAN, "jp": ["24", "abc"]}, False, "jp", "angka, 0,5–1000", id="range-comma"),
])
def test_a_refused_number_says_what_is_wrong_with_its_writing(table, columns, decimal_comma, column, says):
    result = parsed(table, columns, decimal_comma=decimal_comma)
    [problem] = [v for v in result.violations if v.column == column]
    assert says in problem.expected, problem.expected
    assert "tanpa satuan atau tanda mata uang" not in problem.expected


def test_an_english_amount_refused_for_its_value_is_not_blamed_on_its_format():
    """A negative amount in English format is refused for being below 0, which the expectation says; its writing is
    not the problem."""
    assert numbers.hint("-12,500,000", "anggaran_rp", 0.0, None) is None
    assert "tulis '12.500.000'" in (numbers.hint("12,500,000", "anggaran_rp", 0.0, None) or "")


# --- survey forms: answer labels ------------------------------------------------------------------
SKM = {"dinas": ["kesehatan"] * 4, "unit_kerja": ["Puskesmas A"] * 4, "periode": ["2025-S1"] * 4,
       "responden_id": ["R1", "R2", "R3", "R4"], **{u: ["3"] * 4 for u in constants.IKM_ELEMENTS}}


@pytest.mark.parametrize("element", list(IKM_LABELS))
def test_questionnaire_labels_read_as_scores_for_every_element(element):
    result = parsed("skm", {**SKM, element: list(IKM_LABELS[element])})
    assert not result.violations, result.violations
    assert result.frame[element].tolist() == [1, 2, 3, 4]
    assert "4 jawaban berupa label kuesioner PermenPAN-RB 14/2017 dibaca sebagai skor 1–4" in column_notes(result,
                                                                                                      element)
    assert "label unsur lain" not in column_notes(result, element)
    assert_translated(result)


@pytest.mark.parametrize(("element", "cells", "scores"), [
    pytest.param("u1", ["  SANGAT   sesuai ", "tidak SESUAI", "Kurang Sesuai.", "sesuai"], [4, 1, 2, 3],
                 id="case-and-spacing"),
    pytest.param("u7", ["Sopan & Ramah", "sangat sopan, ramah", "Kurang sopan dan ramah", "4"], [3, 4, 2, 4],
                 id="ampersand-comma-for-dan"),
    pytest.param("u8", ["Ada tapi tidak berfungsi", "Dikelola Dengan Baik", "Tidak Ada", "Berfungsi kurang maksimal"],
                 [2, 4, 1, 3], id="tapi-for-tetapi"),
    pytest.param("u1", ["a. Tidak sesuai", "d. Sangat sesuai", "4) Sangat sesuai", "Sesuai (3)"], [1, 4, 4, 3],
                 id="enumerated-answers"),
    pytest.param("u4", ["4 - Gratis", "(c) Murah", "2: Cukup mahal", "1 – Sangat mahal"], [4, 3, 2, 1],
                 id="numbered-answers"),
])
def test_questionnaire_labels_as_forms_write_them(element, cells, scores):
    result = parsed("skm", {**SKM, element: cells})
    assert not result.violations, result.violations
    assert result.frame[element].tolist() == scores


def test_labels_of_another_element_are_read_and_flagged():
    result = parsed("skm", {**SKM, "u2": ["Sesuai", "Sangat sesuai", "Mudah", "3"]})
    assert result.frame["u2"].tolist() == [3, 4, 3, 3]
    assert "label unsur lain ('Sangat sesuai', 'Sesuai': label U1/U5); periksa pemetaan kolomnya" in column_notes(
        result, "u2")
    assert_translated(result)


def test_unknown_answer_label_names_the_element_labels():
    result = parsed("skm", {**SKM, "u9": ["Baik", "Puas", "Sangat baik", "Buruk"]})
    [problem] = result.violations
    assert (problem.row, problem.column, problem.value) == (3, "u9", "Puas")
    assert "label kuesioner PermenPAN-RB 14/2017 untuk U9 (Buruk, Cukup, Baik, Sangat baik)" in problem.expected
    assert "'nilai:'" in problem.expected


def test_other_label_sets_go_through_the_mapping_values(tmp_path: Path):
    header = ["Unit", "Periode", "No Responden", *[f"U{i}" for i in range(1, 10)]]
    rows = [["Puskesmas A", "2025-S1", f"R{i}", "Sangat Puas", "Puas", *["3"] * 7] for i in range(3)]
    (tmp_path / "survei.csv").write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    (tmp_path / "pemetaan.yml").write_text(
        'sumber:\n  - file: survei.csv\n    tabel: skm\n    konstan: {dinas: kesehatan}\n'
        '    nilai:\n      u1: {"Sangat puas": 4}\n      u2: {"Puas": 3}\n', encoding="utf-8")
    table_map = mapping.load(tmp_path / "pemetaan.yml", schema.RAW, readers.data_files(tmp_path))
    found = readers.scan(tmp_path, schema.RAW, table_map)
    [part] = found.found["skm"]
    result = validate.parse_table(part, schema.RAW["skm"])
    assert not found.problems and not result.violations, result.violations
    assert result.frame["u1"].tolist() == [4] * 3 and result.frame["u2"].tolist() == [3] * 3


# --- survey forms: submission times as periods -----------------------------------------------------
@pytest.mark.parametrize(("cell", "unit", "period"), [
    pytest.param("7/10/2024 12:57:11", None, "2024-S2", id="google-forms-day-first-semester-default"),
    pytest.param("7/10/2024 12:57:11", "triwulan", "2024-Q4", id="quarter"),
    pytest.param("7/10/2024 12:57:11", "bulan", "2024-10", id="month"),
    pytest.param("7/10/2024 12:57:11", "tahun", "2024", id="year"),
    pytest.param("12/3/2025 8:05", None, "2025-S1", id="day-first-12-march"),
    pytest.param("2024-10-07T12:57:11", None, "2024-S2", id="xlsx-datetime-cell"),
    pytest.param("2024/10/07 11:57:11 PM GMT+7", None, "2024-S2", id="forms-csv-download"),
    pytest.param("07-10-24 08.30 WIB", "triwulan", "2024-Q4", id="two-digit-year-and-wib"),
    pytest.param("7 Oktober 2024 12:57", None, "2024-S2", id="month-name-with-time"),
    pytest.param("45572.5394", "bulan", "2024-10", id="excel-serial-with-time"),
    pytest.param("Senin, 7 Oktober 2024 12.57", None, "2024-S2", id="weekday-and-dotted-time"),
    pytest.param("2024-10-07 12:57:11.250", "triwulan", "2024-Q4", id="iso-with-fraction-of-a-second"),
    pytest.param("2024-S2", "bulan", "2024-S2", id="a-period-stays-a-period"),
])
def test_submission_times_binned_into_survey_periods(cell, unit, period):
    frame = pd.DataFrame({**SKM, "periode": [cell] * 4}, dtype=object)
    frame[ROW] = range(2, 6)
    raw = RawTable("skm", frame, "form.csv", Path("form.csv"), period_unit=unit)
    result = validate.parse_table(raw, schema.RAW["skm"])
    assert not result.violations, result.violations
    assert result.frame["periode"].tolist() == [period] * 4
    if period != cell:
        assert f"4 tanggal dikelompokkan per {unit or 'semester'} (mis. '{cell}' → {period})" in column_notes(
            result, "periode")
    assert_translated(result)


@pytest.mark.parametrize(("cell", "expected"), [
    pytest.param("10/25/2024 10:00:00", "format Amerika", id="month-first-in-a-day-first-column"),
    pytest.param("31/02/2025 10:00", "tidak ada di kalender", id="impossible-day"),
    pytest.param("Semester ganjil", "periode YYYY, YYYY-S1/S2", id="not-a-period"),
])
def test_unreadable_submission_times_refused(cell, expected):
    result = parsed("skm", {**SKM, "periode": ["17/10/2024 12:57:11", cell, "2025-S1", "2025-S1"]})
    [problem] = result.violations
    assert (problem.row, problem.column, problem.value) == (3, "periode", cell)
    assert expected in problem.expected


def test_a_month_first_column_is_read_month_first_and_said():
    """An export made with English settings: no first number above 12, some second number above 12."""
    cells = ["10/7/2024 12:57:11", "10/25/2024 10:00:00", "3/5/2025 8:00:00", "10/7/2024 13:00:00"]
    result = parsed("skm", {**SKM, "periode": cells})
    assert not result.violations
    assert result.frame["periode"].tolist() == ["2024-S2", "2024-S2", "2025-S1", "2024-S2"]
    assert ("4 tanggal ditulis bulan/hari/tahun (format Amerika: tidak ada angka pertama di atas 12, ada angka "
            "kedua di atas 12); dibaca bulan lebih dulu") in column_notes(result, "periode")
    assert_translated(result)


@pytest.mark.parametrize(("written", "period"), [("Triwulan", "2024-Q4"), ("quarter", "2024-Q4"),
                                                 ("bulanan", "2024-10"), ("tahun", "2024")])
def test_period_unit_in_the_mapping_read_through(tmp_path: Path, written, period):
    header = ["Timestamp", "Unit", *[f"U{i}" for i in range(1, 10)]]
    (tmp_path / "form.csv").write_text(",".join(header) + "\n7/10/2024 12:57:11,Puskesmas A," + ",".join(["3"] * 9)
                                       + "\n", encoding="utf-8")
    (tmp_path / "pemetaan.yml").write_text("sumber:\n  - file: form.csv\n    tabel: skm\n    konstan: {dinas: "
                                           f"kesehatan}}\n    satuan_periode: {written}\n", encoding="utf-8")
    table_map = mapping.load(tmp_path / "pemetaan.yml", schema.RAW, readers.data_files(tmp_path))
    [part] = readers.scan(tmp_path, schema.RAW, table_map).found["skm"]
    assert validate.parse_table(part, schema.RAW["skm"]).frame["periode"].tolist() == [period]


def test_period_unit_in_the_mapping_is_checked(tmp_path: Path):
    (tmp_path / "form.csv").write_text("Timestamp\n7/10/2024 12:57:11\n", encoding="utf-8")
    (tmp_path / "pemetaan.yml").write_text("sumber:\n  - file: form.csv\n    tabel: skm\n"
                                           "    satuan_periode: mingguan\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        mapping.load(tmp_path / "pemetaan.yml", schema.RAW, readers.data_files(tmp_path))
    assert "satuan_periode harus salah satu dari: semester, triwulan, bulan, tahun" in str(caught.value)


# --- survey forms: respondent ids ----------------------------------------------------------------
def test_respondent_id_made_from_file_and_row_when_absent(tmp_path: Path):
    """The id names the file, sheet and spreadsheet row, and is the same on every run."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "skm"
    ws.append(["Survei Kepuasan Masyarakat"])
    ws.append(["dinas", "unit_kerja", "Timestamp", *[f"U{i} {n}" for i, n in enumerate(
        constants.IKM_ELEMENTS.values(), 1)], "Jenis Kelamin"])
    for day in (7, 8):
        ws.append(["kesehatan", "Puskesmas A", f"{day}/10/2024 12:57:11", *["Sangat sesuai"] * 9, "P"])
    book.save(tmp_path / "form.xlsx")
    ids = []
    for _ in range(2):
        [found] = readers.scan(tmp_path, {"skm": schema.RAW["skm"]}).found["skm"]
        result = validate.parse_table(found, schema.RAW["skm"])
        ids.append(result.frame["responden_id"].tolist())
    assert ids[0] == ids[1] == ["form.xlsx, sheet skm #3", "form.xlsx, sheet skm #4"]
    assert "kolom 'responden_id' tidak ada; dibuat dari nama file dan nomor baris untuk 2 responden" in " ".join(
        result.notes)
    assert "jenis_kelamin" not in found.frame and result.frame["u1"].tolist() == [4, 4]  # personal: dropped
    assert not result.violations
    assert_translated(result)


# --- national-system (SIASN-style) staff downloads -----------------------------------------------
SIASN_HEADER = ["PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "TEMPAT LAHIR",
                "JENIS KELAMIN", "GOL AKHIR NAMA", "JENIS JABATAN NAMA", "JABATAN NAMA", "UNOR NAMA",
                "INSTANSI KERJA NAMA", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM NAMA", "ALAMAT"]
SIASN_ROWS = [
    ["8ae4-01", "19900325 201307 1 137", "Budi", "", "S.Kom", "25-03-1990", "Jakarta", "Pria", "III/b",
     "Jabatan Fungsional Tertentu", "Pranata Komputer", "Puskesmas Tebet", "Pemerintah Provinsi DKI Jakarta",
     "PNS Daerah", "Aktif", "Jl. Contoh 1"],
    ["8ae4-02", "198503122010012004", "Sari", "dr.", "", "12-03-1985", "Bogor", "Wanita", "IV/a",
     "Jabatan Struktural", "Kepala Seksi", "Dinas Kesehatan", "Pemerintah Provinsi DKI Jakarta", "PNS Daerah",
     "Aktif", "Jl. Contoh 2"],
    ["8ae4-03", "199204152022212001", "Rina", "", "", "15-04-1992", "Depok", "Wanita", "IX",
     "Jabatan Fungsional Umum", "Pengadministrasi", "Puskesmas Tebet", "Pemerintah Provinsi DKI Jakarta", "PPPK",
     "Aktif", "Jl. Contoh 3"],
]


def siasn_book(path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "pegawai"
    for row in [SIASN_HEADER, *SIASN_ROWS]:
        book.active.append(row)
    book.save(path)


def test_siasn_download_read_by_its_own_headers(tmp_path: Path):
    """Known headers and labels; status from JENIS PEGAWAI NAMA; personal columns dropped when read."""
    siasn_book(tmp_path / "siasn.xlsx")
    rows = [dict(zip(SIASN_HEADER, r, strict=True)) for r in SIASN_ROWS]
    for r in rows:
        r["dinas"] = "kesehatan"
    [found] = readers.scan(tmp_path, {"pegawai": schema.RAW["pegawai"]}).found["pegawai"]
    found.frame["dinas"] = "kesehatan"
    result = validate.parse_table(found, schema.RAW["pegawai"])
    assert not result.violations, result.violations
    frame = result.frame
    assert frame["status"].tolist() == ["PNS", "PNS", "PPPK"]
    assert frame["jenis_jabatan"].tolist() == ["fungsional", "struktural", "pelaksana"]
    assert frame["golongan"].tolist()[:2] == ["III/b", "IV/a"] and pd.isna(frame["golongan"].iat[2])  # PPPK grade
    assert frame["nip"].iat[2] == "199204152022212001"  # a PPPK's number: year of appointment, agreement code 21
    assert frame["unit_kerja"].tolist() == ["Puskesmas Tebet", "Dinas Kesehatan", "Puskesmas Tebet"]
    assert frame["nip"].iat[0] == "199003252013071137"
    gone = {"pns_id", "gelar_depan", "gelar_belakang", "tanggal_lahir", "tempat_lahir", "jenis_kelamin", "alamat",
            "kedudukan_hukum_nama"}
    assert not gone & set(found.frame.columns)
    notes = " | ".join(result.notes)
    assert ("kolom data pribadi yang tidak diperlukan kontrak dibuang saat dibaca (tidak diproses, tidak "
            "dilaporkan): pns_id, gelar_depan, gelar_belakang, tanggal_lahir, tempat_lahir, jenis_kelamin") in notes
    assert "kolom 'kedudukan_hukum_nama' diabaikan: kedudukan hukum (mis. Aktif, CLTN), bukan status" in notes
    assert "kolom 'golongan': 1 golongan PPPK (mis. 'IX', golongan I–XVII Perpres 98/2020) dibaca sebagai kosong" \
        in notes
    assert_translated(result)


def test_legal_standing_as_status_is_refused_with_the_reason():
    result = parsed("pegawai", {"nip": ["199003252013071137"], "dinas": ["kesehatan"], "unit_kerja": ["A"],
                                "jenis_jabatan": ["JFT"], "status": ["Aktif"]})
    [problem] = result.violations
    assert problem.column == "status" and "kedudukan hukum, bukan status kepegawaian" in problem.expected


# --- the draft mapping --------------------------------------------------------------------------------
REGULATION_QUESTIONS = [  # PermenPAN-RB 14/2017's questionnaire: sarana is asked 8th, pengaduan 9th
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
SHORT_HEADERS = [(f"{u.upper()} {name}", u) for u, name in constants.IKM_ELEMENTS.items()]
OTHER_WORDINGS = [("Kejelasan persyaratan administrasi", "u1"), ("Kemudahan alur pelayanan", "u2"),
                  ("Ketepatan jangka waktu penyelesaian", "u3"), ("Kewajaran tarif", "u4"),
                  ("Kesesuaian hasil pelayanan dengan standar", "u5"), ("Kemampuan petugas", "u6"),
                  ("Kesopanan dan keramahan petugas", "u7"), ("Ketersediaan sarana pengaduan", "u8"),
                  ("Kenyamanan ruang tunggu dan fasilitas", "u9")]


def form_sheet(questions: list[tuple[str, str]], first: list[str], first_cells: list[str], name="form.xlsx"
               ) -> draft.Sheet:
    header = [*first, *(q for q, _ in questions)]
    rows = [[*first_cells, *(IKM_LABELS[u][(i + k) % 4] for k, (_, u) in enumerate(questions))] for i in range(8)]
    if first[0] in ("Timestamp", "Cap waktu", "Tanggal", "Waktu kunjungan"):
        for i, row in enumerate(rows):
            row[0] = f"{i + 1}/10/2024 12:57:{i:02d}"
    return draft.Sheet(name, "Form Responses 1", [header, *rows])


def proposed(sheet: draft.Sheet) -> tuple[draft.Proposal, dict[str, str | None], dict[str, str]]:
    [proposal] = draft.propose([sheet])
    return (proposal, {h: c for h, c, _ in proposal.columns}, {h: comment or "" for h, _, comment in proposal.columns})


@pytest.mark.parametrize("questions", [
    pytest.param(REGULATION_QUESTIONS, id="regulation-question-sentences"),
    pytest.param(SHORT_HEADERS, id="short-headers-U1-Persyaratan"),
    pytest.param(OTHER_WORDINGS, id="other-wordings-by-keywords"),
    pytest.param(list(reversed(OTHER_WORDINGS)), id="other-wordings-other-order"),
])
def test_draft_recognises_the_nine_elements(questions):
    profile = ["Timestamp", "Jenis Kelamin", "Usia", "Pendidikan", "Pekerjaan", "Saran dan masukan"]
    proposal, columns, comments = proposed(form_sheet(questions, profile, ["", "Perempuan", "34", "SMA", "Swasta",
                                                                           "lebih cepat"]))
    assert proposal.table == "skm"
    assert {q: columns[q] for q, _ in questions} == dict(questions)
    assert columns["Timestamp"] == "periode" and proposal.period_unit == "semester"
    assert all(columns[p] is None and draft.CHECK not in (comments[p] or "x") for p in profile[1:])
    assert not [q for q, _ in questions if comments[q] and draft.CHECK in comments[q]]
    text = draft.render([proposal])
    assert "satuan_periode: semester" in text and "responden_id tidak ada: dibuat dari nama file" in text


def test_draft_recognises_elements_by_their_answers_and_dates_by_their_cells():
    """Headers without keywords: the answers' label set names the element (U1 and U5 share theirs), the
    cells' dates make 'Tanggal' the period; each such guess is marked PERIKSA."""
    questions = [("Pertanyaan A", "u3"), ("Pertanyaan B", "u1"), ("Pertanyaan C", "u5"), ("Pertanyaan D", "u9")]
    proposal, columns, comments = proposed(form_sheet(questions, ["Tanggal"], [""], name="skm-unit.xlsx"))
    assert {q: columns[q] for q, _ in questions} == dict(questions)
    assert all(draft.CHECK in comments[q] for q, _ in questions)
    assert columns["Tanggal"] == "periode" and proposal.period_unit == "semester"


def test_draft_maps_a_siasn_download_without_edits():
    sheet = draft.Sheet("SIASN_Dinkes_2025.xlsx", "Sheet1", [SIASN_HEADER, *SIASN_ROWS])
    proposal, columns, comments = proposed(sheet)
    assert proposal.table == "pegawai"
    assert {h: c for h, c in columns.items() if c} == {
        "NIP BARU": "nip", "NAMA": "nama", "GOL AKHIR NAMA": "golongan", "JENIS JABATAN NAMA": "jenis_jabatan",
        "UNOR NAMA": "unit_kerja", "JENIS PEGAWAI NAMA": "status"}
    assert not [h for h, c in comments.items() if c and draft.CHECK in c]
    assert "kedudukan hukum" in comments["KEDUDUKAN HUKUM NAMA"]
    assert "data pribadi" in comments["TANGGAL LAHIR"] and "data pribadi" in comments["PNS ID"]
    assert proposal.constants == [("dinas", "kesehatan", proposal.constants[0][2])]  # from the file name


def test_draft_takes_the_agency_from_a_column_of_agency_names():
    sheet = draft.Sheet("siasn.xlsx", "Sheet1", [[*SIASN_HEADER, "UNOR INDUK NAMA"],
                                                 *[[*r, "Dinas Kesehatan"] for r in SIASN_ROWS]])
    proposal, columns, _ = proposed(sheet)
    assert columns["UNOR INDUK NAMA"] == "dinas" and not proposal.constants


def test_behaviour_score_header_recognised():
    sheet = draft.Sheet("lms.xlsx", "Peserta", [["NIP", "Kode Diklat", "Nilai Pre Test", "Nilai Post Test",
                                                 "Nilai Reaksi", "Nilai Perilaku (Atasan)"],
                                                ["199003252013071137", "K1", "60", "70", "4", "3,5"]])
    _, columns, comments = proposed(sheet)
    assert columns["Nilai Perilaku (Atasan)"] == "skor_perilaku" and comments["Nilai Perilaku (Atasan)"] == ""


def test_participant_scores_recognised_in_longer_headers():
    headers = {"NIP": "nip", "Kode Diklat": "kegiatan_id", "Nilai Pre-Test (0-100)": "nilai_pre",
               "Nilai Post-Test (0-100)": "nilai_post", "Skor Kepuasan Peserta terhadap Penyelenggaraan": "skor_reaksi",
               "Nilai Perilaku Kerja oleh Atasan Langsung": "skor_perilaku"}
    sheet = draft.Sheet("lms.xlsx", "Peserta", [list(headers), ["199003252013071137", "K1", "60", "70", "4", "3"]])
    _, columns, _ = proposed(sheet)
    assert columns == headers


def test_test_scores_in_percent():
    result = parsed("peserta", {"kegiatan_id": ["K1", "K2"], "nip": ["199003252013071137"] * 2,
                                "nilai_pre": ["60 %", "72,5%"], "nilai_post": ["85,5 %", "90"]})
    assert not result.violations, result.violations
    assert result.frame["nilai_pre"].tolist() == [60, 72.5] and result.frame["nilai_post"].tolist() == [85.5, 90]
    assert "2 angka ditulis dengan satuannya (mis. '60 %'); satuan dibuang" in column_notes(result, "nilai_pre")


def test_question_sentences_are_quoted_briefly_in_the_log(tmp_path: Path):
    """A form's headers are whole sentences; the data-quality log (and the report's annex) quotes them cut."""
    questions = [q for q, _ in REGULATION_QUESTIONS]
    header = ["Timestamp", *questions, "Saran dan masukan untuk perbaikan pelayanan kami ke depan"]
    rows = [["7/10/2024 12:57:11", *(IKM_LABELS[u][3] for _, u in REGULATION_QUESTIONS), "-"]]
    (tmp_path / "form.csv").write_text("\n".join(",".join(f'"{c}"' for c in r) for r in [header, *rows]) + "\n",
                                       encoding="utf-8")
    kolom = "".join(f'      "{q}": {u}\n' for q, u in REGULATION_QUESTIONS)
    (tmp_path / "pemetaan.yml").write_text(
        "sumber:\n  - file: form.csv\n    tabel: skm\n    konstan: {dinas: kesehatan, unit_kerja: Puskesmas A}\n"
        f'    kolom:\n      "Timestamp": periode\n{kolom}', encoding="utf-8")
    table_map = mapping.load(tmp_path / "pemetaan.yml", schema.RAW, readers.data_files(tmp_path))
    [part] = readers.scan(tmp_path, schema.RAW, table_map).found["skm"]
    result = validate.parse_table(part, schema.RAW["skm"])
    assert not result.violations, result.violations
    assert result.frame["u9"].tolist() == [4] and result.frame["periode"].tolist() == ["2024-S2"]
    notes = " | ".join(result.notes)
    assert "'1. Bagaimana pendapat Saudara tentang k…' → 'u1'" in notes
    assert not [q for q in questions if q in notes]
    assert "diabaikan (tidak diproses dan tidak dilaporkan): Saran dan masukan untuk perbaikan pelay…" in notes


def test_a_status_column_holding_legal_standing_is_left_out_by_the_draft():
    sheet = draft.Sheet("simpeg.xlsx", "Sheet1", [["NIP", "Nama", "Unit Kerja", "Jenis Jabatan", "Status Pegawai"],
                                                  ["199003252013071137", "Budi", "Puskesmas A", "JFT", "Aktif"],
                                                  ["198503122010012004", "Sari", "Puskesmas A", "JFU", "Aktif"]])
    proposal, columns, comments = proposed(sheet)
    assert columns["Status Pegawai"] is None and "kedudukan hukum" in comments["Status Pegawai"]
    assert "status" not in proposal.values


def test_draft_proposes_scores_for_other_answer_labels():
    """'Tidak puas / Kurang puas / Puas / Sangat puas' is no label set of the regulation: the draft proposes
    the pattern's scores under nilai: (marked PERIKSA); an answer outside any pattern gets none."""
    answers = ["Sangat puas", "Puas", "Kurang puas", "Tidak puas"]
    sheet = form_sheet(SHORT_HEADERS, ["Timestamp"], [""])
    for i, row in enumerate(sheet.rows[1:]):
        row[1] = answers[i % 4]
    sheet.rows[1][2] = "Lumayan"  # u2: not the pattern, no guess
    [proposal] = draft.propose([sheet])
    assert {a: g for a, g, _ in proposal.values["u1"]} == {"Sangat puas": "4", "Puas": "3", "Kurang puas": "2",
                                                            "Tidak puas": "1"}
    assert proposal.values["u2"] == [("Lumayan", None, proposal.values["u2"][0][2])]
    assert "isi skor 1–4" in (proposal.values["u2"][0][2] or "")
    assert all(draft.CHECK in (c or "") for _, _, c in proposal.values["u1"])


def test_draft_tells_answers_from_free_text_and_visit_times():
    """A comment column naming an element ('Alasan ... persyaratan') and a time of visit ('Waktu kunjungan',
    which names U3's word) are not taken for elements when their cells say otherwise."""
    sheet = form_sheet(SHORT_HEADERS, ["Waktu kunjungan", "Alasan jawaban tentang persyaratan"], ["", ""])
    for row in sheet.rows[1:]:
        row[1] = "berkas terlalu banyak, antre lama"
    _, columns, comments = proposed(sheet)
    assert columns["Waktu kunjungan"] == "periode" and columns["U3 Waktu Penyelesaian"] == "u3"
    assert columns["U1 Persyaratan"] == "u1" and columns["Alasan jawaban tentang persyaratan"] is None
    assert draft.CHECK in comments["Alasan jawaban tentang persyaratan"]


@pytest.mark.parametrize(("header", "element"), [
    ("Requirements / Persyaratan", "u1"), ("Service procedure", "u2"), ("Service time", "u3"), ("Cost", "u4"),
    ("Product specification", "u5"), ("Staff competence", "u6"), ("Staff behaviour", "u7"),
    ("Handling of complaints", "u8"), ("Facilities and infrastructure", "u9")])
def test_element_of_an_english_header(header, element):
    assert survey.element_of_header(header)[0] == element


def test_pppk_grades_i_to_iv_blank_only_on_pppk_rows():
    frame = {"nip": ["199003252013071137", "199204152022212001", "198503122010012004"], "dinas": ["kesehatan"] * 3,
             "unit_kerja": ["A"] * 3, "jenis_jabatan": ["JFT"] * 3, "golongan": ["IV", "IV", "XI"],
             "status": ["PNS Daerah", "PPPK", "P3K"]}
    result = parsed("pegawai", frame)
    [problem] = result.violations
    assert (problem.row, problem.column, problem.value) == (2, "golongan", "IV")  # a PNS rank cut short
    assert "2 golongan PPPK (mis. 'IV'" in column_notes(result, "golongan")


def test_forms_csv_download_from_draft_to_parsed_table(tmp_path: Path):
    """A Google Forms CSV download (quoted question sentences with commas, 'YYYY/MM/DD hh:mm:ss PM GMT+7'
    timestamps, an email column, no unit and no respondent id): the draft's mapping, with the unit filled
    in, reads every answer."""
    header = ["Timestamp", "Email Address", "Nama", *(q for q, _ in REGULATION_QUESTIONS), "Kritik, saran"]
    rows = [[f"2025/0{month}/1{month} 0{month}:15:00 PM GMT+7", f"r{month}@contoh.id", f"Responden {month}",
             *(IKM_LABELS[u][month % 4] for _, u in REGULATION_QUESTIONS), "tidak ada"] for month in range(1, 9)]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    (tmp_path / "SKM Dinas Sosial - Jawaban.csv").write_text(out.getvalue(), encoding="utf-8")
    [proposal] = draft.propose(draft.read_sheets(tmp_path / "SKM Dinas Sosial - Jawaban.csv"))
    data = yaml.safe_load(draft.render([proposal]))
    [entry] = data["sumber"]
    assert entry["konstan"] == {"dinas": "sosial", "unit_kerja": None}
    entry["konstan"]["unit_kerja"] = "Panti Sosial A"  # the one edit: the surveyed unit
    (tmp_path / "pemetaan.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    table_map = mapping.load(tmp_path / "pemetaan.yml", schema.RAW, readers.data_files(tmp_path))
    [part] = readers.scan(tmp_path, schema.RAW, table_map).found["skm"]
    result = validate.parse_table(part, schema.RAW["skm"])
    assert not result.violations, result.violations
    assert result.frame["periode"].tolist() == ["2025-S1"] * 6 + ["2025-S2"] * 2
    assert result.frame["u9"].tolist() == [IKM_LABELS["u9"].index(r[10]) + 1 for r in rows]
    assert {"email_address", "nama"}.isdisjoint(part.frame.columns)
