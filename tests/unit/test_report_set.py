"""A report's files (HTML, PDF, DOCX, XLSX, executed notebook) replaced together, never a mix; a failed
notebook of other inputs does not outlive the report it failed for."""

from __future__ import annotations

import json

import nbformat
import pytest

from evalasn.paths import project
from evalasn.run import batch

JOB = batch.Job("kesehatan", "id", 2025)


@pytest.fixture
def previous_set(tmp_path, monkeypatch):
    """A project whose kesehatan report was built before (every file says 'lama'), and a report
    notebook run that writes a small executed notebook without a kernel."""
    paths = project(tmp_path)
    paths.hasil("kesehatan", 2025).parent.mkdir(parents=True)
    paths.hasil("kesehatan", 2025).write_text(json.dumps({"tahun": 2025, "sintetis": True}), encoding="utf-8")
    finals = [*paths.report_outputs("kesehatan", "id", 2025), paths.report_notebook("kesehatan", "id", 2025)]
    for path in finals:
        path.write_text("lama", encoding="utf-8")

    def executed(output, cwd, parameters):
        nbformat.write(nbformat.v4.new_notebook(), output)

    monkeypatch.setattr(batch, "run_report_notebook", executed)
    return paths, finals


class HalfRenderer:
    """Writes the HTML and the PDF, then fails (as an interrupted or broken Word export would)."""

    def render(self, notebook, html_path, pdf_path, *args, **kwargs):
        html_path.write_text("baru", encoding="utf-8")
        pdf_path.write_text("baru", encoding="utf-8")
        raise RuntimeError("Word gagal")


class WholeRenderer:
    def render(self, notebook, html_path, pdf_path, *args, docx_path=None, xlsx_path=None, **kwargs):
        for path in (html_path, pdf_path, docx_path, xlsx_path):
            path.write_text("baru", encoding="utf-8")


def test_a_report_failing_half_way_leaves_the_previous_complete_set(previous_set):
    paths, finals = previous_set
    outcome = batch.build_one(paths.root, JOB, HalfRenderer())
    assert not outcome.ok and "Word gagal" in str(outcome.error)
    assert {path.name: path.read_text(encoding="utf-8") for path in finals} == {path.name: "lama" for path in finals}


def test_a_report_built_replaces_the_whole_set_and_leaves_no_working_folder(previous_set):
    paths, finals = previous_set
    outcome = batch.build_one(paths.root, JOB, WholeRenderer())
    assert outcome.ok, outcome.error
    assert [path.read_text(encoding="utf-8") != "lama" for path in finals] == [True] * len(finals)
    assert not [p for p in (paths.report_dir("kesehatan") / "_build").iterdir() if p.is_dir()]


def test_a_failed_notebook_goes_when_its_report_is_up_to_date_again(previous_set, monkeypatch):
    """The cell was fixed back to what the last good build ran: nothing is rebuilt, and the failed
    notebook from the broken version must not stay beside the report as if it were current."""
    paths, _ = previous_set
    failed = batch.failed_notebook(paths.report_notebook("kesehatan", "id", 2025))
    failed.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(batch, "up_to_date", lambda paths, job: True)
    outcomes = batch.build_all(paths, [JOB], workers=1, quiet=True)
    assert outcomes[0].skipped and not failed.exists()
