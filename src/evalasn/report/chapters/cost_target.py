"""A missed cost-per-point target's own step where no rule answers it (LOOK35 H-1).

The summary's "Target terlewat: biaya per poin …" takes its recommendation from the budget and method rules
(finding.TARGET_RULES). Where neither fires (the cost slope not clearly rising, or the ceiling unspent, and no method
clearly cheaper per point), the finding had only "Tetapkan langkah … dalam rencana tindak lanjut" and 9.2, which says
every finding and recommendation is in BAB IX, had no item for it. Its step is the one the plan's BIAYA-POIN row
states (budget_rule.budget_action): no method's cost per participant above its level of the year, a ceiling per
method; no shift to a cheaper method, which no rule advises here. A missed cost-per-point target of a dinas among
the cheapest in the province says its rank beside the miss (LOOK35 G-6: "Target terlewat: biaya per poin" for the
dinas ranked 1 of 20 on the same figure, its rank unsaid in the summary).
"""

from __future__ import annotations

from evalasn.report import facts
from evalasn.report.chapters import budget_rule, comparison, fact_targets, recommendation
from evalasn.report.chapters.finding import COST_HOLD, TARGET_RULES
from evalasn.report.context import Context
from evalasn.report.words import uncertainty
from evalasn.report.words.text import t

KEY = "biaya_per_poin"
# "among the cheapest": a rank in the cheapest quarter of the dinas ranked (5 of 20), a reading aid beside a missed
# target, not a verdict (the rank's 95% range is printed with it)
CHEAPEST_SHARE = 0.25


def with_cost_step(ctx: Context, recs: list[recommendation.Recommendation]) -> list[recommendation.Recommendation]:
    """``recs`` and, when the cost per point's target is missed (facts.Fact.missed, as Tabel 1 marks it) and no rule
    of TARGET_RULES answers it, the step of the plan's BIAYA-POIN row: 9.2's text with each method's ceiling, the
    summary's (``brief``) with where they are."""
    fact = fact_targets.by_key(ctx).get(KEY)
    answered = {rule for rule in TARGET_RULES[KEY] if rule != COST_HOLD}
    if fact is None or not fact.missed or any(r.rule in answered for r in recs):
        return recs
    hasil, lang = ctx.hasil, ctx.lang
    costs = hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
    step = budget_rule.budget_action(costs, hasil["tahun"], None, lang, ctx.province)
    # the ceilings, a method a figure, are 9.2's; without any the step is short enough for the summary as it is
    brief = t("rec_cost_hold_brief", lang, tahun=hasil["tahun"]) if budget_rule.method_caps(costs, lang) else ""
    return [*recs, recommendation.Recommendation(COST_HOLD, step + ".", brief=brief)]


def cheap_rank(fact: facts.Fact, lang: str) -> str:
    """' Termasuk yang termurah di provinsi: peringkat 1 dari 20 (rentang peringkat 95%: 1–13).' after a missed
    cost-per-point target whose rank (facts.Fact.rank, Tabel 1's; 1 the cheapest) is in the cheapest CHEAPEST_SHARE of
    the dinas ranked, printed as the summary prints ranks (comparison.rank_words); '' otherwise, and where the rank's
    range spans every place (no place told apart: uncertainty.spans_all)."""
    rank = fact.rank or {}
    place, of = rank.get("peringkat"), rank.get("dari")
    if fact.key != KEY or not place or not of or place > CHEAPEST_SHARE * of \
            or uncertainty.spans_all(rank.get("peringkat_terbaik"), rank.get("peringkat_terburuk"), of):
        return ""
    return t("kt_cost_cheap_rank", lang, peringkat=comparison.rank_words(
        place, of, rank["peringkat_terbaik"], rank["peringkat_terburuk"], lang, noun=True))
