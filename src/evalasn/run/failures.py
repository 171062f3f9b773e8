"""A failed notebook cell as the evaluator who edits the paired script reads it: the line of
notebooks/<name>.py that failed, and the cell's traceback without the frames inside libraries.

IPython's traceback names the cell by its execution number ("Cell In[16], line 2"), which exists in no
file the evaluator edits, and shows every frame down into pandas; frames of code that has no file ("Could
not get source, probably due dynamically evaluated source code") say nothing either.
"""

from __future__ import annotations

import re
import sysconfig
from pathlib import Path

ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CELL_LINE = re.compile(r"Cell In\[\d+\], line (\d+)")
_FRAME_FILE = re.compile(r"File (?:\S+ )?(/[^:\n]+):\d+")
_NO_SOURCE = "Could not get source"
# code that is not this project's: the standard library and installed packages (of any Python)
_LIBRARY = re.compile(r"/lib/python3\.\d+/|/(site|dist)-packages/")
_STDLIB = sysconfig.get_paths()["stdlib"]


def strip_ansi(text: str) -> str:
    """``text`` without the terminal colour codes of IPython's tracebacks."""
    return ANSI.sub("", text)


def script_line(notebook: Path, cell_source: str, traceback: list[str], root: Path) -> str | None:
    """'notebooks/03_laporan.py baris 312: <that line>' for the failed cell, from the notebook's paired
    script (jupytext percent format: a code cell's lines stand as they are); None without a script or
    when the cell is not found in it."""
    script = notebook.with_suffix(".py")
    if not script.is_file() or not cell_source.strip():
        return None
    text = script.read_text(encoding="utf-8")
    at = text.find(cell_source.strip("\n"))
    if at < 0:
        return None
    found = _CELL_LINE.search(strip_ansi("\n".join(traceback)))
    offset = int(found.group(1)) - 1 if found else 0
    number = text.count("\n", 0, at) + 1 + offset
    lines = text.splitlines()
    shown = lines[number - 1].strip() if number <= len(lines) else ""
    try:
        name = script.relative_to(root)
    except ValueError:
        name = script
    return f"{name} baris {number}: {shown}"


def cell_traceback(traceback: list[str]) -> str:
    """The traceback of a failed cell without frames inside libraries or without source."""
    kept = []
    for chunk in (strip_ansi(part).rstrip() for part in traceback):
        if _NO_SOURCE in chunk or not chunk.strip() or set(chunk.strip()) == {"-"}:
            continue
        frame = _FRAME_FILE.match(chunk.lstrip())
        if frame and _library(frame.group(1)):
            continue
        kept.append(chunk)
    return "\n".join(kept)


def _library(path: str) -> bool:
    """Whether ``path`` is code of an installed package or of the standard library, not this project's."""
    return _LIBRARY.search(path) is not None or path.startswith(_STDLIB)
