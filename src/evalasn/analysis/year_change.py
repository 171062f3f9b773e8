"""Each key figure's change from the year before, with the 95% interval of the difference, or exact for a census
figure (hasil.json `tren[].selisih_tahun_lalu`).

Whether a figure clearly rose or fell is judged on the interval of its difference, as every comparison of two figures
in the reports (the glossary: two overlapping intervals can still differ clearly), never on whether last year's point
value lies outside this year's interval, which ignores last year's own uncertainty (LOOK26 X-2: Bina Marga's cost per
point "membaik" from Rp 349.638 (217.115–532.313) to Rp 276.621, a difference whose interval holds zero). The design
follows what the two years share:

- coverage and 20 JP count the staff of each year, largely the same persons: ``paired``, the difference of the two
  shares over partially overlapping sets of persons with its standard error clustered by person (pegawai_id). That
  is the cluster-robust (CR1) standard error of the year coefficient in the stacked regression share ~ 1 + year over
  both years' staff, persons as clusters (Liang & Zeger 1986): a person counted in both years contributes the
  covariance of their two outcomes, one counted in one year only an independent term. Ignoring the pairing overstates
  the uncertainty when a person's two years go together, as they do (the same people train year after year).
- the IKM of each year's last survey period: other respondents, largely the same service units: the same estimator,
  clustered by unit, with the few-cluster rule of every clustered interval (analysis.small_clusters).
- the gain (the participants' mean and the adjusted one) and the cost per point rest on each year's own activities,
  disjoint sets estimated apart (clustered or bootstrapped over them): ``independent``, the MOVER interval from the
  two years' own intervals (analysis.difference; the bootstrap's asymmetric intervals kept).
- budget realisation is an account of the whole budget, not an estimate from a sample (``census``): its change is
  the exact difference of the two years' figures, without an interval (``ci_bawah`` and ``ci_atas`` null,
  ``sensus`` true), judged by its sign; a difference that prints as zero (constants.DECIMALS) is no change
  (``membaik`` None). LOOK28 Z-4: Dispora's realisation fell from 91,3% to 74,7% and no verdict said so.

``membaik`` of an estimate says which side of zero the whole interval lies on, the way the figure points
(key_figures.HIGHER_BETTER): true better, false worse, None when it holds zero. A dinas's adjusted gain is the
exception (``shrunk``): the mixed model shrinks it toward each year's province mean, so its change largely repeats the
province's own (LOOK27 Y-1: Lingkungan Hidup adjusted +1,73 (0,21 to 3,26) beside a participants' mean −1,84 (−7,13 to
3,44)). Its verdict stands only when the participants' mean changed clearly the same way; otherwise ``membaik`` is
None with ``alasan_membaik`` SHRUNK_GAIN, the difference and its interval kept. The province's own adjusted gain is
not shrunk toward itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from evalasn import constants
from evalasn.analysis import compliance, difference, ikm, small_clusters
from evalasn.analysis.contract.comparison import (
    PPPK_OVER_CAP,
    SHRUNK_GAIN,
    SHRUNK_GAIN_UNCOMPARED,
    YearChange,
    YearChanges,
)
from evalasn.analysis.key_figures import HIGHER_BETTER

# the census figures (an account of everything, no sampling error) and the decimals their level is printed with
CENSUS_DECIMALS = {"persen_realisasi": constants.DECIMALS["persen"]}

# the scale of a difference of two figures on [bottom, top]: [bottom - top, top - bottom]
SHARE_CHANGE = (-1.0, 1.0)
IKM_CHANGE = (ikm.IKM_SCALE[0] - ikm.IKM_SCALE[1], ikm.IKM_SCALE[1] - ikm.IKM_SCALE[0])


def overlapping(now: pd.Series, now_by: pd.Series, before: pd.Series,
                before_by: pd.Series) -> tuple[float, float, float, int, int] | None:
    """(mean of ``now`` − mean of ``before``, its cluster-robust standard error, the standard error of two independent
    samples, clusters, clusters in both) for two samples whose observations belong to clusters (``now_by``,
    ``before_by``: a person, a unit) that may appear in both. The CR1 error is statsmodels' for the year coefficient
    of OLS y ~ 1 + year with cov_type="cluster": each cluster's score is the sum of its residuals from its year's
    mean, divided by that year's n (negative for the year before), and the variance G/(G−1)·(N−1)/(N−2) times the sum
    of the squared scores. None when either sample has fewer than two observations."""
    y1, y0 = now.to_numpy(dtype=float), before.to_numpy(dtype=float)
    n1, n0 = len(y1), len(y0)
    if n1 < 2 or n0 < 2:
        return None
    m1, m0 = float(y1.mean()), float(y0.mean())
    scores = pd.concat([pd.Series((y1 - m1) / n1, index=pd.Index(now_by.to_numpy(), dtype=object)),
                        pd.Series(-(y0 - m0) / n0, index=pd.Index(before_by.to_numpy(), dtype=object))])
    per_cluster = scores.groupby(level=0, sort=False).sum().to_numpy()
    clusters, total = len(per_cluster), n1 + n0
    factor = clusters / (clusters - 1) * (total - 1) / (total - 2) if clusters > 1 else float("nan")
    clustered = math.sqrt(factor * float(np.square(per_cluster).sum()))
    plain = math.sqrt(float(y1.var(ddof=1)) / n1 + float(y0.var(ddof=1)) / n0)
    both = len(set(now_by.to_numpy()) & set(before_by.to_numpy()))
    return m1 - m0, clustered, plain, clusters, both


def _has_interval(figure: Any) -> bool:
    return isinstance(figure, Mapping) and bool(figure.get("cukup_data")) and all(
        figure.get(key) is not None for key in ("estimasi", "ci_bawah", "ci_atas"))


# the share of PPPK above the 24-JP cap (`pelaksanaan.jp_20.pppk.di_atas_batas`, contract.comparison.PPPK_OVER_CAP): not
# a key figure, but a finding whose change the reader is owed as much (LOOK30 B-1: 148 -> 278 of the same 458 PPPK
# unsaid); lower is better
POINTS_BETTER = {**HIGHER_BETTER, PPPK_OVER_CAP: False}


def change(key: str, estimate: float, low: float, high: float, paired: bool, pairs: int | None = None) -> YearChange:
    """The change record, ``membaik`` by the whole interval's side the way ``key`` points."""
    better = POINTS_BETTER[key]
    above, below = low > 0, high < 0
    membaik = (above if better else below) if above or below else None
    record: YearChange = {"estimasi": float(estimate), "ci_bawah": float(low), "ci_atas": float(high),
                          "cukup_data": True, "membaik": membaik, "berpasangan": paired}
    if pairs is not None:
        record["n_pasangan"] = int(pairs)
    return record


