"""Helpers for the integration tests: run the CLI, read PDF text per page."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from evalasn.paths import CODE_ROOT, project

CODE_PATTERNS = ("import ", "def ", "Traceback", "evalasn.", "print(", "In [", "Warning:", "warnings.warn",
                 "ipynb")


def cli(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run ``python -m evalasn.run.cli --root ROOT ARGS`` as the Makefile does."""
    result = subprocess.run([sys.executable, "-m", "evalasn.run.cli", "--root", str(root), *args],
                            capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"cli {args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def make(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run the project's Makefile in ``root`` as an evaluator would."""
    env = {**os.environ, "EVALASN_ROOT": str(root), "MAKEFLAGS": ""}
    result = subprocess.run(["make", "--no-print-directory", "-C", str(root), *args], capture_output=True, text=True,
                            timeout=900, env=env)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def makefile_project(root: Path) -> Path:
    """``root`` as a project folder with the Makefile (sources and environment linked); returns its empty data/raw."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(CODE_ROOT / name, root / name)
    for name in ("src", "notebooks", ".venv"):
        (root / name).symlink_to(CODE_ROOT / name)
    raw = project(root).raw
    raw.mkdir(parents=True)
    return raw


def pdf_pages(path: Path) -> list[str]:
    """The text of every page (pdftotext when installed, else pypdf). A PDF read before, unchanged since
    (same file, size and modification time), is not read again: the modules on the session's reports read
    the same few PDFs many times."""
    stat = Path(path).stat()
    key = (str(path), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if key not in _PAGES:
        _PAGES[key] = _read_pdf_pages(path)
    return list(_PAGES[key])


_PAGES: dict[tuple, list[str]] = {}


def _read_pdf_pages(path: Path) -> list[str]:
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text with runs of white space folded (PDF layout breaks lines anywhere)."""
    return " ".join(text.split())


def one_cell_notebook(folder: Path, source: str) -> Path:
    """folder/probe.ipynb: one code cell with ``source``, for the python3 kernel."""
    import nbformat

    folder.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "probe.ipynb"
    nbformat.write(nb, path)
    return path


def fill_plan_sheet(issued: Path, out: Path, fill: dict, edit: tuple[str, float] | None = None,
                    rename: dict[str, str] | None = None) -> None:
    """The issued workbook's plan sheet, filled as an agency returns it (execution, date; a target staff edited
    before signature), saved on its own (the report's other sheets removed) as ``out``."""
    from openpyxl import load_workbook

    from evalasn.report.chapters import plan_records
    from evalasn.report.words.text import label

    book = load_workbook(issued)
    title = label("rencana_tindak_lanjut", "id")[:31]
    for sheet in list(book.worksheets):
        if sheet.title != title:
            book.remove(sheet)
    sheet = book[title]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(label(f"rtl_{name}", "id", pilihan=" / ".join(plan_records.EXECUTION["id"]),
                                       tahun=2024, tahun_berikut=2025)) + 1
              for name in ("id", "kode", "pelaksanaan", "tanggal", "target_angka")}
    for row in range(2, sheet.max_row + 1):
        row_id = sheet.cell(row, column["id"]).value
        if row_id in fill:
            sheet.cell(row, column["pelaksanaan"]).value, sheet.cell(row, column["tanggal"]).value = fill[row_id]
        if edit and row_id == edit[0]:
            sheet.cell(row, column["target_angka"]).value = edit[1]
        if rename and row_id in rename:  # a row the plan does not have (its code too: not a mere typo)
            sheet.cell(row, column["id"]).value = rename[row_id]
            sheet.cell(row, column["kode"]).value = rename[row_id].rsplit("-", 1)[-1]
    book.save(out)
