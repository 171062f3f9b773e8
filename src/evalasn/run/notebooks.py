"""Checks that keep the notebooks diffable: each notebooks/*.ipynb has its jupytext percent
script (notebooks/*.py, the reviewed source) with the same cells, and no notebook is stored in
git with outputs. Used by tests/unit/test_notebooks.py and the pre-commit hook
(``python -m evalasn.run.notebooks``); the fix for each problem is in its message.

"Stored in git" is the staged version (the index) when the folder is a git checkout, since the
working copy may legitimately hold outputs from a JupyterLab session (the nbstripout filter that
``make setup`` installs removes them on ``git add``); outside git, the files themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from evalasn.paths import NOTEBOOKS

FIX_PAIR = "jalankan `make notebooks` (jupytext --sync) lalu periksa diff-nya"
FIX_OUTPUTS = "jalankan `make setup` (memasang filter git nbstripout), lalu `git add` notebook itu lagi"


def paired_text(notebook: Path) -> str:
    """The percent script jupytext writes for ``notebook`` with the folder's jupytext.toml."""
    import jupytext
    from jupytext.config import load_jupytext_config

    config = load_jupytext_config(str(notebook.parent))
    return jupytext.writes(jupytext.read(notebook), fmt="py:percent", config=config)


def output_problems(name: str, text: str) -> list[str]:
    """Cells of a stored notebook that carry outputs or execution counts."""
    nb = json.loads(text)
    bad = [i for i, cell in enumerate(nb.get("cells", []), 1)
           if cell.get("outputs") or cell.get("execution_count") is not None]
    return [f"{name}: sel {', '.join(map(str, bad))} tersimpan dengan keluaran; {FIX_OUTPUTS}"] if bad else []


def stored_text(path: Path) -> str:
    """What git stores for ``path``: its staged content (after the nbstripout filter) when tracked
    in a git checkout, else the file itself."""
    try:
        result = subprocess.run(["git", "show", f":./{path.name}"], cwd=path.parent, capture_output=True,
                                timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        result = None
    if result is not None and result.returncode == 0:
        return result.stdout.decode("utf-8")
    return path.read_text(encoding="utf-8")


def problems(folder: Path = NOTEBOOKS) -> list[str]:
    """Everything wrong with the notebooks of ``folder`` (empty when all is well)."""
    found = []
    for notebook in sorted(folder.glob("*.ipynb")):
        script = notebook.with_suffix(".py")
        if not script.exists():
            found.append(f"{notebook.name}: pasangannya {script.name} tidak ada; {FIX_PAIR}")
        elif paired_text(notebook) != script.read_text(encoding="utf-8"):
            found.append(f"{notebook.name} dan {script.name} berbeda isi; {FIX_PAIR}")
        found += output_problems(notebook.name, stored_text(notebook))
    for script in sorted(folder.glob("*.py")):
        if not script.with_suffix(".ipynb").exists():
            found.append(f"{script.name}: notebooknya {script.stem}.ipynb tidak ada; {FIX_PAIR}")
    return found


def main() -> int:
    found = problems()
    for line in found:
        print(f"GALAT: notebooks/{line}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
