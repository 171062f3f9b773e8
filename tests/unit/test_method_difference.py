"""Method comparisons are judged on the difference's own 95% interval, never on whether two intervals overlap
(REVIEW6 R6-3, R6-4: the glossary says overlapping intervals may still differ clearly, while the rules shifted
participants, and called a method "not clearly cheaper", by overlap); one rule in a dinas and the province report,
and no other recommendation or plan row argues by a method that rule 3 says not to move participants to (R6-22,
R6-23)."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import numpy as np
import pytest
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

from evalasn import constants
from evalasn.analysis.difference import clearly_below, difference
from evalasn.paths import project
from evalasn.report.chapters import budget_rule, method_choice, plan, plan_indicators, recommendation, rules
from evalasn.report.context import load_context
from evalasn.report.words import cost_basis, narrative
from evalasn.report.words.text import label


def _est(metode: str, value: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 500, "n_kegiatan": 30, "estimasi": value, "ci_bawah": low, "ci_atas": high,
            "p": None, "cukup_data": True}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_difference_interval_is_the_reference_one_for_two_normal_means(seed):
    """For two symmetric normal intervals MOVER is the unequal-variance z interval of the difference (statsmodels)."""
    rng = np.random.default_rng(seed)
    one, other = DescrStatsW(rng.normal(0, 1, 40)), DescrStatsW(rng.normal(0.5, 2, 25))
    records = [{"estimasi": d.mean, "ci_bawah": d.zconfint_mean()[0], "ci_atas": d.zconfint_mean()[1]}
               for d in (one, other)]
    value, low, high = difference(*records)  # type: ignore[misc]
    ref_low, ref_high = CompareMeans(one, other).zconfint_diff(usevar="unequal")
    assert value == pytest.approx(one.mean - other.mean)
    assert (low, high) == pytest.approx((ref_low, ref_high), rel=1e-9)


@pytest.mark.parametrize(("one", "other", "clear"), [
    pytest.param((10.0, 8.0, 12.0), (13.0, 11.0, 15.0), True, id="overlapping-but-clearly-lower"),
    pytest.param((10.0, 8.0, 12.0), (12.0, 10.0, 14.0), False, id="overlapping-not-clear"),
    pytest.param((10.0, 9.0, 11.0), (13.0, 12.0, 14.0), True, id="apart"),
    pytest.param((13.0, 11.0, 15.0), (10.0, 8.0, 12.0), False, id="higher"),
])
def test_clearly_below_is_judged_on_the_difference(one, other, clear):
    assert clearly_below(_est("a", *one), _est("b", *other)) is clear


def _hasil(cheap_cost: tuple[float, float, float], cheap_gain: tuple[float, float, float]) -> Any:
    spent = [{"metode": m, "n_kegiatan": 30, "n_peserta": n, "jp_total": 100.0, "anggaran_rp": rp}
             for m, n, rp in (("pelatihan", 2000, 8.9e9), ("mentoring", 500, 1.3e9))]
    return {"pelaksanaan": {"kegiatan_per_metode": spent},
            "level2_pembelajaran": {"per_metode": [_est("pelatihan", 13.0, 11.0, 15.0),
                                                   _est("mentoring", *cheap_gain)]},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [_est("pelatihan", 300_000.0, 250_000.0, 350_000.0),
                                                           _est("mentoring", *cheap_cost)]}}


def test_a_cheaper_method_with_overlapping_cost_intervals_is_clearly_cheaper():
    """Cost intervals that overlap (230.000–270.000 against 250.000–350.000) with a difference whose whole interval is
    below zero: rule 3's pair, and the Efisiensi line does not call them a tie (the old rule did both ways round)."""
    hasil = _hasil((200_000.0, 130_000.0, 270_000.0), (12.0, 10.0, 14.0))
    hasil["anggaran_vs_peningkatan"]["biaya_per_poin"][1].update(ci_bawah=160_000.0, ci_atas=255_000.0)
    pair = method_choice.method_pair(hasil)
    assert pair is not None and [r["metode"] for r in pair] == ["mentoring", "pelatihan"]
    line = narrative.cheapest_method(hasil, "id")
    assert line is not None and "tumpang tindih" not in line and "belum jelas" not in line, line