def paired(key: str, now_figure: Any, before_figure: Any, now: pd.Series, now_by: pd.Series, before: pd.Series,
           before_by: pd.Series, scale: tuple[float, float]) -> YearChange | None:
    """The change of a figure measured on clusters (persons, units) largely shared by the two years (overlapping),
    centred on the two printed figures' difference; its interval by the one rule of clustered intervals
    (small_clusters.interval: t on G − 1 df, never narrower than the independent one below FEW_CLUSTERS); None when
    either figure has no interval or the clusters are too few. Without any variation in either year the difference
    is exact (every person trained in both years: 0, no change)."""
    if not (_has_interval(now_figure) and _has_interval(before_figure)):
        return None
    found = overlapping(now, now_by, before, before_by)
    if found is None:
        return None
    _, clustered, plain, clusters, both = found
    estimate = float(now_figure["estimasi"]) - float(before_figure["estimasi"])
    if clustered == 0 and plain == 0:
        return change(key, estimate, estimate, estimate, True, both)
    ends = small_clusters.interval(estimate, clustered, plain, clusters, scale)
    if ends is None:
        return None
    return change(key, estimate, ends[0], ends[1], True, both)


def independent(key: str, now_figure: Any, before_figure: Any) -> YearChange | None:
    """The change of a figure estimated apart in each year (disjoint activities): MOVER from the two intervals
    (analysis.difference); None when either has no interval."""
    if not (_has_interval(now_figure) and _has_interval(before_figure)):
        return None
    found = difference.difference(now_figure, before_figure)
    return None if found is None else change(key, *found, paired=False)


def counted_staff(per_asn: pd.DataFrame, rule: str) -> tuple[pd.Series, pd.Series]:
    """(the outcome 0/1 of every person a share counts, their pegawai_id): coverage over every ASN (any JP), 20 JP
    over the duty group (compliance.duty_group, at least constants.JP_MINIMUM_PER_YEAR)."""
    if rule == "cakupan_asn":
        return (per_asn["jp"] > 0).astype(float), per_asn["pegawai_id"]
    group = compliance.duty_group(per_asn)
    return (group["jp"] >= constants.JP_MINIMUM_PER_YEAR).astype(float), group["pegawai_id"]


