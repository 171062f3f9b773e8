"""One computation run in a forked process while this one does another (the model stage's two years).

The model stage computes the evaluated year and, by the same code from the same data, the year before
(hasil-<tahun>-tahun-lalu.json); each takes about half of the stage's CPU (Jakarta scale, 5 Dec 2026:
19.1 and 18.7 CPU-s) and neither reads the other. ``beside`` starts one of them in a child process
forked from this one, so the child has the loaded data without copying or pickling it (copy-on-write),
and returns a function that waits for and gives its result (pickled back: a few MB of plain dicts).
On a machine with two cores the stage's wall time is about halved; its CPU time is the same.

The child is forked before any other work starts; it computes and returns, and its exceptions (with
their traceback) reach the caller when it asks for the result. Where fork does not exist or there is
one CPU, the task runs inline when its result is asked for: the same results either way
(tests/unit/test_background.py compares every byte the model stage writes both ways).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

Result = TypeVar("Result")

_TASK: Callable[[], Any] | None = None  # the task the forked child runs (inherited, never pickled)


def forking_available() -> bool:
    """Whether a task can run beside this process: fork exists and there is more than one CPU."""
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def beside(task: Callable[[], Result]) -> Callable[[], Result]:
    """Start ``task`` in a forked child now; the function returned waits for its result (or raises its
    exception). Without fork or with one CPU, ``task`` runs when the result is asked for."""
    global _TASK
    if not forking_available():
        return task
    _TASK = task
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    try:
        future = pool.submit(_run_inherited)  # the child is forked here, with _TASK set
    finally:
        _TASK = None

    def result() -> Result:
        try:
            found: Result = future.result()
            return found
        finally:
            pool.shutdown(wait=True)

    return result


def _run_inherited() -> Any:
    assert _TASK is not None, "set by beside() before the fork"
    return _TASK()
