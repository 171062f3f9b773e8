"""The 95% interval of the difference of two independent estimates, from their own intervals (MOVER: Zou & Donner
2008, "Construction of confidence limits about effect measures: a general approach", Stat Med 27:1693-1702).

Two methods' gains, or their costs per point, rest on disjoint sets of activities and are estimated apart (each
clustered, or bootstrapped, over its own activities), so they are independent; whether they differ is judged on the
difference's own interval, never on whether their two intervals overlap (two overlapping intervals can still differ
clearly; the report's glossary says so). For two symmetric normal intervals this is the Wald interval of the
difference, sqrt(h1² + h2²) on either side; for asymmetric ones (a bootstrap ratio) each side takes the half-widths
that bound it. No scipy: the report layer judges printed estimates with it (test_fastpath_imports).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


def difference(one: Mapping[str, Any], other: Mapping[str, Any]) -> tuple[float, float, float] | None:
    """(estimate, lower, upper) of ``one`` − ``other`` from their estimates and 95% intervals (``estimasi``,
    ``ci_bawah``, ``ci_atas``); None when either lacks one."""
    found = [record.get(key) for record in (one, other) for key in ("estimasi", "ci_bawah", "ci_atas")]
    if not (one.get("cukup_data", True) and other.get("cukup_data", True)):
        return None
    values = [float(value) for value in found if value is not None]
    if len(values) < len(found):
        return None
    first, first_low, first_high, second, second_low, second_high = values
    estimate = first - second
    low = estimate - math.hypot(first - first_low, second_high - second)
    high = estimate + math.hypot(first_high - first, second - second_low)
    return estimate, low, high


def clearly_below(one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether ``one`` is clearly below ``other``: the whole 95% interval of their difference is below zero."""
    found = difference(one, other)
    return found is not None and found[2] < 0
