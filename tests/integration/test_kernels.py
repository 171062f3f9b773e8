"""Report kernels from the fork server (evalasn.run.fastpath.zygote): one fresh kernel process per report,
each in its own folder, nothing carried over from one report to the next, and no process left
behind when a kernel is killed or the worker dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evalasn.run import batch
from evalasn.run.fastpath import kernels, zygote
from tests.integration.helpers import one_cell_notebook

PROBE = """import os, sys, json
import evalasn.constants as constants
seen = {"pid": os.getpid(), "ppid": os.getppid(), "cwd": os.getcwd(),
        "left_over": "marker" in globals(), "min_n": constants.MIN_N,
        "sections_preloaded": "evalasn.report.chapters.sections" in sys.modules,
        "parquet_preloaded": "pyarrow.parquet" in sys.modules,
        "font_metrics_cached": hasattr(getattr(sys.modules.get("matplotlib.backends.backend_agg"), "RendererAgg", None),
                                       "_get_font_height_metrics"),
        "light_marker_copy": hasattr(getattr(getattr(sys.modules.get("matplotlib.markers"), "MarkerStyle", None),
                                             "_set_marker", None), "__wrapped__")}
marker = 1
constants.MIN_N = -1  # a report that changes shared module state must not change the next report's
json.dump(seen, open("probe.json", "w"))
"""


def _probe(folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    notebook = one_cell_notebook(folder, PROBE)
    batch.run_notebook(notebook, folder / "out.ipynb", folder, {})
    return json.loads((folder / "probe.json").read_text())


@pytest.fixture
def fork_server(monkeypatch):
    client = zygote.ZygoteClient()
    monkeypatch.setattr(kernels, "_CLIENT", client)
    yield client
    client.close()


def test_each_report_gets_a_fresh_forked_kernel_in_its_own_folder(fork_server, tmp_path):
    first = _probe(tmp_path / "a" / "_build")
    second = _probe(tmp_path / "b" / "_build")
    server = fork_server.process.pid
    assert first["ppid"] == second["ppid"] == server, "kernels are forked by the server"
    assert len({first["pid"], second["pid"], server, os.getpid()}) == 4, "one process per kernel"
    assert first["cwd"] == str(tmp_path / "a" / "_build") and second["cwd"] == str(tmp_path / "b" / "_build")
    assert first["sections_preloaded"] and first["parquet_preloaded"], "the report code comes imported"
    assert first["font_metrics_cached"], "the figures' font metrics cached (evalasn.run.fastpath.figures)"
    assert first["light_marker_copy"], "marker styles copied the light way (evalasn.run.fastpath.markers)"
    assert not second["left_over"] and second["min_n"] == first["min_n"] == 10, "nothing carried over"
    assert (tmp_path / "a" / "_build" / "kernel.log").exists()
    assert fork_server.process.poll() is None and not fork_server.busy


def test_without_the_fork_server_a_kernel_is_a_new_interpreter(monkeypatch, tmp_path):
    monkeypatch.setattr(kernels, "_CLIENT", None)
    seen = _probe(tmp_path / "c")
    assert seen["ppid"] == os.getpid() and not seen["sections_preloaded"] and not seen["font_metrics_cached"]
    assert not seen["light_marker_copy"]


def test_a_server_that_cannot_preload_says_why_and_kernels_start_the_usual_way(monkeypatch, tmp_path):
    monkeypatch.setenv(zygote.EXTRA_PRELOAD_ENV, "modul_yang_tidak_ada")
    client = zygote.ZygoteClient()
    monkeypatch.setattr(kernels, "_CLIENT", client)
    try:
        with pytest.raises(zygote.ZygoteError, match="ModuleNotFoundError.*modul_yang_tidak_ada"):
            client.spawn([sys.executable, "-m", zygote.KERNEL_MODULE, "-f", "x.json"], str(tmp_path), {})
        assert not client.can_run([sys.executable, "-m", zygote.KERNEL_MODULE, "-f", "x.json"])
        assert _probe(tmp_path / "d")["ppid"] == os.getpid(), "the report still runs, in a new interpreter"
    finally:
        client.close()


def test_a_killed_kernel_is_reaped_and_the_server_forks_the_next(fork_server, tmp_path):
    from jupyter_client.connect import write_connection_file

    connection, _ = write_connection_file(str(tmp_path / "kernel.json"), transport="ipc",
                                          ip=str(tmp_path / "k"))
    kernel = fork_server.spawn([sys.executable, "-m", zygote.KERNEL_MODULE, "-f", connection],
                               str(tmp_path), dict(os.environ))
    assert kernel.poll() is None
    kernel.kill()
    assert kernel.wait(timeout=30) == -signal.SIGKILL
    assert not _alive(kernel.pid) and not fork_server.busy
    assert _probe(tmp_path / "after")["ppid"] == fork_server.process.pid


def _parent(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as stat:
        return int(stat.read().rsplit(")", 1)[1].split()[1])


def test_one_server_forks_the_kernels_of_every_worker_of_a_batch(monkeypatch, tmp_path):
    """The batch's shared fork server (fastpath.workers): each worker connects, and each has its own
    kernel running at the same time as the other's."""
    from jupyter_client.connect import write_connection_file

    shared = zygote.SharedServer()
    try:
        first, second = (zygote.ZygoteClient.connect(shared.address) for _ in range(2))
        running = []
        for number, client in enumerate((first, second)):
            connection, _ = write_connection_file(str(tmp_path / f"k{number}.json"), transport="ipc",
                                                  ip=str(tmp_path / f"k{number}"))
            running.append(client.spawn([sys.executable, "-m", zygote.KERNEL_MODULE, "-f", connection],
                                        str(tmp_path), dict(os.environ)))
        assert all(kernel.poll() is None for kernel in running), "two kernels at once, one per worker"
        assert {_parent(kernel.pid) for kernel in running} == {shared.process.pid}
        for kernel in running:
            kernel.kill()
        assert [kernel.wait(timeout=30) for kernel in running] == [-signal.SIGKILL] * 2
        assert not first.busy and not second.busy
        connection, _ = write_connection_file(str(tmp_path / "k2.json"), transport="ipc", ip=str(tmp_path / "k2"))
        orphan = second.spawn([sys.executable, "-m", zygote.KERNEL_MODULE, "-f", connection], str(tmp_path),
                              dict(os.environ))
        second.close()  # its worker killed mid-report: the kernel nobody talks to any more is ended
        deadline = time.monotonic() + 20
        while _alive(orphan.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(orphan.pid)
        monkeypatch.setattr(kernels, "_CLIENT", first)
        assert _probe(tmp_path / "after")["ppid"] == shared.process.pid
        first.close()
    finally:
        shared.close()
    assert shared.process.returncode == 0 and not os.path.exists(shared.folder)


def test_the_server_ends_with_the_worker_that_started_it(tmp_path):
    worker = subprocess.run(
        [sys.executable, "-c",
         "import os, sys; from evalasn.run.fastpath import zygote; c = zygote.ZygoteClient(); "
         "c._expect('ready', 120); print(c.process.pid, flush=True); os._exit(0)"],
        capture_output=True, text=True, timeout=180, check=True)
    server = int(worker.stdout.split()[0])
    deadline = time.monotonic() + 20
    while _alive(server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(server)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_each_job_of_each_process_has_its_own_working_folder(tmp_path):
    """`make reports BAHASA=id,en` starts provinsi id and en first, side by side, and two commands could
    build in one checkout: two kernels in one folder read each other's messages ("Invalid Signature") and
    a report failed as "Kernel didn't respond in 60 seconds". (Built for real, three builds at once, in
    tests/integration/test_concurrent_builds.py.)"""
    from evalasn.paths import project

    paths = project(tmp_path)
    here = {batch.work_dir(paths, batch.Job("provinsi", bahasa, 2025)) for bahasa in ("id", "en")}
    other = subprocess.run([sys.executable, "-c", "from evalasn.paths import project; from evalasn.run import batch; "
                            f"print(batch.work_dir(project({str(tmp_path)!r}), batch.Job('provinsi', 'id', 2025)))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    assert len(here) == 2 and Path(other) not in here
    assert all(folder.parent == paths.report_dir("provinsi") / "_build" for folder in [*here, Path(other)])


def test_a_kernel_that_stops_answering_is_timed_out_retried_once_and_reported(monkeypatch, tmp_path):
    """A kernel that is alive but silent (here: stopped by SIGSTOP in its cell) used to hold a batch for
    ever (seen at report 43 of 44 with an idle kernel)."""
    monkeypatch.setattr(batch, "CELL_TIMEOUT_S", 2)
    notebook = one_cell_notebook(tmp_path / "nb", "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)")
    monkeypatch.setenv(batch.REPORT_NOTEBOOK_ENV, str(notebook))
    tries = []
    real = batch.run_notebook

    def counted(*args):
        tries.append(1)
        real(*args)

    monkeypatch.setattr(batch, "run_notebook", counted)
    started = time.monotonic()
    with pytest.raises(batch.KernelFailure, match="tidak menjawab dalam 2 detik") as failure:
        batch.run_report_notebook(tmp_path / "out.ipynb", tmp_path, {"dinas": "provinsi", "bahasa": "id"})
    assert len(tries) == batch.KERNEL_START_TRIES == 2
    assert time.monotonic() - started < 120
    assert batch._short_error(failure.value).startswith("kernel laporan tidak menjawab dalam 2 detik, dua kali")


@pytest.mark.parametrize("failures, built", [(0, True), (1, True), (2, False)],
                         ids=["starts", "fails-once-retried", "fails-twice-reported"])
def test_a_kernel_that_fails_to_start_is_retried_once(monkeypatch, tmp_path, failures, built):
    calls = []

    def flaky(notebook, output, cwd, parameters):
        calls.append(1)
        if len(calls) <= failures:
            raise batch.KernelFailure("Kernel didn't respond in 60 seconds")

    monkeypatch.setattr(batch, "run_notebook", flaky)
    if built:
        batch.run_report_notebook(tmp_path / "out.ipynb", tmp_path, {"dinas": "provinsi", "bahasa": "id"})
    else:
        with pytest.raises(batch.KernelFailure):
            batch.run_report_notebook(tmp_path / "out.ipynb", tmp_path, {"dinas": "provinsi", "bahasa": "id"})
    assert len(calls) == min(failures + 1, batch.KERNEL_START_TRIES)


def test_an_error_in_a_cell_is_not_retried(monkeypatch, tmp_path):
    calls = []

    def broken(notebook, output, cwd, parameters):
        calls.append(1)
        raise ValueError("a cell failed")

    monkeypatch.setattr(batch, "run_notebook", broken)
    with pytest.raises(ValueError):
        batch.run_report_notebook(tmp_path / "out.ipynb", tmp_path, {"dinas": "provinsi", "bahasa": "id"})
    assert len(calls) == 1
