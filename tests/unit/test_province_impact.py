"""A dinas whose own comparison does not earn the causal word, beside the province's that does for the same declared
intervention (CHECK10 C10-1, C10-2): the dinas finding says its own estimate, then the province's with its units and
where to read it; its recommendation points to the province's row and its plan has no measurement row whose target
exceeds the dinas's units."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.analysis import model
from evalasn.analysis.contract import Hasil
from evalasn.report.chapters import plan_indicators, plan_targets
from evalasn.report.words import province_impact

PROVINCE = {"teks": "layanan prima", "ambang_persen_dilatih": 50.0, "estimasi": 4.926657, "ci_bawah": 3.428578,
            "ci_atas": 6.424736, "unit_dilatih": 25, "unit_pembanding": 23}


def _did(earned: bool, teks: str = "layanan prima", codes: tuple[str, ...] = ("uji_tren_lemah",)) -> Any:
    return {"tersedia": True, "intervensi": {"teks": teks, "dipilih": bool(teks)}, "ambang_persen_dilatih": 50.0,
            "efek": {"estimasi": 7.54, "ci_bawah": 4.86, "ci_atas": 10.22, "cukup_data": True, "unit_dilatih": 4,
                     "unit_pembanding": 4},
            "putusan": {"boleh_kausal": earned, "kode_alasan": [] if earned else list(codes)}}


def _hasil(did: Any, province: Any = PROVINCE) -> Hasil:
    return cast(Hasil, {"level4_hasil": {"did_ikm": did},
                        "perbandingan_provinsi": {"dampak_provinsi": province} if province else {}})


@pytest.mark.parametrize("did,province,cited", [
    (_did(False), PROVINCE, True),
    (_did(False, codes=("selang_memuat_nol",)), PROVINCE, True),
    (_did(True), PROVINCE, False),
    (_did(False), None, False),
    (_did(False, teks="coaching"), PROVINCE, False),
    (_did(False, teks=""), PROVINCE, False),
], ids=["weak-pretrend", "interval-has-zero", "own-earned", "province-not-earned", "other-intervention",
        "none-declared"])
def test_the_province_s_earned_estimate_only_beside_an_unearned_own_one(did, province, cited):
    assert (province_impact.earned_elsewhere(_hasil(did, province)) is not None) is cited


@pytest.mark.parametrize("lang,expected", [
    ("id", "Di tingkat provinsi, dengan 48 unit (25 dilatih, 23 pembanding; unit dinas ini termasuk di dalamnya), "
           "pelatihan “layanan prima” berdampak positif menurut desain yang sama: IKM naik 4,93 poin lebih banyak "
           "daripada di unit pembanding (rentang keyakinan 95%: 3,43 s.d. 6,42); rinciannya di BAB III laporan "
           "provinsi (3.4)."),
    ("en", "At province level, with 48 units (25 trained, 23 comparison; this agency's units among them), the "
           "“layanan prima” training had a positive effect by the same design: the IKM rose 4.93 points more than "
           "in comparison units (95% CI: 3.43 to 6.42); details in Chapter III of the province report (3.4)."),
], ids=["id", "en"])
def test_the_dinas_finding_names_the_province_s_estimate(lang, expected):
    assert province_impact.sentence(_hasil(_did(False)), lang).strip() == expected


def test_no_measurement_row_of_the_dinas_own_where_the_province_earned_it():
    """C10-1: 'Unit dalam perbandingan dampak … 8 → ≥ 20' in an agency of 8 units; C10-2: Sosial (uji_tren_lemah)
    recommended measuring with no row, DPMPTSP the same with one: now neither has one, the text says why."""
    issued = plan_indicators.MEASURED["rec_did_measure"].issued
    assert not issued(_hasil(_did(False)))
    assert issued(_hasil(_did(False), None))


def test_the_model_passes_on_only_an_earned_province_estimate():
    did = _did(True)
    did["efek"] |= {"estimasi": 4.926657, "ci_bawah": 3.428578, "ci_atas": 6.424736, "unit_dilatih": 25,
                    "unit_pembanding": 23}
    assert model.province_impact(did) == PROVINCE
    assert model.province_impact(_did(False)) is None
    assert model.province_impact(_did(True) | {"intervensi": {"teks": "", "dipilih": False}}) is None


# set C Sosial (seed 8283): 4 + 4 units, estimate 7,54, the pre-trend check's MDE 7,11 > 0,7 x 7,54
SOSIAL_CHECK = {"tersedia": True, "k": 1, "p": 0.175, "alpha": 0.1, "e_terdekat": -3,
                "selisih_minimum_terdeteksi": 7.108155}
SOSIAL_EVENTS = [{"e": -3, "estimasi": 3.064382, "ci_bawah": -1.853589, "ci_atas": 7.982353, "cukup_data": True}]


@pytest.mark.parametrize("check,events,expected", [
    (SOSIAL_CHECK, SOSIAL_EVENTS, 15),  # 8 x (7,108 / (0,7 x 7,542))^2 = 14,5
    ({**SOSIAL_CHECK, "selisih_minimum_terdeteksi": 4.0},
     [{**SOSIAL_EVENTS[0], "estimasi": 1.0, "ci_bawah": -3.0, "ci_atas": 5.0}], 17),  # 8 x (4 / (3,771 - 1))^2
    ({**SOSIAL_CHECK, "selisih_minimum_terdeteksi": 4.0},
     [{**SOSIAL_EVENTS[0], "estimasi": 4.0, "ci_bawah": 1.0, "ci_atas": 7.0}], None),  # the gap itself past the bound
    ({**SOSIAL_CHECK, "selisih_minimum_terdeteksi": 4.0},
     [{**SOSIAL_EVENTS[0], "estimasi": 0.1, "ci_bawah": -1.0, "ci_atas": 1.2}], None),  # passes
], ids=["power", "gap", "gap-unreachable", "passes"])
def test_units_a_weak_pretrend_check_would_need(check, events, expected):
    from evalasn.analysis.pretrend_rule import units_to_pass

    effect = {"estimasi": 7.541948, "cukup_data": True}
    assert units_to_pass(check, effect, events, 8) == expected


def test_a_weak_pretrend_check_has_its_measurement_row_without_a_province_estimate():
    """C10-2: Sosial's finding recommended measuring the impact (uji_tren_lemah, 8 units, enough for MIN_UNITS_PER_ARM)
    and its plan had no row; now the row asks for the units the check would need, and the recommendation says so."""
    from evalasn.report.chapters import rules

    did = _did(False) | {"uji_tren_awal": SOSIAL_CHECK, "studi_peristiwa": SOSIAL_EVENTS}
    did["efek"]["estimasi"] = 7.541948
    hasil: Any = _hasil(did, None) | {"tahun": 2025, "cakupan": {"slug": "sosial"}}
    hasil["level4_hasil"]["ikm_unit"] = [{"unit_kerja": f"U{k}"} for k in range(16)]
    goal = plan_targets._did_units_goal(hasil, "id")
    assert goal is not None and (goal.today, goal.target) == (8.0, 15.0)
    assert "dengan sekitar 15 unit (kini 8)" in rules.measure_advice(did, "id")


@pytest.mark.parametrize("units,row", [(16, True), (8, False)], ids=["dinas-has-16-units", "dinas-has-8-units"])
def test_no_dinas_target_above_its_own_units(units, row):
    """C10-1: 'Unit dalam perbandingan dampak ... 8 (3 dilatih, 5 pembanding) → ≥ 20' in an agency of 8 service
    units; a target the dinas cannot reach is not set: the recommendation says the measurement needs other dinas."""
    did = _did(False) | {"uji_tren_awal": SOSIAL_CHECK, "studi_peristiwa": SOSIAL_EVENTS}
    did["efek"]["estimasi"] = 7.541948
    hasil: Any = _hasil(did, None) | {"tahun": 2025, "cakupan": {"slug": "sosial"}, "parameter": {
        "intervensi": "layanan prima"}}
    hasil["level4_hasil"]["ikm_unit"] = [{"unit_kerja": f"U{k}"} for k in range(units)]
    assert (plan_targets._did_units_goal(hasil, "id") is not None) is row
    assert (province_impact.beyond_dinas(hasil, province_impact.units_needed(did)) is None) is row


def test_a_dinas_with_too_few_units_also_reads_the_province_s_estimate():
    """Set C Lingkungan Hidup (7 + 1 units): 'belum dapat disimpulkan (unit terlalu sedikit ...)' and nothing on the
    province's answer; now the province's estimate follows."""
    from evalasn.report.words import narrative

    did = _did(False, codes=("unit_kurang",))
    did["efek"] = {"n": 16, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
                   "unit_dilatih": 7, "unit_pembanding": 1}
    hasil: Any = _hasil(did) | {"tahun": 2025, "data": {"ada_skm": True}, "parameter": {"intervensi": "layanan prima"}}
    text = narrative.did_ikm(hasil, "id") or ""
    assert "7 dilatih, 1 pembanding" in text and text.endswith("rinciannya di BAB III laporan provinsi (3.4)."), text
