"""A marker style copied without deep-copying it twice over; the same pixels.

Every tick of a figure's axes after the first is made by copying the first one's properties
(``Axis._copy_tick_props``): its two tick lines copy their marker style with
``MarkerStyle(other_marker)``, which deep-copies the other style's attributes, and through the bound
method among them (``_marker_function``) a whole second copy of the other style as well, paths and
transforms included: ~1,500 deep copies for a report's eight figures. Here a style given another style
takes its attributes as they are (paths and transforms that matplotlib replaces, never changes, once a
style is made, as every style made from the same letter already shares them), a copy of the one it may
change in place (``_user_transform``, which ``rotated`` turns) and its marker function bound to itself.

Saves: 2.2% of the work of a report's figures: kesehatan's eight figures (Jakarta scale), built and written
as PNG once, 4.495 -> 4.396 G instructions (callgrind, 6 Dec 2026), about 0.02 CPU-s per report.

Breaks if: matplotlib gives ``MarkerStyle`` another attribute it changes in place after the style is made
(a copy would then share it: the test comparing the copies' attributes and the figures' PNG bytes with and
without this catches what it draws differently), or renames ``MarkerStyle._set_marker`` (``install`` then
finds nothing to wrap: no gain, no harm). Installed in the kernel fork server (evalasn.run.fastpath.zygote).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any

from evalasn.run.fastpath.fence import Fence

_FENCE = Fence()


def install() -> None:
    """Copy marker styles the light way when the fast path is on (once per process)."""
    if not _FENCE.ready():
        return
    from matplotlib.markers import MarkerStyle

    original = vars(MarkerStyle).get("_set_marker")
    if original is None:
        return
    _FENCE.replace(MarkerStyle, "_set_marker", _light_copy(original))


def uninstall() -> None:
    """Back to matplotlib's own copy (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def _light_copy(set_marker: Callable) -> Callable:
    from matplotlib.markers import MarkerStyle

    @functools.wraps(set_marker)
    def wrapper(self, marker: Any):
        if type(marker) is not MarkerStyle or type(self) is not MarkerStyle:  # a subclass may keep more state
            return set_marker(self, marker)
        state = dict(vars(marker))
        function = state.get("_marker_function")
        if function is not None and not hasattr(function, "__func__"):
            return set_marker(self, marker)
        state["_user_transform"] = copy.deepcopy(state.get("_user_transform"))
        if function is not None:
            state["_marker_function"] = function.__func__.__get__(self)
        self.__dict__ = state
        return None

    return wrapper
