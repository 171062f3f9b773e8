"""Simulated participations for the budget model with few activities (issue 23.1): each activity
has a method, a year, a JP, a class size and a cost per participant; a participant's gain is the
planted slope times ln(cost) plus method, year and JP effects, regression to the mean on the
pre-test score, an activity shock shared by its participants (teacher, test, day) and noise.
Shapes like the synthetic sample's, with 16-18 activities: 9 regressors for 16 clusters."""

from __future__ import annotations

import numpy as np
import pandas as pd

TRUE_SLOPE = 3.0  # points of gain per unit of ln(cost per participant)
METHODS = {"pelatihan": (2.0, 3.5e6), "e-learning": (0.0, 0.8e6), "seminar": (-1.0, 1.2e6), "coaching": (1.0, 2.5e6)}


def activities(seed: int, n_activities: int = 16, slope: float = TRUE_SLOPE, activity_sd: float = 1.5,
               noise_sd: float = 5.0) -> pd.DataFrame:
    """The participation rows of ``n_activities`` activities (columns of budget.model_frame)."""
    rng = np.random.default_rng(seed)
    names = list(METHODS)
    rows = []
    for k in range(n_activities):
        metode = names[k % len(names)]  # every method present
        effect, cost = METHODS[metode]
        year = int(rng.choice([2024, 2025]))
        size = int(rng.integers(12, 40))
        jp = int(rng.integers(8, 40))
        log_cost = np.log(cost * np.exp(rng.normal(0, 0.5)) / 1e6)
        pre = np.clip(np.round(rng.normal(55, 10, size)), 5, 85)
        gain = (effect + slope * log_cost + 0.8 * (year - 2024) + 0.05 * (jp - 20) - 0.2 * (pre - 55)
                + rng.normal(0, activity_sd) + rng.normal(0, noise_sd, size))
        rows.append(pd.DataFrame({
            "kegiatan_id": f"K{k:03d}", "tahun_kegiatan": year, "n_peserta": size, "jp": jp, "metode": metode,
            "dinas": "kesehatan", "nilai_pre": pre, "gain": gain,
            "biaya_per_peserta_rp": np.exp(log_cost) * 1e6}))
    return pd.concat(rows, ignore_index=True)
