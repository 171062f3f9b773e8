"""Level 2 (learning) estimates that respect the design: participants of one class share a
teacher, a test and a day, so intervals are clustered by activity (kegiatan); the effect size is
Hedges' g_av with Cohen's named bands; and an ANCOVA of post on pre sits beside the raw gain,
because a raw gain mixes learning with regression to the mean and a ceiling on the test.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import clustered, small_clusters
from evalasn.analysis.certainty import gain_status
from evalasn.analysis.contract.estimate import Coefficient, GainEstimate
from evalasn.analysis.contract.kirkpatrick import AdjustedMethod, Ancova
from evalasn.analysis.stats import (
    as_kind,
    coefficient,
    estimate,
    not_enough,
    paired_change,
    proportion_ci,
    withheld_because,
)


def cluster_mean(values: np.ndarray, clusters: np.ndarray) -> tuple[float, float, int]:
    """(mean, cluster-robust standard error, number of clusters): the CR1 sandwich of an
    intercept-only regression, G/(G-1) small-sample factor, as statsmodels' cluster option."""
    values = np.asarray(values, float)
    codes = pd.factorize(pd.Series(clusters))[0]
    G = int(codes.max()) + 1 if len(codes) else 0
    mean = float(values.mean()) if len(values) else float("nan")
    if G < 2:
        return mean, float("nan"), G
    sums = np.bincount(codes, weights=values - mean, minlength=G)
    return mean, float(np.sqrt(G / (G - 1) * (sums**2).sum()) / len(values)), G


def effect_size_band(g: float | None) -> str | None:
    """Cohen's (1988) name for |g|: 'besar', 'sedang', 'kecil' or 'sangat_kecil'."""
    if g is None or not np.isfinite(g):
        return None
    return next((name for cut, name in constants.EFFECT_SIZE_BANDS if abs(g) >= cut), constants.EFFECT_SIZE_BELOW)


def paired_change_clustered(frame: pd.DataFrame) -> GainEstimate:
    """Mean post - pre with a 95% interval and p clustered by kegiatan_id (t with G - 1 df, the few-cluster rule
    of analysis.small_clusters: none below constants.MIN_CLUSTERS activities, never narrower than unclustered
    below FEW_CLUSTERS), plus the paired estimate's d_z, share improved and Wilcoxon check, and Hedges' g_av.
    ``se`` is the CR1 error as computed; the interval and p use small_clusters.standard_error."""
    both = frame[["nilai_pre", "nilai_post", "kegiatan_id"]].dropna()
    base = paired_change(both["nilai_pre"], both["nilai_post"])
    if not base["cukup_data"]:
        return {**as_kind(GainEstimate, base), "n_kegiatan": int(both["kegiatan_id"].nunique()), "se": None,
                "se_tanpa_klaster": None,
                "d_av": None, "g_av": None, "g_av_bawah": None, "g_av_atas": None, "besar_efek": None,
                "status_kenaikan": None, "alasan": "peserta_kurang"}
    diff = (both["nilai_post"] - both["nilai_pre"]).to_numpy(float)
    mean, se_cr1, G = cluster_mean(diff, both["kegiatan_id"].to_numpy())
    n = len(diff)
    se_plain = float(np.std(diff, ddof=1) / np.sqrt(n))
    ends = small_clusters.interval(mean, se_cr1, se_plain, G)
    if ends is None:  # too few activities (constants.MIN_CLUSTERS): the participants' mean, no interval
        return {**as_kind(GainEstimate, not_enough(n)), "n_kegiatan": G, "se": None, "se_tanpa_klaster": None,
                "d_av": None, "g_av": None, "g_av_bawah": None, "g_av_atas": None, "besar_efek": None,
                "persen_naik": base["persen_naik"], "persen_naik_bawah": base["persen_naik_bawah"],
                "persen_naik_atas": base["persen_naik_atas"], "p_wilcoxon": base["p_wilcoxon"], "d_z": base["d_z"],
                "rata_pre": base["rata_pre"], "rata_post": base["rata_post"], "status_kenaikan": None,
                "alasan": "kegiatan_kurang_klaster" if G < constants.MIN_CLUSTERS else "tanpa_keragaman",
                "rata_peserta": float(mean)}
    low, high, se = ends
    t = sps.t.ppf(0.5 + constants.CONFIDENCE / 2, G - 1)
    p = float(2 * sps.t.sf(abs(mean / se), G - 1))
    sd_av = (both["nilai_pre"].std(ddof=1) + both["nilai_post"].std(ddof=1)) / 2
    hedges = 1 - 3 / (4 * (n - 1) - 1)  # small-sample correction J (Lakens 2013, eq. 4)
    d_av = mean / sd_av if sd_av > 0 else None
    g = d_av * hedges if d_av is not None else None
    # the interval of g_av: the clustered interval of the mean over the same denominator (its SDs
    # are taken as known; the clustered mean is by far the larger source of uncertainty)
    g_low = (mean - t * se) / sd_av * hedges if g is not None else None
    g_high = (mean + t * se) / sd_av * hedges if g is not None else None
    return {**as_kind(GainEstimate, base), "ci_bawah": low, "ci_atas": high, "p": p, "n_kegiatan": G, "se": se_cr1,
            "se_tanpa_klaster": se_plain, "d_av": d_av, "g_av": g,
            "g_av_bawah": g_low, "g_av_atas": g_high, "besar_efek": effect_size_band(g),
            "status_kenaikan": gain_status(low, high)}


