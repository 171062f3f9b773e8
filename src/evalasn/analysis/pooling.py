"""Partial pooling of the learning gain across dinas: a random intercept per dinas, with method
fixed effects so that the ranking adjusts for each dinas's mix of methods.

The two variances (tau2 between dinas, sigma2 within) are estimated by REML, the criterion of
statsmodels' MixedLM, profiled to one dimension and maximised directly. Given them,
Henderson's mixed-model equations give the fixed effects, the BLUPs and their joint
prediction-error variance (Henderson 1975), so a dinas's pooled interval is the conditional
variance of its BLUP plus the uncertainty of the province mean, not the whole intercept variance.
tau2 = 0 (the REML boundary) is a valid answer: no between-dinas spread beyond chance, every dinas
gets the province mean (full shrinkage). Ranks carry intervals from seeded draws of the BLUPs'
joint prediction-error distribution. Only when the model cannot be fitted at all, or there are
too few dinas, the raw means are used, with a note.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as sps
from scipy.optimize import minimize_scalar

from evalasn import constants
from evalasn.analysis.contract.budget import PooledDinas, Pooling
from evalasn.analysis.contract.estimate import Estimate, MeanEstimate, PooledEstimate
from evalasn.analysis.stats import Z, as_kind, estimate, mean_ci

NOTE_NONE = ("model campuran tidak dipakai (terlalu sedikit dinas atau tidak dapat diestimasi); angka per dinas "
             "tanpa pooling")


def pooled_gain(part: pd.DataFrame) -> Pooling:
    """Raw and pooled mean gain per dinas with rank intervals, and the method used: 'mixedlm',
    'mixedlm_batas' (tau2 = 0: full shrinkage) or 'tanpa_pooling'."""
    frame = part.dropna(subset=["gain", "dinas"])
    frame = frame.assign(metode=frame["metode"].astype("object").fillna("(tanpa metode)")) \
        if "metode" in frame else frame.assign(metode="(tanpa metode)")
    frame = frame.sort_values("dinas", kind="stable")
    raw = {d: mean_ci(g["gain"]) for d, g in frame.groupby("dinas", sort=True)}
    adjust = ["metode"] if frame["metode"].nunique() > 1 else []
    fitted = None
    if frame["dinas"].nunique() >= constants.MIN_GROUPS_POOLING:
        variances = _variances(frame, adjust)
        fitted = _henderson(frame, adjust, *variances) if variances else None
    if fitted is None:
        return _unpooled(raw)
    names = fitted["dinas"]
    rank, low, high = rank_intervals(fitted["u"], fitted["pev_u"], fitted["boundary"])
    rows: list[PooledDinas] = []
    for index, dinas in enumerate(names):
        rows.append({"dinas": dinas, "mentah": raw[dinas], "pooled": fitted["pooled"][index],
                     "selisih_rata": fitted["contrast"][index], "peringkat": rank[index], "peringkat_bawah": low[index],
                     "peringkat_atas": high[index]})
    rows.sort(key=lambda r: (r["peringkat"], r["dinas"]))
    return {"metode": "mixedlm_batas" if fitted["boundary"] else "mixedlm", "catatan": None,
            "penyesuaian": adjust, "varians_antar_dinas": fitted["tau2"], "varians_dalam_dinas": fitted["sigma2"],
            "rata_provinsi": fitted["mean"], "per_dinas": rows}


def design(frame: pd.DataFrame, adjust: list[str]) -> np.ndarray:
    """Intercept and the dummies of the adjusted categorical columns (first level dropped)."""
    parts = [np.ones((len(frame), 1))]
    for column in adjust:
        parts.append(pd.get_dummies(frame[column].astype(str), drop_first=True, dtype=float).to_numpy())
    return np.hstack(parts)


def _variances(frame: pd.DataFrame, adjust: list[str]) -> tuple[float, float] | None:
    """(tau2, sigma2) by REML, profiled on rho = tau2 / sigma2 and maximised over rho >= 0 (the
    boundary rho = 0 included), from per-dinas sums; None when the likelihood cannot be evaluated.
    The same REML as statsmodels' MixedLM (tests/unit/test_pooling.py), without its optimisers:
    on a one-way random intercept its L-BFGS path can stop at a false tau2 = 0."""
    X = design(frame, adjust)
    y = frame["gain"].to_numpy(float)
    codes = pd.factorize(frame["dinas"], sort=True)[0]
    G, (N, p) = codes.max() + 1, X.shape
    n = np.bincount(codes, minlength=G).astype(float)
    sx = np.zeros((G, p))
    np.add.at(sx, codes, X)
    sy = np.bincount(codes, weights=y, minlength=G)
    xtx, xty, yty = X.T @ X, X.T @ y, float(y @ y)
    if N <= p or np.linalg.matrix_rank(xtx) < p:
        return None

    def profile(rho: float) -> tuple[float, float]:
        gamma = rho / (1 + n * rho)
        xvx = xtx - (sx * gamma[:, None]).T @ sx
        xvy = xty - (sx * gamma[:, None]).T @ sy
        rss = yty - float(gamma @ sy**2) - float(xvy @ np.linalg.solve(xvx, xvy))
        loglik = -0.5 * ((N - p) * np.log(rss) + np.log1p(n * rho).sum() + np.linalg.slogdet(xvx)[1])
        return loglik, rss / (N - p)

    grid = np.exp(np.linspace(-12, 6, 37))
    values = [profile(r)[0] for r in grid]
    best = int(np.nanargmax(values))
    low, high = np.log(grid[max(best - 1, 0)]), np.log(grid[min(best + 1, len(grid) - 1)])
    found = minimize_scalar(lambda x: -profile(float(np.exp(x)))[0], bounds=(low, high), method="bounded",
                            options={"xatol": 1e-6})
    rho = float(np.exp(found.x))
    if profile(0.0)[0] >= profile(rho)[0]:
        rho = 0.0
    loglik, sigma2 = profile(rho)
    if not (np.isfinite(loglik) and sigma2 > 0):
        return None
    return rho * sigma2, sigma2


def _henderson(frame: pd.DataFrame, adjust: list[str], tau2: float, sigma2: float) -> dict[str, Any]:
    """Fixed effects, BLUPs and their joint prediction-error variance from the mixed-model
    equations, at the variances given; pooled estimate = province-mix mean + BLUP."""
    X = design(frame, adjust)
    y = frame["gain"].to_numpy(float)
    codes, names = pd.factorize(frame["dinas"], sort=True)
    G, p = len(names), X.shape[1]
    n = np.bincount(codes, minlength=G).astype(float)
    sx = np.zeros((G, p))
    np.add.at(sx, codes, X)
    sy = np.bincount(codes, weights=y, minlength=G)
    boundary = tau2 <= constants.POOLING_TAU2_ZERO * sigma2
    mix = X.mean(axis=0)  # the province's mix of methods
    if boundary:
        xtx_inv = np.linalg.pinv(X.T @ X)
        beta = xtx_inv @ (X.T @ y)
        blup, cov_beta, pev_u, cov_bu = np.zeros(G), sigma2 * xtx_inv, np.zeros((G, G)), np.zeros((p, G))
        tau2 = 0.0
    else:
        lhs = np.block([[X.T @ X, sx.T], [sx, np.diag(n) + np.eye(G) * sigma2 / tau2]])
        solution = np.linalg.solve(lhs, np.concatenate([X.T @ y, sy]))
        beta, blup = solution[:p], solution[p:]
        pev = sigma2 * np.linalg.inv(lhs)
        cov_beta, pev_u, cov_bu = pev[:p, :p], pev[p:, p:], pev[:p, p:]
    mean_value, mean_var = float(mix @ beta), float(mix @ cov_beta @ mix)
    pooled: list[PooledEstimate] = []
    contrast: list[Estimate] = []
    for g in range(G):
        var = mean_var + pev_u[g, g] + 2 * float(mix @ cov_bu[:, g])
        value = mean_value + blup[g]
        weight = float(tau2 / (tau2 + sigma2 / n[g])) if tau2 > 0 else 0.0
        pooled.append({**as_kind(PooledEstimate, _normal(int(n[g]), value, var)), "bobot_data_sendiri": weight})
        contrast.append(_normal(int(n[g]), blup[g], pev_u[g, g]))
    return {"dinas": list(names), "u": blup, "pev_u": pev_u, "boundary": boundary, "tau2": tau2, "sigma2": sigma2,
            "mean": _normal(len(y), mean_value, mean_var), "pooled": pooled, "contrast": contrast}


def _normal(n: int, value: float, var: float) -> Estimate:
    se = float(np.sqrt(max(var, 0.0)))
    p = float(2 * sps.norm.sf(abs(value) / se)) if se > 0 else None
    return estimate(n, value, value - Z * se, value + Z * se, p)


def rank_intervals(mean: np.ndarray, cov: np.ndarray, tied: bool = False, draws: int = constants.RANK_DRAWS,
                   seed: int = constants.RANDOM_SEED) -> tuple[list[int], list[int], list[int]]:
    """Rank of each mean (1 = highest; ties share the best rank) and the 95% interval of its
    rank over seeded draws from N(mean, cov). ``tied``: every rank is 1 to G (tau2 = 0)."""
    mean = np.asarray(mean, float)
    G = len(mean)
    point = (sps.rankdata(-np.round(mean, 9), method="min")).astype(int)
    if tied or G == 0:
        return [1] * G, [1] * G, [G] * G
    rng = np.random.default_rng(seed)
    sample = rng.multivariate_normal(mean, cov, size=draws, method="eigh")
    ranks = (-sample).argsort(axis=1).argsort(axis=1) + 1
    alpha = (1 - constants.CONFIDENCE) / 2
    low = np.quantile(ranks, alpha, axis=0, method="inverted_cdf").astype(int)
    high = np.quantile(ranks, 1 - alpha, axis=0, method="inverted_cdf").astype(int)
    return point.tolist(), low.tolist(), high.tolist()


def _unpooled(raw: dict[str, MeanEstimate]) -> Pooling:
    """Raw means, ranked, with rank intervals from independent normal draws of each mean; no ranks
    among fewer than constants.MIN_DINAS_COMPARISON dinas."""
    ok = [d for d, r in raw.items() if r["cukup_data"]]
    if len(raw) < constants.MIN_DINAS_COMPARISON:
        ok = []
    means = np.array([raw[d]["estimasi"] for d in ok])
    ses = np.array([raw[d]["sd"] / np.sqrt(raw[d]["n"]) for d in ok])
    rank, low, high = rank_intervals(means, np.diag(ses ** 2))
    position = {d: i for i, d in enumerate(ok)}
    rows: list[PooledDinas] = []
    for dinas, record in raw.items():
        index = position.get(dinas)
        rows.append({"dinas": dinas, "mentah": record, "pooled": record, "selisih_rata": None,
                     "peringkat": rank[index] if index is not None else None,
                     "peringkat_bawah": low[index] if index is not None else None,
                     "peringkat_atas": high[index] if index is not None else None})
    rows.sort(key=lambda r: (r["peringkat"] is None, r["peringkat"] or 0, r["dinas"]))
    return {"metode": "tanpa_pooling", "catatan": NOTE_NONE, "penyesuaian": [], "varians_antar_dinas": None,
            "varians_dalam_dinas": None, "rata_provinsi": None, "per_dinas": rows}
