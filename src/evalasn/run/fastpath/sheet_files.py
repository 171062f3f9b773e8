"""A streamed (write-only) worksheet's temporary file in memory (``/dev/shm``), not on the disk; the same bytes.

openpyxl writes each sheet of a write-only workbook to a temporary file of its own (``create_temporary_file`` in
``openpyxl.worksheet._writer``), copies it into the zip and removes it: 74-78 files for every report workbook. On a
disk mounted with online discard (this machine's ext4) each removal waits ~3 ms for the disk, the worker idle
meanwhile: 0.2-0.25 s of wall time per workbook that no CPU figure shows. Here the files are made in ``/dev/shm``
(a tmpfs: memory, removed at once) when it is a writable folder; elsewhere openpyxl's own default stays.

Saves: ``workbook.build`` at Jakarta scale, /tmp and /dev/shm alternated, 5 runs each (6 Dec 2026, load ~8): kesehatan
wall min 0.68 -> 0.28 s (CPU 0.26-0.39 -> 0.20-0.28 s), provinsi wall min 1.48 -> 1.23 s (CPU 0.84-1.00 ->
0.76-0.83 s); the same bytes. About 0.3 s of a worker's wall time per report, ~3 s of the reports stage's wall time
on 2 workers.

Breaks if: openpyxl renames ``create_temporary_file`` or ``ALL_TEMP_FILES`` (its list of files removed at exit), or
stops reading the sheet back from the file's name. Fenced to openpyxl 3.1 (``install`` does nothing on another
version); tests/unit/test_fastpath_sheet_files.py builds a workbook with and without it (same bytes, its files
made in the folder given and none left). Installed in batch workers (``evalasn.run.batch.worker_session``).
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

from evalasn.run.fastpath.fence import Fence

FENCE = "3.1."  # the openpyxl versions whose temporary files this makes
MEMORY_FOLDER = "/dev/shm"  # a tmpfs on Linux
_FENCE = Fence("openpyxl", (FENCE,))
_ORIGINALS: dict[str, Any] = _FENCE.originals


def install(folder: str = MEMORY_FOLDER) -> None:
    """openpyxl's temporary sheet files in ``folder`` when it is a writable folder and the fast path is on (once per
    process)."""
    from openpyxl.worksheet import _writer

    if (not _FENCE.ready() or not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK)
            or not hasattr(_writer, "create_temporary_file") or not hasattr(_writer, "ALL_TEMP_FILES")):
        return
    _ORIGINALS["folder"] = folder
    _FENCE.replace(_writer, "create_temporary_file", create_temporary_file)


def uninstall() -> None:
    """Back to openpyxl's own (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def create_temporary_file(suffix: str = "") -> str:
    """openpyxl's ``create_temporary_file`` in the memory folder: an empty file's name, removed by openpyxl after
    the sheet is copied into the zip (or at exit)."""
    from openpyxl.worksheet import _writer

    made = tempfile.NamedTemporaryFile(mode="w+", suffix=suffix, prefix="openpyxl.", delete=False,
                                       dir=_ORIGINALS["folder"])
    made.close()
    _writer.ALL_TEMP_FILES.append(made.name)
    return made.name
