"""The summary's rule (6), "target yang terlewat paling jauh", ranks every target the Angka Kunci table (Tabel 1) marks
"belum tercapai", a target from last year's follow-up plan row on the figure too (LOOK25 W-1: Pendidikan's cost per
point, Rp 243.813 against ≤ Rp 165.113 from the 2024 plan, missed by 47,7%, wider than 20 JP's 35,6%, was never
considered: the rule read the configured targets only); and a missed target's figure clearly better than last year
says so, as one clearly worse does (LOOK25 W-4: 20 JP from 26,7% to 64,4% read as a plain failure)."""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from types import SimpleNamespace
from typing import Any, cast

import pytest

from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import fact_targets, key_findings, sections
from evalasn.report.config import Target
from evalasn.report.context import Context
from evalasn.report.words.text import t
from tests.conftest import SMALL_DINAS

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

SLUGS = (PROVINCE_SLUG, *SMALL_DINAS)


@pytest.fixture(scope="module")
def every_context(pipeline_root) -> dict[tuple[str, str], Context]:
    paths = project(pipeline_root)
    return {(slug, lang): sections.load_context(slug, lang, paths) for slug in SLUGS for lang in ("id", "en")}


def _eligible(ctx: Context, monkeypatch) -> list[str]:
    """The key figures rule (6) considers: its findings with the at-most-two cap lifted."""
    monkeypatch.setattr(key_findings, "MAX_TARGET_FINDINGS", 99)
    return [finding.topic for finding in key_findings.missed_targets(ctx, [])]


def _table_not_met(ctx: Context) -> set[str]:
    """The key figures whose Status cell in the printed Angka Kunci table says "belum tercapai" ("not met"), read
    from the table's markup by the row's printed name."""
    def plain(text: str) -> str:  # the table holds its words together with no-break spaces and word joiners
        return " ".join(unescape(re.sub(r"<[^>]+>", "", text)).replace("\u2060", "").split())

    markup = key_findings.table(ctx)
    names = {plain(fact.name(ctx.lang)): fact.key for fact in fact_targets.of(ctx)}
    word = t("status_not_met", ctx.lang)
    out = set()
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", markup, re.S):
        cells = [plain(cell) for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
        if cells and cells[0] in names and word in cells[-1]:
            out.add(names[cells[0]])
    return out


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_rule_six_considers_exactly_the_targets_tabel_1_marks_not_met(every_context, monkeypatch, slug, lang):
    ctx = every_context[(slug, lang)]
    assert set(_eligible(ctx, monkeypatch)) == _table_not_met(ctx)


def _with_plan_target(ctx: Context, status: str, share: float, monkeypatch) -> Context:
    """``ctx`` whose cost per point has no configured target and last year's plan row on it, ≤ the figure / (1 +
    ``share``) (so missed by ``share`` of it), judged ``status`` as BAB X judges it."""
    built = fact_targets.of(ctx)
    cost = next(fact for fact in built if fact.key == "biaya_per_poin")
    value = facts.as_target_unit("biaya_per_poin", cost.value)
    assert value is not None, "the sample's cost per point has a value"
    goal = round(value[0] / (1 + share))
    shown = f"≤ {facts.show_value('biaya_per_poin', goal, ctx.lang)}"
    changed = dataclasses.replace(cost, target=None, verdict=None, planned=None, followup=facts.FollowUpTarget(
        shown, ctx.hasil["tahun"] - 1, "BIAYA-POIN", facts.Verdict(status), float(goal)))
    facts_now = tuple(changed if fact.key == "biaya_per_poin" else fact for fact in built)
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: facts_now)
    return ctx


@pytest.mark.parametrize(("lang", "status", "share", "first", "said"), [
    pytest.param("id", "not_met", 5.0, True, "terhadap target ≤ Rp {goal} (rencana tindak lanjut {tahun})",
                 id="id-plan-target-missed-widest-comes-first"),
    pytest.param("en", "not_met", 5.0, True, "against a target of ≤ Rp {goal} ({tahun} follow-up plan)",
                 id="en-plan-target-missed-widest-comes-first"),
    pytest.param("id", "met", 5.0, False, "", id="id-plan-target-met-not-a-finding"),
    pytest.param("id", "cannot", 5.0, False, "", id="id-plan-target-unjudged-not-a-finding"),
])
def test_a_missed_plan_target_is_ranked_with_the_configured_ones(contexts, monkeypatch, lang, status, share, first,
                                                                 said):
    ctx = _with_plan_target(contexts[("kesehatan", lang)], status, share, monkeypatch)
    found = key_findings.missed_targets(ctx, [])
    topics = [finding.topic for finding in found]
    assert (topics[:1] == ["biaya_per_poin"]) is first, topics
    if first:
        cost = fact_targets.by_key(ctx)["biaya_per_poin"]
        assert cost.goal is not None
        goal = facts.show_value("biaya_per_poin", cost.goal[0], lang).removeprefix("Rp ")
        assert said.format(goal=goal, tahun=ctx.hasil["tahun"] - 1) in found[0].text, found[0].text
    else:
        assert "biaya_per_poin" not in topics


