"""The numbers of an estimate that has them.

hasil.json types an estimate's numbers as optional: null when the estimate is withheld
(``cukup_data`` false, analysis.stats). Report code that has checked ``cukup_data`` reads them
here, so the rule "a withheld estimate is never shown or compared as a number" is stated once, and
breaking it fails with a message naming the estimate rather than a comparison with None.
"""

from __future__ import annotations

from evalasn.analysis.contract import Interval


class WithheldEstimateError(ValueError):
    """A withheld estimate (no numbers) was used as a number: a bug in the report code."""


def point(e: Interval) -> float:
    """The point estimate of an estimate with enough data."""
    return known(e["estimasi"], e)


def bounds(e: Interval) -> tuple[float, float]:
    """(lower, upper) of the 95% interval of an estimate with enough data."""
    return known(e["ci_bawah"], e), known(e["ci_atas"], e)


def known(value: float | None, e: Interval) -> float:
    """``value``, a number of ``e``, which must not be null."""
    if value is None:
        raise WithheldEstimateError(f"a withheld estimate used as a number: {dict(e)}")
    return value
