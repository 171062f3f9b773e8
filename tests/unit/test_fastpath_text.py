"""The fast path's WeasyPrint text and box cuts give WeasyPrint's own PDF bytes: glyph runs read at once
(evalasn.run.fastpath.glyphs), measuring layouts kept for the drawing (text_layouts), used lengths resolved
in one loop (lengths), line breaks remembered per document (line_breaks), one Pango context per document, direction
and language (contexts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evalasn.run import fastpath
from evalasn.run.fastpath import contexts, glyphs, lengths, line_breaks, text_layouts

CUTS = {"glyphs": glyphs, "text-layouts": text_layouts, "lengths": lengths, "line-breaks": line_breaks,
        "contexts": contexts}


@pytest.fixture
def plain_weasyprint():
    """WeasyPrint's own code before and after each test."""
    for cut in CUTS.values():
        cut.uninstall()
    yield
    for cut in CUTS.values():
        cut.uninstall()


LONG_TABLE = ("<table><thead><tr><th>Unit kerja</th><th>Nilai</th></tr></thead><tbody>"
              + "".join(f"<tr><td>Suku Dinas Kesehatan Kota Administrasi {row}</td><td>{row},5</td></tr>"
                        for row in range(40))
              + "</tbody></table>")
TEXTS = {
    "paragraphs": "<p>Pelatihan berdampak pada kepuasan masyarakat: 78,09 (76,61 s.d. 79,57), n = 1.234.</p>" * 6,
    "kerning-and-weights": ("<p>AVATAR Wa To Ty <b>Tabel 10 AV</b> <i>Yo fi fl ffi</i>"
                            " <small>x² ≤ ≥ – — … “ ”</small></p>"),
    "fonts-mixed": ('<p style="font-family: DejaVu Serif">Serif</p><p style="font-family: Liberation Mono">Mono 0O</p>'
                    '<p style="font-family: DejaVu Sans Mono">→ ← ✓</p>'),
    "combining-marks": ("<p>Kata biasa</p>"
                        "<p>Cafe\u0301 n\u0303 a\u0308 q\u0323\u0307 Tie\u0302\u0301ng Vie\u0323\u0302t</p>"),
    "missing-glyph": "<p>Tanpa huruf: \ue000 \U0001fae0 selesai</p>",
    "zero-width": "<p>kata\u200bkata\u200d\u00adpanjang sekali</p>",
    "right-to-left": '<p dir="rtl" lang="he">שלום עולם 123</p><p lang="ar" dir="rtl">مرحبا بالعالم</p>',
    "justified-and-spaced": ('<p style="text-align: justify; width: 12em">' + "kata panjang " * 30 + "</p>"
                             '<p style="letter-spacing: 2px; word-spacing: 5px">jarak huruf dan kata</p>'),
    "ellipsis": ('<p style="width: 8em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">'
                 "Teks yang terlalu panjang untuk satu baris</p>"),
    "hyphenated-and-broken": ('<p lang="en" style="hyphens: auto; width: 6em">internationalisation responsibilities</p>'
                              '<p style="hyphens: manual; width: 5em">pen\u00adda\u00adya\u00adgu\u00adna\u00adan</p>'
                              '<table style="width: 9em"><tr><td style="overflow-wrap: break-word">'
                              "Kependudukandancatatansipil</td><td>2</td></tr></table>"),
    "language-override": ('<p lang="tr" style="font-language-override: \'TRK\'">fi fl İi ıI</p>'
                          '<p lang="en" style="font-language-override: \'DEU\'; text-decoration: line-through">'
                          "Straße</p>"),
    "pre-and-tabs": "<pre>baris satu\n\tbaris dua\tdengan tab\nbaris tiga</pre><p>satu<br>dua</p>",
    "long-table-header-repeated": LONG_TABLE,
    "same-text-other-style": "".join(
        f'<p style="width: 14em; {style}">Rencana tindak lanjut kesehatan masyarakat internasionalisasi</p>'
        for style in ("", "letter-spacing: 1px", "word-spacing: 6px", "font-size: 13px", "white-space: nowrap",
                      "hyphens: auto", "font-weight: bold", "font-variant: small-caps", "text-decoration: underline",
                      "width: 9em", "overflow-wrap: anywhere; width: 4em", "direction: rtl", "tab-size: 2")),
    "lengths-of-each-kind": ('<div style="width: 60%; padding: 2% 1em; margin: calc(1em + 2%) auto; min-height: 10%;'
                             ' box-sizing: border-box; border: 3px solid"><p style="width: calc(100% - 2em);'
                             ' max-width: 80%; margin-left: 5%">isi</p></div>'
                             '<table style="border-collapse: collapse; width: 70%"><tr><td style="padding: 3%;'
                             ' border: 2px solid; height: 4em">a</td><td style="width: 30%">b</td></tr></table>'
                             '<ul style="margin: 0 10%"><li style="float: left; width: 40%">kiri</li></ul>'),
}