def test_rule_six_ranks_by_the_shortfall_as_a_share_of_the_target(contexts, monkeypatch):
    """The plan target missed by a share between the configured targets' ranks among them as Tabel 1's figures say
    (computed here from the printed records: value and target, the way each figure points)."""
    ctx = _with_plan_target(contexts[("kesehatan", "id")], "not_met", 0.0001, monkeypatch)
    shares = {}
    for fact in fact_targets.of(ctx):
        if t("status_not_met", "id") in fact.status("id", cell=True):
            value = facts.as_target_unit(fact.key, fact.value)
            assert value is not None and fact.goal is not None
            nilai, higher = fact.goal
            shares[fact.key] = ((nilai - value[0]) if higher else (value[0] - nilai)) / abs(nilai) if nilai \
                else float("inf")
    assert "biaya_per_poin" in shares
    assert _eligible(ctx, monkeypatch) == sorted(shares, key=lambda key: -shares[key])


@pytest.mark.parametrize(("key", "value", "target", "higher", "share"), [
    pytest.param("jp_20", (0.644, 0.614, 0.673), 100.0, True, 0.356, id="at-least-target-20-jp"),
    pytest.param("biaya_per_poin", (243_813.0, 219_638.0, 268_012.0), 165_113.0, False, 0.4766,
                 id="at-most-target-cost-per-point"),
    pytest.param("gain", (-1.2, -2.0, -0.4), 0.0, True, float("inf"), id="zero-target-first"),
    pytest.param("jp_20", (0.99, 0.98, 1.0), 100.0, True, 0.01, id="census-target-just-missed"),
])
def test_the_shortfall_is_a_share_of_the_target_the_way_the_figure_points(key, value, target, higher, share):
    figure = {"n": 1000, "estimasi": value[0], "ci_bawah": value[1], "ci_atas": value[2], "cukup_data": True}
    fact = facts.Fact(key, 2025, figure, target=Target(key, target, {}, higher),
                      verdict=facts.judge(key, figure, Target(key, target, {}, higher), "id"))
    assert fact.missed
    assert fact.shortfall == pytest.approx(share, rel=1e-3)


def test_a_plan_target_points_the_way_its_figure_points():
    cost = {"n": 2164, "estimasi": 243_813.0, "ci_bawah": 219_638.0, "ci_atas": 268_012.0, "cukup_data": True}
    fact = facts.Fact("biaya_per_poin", 2025, cost, followup=facts.FollowUpTarget(
        "≤ Rp 165.113", 2024, "BIAYA-POIN", facts.Verdict("not_met"), 165_113.0))
    assert fact.missed and fact.goal == (165_113.0, False)
    assert fact.shortfall == pytest.approx((243_813 - 165_113) / 165_113)
    assert fact.status("id") == "belum tercapai"  # the same record Tabel 1's status reads


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_printed_rule_six_names_tabel_1s_status_and_the_plan_target(lang):
    rule = t("kt_rules", lang, **key_findings.rule_values(lang))
    six = rule[rule.index("(6)"):rule.index("(7)")]
    assert f'"{t("status_not_met", lang)}"' in six, six
    assert ("rencana tindak lanjut" if lang == "id" else "follow-up plan") in six, six


# --- W-4 (a): the mirror clause -----------------------------------------------------------------------------
def _fact(key: str, now: tuple[float, float, float], before: tuple[float, float, float], target: float,
          higher: bool) -> facts.Fact:
    def figure(v: tuple[float, float, float]) -> dict:
        return {"n": 1016, "estimasi": v[0], "ci_bawah": v[1], "ci_atas": v[2], "cukup_data": True}
    goal = Target(key, target, {}, higher)
    return facts.Fact(key, 2025, figure(now), last_year=figure(before), target=goal,
                      verdict=facts.judge(key, figure(now), goal, "id"))


