"""Partial pooling across dinas with an activity (kegiatan) level: REML as statsmodels fits it,
tau2 = 0 as an answer, intervals from the BLUP's prediction error that honour the activities'
shared effects (coverage on planted data), ranking adjusted for the mix of methods, ranks with
intervals."""

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import learning, pooling
from evalasn.analysis.contract.estimate import Estimate, bounds, point

REFERENCE = Path(__file__).resolve().parents[1] / "reference"
T_TEN_DINAS = float(sps.t.ppf(0.975, 9))  # pooled intervals: t with one fewer df than dinas (10 in the references)


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
    """Participants of dinas d0..dk (activities of 20) with true dinas effects, and optionally a method
    mix per dinas."""
    rng = np.random.default_rng(seed)
    frames = []
    for i, effect in enumerate(effects):
        share = method_mix[i] if method_mix is not None else 0.5
        metode = np.where(rng.random(n) < share, "pelatihan", "seminar")
        extra = np.array([(method_gain or {}).get(m, 0.0) for m in metode])
        frames.append(pd.DataFrame({"dinas": f"d{i}", "kegiatan_id": [f"d{i}-k{j // 20}" for j in range(n)],
                                    "metode": metode, "gain": 8 + effect + extra + rng.normal(0, 6, n)}))
    return pd.concat(frames, ignore_index=True)


def _planted(seed, dinas=10, activities=6, tau=2.0, omega=2.5, sigma=6.0, size=(8, 30)):
    """Activities of 8-30 participants, each activity one method (pelatihan +3 over seminar), nested
    in dinas: gain = 8 + method + dinas effect (sd tau) + activity effect (sd omega) + noise (sd
    sigma). Returns the frame and each dinas's true gain at the frame's mix of methods."""
    rng = np.random.default_rng(seed)
    effects = rng.normal(0, tau, dinas)
    parts = []
    for d in range(dinas):
        for a in range(activities):
            pelatihan = rng.random() < 0.6
            size_a = int(rng.integers(*size))
            shift = 8 + effects[d] + 3.0 * pelatihan + rng.normal(0, omega)
            parts.append(pd.DataFrame({"dinas": f"d{d:02d}", "kegiatan_id": f"d{d:02d}-k{a}",
                                       "metode": "pelatihan" if pelatihan else "seminar",
                                       "gain": shift + rng.normal(0, sigma, size_a)}))
    frame = pd.concat(parts, ignore_index=True)
    share = float((frame["metode"] == "pelatihan").mean())
    return frame, {f"d{d:02d}": 8 + 3.0 * share + effects[d] for d in range(dinas)}


def _statsmodels(frame):
    """The reference: statsmodels MixedLM, random intercept per dinas and a variance component for
    the activities within it (REML), on the same design; the best converged fit of two of its
    optimisers (one alone can stop early on this likelihood: bfgs does on this frame)."""
    frame = frame.sort_values("dinas", kind="stable")
    model = sm.MixedLM.from_formula("gain ~ C(metode)", frame, groups="dinas", re_formula="1",
                                    vc_formula={"kegiatan": "0 + C(kegiatan_id)"})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fits = [model.fit(reml=True, method=[method], maxiter=5000) for method in ("nm", "lbfgs")]
    converged = [fit for fit in fits if fit.converged]
    assert converged
    return frame, max(converged, key=lambda fit: fit.llf)


def _dense_prediction_variance(frame, tau2, omega2, sigma2):
    """Each dinas's c'beta + u_d and its prediction-error variance from the full N x N covariance
    V = tau2 ZZ' + omega2 AA' + sigma2 I (A the activity indicators): k'Vk - 2 tau2 k'Z e_d + tau2
    for the linear predictor k'y (Henderson 1975), no mixed-model equations involved."""
    X = pooling.design(frame, ["metode"])
    y = frame["gain"].to_numpy(float)
    Z = pd.get_dummies(frame["dinas"], dtype=float).to_numpy()
    A = pd.get_dummies(frame["kegiatan_id"], dtype=float).to_numpy()
    V = tau2 * Z @ Z.T + omega2 * A @ A.T + sigma2 * np.eye(len(y))
    Vinv = np.linalg.inv(V)
    gls = np.linalg.solve(X.T @ Vinv @ X, X.T @ Vinv)  # beta = gls @ y
    mix = X.mean(axis=0)
    out = {}
    for index, dinas in enumerate(sorted(frame["dinas"].unique())):
        k = mix @ gls + tau2 * Z[:, index] @ Vinv @ (np.eye(len(y)) - X @ gls)
        out[dinas] = (float(k @ y), float(k @ V @ k - 2 * tau2 * k @ Z[:, index] + tau2))
    return out


