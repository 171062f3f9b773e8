"""LOOK35a G-4: the Word version, which staff edit before signature, leaves the date over the signature (and on the
cover) for the editor when no signature date is set; the PDF keeps the build date, a signature date stays."""

from __future__ import annotations

import datetime as dt
import io
from types import SimpleNamespace
from typing import Any

import docx
import pytest

from evalasn.report.chapters import front
from evalasn.report.formats import word
from evalasn.report.words import text

BUILT = dt.datetime(2026, 12, 8, 9, 30)


def _ctx(lang: str, signed: dt.date | None) -> Any:
    return SimpleNamespace(lang=lang, built=BUILT, config=SimpleNamespace(tanggal=signed),
                           t=lambda key, **values: text.t(key, lang, **values))


def _word_lines(page_body: str, lang: str) -> list[str]:
    page = f'<!DOCTYPE html><html lang="{lang}"><body><main>{page_body}</main></body></html>'
    document: Any = docx.Document(io.BytesIO(word.from_html(page, lang, "Uji", {}, BUILT)))
    return [p.text for p in document.paragraphs]


@pytest.mark.parametrize(("lang", "built_day"), [pytest.param("id", "8 Desember 2026", id="id"),
                                                 pytest.param("en", "8 December 2026", id="en")])
def test_the_word_signature_block_leaves_the_date_for_the_editor(lang, built_day):
    ctx = _ctx(lang, None)
    dated = front.date_html(ctx)
    assert built_day in dated  # the PDF and HTML keep the report's (build) date
    body = (f'<section class="cover"><p class="cover-date">Jakarta, {dated}</p></section>'
            f'<section class="front"><div class="signature"><p>Jakarta, {dated}</p><p>Kepala Badan</p></div></section>')
    lines = _word_lines(body, lang)
    assert lines.count("Jakarta, …………… 2026") == 2, lines
    assert not any(built_day in line for line in lines)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_set_signature_date_stays_in_the_word_version(lang):
    ctx = _ctx(lang, dt.date(2026, 12, 15))
    dated = front.date_html(ctx)
    lines = _word_lines(f'<section class="front"><div class="signature"><p>Jakarta, {dated}</p></div></section>', lang)
    assert any(line.startswith("Jakarta, 15 Desember 2026" if lang == "id" else "Jakarta, 15 December 2026")
               for line in lines), lines
