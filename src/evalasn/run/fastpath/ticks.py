"""An axis' ticks worked out once per layout or draw of its axes, not once per question; the same pixels.

matplotlib finds the ticks an axis draws (``Axis._update_ticks``: the locator's positions, the formatter's labels,
each tick moved and relabelled, those inside the view kept) whenever anything asks about them, and while one axes is
laid out or drawn many things ask with nothing changed in between: the axis itself, each of its two spines (for the
tick marks' length, ``Spine.get_window_extent``) and, for the axis label's position, the axis of every axes sharing
it (``Axis._get_tick_boxes_siblings``). A report's figures ask ~290 times for 26 axes; a 2 x 3 grid with a shared
x axis asks for each of its six x axes again for every panel.

Here, for as long as one ``Axes.get_tightbbox`` (what ``tight_layout`` measures) or one ``Axes.draw`` runs (nested
calls share the outer one's), an axis answers a repeated question with the list of ticks it worked out first, as long
as its view interval, its axes' box on the figure and the figure's dpi are what they were. Inside those calls no user
code runs and nothing else changes a tick: the second answer would be the same ticks, moved to the same places and
given the same labels (matplotlib only sets a text it changes as stale). Outside them (a user's ``get_ticklabels``,
a figure's own layout between the axes) every call works them out as matplotlib does.

Saves: 288 -> 68 tick updates for the kesehatan report's eight figures (Jakarta scale); its cells, 12 interleaved runs
each (6 Dec 2026, load ~20): median 0.676 -> 0.648 CPU-s (min 0.646 -> 0.614); provinsi min 1.072 -> 1.044. About
0.03 CPU-s per report.

Breaks if: matplotlib renames ``Axis._update_ticks`` or the two methods (``install`` then finds nothing to wrap: no
gain, no harm), or starts changing a locator, formatter or tick inside ``Axes.get_tightbbox`` or ``Axes.draw``
between two questions (tests/unit/test_fastpath_ticks.py compares the report figures' PNG bytes with and without
this, and counts the questions answered). Installed in the kernel fork server (evalasn.run.fastpath.zygote).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from evalasn.run.fastpath.fence import Fence

_FENCE = Fence()
_SCOPE: list[dict] = []  # the open layout or draw's remembered answers (one dict, or none outside)
COUNTS = {"asked": 0, "worked_out": 0}  # for tests and measurements


def install() -> None:
    """Remember ticks within a layout or a draw when the fast path is on (once per process)."""
    if not _FENCE.ready():
        return
    from matplotlib.axes._base import _AxesBase
    from matplotlib.axis import Axis

    targets = ((Axis, "_update_ticks", _remembered), (_AxesBase, "get_tightbbox", _scoped),
               (_AxesBase, "draw", _scoped))
    if any(name not in vars(owner) for owner, name, _ in targets):
        return
    for owner, name, wrap in targets:
        _FENCE.replace(owner, name, wrap(vars(owner)[name]))


def uninstall() -> None:
    """Back to matplotlib's own tick updates (tests compare both)."""
    _FENCE.restore()
    _SCOPE.clear()


def installed() -> bool:
    return _FENCE.installed()


def _scoped(method: Callable) -> Callable:
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if _SCOPE:  # inside another axes' layout or draw: its answers stay good here
            return method(self, *args, **kwargs)
        _SCOPE.append({})
        try:
            return method(self, *args, **kwargs)
        finally:
            _SCOPE.clear()

    return wrapper


def _remembered(update_ticks: Callable) -> Callable:
    @functools.wraps(update_ticks)
    def wrapper(self) -> list:
        if not _SCOPE:
            return update_ticks(self)
        COUNTS["asked"] += 1
        axes: Any = self.axes
        key = (self, tuple(self.get_view_interval()), axes.bbox.bounds, axes.get_figure(root=True).dpi)
        answers = _SCOPE[0]
        ticks = answers.get(key)
        if ticks is None:
            COUNTS["worked_out"] += 1
            ticks = answers[key] = update_ticks(self)
        return list(ticks)  # a list of its own for each caller, as matplotlib gives

    return wrapper
