"""The Ringkasan Eksekutif's findings ranked by consequence, each with its recommendation, and the
"Angka Kunci" table (issue 22.2).

The rules (docs/metode.md, "Temuan utama"), in this order, at most ``MAX_FINDINGS`` (those the cap leaves out are
named after them with where to read them: left_over, REVIEW6 R6-5):
1. money spent without gain, judged on the gain's 95% interval (constants.NO_GAIN_UPPER): methods whose
   interval's upper end is at or below zero, with their budget (`anggaran_vs_peningkatan.tanpa_kenaikan`; the
   province: each method's dinas); and for a very small gain (no_gain.little_gain, analysis.budget.is_little_gain:
   the effect size estimated under Cohen's "small", its interval under "medium"), with their budget and cost per
   point beside the cheapest method's, the amount first and a fall never called a small gain (R6-2, R6-10);
2. PPPK above the JP cap of PP 49/2018 Pasal 39 (pppk_cap.over_cap: the share's whole interval above zero, or, with
   too few PPPK for an interval, any above the cap in the count of them all), with their count, share and the cost
   of the hours beyond the cap (R6-32, LOOK26 X-1);
3. a dinas report whose dinas the province lists as lagging for its gain (the attention list: the adjusted gain's
   difference from the province mean wholly below zero; report.chapters.lagging_gain), with the methods that gained
   less than the same methods in the province (observed) and the review they call for (rec_gain_low, BAB X row
   KENAIKAN); the province report: every dinas on that list, one finding (REVIEW5b 6), each with its year's
   activity cost and what it bought;
4. where the money goes: the method with the largest budget against the method cheapest per point
   of gain, when the cheaper one is clearly cheaper and a shift to it (or to the next cheaper method) is advised
   (method_choice.method_shift; with none advised the finding asks for no decision and stays in BAB IX);
5. the result of the declared intervention (only when one is declared: config or INTERVENSI), or why it cannot be
   judged, with its design and caveat: never pushed out of the five (rules 1-4 give at most one finding each);
6. missed targets, at most two, of every target the Angka Kunci table marks not met (a configured one, or last year's
   plan row on a figure without one: report.facts.Fact.missed, LOOK25 W-1): those clearly worse than last year first
   (year_difference.verdict: the 95% interval of the difference from last year, analysis.year_change, LOOK26 X-2;
   budget realisation's exact difference, a census, LOOK28 Z-4), then by the widest margin (the shortfall as a share
   of the target, the way the figure points);
7. units (a dinas report) or dinas (the province report) in IKM category C or D (ikm_units.ikm_below_b), with the
   weak elements' recommendation, else report.chapters.rules's rule 5b (rec_ikm_units); the province first names
   the units whose whole interval is below B (ikm_units.units_below_b), then those dinas.
Before them, a dinas without training data in the evaluated year says so (missing_data_lead, R6b-14). Rules 1, 3
and 4 (the findings about money) are made in report.chapters.money_findings; a finding is report.chapters.finding's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from evalasn import constants
from evalasn.analysis import little_gain, results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.ikm_category import category as ikm_category
from evalasn.report import facts
from evalasn.report.chapters import (
    comparison,
    cost_target,
    coverage_rule,
    fact_targets,
    html,
    ikm_units,
    lagging_elsewhere,
    page_tail,
    pppk_cap,
    recommendation,
    rules,
    year_difference,
)
from evalasn.report.chapters.finding import TARGET_RULES, Finding, answer
from evalasn.report.chapters.money_findings import gain_below_province, where_money_goes, without_gain
from evalasn.report.context import Context
from evalasn.report.words import coverage, fmt, impact, intervention_cost, narrative, phrases, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import TEXT, t

MAX_FINDINGS = 5
# A sum of money weighs beside the programme it was part of: a finding whose amount is below MONEY_WEIGHT of the
# year's realised programme cost is not put first for its money (CHECK11 C11-9: one PPPK over the cap, Rp 2,7 juta of
# Rp 89,6 juta, came before the agency's coverage halving); one twentieth, the share below which a cost is commonly
# read as small beside the budget it belongs to, a policy choice of the evaluation like the realisation target.
MONEY_WEIGHT = 0.05
MAX_TARGET_FINDINGS = 2

# BAB IX's conclusions (narrative.keyed_findings) each finding's topic brings forward, in the summary's order
KIND_TOPICS = {"kenaikan_rendah": ("gain",), "efisiensi": ("efisiensi",), "ikm_cd": ("ikm_cd",),
               "intervensi": ("intervensi",), "jp_20": ("jp_20",), "cakupan_asn": ("cakupan_asn",),
               "persen_realisasi": ("realisasi", "anggaran"), "biaya_per_poin": ("biaya_per_poin", "efisiensi"),
               "ikm": ("ikm_cd",), "gain": ("gain",)}
# the key figure each of BAB IX's template conclusions (narrative.keyed_findings) states, by its topic: the
# conclusion carries the figure's target status and its change from last year (figure_after), from the record the
# Angka Kunci table and the trend table read, whether or not the figure is a summary finding (LOOK32 D-3: 9.1's
# coverage and IKM bullets gave the figure bare while "Sekilas" named both as improved)
TOPIC_FIGURES = {"jp_20": "jp_20", "cakupan_asn": "cakupan_asn", "ikm_cd": "ikm", "gain": "gain",
                 "realisasi": "persen_realisasi", "biaya_per_poin": "biaya_per_poin"}
# the key figures of Tabel 1 no template conclusion states, by their topic: 9.1 states each in a conclusion of its own
# (own_figure) after the budget slope's (LOOK34 F-2: realisation and cost per point reached 9.1 only as one of the
# summary's two missed-target findings, so Pertamanan's and Citata's 9.1 had no realisation at all while "Sekilas"
# named it as improved and 9.2 asked to improve it)
OWN_FIGURES = {"realisasi": "persen_realisasi", "biaya_per_poin": "biaya_per_poin"}
# the key figures a summary finding may state in passing (the lagging dinas's cost per point beside the province's):
# there the figure's target and change follow that finding, not a conclusion that prints it again; an amount to the
# rupiah, which another figure does not repeat by chance as a percentage could. Only where the finding states it
# with its interval, as the report's own figure (states_figure): the province report's lagging dinas set the
# province's bare beside their own, and the province's target and change read as those dinas's (LOOK35a G-1)
STATED_IN_PASSING = ("biaya_per_poin",)
# the key figures whose BAB IX conclusion (the first of KIND_TOPICS[key]) states the figure itself: a missed target
# on one of them is said in that conclusion (Finding.after), not in a second bullet that prints the figure again
FIGURE_CONCLUSIONS = frozenset(TOPIC_FIGURES.values())


def rule_order(found: list[Finding]) -> list[str]:
    """The recommendation rules of the summary's findings, in its order: BAB IX's recommendations follow it."""
    order: list[str] = []
    for finding in found:
        order += [name for name in finding.rules if name not in order]
    return order


def ordered_recommendations(ctx: Context) -> list[recommendation.Recommendation]:
    """BAB IX 9.2: the recommendations ranked by the summary's rules (REVIEW5b 3: the summary put money spent
    without gain first, 9.2 listed it fifth after 20 JP, coverage and the budget slope): those answering a summary
    finding first, in its order, then the others in the rules' order."""
    recs = report_recommendations(ctx)
    order = rule_order(candidates(ctx))
    rank = {name: k for k, name in enumerate(order)}
    # numbered, the province's step on the dinas with a low gain points to the others by number (LOOK35a G-13)
    return lagging_elsewhere.numbered(sorted(recs, key=lambda r: rank.get(r.rule, len(order))), ctx.hasil,
                                      ctx.lang)


