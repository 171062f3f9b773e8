"""BAB IX 9.1 holds every finding of the summary, the five and those named after them ("Dan N temuan lain"), with
the same printed figures (LOOK28 Z-2: its rules paragraph says "semua temuan serta rekomendasi ada di bab ini",
while in 14 of 22 reports the summary's "Target terlewat: biaya per poin …" had no conclusion in 9.1, and 20 JP and
coverage had one without the target and last year's verdict that made them findings). A missed target on a figure a
conclusion states (20 JP, coverage) is said in that conclusion: the figure printed once, the target, last year's
value and the verdict with its difference after it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from evalasn.report.chapters import comparison, fact_targets, key_findings
from evalasn.report.config import Target
from evalasn.report.context import Context
from evalasn.report.words import narrative
from evalasn.report.words.text import t

# a printed number: '64,4%', 'Rp 243.813', '+37,7', '2025-S2', '1.016' (signs and units kept apart)
NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _numbers(text: str) -> set[str]:
    return set(NUMBER.findall(text))


def _cost_missed(ctx: Context) -> Context:
    """``ctx`` with a cost-per-point ceiling every value misses, by the widest margin of the table's targets."""
    goal = Target(indikator="biaya_per_poin", nilai=1.0, dasar={"id": "uji", "en": "test"}, higher_better=False)
    return dataclasses.replace(ctx, targets={**(ctx.targets or {}), "biaya_per_poin": goal})


def _cases(contexts) -> list[tuple[str, Context]]:
    cases = [(f"{slug}-{lang}", ctx) for (slug, lang), ctx in contexts.items()]
    return cases + [(f"kesehatan-{lang}-cost-missed", _cost_missed(contexts[("kesehatan", lang)]))
                    for lang in ("id", "en")]


CASE_IDS = ["provinsi-id", "provinsi-en", "kesehatan-id", "kesehatan-en", "kesehatan-id-cost-missed",
            "kesehatan-en-cost-missed"]


@pytest.mark.parametrize("case", CASE_IDS)
def test_every_summary_finding_is_a_conclusion_with_its_printed_figures(contexts, case):
    ctx = dict(_cases(contexts))[case]
    found = key_findings.candidates(ctx)
    conclusions = key_findings.ordered_conclusions(ctx)
    assert found
    if case.endswith("cost-missed"):  # the premise: the cost per point's missed target is a summary finding
        assert any(f.kind == "target" and f.topic == "biaya_per_poin" for f in found), [f.text for f in found]
    for finding in found:
        printed = finding.brief or finding.text  # as the summary prints it
        # one bullet holds every number the summary's finding prints
        holding = [c for c in conclusions if _numbers(printed) <= _numbers(c)]
        assert holding, (printed, conclusions)
        if finding.kind != "target":
            continue
        fact = fact_targets.by_key(ctx)[finding.topic]
        said = [c for c in holding if comparison.plain_value(fact.key, fact.value, ctx.lang) in c
                and fact.target_text(ctx.lang, chapter=False) in c and key_findings.year_on_year(ctx, fact) in c]
        assert said, (finding.text, holding)


@pytest.mark.parametrize("case", CASE_IDS)
def test_a_figure_a_conclusion_states_is_printed_once_with_its_target(contexts, case):
    """20 JP and coverage: the conclusion on the figure, then the missed target and last year's verdict; no second
    bullet prints the figure again."""
    ctx = dict(_cases(contexts))[case]
    conclusions = key_findings.ordered_conclusions(ctx)
    keyed = dict(narrative.keyed_findings(ctx.hasil, ctx.lang))
    stated = [f for f in key_findings.candidates(ctx)
              if f.kind == "target" and f.topic in key_findings.FIGURE_CONCLUSIONS and f.topic in keyed]
    for finding in stated:
        assert f"{keyed[finding.topic]} {finding.after}" in conclusions, (finding.after, conclusions)
        assert finding.text not in conclusions
        # a sentence naming whose target it is, not a label ('Target terlewat: ≥ 100%. Naik dari …', LOOK29 A-4),
        # nor 'Targetnya' after 'PPPK dilaporkan terpisah', read as the PPPK's (LOOK31 C-3)
        name = t("kfs_" + finding.topic, ctx.lang)
        assert finding.after.startswith({"id": f"Target {name} ", "en": f"The {name} target of "}[ctx.lang]), \
            finding.after
        assert {"id": "belum tercapai.", "en": "is not met."}[ctx.lang] in finding.after, finding.after


def test_the_cost_per_point_finding_is_a_conclusion_of_its_own(contexts):
    """The summary's 'Target terlewat: biaya per poin …' is 9.1's conclusion on the figure (LOOK34 F-2: every key
    figure has one), with the finding's target and change after it, before 9.1's efficiency line."""
    ctx = _cost_missed(contexts[("kesehatan", "id")])
    finding = next(f for f in key_findings.candidates(ctx) if f.kind == "target" and f.topic == "biaya_per_poin")
    conclusions = key_findings.ordered_conclusions(ctx)
    (own,) = [c for c in conclusions if c.startswith("Biaya per poin kenaikan nilai: ")]
    assert finding.after in own and finding.text not in conclusions
    cheapest = narrative.cheapest_method(ctx.hasil, "id")
    if cheapest:
        assert conclusions.index(own) < conclusions.index(cheapest)
