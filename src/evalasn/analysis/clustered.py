"""OLS with cluster-robust (CR1) standard errors by the normal equations, for the large budget
and ANCOVA fits that run once per dinas.

statsmodels' OLS computes a pseudo-inverse of the whole design (an SVD of n x p); at Jakarta
scale (400,000 participations, 30 columns, 22 scopes, two fits each) that is most of the model
stage. The estimator here is the same — OLS, statsmodels' CR1 cluster covariance with its
small-sample factor G/(G-1) x (N-1)/(N-K), normal or t(G-1) intervals as statsmodels'
``use_t`` — computed from X'X (p x p). tests/unit/test_clustered.py checks it equals
statsmodels; an ill-conditioned design falls back to statsmodels itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from evalasn.analysis.stats import fit_quietly

MAX_CONDITION = 1e10  # X'X above this condition number: left to statsmodels' pseudo-inverse


@dataclass(frozen=True)
class ClusterFit:
    """The parts of a statsmodels result that ``stats.coefficient`` reads."""

    params: pd.Series
    bse: pd.Series
    df: int | None  # t degrees of freedom (G - 1), or None for normal intervals
    bse_plain: pd.Series | None = None  # the unclustered (OLS) standard errors: the few-cluster floor

    @property
    def pvalues(self) -> pd.Series:
        z = (self.params / self.bse).abs()
        tail = sps.t.sf(z, self.df) if self.df else sps.norm.sf(z)
        return pd.Series(2 * tail, index=self.params.index)

    def conf_int(self, alpha: float = 0.05) -> pd.DataFrame:
        q = sps.t.ppf(1 - alpha / 2, self.df) if self.df else sps.norm.ppf(1 - alpha / 2)
        return pd.DataFrame({0: self.params - q * self.bse, 1: self.params + q * self.bse})


def cluster_ols(y: pd.Series, X: pd.DataFrame, groups: pd.Series | np.ndarray, use_t: bool = False) -> Any:
    """OLS of ``y`` on the columns of ``X`` (no intercept added) with CR1 standard errors
    clustered by ``groups``; a ClusterFit, or a statsmodels result for an ill-conditioned X."""
    codes = pd.factorize(pd.Series(np.asarray(groups)))[0]
    Xv, yv = X.to_numpy(dtype=float), y.to_numpy(dtype=float)
    xtx = Xv.T @ Xv
    G, (N, K) = int(codes.max()) + 1, Xv.shape
    if G < 2 or np.linalg.cond(xtx) > MAX_CONDITION:
        import statsmodels.api as sm

        result, _ = fit_quietly(sm.OLS(yv, Xv).fit, cov_type="cluster", cov_kwds={"groups": codes}, use_t=use_t)
        plain, _ = fit_quietly(sm.OLS(yv, Xv).fit)
        return ClusterFit(pd.Series(result.params, index=X.columns), pd.Series(result.bse, index=X.columns),
                          G - 1 if use_t else None, pd.Series(plain.bse, index=X.columns))
    inverse = np.linalg.inv(xtx)
    beta = inverse @ (Xv.T @ yv)
    residual = yv - Xv @ beta
    scores = np.column_stack([np.bincount(codes, weights=Xv[:, k] * residual, minlength=G) for k in range(K)])
    meat = scores.T @ scores
    cov = inverse @ meat @ inverse * (G / (G - 1)) * ((N - 1) / (N - K))
    plain = np.sqrt(np.diag(inverse) * (residual @ residual) / (N - K))  # statsmodels' nonrobust bse
    return ClusterFit(pd.Series(beta, index=X.columns), pd.Series(np.sqrt(np.diag(cov)), index=X.columns),
                      G - 1 if use_t else None, pd.Series(plain, index=X.columns))


def design(terms: pd.DataFrame, categorical: pd.DataFrame | None = None) -> pd.DataFrame:
    """An intercept, the numeric ``terms`` and dummies of the ``categorical`` columns (first
    level dropped), named as ``stats.ols`` names them."""
    parts = [pd.DataFrame({"Intercept": 1.0}, index=terms.index), terms.astype("float64")]
    if categorical is not None:
        parts += [pd.get_dummies(categorical[column].astype(str), prefix=column, drop_first=True, dtype=float)
                  for column in categorical.columns]
    return pd.concat(parts, axis=1)
