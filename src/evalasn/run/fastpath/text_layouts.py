"""WeasyPrint draws each line of text with the Pango layout its line breaking made, instead of making it again.

WeasyPrint breaks a paragraph into lines with a Pango layout per line (``text.line_break.split_first_line``);
once a line is found it sets the layout to the line's own text, measures it and throws the Pango objects away
(``Layout.deactivate``). To draw the line it makes them again (``Layout.reactivate``: a new Pango context and
layout, the same text), and Pango itemises, shapes and breaks the text a second time. ``install`` keeps the
Pango layout a line was measured with, where drawing it again would give the same glyphs, and hands it to the
drawing: the same style object, no letter or word spacing and no justification spacing (which the drawing adds
as attributes the measuring layout does not have), and no paragraph separator in the text (the drawing sets
single-paragraph mode). Everything else is made again as WeasyPrint does. A kept layout is given once: the
drawing's own ``deactivate`` drops it, so a box drawn twice (a repeated table header) is laid out again.

Saves: 2.1% of the instructions of an agency report's PDF (kesehatan, Jakarta scale, one warm render under
callgrind, 6 Dec 2026: 11.09 -> 10.86 G), ~0.03 CPU-s per report; the same bytes (kesehatan and provinsi). Costs:
the kept layouts live as long as their text boxes (until the PDF is written): provinsi's peak RSS over two renders
351 -> 358 MB.

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's
own. Breaks if: WeasyPrint's ``Layout`` changes what ``setup``/``set_text`` put on a layout, sets a layout's text
other than through ``set_text``, or draws with other Pango settings than ``reactivate`` gives.
tests/unit/test_fastpath_text_layouts.py compares the PDF bytes with and without this on text of each kind
(tables with break-word cells, hyphenation, justified and spaced text, ellipsis, tabs, line breaks).
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
PARAGRAPH_SEPARATORS = ("\n", "\r", "\u2029", "\u2028", "\x85")  # Pango starts a paragraph at each
KEPT = "_evalasn_kept"  # a Layout's (Pango layout, language, style) kept for its drawing
DRAWN = "_evalasn_drawn"  # set on a Layout once drawn: its next deactivate drops the Pango objects

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals


def install() -> None:
    """Keep measuring layouts for the drawing (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint.text import line_break

    _FENCE.replace(line_break.Layout, "deactivate", _deactivate, key="deactivate")
    _FENCE.replace(line_break.Layout, "reactivate", _reactivate, key="reactivate")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def drawable_as_measured(layout) -> bool:
    """Whether drawing ``layout``'s text would make a Pango layout with the same glyphs as the measuring one."""
    style = layout.style
    return (not layout.justification_spacing and not style["word_spacing"]
            and style["letter_spacing"] in ("normal", 0)
            and not any(separator in layout.text for separator in PARAGRAPH_SEPARATORS))


def _deactivate(self) -> None:
    if not self.__dict__.pop(DRAWN, False) and getattr(self, "text", None) is not None and drawable_as_measured(self):
        self.__dict__[KEPT] = (self.layout, self.language, self.style)
    else:
        self.__dict__.pop(KEPT, None)
    del self.layout, self.language, self.style


def _reactivate(self, style) -> None:
    kept = self.__dict__.pop(KEPT, None)
    self.__dict__[DRAWN] = True
    if kept is not None and kept[2] is style:
        self.layout, self.language, self.style = kept
        return
    _ORIGINALS["reactivate"](self, style)
