"""Coverage of the 95% impact intervals, two-sided, and proof that the check has teeth.

``check`` passes an estimator only when its intervals contain the planted truth in 90-99% of the
runs and their mean width is at most 1.5 times the width the estimates' own spread implies
(2 x 1.96 x SD across runs). The dinas-level impact estimate passes; a difference-in-differences
on respondents without clustering and a post-period-only comparison are run on the same data and
must fail it. Fast version on simulated panels (tests/panel.py) inside `make test`; the slow
versions (`make test-slow`) use the real sample generator and the clean stage over 200 seeds, and
the 3-versus-3 null simulation over 1,000 seeds.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats as sps

from evalasn import sample
from evalasn.analysis import budget, did, treatment
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.analysis.contract.outcomes import IkmDid
from evalasn.analysis.data import load
from evalasn.analysis.ikm import respondent_scores
from evalasn.ingest import clean
from evalasn.paths import project
from tests.panel import simulate

DINAS = ("kesehatan", "sosial", "perhubungan", "dpmptsp", "kebudayaan", "bina-marga")


class CoverageError(AssertionError):
    pass


def check(runs: list[tuple[float, float, float]], truth: list[float], low: float = 0.90, high: float = 0.99) -> dict:
    """runs: (estimate, lower, upper) per seed; raises CoverageError unless coverage is within
    [low, high] and the mean width is at most 1.5 x 2 x 1.96 x the SD of the estimates."""
    est, lo, hi = (np.array(x) for x in zip(*runs, strict=True))
    true = np.asarray(truth)
    rate = float(np.mean((lo <= true) & (true <= hi)))
    width, spread = float(np.mean(hi - lo)), float(np.std(est - true, ddof=1))
    out = {"coverage": rate, "width": width, "width_from_spread": 2 * 1.96 * spread, "runs": len(runs)}
    if not low <= rate <= high or width > 1.5 * 2 * 1.96 * spread:
        raise CoverageError(out)
    return out


# --- the broken estimators the check must reject -------------------------------------------------
def unclustered_did(frame: pd.DataFrame, y: str, trained: set, before: str, after: str) -> tuple[float, float, float]:
    """2x2 on respondents, OLS with heteroskedasticity-robust (not clustered) standard errors."""
    import statsmodels.api as sm

    sub = frame[frame["periode"].isin([before, after])]
    d = sub["unit_kerja"].isin(trained).astype(float).to_numpy()
    post = (sub["periode"] == after).astype(float).to_numpy()
    X = np.column_stack([np.ones(len(sub)), d, post, d * post])
    fit = sm.OLS(sub[y].to_numpy(float), X).fit(cov_type="HC1")
    low, high = fit.conf_int()[3]
    return float(fit.params[3]), float(low), float(high)


def post_only(frame: pd.DataFrame, y: str, trained: set, after: str) -> tuple[float, float, float]:
    """Trained minus comparison units' means in the after period (Welch t interval over units)."""
    unit = frame[frame["periode"] == after].groupby("unit_kerja")[y].mean()
    a, b = unit[unit.index.isin(trained)], unit[~unit.index.isin(trained)]
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    half = sps.t.ppf(0.975, df) * np.sqrt(va + vb)
    return float(a.mean() - b.mean()), float(a.mean() - b.mean() - half), float(a.mean() - b.mean() + half)


def _estimates(result: IkmDid) -> tuple[float, float, float]:
    effect = result.get("efek")
    assert effect is not None
    return point(effect), *bounds(effect)


def _trained(result: IkmDid, frame: pd.DataFrame, pegawai: pd.DataFrame, part: pd.DataFrame, ids) -> set:
    """The units the analysis counted as trained (so the broken estimators compare the same arms)."""
    win = result.get("jendela_kegiatan") or []
    units = treatment.exposure(pegawai, part, ids, pd.Timestamp(win[0]), pd.Timestamp(win[1]), 0.5)
    return set(units.loc[units["tanggal_ambang"].notna(), "unit_kerja"])


# --- fast: simulated dinas-level panels -----------------------------------------------------------
def test_dinas_level_intervals_cover_and_broken_ones_fail():
    good, unclustered, naive, truth = [], [], [], []
    for seed in range(60):
        p = simulate(seed, n_treated=10, n_control=12, respondents=30, shock_sd=3.0)
        result = did.impact(p.outcome, "y", p.pegawai, p.part, 2025)
        trained = _trained(result, p.outcome, p.pegawai, p.part, None)
        good.append(_estimates(result))
        unclustered.append(unclustered_did(p.outcome, "y", trained, "2024-S2", "2025-S2"))
        naive.append(post_only(p.outcome, "y", trained, "2025-S2"))
        truth.append(p.truth)
    print(check(good, truth, low=0.85, high=1.0))  # 60 runs: looser bounds; the slow test holds 90-99%
    for broken in (unclustered, naive):
        with pytest.raises(CoverageError):
            check(broken, truth, low=0.85, high=1.0)


# --- slow: the real generator, clean stage and dinas scope ----------------------------------------
@pytest.mark.slow
def test_intervals_cover_the_planted_truth(tmp_path):
    runs: dict[str, list[tuple[float, float, float]]] = {"budget": [], "did": [], "unclustered": [], "post_only": []}
    truths: dict[str, list[float]] = {"budget": [], "did": []}
    for seed in range(1, 201):
        root = tmp_path / f"s{seed}"
        sample.generate(root / "data" / "raw", n_pegawai=1200, dinas=DINAS, seed=seed, respondents_per_unit=20,
                        staff_per_unit=20)
        paths = project(root)
        clean.run(paths)
        data = load(paths).scope("kesehatan")
        slope = budget.budget_model(data.partisipasi[data.partisipasi["tahun_kegiatan"] <= 2025])["gain_per_dobel"]
        runs["budget"].append((point(slope), *bounds(slope)))
        truths["budget"].append(sample.PLANTED.gain_per_doubling)
        full = load(paths)
        ids, info = treatment.match(full.kegiatan, sample.PLANTED.programme_text)
        result = did.ikm_did(data.skm, data.pegawai, full.partisipasi, 2025, ids=ids, intervensi=info)
        if not result["efek"]["cukup_data"]:
            continue
        skm = data.skm.assign(skor=respondent_scores(data.skm))
        trained = _trained(result, skm, data.pegawai, full.partisipasi, ids)
        runs["did"].append(_estimates(result))
        runs["unclustered"].append(unclustered_did(skm, "skor", trained, "2024-S2", "2025-S2"))
        runs["post_only"].append(post_only(skm, "skor", trained, "2025-S2"))
        truths["did"].append(sample.PLANTED.ikm_did)
    print(check(runs["did"], truths["did"]))
    budget_cover = np.mean([lo <= t <= hi for (_, lo, hi), t in zip(runs["budget"], truths["budget"], strict=True)])
    assert budget_cover >= 0.90, budget_cover
    for broken in ("unclustered", "post_only"):
        with pytest.raises(CoverageError):
            check(runs[broken], truths["did"])


@pytest.mark.slow
def test_null_three_versus_three_full_path():
    hits = []
    for seed in range(1000):
        p = simulate(seed, n_treated=3, n_control=3, effect=0.0)
        e = did.impact(p.outcome, "y", p.pegawai, p.part, 2025)["efek"]
        hits.append(not bounds(e)[0] <= 0 <= bounds(e)[1])
    assert np.mean(hits) <= 0.07, np.mean(hits)
