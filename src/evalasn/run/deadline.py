"""A time limit on the render of a report (HTML, PDF, Word, workbook), retried once and then reported.

The report's kernel has its own limit (``CELL_TIMEOUT_S``, enforced by nbclient); the render runs in the
batch's own process (a pool worker, or the command itself for ``make report``), so its limit is a timer
of that process: SIGALRM raises ``StepTimeout`` in the step still running, which is named (PDF, Word...)
in the batch summary. Python code and blocking system calls are stopped this way; a step stuck inside one
C call is stopped when that call returns.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from evalasn.constants import RENDER_TIMEOUT_S

RENDER_TRIES = 2  # a render that runs out of time is tried once more, then reported (as a kernel is)

# Where a render spent its time, told by the code running when the time ran out (innermost first wins).
_STEPS = (("evalasn.report.formats.word", "Word (DOCX)"), ("evalasn.report.formats.workbook", "Excel (XLSX)"),
          ("weasyprint", "PDF (WeasyPrint)"), ("nbconvert", "HTML (nbconvert)"))
_STEP_FUNCTIONS = {"render_pdf": "PDF (WeasyPrint)", "render_html": "HTML (nbconvert)"}


class StepTimeout(BaseException):
    """The time of a bounded step ran out (raised inside the step by the timer). Not an Exception, as
    KeyboardInterrupt is not: a library's ``except Exception`` must not swallow it and carry on."""


class RenderTimeout(RuntimeError):
    """A report's render ran out of time twice; the message names the step and the limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``StepTimeout`` in the block when it runs longer than ``seconds``. Only the main thread
    receives signals: elsewhere (and for ``seconds`` <= 0) the block runs without a limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise StepTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render_within_limit(render: Callable[[], None], label: str, seconds: float | None = None) -> None:
    """Run ``render`` (one report's HTML, PDF, Word and workbook) within ``seconds`` (default
    ``RENDER_TIMEOUT_S``); out of time, it is tried once more, then ``RenderTimeout`` names the step."""
    limit = RENDER_TIMEOUT_S if seconds is None else seconds
    for attempt in range(1, RENDER_TRIES + 1):
        try:
            with time_limit(limit):
                render()
            return
        except StepTimeout as timeout:
            step = step_of(timeout.__traceback__)
            if attempt == RENDER_TRIES:
                raise RenderTimeout(f"render {step} tidak selesai dalam {limit:g} detik, dua kali (dicoba ulang "
                                    "sekali); batasnya RENDER_TIMEOUT_S di constants.py") from None
            print(f"Peringatan: render {step} laporan {label} tidak selesai dalam {limit:g} detik; dicoba sekali "
                  "lagi.", file=sys.stderr, flush=True)


def step_of(trace: TracebackType | None) -> str:
    """The render step that was running at the innermost frame of ``trace`` ('PDF (WeasyPrint)', ...)."""
    frames = []
    while trace is not None:
        frames.append(trace.tb_frame)
        trace = trace.tb_next
    for frame in reversed(frames):
        module = str(frame.f_globals.get("__name__", ""))
        for prefix, step in _STEPS:
            if module == prefix or module.startswith(prefix + "."):
                return step
        if frame.f_code.co_name in _STEP_FUNCTIONS:
            return _STEP_FUNCTIONS[frame.f_code.co_name]
    return "laporan"
