"""Problems a person can act on: one line per file, column and pattern with its count and examples,
the export's own header and column letter beside the contract name, masked personal values, causes
before what follows from them, candidates for a missing column, and warnings for a report section
that a missing or empty column removes."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest

from evalasn import constants, sample
from evalasn.ingest import check, clean, problems
from evalasn.ingest.errors import InputError, Violation, group, locate, mask, shape
from evalasn.paths import ProjectPaths, project
from evalasn.report.words import quality

NIP_PATTERN = re.compile(r"\d{18}")


# --- the summary's grouping, on violations as the checks write them -----------------------------
def _timestamps(count: int) -> list[Violation]:
    expected = "periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM"
    return [Violation("survei.xlsx, sheet Form Responses 1", row, "periode",
                      f"{7 + row % 3}/{10 + row % 15}/2024 {row % 24:02d}:{row % 60:02d}:11", expected,
                      header="Timestamp", letter="A") for row in range(2, 812)]


def test_810_timestamps_are_one_line_with_count_examples_header_and_letter():
    violations = _timestamps(810) + [Violation("survei.xlsx, sheet Form Responses 1", 900, "periode", "semester 3",
                                               "periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM",
                                               header="Timestamp", letter="A")]
    message = str(InputError(violations))
    lines = [line for line in message.splitlines() if "Timestamp" in line]
    assert len(lines) == 2  # the 810 timestamps, and the one value of another shape
    assert (f"kolom 'Timestamp' (A) → periode: 810 baris berisi tanggal-waktu seperti '{violations[0].value}' "
            "(baris 2") in lines[0]
    assert lines[0].count("(baris ") == 3 and lines[0].endswith("— periode YYYY, YYYY-S1/S2, YYYY-Q1..Q4 atau YYYY-MM")
    assert "(811 masalah)" in message


def test_the_summary_is_capped_and_counts_the_rest_by_file_and_column():
    violations = [Violation("kegiatan.csv", row, "nama_kegiatan", None, f"aturan {row}") for row in range(2, 72)]
    message = str(InputError(violations))
    assert message.count("\n  - ") == constants.MAX_ERRORS_LISTED
    assert "... dan 20 masalah lain yang tidak dirinci di sini (kegiatan.csv, kolom 'nama_kegiatan': 20)" in message


@pytest.mark.parametrize(("value", "column", "shown"), [
    pytest.param("198503122010011004", "nip", "…1004", id="nip-last-four-digits"),
    pytest.param("1,98E+17", "nip", "…E+17", id="nip-as-number"),
    pytest.param("Siti Rahmawati", "nama", "S…", id="nama-first-letter"),
    pytest.param("KES-2025-001 / 198503122010011004", "kegiatan_id+nip", "KES-2025-001 / …1004", id="key-of-two"),
    pytest.param("KES-2025-001", "kegiatan_id", "KES-2025-001", id="not-personal"),
])
def test_personal_values_are_masked(value, column, shown):
    assert mask(value, column) == shown


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("7/10/2024 12:57:11", "tanggal-waktu", id="form-timestamp"),
    pytest.param("2024-07-10T12:57:11", "tanggal-waktu", id="iso-timestamp"),
    pytest.param("10/07/2024", "tanggal", id="date"),
    pytest.param("6 Januari 2025", "tanggal", id="named-month"),
    pytest.param("Rp 12.500.000", "angka", id="amount"),
    pytest.param("Sangat sesuai", "teks", id="label"),
    pytest.param("", "kosong", id="blank"),
])
def test_the_shape_of_a_value(value, expected):
    assert shape(value) == expected


def test_a_key_of_two_columns_gets_both_headers_and_letters():
    origins = {("p.xlsx", "kegiatan_id"): ("Kode Diklat", "C"), ("p.xlsx", "nip"): ("NIP", "A")}
    located = locate([Violation("p.xlsx", 5, "kegiatan_id+nip", "K / 198503122010011004", "kunci harus unik")],
                     origins)[0]
    assert (located.header, located.letter) == ("Kode Diklat+NIP", "C+A")
    assert "kolom 'Kode Diklat+NIP' (C+A) → kegiatan_id+nip: nilai 'K / …1004'" in str(located)


# --- through make periksa, on exports with their own headers --------------------------------------
def _read(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


SIMPEG_HEADERS = {"nip": "NIP Baru", "nama": "Nama Lengkap", "dinas": "Lokasi Kerja", "unit_kerja": "Unit Kerja",
                  "jenis_jabatan": "Jenis Jabatan", "golongan": "Gol/Ruang", "status": "Status Pegawai"}


@pytest.fixture(scope="module")
def raw_sample(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("contoh") / "raw"
    sample.generate(raw, n_pegawai=40, dinas=("kesehatan",), respondents_per_unit=3)
    (raw / sample.SYNTHETIC_MARKER).unlink()
    return raw


def _root(tmp_path: Path, raw_sample: Path, map_dinas: bool = True) -> tuple[ProjectPaths, list[list[str]]]:
    """The sample with pegawai as a SIMPEG-like workbook (a number column first, its own headers), a
    mapping, and the NIP of row 3 repeated in row 6."""
    import shutil

    paths = project(tmp_path)
    shutil.copytree(raw_sample, paths.raw)
    rows = _read(paths.raw / "pegawai.csv")
    (paths.raw / "pegawai.csv").unlink()
    rows[5][0] = rows[2][0]  # spreadsheet row 6 repeats the NIP of row 3
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data Pegawai"
    sheet.append(["No"] + [SIMPEG_HEADERS[name] for name in rows[0]])
    for number, row in enumerate(rows[1:], 1):
        sheet.append([number] + row)
    book.save(paths.raw / "simpeg.xlsx")
    mapped = {"NIP Baru": "nip", "Nama Lengkap": "nama", "No": None}
    if map_dinas:
        mapped["Lokasi Kerja"] = "dinas"
    lines = ["sumber:", "  - file: simpeg.xlsx", "    sheet: Data Pegawai", "    tabel: pegawai", "    kolom:"]
    lines += [f"      \"{k}\": {v if v else 'null'}" for k, v in mapped.items()]
    (paths.raw / "pemetaan.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths, rows


def _all_cells(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]


def test_the_problem_file_shows_header_letter_and_masked_nip(tmp_path, raw_sample):
    paths, rows = _root(tmp_path, raw_sample)
    result = check.run(paths)
    duplicate = [v for v in result.violations if v.row == 6 and v.column == "nip"]
    assert duplicate and duplicate[0].kind == "rujukan" and duplicate[0].detail == "sama dengan baris 3"
    book = openpyxl.load_workbook(paths.problems_xlsx)
    per_row = list(book[problems.SHEET_ROWS].iter_rows(values_only=True))
    header = per_row[0]
    found = [dict(zip(header, r, strict=True)) for r in per_row[1:] if r[2] == 6 and r[5] == "nip"]
    assert found == [{"jenis": found[0]["jenis"], "file dan sheet": "simpeg.xlsx, sheet Data Pegawai", "baris": 6,
                      "kolom di ekspor": "NIP Baru", "huruf kolom": "B", "kolom kontrak": "nip",
                      "nilai": "…" + rows[2][0][-4:], "keterangan": "sama dengan baris 3",
                      "yang diharapkan": duplicate[0].expected}]
    nips = {r[0] for r in rows[1:]}
    assert not [c for c in _all_cells(paths.problems_xlsx) for nip in NIP_PATTERN.findall(c) if nip in nips]
    message = check.summary(result)
    assert "simpeg.xlsx, sheet Data Pegawai, baris 6, kolom 'NIP Baru' (B) → nip: nilai '…" in message
    assert not [nip for nip in NIP_PATTERN.findall(message) if nip in nips]


def test_follow_on_problems_come_after_their_cause(tmp_path, raw_sample):
    """The repeated NIP leaves one employee's training rows without a staff row: those come after the
    bad cell and the repeated key, and say that a rejected NIP may be the one meant."""
    paths, _ = _root(tmp_path, raw_sample)
    peserta = _read(paths.raw / "peserta.csv")
    peserta[4][2] = "1000"  # nilai_pre out of range
    _write(paths.raw / "peserta.csv", peserta)
    kinds = [v.kind for v in check.run(paths).violations]
    assert kinds[0] == "nilai" and set(kinds[kinds.index("rujukan"):]) == {"rujukan"}


def test_a_missing_required_column_lists_the_unmapped_headers_as_candidates(tmp_path, raw_sample):
    paths, _ = _root(tmp_path, raw_sample, map_dinas=False)
    result = check.run(paths)
    missing = [v for v in result.violations if v.kind == "kolom" and v.column == "dinas"]
    assert missing and "kolom ekspor yang belum dipetakan (calon): 'Lokasi Kerja' (D)" in missing[0].expected
    assert "'No'" not in missing[0].expected  # mapped to null: deliberately ignored, not a candidate


def test_an_empty_mapped_column_is_a_warning_naming_the_report_section(tmp_path, raw_sample):
    paths, _ = _root(tmp_path, raw_sample)
    pegawai = [v for v in check.run(paths).violations]  # the repeated NIP: fix it first
    assert pegawai
    book = openpyxl.load_workbook(paths.raw / "simpeg.xlsx")
    sheet = book["Data Pegawai"]
    sheet.delete_rows(6)
    book.save(paths.raw / "simpeg.xlsx")
    pegawai_nips = {str(row[1]) for row in sheet.iter_rows(min_row=2, values_only=True)}
    peserta = _read(paths.raw / "peserta.csv")
    column = peserta[0].index("skor_perilaku")
    peserta[0][column] = "Nilai Perilaku (Atasan)"
    kept = [peserta[0]] + [r[:column] + [""] + r[column + 1:] for r in peserta[1:] if r[1] in pegawai_nips]
    _write(paths.raw / "peserta.csv", kept)
    with (paths.raw / "pemetaan.yml").open("a", encoding="utf-8") as handle:
        handle.write("  - file: peserta.csv\n    tabel: peserta\n    kolom:\n"
                     "      \"Nilai Perilaku (Atasan)\": skor_perilaku\n")
    result = check.run(paths)
    assert result.violations == []
    assert [(w.kind, w.column, w.header) for w in result.warnings] == [("peringatan", "skor_perilaku",
                                                                        "Nilai Perilaku (Atasan)")]
    message = check.summary(result)
    assert f"kolom 'Nilai Perilaku (Atasan)' ({chr(ord('A') + column)}) → skor_perilaku" in message
    assert f"kosong di semua {len(kept) - 1} baris: bagian laporan 'Level 3 — Perilaku' tidak dapat dibuat" in message
    assert openpyxl.load_workbook(paths.problems_xlsx)[problems.SHEET_ROWS].max_row == 2  # listed in the file
    log = clean.run(paths).quality_log  # the build goes on; the report's data-quality annex says it
    assert [e["catatan"] for e in log if e["catatan"].startswith(clean.WARNING_PREFIX)] == [
        clean.log_note(result.warnings[0])]
    assert "report section 'Level 3 — Behaviour' cannot be built" in quality.note(clean.log_note(result.warnings[0]),
                                                                                 "en")


def test_810_timestamps_of_a_survey_form_print_as_one_line(tmp_path, raw_sample):
    """A form export whose clock wrote the Buddhist-era year (7/10/2567, as phones set to Thai settings
    do): no survey period can be made of it. 810 values, one summary line, one row of the summary sheet."""
    import shutil

    paths = project(tmp_path)
    shutil.copytree(raw_sample, paths.raw)
    (paths.raw / "skm.csv").unlink()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form Responses 1"
    sheet.append(["Timestamp", "Dinas", "Unit Layanan", "ID"] + [f"U{i}" for i in range(1, 10)])
    for number in range(810):
        stamp = f"{13 + number % 16}/{7 + number % 5}/2567 {number % 24:02d}:{number % 60:02d}:{number % 50:02d}"
        sheet.append([stamp, "kesehatan", "Puskesmas Kecamatan Tebet", f"R{number:04d}"] + [3] * 9)
    book.save(paths.raw / "survei.xlsx")
    (paths.raw / "pemetaan.yml").write_text(
        "sumber:\n  - file: survei.xlsx\n    tabel: skm\n    kolom:\n      Timestamp: periode\n"
        "      Unit Layanan: unit_kerja\n      ID: responden_id\n", encoding="utf-8")
    result = check.run(paths)
    assert len(result.violations) == 810
    lines = [line for line in check.summary(result).splitlines() if "Timestamp" in line]
    assert len(lines) == 1
    assert "survei.xlsx, sheet Form Responses 1, kolom 'Timestamp' (A) → periode: 810 baris berisi tanggal-waktu " \
           "seperti '13/7/2567 00:00:00' (baris 2" in lines[0]
    summary = list(openpyxl.load_workbook(paths.problems_xlsx)[problems.SHEET_SUMMARY].iter_rows(values_only=True))
    assert len(summary) == 2
    row = dict(zip(summary[0], summary[1], strict=True))
    assert (row["kolom di ekspor"], row["huruf kolom"], row["kolom kontrak"], row["jumlah"], row["isi"],
            row["baris spreadsheet"]) == ("Timestamp", "A", "periode", 810, "tanggal-waktu", "2–811")
    assert len(group(result.violations)) == 1