def report_recommendations(ctx: Context) -> list[recommendation.Recommendation]:
    """The rules' recommendations (rules.recommendations) with the step of a missed cost-per-point target no rule
    answers (cost_target.with_cost_step): what the summary's findings and 9.2 draw on."""
    return cost_target.with_cost_step(ctx, rules.recommendations(ctx.hasil, ctx.lang, ctx.targets,
                                                                 ctx.province_results))


def ordered_conclusions(ctx: Context) -> list[str]:
    """BAB IX 9.1: every finding of the summary (the five and those named after them, left_over) in its order, each
    in its full text (money spent without gain with the spread of a province-wide method, without_gain), followed by
    the template conclusions on its topic (KIND_TOPICS); then the other conclusions. A conclusion that states a key
    figure (TOPIC_FIGURES) carries the figure's target status and its change from last year (figure_after; LOOK32
    D-3), and a missed target on that figure is that conclusion, not a second bullet (LOOK28 Z-2: 9.1, "semua temuan
    … ada di bab ini", missed 14 reports' "Target terlewat: biaya per poin …", and gave 20 JP and coverage without
    the target and the verdict that made them findings). The learning conclusion right after the gain-below-province
    finding, which states the adjusted gain (a dinas's, or the province mean), says where that figure is instead of
    printing it again, and that finding gives its place beside the province mean: the learning conclusion adds the
    change alone (LOOK31 C-4)."""
    found = candidates(ctx)
    keyed = figure_conclusions(ctx, any(finding.kind == "kenaikan_rendah" for finding in found))
    figures = fact_targets.by_key(ctx)
    stated: set[str] = set()  # key figures a finding states in passing, its target and change after it
    out: list[str] = []
    for finding in found:
        said = [keyed.pop(topic) for topic in KIND_TOPICS.get(finding.topic or finding.kind, ()) if topic in keyed]
        if finding.kind == "target" and finding.topic in FIGURE_CONCLUSIONS and (said or finding.topic in stated):
            out += said  # the first states the figure, with its target and change (figure_conclusions)
            continue
        own = conclusion_text(ctx, finding)
        for topic, key in OWN_FIGURES.items():
            fact = figures.get(key)
            if key in STATED_IN_PASSING and topic in keyed and fact is not None and fact.has_value \
                    and states_figure(fact, own, ctx.lang):
                del keyed[topic]
                stated.add(key)
                own = f"{own} {figure_after(ctx, fact)}{then_none(ctx, fact)}".rstrip()
        # the intervention's conclusion is the first sentence of its finding: said once
        out += [own, *(sentence for sentence in said if sentence not in own)]
    return out + list(keyed.values())


def states_figure(fact: facts.Fact, text: str, lang: str) -> bool:
    """Whether ``text`` states the key figure as the report's own: with its 95% interval, as 9.1's conclusion on it
    would ('Rp 440.863 (rentang keyakinan 95%: Rp 385.774 s.d. Rp 517.069)'); the figure bare beside another's
    ('…; provinsi Rp 284.996') is a point of comparison, and the figure's own conclusion stays (LOOK35a G-1). The
    interval's bracket open: its n may follow inside it (own_figure)."""
    return _with_interval(fact.key, fact.value, lang).removesuffix(")") in text


def figure_conclusions(ctx: Context, lagging: bool = False) -> dict[str, str]:
    """BAB IX's template conclusions by topic (narrative.keyed_findings), each that states a key figure
    (TOPIC_FIGURES) with that figure's target status and change from last year after it (figure_after). The learning
    conclusion's after its adjusted gain, before why it differs from the participants' mean; ``lagging`` (the
    gain-below-province finding states the adjusted gain and its place beside the province mean, the learning
    conclusion right after it says where: narrative.learning's ``adjusted_above``): the change alone."""
    hasil, lang = ctx.hasil, ctx.lang
    keyed = dict(narrative.keyed_findings(hasil, lang))
    figures = fact_targets.by_key(ctx)
    for topic, key in TOPIC_FIGURES.items():
        fact = figures.get(key)
        if topic not in keyed or fact is None or not fact.has_value:
            continue
        if topic == "gain":
            after = year_on_year(ctx, fact).strip() if lagging else figure_after(ctx, fact)
            keyed[topic] = narrative.learning(hasil, lang, adjusted_above=lagging, after=after)
        elif after := (figure_after(ctx, fact) + then_none(ctx, fact)).strip():
            keyed[topic] = f"{keyed[topic]} {after}"
    return own_figures(ctx, keyed)


def own_figures(ctx: Context, keyed: dict[str, str]) -> dict[str, str]:
    """``keyed`` with a conclusion on each key figure of Tabel 1 no template conclusion states (OWN_FIGURES), after
    the budget slope's ("Anggaran") or last: the figure with its interval ('Biaya per poin kenaikan nilai: Rp 254.782
    (rentang keyakinan 95%: Rp 197.555 s.d. Rp 309.298; n = 196).') or its census note ('Realisasi anggaran: 93,9% dari
    pagu (sensus anggaran, tanpa rentang).'), then its target status and change from last year (figure_after),
    or why last year has no figure (then_none). A figure without a value this year has one only where Tabel 1 judges
    a target on it (own_missing: LOOK36 J-2, Kebudayaan's 9.1 had no cost per point beside "belum dapat dinilai");
    without a target Tabel 1 gives its reason alone."""
    figures = fact_targets.by_key(ctx)
    added = {topic: own_figure(ctx, fact) if fact.has_value else own_missing(ctx, fact)
             for topic, key in OWN_FIGURES.items()
             if (fact := figures.get(key)) is not None and (fact.has_value or fact.judged is not None)}
    if not added:
        return keyed
    out: dict[str, str] = {}
    for topic, sentence in keyed.items():
        out[topic] = sentence
        if topic == "anggaran":
            out |= added
    return out | added if "anggaran" not in keyed else out


def own_figure(ctx: Context, fact: facts.Fact) -> str:
    """A key figure's conclusion of its own (own_figures), in the figure's words (kt_figure_<key>)."""
    lang = ctx.lang
    shown = _with_interval(fact.key, fact.value, lang)
    rests_on = facts.basis(fact.key, fact.value, lang)
    if rests_on.startswith("; ") and shown.endswith(")"):  # its n inside the interval's bracket
        shown, rests_on = f"{shown[:-1]}{rests_on})", ""
    sentence = t("kt_figure_" + fact.key, lang, nilai=shown, dasar=rests_on)
    return f"{sentence} {figure_after(ctx, fact)}{then_none(ctx, fact)}".rstrip()


def own_missing(ctx: Context, fact: facts.Fact) -> str:
    """A key figure's conclusion of its own where it cannot be computed and Tabel 1 judges a target on it: 'Biaya per
    poin kenaikan nilai: belum dapat dihitung. Biaya tidak tercatat: 2 kegiatan …; hanya 4 kegiatan dengan biaya
    tercatat, perlu sedikitnya 5 …. Target biaya per poin ≤ Rp 238.866 (…), belum dapat dinilai.', the reason once
    (Fact.reason, whole; a sentence of its own, as it has brackets of its own), then last year's figure or why it has
    none."""
    lang = ctx.lang
    why = fact.reason(lang)
    sentence = t("kt_figure_" + fact.key, lang, nilai=t("not_computed", lang), dasar="")
    if why:
        sentence += f" {why[0].upper()}{why[1:]}."
    judged = fact.judged
    unjudged = replace(fact, verdict=replace(judged, why="")) if judged is not None and judged.status == "cannot" \
        else fact  # its reason is the sentence's own, said once
    return f"{sentence} {figure_after(ctx, unjudged)}{then_none(ctx, fact)}".rstrip()


