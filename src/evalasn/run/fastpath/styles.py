"""WeasyPrint's computed styles with less work: pseudo-elements' styles made when asked for, and a property that is
neither cascaded nor special taken from the parent or the initial values at once; the same bytes.

- WeasyPrint's user-agent stylesheet gives every element six pseudo-elements (``::marker``, ``::footnote-call``,
  ``::footnote-marker``, ``::note-call``, ``::note-marker``, ``::note-callback``), and ``StyleFor`` makes a computed
  style for each of them as it cascades the document: 9,100 of the 10,500 computed styles of an agency report's PDF
  (1,510 elements), of which the layout asks for a few hundred (list items' markers, the ``::after`` of the lists'
  links). ``set_computed_styles`` of an element's pseudo-element now notes what the style is made from (its parent,
  the root and the pseudo-element's cascaded declarations, a dict that outlives the cascade) and ``StyleFor``'s
  ``__call__`` makes it with WeasyPrint's own code when it is first asked for. A pseudo-element that declares an
  ``anchor`` is made at once (its anchor is collected during the cascade); a page's margin boxes are made as before.
- ``ComputedStyle.__missing__`` computes a property on its first read: 102,000 reads per agency report, 87% of them
  of a property the element does not declare, whose value is then the parent's (inherited) or the initial value.
  WeasyPrint's function checks a dozen cases for each (logical properties, ``var()``, math functions, text
  decorations, ``page``, ``float``/``display``/``position``). The replacement answers that common case at once when
  none of those cases can apply: not cascaded, no cascaded logical property (``margin-inline-start`` ...) that could
  stand for it, not one of the special properties, no math in the parent's value; everything else goes to
  WeasyPrint's own function.

Saves: see ``bench/README.md`` (kesehatan at Jakarta scale, one warm render under callgrind).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's
own. Breaks if: ``StyleFor`` starts reading ``_computed_styles`` for pseudo-elements other than through ``__call__``,
or stops clearing (rather than replacing) the cascaded dicts it makes styles from; ``ComputedStyle.__missing__``
treats another property specially, or an initial value becomes a math function. tests/unit/test_fastpath_styles.py
compares the PDF bytes and every box's style with and without this (lists, ``::before``/``::after``, footnotes,
logical properties in both directions, ``var()``, ``calc()``, ``inherit``/``initial``, text decorations, named pages)
and checks that unused pseudo-elements' styles are not made.
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
PENDING = "_evalasn_pending"  # a StyleFor's {(element, pseudo type): (parent, root, base URL, cascaded)}
# properties ComputedStyle.__missing__ treats specially (specified values kept, 'auto' page from the ancestor)
SPECIAL = frozenset({"float", "display", "position", "page"})

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals
_WEASYPRINT: dict[str, Any] = {}  # WeasyPrint's tables this module reads, bound by install


def install() -> None:
    """Put both in place (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint import css
    from weasyprint.css.computed_values import COMPUTER_FUNCTIONS, PHYSICAL_FUNCTIONS
    from weasyprint.css.functions import check_math
    from weasyprint.css.properties import INHERITED, INITIAL_NOT_COMPUTED, INITIAL_VALUES
    from weasyprint.layout.page import PageType

    if any(check_math(value) for value in INITIAL_VALUES.values()):
        return  # an initial value WeasyPrint would resolve on each read: its own function only
    _WEASYPRINT.update(
        PageType=PageType, INHERITED=INHERITED, INITIAL_VALUES=INITIAL_VALUES, check_math=check_math,
        COMPUTER_FUNCTIONS=COMPUTER_FUNCTIONS,
        # initial values that are their computed values (WeasyPrint stores them as they are)
        plain_initial=frozenset(key for key in INITIAL_VALUES if key not in INITIAL_NOT_COMPUTED),
        # a physical property's logical counterparts in either inline direction (the block direction is always ttb)
        logical={key: frozenset(function(block="ttb", inline=inline) for inline in ("ltr", "rtl"))
                 for key, function in PHYSICAL_FUNCTIONS.items()})
    _FENCE.replace(css.StyleFor, "set_computed_styles", set_computed_styles, key="set_computed_styles")
    _FENCE.replace(css.StyleFor, "__call__", style_for, key="call")
    _FENCE.replace(css.ComputedStyle, "__missing__", missing, key="missing")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


# --- pseudo-elements' styles made when asked for ------------------------------------------------
def set_computed_styles(self, element, parent, root=None, pseudo_type=None, base_url=None, target_collector=None):
    """``StyleFor.set_computed_styles``; an element's pseudo-element without an anchor is only noted."""
    pending = self.__dict__.setdefault(PENDING, {})
    if pseudo_type is not None and not isinstance(element, _WEASYPRINT["PageType"]):
        cascaded = self._cascaded_styles.get((element, pseudo_type), {})
        if "anchor" not in cascaded:
            pending[element, pseudo_type] = (parent, root, base_url, cascaded)
            return
    pending.pop((element, pseudo_type), None)
    _ORIGINALS["set_computed_styles"](self, element, parent, root, pseudo_type, base_url, target_collector)


def style_for(self, element, pseudo_type=None):
    """``StyleFor.__call__``; a noted pseudo-element's style is made first, by WeasyPrint's own code."""
    pending = self.__dict__.get(PENDING)
    if pending:
        noted = pending.pop((element, pseudo_type), None)
        if noted is not None:
            parent, root, base_url, cascaded = noted
            cascaded_styles = self._cascaded_styles  # cleared after the cascade; the style is made from ``cascaded``
            key = (element, pseudo_type)
            cascaded_styles[key] = cascaded
            try:
                _ORIGINALS["set_computed_styles"](self, element, parent, root, pseudo_type, base_url, None)
            finally:
                del cascaded_styles[key]
    return _ORIGINALS["call"](self, element, pseudo_type)


# --- a property's inherited or initial value at once ---------------------------------------------
def missing(self, key):
    """``ComputedStyle.__missing__``; a property neither cascaded nor special is the parent's or the initial value."""
    cascaded = self.cascaded
    names = _WEASYPRINT
    if key in cascaded or key in SPECIAL or key[:16] == "text_decoration_":
        return _ORIGINALS["missing"](self, key)
    logical = names["logical"].get(key)
    if logical is not None and not logical.isdisjoint(cascaded):
        return _ORIGINALS["missing"](self, key)
    parent = self.parent_style
    if key in names["INHERITED"] or key[:2] == "__":
        if parent is None:  # the root: a custom property's initial value is empty, the others go below
            if key[:2] == "__":
                self[key] = []
                return self[key]
        else:
            value = parent[key]
            if names["check_math"](value):
                return _ORIGINALS["missing"](self, key)
            self[key] = value
            return value
    value = names["INITIAL_VALUES"][key]
    if key not in names["plain_initial"]:
        computer = names["COMPUTER_FUNCTIONS"].get(key)
        if computer is not None:
            value = computer(self, key, value)
    self[key] = value
    return value