def pppk_over_cap(per_asn: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(1 for each PPPK above the JP cap, 0 for the others; their pegawai_id): the persons
    `pelaksanaan.jp_20.pppk.di_atas_batas` counts (analysis.compliance.pppk)."""
    group = compliance.pppk_staff(per_asn)
    return compliance.above_cap(group).astype(float), group["pegawai_id"]


def pppk_change(now_staff: pd.DataFrame, before_staff: pd.DataFrame) -> YearChange | None:
    """The change of the share of PPPK above the cap, paired by person (the same PPPK in both years, as coverage);
    each year's share with its interval as `pelaksanaan.jp_20.pppk.di_atas_batas` and `tren[].pppk_di_atas_batas`
    give it (compliance.over_cap_share: withheld under constants.MIN_N PPPK, and then no change)."""
    now, now_by = pppk_over_cap(now_staff)
    before, before_by = pppk_over_cap(before_staff)
    shares = [compliance.over_cap_share(staff) for staff in (now_staff, before_staff)]
    return paired(PPPK_OVER_CAP, shares[0], shares[1], now, now_by, before, before_by, SHARE_CHANGE)


def _respondents(skm: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(each respondent's converted score, their unit) of a year's last survey period (as trend._ikm takes it)."""
    latest = skm[skm["periode"] == skm["periode"].max()] if len(skm) else skm
    scores = ikm.respondent_scores(latest) if len(latest) else pd.Series(dtype=float)
    kept = scores.notna()
    return scores[kept], latest.loc[kept, "_unit"] if len(latest) else pd.Series(dtype=object)


def census(key: str, now: float | None, before: float | None) -> YearChange | None:
    """The change of a census figure (CENSUS_DECIMALS): the exact difference ``now`` − ``before``, no interval,
    ``membaik`` by its sign the way ``key`` points, None when it prints as zero; None when either year has none."""
    if now is None or before is None:
        return None
    estimate = float(now) - float(before)
    moved = round(estimate, CENSUS_DECIMALS[key]) != 0
    membaik = ((estimate > 0) is HIGHER_BETTER[key]) if moved else None
    return {"estimasi": estimate, "ci_bawah": None, "ci_atas": None, "cukup_data": True, "membaik": membaik,
            "berpasangan": False, "sensus": True}


def shrunk_verdict(adjusted: YearChange | None, raw: YearChange | None) -> YearChange | None:
    """A dinas's adjusted-gain change, its verdict kept only when the participants' mean (``raw``) changed clearly the
    same way; else ``membaik`` None with ``alasan_membaik`` SHRUNK_GAIN, or SHRUNK_GAIN_UNCOMPARED when the
    participants' mean has no change record (module docstring)."""
    if adjusted is None or adjusted["membaik"] is None or (raw is not None and raw["membaik"] is adjusted["membaik"]):
        return adjusted
    return {**adjusted, "membaik": None, "alasan_membaik": SHRUNK_GAIN if raw is not None else SHRUNK_GAIN_UNCOMPARED}


def changes(now: Mapping[str, Any], before: Mapping[str, Any], now_staff: pd.DataFrame, before_staff: pd.DataFrame,
            now_skm: pd.DataFrame, before_skm: pd.DataFrame, shrunk: bool = False) -> YearChanges:
    """The change of every key figure with an interval from the trend row ``before`` (the year before) to ``now``:
    coverage and 20 JP paired by person over each year's staff (``*_staff``: compliance.jp_per_pegawai's frames, the
    ones the figures count), the IKM paired by unit over each year's survey responses (``*_skm``, with a ``_unit``
    column), the gain, the adjusted gain and the cost per point independent, budget realisation exact (census);
    ``shrunk``: the adjusted gain is a dinas's, shrunk toward the province mean (shrunk_verdict)."""
    out: dict[str, YearChange | None] = {}
    for key in ("cakupan_asn", "jp_20"):
        out[key] = paired(key, now[key], before[key], *counted_staff(now_staff, key),
                          *counted_staff(before_staff, key), SHARE_CHANGE)
    out[PPPK_OVER_CAP] = pppk_change(now_staff, before_staff)
    out["gain"] = independent("gain", now["gain"], before["gain"])
    out["gain_model"] = independent("gain", now.get("gain_model"), before.get("gain_model"))
    if shrunk:
        out["gain_model"] = shrunk_verdict(out["gain_model"], out["gain"])
    out["ikm"] = paired("ikm", now["ikm"], before["ikm"], *_respondents(now_skm), *_respondents(before_skm),
                        IKM_CHANGE)
    out["persen_realisasi"] = census("persen_realisasi", now.get("persen_realisasi"), before.get("persen_realisasi"))
    out["biaya_per_poin"] = independent("biaya_per_poin", now["biaya_per_poin"], before["biaya_per_poin"])
    return {"cakupan_asn": out["cakupan_asn"], "jp_20": out["jp_20"], "gain": out["gain"],
            "gain_model": out["gain_model"], "ikm": out["ikm"], "persen_realisasi": out["persen_realisasi"],
            "biaya_per_poin": out["biaya_per_poin"], "pppk_di_atas_batas": out[PPPK_OVER_CAP]}