def then_none(ctx: Context, fact: facts.Fact) -> str:
    """' Pada 2024: rata-rata kenaikan peserta belum pasti di atas nol (7 kegiatan, jadi rentangnya lebar).': why
    last year has no figure, as Tabel 1's cell for that year says it (Fact.last_year_cell), where the record has last
    year's reason instead of a figure; '' where it has a figure or nothing at all (year_on_year says the change)."""
    last = fact.last_year
    if fact.change is not None or last is None or comparison.as_target_unit(fact.key, last) is not None:
        return ""
    return t("kt_figure_then_none", ctx.lang, tahun=ctx.hasil["tahun"] - 1, alasan=fact.last_year_cell(ctx.lang))


def figure_after(ctx: Context, fact: facts.Fact) -> str:
    """What follows a key figure wherever BAB IX states it, in one form (the summary's missed target and 9.1's
    conclusions: Finding.after, figure_conclusions): its target and the Status column's verdict on it ('Target cakupan
    ≥ 100%, belum tercapai.'; an adjusted gain its place beside the province mean), the dinas a province figure
    leaves out and the basis of the province's realisation, then its change from last year (year_on_year: '' without
    last year's figure or a difference, the open year's fall withheld by facts.year_change). '' without any."""
    lang = ctx.lang
    return (target_status(fact, lang) + figure_rest(ctx, fact) + year_on_year(ctx, fact)).strip()


def target_status(fact: facts.Fact, lang: str) -> str:
    """'Target cakupan ≥ 100%, belum tercapai.', '… tercapai.', 'Target IKM ≥ 76,61, belum dapat dinilai (rentang
    memuat target).'; an adjusted gain judged by its place beside the province mean (Fact.placed) that place with the
    province mean's figure, then its configured target's verdict as any other's: 'Kenaikan nilai yang disesuaikan
    ditargetkan tidak di bawah rata-rata provinsi 9,2 (8,5–10,0) dan kini tidak jelas berbeda darinya. Target
    kenaikan nilai > 0,0, tercapai.' (Tabel 1's Target, Provinsi and Status cells; LOOK34 F-8: the mean without its
    figure and '> 0,0' without its verdict); '' without a target the Status column judges."""
    judged = fact.judged
    name = t("kfs_" + fact.key, lang)
    if fact.placed:
        place = t("kt_target_after_placed", lang, provinsi=facts.show_value(fact.key, fact.province, lang),
                  letak=t(f"kt_target_placed_{fact.against}", lang))
        above_zero = replace(fact, against=None) if fact.target is not None else None
        return place + (" " + target_status(above_zero, lang) if above_zero is not None else "")
    if judged is None or judged.status == "not_applicable":
        return ""
    target = fact.target_text(lang, chapter=False)
    if judged.split():
        return t("kt_target_after_parts", lang, nama=name, target=target, status=judged.text(lang))
    if judged.status in ("met", "not_met"):
        return t("kt_target_after_met" if judged.status == "met" else "kt_target_after", lang, nama=name,
                 target=target)
    return t("kt_target_after_open" if judged.provisional else "kt_target_after_cannot", lang, nama=name,
             target=target, alasan=f" ({judged.why})" if judged.why else "")


def figure_rest(ctx: Context, fact: facts.Fact) -> str:
    """The province's coverage and 20 JP without the dinas whose year's data were not received (R6b-14), and the
    basis of the province's realisation (REVIEW7 R7-12: 8,2% of one dinas's ceiling read as the province's)."""
    lang, key = ctx.lang, fact.key
    left_out = rules.missing_this_year(ctx.hasil) if key in ("cakupan_asn", "jp_20") and ctx.province else []
    named = phrases.and_([short_name_in(slug, lang) for slug in left_out], lang)
    rest = t("kt_target_left_out", lang, tahun=ctx.hasil["tahun"], dinas=named) if left_out else ""
    basis = coverage.budget_basis(ctx.hasil, lang) if key == "persen_realisasi" and ctx.province else ""
    if basis:
        rest += t("kt_target_budget_basis", lang, basis=basis.removeprefix(", "))
    return rest


def conclusion_text(ctx: Context, finding: Finding) -> str:
    """A summary finding's text in BAB IX 9.1: its full ``text``; money spent without gain with the spread of a
    province-wide method over the dinas, which the summary leaves out (without_gain's ``brief``)."""
    if finding.kind == "tanpa_kenaikan":
        money = without_gain(ctx.hasil, [], ctx.lang)
        return money.text if money else finding.text
    return finding.text


def by_consequence(found: list[Finding], programme: float | None = None) -> list[Finding]:
    """The order of the summary (REVIEW7 R7-7: it promised an order by weight and followed the rule
    number, so PPPK hours worth Rp 65 juta came before a dinas's Rp 996 juta of activities that bought a lagging
    gain): the rules choose the first MAX_FINDINGS; among those, the findings that name an amount of money
    (Finding.rupiah: the money without or for a very small gain, the cost of PPPK hours beyond the cap, the lagging
    dinas's activity cost, the largest method's budget) come first, the largest amount
    first, when the amount is at least MONEY_WEIGHT of ``programme`` (the year's realised programme cost; any amount
    without it); then a missed
    target clearly worse than last year (Finding.fall); then the others (intervention, missed targets by margin,
    service, amounts small beside the programme) in rule order; equal amounts keep rule order. The findings the cap
    leaves out follow in rule order (left_over)."""
    chosen, rest = found[:MAX_FINDINGS], found[MAX_FINDINGS:]
    weighs = [f for f in chosen if f.rupiah and (not programme or f.rupiah >= MONEY_WEIGHT * programme)]
    priced = sorted(weighs, key=lambda f: -(f.rupiah or 0.0))  # stable: rule order on ties
    others = [f for f in chosen if f not in weighs]
    return priced + [f for f in others if f.fall] + [f for f in others if not f.fall] + rest


def candidates(ctx: Context) -> list[Finding]:
    """Every finding the rules of the module docstring raise: the first MAX_FINDINGS by consequence
    (by_consequence), then the others in rule order (the summary names them after its findings: left_over)."""
    hasil, lang = ctx.hasil, ctx.lang
    recs = report_recommendations(ctx)
    found = [without_gain(hasil, recs, lang, brief=True), pppk_over_cap(hasil, recs, lang, facts.open_on(ctx)),
             gain_below_province(hasil, recs, lang), where_money_goes(hasil, recs, lang),
             intervention(hasil, recs, lang)]
    found += missed_targets(ctx, recs)
    found += [poor_service(hasil, recs, lang)]
    spent = results.realisation_in_year(hasil)
    return by_consequence([f for f in found if f is not None], spent.get("realisasi_rp") if spent else None)


def ranked(ctx: Context) -> list[Finding]:
    """The summary's findings, by the rules of the module docstring, at most MAX_FINDINGS."""
    return candidates(ctx)[:MAX_FINDINGS]


def left_over(ctx: Context) -> str:
    """'Dan 2 temuan lain di luar lima temuan di atas (…): target cakupan terlewat, … (BAB VII); layanan di bawah
    kategori B: … (BAB VI)': the findings the cap leaves out, each with where to read it (R6-5); '' when none is.
    Rules 1-4 give at most one finding each and the intervention's is fifth at the latest, so only missed targets
    and service below B can be left out."""
    lang = ctx.lang
    items = [finding.short for finding in candidates(ctx)[MAX_FINDINGS:] if finding.short]
    return t("kt_more", lang, n=len(items), daftar="; ".join(items)) if items else ""


