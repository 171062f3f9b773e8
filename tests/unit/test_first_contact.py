"""First contact with new exports: the draft mapping, the check, the template, output names and
the removal of outputs that no longer match the data."""

from __future__ import annotations

import json

import openpyxl
import pytest
import yaml

from evalasn import constants, schema
from evalasn.ingest import check, draft, mapping, problems, template
from evalasn.ingest.readers import data_files
from evalasn.paths import project
from evalasn.run.outputs import prune
from tests.exports import SIMDIKLAT, SIMPEG, write_exports


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """A root whose data/raw holds SIMPEG- and SIMDIKLAT-shaped workbooks (no mapping yet)."""
    root = tmp_path_factory.mktemp("ekspor")
    raw = project(root).raw
    raw.mkdir(parents=True)
    write_exports(raw, n_pegawai=120)
    return root


def _draft(exports, tmp_path):
    root = tmp_path / "r"
    (root / "data").mkdir(parents=True)
    import shutil

    shutil.copytree(project(exports).raw, project(root).raw)
    return project(root)


def test_draft_maps_sheets_to_tables_and_flags_every_guess(exports, tmp_path):
    paths = _draft(exports, tmp_path)
    target, summary = draft.write(paths)
    assert target == paths.mapping
    text = target.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    tables = {(e["file"], e["sheet"]): e["tabel"] for e in data["sumber"]}
    assert tables == {(SIMPEG, "Sheet1"): "pegawai", (SIMDIKLAT, "Rekap Diklat"): "kegiatan",
                      (SIMDIKLAT, "Peserta LMS"): "peserta"}
    pegawai = next(e for e in data["sumber"] if e["tabel"] == "pegawai")
    assert pegawai["kolom"]["Gol/Ruang"] == "golongan" and pegawai["kolom"]["Status Pegawai"] == "status"
    assert pegawai["konstan"] == {"dinas": None}  # no dinas column: left for the evaluator, flagged
    for line in text.splitlines():
        if ": null" in line:
            assert "# PERIKSA:" in line, line
    assert "baris perlu diperiksa" in summary


def test_draft_never_overwrites_a_mapping(exports, tmp_path):
    paths = _draft(exports, tmp_path)
    paths.mapping.write_text("sumber: []\n", encoding="utf-8")
    target, _ = draft.write(paths)
    assert target == paths.mapping_draft and paths.mapping.read_text(encoding="utf-8") == "sumber: []\n"


def test_one_edit_of_the_draft_makes_the_exports_pass_the_check(exports, tmp_path):
    paths = _draft(exports, tmp_path)
    draft.write(paths)
    data = yaml.safe_load(paths.mapping.read_text(encoding="utf-8"))
    for entry in data["sumber"]:
        if "konstan" in entry:
            entry["konstan"]["dinas"] = "kesehatan"
    paths.mapping.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in data_files(paths.raw)}
    result = check.run(paths)
    assert result.violations == [] and result.rows["pegawai"] == 120
    assert {p.name: p.read_bytes() for p in data_files(paths.raw)} == before  # raw is only read
    assert not paths.processed.exists()  # nothing built
    # the SIMDIKLAT export has no resistance column: a warning naming the section, in the problem file
    assert [(w.column, w.kind) for w in result.warnings] == [("skor_resistensi", "peringatan")]
    assert "Resistensi terhadap perubahan" in check.summary(result)
    assert openpyxl.load_workbook(paths.problems_xlsx)[problems.SHEET_ROWS].max_row == 2


def test_check_writes_every_problem_root_causes_first(exports, tmp_path):
    paths = _draft(exports, tmp_path)  # no mapping: no sheet is named as a table
    result = check.run(paths)
    errors = [v for v in result.violations if not v.warning]
    assert errors and all(v.kind == "tabel" for v in errors[:3])
    assert result.violations[:len(errors)] == errors  # root causes first, the warnings after every error
    assert "dilihat dan dilewati" in result.violations[0].expected and "Sheet1" in result.violations[0].expected
    book = openpyxl.load_workbook(paths.problems_xlsx)
    assert book.sheetnames == [problems.SHEET_SUMMARY, problems.SHEET_ROWS]
    assert book[problems.SHEET_ROWS].max_row == len(result.violations) + 1
    assert "make periksa" in check.summary(result) and "masalah-data.xlsx" in check.summary(result)


