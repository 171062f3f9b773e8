"""Executed notebooks without wall-clock values when SOURCE_DATE_EPOCH is set, so two builds of the same
inputs give the same bytes (reproducible-builds.org's convention, as the PDF, Word and Excel files follow it).

papermill records when the notebook and each cell started and ended and how long they took; the kernel's
messages add four times per cell (``metadata.execution``); the output path papermill saw is the job's
working folder, which carries its process id. With SOURCE_DATE_EPOCH set, every time becomes that moment,
every duration 0, the kernel's times go, the output path is the notebook's final name and the cell papermill
adds for the parameters gets a fixed id instead of a random one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evalasn.clock import fixed_moment

INJECTED_CELL_ID = "injected-parameters"  # a valid nbformat 4.5 cell id (letters, digits, - and _)


def fixed_time() -> str | None:
    """SOURCE_DATE_EPOCH as papermill writes times (ISO 8601, UTC), or None when it is not set."""
    moment = fixed_moment()
    return None if moment is None else moment.replace(tzinfo=dt.UTC).isoformat()


def remove_clock(notebook: Path, final: Path) -> None:
    """Rewrite the executed ``notebook`` (to be moved to ``final``) without wall-clock values, when
    SOURCE_DATE_EPOCH is set; otherwise leave it as papermill wrote it."""
    when = fixed_time()
    if when is None:
        return
    import nbformat

    nb = nbformat.read(str(notebook), as_version=4)
    run = nb.metadata.get("papermill")
    if run is not None:
        _fix(run, when)
        run["output_path"] = str(final)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = INJECTED_CELL_ID  # papermill gives the cell it adds a random id
        cell.metadata.pop("execution", None)
        if "papermill" in cell.metadata:
            _fix(cell.metadata["papermill"], when)
    nbformat.write(nb, str(notebook))


def _fix(record: dict, when: str) -> None:
    for key in ("start_time", "end_time"):
        if record.get(key) is not None:
            record[key] = when
    if record.get("duration") is not None:
        record["duration"] = 0.0
