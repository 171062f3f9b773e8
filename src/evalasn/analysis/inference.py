"""Inference for estimators that are weighted sums of unit-level OLS contrasts, honest with few units.

Every impact estimate here (a difference-in-differences, a group-time average, their event-time
averages, the dose slope) is ``theta = sum_k w_k c_k' beta_k``, where ``beta_k`` is the OLS fit of
one unit-level regression ``y_k ~ X_k`` (one row per unit). Its variance is estimated from the
units' influence contributions with the CR2 correction (residual / sqrt(1 - leverage); for a
difference of two means this is exactly s1^2/n1 + s2^2/n2), and the t reference uses
Satterthwaite degrees of freedom from the design (Bell & McCaffrey 2002), capped at G - 2
(Donald & Lang 2007). Below
``constants.FEW_CLUSTERS`` units a seeded wild bootstrap-t with Webb's six-point weights is run as
well (Cameron, Gelbach & Miller 2008; Webb 2014; MacKinnon & Webb 2018), and the wider of the two
intervals (the larger p) is reported: with few units neither is exact, and the cautious one is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import optimize as spo
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis.contract.outcomes import JointTest

WEBB = np.array([-np.sqrt(1.5), -1.0, -np.sqrt(0.5), np.sqrt(0.5), 1.0, np.sqrt(1.5)])


@dataclass
class Part:
    """One unit-level regression: units (integer ids), y, design X (with intercept), contrast c."""

    units: np.ndarray
    y: np.ndarray
    X: np.ndarray
    contrast: np.ndarray
    weight: float = 1.0

    Fit = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]

    def fit(self) -> Fit:
        """beta, contrast loadings a (c' (X'X)^-1 x_i), residuals, CR2 factors."""
        XtX_inv = np.linalg.pinv(self.X.T @ self.X)
        beta = XtX_inv @ self.X.T @ self.y
        loadings = self.X @ XtX_inv @ self.contrast
        resid = self.y - self.X @ beta
        lev = np.clip(np.einsum("ij,jk,ik->i", self.X, XtX_inv, self.X), 0, 1 - 1e-9)
        return beta, loadings, resid, 1 / np.sqrt(1 - lev)

    def annihilator(self) -> np.ndarray:
        """I - H: maps bootstrap outcomes to their refitted residuals."""
        out: np.ndarray = np.eye(len(self.y)) - self.X @ np.linalg.pinv(self.X.T @ self.X) @ self.X.T
        return out


def combine(parts: list[Part], n_units: int, strata: np.ndarray | None = None,
            bootstrap: bool | None = None) -> dict[str, Any]:
    """Estimate, SE, df, 95% interval and p for sum_k w_k c_k' beta_k; ``strata`` (one label per
    unit, e.g. its treatment cohort) gives the groups of the Satterthwaite df."""
    if not parts:
        return {}
    fits = [part.fit() for part in parts]
    theta = sum(part.weight * float(part.contrast @ fit[0]) for part, fit in zip(parts, fits, strict=True))
    psi, loading = np.zeros(n_units), np.zeros(n_units)
    for part, (_, loadings, resid, adj) in zip(parts, fits, strict=True):
        np.add.at(psi, part.units, part.weight * loadings * resid * adj)
        np.add.at(loading, part.units, part.weight * loadings)
    used = np.unique(np.concatenate([part.units for part in parts]))
    g = len(used)
    se = float(np.sqrt(np.sum(psi ** 2)))
    df = satterthwaite(loading[used], strata[used] if strata is not None else np.zeros(g), cap=max(g - 2, 1))
    out = {"se": se, "df": df, "n_unit": g, "bootstrap": False}
    if se <= 0 or not np.isfinite(se):
        return out | {"estimasi": theta, "ci_bawah": theta, "ci_atas": theta, "p": None}
    tcrit = float(sps.t.ppf(0.5 + constants.CONFIDENCE / 2, df))
    half, p_value = tcrit * se, float(2 * sps.t.sf(abs(theta) / se, df))
    if bootstrap if bootstrap is not None else g < constants.FEW_CLUSTERS:
        q, p_boot = wild_t(parts, fits, n_units, theta, se)
        half, p_value = max(half, q * se), max(p_value, p_boot)
        out |= {"bootstrap": True, "bootstrap_reps": constants.WILD_BOOTSTRAP_REPS}
    return out | {"estimasi": theta, "ci_bawah": theta - half, "ci_atas": theta + half, "p": p_value}


def satterthwaite(psi: np.ndarray, strata: np.ndarray, cap: float) -> float:
    """Satterthwaite df of sum(psi^2) with the units grouped by stratum (each stratum's share of
    the variance has n_j - 1 df), capped at ``cap``; at least 1. Called with the units' loadings
    (equal error variances as the working model, as Bell & McCaffrey 2002 do), not their
    residuals: df estimated from residuals jump up exactly when a small arm's spread is
    underestimated, and Welch's test then over-rejects (8.5% at 3 vs 30 units)."""
    shares, dfs = [], []
    for stratum in np.unique(strata):
        stratum_psi = psi[strata == stratum]
        if len(stratum_psi) > 1:
            shares.append(float(np.sum(stratum_psi ** 2)))
            dfs.append(len(stratum_psi) - 1)
    var, df = np.array(shares), np.array(dfs, dtype=float)
    if not len(var) or np.sum(var ** 2 / df) <= 0:
        return float(cap)
    return float(np.clip(np.sum(var) ** 2 / np.sum(var ** 2 / df), 1, cap))


