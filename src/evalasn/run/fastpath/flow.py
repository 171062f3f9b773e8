"""WeasyPrint's "is this box in normal flow?" answered from one read of its style; the same bytes.

``weasyprint.formatting_structure.boxes.Box.is_in_normal_flow`` asks five other methods (floated, absolutely
positioned, running, footnote, note), each looking the style up again: ~37,000 calls for an agency report's PDF
(the block layout asks it of every child it places, the float and table code again). ``install`` puts in its place
one function that reads ``float`` and ``position`` once and tests the same values.

Saves: ~1% of a PDF (the calls of kesehatan's render replayed: 0.032 -> 0.016 CPU-s; provinsi 0.046 -> 0.024), ~0.35
CPU-s per batch; see ``bench/README.md`` (ninth session).

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's own.
Breaks if: WeasyPrint changes what its five positioning predicates test, or a box class overrides one of them (this
reads the style directly, so an override would be skipped; ``install`` refuses when any class in
``weasyprint.formatting_structure.boxes`` defines one besides ``Box``). tests/unit/test_fastpath_flow.py compares the
answer with WeasyPrint's for every float and position value on real boxes, and the PDF bytes with and without.
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
PREDICATES = ("is_floated", "is_footnote", "is_note", "is_absolutely_positioned", "is_running", "is_in_normal_flow")
# the values WeasyPrint 70's predicates test (Box.is_floated, is_footnote, is_absolutely_positioned, is_running,
# is_note): a box with any of them is out of normal flow
OUT_OF_FLOW_FLOATS = ("left", "right", "inline-start", "inline-end", "footnote")
OUT_OF_FLOW_POSITIONS = ("absolute", "fixed")
OUT_OF_FLOW_FUNCTIONS = ("running()", "note()")  # position's first item: ('running()', name), ('note()', name)

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals


def install() -> None:
    """Answer from one read of the style (once per process; nothing on another WeasyPrint, when a box class
    overrides a predicate, or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint.formatting_structure import boxes

    if overridden(boxes):
        return
    _FENCE.replace(boxes.Box, "is_in_normal_flow", is_in_normal_flow, key="is_in_normal_flow")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def overridden(boxes_module) -> list[str]:
    """The box classes other than Box that define one of the positioning predicates themselves."""
    return [f"{cls.__name__}.{name}" for cls in vars(boxes_module).values()
            if isinstance(cls, type) and issubclass(cls, boxes_module.Box) and cls is not boxes_module.Box
            for name in PREDICATES if name in vars(cls)]


def is_in_normal_flow(box) -> bool:
    """Whether ``box`` is in normal flow: not floated, a footnote, absolutely positioned, running or a note."""
    style = box.style
    if style["float"] in OUT_OF_FLOW_FLOATS:  # read first, as WeasyPrint does (position is not read then)
        return False
    position = style["position"]
    return not (position in OUT_OF_FLOW_POSITIONS or position[0] in OUT_OF_FLOW_FUNCTIONS)