def pppk_over_cap(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str,
                  opened: dt.date | None = None) -> Finding | None:
    """PPPK above the JP cap of PP 49/2018 Pasal 39 when rule (2) holds (pppk_cap.over_cap: the share's whole
    interval above zero, or, without an interval, any PPPK above the cap in the count of them all), with their
    count, share and its interval (or that the count of every PPPK has none: LOOK26 X-1) and what the lesson hours
    beyond the cap cost (`biaya_di_atas_batas_rp`, analysis.compliance.over_cap_cost: the basis is said with it);
    R6-32."""
    over = pppk_cap.over_cap(hasil)
    if over is None:
        return None
    cap = constants.PPPK_JP_MAXIMUM_PER_YEAR
    # as BAB II prints the share (words.uncertainty, i_pppk) and BAB X the count (pl_now_census): one figure, one
    # rounding
    share, interval = ((phrases.estimate(over.share, lang, "proporsi"), phrases.ci(over.share, lang, "proporsi"))
                       if over.share is not None else (fmt.percent(over.percent, 1, lang), t("kt_pppk_census", lang)))
    text = t("kt_pppk", lang, batas=cap, jumlah=fmt.integer(over.over, lang), n=fmt.integer(over.every, lang),
             persen=share, ik=interval, tahun=hasil["tahun"],
             biaya=t("kt_pppk_cost", lang, biaya=fmt.rupiah(over.cost, lang), batas=cap) if over.cost else "")
    return Finding("pppk", text + pppk_year_on_year(hasil, over, lang, opened), answer(recs, "rec_pppk"),
                   rupiah=over.cost or None)


def pppk_year_on_year(hasil: Hasil, over: pppk_cap.Count, lang: str, opened: dt.date | None = None) -> str:
    """The share's change from last year, paired by person (`tren[].selisih_tahun_lalu.pppk_di_atas_batas`,
    analysis.year_change.pppk_change; LOOK30 B-1: 148 -> 278 of the same 458 PPPK unsaid): last year's share and the
    verdict of the difference's interval, lower being better, printed as a share is ('selisih +28,4 poin persen;
    rentang keyakinan 95%: …'), and where the trend table prints both years and the change (BAB VII, 7.1). Last
    year's share is the trend table's (`tren[].pppk_di_atas_batas`, this year's definition), with its interval and
    count as the other findings print last year's ('33,8% (24,0% s.d. 45,1%; 25 dari 74 PPPK)', LOOK31 C-1); this
    year's less the difference, bare, in results without that row. Without a change (fewer than constants.MIN_N PPPK
    in either year: no interval, so no verdict) last year's level alone, its count where it has no interval ('Pada
    2024: 2 dari 7 PPPK (28,6%; hitungan, tanpa rentang).', LOOK32 D-1); '' without last year's PPPK or row."""
    change = facts.year_change(hasil, facts.PPPK_OVER_CAP, opened=opened)  # a mid-year fall is not judged
    then = pppk_cap.of_share(next((row.get(facts.PPPK_OVER_CAP) for row in hasil.get("tren") or []
                                   if row["tahun"] == hasil["tahun"] - 1), None))
    if not year_difference.printable(change):
        return t("kt_pppk_level", lang, nilai=_pppk_then(then, lang), tahun=hasil["tahun"] - 1) if then else ""
    now = over.share["estimasi"] if over.share is not None else None
    if then is not None and then.share is not None:
        before = _pppk_then(then, lang)
    elif now is not None:
        before = fmt.percent(100.0 * (float(now) - float(change["estimasi"])), 1, lang)
    else:
        return ""
    verdict = year_difference.verdict(change)
    name = {"worse": "kt_pppk_worse", "better": "kt_pppk_better"}.get(verdict or "", "kt_pppk_unsure")
    said = year_difference.difference(facts.PPPK_OVER_CAP, change, lang)  # in percentage points, as 20 JP's
    # the trend table's row prints both years and the change (comparison.pppk_trend), where rule (6)'s others point
    where = t("kt_change_where", lang) if comparison.pppk_trend(hasil.get("tren") or []) else ""
    if verdict is None and change.get("alasan_membaik") == facts.OPEN_YEAR:  # as the trend table's cell says
        return _open_year(before, hasil["tahun"] - 1, said, lang)
    return t(name, lang, nilai=before, tahun=hasil["tahun"] - 1, selisih=f"{said}; {where}" if where else said)


def pppk_last_year(hasil: Hasil, lang: str) -> str:
    """BAB II's PPPK paragraph: last year's share of PPPK above the cap, by the trend table's definition
    (`tren[].pppk_di_atas_batas`, computed as this year's), where the data have it, with where the table is: 'Pada
    2024, dengan definisi yang sama: 33,8% (24,0% s.d. 45,1%; 25 dari 74 PPPK) di atas 24 JP (BAB VII, 7.1).'; else
    why there is none (no data of that year, no PPPK in it, a record without the figure). LOOK37 item 2: the paragraph
    gave 2025 alone beside a trend table with 2024."""
    tahun = hasil["tahun"] - 1
    row: Any = next((row for row in hasil.get("tren") or [] if row["tahun"] == tahun), None)
    share = (row or {}).get(facts.PPPK_OVER_CAP)
    then = pppk_cap.of_share(share)
    if then is not None:
        where = t("kt_change_where", lang) if comparison.pppk_trend(hasil.get("tren") or []) else ""
        return t("i_pppk_then", lang, tahun=tahun, nilai=_pppk_then(then, lang),
                 batas=constants.PPPK_JP_MAXIMUM_PER_YEAR, rujukan=t("i_pppk_then_where", lang, rujukan=where)
                 if where else "")
    if row is None:
        why = "i_pppk_then_no_year"
    elif isinstance(share, dict) and share.get("n") == 0:
        why = "i_pppk_then_no_pppk"
    else:
        why = "i_pppk_then_not_held"
    return t("i_pppk_then_none", lang, tahun=tahun, alasan=t(why, lang, tahun=tahun))


def _pppk_then(then: pppk_cap.Count, lang: str) -> str:
    """Last year's share of PPPK above the cap: with its interval and count ('33,8% (24,0% s.d. 45,1%; 25 dari 74
    PPPK)'), or, without an interval, the count as the trend table and BAB X print it (pppk_cap.Count.census)."""
    if then.share is None:
        return then.census(lang)
    shown = _with_interval(facts.PPPK_OVER_CAP, then.share, lang, labelled=False)
    counted = t("kt_pppk_then", lang, jumlah=fmt.integer(then.over, lang), n=fmt.integer(then.every, lang))
    return f"{shown[:-1]}; {counted})" if shown.endswith(")") else f"{shown} ({counted})"
