"""The normal-equations OLS with CR1 cluster-robust errors equals statsmodels' OLS with
cov_type="cluster" (normal and t intervals), and falls back to statsmodels on a collinear design."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn.analysis import clustered


@pytest.fixture
def frame():
    rng = np.random.default_rng(9)
    k = np.repeat(np.arange(40), 12)
    x = rng.normal(size=len(k)) + rng.normal(size=40)[k]
    cat = rng.choice(["a", "b", "c"], len(k))
    y = 1.0 + 2.0 * x + (cat == "b") * 1.5 + rng.normal(size=40)[k] + rng.normal(size=len(k))
    return pd.DataFrame({"y": y, "x": x, "cat": cat, "k": k})


@pytest.mark.parametrize("use_t", [False, True], ids=["normal", "t"])
def test_equals_statsmodels(frame, use_t):
    X = clustered.design(frame[["x"]], frame[["cat"]])
    ours = clustered.cluster_ols(frame["y"], X, frame["k"], use_t=use_t)
    theirs = sm.OLS(frame["y"], X).fit(cov_type="cluster", cov_kwds={"groups": frame["k"].to_numpy()}, use_t=use_t)
    assert list(X.columns) == ["Intercept", "x", "cat_b", "cat_c"]
    np.testing.assert_allclose(ours.params, theirs.params, rtol=1e-10)
    np.testing.assert_allclose(ours.bse, theirs.bse, rtol=1e-8)
    np.testing.assert_allclose(ours.pvalues, theirs.pvalues, rtol=1e-6)
    np.testing.assert_allclose(ours.conf_int(0.05).to_numpy(), theirs.conf_int(0.05).to_numpy(), rtol=1e-8)


def test_collinear_design_is_left_to_statsmodels(frame):
    X = clustered.design(frame[["x"]]).assign(x2=frame["x"] * 2)
    fit = clustered.cluster_ols(frame["y"], X, frame["k"])
    assert np.isfinite(fit.params).all() and fit.params["x"] + 2 * fit.params["x2"] == pytest.approx(2.0, abs=0.2)


def test_unclustered_errors_equal_statsmodels(frame):
    """bse_plain, the few-cluster floor (analysis.small_clusters), is statsmodels' nonrobust OLS error."""
    X = clustered.design(frame[["x"]], frame[["cat"]])
    ours = clustered.cluster_ols(frame["y"], X, frame["k"], use_t=True)
    np.testing.assert_allclose(ours.bse_plain, sm.OLS(frame["y"], X).fit().bse, rtol=1e-8)
