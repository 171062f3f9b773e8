"""The notebooks stay diffable: each is paired with its percent script, and none is stored with outputs."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest

from evalasn.paths import NOTEBOOKS
from evalasn.run import notebooks


def test_every_notebook_agrees_with_its_script_and_is_stored_without_outputs():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(p.stem for p in NOTEBOOKS.glob("*.py"))
    assert notebooks.problems() == []


@pytest.fixture
def copy(tmp_path):
    folder = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return folder


def test_a_script_edited_without_its_notebook_is_caught(copy):
    script = copy / "03_laporan.py"
    script.write_text(script.read_text(encoding="utf-8") + "\n# %%\nprint('baru')\n", encoding="utf-8")
    assert notebooks.problems(copy) == [
        f"03_laporan.ipynb dan 03_laporan.py berbeda isi; {notebooks.FIX_PAIR}"]


def test_a_notebook_edited_without_its_script_is_caught(copy):
    path = copy / "02_model.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Catatan baru"))
    nbformat.write(nb, path)
    assert any("02_model.ipynb dan 02_model.py berbeda isi" in p for p in notebooks.problems(copy))


def test_a_notebook_without_a_script_is_caught(copy):
    (copy / "01_bersihkan.py").unlink()
    assert any("pasangannya 01_bersihkan.py tidak ada" in p for p in notebooks.problems(copy))


def test_a_notebook_stored_with_outputs_is_caught(copy):
    path = copy / "03_laporan.ipynb"
    nb = nbformat.read(path, as_version=4)
    code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    nb.cells[code].outputs = [nbformat.v4.new_output("stream", name="stdout", text="halo\n")]
    nb.cells[code].execution_count = 3
    nbformat.write(nb, path)
    assert notebooks.problems(copy) == [
        f"03_laporan.ipynb: sel {code + 1} tersimpan dengan keluaran; {notebooks.FIX_OUTPUTS}"]


@pytest.mark.parametrize("name", ["01_bersihkan", "02_model", "03_laporan"])
def test_papermill_reads_every_declared_parameter(name):
    """A parameter line papermill cannot parse (e.g. an '=' inside its comment) is dropped with only a
    warning, and the value passed by the Makefile then arrives as an 'unknown parameter'."""
    from papermill.inspection import inspect_notebook

    path = NOTEBOOKS / f"{name}.ipynb"
    cell = next(c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
    declared = re.findall(r"^(\w+)\s*:", cell.source, flags=re.M)
    assert declared and set(declared) == set(inspect_notebook(str(path)))
