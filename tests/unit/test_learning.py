"""Level 2 estimates: intervals clustered by activity, Hedges' g_av with named bands, and the
ANCOVA of post on pre that separates method differences from regression to the mean."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats as sps

from evalasn.analysis import learning
from evalasn.analysis.contract.estimate import bounds, point
from tests.numbers import num


def _classes(rng, n_classes=20, size=15, gain=5.0, class_sd=3.0, noise_sd=4.0, metode="pelatihan"):
    """Participants in classes; each class shares a shock to its gain (same teacher, test, day)."""
    shocks = rng.normal(0, class_sd, n_classes)
    k = np.repeat(np.arange(n_classes), size)
    pre = rng.normal(55, 10, len(k))
    post = pre + gain + shocks[k] + rng.normal(0, noise_sd, len(k))
    return pd.DataFrame({"kegiatan_id": [f"{metode}-{i}" for i in k], "metode": metode, "nilai_pre": pre,
                         "nilai_post": post})


def test_cluster_standard_error_equals_statsmodels():
    frame = _classes(np.random.default_rng(0))
    diff = (frame["nilai_post"] - frame["nilai_pre"]).to_numpy()
    mean, se, G = learning.cluster_mean(diff, frame["kegiatan_id"].to_numpy())
    fit = sm.OLS(diff, np.ones((len(diff), 1))).fit(cov_type="cluster",
                                                    cov_kwds={"groups": pd.factorize(frame["kegiatan_id"])[0]})
    assert G == 20 and mean == pytest.approx(fit.params[0]) and se == pytest.approx(fit.bse[0])


def test_clustered_interval_covers_and_the_unclustered_one_does_not():
    rng = np.random.default_rng(11)
    hits = {"klaster": 0, "tanpa_klaster": 0}
    runs = 300
    for _ in range(runs):
        frame = _classes(rng)
        diff = (frame["nilai_post"] - frame["nilai_pre"]).to_numpy()
        mean, se, G = learning.cluster_mean(diff, frame["kegiatan_id"].to_numpy())
        t = sps.t.ppf(0.975, G - 1)
        hits["klaster"] += abs(mean - 5.0) <= t * se
        naive = diff.std(ddof=1) / np.sqrt(len(diff))
        hits["tanpa_klaster"] += abs(mean - 5.0) <= sps.t.ppf(0.975, len(diff) - 1) * naive
    assert 0.90 <= hits["klaster"] / runs <= 0.99, hits
    assert hits["tanpa_klaster"] / runs < 0.80, hits  # the old interval: far below 95%


def test_paired_change_clustered_reports_both_errors_and_g_av():
    frame = _classes(np.random.default_rng(2), n_classes=30, gain=10.0, class_sd=1.0, noise_sd=1.0)
    e = learning.paired_change_clustered(frame)
    assert e["n_kegiatan"] == 30 and bounds(e)[0] < 10.0 < bounds(e)[1]
    assert num(e["se"]) > num(e["se_tanpa_klaster"])
    sd_av = (frame["nilai_pre"].std() + frame["nilai_post"].std()) / 2
    assert e["d_av"] == pytest.approx(point(e) / sd_av)
    assert num(e["g_av"]) < num(e["d_av"]) and e["g_av"] == pytest.approx(e["d_av"], rel=0.01)
    assert e["besar_efek"] == "besar" and num(e["g_av_bawah"]) < num(e["g_av"]) < num(e["g_av_atas"])


def test_one_class_is_not_enough_for_a_clustered_interval():
    frame = _classes(np.random.default_rng(3), n_classes=1, size=40)
    e = learning.paired_change_clustered(frame)
    assert e["cukup_data"] is False and e["n_kegiatan"] == 1 and e["estimasi"] is None


@pytest.mark.parametrize("g,band", [(0.1, "sangat_kecil"), (0.2, "kecil"), (0.49, "kecil"), (0.5, "sedang"),
                                    (0.8, "besar"), (-0.9, "besar"), (None, None)],
                         ids=["0.1", "0.2", "0.49", "0.5", "0.8", "-0.9", "none"])
def test_effect_size_bands_are_cohens(g, band):
    assert learning.effect_size_band(g) == band


def test_ancova_separates_method_from_regression_to_the_mean():
    # post = 30 + 0.6 pre + method; "pelatihan" participants start low (40), "seminar" high (70):
    # raw gains differ by 20 points, the adjusted gains by the true 8
    rng = np.random.default_rng(4)
    parts = []
    for metode, start, effect in (("pelatihan", 40, 10.0), ("seminar", 70, 2.0)):
        k = np.repeat(np.arange(25), 12)
        pre = rng.normal(start, 6, len(k))
        post = 30 + 0.6 * pre + effect + rng.normal(0, 1.0, 25)[k] + rng.normal(0, 4, len(k))
        parts.append(pd.DataFrame({"kegiatan_id": [f"{metode}-{i}" for i in k], "metode": metode,
                                   "nilai_pre": pre, "nilai_post": post}))
    frame = pd.concat(parts, ignore_index=True)
    out = learning.ancova(frame)
    slope = out["kemiringan_pre"]
    assert bounds(slope)[0] < 0.6 < bounds(slope)[1] < 1  # regression to the mean shows
    adjusted = {r["metode"]: r["disesuaikan"] for r in out["per_metode"]}
    difference = point(adjusted["pelatihan"]) - point(adjusted["seminar"])
    assert difference == pytest.approx(8.0, abs=1.5)
    raw = {m: point(learning.paired_change_clustered(g)) for m, g in frame.groupby("metode")}
    assert abs(raw["pelatihan"] - raw["seminar"] - 8.0) > 8  # the raw comparison is off by regression to the mean
    assert out["plafon"]["estimasi"] == 0.0


def test_ancova_counts_scores_at_the_ceiling():
    frame = _classes(np.random.default_rng(5), gain=40.0)
    frame["nilai_post"] = frame["nilai_post"].clip(upper=100)
    out = learning.ancova(frame)
    assert out["plafon"]["estimasi"] == pytest.approx((frame["nilai_post"] >= 100).mean())
    assert out["plafon"]["jumlah"] > 0


def _ancova_reference(frame: pd.DataFrame, method: str) -> tuple[float, float, float, float]:
    """statsmodels on the same ANCOVA: the method's coefficient less the mean pre score, its CR1 and unclustered
    standard errors, and t on the method's own activities - 1."""
    pre_mean = frame["nilai_pre"].mean()
    X = pd.DataFrame({m: (frame["metode"] == m).astype(float) for m in ("pelatihan", "seminar")})
    X["pre_c"] = frame["nilai_pre"] - pre_mean
    groups = pd.factorize(frame["kegiatan_id"])[0]
    clustered_fit = sm.OLS(frame["nilai_post"], X).fit(cov_type="cluster", cov_kwds={"groups": groups})
    plain_fit = sm.OLS(frame["nilai_post"], X).fit()
    activities = frame.loc[frame["metode"] == method, "kegiatan_id"].nunique()
    t = sps.t.ppf(0.975, activities - 1)
    return clustered_fit.params[method] - pre_mean, clustered_fit.bse[method], plain_fit.bse[method], t


