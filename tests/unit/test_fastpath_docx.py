"""The Word file compressed once (evalasn.run.fastpath.docx_zip): python-docx's zip in memory is stored, and the
.docx that files.fixed_zip makes of it has the same bytes as without the shortcut."""

from __future__ import annotations

import io
import zipfile

import pytest

from evalasn.files import fixed_zip
from evalasn.report.chapters import figure_png
from evalasn.report.formats.word_reference import REFERENCE
from evalasn.run.fastpath import docx_zip


@pytest.fixture
def plain_docx():
    """python-docx's own zip before and after each test."""
    docx_zip.uninstall()
    yield
    docx_zip.uninstall()


def _document():
    import docx
    import numpy as np
    from docx.shared import Inches

    document = docx.Document(str(REFERENCE))
    document.add_heading("BAB I Pendahuluan", level=1)
    for number in range(30):
        document.add_paragraph(f"Kalimat {number}: cakupan ASN 65,8% (64,9–66,7).")
    pixels = np.full((40, 60, 3), 255, np.uint8)
    pixels[10:30, 5:55] = (0, 114, 178)
    document.add_picture(io.BytesIO(figure_png.png_bytes(pixels, 150)), width=Inches(2))
    return document


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _kinds(data: bytes) -> set[int]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.compress_type for info in archive.infolist()}


def test_the_docx_has_the_same_bytes_and_python_docx_zip_is_stored(plain_docx):
    document = _document()
    plain = _saved(document)
    docx_zip.install()
    assert docx_zip.installed()
    stored = _saved(document)
    assert _kinds(plain) == {zipfile.ZIP_DEFLATED} and _kinds(stored) == {zipfile.ZIP_STORED}
    assert fixed_zip(stored) == fixed_zip(plain)
    assert _kinds(fixed_zip(stored)) == {zipfile.ZIP_DEFLATED}


def test_a_document_saved_to_a_path_stays_compressed(plain_docx, tmp_path):
    docx_zip.install()
    _document().save(str(tmp_path / "laporan.docx"))
    assert _kinds((tmp_path / "laporan.docx").read_bytes()) == {zipfile.ZIP_DEFLATED}


def test_switched_off_it_leaves_python_docx_alone(plain_docx, monkeypatch):
    monkeypatch.setenv("EVALASN_FASTPATH", "0")
    docx_zip.install()
    assert not docx_zip.installed() and _kinds(_saved(_document())) == {zipfile.ZIP_DEFLATED}