def test_a_gain_clearly_smaller_though_the_intervals_overlap_forbids_the_shift():
    """Gains 10,0 (8,0–12,0) against 13,0 (11,0–15,0): the intervals overlap, the difference −3,0 (−5,8 s.d. −0,2)
    is clear: no shift (the old overlap rule advised it)."""
    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), (10.0, 8.0, 12.0))
    assert method_choice.less_per_participant(hasil) is True
    assert plan_indicators.MEASURED["rec_method"].issued(hasil) is False


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_lower_gain_not_clearly_so_says_what_a_moved_participant_may_lose(lang):
    """Kesehatan's case (R6-3): mentoring 7,6 (4,8–10,4) against pelatihan 10,4 (9,7–11,1): the shift stays advised,
    and the sentence says the difference and the most a moved participant may lose (its lower end)."""
    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), (7.6, 4.8, 10.4))
    hasil["level2_pembelajaran"]["per_metode"][0].update(estimasi=10.4, ci_bawah=9.7, ci_atas=11.1)
    assert method_choice.less_per_participant(hasil) is False
    best, other = method_choice.method_pair(hasil)  # type: ignore[misc]
    words = method_choice.per_participant(hasil, best, other, lang)["per_peserta"]
    loss = "hingga 5,7 poin lebih sedikit" if lang == "id" else "up to 5.7 points less"
    gap = "−2,8" if lang == "id" else "−2.8"
    assert loss in words and gap in words, words


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_recommendation_or_plan_row_shifts_to_the_method_rule_3_keeps_out(pipeline_root, lang):
    """The province sample: mentoring is cheapest per point and gains clearly less per participant (rec 5 says do not
    move). Rec 6 then compares a higher cost per participant with the method left standing, not mentoring, and the
    BIAYA-POIN row caps the cost per participant instead of shifting to the cheapest method (R6-22, R6-23)."""
    ctx = load_context("provinsi", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    ctx = dataclasses.replace(ctx, hasil=hasil)
    assert method_choice.less_per_participant(hasil), "the sample's province no longer has the case this test guards"
    cheap, standing = (row["metode"] for row in method_choice.method_pair(hasil))  # type: ignore[union-attr]
    recs = {r.rule: r for r in rules.recommendations(hasil, lang, ctx.targets)}
    budget = recs.get("rec_budget_cheaper")
    assert budget is not None
    assert cheap not in budget.text and label(standing, lang) in budget.text, budget.text
    # no shift: the action names the cheap method only for its own ceiling per method (LOOK20 W-1), never as where
    # activities go
    ceiling = budget_rule.method_caps(hasil["anggaran_vs_peningkatan"]["biaya_per_poin"], lang)
    assert label(cheap, lang) in ceiling and ceiling in budget.action, budget.action
    assert ("alihkan" if lang == "id" else "move") not in budget.action.lower().replace(ceiling.lower(), "")
    (row,) = [r for r in plan.rows(ctx) if r.code == "BIAYA-POIN"]
    assert row.action.startswith("Jangan menaikkan biaya per peserta" if lang == "id" else
                                 "Do not raise any method's cost per participant"), row.action


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("dinas", "points_to_dinas_plan"), [
    pytest.param("provinsi", True, id="province-names-no-ceiling-of-its-own"),
    pytest.param("kesehatan", False, id="dinas-states-its-own-ceiling"),
])
def test_one_cost_ceiling_per_finance_unit(pipeline_root, dinas, points_to_dinas_plan, lang):
    """LOOK10 N-21: the province BIAYA-POIN row, carried out by every dinas's finance unit, set 'plafon Rp 1,8 juta'
    while each dinas plan set its own median (Kesehatan Rp 1,7 juta): one unit, two ceilings. The province row now
    points to the dinas plan's ceiling (the province median only for a dinas with too few data of its own); the dinas
    row states its ceiling in rupiah."""
    ctx = load_context(dinas, lang, project(pipeline_root))
    (row,) = [r for r in plan.rows(ctx) if r.code == "BIAYA-POIN"]
    own_ceiling = "(BAB IV): " if lang == "id" else "(Chapter IV): "
    pointer = "lihat baris BIAYA-POIN rencana dinas itu" if lang == "id" else "see the BIAYA-POIN row of that agency"
    assert (pointer in row.action) is points_to_dinas_plan, row.action
    assert (own_ceiling in row.action) is not points_to_dinas_plan, row.action
    # LOOK20 W-1: a ceiling per method at the year's cost per participant of BAB IV's table, for every method it
    # prints (pelatihan at Rp 4,1 juta, the method the plan moves money to), never one median across methods; LOOK37b
    # M-11: only for a method with enough activities for its cost per point, the others named without one
    for cost in ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]:
        if cost.get("biaya_per_peserta_rp"):
            # to the rupiah (LOOK21 X-5: 'Rp 1,4 juta' for Rp 1.375.470 allowed a rise), as BAB IV prints it
            # (LOOK25 W-6)
            ceiling = cost_basis.per_participant(cost["biaya_per_peserta_rp"], lang)
            capped = cost["n_kegiatan"] >= constants.MIN_ACTIVITIES_COST
            assert (f'{label(cost["metode"], lang)} ≤ {ceiling}' in row.action) is capped, row.action
            named = budget_rule.uncapped(ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"], lang)
            assert (label(cost["metode"], lang) in named) is not capped, named
            assert named in row.action or points_to_dinas_plan, row.action  # the province names its own levels
    assert "median" not in row.action, row.action


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_share_row_says_where_its_participants_come_from(pipeline_root, lang):
    """LOOK10 N-7 left PORSI-MENTORING 'Tambah porsi mentoring dalam rencana kegiatan' as the only row of the shift,
    without the method the participants move from (BIAYA-POIN's 'alihkan sebagian kegiatan pelatihan ke mentoring'
    was dropped): the share row names it, once in the plan."""
    ctx = load_context("kesehatan", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    case = _hasil((150_000.0, 100_000.0, 200_000.0), (7.6, 4.8, 10.4))  # Kesehatan's: the shift stays advised
    case["level2_pembelajaran"]["per_metode"][0].update(estimasi=10.4, ci_bawah=9.7, ci_atas=11.1)
    hasil["pelaksanaan"]["kegiatan_per_metode"] = case["pelaksanaan"]["kegiatan_per_metode"]
    hasil["level2_pembelajaran"]["per_metode"] = case["level2_pembelajaran"]["per_metode"]
    hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] = case["anggaran_vs_peningkatan"]["biaya_per_poin"]
    actions = {r.code: r.action for r in plan.rows(dataclasses.replace(ctx, hasil=hasil))}
    moved = budget_rule.shift_words(({"metode": "mentoring"}, {"metode": "pelatihan"}), lang).removeprefix("; ")  # type: ignore[typeddict-item]
    assert moved in actions["PORSI-MENTORING"], actions["PORSI-MENTORING"]
    assert sum(moved in action for action in actions.values()) == 1


@pytest.mark.parametrize(("scope", "gain", "province_gain", "says"), [
    # Kesehatan: mentoring 7,6 (4,8–10,4) against pelatihan 10,4 (9,7–11,1): shift advised, and why the province differs
    # (the province's mentoring clearly smaller: it advises against, said as the fact it is, LOOK10 N-11)
    pytest.param("dinas", (7.6, 4.8, 10.4), (10.0, 8.0, 12.0), "sedangkan laporan provinsi, dengan lebih banyak "
                 "kegiatan, menyarankan tidak mengalihkan", id="dinas-not-clear-province-advises-against"),
    # the province advises the same shift (its mentoring not clearly smaller): nothing differs, nothing to explain
    pytest.param("dinas", (7.6, 4.8, 10.4), (12.5, 11.5, 13.5), "", id="dinas-not-clear-province-shifts-too"),
    pytest.param("dinas", (7.6, 4.8, 10.4), None, "", id="dinas-without-the-province-results"),
    # the province: clearly smaller, no shift, and why an agency report can advise one
    pytest.param("provinsi", (10.0, 8.0, 12.0), None, "Laporan setiap dinas menerapkan aturan yang sama",
                 id="province-clearly-lower-says-why"),
    pytest.param("dinas", (14.0, 13.0, 15.0), (10.0, 8.0, 12.0), "", id="dinas-no-lower-gain-nothing-to-explain"),
    pytest.param("provinsi", (12.5, 11.5, 13.5), None, "", id="province-shift-nothing-to-explain"),
])
def test_the_shift_advice_says_why_the_province_and_a_dinas_can_differ(scope, gain, province_gain, says):
    """LOOK9 #16: the province said 'Jangan mengalihkan pelatihan ke mentoring', Kesehatan 'Alihkan sebagian', with no
    word on why: one rule (the gain difference's interval), judged on each scope's participants; the sentence says so
    where the two differ, and says the province's advice only when the province gives it (LOOK10 N-11: 'dapat
    menyarankan tidak mengalihkan' hedged a fact of the sibling report)."""
    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), gain)
    hasil["pelaksanaan"]["jp_20"] = {}
    hasil["cakupan"] = {"jenis": scope, "slug": "provinsi" if scope == "provinsi" else "kesehatan"}
    if gain[0] == 7.6:
        hasil["level2_pembelajaran"]["per_metode"][0].update(estimasi=10.4, ci_bawah=9.7, ci_atas=11.1)
    province = None
    if province_gain is not None:
        province = _hasil((150_000.0, 100_000.0, 200_000.0), province_gain)
        province["cakupan"] = {"jenis": "provinsi", "slug": "provinsi"}
    lower = method_choice.less_per_participant(hasil)
    sentence = method_choice.method_scope(hasil, lower, "id", province, metode="mentoring", pembanding="pelatihan")
    assert "dapat menyarankan tidak" not in sentence
    assert (says in sentence and "mentoring" in sentence) if says else sentence == ""


