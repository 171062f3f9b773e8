"""LOOK35 G-2, G-3/H-1, G-7: recommendations that said less, or other, than the report's own figures and plan.

G-2: the summary's "3,2 kali biaya per poin pelatihan" stood beside the finding's overall cost per point (of which the
extra point is 3,5 times): the base is named a method's, with its figure. G-3/H-1: rule 2's "Serap dulu anggaran …
sebelum menaikkan biaya per peserta" implied a rise to come while the plan's BIAYA-POIN row says never; and a missed
cost-per-point target that no budget or method rule answers had only "Tetapkan langkah … dalam rencana tindak lanjut"
and no item in 9.2. G-7: "3 unsur terlemah dari 4" left the plan's fourth element row without a recommendation."""

from __future__ import annotations

import dataclasses
from typing import Any, cast

import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import fact_targets, key_findings, recommendation, rules
from evalasn.report.context import Context
from evalasn.report.words import phrases
from tests.unit.test_rules_budget import _with
from tests.unit.test_weak_elements_named import _with_weak

pytestmark = pytest.mark.usefixtures("figures_not_drawn")


@pytest.fixture(scope="module")
def hasil(pipeline_root):
    return results.read(project(pipeline_root).hasil("kesehatan"))


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "kali biaya per poin metode seminar (Rp 70.000; BAB IX, 9.2).", id="id"),
    pytest.param("en", "times the seminar method's cost per point (Rp 70,000; Chapter IX, 9.2).", id="en"),
])
def test_the_summarys_cost_ratio_names_its_base_method_and_figure(hasil, lang, said):
    """G-2: the summary's ratio says which cost per point it divides by: the method's, with its figure."""
    rec = next(r for r in rules.recommendations(_with(hasil, realisasi=95.0, cheaper=True), lang)
               if r.rule == "rec_budget_cheaper")
    assert rec.brief.endswith(said), rec.brief


@pytest.mark.parametrize(("lang", "said", "pointer", "never"), [
    pytest.param("id", "Perbaiki perencanaan dan penyerapan anggaran: realisasi 80,0% dari pagu, target 95,0%.",
                 " (temuan 9.1: realisasi anggaran di bawah target)", "sebelum menaikkan", id="id"),
    pytest.param("en", "Improve budget planning and realisation: budget realisation 80.0% of the ceiling, "
                 "target 95.0%.", " (finding in 9.1: budget realisation below its target)",
                 "before raising", id="en"),
])
def test_spending_the_ceiling_first_promises_no_later_rise(hasil, lang, said, pointer, never):
    """G-3, H-1: the unspent ceiling beside a rising cost slope is said as rule 7 says it, with no rise after it;
    9.2's step points back to the 9.1 conclusion it answers, as 9.2's other steps do (LOOK37 item 5)."""
    recs = {r.rule: r for r in rules.recommendations(_with(hasil, realisasi=80.0, cheaper=False), lang)}
    absorb = recs["rec_budget_absorb_first"]
    assert absorb.text == said[:-1] + pointer + "." and absorb.brief == said, absorb
    assert not any(never in r.text or never in r.brief for r in recs.values())


def _cost_target_missed(ctx: Context, monkeypatch) -> Context:
    """``ctx`` whose cost per point missed last year's plan target (≤ a sixth of it, as BAB X judges it), with no
    budget or method rule answering it."""
    built = fact_targets.of(ctx)
    cost = next(fact for fact in built if fact.key == "biaya_per_poin")
    value = facts.as_target_unit("biaya_per_poin", cost.value)
    assert value is not None
    goal = round(value[0] / 6)
    changed = dataclasses.replace(cost, target=None, verdict=None, planned=None, followup=facts.FollowUpTarget(
        f"≤ {facts.show_value('biaya_per_poin', goal, ctx.lang)}", ctx.hasil["tahun"] - 1, "BIAYA-POIN",
        facts.Verdict("not_met"), float(goal)))
    now = tuple(changed if fact.key == "biaya_per_poin" else fact for fact in built)
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: now)
    fired = rules.recommendations
    monkeypatch.setattr(rules, "recommendations", lambda *a, **k: [
        r for r in fired(*a, **k) if r.rule not in ("rec_budget_cheaper", "rec_method")])
    return ctx


@pytest.mark.parametrize(("lang", "step", "generic"), [
    pytest.param("id", "Jangan menaikkan biaya per peserta", "Tetapkan langkah", id="id"),
    pytest.param("en", "Do not raise", "Set steps", id="en"),
])
def test_a_missed_cost_target_no_rule_answers_has_the_plans_step_in_the_summary_and_in_9_2(contexts, monkeypatch,
                                                                                           lang, step, generic):
    """H-1 (PRKP): the finding's recommendation is the BIAYA-POIN row's step (no method's cost per participant above
    its level of the year), and 9.2 lists it in the summary's order."""
    from evalasn.report.chapters.finding import COST_HOLD  # the rule this finding brought (old source: none)

    ctx = _cost_target_missed(contexts[("kesehatan", lang)], monkeypatch)
    found = key_findings.candidates(ctx)
    cost = next(f for f in found if f.topic == "biaya_per_poin")
    assert cost.recommendation.startswith(step) and generic not in cost.recommendation, cost.recommendation
    ordered = key_findings.ordered_recommendations(ctx)
    held = [r for r in ordered if r.rule == COST_HOLD]
    assert len(held) == 1 and held[0].text.startswith(step), [r.rule for r in ordered]
    assert held[0].text.startswith(cost.recommendation.split(";")[0]), (held[0].text, cost.recommendation)
    # in the summary's order: after the recommendations of the findings before it, before those of no finding
    order = key_findings.rule_order(found)
    rank = [order.index(r.rule) if r.rule in order else len(order) for r in ordered]
    assert rank == sorted(rank) and ordered.index(held[0]) < len(ordered) - 1, [r.rule for r in ordered]


