"""A Ctrl-C (or SIGTERM) at any moment of a batch's pool stops it at once: no report not yet finished is built
after it, and no worker outlives the batch (FOUND speed8: one sent while the workers were forked and the jobs
handed out left the pool's block, whose exit waited for every report)."""

from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from evalasn.paths import project
from evalasn.run import batch

HOLD_S = 30  # a fake report's length: far longer than a prompt stop takes
JOBS = [batch.Job("kesehatan", "id", 2025), batch.Job("sosial", "id", 2025), batch.Job("provinsi", "id", 2025)]


def _slow_build(root, job, code=None):
    """A pool worker's report: says it started (with its pid), takes HOLD_S seconds, says it finished."""
    folder = Path(root)
    # written whole, then renamed: a worker stopped between creating the file and writing its pid left an empty
    # "mulai-" file the test could not read (int('') under a loaded CI run)
    (folder / f".mulai-{job.slug}").write_text(str(os.getpid()))
    (folder / f".mulai-{job.slug}").rename(folder / f"mulai-{job.slug}")
    time.sleep(HOLD_S)
    (folder / f"selesai-{job.slug}").touch()
    return batch.Outcome(job, True, float(HOLD_S))


def _interrupting_pool(after_submits: int):
    """A ProcessPoolExecutor that receives the interrupt right after its ``after_submits``-th job is handed out
    (the workers are forked on the first)."""

    class Pool(ProcessPoolExecutor):
        submits = 0

        def submit(self, *args, **kwargs):
            future = super().submit(*args, **kwargs)
            Pool.submits += 1
            if Pool.submits == after_submits:
                _wait_until_started(Path(args[1]))
                raise KeyboardInterrupt
            return future

    return Pool


def _interrupted_wait(root: Path):
    """as_completed, interrupted while the batch waits for its first report."""

    def wait(futures):
        _wait_until_started(root)
        raise KeyboardInterrupt
        yield  # a generator, as as_completed

    return wait


def _wait_until_started(root: Path, limit_s: float = 60) -> None:
    """Until a worker has started a report (an event, not a guess of how long forking takes)."""
    deadline = time.monotonic() + limit_s
    while not list(root.glob("mulai-*")) and time.monotonic() < deadline:
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@contextmanager
def _plain_fork(root=None, provinces=()):
    yield multiprocessing.get_context("fork")


@pytest.mark.parametrize("moment", ["first-job-handed-out", "last-job-handed-out", "waiting-for-results"])
def test_an_interrupt_at_any_moment_of_the_pool_stops_the_batch_now(tmp_path, monkeypatch, moment):
    monkeypatch.setattr(batch, "_init_worker", lambda: None)  # no kernel server or renderer: the jobs are fakes
    monkeypatch.setattr(batch, "_build_in_worker", _slow_build)  # the pool forks: its workers see these
    monkeypatch.setattr(batch, "up_to_date", lambda paths, job: False)
    monkeypatch.setattr(batch.fast_workers, "pool_context", _plain_fork)  # no Renderer built for fakes
    if moment == "waiting-for-results":
        monkeypatch.setattr(batch, "as_completed", _interrupted_wait(tmp_path))
    else:
        monkeypatch.setattr(batch, "ProcessPoolExecutor", _interrupting_pool(1 if moment.startswith("first") else 3))
    with pytest.raises(KeyboardInterrupt):
        batch.build_all(project(tmp_path), JOBS, workers=2, quiet=True)
    started = [int(path.read_text()) for path in tmp_path.glob("mulai-*")]
    assert started, "a worker had started a report when the interrupt came"
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in started) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in started if _alive(pid)], "no worker outlives the interrupted batch"
    assert not list(tmp_path.glob("selesai-*")), "no report was finished after the interrupt"
