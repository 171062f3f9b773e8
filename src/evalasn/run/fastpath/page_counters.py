"""WeasyPrint's list pages given their page numbers after the first pagination, and made no third time; the same bytes.

The report's lists (Daftar Isi, Tabel, Gambar) print each entry's page with ``target-counter(attr(href), page)``.
WeasyPrint 70 gives each such ``::after`` a lookup item (``weasyprint.css.targets.CounterLookupItem``) but records
its target under the name ``None`` (``anchor_name_from_token`` does not resolve ``attr(href)``) and the target's
counter names (``page``) as the item's own (``compute_content_list`` reuses one variable for both lists). So when
the target's page is made, the entry is not told (``cache_target_page_counters`` looks the consumers up by the
target's real name); the entry's text is parsed again only when its own page is made and that page's counter
values differ from those recorded for it (``layout.page.make_page``, "Step 2: local counters"). They differ at the
first pagination (nothing recorded: parsed before the later targets are laid out, so the page prints 0) and at the
second (``pages``, the page count, was 0 and is now the count: parsed again with the page numbers, the page marked),
so every list page is made three times and only the third prints the numbers: kesehatan's pages 3-4.

``install`` marks, when WeasyPrint collects such an item, the items of a ``content`` that prints no counter of its
own box (no ``counter()`` or ``counters()``; strings, leaders, attributes and ``target-counter`` only). After each
pagination the marked items' contents are parsed again (the targets' pages are known by then) and their pages
marked to be made again where the text changed; and a marked item's recorded values compare equal to its page's
when the counters it names are equal, so a change of ``pages`` alone no longer makes its page again. Such a content
does not read its own page's counters (``target-counter`` reads the target's), so the text is what WeasyPrint's third
pass prints, one pagination sooner. A content with ``counter()`` or ``counters()`` keeps WeasyPrint's way.

Saves: page layouts per PDF (kesehatan, 39 pages: 43 -> 41; sosial 41 -> 39; provinsi 57 -> 54); kesehatan rendered
after sosial in one worker, with ``html_parse``, one warm render under callgrind: 9.320 -> 8.958 G instructions
(-3.9%, of which tinyhtml5's cache ~1%), ~0.05 CPU-s per report (see ``bench/README.md``, tenth session); the same
PDF bytes for every report of a Jakarta-scale batch.

Fenced to WeasyPrint 70 (``WEASYPRINT_VERSIONS``); ``EVALASN_FASTPATH=0`` or another version keeps WeasyPrint's own.
Breaks if: WeasyPrint changes how it records and compares an item's page counters or mends the two slips above
(tests/unit/test_fastpath_pages.py compares the PDF bytes with and without this: a list of target pages, with a page
footer of the page count, with counter(page) beside target-counter, a page count alone; and counts the layouts).
"""

from __future__ import annotations

from typing import Any

from evalasn.run.fastpath.fence import Fence

WEASYPRINT_VERSIONS = ("70.",)
OWN_COUNTERS = ("counter()", "counters()")  # content functions that read the item's own (page) counters
VALUES = "_evalasn_page_counters"
BOX = "_evalasn_box"  # the box whose content a marked item prints

_FENCE = Fence("weasyprint", WEASYPRINT_VERSIONS)
_ORIGINALS: dict[str, Any] = _FENCE.originals


class PrintedCounters(dict):
    """An item's recorded page counter values, equal to others when the counters the item names are equal."""

    __slots__ = ("names",)
    __hash__ = None  # a dict: unhashable

    def __init__(self, values, names) -> None:
        super().__init__(values)
        self.names = tuple(names)

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return all(self.get(name) == other.get(name) for name in self.names)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal


def _lookup_class():
    from weasyprint.css.targets import CounterLookupItem

    class TargetsOnly(CounterLookupItem):
        """A lookup item whose content prints no counter of its own box."""

        @property
        def cached_page_counter_values(self):
            return self.__dict__[VALUES]

        @cached_page_counter_values.setter
        def cached_page_counter_values(self, values):
            self.__dict__[VALUES] = PrintedCounters(values, self.missing_counters)

    return TargetsOnly


def install() -> None:
    """Compare only the counters an item names (once per process; nothing on another WeasyPrint or when off)."""
    if not _FENCE.ready():
        return
    from weasyprint import layout
    from weasyprint.css.targets import TargetCollector

    _ORIGINALS["class"] = _lookup_class()
    _FENCE.replace(TargetCollector, "collect_missing_counters", collect_missing_counters, key="collect")
    _FENCE.replace(layout, "make_all_pages", make_all_pages, key="make_all_pages")


def uninstall() -> None:
    """WeasyPrint's own again (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def prints_own_counters(content) -> bool:
    """Whether a ``content`` value reads its box's own counters (or is not a list of items this module knows)."""
    if not isinstance(content, (list, tuple)):
        return True
    return any(not isinstance(item, tuple) or not item or item[0] in OWN_COUNTERS for item in content)


def collect_missing_counters(self, parent_box, css_token, parse_again_function, missing_counters,
                             missing_target_counters):
    """``TargetCollector.collect_missing_counters``; the item of a content printing no own counter marked."""
    _ORIGINALS["collect"](self, parent_box, css_token, parse_again_function, missing_counters,
                          missing_target_counters)
    item = self.counter_lookup_items.get((parent_box, css_token))
    if (item is None or css_token != "content" or type(item) is not _ORIGINALS["class"].__mro__[1]
            or prints_own_counters(parent_box.style["content"])):
        return
    values = item.__dict__.pop("cached_page_counter_values", {})
    item.__class__ = _ORIGINALS["class"]
    item.cached_page_counter_values = values
    item.__dict__[BOX] = parent_box


def make_all_pages(context, root_box, html, pages):
    """``layout.page.make_all_pages``; then the marked items' contents parsed again with the targets' page numbers
    this pagination found, their pages marked to be made again where the text changed."""
    yield from _ORIGINALS["make_all_pages"](context, root_box, html, pages)
    page_maker = context.page_maker
    for item in list(context.target_collector.counter_lookup_items.values()):
        index = item.page_maker_index
        if type(item) is not _ORIGINALS["class"] or index is None or index >= len(page_maker):
            continue
        box = item.__dict__[BOX]
        before = _texts(box)
        item.parse_again(item.cached_page_counter_values)
        if _texts(box) != before:
            page_maker[index][-1]["content_changed"] = True


def _texts(box) -> list:
    return [(type(child).__name__, getattr(child, "text", None)) for child in box.descendants()]
