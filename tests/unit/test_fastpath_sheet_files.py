"""A streamed sheet's temporary file in a memory folder (evalasn.run.fastpath.sheet_files): the same workbook bytes,
every sheet's file made there and none left behind; openpyxl's own where the folder cannot be used."""

from __future__ import annotations

import datetime as dt
import tempfile

import pytest
from openpyxl.worksheet import _writer

from evalasn.report.formats import workbook
from evalasn.run import fastpath
from evalasn.run.fastpath import sheet_files
from tests.unit.test_workbook_styles import _hasil

BUILT = dt.datetime(2026, 1, 5, 8, 30)


@pytest.fixture
def own_files():
    """openpyxl's own temporary files before and after each test."""
    sheet_files.uninstall()
    yield
    sheet_files.uninstall()


@pytest.fixture
def made_in(monkeypatch):
    """The folders openpyxl's sheet files were made in, while a test runs."""
    folders: list[str] = []
    real = tempfile.NamedTemporaryFile

    def recorded(*args, **kwargs):
        made = real(*args, **kwargs)
        folders.append(made.name.rsplit("/", 1)[0])
        return made

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", recorded)
    monkeypatch.setattr(_writer, "NamedTemporaryFile", recorded)
    return folders


@pytest.mark.parametrize("lang", ["id", "en"])
def test_same_bytes_with_the_sheets_in_a_memory_folder(own_files, made_in, tmp_path, lang):
    plain = workbook.build(_hasil(), lang, BUILT)
    assert made_in and str(tmp_path) not in made_in  # openpyxl's own: the default temporary folder
    made_in.clear()
    sheet_files.install(str(tmp_path))
    assert sheet_files.installed()
    assert workbook.build(_hasil(), lang, BUILT) == plain
    assert made_in and set(made_in) == {str(tmp_path)}  # every sheet's file made in the folder given
    assert list(tmp_path.iterdir()) == []  # and removed after it was copied into the zip


@pytest.mark.parametrize(("switch", "folder_exists"), [
    pytest.param("0", True, id="fast-path-off"),
    pytest.param("1", False, id="no-such-folder"),
])
def test_openpyxls_own_files_when_off_or_no_folder(own_files, monkeypatch, tmp_path, switch, folder_exists):
    monkeypatch.setenv(fastpath.SWITCH, switch)
    sheet_files.install(str(tmp_path if folder_exists else tmp_path / "missing"))
    assert not sheet_files.installed()
    assert _writer.create_temporary_file is not sheet_files.create_temporary_file
