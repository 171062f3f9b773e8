"""A render that stops making progress (PDF, Word, workbook) is stopped after RENDER_TIMEOUT_S, tried once
more and reported with the step named; the previous complete set stays (issue 21.2: a batch never waits
without a bound)."""

from __future__ import annotations

import json
import os
import signal
import time

import nbformat
import pytest

from evalasn.paths import project
from evalasn.run import batch, deadline

JOB = batch.Job("kesehatan", "id", 2025)
LIMIT_S = 0.3
GIVE_UP_S = 4.0


def _hang_in(module: str, busy: bool = False):
    """A function that never returns, run as code of ``module`` (how the step is named): asleep in a
    system call, or busy in Python; a library's ``except Exception`` around it does not end it either."""
    source = ("def hang():\n"  # gives up after GIVE_UP_S: without the limit the test fails instead of hanging
              "    end = time.monotonic() + GIVE_UP_S\n"
              "    try:\n"
              "        while time.monotonic() < end:\n"
              "            " + ("pass" if busy else "time.sleep(GIVE_UP_S)") + "\n"
              "    except Exception:\n"
              "        time.sleep(GIVE_UP_S)\n")
    space = {"__name__": module, "time": time, "GIVE_UP_S": GIVE_UP_S}
    exec(source, space)  # noqa: S102 (a fixed test function, compiled under another module's name)
    return space["hang"]


class HangingRenderer:
    """Writes the HTML, then hangs in ``module`` the first ``hangs`` times it is called."""

    def __init__(self, module: str, hangs: int, busy: bool = False):
        self.hang, self.hangs, self.calls = _hang_in(module, busy), hangs, 0

    def render(self, notebook, html_path, pdf_path, *args, docx_path=None, xlsx_path=None, **kwargs):
        self.calls += 1
        html_path.write_text("baru", encoding="utf-8")
        if self.calls <= self.hangs:
            self.hang()
        for path in (pdf_path, docx_path, xlsx_path):
            path.write_text("baru", encoding="utf-8")


@pytest.fixture
def previous_set(tmp_path, monkeypatch):
    """A kesehatan report built before (every file 'lama'), a kernel-less notebook run, a short limit."""
    paths = project(tmp_path)
    paths.hasil("kesehatan", 2025).parent.mkdir(parents=True)
    paths.hasil("kesehatan", 2025).write_text(json.dumps({"tahun": 2025, "sintetis": True}), encoding="utf-8")
    finals = [*paths.report_outputs("kesehatan", "id", 2025), paths.report_notebook("kesehatan", "id", 2025)]
    for path in finals:
        path.write_text("lama", encoding="utf-8")
    monkeypatch.setattr(batch, "run_report_notebook",
                        lambda output, cwd, parameters: nbformat.write(nbformat.v4.new_notebook(), output))
    monkeypatch.setattr(deadline, "RENDER_TIMEOUT_S", LIMIT_S)
    return paths, finals


@pytest.mark.parametrize("module, busy, step", [
    ("weasyprint.layout", False, "PDF (WeasyPrint)"),
    ("evalasn.report.formats.word", True, "Word (DOCX)"),
    ("evalasn.report.formats.workbook", False, "Excel (XLSX)"),
], ids=["pdf-asleep", "word-busy", "workbook-asleep"])
def test_a_render_that_hangs_twice_is_stopped_and_reported_with_its_step(previous_set, module, busy, step, capsys):
    paths, finals = previous_set
    renderer = HangingRenderer(module, hangs=2, busy=busy)
    started = time.monotonic()
    outcome = batch.build_one(paths.root, JOB, renderer)
    assert time.monotonic() - started < GIVE_UP_S
    assert renderer.calls == deadline.RENDER_TRIES == 2
    assert not outcome.ok and outcome.trace is None
    assert outcome.error == (f"render {step} tidak selesai dalam {LIMIT_S:g} detik, dua kali (dicoba ulang sekali); "
                             "batasnya RENDER_TIMEOUT_S di constants.py")
    assert f"Peringatan: render {step} laporan kesehatan (id) tidak selesai" in capsys.readouterr().err
    assert {path.name: path.read_text(encoding="utf-8") for path in finals} == {path.name: "lama" for path in finals}
    summary = batch.summary([outcome], paths)
    assert f"GAGAL kesehatan (id): render {step} tidak selesai" in summary


def test_a_render_that_hangs_once_is_retried_and_the_set_moved_in(previous_set):
    paths, finals = previous_set
    renderer = HangingRenderer("weasyprint.layout", hangs=1)
    outcome = batch.build_one(paths.root, JOB, renderer)
    assert outcome.ok, outcome.error
    assert renderer.calls == 2
    assert [path.read_text(encoding="utf-8") for path in finals[:4]] == ["baru"] * 4


def test_the_timer_is_off_after_the_step(previous_set):
    with deadline.time_limit(LIMIT_S):
        pass
    time.sleep(2 * LIMIT_S)  # no alarm arrives after a step that ended in time
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _build_or_die(root, job, code=None):
    """A pool worker's build; the kesehatan one is killed from outside (as the kernel's OOM killer does)."""
    if job.slug == "kesehatan":
        os.kill(os.getpid(), signal.SIGKILL)
    return batch.Outcome(job, True, 0.0)


def test_a_worker_killed_from_outside_is_reported_not_a_traceback(tmp_path, monkeypatch):
    """A batch whose worker was killed (out of memory, kill -9) ends with its summary: the reports not built
    are named as failed with what happened; no BrokenProcessPool traceback, no wait."""
    monkeypatch.setattr(batch, "_init_worker", lambda: None)  # no kernel server or renderer: the jobs are fakes
    monkeypatch.setattr(batch, "_build_in_worker", _build_or_die)  # the pool forks: its workers see these
    monkeypatch.setattr(batch, "up_to_date", lambda paths, job: False)
    jobs = [batch.Job("kesehatan", "id", 2025), batch.Job("provinsi", "id", 2025)]
    outcomes = batch.build_all(project(tmp_path), jobs, workers=2, quiet=True)
    assert [outcome.job for outcome in outcomes] == jobs
    assert not outcomes[0].ok and outcomes[0].error == batch.WORKER_LOST
    assert f"GAGAL kesehatan (id): {batch.WORKER_LOST}" in batch.summary(outcomes, project(tmp_path))
