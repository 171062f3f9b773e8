"""The dose slope (IKM change per 10 points of staff trained) needs enough units for its inference, and an interval
wider than the IKM scale is never printed (CHECK12 C12-12: +-165 and +-36 million IKM points from 3-4 units)."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm

from evalasn import constants
from evalasn.analysis import did, eventstudy
from evalasn.analysis.small_clusters import wider_than_scale
from evalasn.report.words import impact, reasons
from evalasn.report.words.text import t
from tests.panel import simulate

IKM = constants.SCALE_BOUNDS["ikm"]


def _units(g: int, seed: int = 4) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    share = rng.uniform(0, 100, g)
    return 0.3 * share / 10 + rng.normal(0, 1, g), share


@pytest.mark.parametrize("g", [3, 4], ids=["3-units", "4-units"])
def test_a_dose_from_fewer_than_the_minimum_units_is_withheld_with_its_reason(g):
    delta, share = _units(g)
    assert eventstudy.dose(delta, share, np.arange(g), g, np.zeros(g)) == {}
    record = did.dose_record({}, g, IKM)
    assert record["cukup_data"] is False and record["alasan"] == "unit_kurang_dosis" and record["n"] == g
    assert record["ci_bawah"] is None and record["ci_atas"] is None


def test_the_minimum_units_give_a_slope():
    g = constants.MIN_UNITS_DOSE
    delta, share = _units(g)
    record = did.dose_record(eventstudy.dose(delta, share, np.arange(g), g, np.zeros(g)), g, IKM)
    low, high = record["ci_bawah"], record["ci_atas"]
    assert record["cukup_data"] and record["n_klaster"] == g and low is not None and high is not None and low < high


@pytest.mark.parametrize(("low", "high", "wide"), [
    (-165.85, 165.35, True), (-36157529.2, 36157524.1, True), (-np.inf, 1.0, True), (None, 1.0, True),
    (-40.0, 40.0, True), (-6.35, 6.09, False), (-37.0, 37.0, False)],
    ids=["set-E-165", "set-E2-36-million", "infinite", "missing", "just-over-75", "set-E-dispora", "just-under-75"])
def test_an_interval_wider_than_the_ikm_scale_is_a_failed_computation(low, high, wide):
    assert wider_than_scale(low, high, IKM) is wide
    slope = {"estimasi": -0.25, "ci_bawah": low, "ci_atas": high, "p": 0.9, "se": 2.3, "df": 2.0, "n_unit": 6,
             "bootstrap": True}
    record = did.dose_record(slope, 6, IKM)
    if wide:
        assert record["cukup_data"] is False and record["alasan"] == "rentang_melebihi_skala"
        assert record["ci_bawah"] is None and record["estimasi"] is None
    else:
        assert record["cukup_data"] and (record["ci_bawah"], record["ci_atas"]) == (low, high)


@pytest.mark.parametrize(("code", "expected_id", "expected_en"), [
    ("unit_kurang_dosis", "belum dapat dihitung: hanya 4 unit layanan dengan data sebelum dan sesudah, perlu "
     "sedikitnya 5 unit", "only 4 service units with before and after data, at least 5 are needed"),
    ("rentang_melebihi_skala", "tidak ditampilkan: dari 4 unit layanan rentang keyakinannya lebih lebar dari seluruh "
     "skala IKM (25–100)", "its confidence interval is wider than the whole IKM scale (25–100)")],
    ids=["too-few-units", "wider-than-scale"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_withheld_dose_says_why_in_the_report_and_the_workbook(code, expected_id, expected_en, lang):
    record = {"n": 4, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
              "per_poin_persen": 10.0, "alasan": code, "n_klaster": 4}
    note = impact.dose_withheld(record, lang, lambda key, **v: t(key, lang, **v))
    assert {"id": expected_id, "en": expected_en}[lang] in note
    why = reasons.reason(record, lang)  # the workbook's reason cell
    assert ("sedikitnya 5" if lang == "id" else "at least 5") in why if code == "unit_kurang_dosis" \
        else {"id": "seluruh skala", "en": "whole scale"}[lang] in why


def test_the_dose_slope_and_its_error_are_statsmodels_ols_with_hc2():
    """One row per unit: the CR2 error of the slope is statsmodels' HC2 (the reference of analysis.inference)."""
    delta, share = _units(8, seed=3)
    slope = eventstudy.dose(delta, share, np.arange(8), 8, np.zeros(8))
    reference = sm.OLS(delta, sm.add_constant(share / 10)).fit(cov_type="HC2")
    assert slope["estimasi"] == pytest.approx(reference.params[1], rel=1e-9)
    assert slope["se"] == pytest.approx(reference.bse[1], rel=1e-9)


def test_no_unit_seen_before_and_after_gives_no_dose_sentence():
    """The design sentence already counts 0 units; 'hanya 0 unit layanan' is no reason (set E Gulkarmat)."""
    record = {**did.dose_record({}, 0, IKM)}
    assert impact.dose_withheld(record, "id", lambda key, **v: t(key, "id", **v)) == ""


@pytest.mark.parametrize(("scale", "withheld"), [((25.0, 100.0), False), ((0.0, 0.01), True)],
                         ids=["ikm-scale", "interval-wider-than-scale"])
def test_a_did_effect_wider_than_its_scale_is_withheld_with_its_reason(scale, withheld):
    """The effect itself follows the dose's rule: an interval wider than the outcome's whole scale is never printed,
    and the verdict and the report say why (not 'too few units')."""
    p = simulate(5, n_treated=6, n_control=6)
    out = did.impact(p.outcome, "y", p.pegawai, p.part, 2025, intervensi={"teks": "K-PROG", "dipilih": True},
                     scale=scale)
    effect, codes = out["efek"], out["putusan"]["kode_alasan"]
    assert (effect["unit_dilatih"], effect["unit_pembanding"]) == (6, 6)
    if not withheld:
        assert effect["cukup_data"] and effect["ci_bawah"] is not None and "rentang_melebihi_skala" not in codes
        return
    assert effect["cukup_data"] is False and effect["alasan"] == "rentang_melebihi_skala"
    assert effect["estimasi"] is None and effect["ci_bawah"] is None and effect["n_klaster"] == 12
    assert "rentang_melebihi_skala" in codes and "unit_kurang" not in codes
    for lang, words in (("id", "rentang keyakinan dari 12 unit lebih lebar dari seluruh skala"),
                        ("en", "the confidence interval from 12 units is wider than the whole scale")):
        assert words in impact.reasons(out, lang)
        assert words in reasons.reason(effect, lang)
