"""On a screen the cover links past the foreword and the four lists to the Ringkasan Eksekutif (LOOK20 W-20: on a
390 px phone the summary began about 4,700 px down); the printed pages and the Word file do not carry the link."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from typing import cast

import pytest

from evalasn.analysis.contract import Hasil
from evalasn.paths import TEMPLATES
from evalasn.report.chapters import front
from evalasn.report.context import Context
from evalasn.report.formats import word

WORDS = {"id": "Langsung ke Ringkasan Eksekutif", "en": "Go to the Executive Summary"}


def _page(lang: str) -> str:
    hasil = {"cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan"}, "tahun": 2025, "sintetis": False}
    cover = front.cover(Context(cast(Hasil, hasil), lang, None, built=dt.datetime(2026, 1, 5)))
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    return (f'<html lang="{lang}"><head><style>{css}</style></head><body><main class="laporan">{cover}'
            f'<section class="chapter"><h2 id="ringkasan">Ringkasan</h2><p>Isi.</p></section></main></body></html>')


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_cover_links_to_the_summary(lang):
    page = _page(lang)
    assert f'<a href="#ringkasan">{WORDS[lang]}' in page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_word_version_has_no_link_past_the_front_matter(lang):
    data = word.from_html(_page(lang), lang, "Uji", {}, dt.datetime(2026, 1, 5, tzinfo=dt.UTC))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert WORDS[lang] not in xml and "Ringkasan" in xml


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_printed_cover_has_no_link():
    import weasyprint

    pdf = weasyprint.HTML(string=_page("id")).write_pdf()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert WORDS["id"] not in text and "Dinas Kesehatan" in text
