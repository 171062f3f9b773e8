"""Inference for one coefficient of a clustered OLS fit with few clusters (the budget slope, clustered
by activity): the same machinery as the impact estimator (``analysis.inference``), for clusters of
many rows.

- CR2 standard error (Bell & McCaffrey 2002): each cluster's residuals are scaled by
  (I - H_gg)^(-1/2) before the sandwich, so the variance is unbiased when the errors are
  independent and equal; a direction with leverage 1 (a dummy that absorbs one cluster) gets the
  Moore-Penrose weight 0, as clubSandwich does.
- Bell-McCaffrey degrees of freedom of the t reference: the Satterthwaite df of the CR2 variance
  under that working model, (sum lambda)^2 / sum lambda^2 over the eigenvalues of G'G; computed
  from K x K matrices (G'G = diag(a_g'a_g) - B'(X'X)^-1 B), never an N x N one.
- Below ``constants.FEW_CLUSTERS`` clusters a seeded wild cluster bootstrap-t (unrestricted, Webb's
  six-point weights, one weight per cluster, CR2 standard error in every draw) as well; the wider
  interval and the larger p are kept (``inference.combine`` does the same for the impact).

tests/unit/test_few_clusters.py checks the CR2 error against statsmodels' HC2 (one row per cluster),
the df against the Welch-type df of ``inference.satterthwaite``, and the bootstrap draws against
``wildboottest`` with the same weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis.inference import WEBB


@dataclass(frozen=True)
class ClusterParts:
    """Per cluster: CR2 score u_g = a_g'e_g, b_g = X_g'a_g, s_g = (X'X)^-1 X_g'e_g and a_g'a_g,
    where a_g = A_g X_g (X'X)^-1 c (A_g = I under CR1)."""

    estimate: float
    scores: np.ndarray  # G: u_g
    back: np.ndarray  # G x K: b_g
    shifts: np.ndarray  # G x K: s_g
    squares: np.ndarray  # G: a_g'a_g
    inverse: np.ndarray  # (X'X)^-1
    contrast: np.ndarray  # c
    scale: float  # 1 for CR2; CR1's G/(G-1) (N-1)/(N-K)


def cluster_parts(y: np.ndarray, X: np.ndarray, codes: np.ndarray, contrast: np.ndarray,
                  kind: str = "CR2") -> ClusterParts:
    """The per-cluster pieces of c'beta's variance (``kind`` CR2, or CR1 for the reference checks)."""
    inverse = np.linalg.pinv(X.T @ X)
    beta = inverse @ (X.T @ y)
    resid = y - X @ beta
    values, vectors = np.linalg.eigh(inverse)
    root = vectors * np.sqrt(np.clip(values, 0, None))  # root @ root.T = (X'X)^-1
    loading = X @ (inverse @ contrast)
    order = np.argsort(codes, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(codes[order]) != 0])
    n_clusters, n_terms = len(starts), X.shape[1]
    scores, squares = np.zeros(n_clusters), np.zeros(n_clusters)
    back, shifts = np.zeros((n_clusters, n_terms)), np.zeros((n_clusters, n_terms))
    for index, rows in enumerate(np.split(order, starts[1:])):
        Xg, eg, ag = X[rows], resid[rows], loading[rows]
        if kind == "CR2":
            basis, singular, _ = np.linalg.svd(Xg @ root, full_matrices=False)
            leverage = np.clip(singular ** 2, 0.0, 1.0)
            factor = np.where(leverage < 1 - 1e-10, 1 / np.sqrt(np.clip(1 - leverage, 1e-300, None)) - 1, -1.0)
            ag = ag + basis @ (factor * (basis.T @ ag))
        scores[index], squares[index] = ag @ eg, ag @ ag
        back[index], shifts[index] = Xg.T @ ag, inverse @ (Xg.T @ eg)
    n_rows = len(y)
    scale = 1.0 if kind == "CR2" else n_clusters / (n_clusters - 1) * (n_rows - 1) / (n_rows - n_terms)
    return ClusterParts(float(contrast @ beta), scores, back, shifts, squares, inverse, contrast, scale)


def bell_mccaffrey_df(parts: ClusterParts) -> float:
    """Satterthwaite df of the CR2 variance when the errors are independent with equal variance."""
    bmb = np.einsum("gk,kl,gl->g", parts.back, parts.inverse, parts.back)
    trace = float(np.sum(parts.squares) - np.sum(bmb))
    cross = parts.inverse @ (parts.back.T @ parts.back)
    frobenius = float(np.sum(parts.squares ** 2) - 2 * np.sum(parts.squares * bmb) + np.trace(cross @ cross))
    return trace ** 2 / frobenius if frobenius > 0 else float(len(parts.scores) - 1)


def bootstrap_t(parts: ClusterParts, weights: np.ndarray) -> np.ndarray:
    """The wild bootstrap t statistics (c'beta* - c'beta) / se* for a reps x G matrix of weights:
    y* = X beta + w_g e_g, refitted, its residuals scaled as the original ones."""
    delta = weights @ (parts.shifts @ parts.contrast)
    scores = weights * parts.scores - (weights @ parts.shifts) @ parts.back.T
    se_star = np.sqrt(parts.scale * np.sum(scores ** 2, axis=1))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(se_star > 0, delta / se_star, np.nan)


def coefficient(y: pd.Series, X: pd.DataFrame, groups: pd.Series, name: str, scale: float = 1.0,
                bootstrap: bool | None = None, reps: int = constants.WILD_BOOTSTRAP_REPS,
                seed: int = constants.RANDOM_SEED) -> dict[str, Any]:
    """Estimate, CR2 SE, Bell-McCaffrey df, 95% interval and p of ``name`` (times ``scale``); below
    FEW_CLUSTERS clusters (or ``bootstrap`` True) the wild bootstrap-t too, the wider interval kept."""
    # clusters numbered in the order of their labels, not of the rows: the rows come sorted by the keyed
    # pseudonym, and the seeded weights are drawn per cluster number (CHECK11 C11-14: another key, another interval)
    codes = pd.factorize(pd.Series(np.asarray(groups)), sort=True)[0]
    contrast = (X.columns == name).astype(float)
    parts = cluster_parts(y.to_numpy(float), X.to_numpy(float), codes, contrast)
    n_clusters = len(parts.scores)
    se = float(np.sqrt(np.sum(parts.scores ** 2)))
    df = float(np.clip(bell_mccaffrey_df(parts), 1.0, n_clusters - 1))
    out: dict[str, Any] = {"se": se * abs(scale), "df": df, "n_klaster": n_clusters, "bootstrap": False}
    theta = parts.estimate
    if not se > 0:
        return out | {"estimasi": theta * scale, "ci_bawah": None, "ci_atas": None, "p": None}
    critical = float(sps.t.ppf(0.5 + constants.CONFIDENCE / 2, df))
    p_value = float(2 * sps.t.sf(abs(theta) / se, df))
    if bootstrap if bootstrap is not None else n_clusters < constants.FEW_CLUSTERS:
        rng = np.random.default_rng(seed)
        draws = np.abs(bootstrap_t(parts, WEBB[rng.integers(0, len(WEBB), size=(reps, n_clusters))]))
        draws = draws[np.isfinite(draws)]
        if len(draws):
            critical = max(critical, float(np.quantile(draws, constants.CONFIDENCE)))
            p_value = max(p_value, float((1 + np.sum(draws >= abs(theta) / se)) / (1 + len(draws))))
            out |= {"bootstrap": True, "bootstrap_reps": reps}
    low, high = sorted(((theta - critical * se) * scale, (theta + critical * se) * scale))
    return out | {"estimasi": theta * scale, "ci_bawah": low, "ci_atas": high, "p": min(p_value, 1.0)}