def _pdf(body: str) -> bytes:
    import weasyprint

    html = (f'<html lang="id"><head><title>Uji</title><style>@page {{ size: A5; margin: 2cm 10% }}</style></head>'
            f"<body>{body}</body></html>")
    return weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3a")


@pytest.fixture(scope="module")
def own_pdf():
    """WeasyPrint's own PDF of every kind of text above (one document: each render costs a second)."""
    import os

    for cut in CUTS.values():
        cut.uninstall()
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1764288000"
    try:
        return _pdf("".join(TEXTS.values()))
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


@pytest.mark.parametrize("cuts", [*(pytest.param((name,), id=name) for name in CUTS),
                                  pytest.param(tuple(CUTS), id="all")])
def test_same_pdf_bytes_with_and_without(cuts, own_pdf, monkeypatch, plain_weasyprint):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    monkeypatch.setenv(fastpath.SWITCH, "1")
    for cut in cuts:
        CUTS[cut].install()
        assert CUTS[cut].installed()
    assert _pdf("".join(TEXTS.values())) == own_pdf


@pytest.mark.parametrize(("name", "plain", "other"), [
    pytest.param("paragraphs", True, False, id="ordinary-text-read-at-once"),
    pytest.param("combining-marks", True, True, id="raised-marks-drawn-by-weasyprint"),
    pytest.param("missing-glyph", True, True, id="missing-glyph-drawn-by-weasyprint"),
])
def test_each_glyph_run_takes_the_path_it_needs(name, plain, other, monkeypatch, plain_weasyprint):
    """Ordinary runs are read at once; a run with a raised or missing glyph goes through WeasyPrint's own loop."""
    calls = {"plain": 0, "other": 0}
    for kind, function in (("plain", "_plain_run"), ("other", "_any_run")):
        own = getattr(glyphs, function)

        def counted(*args, own=own, kind=kind):
            calls[kind] += 1
            return own(*args)

        monkeypatch.setattr(glyphs, function, counted)
    monkeypatch.setenv(fastpath.SWITCH, "1")
    glyphs.install()
    _pdf(TEXTS[name])
    assert (calls["plain"] > 0, calls["other"] > 0) == (plain, other)


@pytest.mark.parametrize(("name", "kept_for_all"), [
    pytest.param("paragraphs", True, id="plain-lines-drawn-as-measured"),
    pytest.param("justified-and-spaced", False, id="spaced-lines-laid-out-again"),
    pytest.param("long-table-header-repeated", True, id="header-repeated-on-each-page-drawn-as-measured"),
])
def test_lines_drawn_with_the_measuring_layout(name, kept_for_all, monkeypatch, plain_weasyprint):
    """Plain lines are drawn without a new Pango layout; spaced text and a box drawn twice get one."""
    from weasyprint.text import line_break

    monkeypatch.setenv(fastpath.SWITCH, "1")
    text_layouts.install()
    made: list[str] = []  # the function that asked for a new Pango layout
    own_setup = line_break.Layout.setup

    def counted(self, style):
        made.append(sys._getframe(1).f_code.co_name)
        return own_setup(self, style)

    monkeypatch.setattr(line_break.Layout, "setup", counted)
    _pdf(TEXTS[name])
    assert "__init__" in made  # the measuring layouts
    assert ("reactivate" not in made) == kept_for_all  # WeasyPrint's reactivate: a new layout for the drawing