def missed_targets(ctx: Context, recs: list[recommendation.Recommendation]) -> list[Finding]:
    """The key figures whose target the Angka Kunci table marks not met (report.facts.Fact.missed: a configured
    target, or last year's plan row on the figure, as BAB X judges it), at most MAX_TARGET_FINDINGS, in
    missed_order. The records are the table's own (fact_targets.of): LOOK25 W-1, the cost per point Tabel 1 marked
    "belum tercapai" against its plan target was never considered, although it was missed by the widest margin."""
    lang = ctx.lang
    out: list[Finding] = []
    for fact in missed_order([fact for fact in fact_targets.of(ctx) if fact.missed])[:MAX_TARGET_FINDINGS]:
        key = fact.key
        target = fact.target_text(lang, chapter=False)
        text = t("kt_target", lang, nama=t("kfs_" + key, lang), nilai=_with_interval(key, fact.value, lang),
                 target=target) + cost_target.cheap_rank(fact, lang)
        if key == "jp_20":  # BAB II has a PPPK paragraph only where the scope has PPPK (CHECK11 C11-5)
            text += " " + t("kt_target_pns" if phrases.has_pppk(ctx.hasil) else "kt_target_pns_only", lang,
                            siapa=phrases.counted_pns(ctx.hasil, lang))
        left_out = rules.missing_this_year(ctx.hasil) if key in ("cakupan_asn", "jp_20") and ctx.province else []
        named = phrases.and_([short_name_in(slug, lang) for slug in left_out], lang)
        # what follows the figure, in the summary and after BAB IX's conclusion on it (Finding.after: figure_after)
        rest = figure_rest(ctx, fact) + year_on_year(ctx, fact)
        goal = fact.goal
        fallback = coverage_rule.coverage_action(ctx.hasil, lang, goal[0] if goal else None) + "." \
            if key == "cakupan_asn" else t("kt_rec_target", lang)
        short = t("kt_more_target", lang, nama=t("kfs_" + key, lang),
                  nilai=comparison.plain_value(key, fact.value, lang), target=target,
                  tanpa=t("kt_more_left_out", lang, dinas=named) if left_out else "")
        # the step and where its list of units is: the finding stays about three lines (P6, session 8)
        out.append(Finding("target", text + rest, answer(recs, *TARGET_RULES.get(key, ()), brief=True) or fallback,
                           key, short, fall=year_difference.verdict(fact.change) == "worse",
                           after=figure_after(ctx, fact)))
    return out


def missed_order(missed: list[facts.Fact]) -> list[facts.Fact]:
    """Rule (6)'s order of the missed targets: those clearly worse than last year first (year_difference.verdict: the
    whole 95% interval of the difference from last year on the worse side; the direction of travel of a missed target is
    what a head of agency most needs, and the summary's order note promises those targets), then the widest
    shortfall first (Fact.shortfall: as a share of the target, the way the figure points). Stable: the table's order
    among equals; one without a shortfall (no value) last of its group. LOOK25 follow-up: a cost per point clearly
    worse than last year lost to 20 JP and coverage, both missed by more and both clearly better; LOOK26 X-2: the
    province's cost per point, Rp 284.996 against Rp 260.236 in 2024, was put first on last year's point value alone,
    while the interval of the difference (−Rp 3.297 to Rp 52.350) holds zero."""
    return sorted(missed, key=lambda fact: (year_difference.verdict(fact.change) != "worse",
                                            -(fact.shortfall if fact.shortfall is not None else -1.0)))


def year_on_year(ctx: Context, fact: facts.Fact) -> str:
    """A missed target's change from last year, last year's value with its interval and the verdict of the
    difference (year_difference.verdict, the difference as the trend table's change column prints it, to which it
    points): ' Naik dari 26,7% (24,0% s.d. 29,5%) pada 2024: membaik.' (LOOK25 W-4: 20 JP more
    than doubled, read as a plain failure); ' Naik dari Rp 198.255 (…) pada 2024: memburuk.' for a cost per point
    clearly dearer (LOOK26 X-6: the worse clause had no verdict word beside the better one's); ' Pada 2024:
    Rp 349.638 (Rp 217.115 s.d. Rp 532.313); perubahannya belum pasti.' when the difference's interval holds zero
    (LOOK26 X-2; no "Naik"/"Turun" either: which way it went is what the interval leaves open); a census figure's
    (budget realisation) by its exact difference: ' Turun dari 91,3% pada 2024: memburuk (selisih −16,6 poin persen,
    pasti: sensus anggaran, tanpa rentang).', ' Pada 2024: 91,3%; tidak berubah (sensus anggaran).' when it prints
    as zero (LOOK28 Z-4: Dispora's realisation fell 16,6 points unsaid); '' without a
    difference (last year without a figure with an interval, or a figure without one). Last year's interval without
    its label: the finding's own figure gave it (a finding stays about three lines, P6 session 8). No activity counts
    of the two years beside it: beside a rising cost per point "104 kegiatan pada 2025, 76 pada 2024" read as the
    cause of the rise, which nothing here tests (LOOK25 follow-up); this year's count opens the summary (its money
    line) and BAB II's Tabel 4. The adjusted gain's clause names it ('Kenaikan nilai yang disesuaikan pada 2024: 5,4
    poin …'; LOOK34 F-1: after the participants' mean 5,6 in 9.1, '5,4 … selisih +1,0' read as 5,6 − 5,4, the trend
    table's other gain row); a difference whose interval excludes zero with its verdict withheld by rule (6) says the
    verdict once and why (LOOK34 F-7)."""
    named = fact.measure == facts.ADJUSTED_GAIN  # named: after the participants' mean it read as that one's
    clause = _change_clause(ctx, fact, named)
    if clause and named:
        clause = t("kt_change_adjusted", ctx.lang, perubahan=clause[1].lower() + clause[2:])
    return clause


def _change_clause(ctx: Context, fact: facts.Fact, named: bool = False) -> str:
    """year_on_year's clause, the figure unnamed: ' Pada 2024: …', ' Naik dari …'; ``named`` (kt_change_adjusted
    puts the figure's name before it) with a verb: ' Rose from …', not ' Up from …'."""
    lang, change = ctx.lang, fact.change
    if not year_difference.printable(change) or comparison.as_target_unit(fact.key, fact.last_year) is None:
        return ""
    tahun = ctx.hasil["tahun"] - 1
    before = _with_interval(fact.key, fact.last_year, lang, labelled=False)  # the finding's first figure named it
    verdict = year_difference.verdict(change)
    where = t("kt_change_where", lang)  # the trend table's change column prints it with every other (LOOK28 Z-1)
    if verdict is None:  # a census's exact difference that prints as zero is no change, not an uncertain one
        if year_difference.census(change):
            return t("kt_change_same", lang, nilai=before, tahun=tahun, rujukan=where)
        said = year_difference.difference(fact.key, change, lang)
        why = change.get("alasan_membaik")  # an interval beside zero, withheld by a rule: which one
        if why == facts.OPEN_YEAR:  # a year's total still growing: not judged yet, as the trend table's cell says
            return _open_year(before, tahun, said, lang)
        signed, low, high = year_difference.parts(fact.key, change, lang)
        if why and low is not None and high is not None:  # an interval clear of zero, its verdict withheld by a rule:
            reason = f"pos_change_why_{why}"  # the verdict once, the reason outside the brackets (LOOK34 F-7)
            return t("kt_change_withheld", lang, nilai=before, tahun=tahun, rujukan=where, selisih=signed,
                     ik=fmt.interval_text(low, high, lang), kata=year_difference.withheld_word(fact.key, change, lang),
                     alasan=f": {t(reason, lang)}" if reason in TEXT else "")
        return t("kt_change_unsure", lang, nilai=before, tahun=tahun, rujukan=where,
                 selisih=f"{said}; {year_difference.withheld(str(why), lang)}" if why else said)
    rose = float(change["estimasi"]) > 0
    way = {(False, True): "kt_change_up", (False, False): "kt_change_down", (True, True): "kt_change_rose",
           (True, False): "kt_change_fell"}[(named, rose)]
    return t(f"kt_change_{verdict}", lang, arah=t(way, lang), nilai=before, tahun=tahun,
             selisih=year_difference.difference(fact.key, change, lang), rujukan=where)


