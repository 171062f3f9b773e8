"""The fast path's computed styles (evalasn.run.fastpath.styles) are WeasyPrint's own: the same PDF bytes, the same
value of every property of every box, and the pseudo-elements nobody asks for are not given a style."""

from __future__ import annotations

import pytest

from evalasn.run import fastpath
from evalasn.run.fastpath import styles

STYLE = """
@page { size: A5; margin: 2cm 1.5cm; @bottom-right { content: counter(page); } }
@page wide { size: A5 landscape; }
:root { --accent: #0b5394; --gap: 3px; }
body { font-family: "DejaVu Sans"; font-size: 10pt; }
h2 { color: var(--accent); margin-block-end: calc(2 * var(--gap)); padding-inline-start: 1em; }
h2::before { content: counter(chapter) ". "; counter-increment: chapter; -weasy-anchor: "bab"; }
ol.custom li::marker { color: var(--accent); font-weight: bold; }
ul { list-style: square; }
nav a::after { content: leader(".") target-counter(attr(href), page); }
.logical { margin-inline-start: 2em; border-inline-end: 3px solid red; padding-inline: 4px 9px;
           inset-inline-start: 1px; position: relative; }
.calc { font-size: calc(1em + 2px); letter-spacing: calc(1px + .05em); line-height: calc(1.2em + 1px);
        width: calc(100% - 3em); }
.inherit { border: 2px solid green; } .inherit span { border: inherit; color: initial; }
.deco { text-decoration: underline; } .deco em { text-decoration-color: blue; }
.wide { page: wide; }
.note { float: footnote; } ::footnote-call { color: red; } ::footnote-marker { font-weight: bold; }
"""
BODY = """
<nav><a href="#satu">Satu</a><a href="#dua">Dua</a></nav>
<h2 id="satu">Bab satu</h2>
<ol class="custom"><li>pertama</li><li>kedua<ol><li>bersarang</li></ol></li></ol>
<ul><li>butir</li></ul><ol start="4" reversed><li>empat</li><li>tiga</li></ol>
<p class="logical">Teks dengan sifat logis<span class="note">Catatan kaki.</span></p>
<p class="logical" dir="rtl">שלום עולם logis kanan-ke-kiri</p>
<div class="calc"><p>Ukuran dengan calc()</p></div>
<p class="inherit">Bingkai <span>warisan</span></p>
<p class="deco">Garis <em>bawah</em> <a href="#dua">tautan</a></p>
<table style="border-collapse: collapse"><thead><tr><th>A</th><th>B</th></tr></thead>
<tbody><tr><td style="padding: 2px; height: 2em">1</td><td>2</td></tr></tbody></table>
<div class="wide"><h2 id="dua">Bab dua</h2><p>Halaman lebar.</p></div>
"""


def _html() -> str:
    return (f'<html lang="id"><head><title>Uji</title><style>{STYLE}</style></head>'
            f"<body>{BODY}</body></html>")


@pytest.fixture
def plain_weasyprint(monkeypatch):
    """WeasyPrint's own code before and after each test; a fixed creation date."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    monkeypatch.setenv(fastpath.SWITCH, "1")
    styles.uninstall()
    yield
    styles.uninstall()


def _boxes(box):
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def _value(style, key):
    """A property's value, or the error WeasyPrint gives for it (a logical property of an anonymous box)."""
    try:
        return _comparable(style[key])
    except KeyError as error:
        return f"KeyError {error}"


def _comparable(value):
    """``value``, with tinycss2's tokens (left as they are in a few cascaded values, equal only to themselves) as
    their CSS text."""
    if type(value) in (tuple, list):
        return type(value)(_comparable(item) for item in value)
    serialize = getattr(value, "serialize", None)
    return ("token", serialize()) if callable(serialize) and not isinstance(value, str) else value


def _styles(document) -> list[tuple[str, dict]]:
    """Every box's element tag and the value of every property of its style."""
    from weasyprint.css.properties import INITIAL_VALUES

    return [(str(getattr(box, "element_tag", type(box).__name__)),
             {key: _value(box.style, key) for key in INITIAL_VALUES})
            for page in document.pages for box in _boxes(page._page_box)]


def test_same_pdf_bytes_and_styles_with_and_without(plain_weasyprint):
    import weasyprint

    own_pdf = weasyprint.HTML(string=_html()).write_pdf(pdf_variant="pdf/a-3a")
    own_styles = _styles(weasyprint.HTML(string=_html()).render())
    styles.install()
    assert styles.installed()
    assert weasyprint.HTML(string=_html()).write_pdf(pdf_variant="pdf/a-3a") == own_pdf
    assert _styles(weasyprint.HTML(string=_html()).render()) == own_styles


@pytest.fixture(scope="module")
def made_styles():
    """The computed styles one rendering made without and with the cut, keyed (element, pseudo type)."""
    import weasyprint

    styles.uninstall()
    try:
        own = _render_styles(weasyprint)
        styles.install()
        assert styles.installed()
        return own, _render_styles(weasyprint)
    finally:
        styles.uninstall()


@pytest.mark.parametrize(("pseudo_type", "made"), [
    pytest.param("marker", True, id="list-markers-made"),
    pytest.param("after", True, id="link-after-made"),
    pytest.param("before", True, id="heading-before-with-anchor-made"),
    pytest.param("footnote-call", True, id="used-footnote-call-made"),
    pytest.param("note-call", False, id="unused-note-call-not-made"),
    pytest.param("note-callback", False, id="unused-note-callback-not-made"),
])
def test_only_the_pseudo_elements_asked_for_get_a_style(pseudo_type, made, made_styles):
    """Every element has a ::note-call in WeasyPrint's stylesheet: with the cut, only those in use are made."""
    own, cut = ({key: style for key, style in rendering.items() if key[1] == pseudo_type and style}
                for rendering in made_styles)
    assert own
    assert bool(cut) == made
    assert len(cut) <= len(own)


def _render_styles(weasyprint) -> dict:
    """The computed styles a rendering made, keyed (element, pseudo type)."""
    from weasyprint import css

    kept: list = []
    own_init = css.StyleFor.__init__

    def keep(self, *args, **kwargs):
        own_init(self, *args, **kwargs)
        kept.append(self)

    css.StyleFor.__init__ = keep
    try:
        weasyprint.HTML(string=_html()).render()
    finally:
        css.StyleFor.__init__ = own_init
    return dict(kept[0].get_computed_styles())


@pytest.mark.parametrize(("switch", "version"), [
    pytest.param("0", "70.0", id="switched-off"),
    pytest.param("1", "71.0", id="another-weasyprint"),
])
def test_switch_off_or_another_weasyprint_leaves_it_alone(switch, version, monkeypatch, plain_weasyprint):
    import weasyprint
    from weasyprint import css

    own = (css.StyleFor.set_computed_styles, css.StyleFor.__call__, css.ComputedStyle.__missing__)
    monkeypatch.setenv(fastpath.SWITCH, switch)
    monkeypatch.setattr(weasyprint, "__version__", version)
    styles.install()
    assert not styles.installed()
    assert (css.StyleFor.set_computed_styles, css.StyleFor.__call__, css.ComputedStyle.__missing__) == own