def _plan_cost(now: tuple[float, float, float], before: tuple[float, float, float]) -> facts.Fact:
    def figure(v: tuple[float, float, float]) -> dict:
        return {"n": 2164, "estimasi": v[0], "ci_bawah": v[1], "ci_atas": v[2], "cukup_data": True}
    return facts.Fact("biaya_per_poin", 2025, figure(now), last_year=figure(before), followup=facts.FollowUpTarget(
        "≤ Rp 165.113", 2024, "BIAYA-POIN", facts.Verdict("not_met"), 165_113.0))


JP_UP = _fact("jp_20", (0.644, 0.614, 0.673), (0.267, 0.240, 0.295), 100.0, True)
JP_DOWN = _fact("jp_20", (0.455, 0.340, 0.574), (0.909, 0.816, 0.958), 100.0, True)
JP_SAME = _fact("jp_20", (0.644, 0.614, 0.673), (0.630, 0.600, 0.660), 100.0, True)
COST_UP = _plan_cost((243_813.0, 219_638.0, 268_012.0), (198_255.0, 165_113.0, 233_853.0))
COST_DOWN = _plan_cost((276_621.0, 231_041.0, 322_153.0), (349_638.0, 217_115.0, 532_313.0))


@pytest.mark.parametrize(("lang", "fact", "said"), [
    pytest.param("id", JP_UP, " Naik dari 26,7% (24,0% s.d. 29,5%) pada 2024: membaik.",
                 id="id-at-least-target-clearly-better"),
    pytest.param("en", JP_UP, " Up from 26.7% (24.0% to 29.5%) in 2024: improved.",
                 id="en-at-least-target-clearly-better"),
    pytest.param("id", COST_DOWN, " Turun dari Rp 349.638 (Rp 217.115 s.d. Rp 532.313) pada 2024: membaik.",
                 id="id-at-most-target-clearly-better"),
    pytest.param("en", COST_DOWN, " Down from Rp 349,638 (Rp 217,115 to Rp 532,313) in 2024: improved.",
                 id="en-at-most-target-clearly-better"),
    pytest.param("id", COST_UP, " Naik dari Rp 198.255 (Rp 165.113 s.d. Rp 233.853) pada 2024.",
                 id="id-at-most-target-clearly-worse"),
    pytest.param("id", JP_DOWN, " Turun dari 90,9% (81,6% s.d. 95,8%) pada 2024.",
                 id="id-at-least-target-clearly-worse"),
    pytest.param("id", JP_SAME, "", id="id-last-year-inside-the-interval-nothing"),
])
def test_a_missed_target_says_a_clear_change_from_last_year_either_way(lang, fact, said):
    ctx = SimpleNamespace(lang=lang, hasil={"tahun": 2025}, previous=None)
    assert key_findings.year_on_year(cast(Context, ctx), fact) == said


# --- W-4 (b): the findings first ---------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_opens_with_its_findings_and_says_their_order_under_them(contexts, lang):
    ctx: Any = contexts[("kesehatan", lang)]
    parts = key_findings.summary_parts(ctx)
    listed = next(k for k, part in enumerate(parts) if part.lstrip().startswith("<ol"))
    order = t("kt_order", lang, porsi="5%")
    above = unescape(re.sub(r"<[^>]+>", "", " ".join(parts[:listed])))
    below = unescape(re.sub(r"<[^>]+>", "", " ".join(parts[listed + 1:])))
    assert len(above) < 120, above  # one line before the first finding
    assert order.split(":")[0] not in above and order in below
    # the note is under the findings, before the key-figure table
    table = next(k for k, part in enumerate(parts) if "<table" in part)
    assert listed < next(k for k, part in enumerate(parts) if order in unescape(part)) < table


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_form_of_the_cost_recommendation_quotes_its_figures(every_context, slug, lang):
    """The missed cost-per-point target's recommendation in the summary (its brief form, about two lines, the detail
    in 9.2): each of its figures is one the full recommendation prints."""
    from evalasn.report.chapters import rules

    ctx = every_context[(slug, lang)]
    number = re.compile(r"\d[\d.,]*\d|\d")
    for rec in rules.recommendations(ctx.hasil, lang, ctx.targets, ctx.province_results):
        if rec.rule == "rec_budget_cheaper" and rec.brief:
            assert len(rec.brief) < len(rec.text)
            assert set(number.findall(rec.brief)) - {"9.2", "9,2", "95"} <= set(number.findall(rec.text)), rec.brief