def _open_year(before: str, tahun: int, said: str, lang: str) -> str:
    """' Pada 2024: …; perubahannya belum dapat dinilai (selisih …; tahun ini belum berakhir …; BAB VII, 7.1).': a
    fall of a figure still growing in a year not over (facts.year_change, OPEN_YEAR), as the trend table's cell."""
    return t("kt_change_open", lang, nilai=before, tahun=tahun, rujukan=t("kt_change_where", lang),
             selisih=f"{said}; {year_difference.withheld(facts.OPEN_YEAR, lang)}")


def _with_interval(key: str, figure, lang: str, labelled: bool = True) -> str:
    """'61,6% (rentang keyakinan 95%: 57,2% s.d. 65,8%)' in the target's unit; the plain value without an interval.
    Not ``labelled``: '61,6% (57,2% s.d. 65,8%)', a second figure of a sentence that named the interval at its
    first."""
    values = comparison.as_target_unit(key, figure)
    if values is None:
        return "–"
    value, low, high = values
    if low == high:
        return comparison.plain_value(key, figure, lang)
    _, *ends = fmt.figures((value, low, high), facts.kind(key), lang)  # as every report prints the figure
    said = fmt.interval_text(ends[0], ends[1], lang) if labelled else fmt.low_to_high(ends[0], ends[1], lang)
    return f"{comparison.plain_value(key, figure, lang)} ({said})"


def poor_service(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str) -> Finding | None:
    """Units (dinas report) or dinas (province report) whose latest IKM is below category B (ikm_units.ikm_below_b),
    judged on the 95% interval as the categories are (analysis.ikm.category, on the printed value): "category C or
    D" only where the whole interval is in C or D; an estimate in C or D whose interval reaches B is that category
    "but not yet certain" (LOOK37 L-2), each with its interval; the province says which of them the attention list
    (its one-sided test) names. The recommendation is BAB IX's: the weak elements' (rule 5), else the units' own
    (rule 5b, rec_ikm_units)."""
    poor = ikm_units.ikm_below_b(hasil)
    # the province applies the rule to units too (ikm_units.units_below_b), as each dinas report does: first the
    # units whose whole interval is below B, then the dinas whose estimate is (reader review 3, item 3)
    units = ikm_units.units_below_b(hasil) if hasil["cakupan"]["jenis"] == "provinsi" else []
    own = _province_own(hasil, lang)
    if not poor and not units:
        # the province's own IKM below B, no unit or dinas judged (their IKMs withheld): said on its own (C10-18)
        return Finding("ikm_cd", own, answer(recs, "rec_weak", "rec_ikm_units", brief=True),
                       short=t("kt_more_ikm", lang, daftar=t("kt_more_ikm_province", lang),
                               bab=t("kt_bab_vi", lang))) if own else None
    province = bool(units) or poor[0].dinas
    period = hasil["komunikasi"]["periode"] or ""
    sure = [row for row in poor if row.sure]
    maybe = [row for row in poor if not row.sure]

    def listing(chosen: list[ikm_units.BelowB]) -> str:
        return ikm_units.named_few([t("kt_ikm_item", lang, nama=row.shown(lang),
                                      ikm=phrases.estimate(row.ikm, lang, "ikm"), ik=phrases.ci(row.ikm, lang, "ikm"),
                                      n=fmt.integer(row.ikm.get("n"), lang))
                                    for row in chosen], chosen, hasil, lang)

    def counted(chosen: list[ikm_units.BelowB]) -> dict[str, str]:
        who = "kt_ikm_dinas_word" if chosen[0].dinas else "kt_ikm_unit_word"
        return {"jumlah": fmt.integer(len(chosen), lang), "siapa": t(who + ("_one" if len(chosen) == 1 else ""), lang)}

    if units:
        text = t("kt_ikm_sure", lang, periode=period, daftar=listing(units), **counted(units))
        text += _units_indicative(hasil, units, lang)
        if sure:
            text += t("kt_ikm_dinas_sure", lang, daftar=listing(sure), **counted(sure))
        if maybe:
            text += t("kt_ikm_dinas_maybe", lang, daftar=listing(maybe), **counted(maybe), **_below_b(maybe, lang))
    elif sure:
        text = t("kt_ikm_sure", lang, periode=period, daftar=listing(sure), **counted(sure))
        if maybe:
            text += t("kt_ikm_maybe_more", lang, daftar=listing(maybe), **counted(maybe), **_below_b(maybe, lang))
    else:
        who = "kt_ikm_dinas_word" if maybe[0].dinas else "kt_ikm_unit_word"
        text = t("kt_ikm_maybe_only", lang, periode=period, daftar=listing(maybe), siapa_satu=t(who + "_one", lang),
                 **counted(maybe), **_below_b(maybe, lang))
    indicative = [row.shown(lang) for row in poor if row.ikm.get("sampel_kurang")]
    text = f"{own} {text}" if own else text
    if indicative:  # as Tabel 9 marks them (*): fewer respondents than the minimum sample
        minimum = (hasil["level4_hasil"].get("ikm_sampel") or {}).get("responden_minimum")
        shown_min = fmt.integer(minimum, lang) if minimum else ""
        # counted, not named again: the list above already names them (REVIEW4 11: 23 names in a 27-line finding)
        key = "kt_ikm_indicative" if len(poor) == 1 else \
            "kt_ikm_units_all_indicative" if len(indicative) == len(poor) else "kt_ikm_some_indicative"
        text += t(key, lang, daftar=phrases.and_(indicative, lang), n=len(indicative), min=shown_min)
    if province and poor:  # in step with the attention list: which of these dinas its IKM test names
        attention = hasil.get("perhatian")
        flagged = {test["dinas"] for test in (attention["uji"] if attention else [])
                   if test["temuan"] == "ikm" and test["ditandai"]}
        listed = [row.shown(lang) for row in poor if row.name in flagged]
        text += t("kt_ikm_listed", lang, daftar=phrases.and_(listed, lang)) if listed else t("kt_ikm_not_listed", lang)
    return Finding("ikm_cd", text, answer(recs, "rec_weak", "rec_ikm_units", brief=True),
                   short=_ikm_short(units, poor, lang))


def _below_b(rows: list[ikm_units.BelowB], lang: str) -> dict[str, str]:
    """{kat}: the category the estimates of ``rows`` are in ("C", "D" or "C atau D"), {batas}: B's lower edge, for
    a sentence saying an estimate below B whose interval reaches B has an uncertain category (LOOK37 L-2: "mungkin
    di bawah B" of 76,01, already C, turned the uncertainty the wrong way)."""
    letters = sorted({row.ikm.get("kategori") or "" for row in rows} - {""})
    return {"kat": letters[0] if len(letters) == 1 else t("kt_ikm_c_or_d", lang), "batas": _b_edge(lang)}


def _b_edge(lang: str) -> str:
    """'76,61': the lowest IKM of category B (constants.IKM_CATEGORIES), as the report prints an IKM."""
    return fmt.ikm(next(low for low, letter, *_ in constants.IKM_CATEGORIES if letter == "B"), lang)


