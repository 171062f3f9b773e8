"""A report's files (HTML, PDF, DOCX, XLSX, executed notebook, the results it shows) replaced together,
never a mix; the model's results of every scope replaced together; a failed
notebook of other inputs does not outlive the report it failed for."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from evalasn import files
from evalasn.analysis import model, results
from evalasn.paths import project
from evalasn.run import batch, staging

JOB = batch.Job("kesehatan", "id", 2025)


NEW_RESULTS = json.dumps({"tahun": 2025, "sintetis": True, "baru": True})


@pytest.fixture
def previous_set(tmp_path, monkeypatch):
    """A project whose kesehatan report was built before (every file, the results published with it
    included, says 'lama'), new results from the model since, and a report notebook run that writes a
    small executed notebook without a kernel."""
    paths = project(tmp_path)
    paths.hasil("kesehatan", 2025).parent.mkdir(parents=True)
    paths.hasil("kesehatan", 2025).write_text(NEW_RESULTS, encoding="utf-8")
    finals = [*paths.report_outputs("kesehatan", "id", 2025), paths.report_notebook("kesehatan", "id", 2025),
              paths.report_hasil("kesehatan", 2025)]
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
    assert paths.report_hasil("kesehatan", 2025).read_text(encoding="utf-8") == NEW_RESULTS
    assert not [p for p in (paths.report_dir("kesehatan") / "_build").iterdir() if p.is_dir()]


class Stop(KeyboardInterrupt):
    """Ctrl-C or SIGTERM (the command line raises evalasn.run.cli.Terminated, a KeyboardInterrupt)."""


def _stop_in_kernel(paths, monkeypatch):
    def stopped(output, cwd, parameters):
        raise Stop()

    monkeypatch.setattr(batch, "run_report_notebook", stopped)
    return WholeRenderer()


def _stop_in_render(paths, monkeypatch):
    return HalfRenderer()


def _stop_while_moving_in(paths, monkeypatch):
    """Stopped after the set's moves were recorded and the first was made: the next run completes it."""
    real = os.replace
    moved: list[Path] = []

    def replace(source, target):
        if moved:
            raise Stop()
        moved.append(target)
        real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    return WholeRenderer()


class HalfRendererStopped(HalfRenderer):
    def render(self, *args, **kwargs):
        try:
            super().render(*args, **kwargs)
        except RuntimeError:
            raise Stop() from None


@pytest.mark.parametrize("stop, new", [
    (_stop_in_kernel, False),
    (lambda paths, monkeypatch: HalfRendererStopped(), False),
    (_stop_while_moving_in, True),
], ids=["in-the-kernel", "half-way-through-the-render", "while-moving-in"])
def test_an_interrupted_build_leaves_one_whole_set_with_its_results(previous_set, monkeypatch, stop, new):
    """Issue 21.6: the results beside a report (hasil-<tahun>.json) are part of its set. Interrupted before
    the set is moved in, the previous report stays with the previous results; interrupted while moving in,
    the next run completes the new set. Never new results beside an old report or the reverse."""
    paths, finals = previous_set
    renderer = stop(paths, monkeypatch)
    with pytest.raises(Stop):
        batch.build_one(paths.root, JOB, renderer)
    monkeypatch.undo()
    monkeypatch.setattr(staging, "_alive", lambda pid: False)  # the interrupted process is gone
    staging.sweep(paths.report_dir("kesehatan") / "_build")  # what the next run does first
    contents = {path.name: path.read_text(encoding="utf-8") for path in finals}
    if new:
        assert "lama" not in contents.values() and contents["hasil-2025.json"] == NEW_RESULTS, contents
    else:
        assert contents == {path.name: "lama" for path in finals}
    assert not [p for p in (paths.report_dir("kesehatan") / "_build").iterdir() if p.is_dir()]


def _fake_model(monkeypatch, scopes: list[str]) -> None:
    """model.run with its analyses replaced: every scope's results are {"baru": <slug>}."""
    monkeypatch.setattr(model, "load", lambda paths: SimpleNamespace(years=[2025], dinas=scopes[:-1]))
    monkeypatch.setattr(model, "provenance_record", lambda data, params: {})
    monkeypatch.setattr(model, "year_results", lambda data, params, provenance: {s: {"baru": s} for s in scopes})


def test_new_results_do_not_reach_a_report_folder_before_the_report_built_from_them(tmp_path, monkeypatch):
    """make model (or make reports with another AMBANG) writes new results; the report build is then
    stopped: reports/kesehatan/ still holds the previous report with the previous hasil-2025.json."""
    paths = project(tmp_path)
    folder = paths.report_dir("kesehatan")
    folder.mkdir(parents=True)
    names = ["hasil-2025.json", "laporan-kesehatan-2025.html", "laporan-kesehatan-2025.pdf",
             "laporan-kesehatan-2025.docx", "laporan-kesehatan-2025.xlsx", "notebook-kesehatan-2025.ipynb"]
    for name in names:
        (folder / name).write_text("lama", encoding="utf-8")
    _fake_model(monkeypatch, ["kesehatan", "provinsi"])
    model.run(paths, model.ModelParams(2025))

    def stopped(output, cwd, parameters):
        raise Stop()

    monkeypatch.setattr(batch, "run_report_notebook", stopped)
    with pytest.raises(Stop):
        batch.build_one(paths.root, JOB, WholeRenderer())
    assert {name: (folder / name).read_text(encoding="utf-8") for name in names} == {name: "lama" for name in names}


