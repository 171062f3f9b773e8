"""``make templat``: the explanation first, drop-downs that accept what the check accepts, checks
for scores, dates, periods and NIP, an example row marked as one and skipped when read back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from evalasn import registry, schema
from evalasn.ingest import template
from evalasn.ingest.readers import scan
from evalasn.ingest.validate import normalise_periode


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    return openpyxl.load_workbook(template.write(tmp_path_factory.mktemp("templat") / "templat.xlsx"))


def _rule(book, table: str, column: str):
    """The data validation on the first data cell of ``table.column``."""
    letter = openpyxl.utils.get_column_letter(schema.RAW[table].names.index(column) + 1)
    ws = book[table]
    found = [dv for dv in ws.data_validations.dataValidation if f"{letter}{template.EXAMPLE_ROW}" in dv.sqref]
    assert len(found) == 1, f"{table}.{column}: {len(found)} validations"
    assert (str(found[0].sqref) == f"{letter}{template.EXAMPLE_ROW}:{letter}{template.ROWS_VALIDATED + 1}"
            and found[0].showErrorMessage and found[0].error)
    return found[0]


def test_the_explanation_sheet_comes_first_and_is_the_one_shown(book):
    assert book.sheetnames[0] == template.EXPLAIN_SHEET and book.active.title == template.EXPLAIN_SHEET
    assert book.sheetnames[1:-1] == list(schema.RAW) and book.sheetnames[-1] == template.LISTS_SHEET


def test_the_dinas_drop_down_offers_codes_and_names_the_check_accepts(book):
    for table in ("pegawai", "kegiatan", "skm", "anggaran", "kinerja_unit"):
        rule = _rule(book, table, "dinas")
        sheet, cells = rule.formula1.lstrip("=").split("!")
        first, last = cells.replace("$", "").split(":")
        offered = [c.value for row in book[sheet][first:last] for c in row]
        assert "kesehatan" in offered and "Dinas Kesehatan" in offered
        assert len(offered) == 2 * len(registry.AGENCIES)
        assert all(registry.resolve(value) for value in offered)  # every choice passes the check
        assert rule.errorStyle == "warning"  # other spellings the check accepts are not refused


@pytest.mark.parametrize(("table", "column", "kind", "operator", "formulas"), [
    pytest.param("skm", "u1", "whole", "between", ("1", "4"), id="ikm-element-1-4"),
    pytest.param("peserta", "skor_reaksi", "decimal", "between", ("1", "5"), id="reaction-score-1-5"),
    pytest.param("peserta", "skor_perilaku", "decimal", "between", ("1", "5"), id="behaviour-score-1-5"),
    pytest.param("peserta", "nilai_pre", "decimal", "between", ("0", "100"), id="test-score-0-100"),
    pytest.param("kegiatan", "anggaran_rp", "decimal", "greaterThanOrEqual", ("0", None), id="cost-not-negative"),
    pytest.param("anggaran", "tahun", "whole", "between", None, id="budget-year"),
    pytest.param("kegiatan", "tanggal_mulai", "date", "between",
                 (f"DATE({template.DATE_YEARS[0]},1,1)", f"DATE({template.DATE_YEARS[1]},12,31)"), id="start-date"),
    pytest.param("kegiatan", "tanggal_selesai", "date", "between", None, id="end-date"),
    pytest.param("skm", "periode", "custom", None, None, id="survey-period"),
    pytest.param("kinerja_unit", "periode", "custom", None, None, id="indicator-period"),
    pytest.param("pegawai", "nip", "custom", None, None, id="nip-18-digits"),
    pytest.param("pegawai", "jenis_jabatan", "list", None, None, id="position-type-list"),
])
def test_every_checkable_column_has_its_validation(book, table, column, kind, operator, formulas):
    rule = _rule(book, table, column)
    assert (rule.type, rule.operator) == (kind, operator)
    if formulas:
        assert (rule.formula1, rule.formula2) == formulas
    col = schema.RAW[table].column(column)
    assert rule.allow_blank == col.nullable and rule.prompt and len(rule.prompt) <= 255


def test_codes_nip_and_periods_are_text_cells_and_dates_date_cells(book):
    for table, column, number_format in (("pegawai", "nip", "@"), ("kegiatan", "kegiatan_id", "@"),
                                         ("skm", "periode", "@"), ("kegiatan", "tanggal_mulai", "yyyy-mm-dd")):
        letter = openpyxl.utils.get_column_letter(schema.RAW[table].names.index(column) + 1)
        assert book[table].column_dimensions[letter].number_format == number_format, (table, column)
        assert book[table][f"{letter}2"].number_format == number_format, (table, column)


def test_the_example_row_is_marked_and_skipped_when_read_back(tmp_path):
    target = template.write(tmp_path / "raw" / "templat.xlsx")
    book = openpyxl.load_workbook(target)
    for table in schema.RAW:
        ws = book[table]
        assert "CONTOH" in ws["A2"].comment.text and ws["B2"].font.i
    found = scan(tmp_path / "raw", schema.RAW)
    assert not found.problems and set(found.found) == set(schema.RAW)
    assert all(len(raw.frame) == 0 for raws in found.found.values() for raw in raws)
    assert sum("1 baris contoh dari templat" in n for raws in found.found.values() for raw in raws
               for n in raw.notes) == len(schema.RAW)
    pegawai = book["pegawai"]  # a real row below the example is read; so is an example row that was edited
    for number, value in enumerate(["199001012015031002", None, "Dinas Sosial", "Panti Sosial", "pelaksana", "III/a",
                                    "PNS"], 1):
        pegawai.cell(row=3, column=number, value=value)
    pegawai["D2"] = "Sudin Kesehatan Jakarta Barat"
    book.save(target)
    [raw] = scan(tmp_path / "raw", schema.RAW).found["pegawai"]
    assert raw.frame["_baris"].tolist() == [2, 3]


PERIODS = ["2025", "2025-S1", "2025-s2", "2025-S3", "2025-Q4", "2025-Q5", "2025-07", "2025-13", "2025-00", "20x5",
           "2025-Q", "2025-1"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed (make system-deps)")
def test_the_period_check_agrees_with_the_reader_in_libreoffice(tmp_path):
    """The custom formula, computed by LibreOffice, accepts exactly the periods the check accepts."""
    book = openpyxl.Workbook()
    ws = book.active
    for number, value in enumerate(PERIODS, 1):
        ws.cell(row=number, column=1, value=value)
        ws.cell(row=number, column=2, value="=" + template.period_formula(f"A{number}"))
    book.save(tmp_path / "periode.xlsx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "csv",
                    "--outdir", str(tmp_path), str(tmp_path / "periode.xlsx")], check=True, capture_output=True,
                   timeout=120)
    computed = dict(line.rsplit(",", 1) for line in Path(tmp_path / "periode.csv").read_text().splitlines())
    assert {p: computed[p.replace('"', "")] == "TRUE" for p in PERIODS} == {
        p: normalise_periode(p) is not None for p in PERIODS}


def test_template_bytes_depend_on_content_not_on_the_clock(tmp_path, monkeypatch):
    """With SOURCE_DATE_EPOCH set, the workbook's dates are that moment and its zip entries carry no build
    date, so `make templat` twice gives the same bytes (the workbook's created date was the clock's)."""
    import zipfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01T00:00:00Z
    first = template.write(tmp_path / "a.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as book:
        core = book.read("docProps/core.xml").decode()
        assert {info.date_time for info in book.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert "2025-01-01T00:00:00Z" in core and core.count("2025-01-01T00:00:00Z") == 2
    assert template.write(tmp_path / "b.xlsx").read_bytes() == first


def test_template_without_source_date_carries_no_build_date(tmp_path, monkeypatch):
    import zipfile

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with zipfile.ZipFile(template.write(tmp_path / "a.xlsx")) as book:
        assert book.read("docProps/core.xml").decode().count("2026-01-01T00:00:00Z") == 2
