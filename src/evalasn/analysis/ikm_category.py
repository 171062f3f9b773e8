"""An IKM's category (PermenPAN-RB 14/2017), without the estimation code: the report layer judges printed values
with it and imports no scipy (analysis.ikm imports scipy.stats through analysis.stats: 0.4-0.5 s of CPU in the
batch's own process and in the kernels' fork server; bench/README.md)."""

from __future__ import annotations

import numpy as np

from evalasn import constants


def category(converted: float | None) -> tuple[str, str] | tuple[None, None]:
    """(letter, label) of a converted IKM; the value is compared as printed, rounded to
    constants.IKM_DECIMALS (two)."""
    if converted is None or not np.isfinite(converted):
        return None, None
    value = round(float(converted), constants.IKM_DECIMALS)
    for lower, letter, label, _ in constants.IKM_CATEGORIES:
        if value >= lower:
            return letter, label
    _, letter, label, _ = constants.IKM_CATEGORIES[-1]  # below the scale (not reachable from scores 1-4)
    return letter, label


def category_range(low: float | None, high: float | None) -> tuple[str | None, str | None]:
    """The categories of the two ends of an interval: ('C', 'B') when it reaches from C into B."""
    return category(low)[0], category(high)[0]