@pytest.mark.parametrize("seminar_activities", [3, 4], ids=["3-kegiatan", "4-kegiatan"])
def test_ancova_adjusted_gain_of_a_method_with_few_activities_is_never_narrower_than_unclustered(
        seminar_activities):
    """The few-cluster rule of analysis.small_clusters on a method's adjusted gain (FOUND smalln8): from 3 or 4
    activities whose means happen to agree, the joint fit's CR1 error is below the unclustered one; the interval
    takes the larger, with t on the method's activities - 1, as statsmodels computes them on the same data."""
    rng = np.random.default_rng(21)
    big = _classes(rng, n_classes=20, metode="pelatihan")
    few = _classes(rng, n_classes=seminar_activities, class_sd=0.0, noise_sd=8.0, metode="seminar")
    # the seminar classes' residual means made equal: the few contrasts between them carry no spread
    few["nilai_post"] -= few.groupby("kegiatan_id")["nilai_post"].transform("mean") - few["nilai_post"].mean()
    frame = pd.concat([big, few], ignore_index=True)
    gain, se_cr1, se_plain, t = _ancova_reference(frame, "seminar")
    assert se_cr1 < se_plain  # the case the rule is for
    adjusted = {r["metode"]: r["disesuaikan"] for r in learning.ancova(frame)["per_metode"]}["seminar"]
    assert point(adjusted) == pytest.approx(gain)
    assert bounds(adjusted) == pytest.approx((gain - t * se_plain, gain + t * se_plain))
    assert adjusted["p"] is None


def test_ancova_adjusted_gain_of_a_method_with_more_activities_follows_the_same_rule():
    """From 20 activities (below FEW_CLUSTERS) the larger of the two errors, with t on 20 - 1, as statsmodels."""
    rng = np.random.default_rng(22)
    frame = pd.concat([_classes(rng, n_classes=20, metode="pelatihan"),
                       _classes(rng, n_classes=8, metode="seminar")], ignore_index=True)
    adjusted = {r["metode"]: r["disesuaikan"] for r in learning.ancova(frame)["per_metode"]}
    for method in ("pelatihan", "seminar"):
        gain, se_cr1, se_plain, t = _ancova_reference(frame, method)
        half = t * max(se_cr1, se_plain)
        assert bounds(adjusted[method]) == pytest.approx((gain - half, gain + half)), method
