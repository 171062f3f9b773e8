"""WeasyPrint's used lengths of a box (margins, paddings, widths, heights) resolved in one loop; the same bytes.

``weasyprint.layout.percent.resolve_percentages`` runs for every box each time it is laid out (8,800 times for
an agency report's PDF) and resolves 14 lengths, each through two function calls (``resolve_one_percentage``,
``percentage``) that look the box's style up again. ``install`` puts in its place a copy that reads the style
once and resolves the common values inline: a length in px is its value, a percentage is that share of the
containing block, ``auto`` and ``None`` stay as they are; anything else (``calc()`` and other math) goes through
WeasyPrint's own ``percentage``. The attributes set on the box, and their order, are WeasyPrint's.

Saves: 1.5% of the instructions of an agency report's PDF (kesehatan, Jakarta scale, one warm render under
callgrind, 6 Dec 2026: 11.09 -> 10.92 G), ~0.02 CPU-s per report; the same bytes (kesehatan and provinsi).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's
own. Breaks if: WeasyPrint changes which lengths ``resolve_percentages`` resolves or how, or imports it into
other modules than ``LAYOUT_MODULES``. tests/unit/test_fastpath_lengths.py compares the used values of every box
and the PDF bytes with and without this on pages of tables, percentages, ``calc()`` and box-sizing.
"""

from __future__ import annotations

import math
from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
# the modules that import resolve_percentages by name (flex.py calls it through the percent module)
LAYOUT_MODULES = ("percent", "inline", "page", "float", "grid", "absolute", "block", "column", "table")

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_WEASYPRINT: dict[str, Any] = {}  # WeasyPrint's names this copy uses, bound by install (WeasyPrint imported late)


def install() -> None:
    """Put the one-loop resolution in place (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    import importlib

    from weasyprint.css.functions import check_math
    from weasyprint.css.properties import Dimension
    from weasyprint.formatting_structure import boxes
    from weasyprint.layout.percent import adjust_box_sizing, percentage

    _WEASYPRINT.update(check_math=check_math, Dimension=Dimension, Box=boxes.Box, PageBox=boxes.PageBox,
                       adjust_box_sizing=adjust_box_sizing, percentage=percentage)
    for name in LAYOUT_MODULES:
        module = importlib.import_module(f"weasyprint.layout.{name}")
        if getattr(module, "resolve_percentages", None) is not None:
            _FENCE.replace(module, "resolve_percentages", resolve_percentages)


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def resolve_percentages(box, containing_block):
    """``weasyprint.layout.percent.resolve_percentages`` (70.0) with each length resolved inline."""
    names = _WEASYPRINT
    if isinstance(containing_block, names["Box"]):
        cb_width = containing_block.width
        cb_height = containing_block.height
    else:
        cb_width, cb_height = containing_block
    maybe_height = cb_height if isinstance(box, names["PageBox"]) else cb_width
    style = box.style
    _resolve(box, style, (("margin_left", cb_width), ("margin_right", cb_width), ("margin_top", maybe_height),
                          ("margin_bottom", maybe_height), ("padding_left", cb_width), ("padding_right", cb_width),
                          ("padding_top", maybe_height), ("padding_bottom", maybe_height), ("width", cb_width),
                          ("min_width", cb_width), ("max_width", cb_width)))

    if cb_height == "auto":
        # the containing block's height depends on its content
        height = style["height"]
        if height == "auto" or names["check_math"](height) or height.unit == "%":
            box.height = "auto"
        else:
            assert height.unit.lower() == "px"
            box.height = height.value
        _resolve(box, style, (("min_height", 0), ("max_height", math.inf)))
    else:
        _resolve(box, style, (("height", cb_height), ("min_height", cb_height), ("max_height", cb_height)))

    collapse = style["border_collapse"] == "collapse"
    for prop in ("border_top_width", "border_right_width", "border_bottom_width", "border_left_width"):
        # border-{side}-width would have been resolved during border conflict resolution for collapsed borders
        if not (collapse and hasattr(box, prop)):
            setattr(box, prop, style[prop])

    names["adjust_box_sizing"](box, "width")
    names["adjust_box_sizing"](box, "height")


def _resolve(box, style, lengths) -> None:
    """``resolve_one_percentage`` for each (property, length for 100%)."""
    dimension, percentage = _WEASYPRINT["Dimension"], _WEASYPRINT["percentage"]
    for name, refer_to in lengths:
        value = style[name]
        if value.__class__ is dimension and value.unit == "px":
            used = value.value
        elif value.__class__ is dimension and value.unit == "%":
            used = refer_to * value.value / 100
        elif value is None or value.__class__ is str and value == "auto":
            used = value
        else:
            used = percentage(value, style, refer_to)
        setattr(box, name, used)
        if used == "auto" and name in ("min_width", "min_height"):
            setattr(box, name, 0)