def wild_t(parts: list[Part], fits: list[Any], n_units: int, theta: float, se: float,
           reps: int = constants.WILD_BOOTSTRAP_REPS, seed: int = constants.RANDOM_SEED) -> tuple[float, float]:
    """Wild cluster bootstrap-t (unrestricted, Webb weights, one weight per unit shared by every
    part): the 95% quantile of |t*| and the bootstrap p of |theta / se|."""
    rng = np.random.default_rng(seed)
    weights = WEBB[rng.integers(0, len(WEBB), size=(reps, n_units))]
    delta = np.zeros(reps)
    psi = np.zeros((reps, n_units))
    for part, (_, loadings, resid, adj) in zip(parts, fits, strict=True):
        ve = weights[:, part.units] * resid  # reps x n_k: bootstrap errors
        delta += part.weight * ve @ loadings
        contrib = part.weight * (ve @ part.annihilator()) * (loadings * adj)  # refitted residuals, CR2, loadings
        np.add.at(psi.T, part.units, contrib.T)
    se_star = np.sqrt(np.sum(psi ** 2, axis=1))
    ok = se_star > 0
    t_star = np.abs(delta[ok] / se_star[ok])
    q = float(np.quantile(t_star, constants.CONFIDENCE)) if ok.any() else float(np.inf)
    return q, float((1 + np.sum(t_star >= abs(theta) / se)) / (1 + ok.sum()))


def detectable_shift(critical: float, df: float, power: float = constants.POWER) -> float:
    """The effect, in units of the estimator's true standard error, that a two-sided test rejecting
    when |estimate / SE| > ``critical`` finds with probability ``power`` when the SE is estimated with
    ``df`` degrees of freedom: the noncentrality of the noncentral t(df) whose mass beyond
    +-critical is ``power``. (critical + t_power) is its normal-theory shortcut, about 1% of power short
    at df 4 and exact as df grows."""
    def shortfall(shift: float) -> float:
        mass = sps.nct.sf(critical, df, shift) + sps.nct.sf(critical, df, -shift)
        return float(np.nan_to_num(mass, nan=1.0)) - power

    if shortfall(0.0) >= 0:
        return 0.0
    high = critical + float(sps.norm.ppf(power)) + 1.0
    while shortfall(high) < 0:
        high *= 2
    return float(spo.brentq(shortfall, 0.0, high, xtol=1e-10))


def median_se_ratio(df: float) -> float:
    """The median of SE / (true standard error) for an SE estimated with ``df`` degrees of freedom,
    sqrt(median chi2(df) / df): 0.92 at df 4, 0.96 at df 8. With few degrees of freedom the SE is
    more often below the true spread than above it, and an MDE proportional to it too."""
    return float(np.sqrt(sps.chi2.ppf(0.5, df) / df))


def joint_wald(estimates: np.ndarray, psis: np.ndarray, df: float) -> JointTest:
    """Joint test that every estimate is zero: Wald statistic with the influence covariance,
    referred to F(k, df - k + 1) (Hotelling scaling for a covariance with df degrees of freedom)."""
    k = len(estimates)
    cov = psis @ psis.T
    try:
        wald = float(estimates @ np.linalg.solve(cov, estimates))
    except np.linalg.LinAlgError:
        wald = float(estimates @ np.linalg.pinv(cov) @ estimates)
    df2 = df - k + 1
    if df2 < 1:
        return {"tersedia": False, "k": k}
    f_stat = wald * df2 / (df * k)
    return {"tersedia": True, "k": k, "statistik_f": f_stat, "df1": k, "df2": float(df2),
            "p": float(sps.f.sf(f_stat, k, df2))}


def influence(parts: list[Part], n_units: int) -> np.ndarray:
    """The units' CR2-scaled influence contributions of sum_k w_k c_k' beta_k."""
    psi = np.zeros(n_units)
    for part in parts:
        _, loadings, resid, adj = part.fit()
        np.add.at(psi, part.units, part.weight * loadings * resid * adj)
    return psi
