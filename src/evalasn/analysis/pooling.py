"""Partial pooling of the learning gain across dinas (MixedLM, random intercept per dinas).

A dinas with a dozen participants is pulled toward the province mean in proportion to how
little its own data say, so rankings do not reward noise. statsmodels' MixedLM may fail to
converge on small groups: its optimisers are tried in turn, and when all fail the raw
per-dinas means are returned with a note; warning texts never reach a report.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

from evalasn import constants
from evalasn.analysis.stats import Z, estimate, fit_quietly, mean_ci

OPTIMISERS = ("lbfgs", "bfgs", "powell", "nm")


def pooled_gain(part: pd.DataFrame) -> dict:
    """Raw and pooled mean gain per dinas, and the method used ('mixedlm' or 'tanpa_pooling')."""
    frame = part.dropna(subset=["gain"])[["gain", "dinas"]]
    raw = {d: mean_ci(g["gain"]) for d, g in frame.groupby("dinas", sort=True)}
    fitted = _fit(frame) if frame["dinas"].nunique() >= constants.MIN_GROUPS_POOLING else None
    rows = []
    for dinas, r in raw.items():
        pooled = fitted[dinas] if fitted else r
        rows.append({"dinas": dinas, "mentah": r, "pooled": pooled})
    rows.sort(key=lambda r: -(r["pooled"]["estimasi"] if r["pooled"]["estimasi"] is not None else -np.inf))
    for rank, row in enumerate(rows, 1):
        row["peringkat"] = rank
    return {"metode": "mixedlm" if fitted else "tanpa_pooling",
            "catatan": None if fitted else "model campuran tidak dipakai (terlalu sedikit dinas atau tidak "
                                           "konvergen); angka per dinas tanpa pooling",
            "per_dinas": rows}


def _fit(frame: pd.DataFrame) -> dict | None:
    model = smf.mixedlm("gain ~ 1", frame, groups=frame["dinas"])
    for method in OPTIMISERS:
        try:
            result, caught = fit_quietly(model.fit, method=method, reml=True)
        except (np.linalg.LinAlgError, ValueError):
            continue
        if not result.converged or any("converge" in w.lower() or "boundary" in w.lower() for w in caught):
            continue
        return _blups(result, frame)
    return None


def _blups(result: Any, frame: pd.DataFrame) -> dict:
    intercept = float(result.fe_params["Intercept"])
    se_intercept = float(result.bse_fe["Intercept"])
    tau2 = float(result.cov_re.iloc[0, 0])
    sigma2 = float(result.scale)
    out = {}
    for dinas, group in frame.groupby("dinas", sort=True):
        effect = float(result.random_effects[dinas].iloc[0])
        n = len(group)
        cond_var = 1.0 / (1.0 / tau2 + n / sigma2) if tau2 > 0 else 0.0
        se = float(np.sqrt(cond_var + se_intercept**2))
        value = intercept + effect
        out[dinas] = estimate(n, value, value - Z * se, value + Z * se,
                              bobot_data_sendiri=float(tau2 / (tau2 + sigma2 / n)) if tau2 > 0 else 0.0)
    return out