@pytest.mark.parametrize(("style", "other"), [
    pytest.param("", "letter-spacing: 1px", id="letter-spacing"),
    pytest.param("", "font-size: 13px", id="font-size"),
    pytest.param("", "hyphens: auto", id="hyphens"),
    pytest.param("", "white-space: nowrap", id="white-space"),
    pytest.param("", "font-family: DejaVu Serif", id="font-family"),
    pytest.param("", "line-height: 2", id="line-height"),
])
def test_a_line_break_is_remembered_for_its_own_style_only(style, other, monkeypatch, plain_weasyprint):
    """The same text in a style that can break or measure it otherwise is a new question; the same style is not."""
    import weasyprint
    from weasyprint.text import line_break

    monkeypatch.setenv(fastpath.SWITCH, "1")
    line_breaks.install()
    html = "".join(f'<p lang="en" style="{css}">words to break</p>' for css in (style, other, style))
    boxes = [box for box in _boxes(weasyprint.HTML(string=html).render().pages[0]._page_box)
             if hasattr(box, "pango_layout")]
    keys = [line_breaks.question(box.text, box.style, 200, 0, True, False) for box in boxes]
    assert keys[0] != keys[1] and keys[0] == keys[2]
    for box in boxes:  # the font key made once per style is WeasyPrint's
        for size in (False, True):
            assert line_breaks.font_key(box.style, size) == line_breaks._ORIGINALS["font_key"](box.style, size)
    line_breaks.answers_for(boxes[0].style.font_config).clear()
    answers = [line_break.split_first_line(box.text, box.style, None, 200, 0) for box in boxes]
    kept = line_breaks.answers_for(boxes[0].style.font_config)
    assert len(kept) == 2  # the third paragraph's line is answered from memory
    assert answers[2][1:] == answers[0][1:] and answers[2][0] is not answers[0][0]  # a record of its own


def test_one_pango_context_per_direction_and_language(monkeypatch, plain_weasyprint):
    """The layouts of a document share a context per direction and language; WeasyPrint made one per layout."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    monkeypatch.setenv(fastpath.SWITCH, "1")
    contexts.install()
    made = []
    own = contexts.context_for

    def counted(style):
        made.append(style)
        return own(style)

    monkeypatch.setattr(contexts, "context_for", counted)
    font_config = FontConfiguration()
    html = (TEXTS["paragraphs"] + TEXTS["right-to-left"] + '<p lang="en">English words</p>'
            + TEXTS["language-override"])
    weasyprint.HTML(string=f'<html lang="id"><body>{html}</body></html>').write_pdf(font_config=font_config)
    kept = font_config.__dict__[contexts.CONTEXTS]
    assert set(kept) == {("ltr", "id"), ("rtl", "he"), ("rtl", "ar"), ("ltr", "en"), ("ltr", "tur"), ("ltr", "DEU")}
    assert len(made) > 4 * len(kept)  # many layouts, a handful of contexts


OTHER_REPORT = ("<h2>Bab II Metode</h2>" + TEXTS["paragraphs"] + LONG_TABLE.replace("Administrasi", "Adm.")
                + "<p>Teks yang hanya ada di laporan ini, cukup panjang untuk dipecah menjadi beberapa baris.</p>")


def _weasyprint_line_breaks(monkeypatch) -> list[str]:
    """The texts WeasyPrint's own split_first_line lays out from now on (each of its calls makes a layout)."""
    from weasyprint.text import line_break

    asked: list[str] = []
    own = line_break.create_layout

    def counted(text, *args):
        asked.append(text)
        return own(text, *args)

    monkeypatch.setattr(line_break, "create_layout", counted)
    return asked


