"""The estimators recover effects planted in generated data, and hold back below the minimum n."""

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import budget, did, learning, pooling, results, stats
from evalasn.analysis.contract.estimate import Interval, bounds, point
from evalasn.analysis.data import load
from evalasn.paths import project
from evalasn.sample import PLANTED
from tests.numbers import num


def _inside(estimate: Interval, truth: float) -> bool:
    return estimate["cukup_data"] and bounds(estimate)[0] <= truth <= bounds(estimate)[1]


@pytest.fixture(scope="module")
def province(pipeline_root):
    return results.read(project(pipeline_root).hasil("provinsi"))


def test_budget_slope_recovered(province):
    e = province["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"]
    assert _inside(e, PLANTED.gain_per_doubling), e
    assert province["anggaran_vs_peningkatan"]["model"]["turun_hasil"] is False  # planted log-linear: no fall-off


def test_default_impact_records_that_no_intervention_was_chosen(province):
    """Planted-effect recovery is in test_impact.py (with INTERVENSI set); by default every
    activity counts and the record says so."""
    out = province["level4_hasil"]["did_ikm"]
    assert out["intervensi"]["dipilih"] is False and out["efek"]["unit_dilatih"] >= constants.MIN_UNITS_PER_ARM
    assert set(out["putusan"]["kode_alasan"]) <= set(did.REASONS)


def test_resistance_slope_recovered(province):
    e = province["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    assert _inside(e, PLANTED.gain_per_resistance), e


def test_weakest_elements_are_the_planted_ones(province):
    weakest = [r["unsur"] for r in province["komunikasi"]["unsur"][:2]]
    assert weakest == list(PLANTED.weak_elements)


def test_paired_change_recovers_a_known_shift():
    rng = np.random.default_rng(1)
    pre = pd.Series(rng.normal(50, 10, 400))
    post = pre + 5 + rng.normal(0, 4, 400)
    e = stats.paired_change(pre, post)
    assert _inside(e, 5.0)
    assert e["d_z"] == pytest.approx(5 / 4, rel=0.15)
    assert num(e["p"]) < 0.001 and num(e["p_wilcoxon"]) < 0.001


def test_below_minimum_n_is_not_enough_data():
    e = stats.paired_change(pd.Series([50.0] * 5), pd.Series([60.0] * 5))
    assert e == {**e, "cukup_data": False, "estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 5}
    assert stats.mean_ci(pd.Series([1.0, 2.0]))["cukup_data"] is False
    assert stats.proportion_ci(1, 3)["estimasi"] is None


def test_wilson_interval_known_value():
    e = stats.proportion_ci(50, 100)
    assert e["ci_bawah"] == pytest.approx(0.4038, abs=1e-3) and e["ci_atas"] == pytest.approx(0.5962, abs=1e-3)


def test_cost_per_point_is_total_cost_over_total_gain():
    part = pd.DataFrame({"kegiatan_id": np.repeat([f"K{i}" for i in range(8)], 10), "metode": "seminar",
                         "gain": 4.0, "biaya_per_peserta_rp": 800_000.0})
    gain = learning.paired_change_clustered(part.assign(nilai_pre=50.0, nilai_post=54.0))
    assert gain["status_kenaikan"] is None  # no spread at all: no interval, nothing withheld for it
    row = next(r for r in budget.cost_per_point(part, [{"metode": "seminar", **gain}]) if r["metode"] == "seminar")
    assert row["estimasi"] == pytest.approx(200_000.0)
    assert row["ci_bawah"] == pytest.approx(200_000.0) and row["ci_atas"] == pytest.approx(200_000.0)


def test_pooling_pulls_a_small_dinas_toward_the_mean():
    rng = np.random.default_rng(3)
    frames = [pd.DataFrame({"dinas": d, "kegiatan_id": [f"{d}{j // 20}" for j in range(300)],
                            "gain": rng.normal(8, 6, 300)}) for d in "abcdef"]
    frames.append(pd.DataFrame({"dinas": "kecil", "kegiatan_id": ["k1", "k2", "k3"] * 4,  # the fewest with an interval
                                "gain": [25.0, 24.0, 26.0, 23.0, 27.0, 25.0, 24.0, 26.0, 25.0, 25.0, 24.5, 25.5]}))
    out = pooling.pooled_gain(pd.concat(frames, ignore_index=True))
    small = next(r for r in out["per_dinas"] if r["dinas"] == "kecil")
    assert out["metode"] == "mixedlm"
    assert point(small["pooled"]) < point(small["mentah"])
    assert bounds(small["pooled"])[1] - bounds(small["pooled"])[0] > 0


def test_pooling_falls_back_with_few_dinas():
    frame = pd.DataFrame({"dinas": np.repeat(["a", "b"], 50), "kegiatan_id": np.repeat(np.arange(10), 10),
                          "gain": np.arange(100.0)})
    out = pooling.pooled_gain(frame)
    assert out["metode"] == "tanpa_pooling" and out["catatan"]


# --- edge cases --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def data(pipeline_root):
    return load(project(pipeline_root))


def test_activity_without_budget_is_left_out_of_the_budget_model(data):
    part = data.partisipasi.copy()
    first = part["kegiatan_id"].iloc[0]
    part.loc[part["kegiatan_id"] == first, "biaya_per_peserta_rp"] = 0.0
    out = budget.budget_model(part)
    assert out["kegiatan_tanpa_biaya"] >= 1 and out["gain_per_dobel"]["cukup_data"]


def test_dinas_with_no_tests_and_no_participants(data):
    from evalasn.analysis import model

    no_tests = data.partisipasi.assign(nilai_pre=np.nan, nilai_post=np.nan, gain=np.nan)
    empty = data.partisipasi.iloc[0:0]
    params = model.ModelParams(tahun=max(data.years))
    shared = model.province_fits(data, params.tahun)
    for part in (no_tests, empty):
        res = model.analyse_scope(type(data)(**{**data.__dict__, "partisipasi": part}), "sosial", params, shared)
        assert res["level2_pembelajaran"]["keseluruhan"]["cukup_data"] is False
        assert res["data"]["ada_nilai_test"] is False


def test_period_with_no_survey_makes_did_unavailable(data):
    skm = data.skm[data.skm["periode"] < "2025-S1"]  # nothing after the evaluated year starts
    out = did.ikm_did(skm, data.pegawai, data.partisipasi, 2025)
    assert out["tersedia"] is False and out["alasan"]