def test_the_model_moves_in_every_scope_s_results_at_once(tmp_path, monkeypatch):
    """An interrupted model stage leaves every scope's previous results (a province report must never
    read some dinas's new results beside others' old ones); a complete one replaces them all."""
    paths = project(tmp_path)
    scopes = ["kesehatan", "sosial", "provinsi"]
    for slug in scopes:
        paths.hasil(slug, 2025).parent.mkdir(parents=True)
        paths.hasil(slug, 2025).write_text("lama", encoding="utf-8")
    _fake_model(monkeypatch, scopes)
    written: list[Path] = []
    real = results.write

    def write_two(path, result):
        if len(written) == 2:
            raise Stop()
        written.append(path)
        real(path, result)

    monkeypatch.setattr(results, "write", write_two)
    with pytest.raises(Stop):
        model.run(paths, model.ModelParams(2025))
    staging.sweep(paths.model_work)
    assert [paths.hasil(slug, 2025).read_text(encoding="utf-8") for slug in scopes] == ["lama"] * 3
    monkeypatch.setattr(results, "write", real)
    assert model.run(paths, model.ModelParams(2025)) == {slug: paths.hasil(slug, 2025) for slug in scopes}
    assert [json.loads(paths.hasil(slug, 2025).read_text(encoding="utf-8")) for slug in scopes] == \
        [{"baru": slug} for slug in scopes]
    assert not list(paths.model_work.iterdir())


def test_a_failed_notebook_goes_when_its_report_is_up_to_date_again(previous_set, monkeypatch):
    """The cell was fixed back to what the last good build ran: nothing is rebuilt, and the failed
    notebook from the broken version must not stay beside the report as if it were current."""
    paths, _ = previous_set
    failed = batch.failed_notebook(paths.report_notebook("kesehatan", "id", 2025))
    failed.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(batch, "up_to_date", lambda paths, job: True)
    outcomes = batch.build_all(paths, [JOB], workers=1, quiet=True)
    assert outcomes[0].skipped and not failed.exists()


@pytest.mark.parametrize("current, said", [(False, True), (True, False)], ids=["stale-en-said", "current-en-quiet"])
def test_a_report_in_another_language_left_stale_is_said(tmp_path, monkeypatch, current, said):
    """make report DINAS=kesehatan (id) after new results: the English report beside it was built from the
    earlier ones; it is not rebuilt unasked, but the command says so (issue 21.6: nothing to mistake for
    current)."""
    from evalasn.run.cli import stale_languages

    paths = project(tmp_path)
    paths.report_pdf("kesehatan", "en", 2025).parent.mkdir(parents=True)
    paths.report_pdf("kesehatan", "en", 2025).write_text("lama", encoding="utf-8")
    monkeypatch.setattr(batch, "up_to_date", lambda paths, job: current)
    lines = stale_languages(paths, [batch.Outcome(JOB, True, 1.0)])
    expected = ["CATATAN: laporan kesehatan (en) 2025 dibuat dari hasil atau kode sebelumnya, tidak lagi mutakhir; "
                "perbarui dengan make report DINAS=kesehatan TAHUN=2025 BAHASA=en"]
    assert lines == (expected if said else [])


def _edit_code(monkeypatch):
    """src/ edited: the report code's digest is another from now on."""
    monkeypatch.setattr(batch, "report_code_digest", lambda: b"code after the edit")


def _edit_results(paths):
    paths.hasil("kesehatan", 2025).write_text(json.dumps({"tahun": 2025, "sintetis": True, "lagi": True}),
                                              encoding="utf-8")


@pytest.mark.parametrize("edit, current", [
    (lambda paths, monkeypatch: None, True),
    (lambda paths, monkeypatch: _edit_code(monkeypatch), False),
    (lambda paths, monkeypatch: _edit_results(paths), False),
], ids=["nothing-changed", "code-edited-during-the-build", "results-replaced-during-the-build"])
def test_a_report_is_recorded_current_only_for_what_it_was_built_with(previous_set, monkeypatch, edit, current):
    """An edit of src/ (or new results) while the report's kernel runs: the report was built with the code
    before the edit, so the next check must find it out of date, not record it built with the new code."""
    paths, _ = previous_set
    monkeypatch.setattr(batch, "report_code_digest", lambda: b"code before the edit")

    def executed(output, cwd, parameters):
        nbformat.write(nbformat.v4.new_notebook(), output)
        edit(paths, monkeypatch)

    monkeypatch.setattr(batch, "run_report_notebook", executed)
    assert batch.build_one(paths.root, JOB, WholeRenderer()).ok
    assert batch.up_to_date(paths, JOB) is current


def test_a_batch_records_the_code_it_loaded_before_an_edit(previous_set, monkeypatch):
    """make reports reads the code digest before its workers and kernels load the code: an edit after that,
    before a report's own build starts, still leaves that report out of date."""
    paths, _ = previous_set
    monkeypatch.setattr(batch, "report_code_digest", lambda: b"code before the edit")

    @contextmanager
    def session(renderer=None):
        _edit_code(monkeypatch)  # while the worker starts (imports, kernel server)
        yield WholeRenderer()

    monkeypatch.setattr(batch, "worker_session", session)
    [outcome] = batch.build_all(paths, [JOB], workers=1, quiet=True, force=True)
    assert outcome.ok, outcome.error
    assert not batch.up_to_date(paths, JOB)
