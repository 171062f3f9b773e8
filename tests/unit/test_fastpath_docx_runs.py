"""A Word run's plain text set in one piece (evalasn.run.fastpath.docx_runs): the same .docx bytes as python-docx's
character-by-character loop, on text with every character that loop treats apart."""

from __future__ import annotations

import datetime as dt

import pytest

from evalasn.report.formats import word
from evalasn.report.formats.word_reference import REFERENCE
from evalasn.run.fastpath import docx_runs

TEXTS = {
    "plain": "Cakupan ASN 65,8% (64,9–66,7).",
    "outer-spaces": "  di tepi ",
    "one-space": " ",
    "empty": "",
    "tab": "Daftar\tIsi",
    "newline": "baris satu\nbaris dua",
    "carriage-return": "a\rb\r\nc",
    "only-breaks": "\n\t\r",
    "xml-characters": "a & b < c > d \"q\" 'x'",
    "hyphens": "non\u2011breaking soft\u00adhyphen",
    "unicode": "Ñusantara ≥ 20 JP — ✓",
}
HTML = ("<html><body><section class='chapter'><h2>BAB I Pendahuluan</h2>"
        "<p>Kalimat <b>tebal</b> dan <i>miring</i>, dengan spasi  ganda dan tab\tdi dalamnya.</p>"
        "<ul><li>satu</li><li> dua </li></ul>"
        "<table><thead><tr><th>Dinas</th><th>Nilai</th></tr></thead>"
        "<tbody><tr><td>Kesehatan</td><td>3,2</td></tr></tbody></table></section></body></html>")


@pytest.fixture
def plain_runs():
    """python-docx's own loop before and after each test."""
    docx_runs.uninstall()
    yield
    docx_runs.uninstall()


def _document_xml(texts: list[str]) -> bytes:
    import docx

    document = docx.Document(str(REFERENCE))
    paragraph = document.add_paragraph()
    for text in texts:
        paragraph.add_run(text)
    run = paragraph.add_run("awal")
    for text in texts:
        run.text = text  # the setter clears the run first
    return document.element.xml.encode()


@pytest.mark.parametrize("text", list(TEXTS.values()), ids=list(TEXTS))
def test_each_kind_of_text_gives_the_same_xml(plain_runs, text):
    plain = _document_xml([text, "sesudah"])
    docx_runs.install()
    assert docx_runs.installed()
    assert _document_xml([text, "sesudah"]) == plain


def test_the_report_docx_has_the_same_bytes(plain_runs):
    built = dt.datetime(2026, 1, 2, 3, 4, 5)
    plain = word.from_html(HTML, "id", "kesehatan", {"author": "BPSDM"}, built)
    docx_runs.install()
    assert word.from_html(HTML, "id", "kesehatan", {"author": "BPSDM"}, built) == plain


def test_text_with_breaks_goes_through_python_docx(plain_runs, monkeypatch):
    from docx.oxml.text.run import _RunContentAppender

    docx_runs.install()
    seen: list[str] = []
    monkeypatch.setattr(_RunContentAppender, "add_char", lambda self, char: seen.append(char))
    _document_xml(["ab", "c\td"])
    assert seen == list("c\td") * 2, "only the text with a tab went through the loop, once per paragraph and run"


def test_switched_off_it_leaves_python_docx_alone(plain_runs, monkeypatch):
    monkeypatch.setenv("EVALASN_FASTPATH", "0")
    docx_runs.install()
    assert not docx_runs.installed()