def test_a_cost_target_a_rule_answers_takes_no_second_step(contexts, monkeypatch):
    """With rule 2's or rule 3's recommendation there, that one answers the finding, as before."""
    from evalasn.report.chapters import cost_target
    from evalasn.report.chapters.finding import COST_HOLD

    ctx = contexts[("kesehatan", "id")]
    monkeypatch.setattr(fact_targets, "by_key", lambda _ctx: {"biaya_per_poin": cast(Any, type("F", (), {
        "missed": True}))()})
    answered = [recommendation.Recommendation("rec_budget_cheaper", "x")]
    assert cost_target.with_cost_step(ctx, answered) == answered
    assert [r.rule for r in cost_target.with_cost_step(ctx, [])] == [COST_HOLD]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("weak", [pytest.param(4, id="four"), pytest.param(6, id="six")])
def test_the_service_recommendation_names_every_element_the_plan_has_a_row_for(contexts, lang, weak):
    """G-7 (Sosial): the weakest three first, then every other weak element, each of which BAB X has a row for."""
    ctx = _with_weak(contexts[("kesehatan", lang)], weak)
    rec = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_weak")
    weakest = [r["unsur"] for r in ctx.hasil["komunikasi"]["unsur"] if r.get("lemah")]
    assert len(weakest) == weak
    for said in (rec.text, rec.brief):
        assert all(phrases.element_name(code, lang) in said for code in weakest), said
        first, then = said.split({"id": "; lalu ", "en": "; then "}[lang], 1)
        assert all(phrases.element_name(code, lang) in first for code in weakest[:rules.WEAK_NAMED]), said
        assert all(phrases.element_name(code, lang) in then for code in weakest[rules.WEAK_NAMED:]), said


@pytest.mark.parametrize(("lang", "rank", "said"), [
    pytest.param("id", (1, 20, 1, 13), " Termasuk yang termurah di provinsi: peringkat 1 dari 20 (rentang peringkat "
                 "95%: 1–13).", id="id-first-of-twenty"),
    pytest.param("en", (1, 20, 1, 13), " Among the cheapest in the province: rank 1 of 20 (95% rank range: 1–13).",
                 id="en-first-of-twenty"),
    pytest.param("id", (5, 20, 1, 15), " Termasuk yang termurah di provinsi: peringkat 5 dari 20 (rentang peringkat "
                 "95%: 1–15).", id="id-last-of-the-cheapest-quarter"),
    pytest.param("id", (6, 20, 1, 18), "", id="id-outside-the-cheapest-quarter"),
    pytest.param("id", (2, 20, 1, 20), "", id="id-range-spans-every-place"),
    pytest.param("id", None, "", id="id-not-ranked"),
])
def test_a_missed_cost_target_of_one_of_the_cheapest_says_its_rank(contexts, monkeypatch, lang, rank, said):
    """G-6 (Gulkarmat): 'Target terlewat: biaya per poin …' for the dinas ranked 1 of 20 on that figure said nothing
    of the rank; a rank in the cheapest quarter is said beside the miss, with its range, as the summary prints ranks."""
    from evalasn.report.chapters import cost_target

    ctx = _cost_target_missed(contexts[("kesehatan", lang)], monkeypatch)
    cost = fact_targets.by_key(ctx)["biaya_per_poin"]
    ranked = dict(zip(("peringkat", "dari", "peringkat_terbaik", "peringkat_terburuk"), rank, strict=True)) \
        if rank else None
    cost = dataclasses.replace(cost, rank=ranked)
    assert cost_target.cheap_rank(cost, lang) == said
    now = tuple(cost if fact.key == "biaya_per_poin" else fact for fact in fact_targets.of(ctx))
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: now)
    finding = next(f for f in key_findings.missed_targets(ctx, []) if f.topic == "biaya_per_poin")
    assert (said in finding.text) if said else ("termurah" not in finding.text and "cheapest" not in finding.text)
    # right after the miss and its target (which names last year's plan), before last year's value
    assert not said or finding.text.split(said)[0].count(str(ctx.hasil["tahun"] - 1)) == 1, finding.text



@pytest.mark.parametrize(("lang", "carried", "never"), [
    pytest.param("id", "JP20 dan BIAYA-POIN berasal dari rencana provinsi, yang menugaskannya", "tidak berasal dari",
                 id="id"),
    pytest.param("en", "JP20 and BIAYA-POIN come from the province plan, which assigns them", "not come from",
                 id="en"),
])
def test_the_plans_note_on_carried_rows_says_where_they_come_from_not_that_no_recommendation_gives_them(
        contexts, lang, carried, never):
    """H-1 follow-on (PRKP): 9.2 now gives BIAYA-POIN's step as the report's own recommendation where no rule answers
    the missed target, beside BAB X's note that the row "does not come from this report's recommendations"; the note
    says where a carried row comes from, which holds either way."""
    from evalasn.report.chapters import followup, plan
    from evalasn.report.words.text import t

    ctx = contexts[("kesehatan", lang)]
    template = plan.rows(ctx)[0]
    rows = [dataclasses.replace(template, code=code, rule=rule, province_rows=(f"provinsi-2025-{code}",),
                                action="x" + t("pl_act_from_province", lang, kode=code))
            for code, rule in (("JP20", "rec_jp"), ("BIAYA-POIN", "rec_budget_cheaper"))]
    note = followup.province_note(ctx, rows) or ""
    assert carried in note and never not in note, note
