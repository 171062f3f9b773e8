"""Checks on the committed notebooks (part of `make lint`): outputs never in git, one parameters cell.

Usage: python tools/check_notebooks.py notebooks/*.ipynb  (exit code 1 and one line per problem)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from evalasn.run.notebooks import stored_text


def problems(path: Path) -> list[str]:
    """What is wrong with one notebook file, as lines naming the file and the cell."""
    # the version git stores: a JupyterLab session leaves outputs in the working copy, which the
    # nbstripout filter (make setup) strips on `git add`
    notebook = json.loads(stored_text(path))
    found = []
    tagged = 0
    for number, cell in enumerate(notebook.get("cells", []), 1):
        if cell.get("outputs"):
            found.append(f"{path}: sel {number} menyimpan keluaran (hapus keluaran sebelum commit)")
        if cell.get("execution_count") is not None:
            found.append(f"{path}: sel {number} menyimpan execution_count")
        tagged += "parameters" in cell.get("metadata", {}).get("tags", [])
    if tagged != 1:
        found.append(f"{path}: {tagged} sel bertag 'parameters' (harus tepat satu, untuk papermill)")
    return found


def main(argv: list[str]) -> int:
    found = [line for name in argv for line in problems(Path(name))]
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
