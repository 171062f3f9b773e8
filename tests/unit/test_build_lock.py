"""The build lock (one build at a time per checkout) and a report's files moved in as one set."""

from __future__ import annotations

import fcntl
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from evalasn.analysis import background
from evalasn.paths import project
from evalasn.run import failures, lock, staging


@pytest.fixture
def paths(tmp_path, monkeypatch):
    monkeypatch.delenv(lock.HELD, raising=False)
    monkeypatch.delenv(lock.WAIT, raising=False)
    return project(tmp_path)


def _locked_command(paths, *command: str, **env: str) -> subprocess.Popen:
    environment = {k: v for k, v in os.environ.items() if k != lock.HELD}
    return subprocess.Popen([sys.executable, "-m", "evalasn.run.lock", "--", *command],
                            env={**environment, "EVALASN_ROOT": str(paths.root), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_second_holder_is_refused_at_once_with_the_first_ones_pid(paths, monkeypatch):
    with lock.held(paths):
        monkeypatch.delenv(lock.HELD)  # as another process would see it
        started = time.monotonic()
        with pytest.raises(lock.BuildBusyError, match=rf"pid {os.getpid()}"), lock.held(paths, wait=False):
            pass
        assert time.monotonic() - started < 1


def test_a_process_started_under_the_lock_does_not_take_it_again(paths):
    with lock.held(paths), lock.held(paths, wait=False):
        assert os.environ[lock.HELD] == str(lock.lock_file(paths))
    assert lock.HELD not in os.environ


def test_a_second_command_says_whom_it_waits_for_and_runs_after(paths):
    marker = paths.root / "sesudah"
    with lock.held(paths):
        waiting = _locked_command(paths, sys.executable, "-c", f"open({str(marker)!r}, 'w').close()")
        time.sleep(1.5)
        assert waiting.poll() is None and not marker.exists(), "it waits while the lock is held"
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0 and marker.exists()
    assert f"Menunggu build lain di checkout ini selesai (pid {os.getpid()}" in err


@pytest.mark.parametrize("how", [{"EVALASN_TUNGGU": "0"}], ids=["TUNGGU=0"])
def test_a_command_asked_not_to_wait_refuses_at_once(paths, how):
    with lock.held(paths):
        refused = _locked_command(paths, sys.executable, "-c", "print('ran')", **how)
        out, err = refused.communicate(timeout=60)
    assert refused.returncode == lock.EXIT_BUSY and "ran" not in out
    assert err.startswith("GALAT: build lain sedang berjalan di checkout ini") and "TUNGGU=0" in err


def test_the_command_line_refuses_at_once_with_its_flag(paths):
    with lock.held(paths):
        environment = {k: v for k, v in os.environ.items() if k != lock.HELD}
        result = subprocess.run([sys.executable, "-m", "evalasn.run.cli", "--root", str(paths.root), "--tanpa-tunggu",
                                 "templat"], capture_output=True, text=True, timeout=60, env=environment)
    assert result.returncode == lock.EXIT_BUSY and "GALAT: build lain sedang berjalan" in result.stderr
    assert not paths.template_xlsx.exists()



def _wait_for(started, marker) -> int:
    """In a forked child: say it runs, then wait (at most 20 s) until ``marker`` exists, as a long task would."""
    started.touch()
    deadline = time.monotonic() + 20
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return os.getpid()


def _exists_within(path, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return path.exists()


def _beside(task):
    return background.beside(task)


def _forked_process(task):
    import multiprocessing

    child = multiprocessing.get_context("fork").Process(target=task)
    child.start()

    def result():
        child.join(30)
        return child.pid

    return result


@pytest.mark.skipif(not background.forking_available(), reason="no fork or one CPU")
@pytest.mark.parametrize("fork", [_beside, _forked_process], ids=["model-last-year-beside", "multiprocessing-fork"])
def test_a_child_forked_under_the_lock_does_not_keep_it_after_its_parent_lets_go(paths, fork):
    """A killed build's lock goes with it, though a forked child (the model's last year) still runs."""
    started, marker = paths.root / "anak-berjalan", paths.root / "anak-boleh-selesai"
    with lock.held(paths):
        result = fork(functools.partial(_wait_for, started, marker))
        assert _exists_within(started, 30), "the child runs its task"  # the parent is stopped while it does
    try:
        handle = os.open(lock.lock_file(paths), os.O_RDWR)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError while the child holds it
        finally:
            os.close(handle)
    finally:
        marker.touch()
        assert result() != os.getpid()

# --- a report's files as one set --------------------------------------------------------------
def _staged(folder, names=("a.html", "a.pdf", "a.docx")):
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text(f"baru {name}", encoding="utf-8")
    return names


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_set_is_moved_in_whole(tmp_path):
    work = tmp_path / "_build" / "2025-id-1"
    names = _staged(work)
    staging.commit([(work / name, tmp_path / name) for name in names], work / staging.READY)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(names)
    assert not (work / staging.READY).exists()


def test_a_set_interrupted_while_moving_in_is_completed_by_the_next_run(tmp_path):
    work = tmp_path / "_build" / f"2025-id-{_dead_pid()}"
    names = _staged(work)
    for name in names:
        (tmp_path / name).write_text(f"lama {name}", encoding="utf-8")
    moves = [[str(work / name), str(tmp_path / name)] for name in names]
    (work / staging.READY).write_text(json.dumps(moves), encoding="utf-8")
    os.replace(work / names[0], tmp_path / names[0])  # stopped after the first move
    assert staging.sweep(tmp_path / "_build") == [work]
    assert {name: (tmp_path / name).read_text(encoding="utf-8") for name in names} == \
        {name: f"baru {name}" for name in names}
    assert not work.exists()


def test_a_set_interrupted_before_moving_in_leaves_the_previous_set(tmp_path):
    work = tmp_path / "_build" / f"2025-id-{_dead_pid()}"
    names = _staged(work)
    for name in names:
        (tmp_path / name).write_text(f"lama {name}", encoding="utf-8")
    staging.sweep(tmp_path / "_build")
    assert all((tmp_path / name).read_text(encoding="utf-8") == f"lama {name}" for name in names)
    assert not work.exists()


@pytest.mark.parametrize("name, swept", [
    pytest.param("2025-id-{own}", False, id="this-process-folder"),
    pytest.param("2025-id-{dead}", True, id="folder-of-a-process-that-is-gone"),
    pytest.param("2025-en", True, id="folder-of-an-older-version-without-pid"),
    pytest.param(".laporan-x-2025.pdf.tmp-{dead}", True, id="temporary-file-of-a-process-that-is-gone"),
    pytest.param(".laporan-x-2025.pdf.tmp-{own}", False, id="temporary-file-being-written"),
    pytest.param("stempel-2025-id.json", False, id="stamp"),
])
def test_the_leftovers_of_interrupted_jobs_are_swept(tmp_path, name, swept):
    path = tmp_path / name.format(own=os.getpid(), dead=_dead_pid())
    path.mkdir() if "." not in path.name else path.write_text("x", encoding="utf-8")
    staging.sweep(tmp_path)
    assert path.exists() is not swept


# --- a build stopped by Ctrl-C or SIGTERM ends with one line -------------------------------------
STAND_IN = """SHELL := /bin/bash
outer:
\t@$(PY) -m evalasn.run.lock -- $(MAKE) --no-print-directory inner
inner:
\t@echo mulai >&2; $(PY) -c "import time; open('mulai', 'w').close(); time.sleep(60)"
"""


def _terminal_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize("signum, how", [(signal.SIGTERM, "SIGTERM"), (signal.SIGINT, "Ctrl-C")],
                         ids=["sigterm-to-make", "ctrl-c-to-the-terminal"])
def test_a_stopped_make_ends_with_one_indonesian_line_and_its_signal(paths, signum, how):
    """A make stopped used to end with make's own lines ("wait: No child processes. Stop.", "*** [...]
    Terminated") after the command's traceback; the stopped command's last words are not news."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    (paths.root / "Makefile").write_text(STAND_IN, encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in (lock.HELD, "MAKEFLAGS", "MAKELEVEL")}
    # as from a terminal: a caller started in the background (a non-interactive shell's `cmd &`) ignores SIGINT,
    # make keeps an ignored SIGINT ignored, and the stand-in would then end 0 (seen in a backgrounded CI run)
    build = subprocess.Popen(["make", "--no-print-directory", f"PY={sys.executable}"], cwd=paths.root,
                             env={**environment, "EVALASN_ROOT": str(paths.root)}, start_new_session=True,
                             preexec_fn=_terminal_signals, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (paths.root / "mulai").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:  # SIGTERM to make (as kill or timeout do); Ctrl-C to the whole terminal's process group
        build.send_signal(signum) if signum == signal.SIGTERM else os.killpg(build.pid, signum)
        out, err = build.communicate(timeout=60)
    assert build.returncode == -signum  # the shell shows 128 + signal: 143 or 130
    assert err.splitlines() == ["mulai", lock.stopped_line(signum)]
    assert how in err and "make" not in err and "Traceback" not in err


# --- a failed cell named in the script the evaluator edits ------------------------------------------
SCRIPT = """# %% tags=["parameters"]
dinas = ""

# %%
import pandas as pd

per_unit = pd.DataFrame({"unit": ["a"]})
per_unit["tidak_ada"]
"""
CELL = 'import pandas as pd\n\nper_unit = pd.DataFrame({"unit": ["a"]})\nper_unit["tidak_ada"]'
TRACEBACK = [
    "\x1b[31m---------------------------------------------------------------------------\x1b[0m",
    "\x1b[31mKeyError\x1b[0m                                  Traceback (most recent call last)",
    "Cell \x1b[32mIn[4], line 4\x1b[0m\n      1 import pandas as pd\n----> 4 per_unit[\"tidak_ada\"]",
    "File \x1b[32m/srv/x/.venv/lib/python3.11/site-packages/pandas/core/frame.py:3761\x1b[0m, in DataFrame.__getitem__"
    "\n   3759 if self.columns.nlevels > 1:\n-> 3761 indexer = self.columns.get_loc(key)",
    "File \x1b[32m/usr/lib/python3.11/contextlib.py:81\x1b[0m, in inner\n     79 return func(*args)",
    "File \x1b[32m<string>:2\x1b[0m, in f\nCould not get source, probably due dynamically evaluated source code.",
    "File \x1b[32m/srv/x/src/evalasn/report/evaluator.py:40\x1b[0m, in tampilkan_tabel\n---> 40 raise KeyError(key)",
    "\x1b[31mKeyError\x1b[0m: 'tidak_ada'",
]


def test_a_failed_cell_is_named_by_the_line_of_its_script(tmp_path):
    notebook = tmp_path / "notebooks" / "03_laporan.ipynb"
    notebook.parent.mkdir()
    (tmp_path / "notebooks" / "03_laporan.py").write_text(SCRIPT, encoding="utf-8")
    where = failures.script_line(notebook, CELL, TRACEBACK, tmp_path)
    assert where == 'notebooks/03_laporan.py baris 8: per_unit["tidak_ada"]'
    assert SCRIPT.splitlines()[7] == 'per_unit["tidak_ada"]'


def test_a_notebook_without_its_script_keeps_the_cell_number(tmp_path):
    assert failures.script_line(tmp_path / "salinan.ipynb", CELL, TRACEBACK, tmp_path) is None


def test_a_failed_cell_traceback_keeps_the_cell_and_project_frames_only():
    text = failures.cell_traceback(TRACEBACK)
    assert text.splitlines()[0].startswith("KeyError") and text.splitlines()[-1] == "KeyError: 'tidak_ada'"
    assert "Cell In[4], line 4" in text and "evalasn/report/evaluator.py:40" in text
    for hidden in ("site-packages", "contextlib", "Could not get source", "\x1b[", "-----"):
        assert hidden not in text
