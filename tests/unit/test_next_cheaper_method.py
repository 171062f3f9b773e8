"""Rule 3 when its cheapest method is ruled out for learning clearly less per participant: the next cheaper method
that does not learn clearly less is offered against the largest-budget method, or the report says that none exists
(CHECK12 C12-15: the province's only advice on where 65% of the money goes was "do not move pelatihan to
e-learning", while mentoring, as cheap per point as e-learning and learning more than pelatihan, was never offered).
"""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import budget_rule, method_choice, plan_indicators


def _cost(metode: str, value: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 100, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": True, "n_kegiatan": 10}


def _gain(metode: str, value: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 100, "n_kegiatan": 10, "estimasi": value, "ci_bawah": low, "ci_atas": high,
            "p": None, "cukup_data": True}


# set D's province (CHECK12 C12-15): pelatihan holds the budget, e-learning is cheapest and learns clearly less
PELATIHAN = (_cost("pelatihan", 496_137.0, 404_001.0, 620_414.0), _gain("pelatihan", 6.29, 5.20, 7.38))
E_LEARNING = (_cost("e-learning", 106_833.0, 64_862.0, 186_610.0), _gain("e-learning", 4.01, 2.37, 5.65))
MENTORING = (_cost("mentoring", 160_534.0, 136_972.0, 199_392.0), _gain("mentoring", 9.12, 7.40, 10.84))


def _hasil(*methods: tuple[Any, Any]) -> Any:
    spent = {"pelatihan": 755e6, "e-learning": 44e6, "mentoring": 133e6, "workshop": 233e6}
    return {"cakupan": {"slug": "provinsi", "jenis": "provinsi"},
            "pelaksanaan": {"kegiatan_per_metode": [
                {"metode": cost["metode"], "n_kegiatan": 10, "n_peserta": 100, "jp_total": 100.0,
                 "anggaran_rp": spent[cost["metode"]]} for cost, _ in methods]},
            "level2_pembelajaran": {"per_metode": [gain for _, gain in methods]},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [cost for cost, _ in methods], "tanpa_kenaikan": []}}


def _with(row: tuple[Any, Any], cost: tuple[float, float, float] | None = None,
          gain: tuple[float, float, float] | None = None) -> tuple[Any, Any]:
    found_cost, found_gain = row
    if cost:
        found_cost = {**found_cost, **dict(zip(("estimasi", "ci_bawah", "ci_atas"), cost, strict=True))}
    if gain:
        found_gain = {**found_gain, **dict(zip(("estimasi", "ci_bawah", "ci_atas"), gain, strict=True))}
    return found_cost, found_gain


@pytest.mark.parametrize(("methods", "moved"), [
    pytest.param((PELATIHAN, E_LEARNING, MENTORING), "mentoring", id="cheapest-learns-less-next-offered"),
    pytest.param((PELATIHAN, _with(E_LEARNING, gain=(6.0, 5.0, 7.0)), MENTORING), "e-learning",
                 id="cheapest-not-ruled-out-keeps-its-shift"),
    pytest.param((PELATIHAN, E_LEARNING, _with(MENTORING, cost=(420_000.0, 300_000.0, 560_000.0))), None,
                 id="next-not-clearly-cheaper-none"),
    pytest.param((PELATIHAN, E_LEARNING, _with(MENTORING, gain=(3.0, 2.0, 4.0))), None,
                 id="next-learns-clearly-less-too-none"),
    pytest.param((PELATIHAN, E_LEARNING), None, id="no-other-method-none"),
])
def test_the_shift_goes_to_the_cheapest_method_without_a_learning_loss(methods, moved):
    hasil = _hasil(*methods)
    pair = method_choice.method_pair(hasil)
    assert pair is not None and pair[1]["metode"] == "pelatihan"
    shift = method_choice.method_shift(hasil)
    assert (shift[0]["metode"] if shift else None) == moved
    if shift:
        assert shift[1]["metode"] == "pelatihan"
    # the plan's share row (PORSI-<METODE>) is issued exactly when a shift is advised
    assert plan_indicators.MEASURED["rec_method"].issued(hasil) is (moved is not None)


@pytest.mark.parametrize(("lang", "offer", "none"), [
    pytest.param("id", "Alihkan sebagian kegiatan pelatihan ke mentoring bila tujuan belajarnya sama: Rp 160.534 "
                 "per poin", "Tidak ada metode lain yang biaya per poinnya jelas lebih rendah daripada pelatihan",
                 id="id"),
    pytest.param("en", "Move part of the classroom training activities to mentoring where the learning aims are the "
                 "same: Rp 160,534 per point", "No other method has a cost per point clearly below classroom "
                 "training's", id="en"),
])
def test_the_summary_offers_the_next_method_or_says_none_exists(lang, offer, none):
    offered = method_choice.method_brief(_hasil(PELATIHAN, E_LEARNING, MENTORING), lang)
    assert offered.startswith("Jangan" if lang == "id" else "Do not"), offered  # the veto stays, first
    assert offer in offered and ("9,1" if lang == "id" else "9.1") in offered, offered
    assert none not in offered
    without = method_choice.method_brief(_hasil(PELATIHAN, E_LEARNING, _with(MENTORING, gain=(3.0, 2.0, 4.0))), lang)
    assert none in without and "mentoring" not in without, without


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_full_recommendation_names_the_next_method_with_both_gains(lang):
    words = method_choice.next_method_words(_hasil(PELATIHAN, E_LEARNING, MENTORING), lang, "rec")
    dear = "pelatihan" if lang == "id" else "classroom training"
    assert "mentoring 9" in words and f"{dear} 6" in words, words
    assert method_choice.next_method_words(_hasil(PELATIHAN, _with(E_LEARNING, gain=(6.0, 5.0, 7.0)), MENTORING),
                                           lang, "rec") == ""  # rule 3's own shift: nothing to add


def test_rule_2_never_argues_by_the_method_rule_3_rules_out():
    hasil = _hasil(PELATIHAN, E_LEARNING, MENTORING)
    candidates = {r["metode"] for r in budget_rule.marginal_candidates(hasil, method_choice.method_pair(hasil),
                                                                       method_choice.method_shift(hasil))}
    assert "e-learning" not in candidates and "mentoring" in candidates


@pytest.mark.parametrize(("methods", "subject", "advised"), [
    pytest.param((PELATIHAN, E_LEARNING, MENTORING), "mentoring", True, id="the-next-method-is-advised"),
    pytest.param((PELATIHAN, E_LEARNING, MENTORING), "e-learning", False, id="the-ruled-out-method-is-not"),
    pytest.param((PELATIHAN, E_LEARNING), "e-learning", False, id="ruled-out-without-a-next-method"),
    pytest.param((PELATIHAN,), "e-learning", True, id="no-comparison-of-its-own-carries-the-province-row"),
])
def test_a_share_row_is_set_for_the_method_the_scopes_own_rule_leaves_open(methods, subject, advised):
    """A dinas without a cost comparison of its own (too few activities) carries the province's PORSI row on its own
    share; one whose rule 3 rules the method out does not (province_rows._carried_goal reads the same measure)."""
    assert plan_indicators.MEASURED["rec_method"].issued(_hasil(*methods), subject) is advised
