"""The budget model controls for year, pre-test score and class size: a cost slope confounded by
them is recovered, and the model without those controls misses it."""

import numpy as np
import pandas as pd

from evalasn.analysis import budget, stats
from evalasn.analysis.contract.estimate import bounds

TRUE_SLOPE = 3.0  # points of gain per unit of ln(cost per participant)


def _activities(seed=7, n_activities=150):
    """Later years cost more and gain more (year effect); big classes are cheaper per head and gain
    less; low starters gain more. Only the cost slope is the question."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(n_activities):
        year = int(rng.choice([2023, 2024, 2025]))
        size = int(rng.integers(8, 80))
        log_cost = 0.6 * (year - 2023) - 0.5 * np.log(size / 20) + rng.normal(0, 0.5)
        metode = rng.choice(["pelatihan", "seminar"])
        pre = rng.normal(55 - 3 * (year - 2023), 8, size)
        gain = (TRUE_SLOPE * log_cost + {2023: 0.0, 2024: 2.0, 2025: 5.0}[year] - 0.3 * (pre - 55)
                - 2.0 * np.log(size) + (1.0 if metode == "pelatihan" else 0.0) + rng.normal(0, 1.0)
                + rng.normal(0, 4, size))
        rows.append(pd.DataFrame({"kegiatan_id": f"K{k}", "tahun_kegiatan": year, "n_peserta": size, "jp": 16,
                                  "metode": metode, "dinas": "kesehatan", "nilai_pre": pre, "gain": gain,
                                  "biaya_per_peserta_rp": np.exp(log_cost) * 1e6}))
    return pd.concat(rows, ignore_index=True)


def test_controlled_slope_is_recovered():
    part = _activities()
    out = budget.budget_model(part)
    e = out.get("gain_per_log_biaya")
    assert e is not None and bounds(e)[0] <= TRUE_SLOPE <= bounds(e)[1], e
    assert set(out["kontrol"]) == {"nilai_pre", "log_ukuran_kelas", "metode", "tahun_kegiatan"}  # jp is constant


def test_without_year_pre_and_class_size_the_slope_is_biased():
    frame = budget.model_frame(_activities())
    naive = stats.ols(frame["gain"], frame[["log_biaya", "jp"]], frame[["metode"]], groups=frame["kegiatan_id"])
    e = stats.coefficient(naive, "log_biaya", len(frame))
    assert not bounds(e)[0] <= TRUE_SLOPE <= bounds(e)[1], e