@pytest.mark.parametrize(("cheap_gain", "lang", "said"), [
    pytest.param((10.0, 8.0, 12.0), "id", "Jangan mengalihkan kegiatan pelatihan ke mentoring hanya karena biaya per "
                 "poinnya di atas: kenaikan per peserta mentoring jelas lebih kecil (selisih −3,0 poin; rentang "
                 "keyakinan 95%: −5,8 s.d. −0,2).",
                 id="gains-clearly-less-no-shift-id"),
    pytest.param((10.0, 8.0, 12.0), "en", "Do not move classroom training activities to mentoring only because "
                 "of the lower cost per point above: mentoring's gain per participant is clearly smaller "
                 "(difference −3.0 points; 95% CI: −5.8 to −0.2)", id="gains-clearly-less-no-shift-en"),
    pytest.param((12.0, 10.0, 14.0), "id", "Alihkan sebagian kegiatan pelatihan ke mentoring bila tujuan belajarnya "
                 "sama, karena biaya per poin mentoring di atas jelas lebih rendah; kenaikan per peserta: mentoring "
                 "12,0 poin", id="shift-advised-id"),
])
def test_the_summarys_money_finding_refers_back_to_its_costs_instead_of_repeating_them(cheap_gain, lang, said):
    """LOOK11 L-12: under 'Ke mana anggaran pergi: … Rp 295.267 per poin (…); mentoring hanya Rp 140.446 per poin
    (…)' the recommendation printed both costs and intervals again (13 lines); it now refers back and keeps what is
    new, the gain per participant; BAB IX 9.2 keeps the full text."""
    from evalasn.report.chapters import key_findings

    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), cheap_gain)
    hasil["cakupan"] = {"jenis": "provinsi", "slug": "provinsi"}
    full = recommendation.Recommendation("rec_method", "the full text of BAB IX 9.2", subject="mentoring")
    found = key_findings.where_money_goes(hasil, [full], lang)
    # no shift advised: no summary finding (LOOK17 S-2), the brief unchanged
    if method_choice.method_shift(hasil) is None:
        assert found is None
        assert said in method_choice.method_brief(hasil, lang)
        return
    assert found is not None
    assert said in found.recommendation, found.recommendation
    assert "Rp" not in found.recommendation and "9.2" in found.recommendation, found.recommendation
    assert "Rp 150" in found.text and "Rp 300" in found.text, found.text  # the costs the recommendation refers to


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "tetapi kenaikan per pesertanya jelas lebih kecil: mentoring 10,0 poin (rentang keyakinan 95%: "
                 "8,0 s.d. 12,0) dan pelatihan 13,0 poin (rentang keyakinan 95%: 11,0 s.d. 15,0); selisih −3,0 "
                 "poin (rentang keyakinan 95%: −5,8 s.d. −0,2). Pakai mentoring", id="id"),
    pytest.param("en", "but its gain per participant is clearly smaller: mentoring 10.0 points (95% CI: 8.0 to 12.0) "
                 "and classroom training 13.0 points (95% CI: 11.0 to 15.0); difference −3.0 points (95% CI: −5.8 "
                 "to −0.2). Use mentoring", id="en"),
])
def test_the_clearly_smaller_gain_is_given_with_one_bracket_level(lang, said):
    """LOOK15 Q-4 (province 9.2 Rek. 1): '… jelas lebih kecil (mentoring 10,5 poin (rentang keyakinan 95%: …) dan
    pelatihan 13,6 poin (…); selisih −3,1 poin, …)', the gains' intervals inside the sentence's bracket."""
    from evalasn.report.words.text import t

    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), (10.0, 8.0, 12.0))
    other, best = hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
    text = t("rec_method_lower", lang, metode=label("mentoring", lang), pembanding=label("pelatihan", lang),
             biaya="Rp 1", ik="-", biaya_p="Rp 2", ik_p="-", lain="",
             **method_choice.per_participant(hasil, best, other, lang))
    assert said in text.replace("\u00a0", " ").replace("\u2060", ""), text


@pytest.mark.parametrize(("cheap_gain", "asks"), [
    pytest.param((12.0, 10.0, 14.0), True, id="shift-advised-a-finding-weighed-by-its-budget"),
    # LOOK16 R-4 / LOOK17 S-2: "do not move pelatihan" opened the province summary by its Rp 16,4 miliar, then took
    # one of the five places from the coverage miss and the dinas in IKM category C/D
    pytest.param((10.0, 8.0, 12.0), False, id="no-shift-no-finding"),
])
def test_the_money_finding_is_one_only_when_it_asks_to_move_the_budget(cheap_gain, asks):
    from evalasn.report.chapters import key_findings

    hasil = _hasil((150_000.0, 100_000.0, 200_000.0), cheap_gain)
    found = key_findings.where_money_goes(hasil, [], "id")
    if not asks:
        assert found is None
        return
    assert found is not None
    budget = max(r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"])
    assert found.rupiah == budget
    seminar = key_findings.Finding("tanpa_kenaikan", "t", "r", rupiah=budget / 10)
    assert [f.kind for f in key_findings.by_consequence([seminar, found])] == ["efisiensi", "tanpa_kenaikan"]