def test_mapping_mistakes_are_all_reported_with_their_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "pegawai.csv").write_text("nip\n", encoding="utf-8")
    path = raw / "pemetaan.yml"
    path.write_text("sumber:\n  - file: pegawai.csv\n    tabel: pegawi\n  - file: pegawai.csv\n    tabel: pegawai\n"
                    "    konstan:\n      dinas: dinas rahasia\n    warna: biru\n", encoding="utf-8")
    with pytest.raises(mapping.InputError) as error:
        mapping.load(path, schema.RAW, data_files(raw))
    found = {(v.row, v.value) for v in error.value.violations}
    assert {(3, "pegawi"), (6, "dinas rahasia"), (8, "warna")} <= found
    assert all(v.kind == "pemetaan" and v.source == "data/raw/pemetaan.yml" for v in error.value.violations)


def test_template_has_every_table_drop_downs_text_nip_and_explanations(tmp_path):
    target = template.write(tmp_path / "templat.xlsx")
    book = openpyxl.load_workbook(target)
    assert set(schema.RAW) | {template.EXPLAIN_SHEET} <= set(book.sheetnames)
    for name, table in schema.RAW.items():
        ws = book[name]
        assert [c.value for c in ws[1]] == table.names and ws.freeze_panes == "A2"
        validated = {str(rng).split(":")[0].rstrip("0123456789") for dv in ws.data_validations.dataValidation
                     for rng in dv.sqref.ranges}
        for i, col in enumerate(table.columns):
            letter = openpyxl.utils.get_column_letter(i + 1)
            if template.closed_list(col) or col.name in constants.IKM_ELEMENTS:
                assert letter in validated, f"{name}.{col.name} has no drop-down"
            if col.kind == "nip":
                assert ws[f"{letter}3"].number_format == "@" and isinstance(ws[f"{letter}2"].value, str)
    lists = book[template.LISTS_SHEET]
    assert lists.sheet_state == "hidden"
    explained = {(r[0].value.split(" ")[0], r[1].value) for r in book[template.EXPLAIN_SHEET].iter_rows(min_row=4)}
    assert explained == {(t, c.name) for t, table in schema.RAW.items() for c in table.columns}


def test_output_names_carry_year_and_language(tmp_path):
    paths = project(tmp_path)
    assert paths.report_pdf("kesehatan", "id", 2025).name == "laporan-kesehatan-2025.pdf"
    assert paths.report_pdf("kesehatan", "en", 2025).name == "laporan-kesehatan-2025-en.pdf"
    assert paths.hasil("kesehatan", 2024).name == "hasil-2024.json"
    for year in (2023, 2025):
        paths.hasil("kesehatan", year).parent.mkdir(parents=True, exist_ok=True)
        paths.hasil("kesehatan", year).write_text("{}", encoding="utf-8")
    assert paths.hasil_years("kesehatan") == [2023, 2025] and paths.report_html("kesehatan").name.endswith("2025.html")


def _hasil(paths, slug, year, data):
    path = paths.hasil(slug, year)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tahun": year, "provenans": {"data": data}}), encoding="utf-8")
    for name in (f"laporan-{slug}-{year}.pdf", f"laporan-{slug}-{year}-en.html"):
        (paths.report_dir(slug) / name).write_text("x", encoding="utf-8")


def test_outputs_of_other_data_and_of_dinas_no_longer_present_are_removed(tmp_path):
    paths = project(tmp_path)
    real = {"sintetis": False, "file": [{"file": "pegawai.csv", "sha256": "a"}], "pemetaan": None,
            "dinas": ["kesehatan"]}
    paths.provenance.parent.mkdir(parents=True)
    paths.provenance.write_text(json.dumps(real), encoding="utf-8")
    _hasil(paths, "kesehatan", 2025, real)
    _hasil(paths, "kesehatan", 2024, {**real, "sintetis": True})  # from the sample
    _hasil(paths, "kesehatan", 2023, {**real, "file": [{"file": "pegawai.csv", "sha256": "old"}]})  # older data
    _hasil(paths, "provinsi", 2025, {**real, "pemetaan": "another mapping"})
    _hasil(paths, "sosial", 2025, real)  # no longer in the data
    paths.problems_xlsx.parent.mkdir(parents=True)
    paths.problems_xlsx.write_text("x", encoding="utf-8")
    removed = prune(paths)
    assert paths.hasil_years("kesehatan") == [2025] and (paths.report_dir("kesehatan") /
                                                         "laporan-kesehatan-2025.pdf").exists()
    for year in ("2023", "2024"):
        assert not list(paths.report_dir("kesehatan").glob(f"*{year}*"))
    assert not paths.report_dir("sosial").exists() and paths.hasil_years("provinsi") == []
    assert paths.problems_xlsx.exists()  # not a report folder
    assert len(removed) == 1 + 3 * 3