def test_variances_fixed_effects_blups_and_intervals_equal_statsmodels_mixedlm():
    frame, _ = _planted(11)
    out = pooling.pooled_gain(frame)
    frame, fit = _statsmodels(frame)
    tau2, omega2 = float(np.asarray(fit.cov_re)[0, 0]), float(np.asarray(fit.vcomp)[0])
    assert out["metode"] == "mixedlm"
    assert out.get("varians_antar_dinas") == pytest.approx(tau2, rel=0.01)
    assert out.get("varians_antar_kegiatan") == pytest.approx(omega2, rel=0.01)
    assert out.get("varians_dalam_kegiatan") == pytest.approx(float(fit.scale), rel=0.001)
    # the province mean at the province's mix of methods, c'beta, and its standard error
    mix = pooling.design(frame, ["metode"]).mean(axis=0)
    cov_beta = np.asarray(fit.cov_params())[:2, :2]
    mean = out.get("rata_provinsi")
    assert mean is not None
    assert point(mean) == pytest.approx(float(mix @ fit.fe_params.to_numpy()), abs=0.005)
    se = np.sqrt(mix @ cov_beta @ mix)
    assert (bounds(mean)[1] - bounds(mean)[0]) / 2 / T_TEN_DINAS == pytest.approx(se, rel=0.01)
    dense = _dense_prediction_variance(frame, tau2, omega2, float(fit.scale))
    for row in out["per_dinas"]:
        assert point(_contrast(row)) == pytest.approx(float(fit.random_effects[row["dinas"]].iloc[0]), abs=0.005)
        value, variance = dense[row["dinas"]]
        low, high = bounds(row["pooled"])
        assert point(row["pooled"]) == pytest.approx(value, abs=0.005)
        assert (high - low) / 2 / T_TEN_DINAS == pytest.approx(np.sqrt(variance), rel=0.01), row["dinas"]


# lme4 1.1-31, lmer(gain ~ metode + (1 | dinas) + (1 | dinas:kegiatan_id), REML = TRUE) on
# tests/reference/pooling-kegiatan.csv (the frame of _planted(11)); tests/reference/lme4_pooling.R prints them
LME4_VARIANCES = {"tau2": 2.68537679231961, "omega2": 6.93916136049375, "sigma2": 37.2523573777593}
LME4_BETA, LME4_SE = (11.5868159109159, -4.05879621584032), (0.723730895165955, 0.859391003463632)
LME4_COV = -0.275631280506763  # covariance of the two fixed effects
LME4_BLUP = {"d00": -0.325530587227956, "d01": 1.40453391157229, "d02": 1.56406761912409,
             "d03": -0.541677291686852, "d04": -0.560546602102449, "d05": -1.28063596239409,
             "d06": 0.208467282830685, "d07": 0.5195046749364, "d08": 1.46993072059552,
             "d09": -2.45811376564656}


def test_variances_province_mean_and_blups_equal_lme4():
    frame = pd.read_csv(REFERENCE / "pooling-kegiatan.csv")
    out = pooling.pooled_gain(frame)
    assert out.get("varians_antar_dinas") == pytest.approx(LME4_VARIANCES["tau2"], rel=1e-4)
    assert out.get("varians_antar_kegiatan") == pytest.approx(LME4_VARIANCES["omega2"], rel=1e-4)
    assert out.get("varians_dalam_kegiatan") == pytest.approx(LME4_VARIANCES["sigma2"], rel=1e-5)
    share = float((frame["metode"] == "seminar").mean())  # c = (1, share): the province's mix of methods
    (se0, se1), (b0, b1) = LME4_SE, LME4_BETA
    mean = out.get("rata_provinsi")
    assert mean is not None
    assert point(mean) == pytest.approx(b0 + share * b1, abs=1e-4)
    se = np.sqrt(se0**2 + share**2 * se1**2 + 2 * share * LME4_COV)
    assert (bounds(mean)[1] - bounds(mean)[0]) / 2 / T_TEN_DINAS == pytest.approx(se, rel=1e-3)
    assert {row["dinas"]: point(_contrast(row)) for row in out["per_dinas"]} == pytest.approx(LME4_BLUP, abs=1e-4)


def _coverage(seeds, drop_activities):
    """Share of dinas (over seeds) whose pooled 95% interval covers its true gain; with
    ``drop_activities`` every participant is made its own activity: the model without the level."""
    covered = []
    for seed in seeds:
        frame, truth = _planted(seed, dinas=12)
        if drop_activities:
            frame = frame.assign(kegiatan_id=np.arange(len(frame)))
        for row in pooling.pooled_gain(frame)["per_dinas"]:
            low, high = bounds(row["pooled"])
            covered.append(low <= truth[row["dinas"]] <= high)
    return float(np.mean(covered))


@pytest.mark.slow
@pytest.mark.parametrize(("drop_activities", "low", "high"), [
    pytest.param(False, 0.93, 0.97, id="with-activity-level"),  # 94.5% (92.1% with z instead of t)
    pytest.param(True, 0.0, 0.85, id="activity-level-dropped"),  # 73.4%
])
def test_pooled_intervals_cover_the_planted_gain_200_seeds(drop_activities, low, high):
    assert low <= _coverage(range(200), drop_activities) <= high


