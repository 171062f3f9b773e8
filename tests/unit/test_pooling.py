"""Partial pooling across dinas: REML as statsmodels fits it, tau2 = 0 as an answer, intervals
from the BLUP's prediction error, ranking adjusted for the mix of methods, ranks with intervals."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn.analysis import pooling
from evalasn.analysis.contract.estimate import Estimate, bounds, point


def _contrast(row) -> Estimate:
    assert row["selisih_rata"] is not None, row["dinas"]
    return row["selisih_rata"]


def _ranks(row) -> tuple[int, int, int]:
    """(rank, lower, upper): a pooled dinas always has all three."""
    rank, low, high = row["peringkat"], row["peringkat_bawah"], row["peringkat_atas"]
    assert rank is not None and low is not None and high is not None, row["dinas"]
    return rank, low, high


def _rank_width(row) -> int:
    return _ranks(row)[2] - _ranks(row)[1]


def _frame(effects, n=200, seed=3, method_mix=None, method_gain=None):
    """Participants of dinas d0..dk with true dinas effects, and optionally a method mix per dinas."""
    rng = np.random.default_rng(seed)
    frames = []
    for i, effect in enumerate(effects):
        share = method_mix[i] if method_mix is not None else 0.5
        metode = np.where(rng.random(n) < share, "pelatihan", "seminar")
        extra = np.array([(method_gain or {}).get(m, 0.0) for m in metode])
        frames.append(pd.DataFrame({"dinas": f"d{i}", "metode": metode,
                                    "gain": 8 + effect + extra + rng.normal(0, 6, n)}))
    return pd.concat(frames, ignore_index=True)


def test_variances_and_blups_equal_statsmodels_mixedlm():
    frame = _frame(np.random.default_rng(1).normal(0, 3, 8))
    out = pooling.pooled_gain(frame)
    fit = sm.MixedLM(frame["gain"].to_numpy(), pooling.design(frame, ["metode"]),
                     groups=frame["dinas"].to_numpy()).fit(reml=True, method="nm", maxiter=5000)
    assert out["metode"] == "mixedlm"
    assert out["varians_antar_dinas"] == pytest.approx(float(np.asarray(fit.cov_re)[0, 0]), rel=0.01)
    assert out["varians_dalam_dinas"] == pytest.approx(float(fit.scale), rel=0.001)
    for row in out["per_dinas"]:
        assert point(_contrast(row)) == pytest.approx(float(np.asarray(fit.random_effects[row["dinas"]])[0]),
                                                                abs=0.01)


def test_no_spread_between_dinas_is_full_shrinkage_not_a_fallback():
    noise = np.random.default_rng(5).normal(0, 6, (6, 100))
    noise -= noise.mean(axis=1, keepdims=True)  # every dinas has the same mean: REML puts tau2 on 0
    frame = pd.DataFrame({"dinas": np.repeat([f"d{i}" for i in range(6)], 100), "metode": "pelatihan",
                          "gain": 5 + noise.ravel()})
    out = pooling.pooled_gain(frame)
    assert out["metode"] == "mixedlm_batas" and out["varians_antar_dinas"] == 0.0 and out["catatan"] is None
    means = {point(r["pooled"]) for r in out["per_dinas"]}
    assert len(means) == 1 and means.pop() == pytest.approx(frame["gain"].mean())
    assert all((r["peringkat_bawah"], r["peringkat_atas"]) == (1, 6) for r in out["per_dinas"])


def test_pooled_interval_is_the_blups_not_raw_plus_the_intercept_variance():
    frame = _frame(np.random.default_rng(2).normal(0, 3, 8), n=300)
    out = pooling.pooled_gain(frame)
    for row in out["per_dinas"]:
        (raw_low, raw_high), (low, high) = bounds(row["mentah"]), bounds(row["pooled"])
        assert high - low <= (raw_high - raw_low) * 1.02, row["dinas"]
        # the old interval added the whole intercept variance (about tau2 / G): much wider than the raw one
        old_se = np.sqrt(((raw_high - raw_low) / 3.92) ** 2 + (out.get("varians_antar_dinas") or 0.0) / 8)
        assert high - low < 3.92 * old_se * 0.8


def test_ranking_adjusts_for_the_mix_of_methods():
    # no true dinas differences; d0-d2 mostly use the method that adds 8 points, d3-d5 the other
    frame = _frame([0.0] * 6, n=300, method_mix=[0.9, 0.9, 0.9, 0.1, 0.1, 0.1], method_gain={"pelatihan": 8.0})
    out = pooling.pooled_gain(frame)
    raw = sorted(point(r["mentah"]) for r in out["per_dinas"])
    assert raw[-1] - raw[0] > 5  # raw means rank the method mix
    assert out["penyesuaian"] == ["metode"]
    pooled = [point(r["pooled"]) for r in out["per_dinas"]]
    assert max(pooled) - min(pooled) < 1.5
    assert all(bounds(_contrast(r))[0] <= 0 <= bounds(_contrast(r))[1] for r in out["per_dinas"])
    assert all(_rank_width(r) >= 3 for r in out["per_dinas"])


def test_ranks_carry_intervals_and_a_clear_leader_is_first_for_sure():
    frame = _frame([6.0, 0.0, 0.2, -0.1, 0.1, 0.0, -0.2], n=250)
    out = pooling.pooled_gain(frame)
    rows = {r["dinas"]: r for r in out["per_dinas"]}
    assert (rows["d0"]["peringkat"], rows["d0"]["peringkat_bawah"], rows["d0"]["peringkat_atas"]) == (1, 1, 1)
    others = [rows[f"d{i}"] for i in range(1, 7)]
    assert all(_rank_width(r) >= 2 for r in others)  # near-ties: wide rank intervals
    assert all(_ranks(r)[1] <= _ranks(r)[0] <= _ranks(r)[2] for r in out["per_dinas"])
    assert pooling.pooled_gain(frame) == out  # seeded: the same intervals every run


def test_rank_intervals_of_independent_means():
    rank, low, high = pooling.rank_intervals(np.array([10.0, 0.0, 0.1]), np.diag([0.01, 1.0, 1.0]))
    assert rank == [1, 3, 2] and (low[0], high[0]) == (1, 1) and (low[1], high[1]) == (2, 3)
