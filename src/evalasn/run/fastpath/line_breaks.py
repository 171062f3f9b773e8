"""WeasyPrint's line breaking remembered: the same text in the same style, width and fonts is broken once.

``weasyprint.text.line_break.split_first_line`` finds where a line of text ends: it makes Pango layouts of the
text (two or three per call) and measures them. WeasyPrint asks the same question again whenever it lays a box
out again: the pages it makes a second and third time (the lists' page numbers), a table row that does not fit
and is laid out on the next page, the widths of table cells. In an agency report's PDF 1,029 of 2,867 calls
repeat an earlier one (kesehatan, Jakarta scale). ``install`` keeps each answer and gives a repeated question the
same numbers and a copy of the same layout record (its Pango objects are not kept: the drawing makes them again from
the text, as it does for every line in WeasyPrint's own code).

The answers are kept for every document of the process whose fonts are the system's (no ``@font-face`` font of
its own, so each document's ``FontConfiguration`` finds the same fonts): the reports of a batch share much of their
text (headings, the method chapter, notes, table headers, the lists' entries). Of an agency report's 1,800 distinct
questions about 1,000 were asked by the agency report a worker made before it (sosial, pendidikan, dispora,
kesehatan). A document with fonts of its own keeps its answers on its ``FontConfiguration``, for itself alone. The
shared answers are dropped when they pass ``MAX_SHARED`` (a worker making all 22 reports keeps ~25,000).

WeasyPrint's font key of a style (``_font_style_cache_key``: 14 properties, 16 with the size, formatted into a
string), which ``strut`` builds for every line box and the answers above use, is also made once per style object
(no layout step changes a style's font properties; a copied style is a new object and gets its own).

The answer depends on the text, the width, the justification spacing, whether the line starts a line box,
``minimum``, and on the style properties the function and the layouts it makes read (``STYLE_KEYS``, with
WeasyPrint's own font key: family, style, stretch, weight, variants, features, variations, language override,
lang, size, line height); the document's fonts through the ``FontConfiguration`` the answers are kept on; and the
hyphenation dictionaries, which depend only on the language and limits in the key.

Saves: the remembered line breaks alone 2.0% of the instructions of an agency report's PDF (kesehatan, Jakarta
scale, one warm render under callgrind, 6 Dec 2026: 11.09 -> 10.87 G), ~0.03 CPU-s per report; the same bytes
(kesehatan and provinsi). With the font keys made once per style: the four PDF cuts of the sixth session together
10.20 -> 9.94 G (bench/README.md). The answers shared by the next documents: kesehatan made after sosial, pendidikan
and dispora, 9.911 -> 9.288 G (-6.3%, 6 Dec 2026); the same bytes.

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's
own. Breaks if: ``split_first_line`` starts reading another style property or other state, WeasyPrint starts
changing a layout record after it is returned, or it adds a document's ``@font-face`` fonts without making
``FontConfiguration._folder`` (the document would then share answers measured with other fonts). A font installed
on the system while a worker runs is not seen by the shared answers (workers live for one batch).
tests/unit/test_fastpath_text.py compares the PDF bytes with and without this (the line breaks of 13 kinds of text,
repeated table headers, hyphenation), checks the key, that a second document is answered from the first and is
WeasyPrint's own, and that a document with a font of its own keeps its answers to itself.
"""

from __future__ import annotations

import copy
from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
# the style properties split_first_line and Layout read beside WeasyPrint's font key (_font_style_cache_key)
STYLE_KEYS = ("white_space", "direction", "letter_spacing", "word_spacing", "overflow_wrap", "word_break",
              "tab_size", "hyphens", "hyphenate_character", "hyphenate_limit_chars", "hyphenate_limit_zone",
              "text_decoration_line", "font_kerning")
ANSWERS = "_evalasn_line_breaks"  # a FontConfiguration's dict of answers, for a document with fonts of its own
MAX_SHARED = 200_000  # answers kept for the documents with the system's fonts; beyond, they start again
FONT_KEYS = "_evalasn_font_keys"  # a style's font keys (without and with size), kept on the style object
KEPT = "_evalasn_kept"  # evalasn.run.fastpath.text_layouts' Pango objects kept on a layout record: never shared

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals
_SHARED: dict[tuple, tuple] = {}  # the answers for documents whose fonts are the system's
# the modules that call split_first_line by the name they imported (svg.text imports it when called)
CALLERS = ("weasyprint.text.line_break", "weasyprint.layout.inline", "weasyprint.layout.preferred")


def install() -> None:
    """Remember line breaks per document (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    import importlib

    from weasyprint.text import line_break

    _ORIGINALS["split_first_line"] = line_break.split_first_line
    for name in CALLERS:
        _FENCE.replace(importlib.import_module(name), "split_first_line", split_first_line)
    _FENCE.replace(line_break, "_font_style_cache_key", font_key, key="font_key")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()
    _SHARED.clear()


def installed() -> bool:
    return _FENCE.installed()


def font_key(style, include_size=False) -> str:
    """WeasyPrint's ``_font_style_cache_key`` of ``style``, made once per style object (it formats 14 properties,
    16 with the size, into a string; ``strut`` asks for it for every line box)."""
    keys = style.__dict__.get(FONT_KEYS)
    if keys is None:
        keys = style.__dict__[FONT_KEYS] = {}
    key = keys.get(include_size)
    if key is None:
        key = keys[include_size] = _ORIGINALS["font_key"](style, include_size)
    return key


def question(text, style, max_width, justification_spacing, is_line_start, minimum) -> tuple:
    """What ``split_first_line``'s answer depends on, besides the document's fonts."""
    return (text, font_key(style, include_size=True), max_width, justification_spacing,
            is_line_start, minimum, *(repr(style[key]) for key in STYLE_KEYS))


def answers_for(font_config) -> dict:
    """Where the answers for a document with ``font_config`` are kept: shared by the documents that use the system's
    fonts only (WeasyPrint makes its folder when it adds an ``@font-face`` font), else the document's own."""
    if font_config._folder is None:
        if len(_SHARED) >= MAX_SHARED:
            _SHARED.clear()
        return _SHARED
    return font_config.__dict__.setdefault(ANSWERS, {})


def split_first_line(text, style, context, max_width, justification_spacing, is_line_start=True, minimum=False):
    """``weasyprint.text.line_break.split_first_line``, each answer kept for the next documents too."""
    answers = answers_for(style.font_config)
    key = question(text, style, max_width, justification_spacing, is_line_start, minimum)
    found = answers.get(key)
    if found is None:
        result = _ORIGINALS["split_first_line"](text, style, context, max_width, justification_spacing,
                                                is_line_start, minimum)
        record = copy.copy(result[0])
        record.__dict__.pop(KEPT, None)
        answers[key] = (record, result[1:])
        return result
    record, numbers = found
    return (copy.copy(record), *numbers)