def _province_own(hasil: Hasil, lang: str) -> str:
    """The province's own latest IKM when its estimate is in category C or D, by the rule the units and dinas follow
    (below B when the whole 95% interval is, else its category "belum pasti"), with last year's IKM and how many units'
    estimates are in C or D with an interval reaching B; '' otherwise or outside the province report (CHECK10 C10-18:
    a fall from B to C reached the Sekda only in a table while every dinas IKM was withheld)."""
    if hasil["cakupan"]["jenis"] != "provinsi":
        return ""
    latest = results.current_ikm(hasil)
    if not latest or not latest["cukup_data"] or latest["kategori"] not in constants.POOR_IKM:
        return ""
    sure = ikm_category(latest.get("ci_atas"))[0] in constants.POOR_IKM
    before = next((row.get("ikm") for row in hasil.get("tren") or [] if row["tahun"] == hasil["tahun"] - 1), None)
    was = t("kt_ikm_province_before", lang, tahun=hasil["tahun"] - 1, ikm=fmt.ikm(before["estimasi"], lang),
            kat=before["kategori"]) if before and before.get("cukup_data") and before.get("kategori") else ""
    maybe_units = [u for u in ikm_units.latest_units(hasil) if u["cukup_data"] and u["kategori"] in constants.POOR_IKM
                   and ikm_category(u.get("ci_atas"))[0] not in constants.POOR_IKM]
    text = t("kt_ikm_province_sure" if sure else "kt_ikm_province_maybe", lang, periode=latest["periode"],
             ikm=phrases.estimate(latest, lang, "ikm"), ik=phrases.ci(latest, lang, "ikm"),
             n=fmt.integer(latest["n"], lang), kat=latest["kategori"], lalu=was, batas=_b_edge(lang))
    if maybe_units:
        text += t("kt_ikm_province_units", lang, n=len(maybe_units))
    return text


def _ikm_short(units: list[ikm_units.BelowB], poor: list[ikm_units.BelowB], lang: str) -> str:
    """'layanan di bawah kategori B: 30 unit yang seluruh rentang IKM-nya di bawah B dan 6 dinas dengan estimasi IKM
    kategori C atau D (BAB VI dan BAB VII)'; a dinas report's few units by name with their IKM: the IKM finding when
    the cap leaves it out (left_over)."""
    province = bool(units) or bool(poor and poor[0].dinas)
    if not province and len(poor) <= ikm_units.NAMED_AT_MOST:
        named = [t("kt_ikm_item", lang, nama=row.shown(lang), ikm=phrases.estimate(row.ikm, lang, "ikm"),
                   ik=phrases.ci(row.ikm, lang, "ikm"), n=fmt.integer(row.ikm.get("n"), lang)) for row in poor]
        return t("kt_more_ikm", lang, daftar=phrases.and_(named, lang), bab=t("kt_bab_vi", lang))
    sure = units if province else [row for row in poor if row.sure]
    rest = poor if province else [row for row in poor if not row.sure]
    parts = [t("kt_more_ikm_units", lang, n=len(sure))] if sure else []
    parts += [t("kt_more_ikm_dinas" if province else "kt_more_ikm_units_maybe", lang, n=len(rest))] if rest else []
    return t("kt_more_ikm", lang, daftar=phrases.and_(parts, lang),
             bab=t("kt_bab_vi_vii" if province else "kt_bab_vi", lang))


def _units_indicative(hasil: Hasil, units: list[ikm_units.BelowB], lang: str) -> str:
    """' 7 dari 10 unit itu indikatif: respondennya kurang dari sampel minimum 100 (BAB VI).' (as Tabel 9 marks
    them *), '' when none is."""
    few = sum(bool(row.ikm.get("sampel_kurang")) for row in units)
    if not few:
        return ""
    minimum = (hasil["level4_hasil"].get("ikm_sampel") or {}).get("responden_minimum")
    key = "kt_ikm_units_all_indicative" if few == len(units) else "kt_ikm_units_indicative"
    return t(key, lang, n=few, jumlah=len(units), min=fmt.integer(minimum, lang) if minimum else "")


def intervention(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str) -> Finding | None:
    """The IKM effect of the declared intervention; None when none is declared."""
    if not (hasil["parameter"].get("intervensi") or "").strip():
        return None
    # the earned effects in about three lines, one design clause and the caveat once (did8); else the IKM's finding
    ikm = narrative.did_ikm(hasil, lang)
    sentence = impact.earned_brief(hasil, lang, ikm or "") or ikm
    if not sentence:
        return None
    # an earned effect names its money, so the by-money order places it (CHECK10 C10-9)
    found = impact.earned(hasil)
    money = intervention_cost.figures(found[0]) if found else None
    if found and money:
        sentence += " " + intervention_cost.finding_sentence(found[0], impact.programme(found[0], lang)["program"],
                                                             hasil["tahun"], lang)
    return Finding("intervensi", sentence, answer(recs, "rec_did_expand", "rec_did_review", "rec_did_measure",
                                                 brief=True), rupiah=money["biaya"] if money else None)


# --- the Angka Kunci table ---------------------------------------------------------------------
def table(ctx: Context, split: bool = False) -> str:
    """Angka Kunci: figure, this year (with its interval), last year (measured the same way), the province, the
    rank (dinas), target, status; each row the key figure's record (report.facts), as BAB VII shows it. Its rows
    whole on one page, or, ``split``, free to start on the page and go on overleaf by row (``rows_may_split``)."""
    hasil, lang = ctx.hasil, ctx.lang
    tahun = hasil["tahun"]
    header = [ctx.label("indikator_kunci"), str(tahun), str(tahun - 1)]
    header += [] if ctx.province else [ctx.label("provinsi"), ctx.label("peringkat_dari")]
    header += [ctx.label("target"), ctx.label("status")]
    body, brief = [], False
    for fact in fact_targets.of(ctx):
        # each figure with its n, a budget total with why it has no interval (the Kata Pengantar's promise; LOOK9 #3)
        cells = [fact.name(lang), fact.cell(lang, with_n=True), fact.last_year_cell(lang)]
        if not ctx.province:
            cells += [fact.province_cell(lang), fact.rank_cell(lang)]
        cells += [fact.target_cell(lang), fact.status(lang, cell=True)]
        brief = brief or cells[-1] != fact.status(lang)
        body.append(cells)
    numeric = {1, 2} if ctx.province else {1, 2, 3}
    # the full notes (gain measure, province column, ranks, status rule) are under BAB VII's key-figure table
    adjusted = comparison.gain_adjusted(ctx)
    topics = ("kt_tab_note_province" if adjusted else "kt_tab_note_status") if ctx.province \
        else "kt_tab_note_dinas" if adjusted else "kt_tab_note_dinas_raw"
    note = ctx.t("kt_tab_note", tahun_lalu=tahun - 1, model=ctx.t("kt_tab_note_model") if adjusted else "",
                 hal=ctx.t(topics))
    # a status cell says 'belum dapat dinilai' without the rule's reason (facts.Verdict.cell): a note of its own
    # gives it, the first note staying a short pointer to BAB VII
    cannot = ctx.t("kt_tab_note_cannot", tahun=tahun) if brief else ""
    provisional = facts.open_note([fact.verdict for fact in fact_targets.of(ctx)], facts.open_on(ctx), lang)
    cannot = " ".join(filter(None, [cannot, provisional]))
    # this dinas's own reason stays beside its figures, and the two measures on whether scores rose, this year and in
    # last year's column: each its own paragraph, so a phone reader gets short notes, not one of 14 lines (Kebudayaan
    # at 390 px)
    mix = None if ctx.province else comparison.mix_sentence(ctx)
    sides = None if ctx.province else comparison.sides_sentence(ctx, last_year=True)
    # the summary's one table in one piece: after the findings it was split 3 + 3 rows over two pages in 20 of the
    # sample's 44 reports (Kesehatan p.7-8, LOOK10 N-19); its rows (35-56% of a page) move whole, the notes follow
    return html.table(header, body, ctx.t("kt_tab", nama=hasil["cakupan"]["nama"], tahun=tahun), numeric=numeric,
                      note=[note, cannot, rank_fewer(ctx), mix or "", sides or ""], keep_rows=not split)


