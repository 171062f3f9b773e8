"""From SIMPEG/SIMDIKLAT-shaped exports to a report through the Makefile, as an evaluator does it:
``make pemetaan``, one edit of the draft, ``make report DINAS=kesehatan``; then another year and
language beside it, never over it."""

from __future__ import annotations

import pytest
import yaml

from evalasn.paths import project
from tests.exports import write_exports
from tests.integration.helpers import cli, make, makefile_project, pdf_pages, squash


@pytest.fixture(scope="module")
def evaluator(tmp_path_factory):
    """A project folder with the Makefile (sources and the environment linked) and exports in data/raw."""
    root = tmp_path_factory.mktemp("evaluator")
    raw = makefile_project(root)
    write_exports(raw, n_pegawai=200)
    return root


def test_exports_to_report_in_three_steps(evaluator):
    paths = project(evaluator)
    out = make(evaluator, "pemetaan").stdout
    assert "pemetaan.yml" in out and "PERIKSA" in out
    first = make(evaluator, "report", "DINAS=kesehatan", check=False)
    assert first.returncode != 0 and "pemetaan.yml" in first.stderr  # the draft still has a dinas to fill in

    data = yaml.safe_load(paths.mapping.read_text(encoding="utf-8"))  # the one edit: the dinas of the export
    for entry in data["sumber"]:
        if "konstan" in entry:
            entry["konstan"]["dinas"] = "kesehatan"
    paths.mapping.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    assert "sesuai kontrak data" in make(evaluator, "periksa").stdout
    out = make(evaluator, "report", "DINAS=Dinas Kesehatan").stdout
    pdf = paths.report_pdf("kesehatan", "id", 2025)
    assert "reports/kesehatan/laporan-kesehatan-2025.pdf" in out and "hasil-2025.json" in out
    text = squash(" ".join(pdf_pages(pdf)))
    assert "Dinas Kesehatan" in text and "DATA SINTETIS" not in text
    again = make(evaluator, "report", "DINAS=kesehatan").stdout
    assert "clean" not in again and "1 sudah mutakhir" in again


def test_another_year_and_language_never_overwrite(evaluator):
    paths = project(evaluator)
    latest = {p.name: p.read_bytes() for p in paths.report_dir("kesehatan").glob("*2025*")}
    assert "laporan-kesehatan-2025.pdf" in latest, "runs after test_exports_to_report_in_three_steps"
    out = make(evaluator, "report", "DINAS=kesehatan", "TAHUN=2024", "BAHASA=EN").stdout
    assert "laporan-kesehatan-2024-en.pdf" in out
    assert paths.report_pdf("kesehatan", "en", 2024).exists() and paths.hasil("kesehatan", 2024).exists()
    assert {p.name: p.read_bytes() for p in paths.report_dir("kesehatan").glob("*2025*")} == latest
    cli(evaluator, "index")
    index = paths.index("id").read_text(encoding="utf-8")
    assert 'data-v="2024"' in index and 'data-v="2025"' in index


def test_a_province_report_of_one_agency_says_it_describes_that_agency(evaluator):
    """Issue 20.7: with one dinas's exports the 'province' is that dinas: the report says so, ranks none."""
    paths = project(evaluator)
    make(evaluator, "report", "DINAS=provinsi")
    text = squash(" ".join(pdf_pages(paths.report_pdf("provinsi", "id", 2025))))
    assert "Laporan provinsi ini dibangun dari data satu dinas saja (Dinas Kesehatan)" in text
    assert "Data tersedia untuk 1 dari 21 dinas provinsi" in text
    assert "peringkat 1 dari 1" not in text.lower()
    assert "satu dinas saja (Dinas Kesehatan)" in paths.index("id").read_text(encoding="utf-8")
