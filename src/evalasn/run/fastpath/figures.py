"""The report figures' text laid out without reading the font's tables again for every label; the same pixels.

matplotlib 3.11 lays out every text (a tick label, a title, a legend entry) by opening the font and reading
two of its tables (``FT2Font.get_sfnt_table``, a new dict each time) to know the font's ascent, descent and
line gap, unless the renderer answers ``_get_font_height_metrics(prop)`` (the PDF and PS backends do). A
report figure is laid out twice (``tight_layout``, then the draw) and each tick label several times within
each pass: ~2,300 such reads for a report's eight figures. Agg's renderer gets the method here, answering
from a cache keyed by the font files matplotlib finds for the properties (so an rc change of the default
families is seen), the size in points and the renderer's dpi; the values are those of the formula in
``matplotlib.text.Text._get_layout``, so every text is placed where it was.

Saves: 5.2% of the work of a report's figures: the kesehatan report's eight figures (Jakarta scale), built and
written as PNG once, 5.217 -> 4.948 G instructions (callgrind, which the machine's load does not change; 6 Dec
2026), about 0.04 CPU-s per report (the figures take 0.8-1.0 CPU-s at load 7-10).

Breaks if: matplotlib stops asking the renderer (the cache is then unused: no gain, no harm), changes the
formula in ``Text._get_layout`` (the test comparing layouts with and without the cache fails), or gives Agg
its own ``_get_font_height_metrics`` (then this does nothing: ``install`` leaves a method it did not put
there alone). Installed in the kernel fork server (evalasn.run.fastpath.zygote), so only kernels forked
from it use it; tests/unit/test_fastpath_figures.py compares the layouts and the figures' PNG bytes.
"""

from __future__ import annotations

import functools
from typing import Any

from evalasn.run.fastpath.fence import Fence

HOOK = "_get_font_height_metrics"
# (ascent table, its line-gap, ascent and descent keys), in the order Text._get_layout tries them
TABLES = (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"), ("hhea", "lineGap", "ascent", "descent"))
_FENCE = Fence()


def install() -> None:
    """Give Agg's renderer the cached font metrics when the fast path is on (once per process)."""
    from matplotlib.backends.backend_agg import RendererAgg

    if not _FENCE.ready() or hasattr(RendererAgg, HOOK):
        return
    _FENCE.replace(RendererAgg, HOOK, font_height_metrics)


def uninstall() -> None:
    """Back to matplotlib's own layout (tests compare both)."""
    _FENCE.restore()
    _metrics.cache_clear()


def installed() -> bool:
    return _FENCE.installed()


def font_height_metrics(renderer, prop) -> tuple[float | None, float | None, float | None]:
    """(ascent, descent, line gap) in pixels of the font ``prop`` selects, as Text._get_layout computes them."""
    from matplotlib.font_manager import fontManager

    return _metrics(tuple(fontManager._find_fonts_by_props(prop)), prop.get_size_in_points(), renderer.dpi)


@functools.lru_cache(maxsize=512)
def _metrics(paths: tuple, size: float, dpi: float) -> tuple[float | None, float | None, float | None]:
    from matplotlib.font_manager import get_font

    font: Any = get_font(list(paths))  # Any: get_sfnt_table's stubs know each table name only as a literal
    for table_name, gap_key, ascent_key, descent_key in TABLES:
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * size * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None  # matplotlib then measures "lp" itself
