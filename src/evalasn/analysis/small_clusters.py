"""The one rule for an interval clustered by activity (a gain) or by unit (an SKM element, an IKM) when the
clusters are few (constants.MIN_CLUSTERS, FEW_CLUSTERS; docs/metode.md "Sedikit klaster"), and the clip of an
interval to the scale its figure lives on (constants.SCALE_BOUNDS).

- Fewer than MIN_CLUSTERS clusters: no interval at all (None); the caller withholds the figure and says so.
- From MIN_CLUSTERS up to FEW_CLUSTERS: t on G - 1 df times the larger of the cluster-robust (CR1) and the
  unclustered standard error. With a positive intra-cluster correlation the true standard error of a mean is at
  least the unclustered one; a CR1 error below it from a handful of clusters is the noise of a variance estimated
  from G - 1 contrasts, not information (REVIEW6b 1: 0,110 from two activities beside 1,330 unclustered).
- From FEW_CLUSTERS on: CR1 with t(G - 1) as it is.

A scope of service units (an agency's IKM and SKM elements) withholds by ``too_few_units``: fewer than MIN_CLUSTERS
units, one or two, have no interval (REVIEW7 R7-11, CHECK10 C10-12); a unit's own IKM in the unit tables keeps its
respondents' interval (analysis.ikm.by_unit): that is the unit's figure, not the agency's.
"""

from __future__ import annotations

import math

from evalasn import constants


def interval(estimate: float, se_clustered: float, se_plain: float, clusters: int,
             scale: tuple[float, float] | None = None) -> tuple[float, float, float] | None:
    """(low, high, standard error used) of the 95% interval of ``estimate`` from ``clusters`` clusters, clipped
    to ``scale``; None below constants.MIN_CLUSTERS clusters or without a usable standard error."""
    if clusters < constants.MIN_CLUSTERS or not math.isfinite(estimate):
        return None
    se = standard_error(se_clustered, se_plain, clusters)
    if not se > 0:
        return None
    from scipy import stats as sps  # here: analysis.ikm imports this module, and the report stage ikm for its
    # category() alone (a no-change `make reports` stays under 2 s, issue 25)

    half = float(sps.t.ppf(0.5 + constants.CONFIDENCE / 2, clusters - 1)) * se
    low, high = clip(estimate - half, estimate + half, scale)
    return low, high, se


def too_few_units(units: int) -> bool:
    """Whether a figure of a scope pooled over ``units`` service units (an agency's IKM, an SKM element mean) has no
    interval: fewer than constants.MIN_CLUSTERS, whatever the count. An agency's IKM from one counter is no less
    clustered than from two (its interval over respondents ignores the unit's own period-to-period disturbances);
    one unit kept it while two lost it, so the agency with less data was judged and ranked (CHECK10 C10-12)."""
    return units < constants.MIN_CLUSTERS


def standard_error(se_clustered: float, se_plain: float, clusters: int) -> float:
    """The standard error an interval from ``clusters`` clusters uses: never below the unclustered one below
    constants.FEW_CLUSTERS."""
    finite = [s for s in (se_clustered, se_plain) if s is not None and math.isfinite(s)]
    if not finite:
        return float("nan")
    if clusters >= constants.FEW_CLUSTERS and se_clustered is not None and math.isfinite(se_clustered):
        return float(se_clustered)
    return float(max(finite))


def clip(low: float, high: float, scale: tuple[float, float] | None) -> tuple[float, float]:
    """An interval's ends kept on ``scale`` (a mean of scores 1-4 cannot lie below 1 or above 4)."""
    if scale is None:
        return float(low), float(high)
    bottom, top = scale
    return float(min(max(low, bottom), top)), float(max(min(high, top), bottom))


def wider_than_scale(low: float | None, high: float | None, scale: tuple[float, float] | None) -> bool:
    """True when an interval is not finite or is wider than its figure's whole ``scale`` (SCALE_BOUNDS): not an
    uncertainty but a failed computation, withheld rather than printed (CHECK12 C12-12)."""
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return True
    return scale is not None and high - low > scale[1] - scale[0]
