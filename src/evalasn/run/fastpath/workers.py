"""The batch's pool workers forked from a process that has built the Renderer once and started
one kernel fork server for all of them.

Each pool worker needs the conversion stack (nbconvert and its HTML exporter, WeasyPrint, pydyf,
python-docx, openpyxl) in memory: importing it and building ``Renderer`` costs about 1.8 s of CPU
in every worker. ``pool_context`` builds the Renderer once in the batch's own process and gives a
``fork`` start method, so every worker starts with it (copy-on-write) and ``inherited_renderer``
hands it to the worker session instead of building another. It also starts one kernel fork server
(``zygote.SharedServer``) that every worker connects to, instead of one per worker that each import
ipykernel, pandas, matplotlib, seaborn and the report code (1.7-1.8 s of CPU each).

Saves: one Renderer and one fork server's preloading per worker after the first, 1.7-1.9 s of CPU
each, 3.5 s per batch of 2 workers (``worker_session`` start-up in a fresh interpreter and the
server's CPU to "ready", 2 runs, 5 Dec 2026). Breaks if: Python's ``fork`` start method goes away on
Linux (``pool_context`` then gives None, the default start method, and each worker builds its own),
or the Renderer starts holding a thread or an open connection (nothing may cross a fork);
tests/unit/test_fastpath.py checks both ways.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from evalasn.run.fastpath import enabled, kernels

if TYPE_CHECKING:
    from evalasn.report.formats.render import Renderer

_BUILT: Renderer | None = None  # the Renderer this process built for the workers it forks


@contextmanager
def pool_context(root: str | Path | None = None,
                 provinces: Iterable[tuple[int, str]] = ()) -> Iterator[BaseContext | None]:
    """For the block that runs the batch's pool: the start method, ``fork`` after building the
    Renderer and starting the shared kernel fork server here (fast path on, fork available); None (the
    default: each worker builds its own Renderer and starts its own server) otherwise. The shared server
    is stopped and reaped when the block ends (close the pool inside it). ``root``: the batch's project, whose
    results the fork server parses once for all the kernels; ``provinces``: the (year, language) of the batch's agency
    reports, whose province context and plans the fork server makes once (zygote.preload_provinces)."""
    global _BUILT
    if not enabled() or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    # it preloads in the background while the Renderer is built here
    kernels.start_shared_server(None if root is None else str(root), provinces)
    try:
        if _BUILT is None:
            from evalasn.report.formats.render import Renderer

            _BUILT = Renderer()
        yield multiprocessing.get_context("fork")
    finally:
        kernels.stop_shared_server()


def inherited_renderer() -> Renderer | None:
    """In a pool worker: the Renderer built before it was forked, if any."""
    return _BUILT if enabled() else None