def test_documents_with_the_system_fonts_share_their_line_breaks(own_pdf, monkeypatch, plain_weasyprint):
    """A document's line breaks answer the next document's questions (the reports of a batch share much text);
    the next document's PDF is WeasyPrint's own."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    monkeypatch.setenv(fastpath.SWITCH, "1")
    line_breaks.install()
    asked = _weasyprint_line_breaks(monkeypatch)
    _pdf("".join(TEXTS.values()))
    alone = len(asked)
    asked.clear()
    _pdf(OTHER_REPORT)  # shares the paragraphs and most of the table with the first
    after_other = len(asked)
    line_breaks.uninstall()
    line_breaks.install()  # its answers dropped
    asked.clear()
    assert _pdf("".join(TEXTS.values())) == own_pdf
    assert after_other > 0 and len(asked) == alone
    asked.clear()
    _pdf(OTHER_REPORT)
    assert len(asked) == after_other
    asked.clear()
    assert _pdf("".join(TEXTS.values())) == own_pdf  # every question answered by the two documents before
    assert asked == []


def test_a_document_with_fonts_of_its_own_keeps_its_line_breaks(monkeypatch, plain_weasyprint):
    """A document with an @font-face font may break the same text otherwise: its answers are its own."""
    import matplotlib
    import weasyprint

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    monkeypatch.setenv(fastpath.SWITCH, "1")
    line_breaks.install()
    html = (f'<style>@font-face {{ font-family: Sendiri; src: url("{font.as_uri()}") }}'
            'p { font-family: Sendiri }</style><p>Teks dengan huruf sendiri</p>')
    document = weasyprint.HTML(string=html).render()
    box = next(box for box in _boxes(document.pages[0]._page_box) if hasattr(box, "pango_layout"))
    assert box.style.font_config.__dict__[line_breaks.ANSWERS]
    assert line_breaks.answers_for(box.style.font_config) is not line_breaks._SHARED
    assert not line_breaks._SHARED


def test_a_layout_drawn_twice_is_made_again(monkeypatch, plain_weasyprint):
    """The kept Pango layout is given to the first drawing only; the next one makes its own, as WeasyPrint does."""
    import weasyprint
    from weasyprint.text import line_break

    monkeypatch.setenv(fastpath.SWITCH, "1")
    text_layouts.install()
    document = weasyprint.HTML(string="<p>dua kali</p>").render()
    style = next(box for box in _boxes(document.pages[0]._page_box) if hasattr(box, "pango_layout")).style
    layout, *_ = line_break.split_first_line("dua kali digambar", style, None, 1000, 0)
    kept = layout.__dict__[text_layouts.KEPT][0]
    for drawing in ("first", "second"):
        layout.reactivate(style)
        assert (layout.layout is kept) == (drawing == "first")
        first_line, _ = layout.get_first_line()
        assert first_line.length == len(b"dua kali digambar")
        layout.deactivate()
        assert text_layouts.KEPT not in layout.__dict__


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def test_switch_off_or_another_weasyprint_leaves_it_alone(monkeypatch, plain_weasyprint):
    import weasyprint
    from weasyprint.draw import text
    from weasyprint.layout import block
    from weasyprint.text import line_break

    own = (text.draw_first_line, line_break.Layout.reactivate, block.resolve_percentages)
    monkeypatch.setenv(fastpath.SWITCH, "0")
    for cut in CUTS.values():
        cut.install()
        assert not cut.installed()
    monkeypatch.setenv(fastpath.SWITCH, "1")
    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    for cut in CUTS.values():
        cut.install()
        assert not cut.installed()
    assert (text.draw_first_line, line_break.Layout.reactivate, block.resolve_percentages) == own


def test_pango_glyph_record_is_the_size_read():
    from weasyprint.text.ffi import ffi

    assert ffi.sizeof("PangoGlyphInfo") == glyphs.GLYPH_INFO_BYTES