def ancova(frame: pd.DataFrame) -> Ancova:
    """post ~ (pre - mean pre) + one mean per method, clustered by kegiatan_id: the slope on pre
    (1 = no regression to the mean; below 1 = low scorers gain more, high scorers less) and each
    method's gain adjusted to the same starting score (beside the raw gains of ``per_metode``); the share of
    post-test scores at the top of the scale (a ceiling hides gains)."""
    sub = frame[["nilai_pre", "nilai_post", "kegiatan_id", "metode"]].dropna()
    n, G = len(sub), sub["kegiatan_id"].nunique()
    ceiling = proportion_ci(int((sub["nilai_post"] >= constants.NILAI_RANGE[1]).sum()), n)
    why = ("data_kurang_regresi" if n < constants.MIN_N_REGRESSION else "kegiatan_kurang_klaster"
           if G < constants.MIN_CLUSTERS else "tanpa_keragaman" if not sub["nilai_pre"].std() > 0 else None)
    if why:
        return {"kemiringan_pre": withheld_because(why, n, int(G)), "rata_pre": None, "per_metode": [],
                "plafon": ceiling, "n_kegiatan": int(G)}
    pre_mean = float(sub["nilai_pre"].mean())
    methods = [m for m in constants.METODE if (sub["metode"] == m).any()]
    X = pd.DataFrame({m: (sub["metode"] == m).astype(float) for m in methods}, index=sub.index)
    X["pre_c"] = sub["nilai_pre"] - pre_mean
    result = clustered.cluster_ols(sub["nilai_post"], X, sub["kegiatan_id"], use_t=True)
    rows: list[AdjustedMethod] = []
    for method in methods:
        group = sub[sub["metode"] == method]
        activities = int(group["kegiatan_id"].nunique())
        # the rules of the method's raw gain (paired_change_clustered), in its order, each with its own code: a
        # withheld figure without one got the workbook's last resort, 'no variation in costs or scores' (LOOK32 D-5)
        if len(group) < constants.MIN_N or activities < constants.MIN_CLUSTERS:
            why = "peserta_kurang" if len(group) < constants.MIN_N else "kegiatan_kurang_klaster"
            rows.append({"metode": method, "disesuaikan": withheld_because(why, len(group), activities)})
            continue
        rows.append({"metode": method, "disesuaikan": _adjusted(result, method, len(group), activities, pre_mean)})
    return {"kemiringan_pre": as_kind(Coefficient, coefficient(result, "pre_c", n)), "rata_pre": pre_mean,
            "per_metode": rows, "plafon": ceiling, "n_kegiatan": int(G)}


def _adjusted(result: clustered.ClusterFit, method: str, n: int, activities: int, pre_mean: float) -> Coefficient:
    """A method's adjusted gain: its coefficient (expected post at the common pre score) less the mean pre score,
    with the few-cluster rule of analysis.small_clusters on the method's own activities (t on their number - 1, never
    narrower than the unclustered error below constants.FEW_CLUSTERS), as its raw gain in ``per_metode``; no ``p``
    (the coefficient tests post = 0, not gain = 0)."""
    post = float(result.params[method])
    plain = result.bse_plain[method] if result.bse_plain is not None else float("nan")
    ends = small_clusters.interval(post, float(result.bse[method]), float(plain), activities)
    if ends is None:  # enough activities (ancova checked): no usable standard error, the scores do not vary
        return withheld_because("tanpa_keragaman", n, activities)
    low, high, _ = ends
    return {**as_kind(Coefficient, estimate(n, post - pre_mean, low - pre_mean, high - pre_mean, None)),
            "n_kegiatan": activities}
