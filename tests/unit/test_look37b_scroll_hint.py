"""LOOK37b M-30: on a phone the report's wide tables had only a shadow for a cue: its line "The table is wider than
the screen: scroll sideways …" (the caption's data-hint, as the index has one) showed only through a scroll timeline,
which a browser without them (Firefox; Safari before 26) lacks, so there no line showed at all. Where scroll
timelines exist the line still shows only while the box scrolls; without them it stands over every table and
many-panel figure that may scroll on a phone."""

from __future__ import annotations

import re

from evalasn.paths import TEMPLATES


def _phone_rules() -> str:
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    return css[css.index("@media screen and (max-width: 40rem)"):css.index("@media print")]


def test_a_browser_without_scroll_timelines_shows_the_line():
    phone = _phone_rules()
    start = phone.index("@supports not (animation-timeline: scroll())")
    block = phone[start:phone.index("}\n  }", start)]
    assert ".table-block caption[data-hint]::after" in block and "figure.wide figcaption[data-hint]::before" in block
    assert re.search(r"visibility:\s*visible", block) and re.search(r"height:\s*auto", block), block


def test_with_scroll_timelines_the_line_shows_only_while_the_box_scrolls():
    phone = _phone_rules()
    hidden = phone[phone.index(".table-block caption[data-hint]::after {"):]
    assert "visibility: hidden" in hidden.split("}")[0]
    timeline = phone[phone.index("@supports (animation-timeline: scroll())"):]
    assert "animation-timeline: scroll(nearest inline)" in timeline.split("@supports not")[0]
