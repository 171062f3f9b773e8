"""WeasyPrint's line breaking remembered per document: the same text in the same style and width is broken once.

``weasyprint.text.line_break.split_first_line`` finds where a line of text ends: it makes Pango layouts of the
text (two or three per call) and measures them. WeasyPrint asks the same question again whenever it lays a box
out again: the pages it makes a second and third time (the lists' page numbers), a table row that does not fit
and is laid out on the next page, the widths of table cells. In an agency report's PDF 1,029 of 2,867 calls
repeat an earlier one (kesehatan, Jakarta scale). ``install`` keeps each answer for the rest of the document
(on its ``FontConfiguration``, one per document) and gives a repeated question the same numbers and a copy of the
same layout record (its Pango objects are not kept: the drawing makes them again from the text, as it does
for every line in WeasyPrint's own code).

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
10.20 -> 9.94 G (bench/README.md).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's
own. Breaks if: ``split_first_line`` starts reading another style property or other state, or WeasyPrint starts
changing a layout record after it is returned. tests/unit/test_fastpath_text.py compares the PDF bytes with and
without this (the line breaks of 13 kinds of text, repeated table headers, hyphenation) and checks the key.
"""

from __future__ import annotations

import copy
from typing import Any

from evalasn.run.fastpath import enabled

WEASYPRINT_VERSIONS = ("70.",)
# the style properties split_first_line and Layout read beside WeasyPrint's font key (_font_style_cache_key)
STYLE_KEYS = ("white_space", "direction", "letter_spacing", "word_spacing", "overflow_wrap", "word_break",
              "tab_size", "hyphens", "hyphenate_character", "hyphenate_limit_chars", "hyphenate_limit_zone",
              "text_decoration_line", "font_kerning")
ANSWERS = "_evalasn_line_breaks"  # the FontConfiguration's dict of answers
FONT_KEYS = "_evalasn_font_keys"  # a style's font keys (without and with size), kept on the style object
KEPT = "_evalasn_kept"  # evalasn.run.fastpath.text_layouts' Pango objects kept on a layout record: never shared

_ORIGINALS: dict[str, Any] = {}
# the modules that call split_first_line by the name they imported (svg.text imports it when called)
CALLERS = ("weasyprint.text.line_break", "weasyprint.layout.inline", "weasyprint.layout.preferred")


def install() -> None:
    """Remember line breaks per document (once per process; nothing on another WeasyPrint or when off)."""
    if not enabled() or _ORIGINALS:
        return
    import importlib

    import weasyprint

    if not weasyprint.__version__.startswith(WEASYPRINT_VERSIONS):
        return
    from weasyprint.text import line_break

    _ORIGINALS["split_first_line"] = line_break.split_first_line
    _ORIGINALS["font_key"] = line_break._font_style_cache_key
    for name in CALLERS:
        setattr(importlib.import_module(name), "split_first_line", split_first_line)  # noqa: B010  (mypy: ModuleType)
    line_break._font_style_cache_key = font_key


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    import importlib

    if _ORIGINALS:
        for name in CALLERS:
            setattr(importlib.import_module(name), "split_first_line", _ORIGINALS["split_first_line"])  # noqa: B010
        from weasyprint.text import line_break

        line_break._font_style_cache_key = _ORIGINALS["font_key"]
        _ORIGINALS.clear()


def installed() -> bool:
    return bool(_ORIGINALS)


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


def split_first_line(text, style, context, max_width, justification_spacing, is_line_start=True, minimum=False):
    """``weasyprint.text.line_break.split_first_line``, each answer kept for the rest of the document."""
    answers = style.font_config.__dict__.setdefault(ANSWERS, {})
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
