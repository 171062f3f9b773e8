"""Working folders of one process and one job, and a report's files replaced as one set.

A report is built in its job's working folder (reports/<slug>/_build/<tahun>-<bahasa>-<pid>/): the
kernel's sockets and log, the executed notebook, the HTML, PDF, DOCX and XLSX, and a copy of the model's
results it is built from (published as reports/<slug>/hasil-<tahun>.json). At the end the list of
moves is written to the folder (``siap.json``) and the files are renamed over the previous ones; an
interruption before that list leaves the previous complete set, one after it is completed by the next
run (``sweep``), so a reader never finds a new HTML beside an old PDF, or new results beside an old report.
The model stage's results are moved in the same way, all scopes at once (reports/_build/). The next run
also removes what
interrupted jobs left (folders of processes that are gone, temporary files of ``write_atomically``).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from evalasn.files import READY, complete, replace_together

__all__ = ["READY", "commit", "sweep", "work_dir"]

_OWNED = re.compile(r".*-(\d+)")  # a working folder's name ends with its process id
_TEMPORARY = re.compile(r"\..*\.tmp-(\d+)(\.\w+)?")  # write_atomically's and the stages' temporary files


def work_dir(folder: Path, name: str) -> Path:
    """``folder``/<name>-<pid>: a working folder of this process only."""
    return folder / f"{name}-{os.getpid()}"


def commit(moves: list[tuple[Path, Path]], ready: Path) -> None:
    """Rename every staged file (source) to its final name (target) as one set; ``ready`` records the
    moves first, so ``sweep`` completes a set that was interrupted half-way."""
    replace_together(moves, ready)


def sweep(folder: Path) -> list[Path]:
    """Clear what interrupted jobs left in ``folder``: working folders of processes that are gone
    (a set recorded as ready is moved in first) and temporary files; returns what was removed."""
    if not folder.is_dir():
        return []
    removed = []
    for entry in sorted(folder.iterdir()):
        owned = _OWNED.fullmatch(entry.name) if entry.is_dir() else _TEMPORARY.fullmatch(entry.name)
        if entry.is_dir() and not owned and not re.fullmatch(r"(\d{4}|terbaru)-[a-z]+", entry.name):
            continue  # not a working folder (the folders of this project's older versions had no pid)
        if owned and _alive(int(owned.group(1))):
            continue
        if entry.is_dir():
            if (entry / READY).exists():
                complete(entry / READY)
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        elif owned:
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
