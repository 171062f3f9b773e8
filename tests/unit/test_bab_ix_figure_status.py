"""BAB IX states each key figure with its target status and its change from last year, and 9.2 points back to 9.1
for what 9.1 states.

LOOK32 D-3: 9.1's coverage and IKM bullets gave the figure bare ("Cakupan: 59,1% ASN (156 dari 264) … (rentang
keyakinan 95%: 53,1% s.d. 64,9%).") while the summary's "Sekilas" named both as improved; only a figure that was a
summary target finding carried its target and its change. Every 9.1 conclusion that states a key figure now carries
them, from the record Tabel 1 and the trend table read (report.facts: Fact.judged, Fact.change), in one form; without
last year's difference no change clause.
LOOK31 C-4 (rest): 9.2's redesign steps reprinted 9.1's money bullet ("Rp 167 juta untuk seminar tanpa kenaikan yang
berarti, −1,0 poin (…), besar efek …"); the summary keeps the full text (Recommendation.brief), the plan the rule's
action. A single interval is no evidence list: the cost step prints the doubling's (LOOK34 F-6).
LOOK31 C-6 (rest): the English learning conclusion read "This is a before–after change … This is the participants'
mean".
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import fact_targets, key_findings, no_gain, year_difference
from evalasn.report.context import Context
from evalasn.report.words import fmt, narrative, phrases
from evalasn.report.words.text import t

CASES = [pytest.param(slug, lang, id=f"{name}-{lang}")
         for slug, name in (("kesehatan", "agency"), ("provinsi", "province")) for lang in ("id", "en")]
# the template conclusion that states each key figure, by the figure's key (narrative.keyed_findings)
STATED = {"cakupan_asn": narrative.coverage, "ikm": narrative.weakest_element, "jp_20": narrative.jp}
STATUS = {"met": "status_met", "not_met": "status_not_met", "cannot": "status_cannot"}


def _stating(ctx: Context, key: str) -> str:
    sentence = STATED[key](ctx.hasil, ctx.lang)
    assert sentence
    found = [c for c in key_findings.ordered_conclusions(ctx) if c.startswith(sentence)]
    assert len(found) == 1, (sentence, key_findings.ordered_conclusions(ctx))
    return found[0]


def _money_without_gain(ctx: Context) -> Context:
    """``ctx`` with seminar's gain very small (no gain worth the name: a fall whose effect size is under "small") and
    e-learning's without gain (its whole interval below zero), each with a budget: rules 3b and 3c's steps."""
    hasil: Any = copy.deepcopy(ctx.hasil)
    money = hasil["anggaran_vs_peningkatan"]
    row = next(r for r in hasil["level2_pembelajaran"]["per_metode"] if r["metode"] == "seminar")
    row.update(estimasi=-1.0, ci_bawah=-2.4, ci_atas=0.4, g_av=-0.09, g_av_bawah=-0.22, g_av_atas=0.04,
               cukup_data=True)
    money["biaya_per_poin_semua"] = None
    money["tanpa_kenaikan"] = [{"metode": "e-learning", "dinas": None, "n": 110, "n_kegiatan": 5, "estimasi": -1.6,
                                "ci_bawah": -2.7, "ci_atas": -0.5, "cukup_data": True, "anggaran_rp": 52_800_000.0,
                                "menurun": True}]
    for spent in hasil["pelaksanaan"]["kegiatan_per_metode"]:
        spent["anggaran_rp"] = spent.get("anggaran_rp") or 10_000_000.0
    return dataclasses.replace(ctx, hasil=hasil)


def _without_last_year(ctx: Context) -> Context:
    """``ctx`` whose results have no change from last year (`tren[].selisih_tahun_lalu` of the evaluated year)."""
    hasil = copy.deepcopy(ctx.hasil)
    for row in hasil["tren"]:
        if row["tahun"] == hasil["tahun"]:
            row.pop("selisih_tahun_lalu", None)
    return dataclasses.replace(ctx, hasil=hasil)


@pytest.mark.parametrize(("slug", "lang"), CASES)
@pytest.mark.parametrize("key", ["cakupan_asn", "ikm", "jp_20"])
def test_a_conclusion_stating_a_key_figure_gives_its_target_status_and_change(contexts, slug, lang, key):
    ctx = contexts[(slug, lang)]
    fact = fact_targets.by_key(ctx)[key]
    conclusion = _stating(ctx, key)
    judged = fact.judged
    assert judged is not None  # the sample has a target on each of the three
    # whose target, the target as Tabel 1 prints it, and the Status column's word
    name = t("kfs_" + key, lang)
    assert {"id": f"Target {name} ", "en": f"The {name} target of "}[lang] in conclusion, conclusion
    assert fact.target_text(lang, chapter=False) in conclusion, conclusion
    assert t(STATUS[judged.status], lang) in conclusion, conclusion
    # the change from last year, the trend table's difference with its interval, and where the table is
    assert year_difference.printable(fact.change)
    assert year_difference.difference(key, fact.change, lang) in conclusion, conclusion
    assert {"id": f"pada {ctx.hasil['tahun'] - 1}", "en": f"in {ctx.hasil['tahun'] - 1}"}[lang] in conclusion.lower()
    assert t("kt_change_where", lang) in conclusion, conclusion
    # one form: the summary's clause for a missed target (Finding.after) is the same words
    assert key_findings.figure_after(ctx, fact) in conclusion


@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_without_last_years_change_the_conclusion_has_no_change_clause(contexts, slug, lang):
    ctx = _without_last_year(contexts[(slug, lang)])
    fact = fact_targets.by_key(ctx)["cakupan_asn"]
    assert fact.change is None
    conclusion = _stating(ctx, "cakupan_asn")
    assert fact.target_text(lang, chapter=False) in conclusion, conclusion  # the target stays
    assert t("kt_change_where", lang) not in conclusion, conclusion
    assert str(ctx.hasil["tahun"] - 1) not in conclusion, conclusion


@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_the_learning_conclusion_gives_the_adjusted_gains_change(contexts, slug, lang):
    """The gain is a key figure too: its change from last year (rule (6)'s, the adjusted gain's record) in the
    learning conclusion, once; in English without two sentences running that open "This is" (LOOK31 C-6)."""
    ctx = contexts[(slug, lang)]
    fact = fact_targets.by_key(ctx)["gain"]
    learning = next(c for c in key_findings.ordered_conclusions(ctx)
                    if c.startswith({"id": "Pembelajaran:", "en": "Learning:"}[lang]))
    assert year_difference.printable(fact.change)
    assert year_difference.difference("gain", fact.change, lang) in learning, learning
    assert learning.count(t("kt_change_where", lang)) == 1, learning
    assert learning.count("This is") <= 1, learning


@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_a_redesign_step_points_to_9_1_for_the_money_bullets_figures(contexts, slug, lang):
    ctx = _money_without_gain(contexts[(slug, lang)])
    recs = {r.rule: r for r in key_findings.ordered_recommendations(ctx) if r.rule in ("rec_stop", "rec_little")}
    assert set(recs) == {"rec_stop", "rec_little"}, [r.text for r in recs.values()]
    conclusions = " ".join(key_findings.ordered_conclusions(ctx))
    (row,) = no_gain.little_gain(ctx.hasil)
    (stopped,) = ctx.hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"]
    said = {"rec_little": (phrases.ci(row.gain, lang), no_gain.effect_said(row.gain, lang).removeprefix(", "),
                           fmt.rupiah(row.anggaran_rp, lang)),
            "rec_stop": (phrases.ci(stopped, lang), fmt.rupiah(stopped["anggaran_rp"], lang))}
    for rule, rec in recs.items():
        assert {"id": "(temuan 9.1: ", "en": "(finding in 9.1: "}[lang] in rec.text, rec.text
        for figure in said[rule]:  # 9.1's money conclusion states them; 9.2 does not again, the summary's form does
            assert figure in conclusions, (figure, conclusions)
            assert figure not in rec.text, rec.text
            assert figure in rec.brief, rec.brief


@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_the_cost_step_prints_the_doublings_interval(contexts, slug, lang):
    """LOOK34 F-6: 9.2's '(rentang keyakinan 95%: lihat 9.1, butir Anggaran)' was longer than the interval it replaced
    and left the figure bare; the step prints the interval 9.1's Anggaran conclusion states, and points nowhere."""
    ctx = contexts[(slug, lang)]
    rec = next(r for r in key_findings.ordered_recommendations(ctx) if r.rule == "rec_budget_cheaper")
    gain = ctx.hasil["anggaran_vs_peningkatan"]["model"]["gain_per_dobel"]
    interval = phrases.ci(gain, lang, "poin_per_dobel")
    assert interval in narrative.budget(ctx.hasil, lang)  # 9.1's "Anggaran" conclusion states it
    assert f"{phrases.estimate(gain, lang, 'poin_per_dobel')} " in rec.text and interval in rec.text, rec.text
    assert {"id": "lihat 9.1", "en": "see 9.1"}[lang] not in rec.text, rec.text


@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_an_open_years_fall_is_not_judged_in_the_conclusion(contexts, slug, lang):
    """A year's total lower than last year's in a year not over on the report's date (facts.year_change: `membaik`
    withheld with OPEN_YEAR): 'belum dapat dinilai', as the trend table's cell, neither 'memburuk' nor 'belum pasti'."""
    ctx = contexts[(slug, lang)]
    fact = fact_targets.by_key(ctx)["cakupan_asn"]
    assert fact.change is not None
    change = fact.change
    fell = {"estimasi": -float(change["estimasi"]), "ci_bawah": -float(change["ci_atas"]),
            "ci_atas": -float(change["ci_bawah"])}  # the same difference the other way: a fall
    opened = dataclasses.replace(fact, change={**change, **fell, "membaik": None, "alasan_membaik": facts.OPEN_YEAR})
    after = key_findings.figure_after(ctx, opened)
    assert t("pos_change_open_word", lang) in after, after
    assert t("pos_change_open", lang) in after, after
    assert {"id": "belum pasti", "en": "uncertain"}[lang] not in after, after
    assert {"id": ": memburuk (", "en": ": worse ("}[lang] not in after, after