def rows_may_split(above: Sequence[str]) -> bool:
    """Whether the Angka Kunci table may start under ``above`` (the summary's blocks before it, on its first page)
    and go on overleaf by row: when they fill less than half a page, so that moved whole it would leave the
    summary's first page more than half empty (LOOK14 P-13: ppkukm p.6, two findings and then blank; the rows
    whole otherwise, LOOK10 N-19)."""
    heights = [page_tail.block_height(part) for part in above]
    if any(height is None for height in heights):
        return False
    return page_tail.HEADINGS["h2"] + sum(h for h in heights if h is not None) < SPLIT_ABOVE_SHARE * page_tail.BODY_PT


# half a page as page_tail estimates it: its estimate of the summary's lead paragraphs and findings runs about a fifth
# over their printed height (ppkukm: 414 pt estimated, 350 pt printed, 48% of the page)
SPLIT_ABOVE_SHARE = 0.6


def rank_fewer(ctx: Context) -> str:
    """A dinas's rank counted among fewer dinas than the province has (LOOK9 #19: 'Biaya per poin … 19 dari 20'
    beside ranks 'dari 21', unexplained): which figures, how many dinas lack them and where they are named; ''
    when every rank counts every dinas, and in the province report."""
    against: Any = ctx.hasil.get("perbandingan_provinsi") or {}
    total = against.get("jumlah_dinas")
    if ctx.province or not total:
        return ""
    items = [ctx.t("kt_rank_fewer_item", nama=fact.name(ctx.lang), dari=fact.rank["dari"], n=total)
             for fact in fact_targets.of(ctx) if fact.rank and fact.rank.get("peringkat") and fact.rank["dari"] < total]
    return ctx.t("kt_rank_fewer", daftar="; ".join(items)) if items else ""


def missing_data_lead(ctx: Context) -> str:
    """What the summary says first when training data of the evaluated year are missing (R6b-14): a dinas report
    whose dinas sent none, what cannot be judged and what to send; the province, which dinas its coverage and 20 JP
    leave out (the trend's note, for this year). '' when nothing is missing."""
    hasil, lang = ctx.hasil, ctx.lang
    if not ctx.province:
        said = []
        if rules.year_not_received(hasil):
            # the year's budget export missing too: say so and ask for it in the same sentence (CHECK10 C10-17)
            realised = fact_targets.by_key(ctx)["persen_realisasi"].has_value
            key = "kt_no_year_data" if realised else "kt_no_year_data_budget"
            said.append(t(key, lang, tahun=hasil["tahun"], nama=hasil["cakupan"]["nama"]))
        ikm = results.key_ikm(hasil)
        if ikm and ikm.get("alasan") == results.IKM_NOT_RECEIVED:  # only an earlier year's SKM (CHECK12 C12-1)
            said.append(t("kt_no_year_skm", lang, tahun=hasil["tahun"], nama=hasil["cakupan"]["nama"],
                          terakhir=reasons.skm_last(ikm, lang)))
        return " ".join(said)
    this_year = [row for row in hasil.get("tren") or [] if row["tahun"] == hasil["tahun"]]
    notes = comparison.missing_notes(this_year, True, lang) if rules.missing_this_year(hasil) else []
    # only an earlier year's SKM (CHECK12 C12-1), or only an earlier period of the year than the province's (CHECK13
    # D13-3: analysis.results.in_period): out of the province's IKM and its dinas lists, each with its reason
    left_out = [row for row in hasil.get("perbandingan_dinas") or []
                if row["ikm"] and row["ikm"].get("alasan") in (results.IKM_NOT_RECEIVED, results.IKM_OTHER_PERIOD)]
    if left_out:
        own = results.key_ikm(hasil)
        period = own["periode"] if own else hasil["tahun"]
        notes.append(t("kt_skm_left_out_dinas", lang, periode=period,
                       daftar=phrases.and_([t("kt_skm_left_out_item", lang, dinas=short_name_in(row["dinas"], lang),
                                              alasan=reasons.short(row["ikm"], lang)) for row in left_out], lang)))
    return " ".join(notes)


def summary_parts(ctx: Context, above: Sequence[str] = ()) -> list[str]:
    """What is missing first (missing_data_lead), the ranked findings with their recommendations, those the cap
    leaves out, how they are ordered (a note under them: above them it filled a phone's first screen, LOOK25 W-4), the
    Angka Kunci table, then the rules that chose the findings (after the table: above it the 12-line rules split the
    summary's one table over two pages, LOOK10 N-19). ``above``: the summary's blocks before these (its money, the
    province's first page)."""
    found = ranked(ctx)
    lead = missing_data_lead(ctx)
    # the recommendation on a line of its own: after a finding's text WeasyPrint broke the line before the bold label
    # too early ("workshop" alone on a line, then the rest, in Satpol PP's finding 2; REVIEW5 D9)
    items = [html.escape(f.brief or f.text) + (f'<br><strong>{html.escape(ctx.t("kt_rec_label"))}</strong> '
                                    f'{html.escape(f.recommendation)}' if f.recommendation else "") for f in found]
    parts = [html.para(lead, cls="lead")] if lead else []
    if items:
        # the findings first, how they are ordered in a note under them (LOOK25 W-4)
        parts += [html.para(ctx.t("kt_intro", nama=ctx.hasil["cakupan"]["nama"], tahun=ctx.hasil["tahun"]),
                            cls="lead"),
                  html.bullets(items, ordered=True, cls="findings", trusted=True)]
        more = left_over(ctx)
        parts += [html.para(more)] if more else []
        parts += [html.para(ctx.t("kt_order", porsi=fmt.percent(100 * MONEY_WEIGHT, 0, ctx.lang)), cls="note")]
    parts.append(table(ctx, split=rows_may_split([*above, *parts])))
    if items:  # the rules themselves in BAB IX (selection_rules); here where they are and the two labels
        parts += [html.para(ctx.t("kt_rules_short", **rule_values(ctx.lang)) + " " + ctx.t("kt_rounding"), cls="note")]
    return parts


def rule_values(lang: str) -> dict[str, object]:
    """The figures and clauses of the selection rules (kt_rules, kt_rules_short) from what the selection itself
    uses, so the printed rule cannot drift from it (LOOK22 Y-2): the end of a gain's interval that means no gain
    (constants.NO_GAIN_UPPER), the effect-size tests of a very small gain (analysis.little_gain.is_little_gain), whether
    a method without a cost per point is listed (analysis.little_gain.UNPRICED_IS_CHEAP), the PPPK cap and the fewest
    PPPK whose share has an interval (analysis.stats.proportion_ci's constants.MIN_N)."""
    zero = constants.NO_GAIN_UPPER
    return {"nol": t("kt_rules_zero", lang) if zero == 0 else fmt.number(zero, 1, lang),
            "efek": fmt.number(constants.LITTLE_GAIN_EFFECT_UPPER, 1, lang),
            "atas": fmt.number(constants.LITTLE_GAIN_EFFECT_CEILING, 1, lang),
            "tanpa_biaya": "" if little_gain.UNPRICED_IS_CHEAP else t("kt_rules_unpriced", lang),
            "batas": constants.PPPK_JP_MAXIMUM_PER_YEAR, "min_pppk": constants.MIN_N}


def selection_rules(ctx: Context) -> str:
    """The rules that chose and ordered the summary's findings, for BAB IX (LOOK20 W-21: in the summary they took
    fourteen lines of the ten-minute reader's page)."""
    return html.para(ctx.t("kt_rules", **rule_values(ctx.lang)) + " " + ctx.t("kt_glance_rule"), cls="note")
