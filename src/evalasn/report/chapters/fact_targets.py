"""The key figures as every table shows them (report.facts), with the follow-up target BAB X judges for a figure
that has no configured target (LOOK14 P-15: Tabel 1 said 'tidak ada target' for the cost per point while BAB X
judged last year's BIAYA-POIN row), or else the target BAB X sets for next year (LOOK15 Q-14). Here, in the chapters
layer, because the review reads the plan, which reads report.facts: facts cannot import it without an import
circle."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from evalasn.report import facts
from evalasn.report.chapters import followup, followup_review, plan, plan_indicators, published_rows
from evalasn.report.context import Context
from evalasn.report.facts import Fact, FollowUpTarget, PlannedTarget


def of(ctx: Context) -> tuple[Fact, ...]:
    """report.facts.of with each figure's follow-up target, built once per report context."""
    made_from = (id(ctx.hasil), ctx.lang, id(ctx.targets), id(ctx.previous))
    cached = ctx.__dict__.get("_facts_followed")
    if cached is None or cached[0] != made_from:
        built = facts.of(ctx)
        ctx.__dict__["_facts_followed"] = (made_from, built)  # what a call made while the review runs below gets
        cached = (made_from, followed_up(ctx, built))
        ctx.__dict__["_facts_followed"] = cached
    return cached[1]


def by_key(ctx: Context) -> dict[str, Fact]:
    return {fact.key: fact for fact in of(ctx)}


def followed_up(ctx: Context, built: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """Each figure without a configured target with last year's plan row on it (BIAYA-POIN), as BAB X's review
    judges it: one record per figure, so Tabel 1, BAB VII and the workbook say what BAB X says."""
    if all(fact.target is not None for fact in built):
        return built
    rows: dict[str, Any] = {}  # config key -> followup_review.Reviewed
    for reviewed in followup_review.review(ctx):
        measured = plan_indicators.MEASURED.get(reviewed.row.rule)
        # a row on the whole figure (its code is the rule's alone: BIAYA-POIN, not STOP-SEMINAR or U7)
        if measured and measured.target_key and reviewed.row.code == measured.code and not reviewed.row.dinas:
            rows.setdefault(measured.target_key, reviewed)
    tahun = ctx.hasil["tahun"] - 1
    followed = tuple(replace(fact, followup=FollowUpTarget(found.row.target_text, tahun, found.row.code, found.verdict,
                                                           found.row.target))
                     if fact.target is None and (found := rows.get(fact.key)) else fact for fact in built)
    return planned(ctx, followed)


def planned(ctx: Context, built: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """Each figure with neither a configured target nor last year's row on it, with the target this year's plan
    row on the whole figure sets for next year (LOOK15 Q-14: Sumber Daya Air's Tabel 1 said 'tidak ada target'
    while its BAB X set BIAYA-POIN ≤ Rp 176.167 for 2026), as the plan issues it (last year's floors)."""
    if all(fact.target is not None or fact.followup is not None for fact in built):
        return built
    rows: dict[str, plan.PlanRow] = {}
    for row in followup.issued(ctx):
        measured = plan_indicators.MEASURED.get(row.rule)
        if measured and measured.target_key and row.code == measured.code and not row.dinas:
            rows.setdefault(measured.target_key, row)
    tahun = ctx.hasil["tahun"] + 1
    return tuple(replace(fact, planned=PlannedTarget(published_rows.target_text(found, found.target, ctx.lang), tahun,
                                                     found.code, found.target))
                 if fact.target is None and fact.followup is None and (found := rows.get(fact.key)) else fact
                 for fact in built)
