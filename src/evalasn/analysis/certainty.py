"""Whether a gain is clearly above zero: the one rule, read by the estimators that record it and by the words
that compare two gains (a module of its own, without scipy, so the report layer can import it cheaply)."""

from __future__ import annotations

import math

from evalasn import constants

# the answers, as hasil.json records them (`status_kenaikan`)
UP, UNSURE, DOWN = "naik", "belum_pasti", "turun"


def gain_status(low: float | None, high: float | None) -> str | None:
    """The one answer to "is the gain clearly above zero", from its 95% interval: "naik" when the whole interval
    lies above constants.NO_GAIN_UPPER, "turun" when it lies wholly below it, "belum_pasti" when it reaches it; None
    without an interval. For the raw gain the interval is clustered by activity (CR1, t with G - 1 df:
    analysis.learning.paired_change_clustered, the small-sample test that stays honest with few activities); every
    place that says whether scores rose, and the cost per point (which needs a gain above zero to divide by), reads
    that answer from the gain's record (``status_kenaikan``)."""
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return None
    if low > constants.NO_GAIN_UPPER:
        return UP
    if high < constants.NO_GAIN_UPPER:
        return DOWN
    return UNSURE