def test_no_spread_between_dinas_is_full_shrinkage_not_a_fallback():
    noise = np.random.default_rng(5).normal(0, 6, (6, 100))
    noise -= noise.mean(axis=1, keepdims=True)  # every dinas has the same mean: REML puts tau2 on 0
    frame = pd.DataFrame({"dinas": np.repeat([f"d{i}" for i in range(6)], 100), "metode": "pelatihan",
                          "kegiatan_id": np.repeat(np.arange(30), 20), "gain": 5 + noise.ravel()})
    out = pooling.pooled_gain(frame)
    assert out["metode"] == "mixedlm_batas" and out["varians_antar_dinas"] == 0.0 and out["catatan"] is None
    means = {point(r["pooled"]) for r in out["per_dinas"]}
    assert len(means) == 1 and means.pop() == pytest.approx(frame["gain"].mean())
    assert all((r["peringkat_bawah"], r["peringkat_atas"]) == (1, 6) for r in out["per_dinas"])


def test_pooled_interval_is_the_blups_not_raw_plus_the_intercept_variance():
    frame = _frame(np.random.default_rng(2).normal(0, 3, 8), n=300)
    # independent participants (each its own activity), so the raw t interval is the fair comparison
    out = pooling.pooled_gain(frame.assign(kegiatan_id=np.arange(len(frame))))
    raw_t, pooled_t = sps.t.ppf(0.975, 300 - 1), sps.t.ppf(0.975, 8 - 1)  # 300 participants, 8 dinas
    for row in out["per_dinas"]:
        (raw_low, raw_high), (low, high) = bounds(row["mentah"]), bounds(row["pooled"])
        raw_se, pooled_se = (raw_high - raw_low) / 2 / raw_t, (high - low) / 2 / pooled_t
        assert pooled_se <= raw_se * 1.05, row["dinas"]  # (the model uses one sigma2, the raw mean its own SD)
        # the old interval added the whole intercept variance (about tau2 / G): much wider than the raw one
        assert pooled_se < np.sqrt(raw_se**2 + (out.get("varians_antar_dinas") or 0.0) / 8) * 0.8


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


def test_rank_intervals_draw_from_the_t_of_the_pooled_intervals():
    # five dinas, d0 2.5 points ahead: first for sure under normal draws (1-1), not under the t on 4 df that
    # its pooled interval uses
    frame = _frame([2.5, 0.0, 0.0, 0.0, 0.0], n=100, seed=4)
    top = next(r for r in pooling.pooled_gain(frame)["per_dinas"] if r["dinas"] == "d0")
    assert _ranks(top) == (1, 1, 2)


def test_rank_intervals_of_independent_means():
    rank, low, high = pooling.rank_intervals(np.array([10.0, 0.0, 0.1]), np.diag([0.01, 1.0, 1.0]))
    assert rank == [1, 3, 2] and (low[0], high[0]) == (1, 1) and (low[1], high[1]) == (2, 3)


def _with_scores(frame):
    """The frame with the pre and post scores whose difference is its gain, as participations carry them."""
    return frame.assign(nilai_pre=50.0, nilai_post=50.0 + frame["gain"])


@pytest.mark.parametrize("dinas", [12, 2], ids=["pooled", "too-few-dinas-unpooled"])
def test_raw_mean_beside_is_the_clustered_level2_figure(dinas):
    frame, _ = _planted(5, dinas=dinas, omega=4.0)
    out = pooling.pooled_gain(frame)
    assert (out["metode"] == "tanpa_pooling") == (dinas < constants.MIN_GROUPS_POOLING)
    for row in out["per_dinas"]:
        level2 = learning.paired_change_clustered(_with_scores(frame[frame["dinas"] == row["dinas"]]))
        assert point(row["mentah"]) == pytest.approx(point(level2))
        assert bounds(row["mentah"]) == pytest.approx(bounds(level2)), row["dinas"]


def test_unpooled_ranks_use_the_clustered_standard_errors():
    # four dinas (too few to pool); d0 is 3 points above the rest, within activity noise of sd 4
    frame, _ = _planted(8, dinas=4, tau=0.0, omega=4.0)
    frame.loc[frame["dinas"] == "d00", "gain"] += 3.0
    rows = pooling.pooled_gain(frame)["per_dinas"]
    top = next(r for r in rows if r["dinas"] == "d00")
    # with the participants counted as independent d0 was first for sure (rank interval 1-1)
    assert _ranks(top)[2] - _ranks(top)[1] >= 1


def test_a_dinas_file_carries_the_province_mean_of_its_pooling():
    """The dinas's hasil.json gets the model's province mean with its row, so that its report compares its
    adjusted gain with the same model's province mean (report.facts), not the participants' mean."""
    from evalasn.analysis import model

    mean = {"n": 900, "estimasi": 9.2, "ci_bawah": 8.6, "ci_atas": 9.8, "p": 0.0, "cukup_data": True}
    row = {"dinas": "kesehatan", "peringkat": 2}
    pooled = {"metode": "mixedlm", "catatan": None, "penyesuaian": ["metode"], "rata_provinsi": mean,
              "per_dinas": [{"dinas": "dispora", "peringkat": 1}, row]}
    mine = model._pooling_for(pooled, "kesehatan")  # type: ignore[arg-type]
    assert mine["rata_provinsi"] == mean and mine["dinas_ini"] == row and mine["jumlah_dinas"] == 2
