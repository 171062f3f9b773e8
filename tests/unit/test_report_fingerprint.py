"""The report's up-to-date check covers the code the report runs, as the Makefile does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from evalasn.paths import CODE_ROOT
from evalasn.run import batch


@pytest.fixture
def package_copy(tmp_path, monkeypatch) -> Path:
    copy = tmp_path / "evalasn"
    shutil.copytree(batch.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(batch, "PACKAGE", copy)
    return copy


@pytest.mark.parametrize("relative, changes", [
    ("constants.py", True),  # thresholds the report text uses
    ("analysis/results.py", True),
    ("report/words/narrative.py", True),
    ("report/templates/evalasn/report.css", True),
    ("run/batch.py", True),
    ("docs.py", False),  # documentation only
    ("sample.py", False),
    ("ingest/clean.py", False),  # reaches reports through the processed data and hasil.json
], ids=lambda v: str(v))
def test_a_changed_code_file_changes_the_fingerprint_only_when_reports_run_it(package_copy, relative, changes):
    before = batch.report_code_digest()
    path = package_copy / relative
    path.write_bytes(path.read_bytes() + b"\n# edited\n")
    assert (batch.report_code_digest() != before) is changes


def test_the_fingerprint_reads_the_same_files_as_the_makefiles_report_sources():
    expanded = subprocess.run(["make", "-s", "--no-print-directory", "-f", "-"], cwd=CODE_ROOT, text=True,
                              capture_output=True, check=True,
                              input="include Makefile\nprint:\n\t@echo $(REPORT_SRC)\n.DEFAULT_GOAL := print\n").stdout
    make_code = {Path(p) for p in expanded.split() if p.startswith("src/evalasn/")}
    ours = {path.relative_to(CODE_ROOT) for path in batch.report_code_files()}
    assert ours == make_code


@pytest.mark.parametrize("changed", ["tindak_lanjut", "tahun_lalu", "provinsi_tahun_lalu"],
                         ids=["returned-sheet", "last-years-results", "province-last-years-results"])
def test_a_returned_follow_up_sheet_or_last_years_results_rebuild_the_report(tmp_path, changed):
    """Issue 24: the review of last year's plan reads both; a sheet cleaned in without a model run still counts."""
    from evalasn.paths import project

    paths = project(tmp_path)
    job = batch.Job("kesehatan", "id", 2025)
    paths.hasil("kesehatan", 2025).parent.mkdir(parents=True)
    paths.hasil("kesehatan", 2025).write_text("{}", encoding="utf-8")
    before = batch.fingerprint(paths, job)
    # the province's of last year: its plan's rows the dinas's plan of last year, made again, carries (C12-13)
    target = paths.table("tindak_lanjut") if changed == "tindak_lanjut" else paths.hasil_previous(
        "provinsi" if changed == "provinsi_tahun_lalu" else "kesehatan", 2025)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"isi")
    assert batch.fingerprint(paths, job) != before


@pytest.mark.parametrize(("slug", "owner", "kind", "changes"), [
    ("kesehatan", "kesehatan", "published", True),
    ("kesehatan", "kesehatan", "kept", True),
    ("kesehatan", "sosial", "published", False),  # another dinas's plan: not this report's review
    ("provinsi", "sosial", "kept", True),  # the province judges every dinas's plan
    ("kesehatan", "kesehatan", "this-year", False),  # its own published results are its output, not its input
], ids=["own-published-results", "own-kept-plan", "other-dinas", "province-judges-every-dinas", "own-year"])
def test_last_years_published_plan_rebuilds_the_report_that_judges_it(tmp_path, slug, owner, kind, changes):
    """C1, content not dates: last year's published plan, where the review reads it (report.published_plan)."""
    from evalasn.paths import project

    paths = project(tmp_path)
    job = batch.Job(slug, "id", 2025)
    paths.hasil(slug, 2025).parent.mkdir(parents=True)
    paths.hasil(slug, 2025).write_text("{}", encoding="utf-8")
    before = batch.fingerprint(paths, job)
    target = {"published": paths.report_hasil(owner, 2024), "kept": paths.kept_plan(owner, 2024),
              "this-year": paths.report_hasil(owner, 2025)}[kind]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b'{"tahun": 2024}')
    assert (batch.fingerprint(paths, job) != before) is changes
    target.unlink()  # removed again: as before
    assert batch.fingerprint(paths, job) == before
