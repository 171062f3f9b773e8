"""Few-cluster inference for the budget slope (analysis.few_clusters), checked against well-kept
references on the same data, and its coverage at 16 activities (issue 23.1)."""

from functools import cache

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn import constants
from evalasn.analysis import budget, clustered, few_clusters, inference
from evalasn.analysis.contract.estimate import bounds, point
from tests.budget_sim import TRUE_SLOPE, activities
from tests.wild_reference import webb_draws


def _clustered(seed=3, n_clusters=8, size=10):
    rng = np.random.default_rng(seed)
    n_rows = n_clusters * size
    groups = np.repeat(np.arange(n_clusters), size)
    X = np.column_stack([np.ones(n_rows), rng.normal(size=n_rows), np.repeat(rng.normal(size=n_clusters), size)])
    y = X @ [1.0, 0.5, 1.0] + rng.normal(size=n_rows) + np.repeat(rng.normal(size=n_clusters), size)
    return y, X, groups


def test_cr2_with_one_row_per_cluster_is_statsmodels_hc2():
    rng = np.random.default_rng(3)
    X = np.column_stack([np.ones(25), rng.normal(size=25), rng.normal(size=25)])
    y = X @ [1.0, 2.0, 0.0] + rng.normal(size=25) * (1 + np.abs(X[:, 1]))
    parts = few_clusters.cluster_parts(y, X, np.arange(25), np.array([0.0, 1.0, 0.0]))
    assert np.sqrt(np.sum(parts.scores ** 2)) == pytest.approx(sm.OLS(y, X).fit(cov_type="HC2").bse[1], rel=1e-10)


def test_cr1_is_statsmodels_cluster():
    y, X, groups = _clustered()
    parts = few_clusters.cluster_parts(y, X, groups, np.array([0.0, 0.0, 1.0]), kind="CR1")
    reference = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": groups}).bse[2]
    assert np.sqrt(parts.scale * np.sum(parts.scores ** 2)) == pytest.approx(reference, rel=1e-10)


@pytest.mark.parametrize("arms", [(3, 30), (5, 5), (4, 12)], ids=["3v30", "5v5", "4v12"])
def test_bell_mccaffrey_df_of_two_means_is_the_welch_type_df(arms):
    """A difference of two means, one row per cluster: BM df under equal variances is the df that
    inference.satterthwaite gives the impact estimator (its arms as strata)."""
    n1, n2 = arms
    arm = np.r_[np.ones(n1), np.zeros(n2)]
    X = np.column_stack([np.ones(n1 + n2), arm])
    y = np.random.default_rng(1).normal(size=n1 + n2)
    parts = few_clusters.cluster_parts(y, X, np.arange(n1 + n2), np.array([0.0, 1.0]))
    welch = inference.satterthwaite(np.where(arm == 1, 1 / n1, -1 / n2), arm, cap=1e9)
    assert few_clusters.bell_mccaffrey_df(parts) == pytest.approx(welch, rel=1e-10)


def test_wild_bootstrap_draws_are_wildboottest_s_with_the_same_weights():
    """The unrestricted wild cluster bootstrap-t (WCU '11', CR1 in every draw) equals wildboottest's
    draw by draw with the same weights; only the variance in the draws (CR2) differs in use."""
    y, X, groups = _clustered()
    reference = webb_draws(X, y, groups, np.array([0.0, 0.0, 1.0]), seed=1)
    parts = few_clusters.cluster_parts(y, X, groups, np.array([0.0, 0.0, 1.0]), kind="CR1")
    mine = few_clusters.bootstrap_t(parts, reference.v.T)
    assert np.max(np.abs(mine - reference.t_boot)) < 1e-9


def test_few_clusters_widen_the_interval_and_say_how():
    y, X, groups = _clustered()
    frame = pd.DataFrame(X, columns=["Intercept", "x", "z"])
    out = few_clusters.coefficient(pd.Series(y), frame, pd.Series(groups), "z")
    cr1 = sm.OLS(y, X).fit(cov_type="cluster", cov_kwds={"groups": groups})
    assert out["bootstrap"] and out["df"] < len(np.unique(groups)) - 1
    assert out["ci_atas"] - out["ci_bawah"] > 2 * 1.96 * cr1.bse[2]  # the old normal CR1 interval
    assert out["estimasi"] == pytest.approx(cr1.params[2])


def test_with_few_activities_controls_are_dropped_and_listed():
    model = budget.budget_model(activities(0, 16))
    assert model["kontrol_dilepas"] == ["tahun_kegiatan"]  # 9 terms > 16 / 2: the year dummy goes first
    assert "tahun_kegiatan" not in model["kontrol"] and "nilai_pre" in model["kontrol"]
    assert model["gain_per_dobel"]["bootstrap_liar"] is True
    many = budget.budget_model(activities(0, 60))
    assert many["kontrol_dilepas"] == [] and "bootstrap_liar" not in many["gain_per_dobel"]


@cache
def _data(seed, n_activities):
    return activities(seed, n_activities)


def _coverage(seeds, n_activities):
    runs = [budget.budget_model(_data(seed, n_activities))["gain_per_log_biaya"] for seed in seeds]
    covered = np.mean([bounds(e)[0] <= TRUE_SLOPE <= bounds(e)[1] for e in runs])
    width = np.mean([bounds(e)[1] - bounds(e)[0] for e in runs])
    oracle = 2 * 1.96 * np.std([point(e) for e in runs])  # the width an interval with the true spread has
    return covered, width, oracle


def check_coverage(seeds, n_activities):
    """Two-sided: 90-99% of intervals cover the planted slope, and the mean width is at most 1.6 times
    an oracle interval's (a useless interval would cover too)."""
    covered, width, oracle = _coverage(seeds, n_activities)
    assert 0.90 <= covered <= 0.99, (covered, width, oracle)
    assert width <= 1.6 * oracle, (covered, width, oracle)


def test_budget_slope_covers_at_16_activities():
    """Fails on the CR1-normal interval (68% here; issue 23: 74-76% on held-out data)."""
    check_coverage(range(60), 16)


def test_the_old_interval_fails_the_same_check(monkeypatch):
    """The same check catches the old estimator: CR1 with normal critical values and every control."""
    monkeypatch.setattr(constants, "FEW_CLUSTERS", 0)
    monkeypatch.setattr(constants, "BUDGET_ACTIVITIES_PER_TERM", 0.1)
    monkeypatch.setattr(clustered, "cluster_ols", _normal_cluster_ols)
    with pytest.raises(AssertionError):
        check_coverage(range(60), 16)


_original_cluster_ols = clustered.cluster_ols


def _normal_cluster_ols(y, X, groups, use_t=False):
    return _original_cluster_ols(y, X, groups, use_t=False)


@pytest.mark.slow
@pytest.mark.parametrize("n_activities", [16, 18, 30], ids=["16-kegiatan", "18-kegiatan", "30-kegiatan"])
def test_budget_slope_covers_with_few_activities_400_seeds(n_activities):
    check_coverage(range(400), n_activities)