def test_dinas_is_checked_against_the_data_only_when_the_raw_data_have_not_changed(tmp_path, capsys):
    """A dinas in a new raw file is not refused before cleaning: with the raw-data manifest newer than
    the cleaned data, DINAS is checked against the registry now and against the data after cleaning."""
    import os
    import time

    from evalasn.run.cli import main

    paths = project(tmp_path)
    paths.provenance.parent.mkdir(parents=True)
    paths.provenance.write_text(json.dumps({"dinas": ["kesehatan"], "tahun_kegiatan": [2025]}), encoding="utf-8")
    paths.raw_manifest.parent.mkdir(parents=True)
    paths.raw_manifest.write_text("abc  ./pegawai.csv\n", encoding="utf-8")
    old = time.time() - 100
    os.utime(paths.raw_manifest, (old, old))
    args = ["--root", str(tmp_path), "check", "--dinas", "Dinas Sosial"]
    assert main(args) == 2 and "tidak ada dalam data" in capsys.readouterr().err
    os.utime(paths.raw_manifest, None)  # the raw data changed after the last clean
    assert main(args) == 0
    assert main(["--root", str(tmp_path), "check", "--dinas", "sosal"]) == 2
    assert "Maksud Anda: sosial?" in capsys.readouterr().err


@pytest.mark.parametrize("written, slug", [
    ("Dinas Kesehatan Provinsi DKI Jakarta", "kesehatan"), ("DINAS SOSIAL PROV. DKI JAKARTA", "sosial"),
    ("Dinkes Prov DKI Jakarta", "kesehatan"), ("Jakarta", None),
], ids=["official-name-with-province", "upper-case-prov", "alias-with-province", "province-alone"])
def test_dinas_written_with_the_province(written, slug):
    from evalasn import registry

    assert registry.resolve(written) == slug


@pytest.mark.parametrize("written, golongan", [
    ("Penata Muda (III/a)", "III/a"), ("Pembina, IV/a", "IV/a"), ("III.b", "III/b"), ("IIIc", "III/c"), ("2d", "II/d"),
    ("Juru", None), ("V/a", None),
], ids=["pangkat-with-golongan", "pangkat-comma", "dot", "no-separator", "arabic", "pangkat-alone", "no-such-rank"])
def test_golongan_as_exports_write_it(written, golongan):
    from pathlib import Path

    import pandas as pd

    from evalasn.ingest.readers import RawTable
    from evalasn.ingest.validate import _category

    raw = RawTable("pegawai", pd.DataFrame(), "pegawai.csv", Path("pegawai.csv"))
    values, bad, _ = _category(pd.Series([written]), schema.RAW["pegawai"].column("golongan"), raw)
    assert (None if pd.isna(values.iat[0]) else values.iat[0]) == golongan and bool(bad.iat[0]) == (golongan is None)


@pytest.mark.parametrize(("used", "said"), [
    pytest.param("data/raw", "DATA SINTETIS di data/raw/ (ada berkas penanda SINTETIS.txt)", id="marked-files-in-raw"),
    pytest.param("build/contoh", "DATA SINTETIS (data/raw/ kosong: contoh bawaan)", id="raw-empty-built-in-sample"),
])
def test_the_console_says_where_synthetic_data_came_from(used, said):
    """REVIEW2 19: 'dari DATA SINTETIS (data/raw/ kosong)' while data/raw/ held 7 generated files with the marker."""
    from evalasn.run.cli import synthetic_source

    assert synthetic_source(used, "data/raw") == said
