"""The report's rules: which recommendations fire, what each one's follow-up is, and which dinas
need attention.

Each rule is documented in docs/metode.md (section "Aturan rekomendasi") and tested on real
results in tests/unit/test_narrative.py and tests/unit/test_rules.py; the sentences come from the
catalogue (report.words.text). A recommendation carries its follow-up action, responsible unit and
quarter of the year after the evaluated year (its indicator and a target better than today are
report.chapters.plan's), so the Rencana Tindak Lanjut is the same on every rebuild, and says whether
it rests on the province's estimate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, cast, overload

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import BudgetModel, Hasil, MethodCostPerPoint, MethodGain, UnitIkm
from evalasn.analysis.contract.budget import MethodLittleGain, MethodOutsideFindings, MethodWithoutEstimate
from evalasn.analysis.contract.estimate import IkmInterval, Interval, ProportionEstimate, bounds, point
from evalasn.analysis.difference import clearly_below, difference
from evalasn.analysis.ikm_category import category as ikm_category
from evalasn.analysis.little_gain import cheap_per_point, is_little_gain
from evalasn.analysis.pretrend_rule import units_to_pass
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import jp_rule, lagging_gain
from evalasn.report.config import Target
from evalasn.report.words import cost_basis, fmt, impact, intervention_cost, phrases, province_impact, reasons
from evalasn.report.words.coverage import budget_basis
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t
from evalasn.report.words.units import unit_name

# Fallbacks when a targets file sets no target for these indicators (the shipped config/target.yml
# sets both): the regulation's 20 JP for every PNS, and the evaluation's policy for spending.
JP_TARGET_PERCENT = 100.0  # PP 11/2017 Pasal 203(4): every PNS >= 20 JP a year
REALISATION_TARGET = 95.0  # policy choice of the evaluation (config/target.yml), not a regulation

# quarter (1-4) of the year after the evaluated year by which each rule's follow-up is due
QUARTER = {"rec_data": 1, "rec_budget_absorb_first": 4, "rec_realisation": 4, "rec_budget_cheaper": 2,
           "rec_budget_more": 2, "rec_budget_reach": 4, "rec_coverage": 4, "rec_jp": 4, "rec_method": 2,
           "rec_did_expand": 4,
           "rec_did_review": 2, "rec_did_measure": 3, "rec_weak": 2, "rec_resist": 2, "rec_stop": 1, "rec_little": 2,
           # as rec_weak: the same service improvement, aimed at the units below B instead of an element
           "rec_ikm_units": 2,
           # as rec_method and rec_little: a review of how the methods are taught, in time for the year's activities
           "rec_gain_low": 2,
           # PPPK above the 24 JP cap: checked at registration, before the year's activities fill (R6-32)
           "rec_pppk": 1}
# responsible unit (a key of config/laporan.yml penanggung_jawab) of each rule
OWNER = {"rec_data": "evaluasi", "rec_budget_absorb_first": "anggaran", "rec_realisation": "anggaran",
         "rec_budget_cheaper": "anggaran", "rec_budget_more": "anggaran", "rec_budget_reach": "pengembangan",
         "rec_coverage": "pengembangan",
         "rec_jp": "pengembangan", "rec_method": "pengembangan", "rec_did_expand": "pelatihan",
         "rec_did_review": "pelatihan", "rec_did_measure": "evaluasi",
         "rec_weak": "layanan", "rec_resist": "pengembangan", "rec_stop": "pengembangan", "rec_little": "pengembangan",
         "rec_ikm_units": "layanan", "rec_gain_low": "pengembangan", "rec_pppk": "pengembangan"}
# responsible unit (a key of config/laporan.yml penanggung_jawab) of each SKM element's follow-up (BAB VI's table and
# BAB X's U1-U9 rows, plan.element_owner): one accountable unit, its partner named in the action (REVIEW6 R6-6,
# R6-24: owners were words in the catalogue, 'BPSDM dan kepala unit', 'Inspektorat dan kepala unit')
ELEMENT_OWNER = {"u1": "layanan", "u2": "sekretariat", "u3": "layanan", "u4": "layanan", "u5": "teknis",
                 "u6": "pelatihan", "u7": "pelatihan", "u8": "sekretariat", "u9": "sekretariat"}
# how many units (dinas) a sentence names before "dan N unit lain" (the summary's finding and rec_ikm_units)
NAMED_AT_MOST = 3
# how many units BAB VI's table of the lowest IKM shows (ikm_table_units); the others "dan N unit lain" counts are
# pointed to the workbook's sheet of every unit (REVIEW3 22: "dan 27 unit lain (BAB VI)" beside a table of ten)
IKM_TABLE_UNITS = 10


@dataclass(frozen=True)
class Recommendation:
    """One recommendation: the rule that fired, its sentence, and its follow-up."""

    rule: str
    text: str
    action: str = ""  # its indicator and target (better than today, with unit and population): chapters/plan.py
    owner: str = ""  # key of penanggung_jawab in config/laporan.yml
    quarter: int = 4
    province_basis: bool = False  # rests on the province's estimate, not the dinas's own
    subject: str = ""  # what the row is about when a rule fires more than once (the method of rec_stop)
    # the summary's form when ``text`` lists units with their figures: the step and where the list is (P6, session 8:
    # a finding at most about three lines, the detail in its chapter); '' = ``text`` itself
    brief: str = ""


@dataclass(frozen=True)
class LittleGain:
    """A method that bought at most a very small gain: its gain, its budget this year, its cost per point (None
    when it cannot be computed: a mean gain at or below zero)."""

    metode: str
    gain: MethodGain
    anggaran_rp: float
    cost: MethodCostPerPoint | None


# --- recommendations -------------------------------------------------------------------------
def recommendation_texts(hasil: Hasil, lang: str, targets: dict[str, Target] | None = None) -> list[str]:
    return [r.text for r in recommendations(hasil, lang, targets)]


@overload
def target_value(targets: dict[str, Target] | None, key: str, fallback: float) -> float: ...
@overload
def target_value(targets: dict[str, Target] | None, key: str, fallback: None) -> float | None: ...
def target_value(targets: dict[str, Target] | None, key: str, fallback: float | None) -> float | None:
    """The target of ``key`` in config/target.yml, else ``fallback``."""
    found = (targets or {}).get(key)
    return found.nilai if found else fallback


def recommendations(hasil: Hasil, lang: str, targets: dict[str, Target] | None = None,
                    province_results: Hasil | None = None) -> list[Recommendation]:
    """Recommendations by the documented rules; each fires only when its finding supports it. ``province_results``
    (a dinas report): the province's, whose answer to the same question a recommendation may quote."""
    out: list[Recommendation] = []
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG

    def add(rule: str, text: str, action: str, basis: bool = False, brief: str = "") -> None:
        out.append(Recommendation(rule, text, action, OWNER[rule], QUARTER[rule], basis, brief=brief))

    pct = lambda v, d=1: fmt.percent(v, d, lang)  # noqa: E731
    money = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    # the province's realisation over the dinas with budget rows (REVIEW7 R7-12): said in BAB IX, where the
    # recommendation stands alone; the summary's finding says it beside its figure (its brief form leaves it out)
    spent_basis = budget_basis(hasil, lang)
    spent_basis = t("kt_target_budget_basis", lang, basis=spent_basis.removeprefix(", ")) if spent_basis else ""
    # 1. 20 JP below its target
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    jp_target = target_value(targets, "jp_20", JP_TARGET_PERCENT)
    if jp_20["keseluruhan"]["cukup_data"] and point(jp_20["keseluruhan"]) * 100 < jp_target:
        # from the dinas flagged for 20 JP, then the lowest units below the target and the figure (jp_rule)
        text, action, brief = jp_rule.recommendation(hasil, lang, jp_target)
        add("rec_jp", text, action, brief=brief)
    # 1a. PPPK above the legal cap (PP 49/2018 Pasal 39; constants.PPPK_JP_MAXIMUM_PER_YEAR): only when the share's
    # whole 95% interval is above zero (R6-32)
    over = pppk_over_cap(hasil)
    if over is not None:
        # the share and its interval are the finding's, said beside it (summary, BAB IX 9.1)
        add("rec_pppk", t("rec_pppk", lang, batas=constants.PPPK_JP_MAXIMUM_PER_YEAR),
            t("fu_rec_pppk", lang, batas=constants.PPPK_JP_MAXIMUM_PER_YEAR))
    # 1b. coverage whose whole interval is below its target: the summary's missed-target finding and the CAKUPAN
    # row answer with this step, whatever the budget rule says (its own recommendation, REVIEW2 3); before the
    # budget rule, so the plan's CAKUPAN row is this one
    coverage_target = (targets or {}).get("cakupan_asn")
    coverage = facts.as_target_unit("cakupan_asn", hasil["pelaksanaan"]["cakupan_asn"])
    if coverage_target and coverage and facts.judge_values(coverage, coverage_target.nilai,
                                                           coverage_target.higher_better, 100.0,
                                                           lang).status == "not_met":
        text, action, brief = coverage_recommendation(hasil, lang, coverage_target.nilai)
        add("rec_coverage", text, action, brief=brief)
    # 2. budget: more per participant only with a gain, the ceiling spent and no cheaper way to a point
    budget = hasil["anggaran_vs_peningkatan"]
    model, basis, why = budget["model"], False, ""
    if not model["gain_per_dobel"]["cukup_data"] and not province:
        why = reasons.reason(model["gain_per_dobel"], lang)
        model, basis = budget["model_provinsi"], True
    gain = model["gain_per_dobel"]
    note = t("rec_province_basis", lang, alasan=why) if basis else ""
    this_year = results.realisation_in_year(hasil)
    spent = this_year["persen_realisasi"] if this_year else None
    spend_target = target_value(targets, "persen_realisasi", REALISATION_TARGET)
    method = _clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])
    # a dinas that borrows the province's cost model takes the province's verdict on a cheaper way too, judged on the
    # province's method costs (CHECK11 C11-13: one slope, "do not raise" from the province and "spend first, then
    # raise" from the dinas whose own method costs are withheld)
    judged = province_results if basis and province_results is not None else hasil
    shift, marginal = cheaper_way(judged, model)
    borrowed = judged is not hasil
    # a correlation is no reason to spend more per head when another method already buys a point for less:
    # a method clearly cheaper than another, or cheaper than what a doubling costs per extra point
    cheaper = phrases.direction(gain) == "up" and bool(shift or marginal)
    absorb_first = phrases.direction(gain) == "up" and spent is not None and spent < spend_target and not cheaper
    # the gain per doubling of cost, as the budget chapter prints it (one kind of figure: constants.DECIMALS)
    doubling = dict(besar=phrases.estimate(gain, lang, "poin_per_dobel"), ik=phrases.ci(gain, lang, "poin_per_dobel")) \
        if gain.get("cukup_data") else {}
    if absorb_first:
        # money already granted is left unspent: spend it; the cost-gain slope is an association and no step
        # towards more per participant (REVIEW5b 12, REVIEW5 D8)
        # one sentence with its link (R6-33): no slope and no province basis, which answered a question the finding
        # did not ask (and quoted a minimum the annex did not state)
        absorb = t("rec_budget_absorb_first", lang, persen=pct(spent), target=pct(spend_target, 0))
        add("rec_budget_absorb_first", absorb + spent_basis,
            # the follow-up (spend what was granted) rests on the dinas's own realisation, whatever
            # estimate put it first, so its row is not marked as the province's
            t("fu_rec_absorb", lang), brief=absorb)
    elif cheaper:
        brief = ""
        if marginal:
            best, per_point = marginal
            median = model.get("biaya_median_per_peserta_rp") or 0.0  # set: cheaper_than_more_budget needs it
            low, high = bounds(gain)  # the extra point's interval is the doubling's, inverted (low > 0: "up")
            per_point_text, *ends = fmt.figures((per_point, median / high, median / low), "rp_per_poin", lang)
            text = t("rec_budget_marginal", lang, median=money(median),
                     **doubling, marginal=per_point_text,
                     ik_marginal=fmt.interval_text(ends[0], ends[1], lang),
                     kali=fmt.number(per_point / point(best), 1, lang),
                     kali_min=fmt.number(median / high / bounds(best)[1], 1, lang), metode=label(best["metode"], lang),
                     biaya=phrases.estimate(best, lang, "rp_per_poin"), ik_biaya=phrases.ci(best, lang, "rp_per_poin"))
            # the summary's: the extra point's price beside the method's, the detail in 9.2 (a missed cost-per-point
            # target is a summary finding: LOOK25 W-1; a finding about three lines, P6 session 8)
            brief = t("rec_budget_marginal_brief", lang, marginal=per_point_text,
                      ik_marginal=fmt.interval_text(ends[0], ends[1], lang),
                      kali=fmt.number(per_point / point(best), 1, lang), metode=label(best["metode"], lang)) + note
        else:
            assert shift is not None  # cheaper without a marginal comparison means a clearly cheaper method
            best = shift[0]
            # the province's method comparison is in the province's report, not in this one's rule 3
            text = t("rec_budget_cheaper_province" if borrowed else "rec_budget_cheaper", lang, **doubling,
                     metode=label(best["metode"], lang), biaya=phrases.estimate(best, lang, "rp_per_poin"),
                     ik_biaya=phrases.ci(best, lang, "rp_per_poin"))
        add("rec_budget_cheaper", text + note, budget_action(budget["biaya_per_poin"], hasil["tahun"],
                                                            None if borrowed else shift, lang, province, basis),
            basis, brief=brief)
    elif phrases.direction(gain) == "up":
        add("rec_budget_more",
            t("rec_budget_more", lang, **doubling,
              catatan=t("rec_budget_falls", lang) if model.get("turun_hasil") else "") + note,
            based(t("fu_rec_more", lang), basis, lang), basis)
    elif phrases.direction(gain) is not None:
        # its plan row measures coverage (plan.MEASURED): the step an agency schedules for it, not a budget maxim
        # what was observed (the slope with its interval) and what it does not show: no prescription (REVIEW4 12)
        # (a falling slope said in words, its size and interval positive, as BAB V says it)
        down = phrases.direction(gain) == "down"
        size = phrases.size_with_ci(gain, lang) if down else dict(besar=phrases.estimate(gain, lang),
                                                                   ik=phrases.ci(gain, lang))
        add("rec_budget_reach", t("rec_budget_reach_down" if down else "rec_budget_reach", lang, besar=size["besar"],
                                  ik=size["ik"]) + note,
            based(coverage_action(hasil, lang, coverage_target.nilai if coverage_target else None), basis, lang), basis)
    # 3. a method clearly cheaper per point: with both methods' gain per participant and the caveat that tests
    # differ by method; a cheaper method whose gain per participant is clearly lower is compared, not advised
    # (REVIEW5b 8: e-learning at a third of pelatihan's cost per point gained a third as much per person)
    if method:
        best, other = method
        name = label(best["metode"], lang)
        lower = less_per_participant(hasil)
        # a cheaper method ruled out for learning less: the next one that does not, or that none exists (C12-15)
        moved = method_shift(hasil)
        instead = next_method_words(hasil, lang, "rec") if lower else ""
        out.append(Recommendation(
            "rec_method", t("rec_method_lower" if lower else "rec_method", lang, metode=name,
                            biaya=phrases.estimate(best, lang, "rp_per_poin"),
                            ik=phrases.ci(best, lang, "rp_per_poin"), pembanding=label(other["metode"], lang),
                            biaya_p=phrases.estimate(other, lang, "rp_per_poin"), lain=instead,
                            ik_p=phrases.ci(other, lang, "rp_per_poin"), **per_participant(hasil, best, other, lang))
            + method_scope(hasil, lower, lang, province_results, metode=name, pembanding=label(other["metode"], lang))
            + ("" if lower else after_review(hasil, best["metode"], lang)),
            t("fu_rec_method", lang, metode=label(moved[0]["metode"], lang), pembanding=label(other["metode"], lang))
            if moved else t("fu_rec_method_lower", lang, metode=name, pembanding=label(other["metode"], lang)),
            OWNER["rec_method"], QUARTER["rec_method"], subject=(moved or method)[0]["metode"]))
    # 3b. money spent without gain: stop or redesign the method (issue 22.2, 22.4); for a very small gain: redesign
    out += stop_or_redesign(hasil, lang)
    for row in little_gain(hasil):
        name = label(row.metode, lang)
        out.append(Recommendation(
            "rec_little", t("rec_little", lang, metode=phrases.method_noun(row.metode, lang),
                            temuan=little_item(row, lang, cost=False),
                            alihkan=little_move(hasil, [row.metode], lang, "rec")) + little_cost(row, lang),
            t("pl_act_little", lang, metode=name, alihkan=little_move(hasil, [row.metode], lang, "pl")),
            OWNER["rec_little"], QUARTER["rec_little"], subject=row.metode))
    out += little_gain_dinas_recommendations(hasil, lang)
    # 3d. the adjusted gain clearly below the province mean (the province's attention list): review the methods that
    # gained less than the same methods in the province (observed; reader review 4, item 2)
    own = {r.subject for r in out if r.rule in ("rec_stop", "rec_little")}
    lagging = lagging_gain.recommendation(hasil, lang, own)
    if lagging:
        add("rec_gain_low", *lagging)
    # 4. the IKM difference-in-differences
    did = hasil["level4_hasil"]["did_ikm"]
    did_trend = phrases.direction(did.get("efek")) if did.get("tersedia") else None
    effect = did.get("efek")
    size = (dict(besar=phrases.estimate(effect, lang, "ikm"), ik=phrases.ci(effect, lang, "ikm"))
            if effect and did_trend is not None else {})
    named = impact.programme(did, lang)  # the declared programme each names (an effect is only earned with one)
    if did_trend == "up" and did.get("putusan", {}).get("boleh_kausal"):  # expand only on an earned effect
        # the declared programme by name, with the design and caveat of its effect (issue 22.3, REVIEW5b 4)
        price = intervention_cost.extension_sentence(did, lang)  # at this year's cost per unit (C10-9)
        add("rec_did_expand", t("rec_did_expand", lang, ambang=fmt.percent(did["ambang_persen_dilatih"], 0, lang),
                                **size, **impact.claim(did, lang)) + price, t("fu_rec_did", lang, **named),
            brief=t("rec_did_expand_brief", lang, **named) + price)
    elif did_trend == "down" and impact.declared(hasil):  # significant, the unexpected way: check, then review
        add("rec_did_review", t("rec_did_review", lang, **size, **named), t("fu_rec_review", lang, **named))
    elif did_trend is not None and effect and impact.declared(hasil) and province_impact.earned_elsewhere(hasil):
        # the province earned the word with every unit: its row, not a measurement this dinas's units cannot reach
        pooled = province_impact.earned_elsewhere(hasil) or {}
        add("rec_did_measure", t("rec_did_province", lang, **{**province_impact.words(pooled, lang), **size}),
            t("fu_rec_measure", lang, **named))
    elif did_trend is not None and effect and impact.declared(hasil):  # not (yet) an effect: no verdict (23.2)
        beyond = province_impact.beyond_dinas(hasil, province_impact.units_needed(did))
        advice = measure_advice(did, lang) + (t("rec_did_beyond_dinas", lang, k=fmt.integer(beyond, lang))
                                              if beyond is not None else "")
        add("rec_did_measure", t("rec_did_measure", lang, saran=advice, **size, **named),
            t("fu_rec_measure", lang, **named))
    # 5. weak IKM elements
    weak = [r for r in hasil["komunikasi"]["unsur"] if r.get("lemah")]
    if weak:
        names = phrases.and_([phrases.element_name(r["unsur"], lang) for r in weak[:3]], lang)
        add("rec_weak", t("rec_weak", lang, unsur=names) + weak_start(hasil, lang), t("fu_rec_weak", lang, unsur=names),
            brief=t("rec_weak", lang, unsur=names) + weak_start(hasil, lang, counted=True))
    # 5b. units (province: dinas) whose IKM is below category B while no element of the scope's mean is weak: the
    # improvement is aimed at those units, and BAB X counts them (plan.MEASURED "rec_ikm_units")
    if not weak and (below_b := ikm_units_recommendation(hasil, lang)):
        out.append(below_b)
    # 6. resistance
    resistance = hasil["tantangan"]["resistensi"]
    slope = resistance["gain_per_poin_resistensi"]
    if phrases.direction(slope) == "down":
        size = phrases.size_with_ci(slope, lang, "poin_per_resistensi")
        add("rec_resist", t("rec_resist", lang, besar=size["besar"], ik=size["ik"], n=fmt.integer(slope["n"], lang)),
            t("fu_rec_resist", lang))
    # 7. realisation below its target (said once: not when rule 2 already asks to absorb the ceiling)
    if spent is not None and spent < spend_target and not absorb_first:
        realise = t("rec_realisation_target", lang, persen=pct(spent), target=pct(spend_target, 0))
        add("rec_realisation", realise + spent_basis, t("fu_rec_absorb", lang), brief=realise)
    # 8. always: continuous evaluation; a dinas whose year was not received first sends it (CHECK11 C11-7: the
    # summary's one request, "Kirim ekspor …", had no plan row, owner or quarter)
    action = t("fu_rec_data_send", lang, tahun=hasil["tahun"]) if year_not_received(hasil) else t("fu_rec_data", lang)
    missing = missing_data(hasil, lang)
    shortfall = t("rec_data_missing", lang, daftar=", ".join(missing)) if missing else ""
    unrecorded = phrases.unrecorded_cost(hasil, lang)  # activities at Rp 0 or blank (CHECK11 C11-1)
    cost = t("rec_data_cost", lang, daftar=unrecorded) if unrecorded else ""
    # the plan's DATA row asks for it too: its action (BAB X), beside the scores its indicator counts
    add("rec_data", t("rec_data", lang, kurang=shortfall + cost), action + cost)
    return out


def missing_this_year(hasil: Hasil) -> list[str]:
    """The dinas (slugs) without any training row in the evaluated year, left out of its coverage and 20 JP
    (hasil.json `tren[tahun].dinas_tanpa_data_kegiatan`, analysis.compliance.without_activity_data)."""
    year = next((row for row in hasil.get("tren") or [] if row["tahun"] == hasil["tahun"]), None)
    return list(year.get("dinas_tanpa_data_kegiatan") or []) if year else []


def year_not_received(hasil: Hasil) -> bool:
    """Whether this report is a dinas's whose training data of the evaluated year were not received."""
    return hasil["cakupan"]["jenis"] != "provinsi" and hasil["cakupan"]["slug"] in missing_this_year(hasil)


def never_in_data(hasil: Hasil) -> bool:
    """Whether this report is a dinas's without any training row in the evaluated year nor in any year before it (a
    dinas new in later data: its report of that year was never made, so it had no plan; CHECK14 E14-2). A dinas with
    rows in an earlier year but none in this one is ``year_not_received``: its plan asks for the missing year."""
    scope = hasil.get("cakupan") or {}
    years = [row for row in hasil.get("tren") or [] if row["tahun"] <= hasil["tahun"]]
    if scope.get("jenis") == "provinsi" or (hasil.get("data") or {}).get("n_partisipasi_tahun") \
            or hasil["tahun"] not in {row["tahun"] for row in years}:
        return False
    return all(scope.get("slug") in (row.get("dinas_tanpa_data_kegiatan") or []) for row in years)


def cheaper_way(hasil: Hasil, model: BudgetModel) -> tuple[tuple[MethodCostPerPoint, MethodCostPerPoint] | None,
                                                          tuple[MethodCostPerPoint, float] | None]:
    """Rule 2's cheaper ways to a point in ``hasil``'s methods, set against ``model``'s slope: (rule 3's pair when it
    advises the shift, the method cheaper than what a doubling costs per extra point); (None, None) when neither."""
    budget = hasil["anggaran_vs_peningkatan"]
    method = _clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])
    # rule 3 forbids moving participants to a cheaper method that gains clearly less per person: no other rule argues
    # by its cost per point (REVIEW6 R6-22, R6-23: the plan and rec 6 shifted to mentoring, rec 5 said not to)
    shift = method_shift(hasil)
    marginal = cheaper_than_more_budget(model, marginal_candidates(hasil, method, shift)) \
        if phrases.direction(model["gain_per_dobel"]) == "up" else None
    return shift, marginal


def marginal_candidates(hasil: Hasil, method: tuple[MethodCostPerPoint, MethodCostPerPoint] | None,
                        shift: tuple[MethodCostPerPoint, MethodCostPerPoint] | None) -> list[MethodCostPerPoint]:
    """The methods rule 2 may set a higher cost per participant against (cheaper_than_more_budget): none that another
    rule advises against, so the recommendations do not argue by a method they tell the reader to leave (REVIEW6
    R6-23: rec 6 praised mentoring's cost per point right after rec 5 said not to move participants to it). When
    rule 3 keeps its cheaper method out (``method`` without ``shift``), only the method it leaves standing, its
    dearer one; otherwise every method but those whose gain is a finding of its own (no gain, or a very small one:
    rules 3b and 3c, which ask to redesign or stop them) and rule 3's cheaper method when the shift goes to the next
    one (next_cheaper)."""
    if method is not None and shift is None:
        return [method[1]]
    moved_elsewhere = method is not None and shift is not None and shift[0]["metode"] != method[0]["metode"]
    vetoed = {method[0]["metode"]} if method is not None and moved_elsewhere else set()
    return [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
            if r["metode"] not in flagged_methods(hasil) | vetoed]


def flagged_methods(hasil: Hasil) -> set[str]:
    """The methods whose gain is a finding of its own (no gain, or a very small one: rules 3b and 3c, which ask to
    redesign or stop them): no other rule argues by their cost per point."""
    return {row.metode for row in little_gain(hasil)} | \
        {r["metode"] for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []) if r.get("dinas") is None}


def based(action: str, basis: bool, lang: str) -> str:
    """A plan row's step that rests on the province's estimate (``basis``) saying so beside it (phrases.aside)."""
    return phrases.aside(action, t("fu_basis_prov", lang)) if basis else action


def budget_action(costs: list[MethodCostPerPoint], year: int,
                  shift: tuple[MethodCostPerPoint, MethodCostPerPoint] | None, lang: str, province: bool = False,
                  basis: bool = False) -> str:
    """The BIAYA-POIN row's step, worded from the recommendation that raised it (REVIEW6 R6-22): no higher cost per
    participant, a ceiling per method at its cost per participant of ``year`` in ``costs`` (BAB IV's table;
    constants.FOLLOW_UP_COST_CAP_FIELD, LOOK20 W-1: one ceiling across methods ruled out the method the plan moves
    activities to) when any method has one; moving activities to the cheaper method only where rule 3 advises it
    (``shift``: its pair, None when it gains clearly less per participant or no method is clearly cheaper). The
    province row, carried out by every dinas's finance unit, sets no ceiling of its own but points to the ones in each
    dinas's plan, its own levels only for a dinas without that row (LOOK10 N-21: two ceilings for one unit;
    province_rows.budget_pointer). ``basis``: the recommendation rests on the province's estimate (the dinas's own
    data too few), said beside the step; the ceilings stay the dinas's own levels."""
    caps = method_caps(costs, lang)
    if not caps:
        text = based(t("fu_rec_budget_hold", lang), basis, lang)
    elif province:
        text = t("fu_rec_budget_cap_province", lang, tahun=year, daftar=caps)
    else:
        # the ceilings are the dinas's own levels even where the recommendation rests on the province's estimate: the
        # aside says which is whose (LOOK21 X-4: '(berdasarkan estimasi provinsi)' read as the ceilings' source)
        text = t("fu_rec_budget_cap", lang, tahun=year, daftar=caps)
        if basis:
            text = phrases.aside(text, t("fu_rec_budget_cap_basis", lang, tahun=year))
    if shift is not None:
        text += shift_words(shift, lang)
    return text


def method_caps(costs: list[MethodCostPerPoint], lang: str) -> str:
    """BIAYA-POIN's ceilings, one per method with a cost per participant in ``costs``
    (constants.FOLLOW_UP_COST_CAP_FIELD), in the table's order: 'pelatihan ≤ Rp 4.126.793, workshop ≤ Rp 2.409.677 dan
    seminar ≤ Rp 895.039'; '' without any. Each is the method's level of the year, printed to the rupiah as BAB IV
    prints that cost per participant (cost_basis.per_participant: 895.038,57 is 'Rp 895.039' in Tabel 8 and in the
    ceiling; LOOK25 W-6: rounded down, the ceiling stood Rp 1 below the level it names), never in a scale word
    (LOOK21 X-5: 'mentoring ≤ Rp 1,4 juta' for Rp 1.375.470 allowed a rise of 1,8%). Next year's cost per participant
    printed the same way meets the ceiling when it is at or below the printed figure."""
    levels: list[tuple[str, float]] = [(r["metode"], float(level)) for r in costs
                                       if (level := cast(Any, r).get(constants.FOLLOW_UP_COST_CAP_FIELD)) and level > 0]
    return phrases.and_([f"{label(metode, lang)} ≤ {cost_basis.per_participant(level, lang)}"
                         for metode, level in levels], lang)


def shift_words(shift: tuple[MethodCostPerPoint, MethodCostPerPoint], lang: str) -> str:
    """BIAYA-POIN's clause moving activities to the cheaper method ('; alihkan sebagian kegiatan pelatihan ke
    mentoring ...'), which the plan leaves to that method's PORSI row when it has one (plan.shift_in_one_row)."""
    return t("fu_rec_budget_shift", lang, metode=label(shift[0]["metode"], lang),
             pembanding=label(shift[1]["metode"], lang))


def ikm_units_recommendation(hasil: Hasil, lang: str) -> Recommendation | None:
    """Rule 5b: the units (province: dinas) whose IKM estimate is below category B, named (those whose whole interval
    is below B first, as the summary's finding names them); None without any. Its own recommendation when no element
    is weak; with weak elements rule 5 names the units where to start, and BAB X still counts them in their own row
    (plan.named_units; REVIEW6 R6-26: the dinas U8 mean could pass while a unit stayed in C, and the finding close)."""
    below = ikm_below_b(hasil)
    if not below:
        return None
    of_dinas = below[0].dinas
    ordered = [b for b in below if b.sure] + [b for b in below if not b.sure]
    shown = [b.shown(lang) for b in ordered]
    names = named_few(shown, ordered, hasil, lang)  # as the summary's finding names them (its recommendation)
    # the plan's action names every dinas, as the executor cell beside it does (LOOK14 P-11: "Nakertransgi,
    # Kominfotik, Sumber Daya Air dan 3 dinas lain (BAB VII)" beside six named executors), and every unit when rule 5
    # names them all where it starts (LOOK15 Q-5: IKM-CD "Puskesmas … Senen dan 2 unit lain (BAB VI)", 9.2 all five)
    acted = phrases.and_(shown, lang) if of_dinas or in_full(ordered) else names
    elements = hasil["komunikasi"]["unsur"]
    unjudged = bool(elements) and not any(r["cukup_data"] for r in elements)  # never "no element is weak"
    key = "rec_ikm_units_dinas" if of_dinas else "rec_ikm_units_unjudged" if unjudged else "rec_ikm_units"
    return Recommendation(
        "rec_ikm_units", t(key, lang, n=len(below), periode=hasil["komunikasi"]["periode"] or "", daftar=names,
                           alasan=reasons.reason({**elements[0], "rata_unsur": None}, lang) if unjudged else ""),
        t("fu_rec_ikm_units_dinas" if of_dinas else "fu_rec_ikm_units", lang, n=len(below), daftar=acted),
        OWNER["rec_ikm_units"], QUARTER["rec_ikm_units"])


def pppk_over_cap(hasil: Hasil) -> ProportionEstimate | None:
    """The share of PPPK above the JP cap of PP 49/2018 Pasal 39 (constants.PPPK_JP_MAXIMUM_PER_YEAR;
    `pelaksanaan.jp_20.pppk.di_atas_batas`) when its whole 95% interval is above zero, else None: the rule of the
    summary's PPPK finding, its recommendation and BAB X's row PPPK-JP (R6-32)."""
    over = ((hasil["pelaksanaan"]["jp_20"].get("pppk") or {}).get("di_atas_batas")) or None
    low = over.get("ci_bawah") if over else None
    if not over or not over.get("cukup_data") or low is None:
        return None
    return over if low > 0 else None


def weak_start(hasil: Hasil, lang: str, counted: bool = False) -> str:
    """Where the weak elements' follow-up starts, as the summary's IKM finding names them (REVIEW5b 9: the province
    started from one agency whose interval reaches B and dropped the ten units surely below B): first the units
    (a dinas report: of the dinas; the province: of every dinas, rules.units_below_b) whose whole 95% interval is
    below category B, then the units (dinas) whose estimate is below B, each list lowest first; '' when none is.
    ``counted``: their numbers instead of their names (the summary, whose finding names them)."""
    below = ikm_below_b(hasil)
    if hasil["cakupan"]["jenis"] == "provinsi":
        first, after = units_below_b(hasil), [b for b in below if b.sure] + [b for b in below if not b.sure]
    else:
        first, after = [b for b in below if b.sure], [b for b in below if not b.sure]
    listed = {key: _counted_above(rows, lang) if counted else
              every_or_few([counted_name(row, lang) for row in rows], rows, hasil, lang)
              for key, rows in (("daftar", first), ("lalu", after)) if rows}
    if first and after:
        return t("rec_weak_units_then", lang, **listed)
    return t("rec_weak_units_sure", lang, **listed) if first else t("rec_weak_units", lang, **listed) if after else ""


def _counted_above(rows: list[BelowB], lang: str) -> str:
    """``counted``: the summary's recommendation counts the units its finding has just named ('4 unit yang disebut
    di atas'), not the names again (REVIEW7 R7-16: the list ran twice in one paragraph); one unit by its name
    (CHECK11 C11-10: "Mulai dari 1 unit yang disebut di atas …; lalu 1 unit yang disebut di atas" named two units
    alike)."""
    if len(rows) == 1:
        return rows[0].shown(lang)
    word = "kt_ikm_dinas_word" if rows[0].dinas else "kt_ikm_unit_word"
    # the finding names a few of a longer list (named_few): how many of them by name (LOOK18 T-4: "lalu 10 unit yang
    # disebut di atas" where 3 of the 10 were named)
    named = len(rows) if len(rows) <= NAMED_AT_MOST + 1 else NAMED_AT_MOST
    return t("rec_weak_count" if named == len(rows) else "rec_weak_count_some", lang, n=fmt.integer(len(rows), lang),
             k=fmt.integer(named, lang), siapa=t(word, lang))


def counted_name(row: BelowB, lang: str) -> str:
    """A unit (dinas) below B with the respondents its IKM counts (a list item carries its n: P3, session 8):
    'Puskesmas A (28 responden)', 'Sudin X (Nakertransgi; 31 responden)'."""
    name, respondents = row.shown(lang), t("kt_ikm_n", lang, n=fmt.integer(row.ikm.get("n"), lang))
    # already bracketed with its dinas: one pair of brackets
    return f"{name[:-1]}; {respondents})" if name.endswith(")") else f"{name} ({respondents})"


def lowest_coverage(hasil: Hasil, lang: str, target: float | None = None, shown: int = 3,
                    with_values: bool = False) -> str:
    """'Puskesmas A, Puskesmas B, Puskesmas C': the units with the lowest coverage (`pelaksanaan.cakupan_unit_terendah`;
    in the province report the dinas, from `perbandingan_dinas`), lowest first, those below ``target`` (percent)
    only; '' when none is large enough to rank (the JP20 rule names its units the same way). ``with_values``: each
    with its coverage and interval ('Puskesmas A 40,0% (21,9–61,3)'), as the summary's finding names them."""
    chosen = coverage_lowest(hasil, lang, target, shown)
    if with_values:  # each with the staff it is a share of (P3, session 8)
        return ", ".join(f"{name} {share_range(share, lang, t('who_asn', lang))}" for name, share in chosen)
    return ", ".join(name for name, _ in chosen)


def coverage_lowest(hasil: Hasil, lang: str, target: float | None = None,
                    shown: int = 3) -> list[tuple[str, ProportionEstimate]]:
    """(name, coverage) of the units (the province: dinas) lowest_coverage names, lowest first: below ``target`` and
    below the scope's own coverage (a unit above it does better than the scope, LOOK11 L-8)."""
    own = hasil["pelaksanaan"].get("cakupan_asn") or {}
    ceilings = [v for v in (target, 100 * point(own) if own.get("cukup_data") else None) if v is not None]
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        rows = hasil.get("perbandingan_dinas", [])
        ranked = sorted(((short_name_in(r["dinas"], lang), r["cakupan_asn"]) for r in rows
                         if r["cakupan_asn"]["cukup_data"]), key=lambda pair: point(pair[1]))
    else:
        ranked = [(unit_name(r["unit_kerja"], lang), r["cakupan"])
                  for r in hasil["pelaksanaan"].get("cakupan_unit_terendah", []) if r["cakupan"]["cukup_data"]]
    return [(name, share) for name, share in ranked if all(point(share) * 100 < v for v in ceilings)][:shown]


def coverage_recommendation(hasil: Hasil, lang: str, target: float) -> tuple[str, str, str]:
    """(the recommendation, its plan step, its summary form) for a coverage below ``target`` (percent): from the
    units (the province: dinas) below the target and the scope's own coverage (coverage_lowest), and, as the 20 JP
    step does (jp_rule; LOOK12 K-6), the units too small to rank when together they are below that coverage too;
    from those alone when no ranked unit is (CHECK11 C11-2)."""
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    chosen = coverage_lowest(hasil, lang, target)
    units = lowest_coverage(hasil, lang, target, with_values=True)
    coverage = facts.as_target_unit("cakupan_asn", hasil["pelaksanaan"]["cakupan_asn"])
    now = dict(persen=fmt.percent(coverage[0] if coverage else None, 1, lang), target=fmt.percent(target, 0, lang),
               siapa=t("rec_coverage_dinas" if province else "rec_coverage_units", lang))
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    if not units:
        said = coverage_small(hasil, lang)
        everyone: Any = hasil["pelaksanaan"]["cakupan_asn"]
        if said and not hasil["pelaksanaan"].get("cakupan_unit_terendah") and everyone.get("jumlah") is not None:
            # every unit small: no larger unit to set them against; how many are left (CHECK13 D13-7)
            text = t("rec_coverage_small_all", lang, kecil=said, min=constants.MIN_N,
                     belum=fmt.integer(everyone["n"] - everyone["jumlah"], lang),
                     n=fmt.integer(everyone["n"], lang), **now)
        else:
            text = t("rec_coverage_small", lang, kecil=said, **now) if said else \
                t("rec_coverage_all", lang, unit="", **now)
        return text, coverage_action(hasil, lang, target), ""
    also = coverage_small(hasil, lang, also=True)
    text = t("rec_coverage", lang, unit=units + also, **now)
    kecil = t("rec_coverage_brief_small", lang, k=small["n_unit"], min=constants.MIN_N) if also else ""
    brief = t("rec_coverage_brief_one", lang, unit=chosen[0][0], kecil=kecil, **now) if len(chosen) == 1 else \
        t("rec_coverage_brief", lang, n=len(chosen), kecil=kecil, **now)
    return text, coverage_action(hasil, lang, target), brief


def coverage_small(hasil: Hasil, lang: str, also: bool = False) -> str:
    """'4 unit kecil (< 10 ASN) bersama-sama: 0,0% (0,0–24,2; 12 ASN), di bawah 78,3%': the units too small to rank
    by coverage, together, when their share is below the scope's own (a dinas report; CHECK11 C11-2: 12 of the 13 ASN
    without any activity were in four units of 3 ASN); '' otherwise. ``also``: said after ranked units below it,
    '; 4 unit kecil … juga di bawah 78,3%'."""
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    own = hasil["pelaksanaan"].get("cakupan_asn") or {}
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG or not small or not small.get("n_unit") or not small.get("n") \
            or not own.get("cukup_data") or small["jumlah"] / small["n"] >= point(own):
        return ""
    if small.get("cukup_data") and small.get("ci_bawah") is not None:
        share = share_range(small, lang, t("who_asn", lang))
    else:
        share = t("rec_coverage_small_count", lang, jumlah=fmt.integer(small["jumlah"], lang),
                  n=fmt.integer(small["n"], lang), persen=fmt.percent(100 * small["jumlah"] / small["n"], 1, lang))
    return t("rec_coverage_small_also" if also else "rec_coverage_small_units", lang, min=constants.MIN_N,
             k=small["n_unit"], jumlah=share, persen=fmt.share(point(own), 1, lang))


def share_range(share: ProportionEstimate, lang: str, who: str = "") -> str:
    """'40,0% (21,9–61,3)': a share (0–1) with its interval, as phrases.percent_range prints a unit's; with ``who``
    the count it is a share of: '40,0% (21,9–61,3; 20 ASN)'."""
    low, high = bounds(share)
    return phrases.percent_range(100 * point(share), 100 * low, 100 * high, lang, share.get("n") if who else None,
                                 who)


def coverage_action(hasil: Hasil, lang: str, target: float | None = None) -> str:
    """The coverage row's step (plan row CAKUPAN): schedule an activity for those who took none, starting with the
    lowest units (lowest_coverage) by name."""
    units = lowest_coverage(hasil, lang, target)
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    below = bool(coverage_small(hasil, lang))
    if not units and below:
        return t("pl_act_coverage_small", lang, min=constants.MIN_N, k=small["n_unit"])
    return t("pl_act_coverage" if units else "pl_act_coverage_all", lang, unit=units,
             siapa=t("rec_coverage_dinas" if province else "rec_coverage_units", lang)) \
        + (t("pl_act_coverage_also_small", lang, min=constants.MIN_N, k=small["n_unit"]) if units and below else "")


@dataclass(frozen=True)
class BelowB:
    """A unit (a dinas report: the latest SKM period) or a dinas (the province report) whose IKM estimate is below
    category B (constants.POOR_IKM); ``sure`` when its whole 95% interval is, judged as the categories are, on
    the printed value (analysis.ikm.category of its upper end), else it may be below B."""

    name: str  # the unit's name, or the dinas's slug
    ikm: IkmInterval
    sure: bool
    dinas: bool = False  # a dinas of the province report (``name`` is its slug)
    of: str | None = None  # a unit of the province report: its dinas's slug

    def shown(self, lang: str) -> str:
        """The name as a sentence shows it: the unit's (in the province report with its dinas), or the dinas's
        short name."""
        if self.dinas:
            return short_name_in(self.name, lang)
        return unit_name(self.name, lang, self.of)


def ikm_scored(hasil: Hasil) -> list[tuple[str, IkmInterval]]:
    """(name, IKM) of every unit of the latest SKM period (a dinas report) or every dinas (the province report) whose
    IKM could be computed (``cukup_data``)."""
    if hasil["cakupan"]["jenis"] == "provinsi":
        ikm = {r["dinas"]: r["ikm"] for r in hasil.get("perbandingan_dinas", []) if r["ikm"]}
        rows = list(ikm.items())
    else:
        rows = [(u["unit_kerja"], u) for u in judged_units(hasil)]
    return [(name, figure) for name, figure in rows if figure["cukup_data"]]


def judged_units(hasil: Hasil) -> list:
    """The latest period's units that may be judged below B on their own interval: not the one unit of a dinas that
    has no other that period. That unit's IKM is the dinas's, which from fewer than MIN_CLUSTERS units has no interval
    and no category (the key figure's rule, analysis.small_clusters.too_few_units): the summary judged the same 40
    answers "mungkin di bawah B" that Tabel 1 called "belum dapat dinilai" (CHECK12 C12-4)."""
    period = hasil["komunikasi"]["periode"] or ""
    own: dict[str | None, Any]
    if hasil["cakupan"]["jenis"] == "provinsi":
        own = {r["dinas"]: r["ikm"] for r in hasil.get("perbandingan_dinas", []) if r.get("ikm")}
    else:
        own = {None: next((r for r in (hasil.get("level4_hasil") or {}).get("ikm_per_periode", [])
                           if r.get("periode") == period), None)}
    alone = {dinas for dinas, ikm in own.items()
             if ikm and ikm.get("periode") == period and ikm.get("n_unit_layanan") == 1}
    province = hasil["cakupan"]["jenis"] == "provinsi"
    return [u for u in latest_units(hasil) if (u.get("dinas") if province else None) not in alone]


def latest_units(hasil: Hasil) -> list:
    """The `ikm_unit` rows of the latest SKM period (the province's: every dinas's units)."""
    period = hasil["komunikasi"]["periode"] or ""
    return [u for u in (hasil.get("level4_hasil") or {}).get("ikm_unit", []) if u["periode"] == period]


def units_below_b(hasil: Hasil) -> list[BelowB]:
    """The units of the latest SKM period whose whole 95% IKM interval is below category B, judged as
    ikm_below_b judges ``sure``, the lowest first; in the province report every dinas's units, each with its dinas
    (reader review 3, item 3: the province applies its rule (4) to units as each dinas report does)."""
    province = hasil["cakupan"]["jenis"] == "provinsi"
    rows = [u for u in judged_units(hasil) if u["cukup_data"] and u["kategori"] in constants.POOR_IKM
            and ikm_category(u.get("ci_atas"))[0] in constants.POOR_IKM]
    return [BelowB(u["unit_kerja"], u, True, of=u.get("dinas") if province else None)
            for u in sorted(rows, key=lambda u: (u["estimasi"] or 0, u["unit_kerja"]))]


def ikm_below_b(hasil: Hasil) -> list[BelowB]:
    """The units (dinas) whose latest IKM estimate is in category C or D (constants.POOR_IKM), the lowest first:
    the summary's finding (key_findings.poor_service) and rule 5b (rec_ikm_units) name them, BAB X counts them."""
    province = hasil["cakupan"]["jenis"] == "provinsi"
    poor = sorted(((name, figure) for name, figure in ikm_scored(hasil) if figure["kategori"] in constants.POOR_IKM),
                  key=lambda row: row[1]["estimasi"] or 0)
    return [BelowB(name, figure, ikm_category(figure.get("ci_atas"))[0] in constants.POOR_IKM, province)
            for name, figure in poor]


def ikm_below_b_count(hasil: Hasil) -> int | None:
    """How many units (dinas) ikm_below_b lists: BAB X's indicator of rec_ikm_units, read next year the same way;
    None when no unit (dinas) has an IKM that year (nothing was measured: not zero)."""
    return len(ikm_below_b(hasil)) if ikm_scored(hasil) else None


def ikm_table_units(hasil: Hasil) -> list[UnitIkm]:
    """The units BAB VI's table of the lowest IKM shows: the first IKM_TABLE_UNITS of the latest SKM period with an
    IKM (`ikm_unit` is lowest first within a period; the province's: every dinas's units)."""
    return [u for u in latest_units(hasil) if u["cukup_data"]][:IKM_TABLE_UNITS]


def ikm_withheld_units(hasil: Hasil) -> list[UnitIkm]:
    """The units of the latest SKM period whose IKM is withheld (too few respondents), fewest respondents last, at
    most IKM_TABLE_UNITS: BAB VI's table of the lowest IKM lists them with n and the reason below the units with an
    IKM, never leaves them out (REVIEW6b 16: a unit whose IKM is unknown may be the lowest)."""
    return sorted((u for u in latest_units(hasil) if not u["cukup_data"]),
                  key=lambda u: (-u["n"], u.get("dinas") or "", u["unit_kerja"]))[:IKM_TABLE_UNITS]


def in_full(rows: list[BelowB]) -> bool:
    """Whether weak_start names every one of ``rows``: each of its two lists (whole interval below B; estimate below
    B) is short enough for named_few to name in full."""
    groups = ([r for r in rows if r.sure], [r for r in rows if not r.sure])
    return all(len(group) <= NAMED_AT_MOST + 1 for group in groups)


def every_or_few(items: list[str], rows: list[BelowB], hasil: Hasil, lang: str) -> str:
    """A list of weak_start: every dinas of the province (the IKM-CD-DINAS row names each as its executor, LOOK14
    P-11; LOOK15 Q-5: 9.2 "Sumber Daya Air (240 responden) dan 3 dinas lain (BAB VII)" beside that row), else
    named_few. The summary's finding keeps named_few."""
    return phrases.and_(items, lang) if rows and rows[0].dinas else named_few(items, rows, hasil, lang)


def named_few(items: list[str], rows: list[BelowB], hasil: Hasil, lang: str) -> str:
    """'A, B dan C', or the first NAMED_AT_MOST then where the others are: 'dan 2 unit lain (BAB VI)' when BAB VI's
    table shows them all, else how many of them it shows and the workbook sheet that lists every unit; the province's
    dinas: 'dan 2 dinas lain (BAB VII)' (its table of dinas shows every one). ``rows[i]`` is the unit (dinas) of
    ``items[i]``."""
    # one more is named, not "dan 1 unit lain (BAB VI)": its name is as short as the pointer (LOOK12 K-5)
    shown = items[:NAMED_AT_MOST + 1] if len(items) == NAMED_AT_MOST + 1 else items[:NAMED_AT_MOST]
    more = len(items) - len(shown)
    if not more:
        return phrases.and_(shown, lang)
    if rows[0].dinas:
        return ", ".join(shown) + t("kt_and_more_dinas", lang, n=more)
    in_table = {(u.get("dinas"), u["unit_kerja"]) for u in ikm_table_units(hasil)}
    of = {u["unit_kerja"]: u.get("dinas") for u in latest_units(hasil)}  # a dinas report's rows carry no ``of``
    tabled = sum((row.of or of.get(row.name), row.name) in in_table for row in rows[NAMED_AT_MOST:])
    if tabled == more:
        return ", ".join(shown) + t("kt_and_more", lang, n=more)
    key = "kt_and_more_sheet_some" if tabled else "kt_and_more_sheet"
    return ", ".join(shown) + t(key, lang, n=more, k=tabled, sheet=t("kt_ikm_sheet", lang),
                                periode=hasil["komunikasi"]["periode"] or "")


def stop_or_redesign(hasil: Hasil, lang: str) -> list[Recommendation]:
    """One recommendation per method that spent money without gain
    (`anggaran_vs_peningkatan.tanpa_kenaikan`): the scope's own methods with their interval; in the
    province report also each method's dinas rows, one recommendation per method naming the dinas."""
    rows = hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", [])
    out: list[Recommendation] = []
    for row in (r for r in rows if r["dinas"] is None):
        name = label(row["metode"], lang)
        said = {"metode": phrases.method_noun(row["metode"], lang), "besar": phrases.estimate(row, lang),
                "ik": phrases.ci(row, lang), "dasar": gain_basis(row, lang)}
        text = t("rec_stop", lang, biaya=fmt.rupiah(row["anggaran_rp"], lang), tanpa=no_gain_words([row], lang),
                 **said) if costed(row) else t("rec_stop_nocost", lang, arah=no_gain_words([row], lang, rise=True),
                                               **said)
        out.append(Recommendation(
            "rec_stop", text,
            t("pl_act_stop", lang, metode=name), owner=OWNER["rec_stop"], quarter=QUARTER["rec_stop"],
            subject=row["metode"]))
    own = {r["metode"] for r in rows if r["dinas"] is None}
    for metode in [m for m in constants.METODE if m not in own]:
        of_method = [r for r in rows if r["dinas"] is not None and r["metode"] == metode]
        if not of_method:
            continue
        names = phrases.and_([short_name_in(r["dinas"] or "", lang) for r in of_method], lang)
        text = t("rec_stop_prov", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                 tanpa=no_gain_words(of_method, lang), biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                 daftar=pair_items(of_method, lang)) if any(costed(r) for r in of_method) else \
            t("rec_stop_prov_nocost", lang, metode=phrases.method_noun(metode, lang), dinas=names,
              arah=no_gain_words(of_method, lang, rise=True), daftar=pair_items(of_method, lang))
        out.append(Recommendation(
            "rec_stop", text,
            t("pl_act_stop_prov", lang, metode=label(metode, lang), dinas=names), owner=OWNER["rec_stop"],
            quarter=QUARTER["rec_stop"], subject=metode))
    return out


def costed(row) -> bool:
    """Whether a row of `tanpa_kenaikan` has a recorded cost (analysis.budget.without_gain `biaya_tercatat`): a
    method held at Rp 0 or blank is a finding on its gain alone, its money never said as "Rp 0" (CHECK11 C11-11)."""
    return bool(row.get("biaya_tercatat", True))


def pair_items(rows: list, lang: str) -> str:
    """'Kesehatan Rp 52,8 juta, perubahan −1,8 poin, rentang keyakinan 95%: …; Satpol PP …': each dinas of a
    method in the province's lists (`tanpa_kenaikan`, `sedikit_kenaikan`) with its budget, gain and interval; one
    dinas: its gain and interval only (the sentence names it and its budget)."""
    if len(rows) == 1:
        return t("rec_pair_one", lang, besar=phrases.estimate(rows[0], lang), ik=phrases.ci(rows[0], lang),
                 dasar=gain_basis(rows[0], lang, "gain_basis_n_comma"))
    return "; ".join(pair_item(r, lang) for r in rows)


def pair_item(row, lang: str) -> str:
    """'Kesehatan Rp 52,8 juta, perubahan −1,8 poin, rentang keyakinan 95%: …': one dinas's row of a method."""
    said = {"dinas": short_name_in(row["dinas"] or "", lang), "besar": phrases.estimate(row, lang),
            "ik": phrases.ci(row, lang), "dasar": gain_basis(row, lang, "gain_basis_n_comma")}
    if not costed(row):
        return t("rec_pair_item_nocost", lang, **said)
    return t("rec_pair_item", lang, biaya=fmt.rupiah(row["anggaran_rp"], lang), **said)


def gain_basis(row, lang: str, key: str = "gain_basis_n") -> str:
    """'; 15 kegiatan, 327 peserta': the activities and participants a method's gain rests on, said with its
    estimate and interval wherever the finding is (REVIEW5b 17); '' without them."""
    activities, participants = row.get("n_kegiatan"), row.get("n")
    if not activities or not participants:
        return ""
    return t(key, lang, n_keg=fmt.integer(activities, lang), n=fmt.integer(participants, lang))


def no_gain_words(rows, lang: str, rise: bool = False, after_label: bool = False) -> str:
    """What money without gain bought, from the gain intervals (`menurun`: the whole interval below zero; REVIEW5b
    16): 'dengan nilai tidak naik', 'sementara nilai peserta turun' when every row's scores fell, or both;
    ``rise``: the verb alone ('tidak naik', 'turun', 'tidak naik atau turun'); ``after_label``: what the label
    "nilai tidak naik" leaves unsaid ('', ' (nilai peserta turun)'; LOOK23 Z-2)."""
    fell = [bool(r.get("menurun")) for r in rows]
    way = "fell" if fell and all(fell) else "mixed" if any(fell) else "flat"
    if after_label:  # the label already says the scores did not rise: only a fall is added
        return "" if way == "flat" else t(f"nogain_label_{way}", lang)
    return t(f"nogain_rise_{way}" if rise else f"nogain_{way}", lang)


def little_gain_dinas(hasil: Hasil) -> list[MethodLittleGain]:
    """The province report's method × dinas pairs that bought at most a very small gain
    (`anggaran_vs_peningkatan.sedikit_kenaikan` rows with a dinas; the rule of little_gain applied in each
    dinas), leaving out methods the province's own rows already name (without gain or with a very small gain:
    their budget holds the dinas's). Empty in a dinas report."""
    money = hasil["anggaran_vs_peningkatan"]
    own = {r["metode"] for r in money.get("tanpa_kenaikan", []) if r["dinas"] is None}
    own |= {r.metode for r in very_small_gain(hasil)}
    return [r for r in money.get("sedikit_kenaikan", []) if r["dinas"] is not None and r["metode"] not in own]


def little_gain_dinas_recommendations(hasil: Hasil, lang: str) -> list[Recommendation]:
    """One redesign recommendation per method of little_gain_dinas, naming each dinas with its figures."""
    rows = little_gain_dinas(hasil)
    out: list[Recommendation] = []
    for metode in [m for m in constants.METODE if any(r["metode"] == m for r in rows)]:
        of_method = [r for r in rows if r["metode"] == metode]
        names = phrases.and_([short_name_in(r["dinas"] or "", lang) for r in of_method], lang)
        out.append(Recommendation(
            "rec_little", t("rec_little_prov", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                            biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                            daftar=pair_items(of_method, lang), alihkan=little_move(hasil, [metode], lang, "rec")),
            t("pl_act_little", lang, metode=label(metode, lang), alihkan=little_move(hasil, [metode], lang, "pl")),
            OWNER["rec_little"], QUARTER["rec_little"],
            subject=metode))
    return out


def little_gain(hasil: Hasil) -> list[LittleGain]:
    """Money spent for a very small gain (docs/metode.md, "Temuan utama", rule 1; analysis.budget.is_little_gain):
    every method with a budget in the evaluated year whose gain interval reaches above zero (not "without gain",
    `tanpa_kenaikan`, whose upper end is at or below zero), whose effect size (Hedges' g_av) is estimated below
    Cohen's "small" and whose effect-size interval ends below "medium": the gain bought is very small (or, an
    estimate at or below zero, no gain worth the name) and the data rule out a medium or larger one. In the
    report's order of methods, with the cost per point where it can be computed.
    The province report lists a method's province-wide row whenever the rule holds for it: its whole budget is the
    province's consequence (R6-2: seminar Rp 974 juta and e-learning Rp 385 juta for 1,8 points each were left out
    because the dinas with findings of their own were listed instead). Its method × dinas pairs are then not listed
    apart (little_gain_dinas: their money is inside the row), and when those dinas drive the province-wide figure
    (spread does not stand: the participants in the other dinas gained more than the row's upper end) the finding
    names them beside it (key_findings; BAB IV's driven_note gives their figures), so that no dinas whose own gain
    is not very small is read as the cause (REVIEW3 2, REVIEW5b 1).
    A method whose cost per point is at or below the scope's (biaya_per_poin_semua) is left out
    (analysis.little_gain.cheap_per_point, REVIEW7 R7-9): its small gain came at a small price, and "redesign or
    move its budget to a method cheaper per point" would cut a method cheaper than the average."""
    overall = hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua")
    return [row for row in very_small_gain(hasil) if not cheap_per_point(row.cost, overall)]


def little_item(row: LittleGain, lang: str, cost: bool = True) -> str:
    """A very small gain as the summary, 9.1 and 9.2 all say it (REVIEW7 R7-10: 9.2 called a fall of 1,0 point "a
    gain at most very small"): 'Rp 167 juta untuk seminar tanpa kenaikan yang berarti, −1,0 poin (…), besar efek
    −0,09 (…)' when the estimate is at or below zero (R6-10), else 'Rp 974 juta untuk seminar dengan kenaikan sangat
    kecil, 1,8 poin (…), besar efek 0,16 (…), Rp 408.332 per poin (rentang keyakinan 95%: Rp 298.223 s.d.
    Rp 670.156)', one figure per bracket (LOOK23 Z-2). Without ``cost`` the cost per point is left to little_cost's
    sentence after the caller's (LOOK20 W-19: seven facts in one bracket)."""
    common = dict(metode=phrases.method_noun(row.metode, lang), biaya=fmt.rupiah(row.anggaran_rp, lang),
                  besar=phrases.estimate(row.gain, lang), ik=phrases.ci(row.gain, lang),
                  dasar=gain_basis(row.gain, lang))
    if (point(row.gain) or 0.0) <= constants.NO_GAIN_UPPER:
        return t("kt_little_item_flat", lang, **common, efek=effect_said(row.gain, lang))
    # its interval like every other cost per point (LOOK9 #1: 'Rp 408.332 per poin' stood alone)
    per_point = ""
    if row.cost and cost:
        # the cost per point on its own base where it differs from the gain's counts in the same bracket (LOOK12
        # K-3: "52 kegiatan, 1.239 peserta …; Rp 435.847 per poin" was computed over 48 costed activities)
        costed = row.cost.get("n_kegiatan") is not None and row.gain.get("n_kegiatan") is not None \
            and row.cost["n_kegiatan"] < row.gain["n_kegiatan"]
        per_point = t("rec_little_per_point_costed" if costed else "rec_little_per_point", lang,
                      biaya=phrases.estimate(row.cost, lang, "rp_per_poin"),
                      ik=phrases.ci(row.cost, lang, "rp_per_poin"), k=row.cost.get("n_kegiatan") or 0,
                      n=fmt.integer(row.cost.get("n") or 0, lang))
    return t("kt_little_item_small", lang, **common, efek=effect_said(row.gain, lang), per_poin=per_point)


def effect_said(gain: Mapping[str, Any], lang: str) -> str:
    """', besar efek −0,09 (−0,22 s.d. 0,04)': the effect size and its interval that admit a
    very small gain (analysis.little_gain.is_little_gain: the estimate below "small", the interval's upper end below
    "medium"), beside the gain in points, whatever the gain's sign (LOOK21 X-2: the test is on the effect size's own
    interval; LOOK22 Y-2: a fall of 1,0 point was listed on figures printed nowhere). '' without an effect size."""
    if gain.get("g_av") is None:
        return ""
    low, high = gain.get("g_av_bawah"), gain.get("g_av_atas")
    g_ik = ""
    if low is not None and high is not None:
        shown_low, shown_high = fmt.figures((low, high), "sd_selisih", lang)
        g_ik = f" ({fmt.low_to_high(shown_low, shown_high, lang)})"
    return t("kt_little_effect", lang, g=fmt.figure(gain["g_av"], "sd_selisih", lang), g_ik=g_ik)


def little_cost(row: LittleGain, lang: str) -> str:
    """The cost per point of a very small gain as a sentence of its own, after the gain's (LOOK20 W-19): ' Biaya per
    poin seminar: Rp 435.847 atas 48 kegiatan dengan biaya tercatat dan 1.129 peserta (rentang keyakinan 95%: …).';
    '' without a cost or for a gain at or below zero (little_item says no cost per point there)."""
    if not row.cost or (point(row.gain) or 0.0) <= constants.NO_GAIN_UPPER:
        return ""
    costed = row.cost.get("n_kegiatan") is not None and row.gain.get("n_kegiatan") is not None \
        and row.cost["n_kegiatan"] < row.gain["n_kegiatan"]
    return t("kt_little_cost_costed" if costed else "kt_little_cost", lang,
             metode=phrases.method_noun(row.metode, lang), biaya=phrases.estimate(row.cost, lang, "rp_per_poin"),
             ik=phrases.ci(row.cost, lang, "rp_per_poin"), k=row.cost.get("n_kegiatan") or 0,
             n=fmt.integer(row.cost.get("n") or 0, lang))


def very_small_gain(hasil: Hasil) -> list[LittleGain]:
    """Every method with a budget whose gain the effect-size rule (analysis.little_gain.is_little_gain) calls very
    small, whatever its cost per point: little_gain keeps those dearer per point than the scope; the province's
    method × dinas pairs of these methods are inside the province-wide judgement (little_gain_dinas)."""
    budget = {r["metode"]: r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"]}
    costs = {r["metode"]: r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]}
    out = []
    for gain in hasil["level2_pembelajaran"]["per_metode"]:
        spent = budget.get(gain["metode"]) or 0.0
        high, effect_high = gain.get("ci_atas"), gain.get("g_av_atas")
        if not gain["cukup_data"] or spent <= 0 or high is None or effect_high is None:
            continue
        if is_little_gain(gain):
            out.append(LittleGain(gain["metode"], gain, float(spent), costs.get(gain["metode"])))
    return out


@dataclass(frozen=True)
class Spread:
    """How a province-wide method row spreads over the dinas (the province report; analysis.pooling.method_mix):
    the dinas with a finding of their own for the method (``judged``: their rows of `tanpa_kenaikan` or
    `sedikit_kenaikan`), those with too few of its activities to be judged alone (``small``: slug and activities,
    fewer than constants.MIN_CLUSTERS, the minimum for a gain's interval, no finding of their own), those with
    enough and no finding (``fine``: slug, activities, participants; LOOK10 N-3: Pendidikan's ten seminars were in
    neither list), how many dinas ran it, and the gain of its participants outside the judged dinas (``outside``:
    `anggaran_vs_peningkatan.di_luar_temuan_dinas`, clustered by activity; ``others`` its mean, None without any).
    ``stands``: the province-wide row is the finding, not the judged dinas's alone (no judged dinas, or the others
    gained on average no more than the row's upper end). ``driven``: the whole interval of the difference between
    the others and the judged dinas (`selisih_dengan_temuan`) lies above zero, so the row comes mainly from the
    judged dinas (LOOK12 K-2: not the overlap of two intervals); neither: only what was observed is said."""

    judged: tuple
    small: tuple[tuple[str, int], ...]
    dinas: int
    others: float | None
    others_n: int
    stands: bool
    fine: tuple[tuple[str, int, int], ...] = ()
    outside: MethodOutsideFindings | None = None
    driven: bool = False


def spread(hasil: Hasil, metode: str, upper: float | None) -> Spread:
    """The Spread of ``metode``'s province-wide row whose gain interval ends at ``upper``."""
    money = hasil["anggaran_vs_peningkatan"]
    judged = tuple(r for r in [*money.get("tanpa_kenaikan", []), *money.get("sedikit_kenaikan", [])]
                   if r.get("dinas") is not None and r["metode"] == metode)
    named = {r["dinas"] for r in judged}
    mixes = [(row["dinas"], m) for row in (hasil.get("pooling") or {}).get("per_dinas") or []
             for m in row.get("campuran_metode") or [] if m["metode"] == metode]
    # the analysis's record of the same dinas left out (another set would be another comparison: none is made)
    # an estimate, or the participants' mean of too few activities for an interval (said as such); any other
    # withheld record (too few participants, no spread) is no comparison at all
    outside = next((r for r in money.get("di_luar_temuan_dinas") or [] if r["metode"] == metode
                    and set(r["dinas_dikecualikan"]) == named and r.get("n")
                    and (r.get("cukup_data") or (r.get("alasan") == "kegiatan_kurang_klaster"
                                                 and r.get("rata_peserta") is not None))), None)
    mean = None if outside is None else outside["estimasi"] if outside.get("cukup_data") else outside["rata_peserta"]
    # judged alone = a gain with its own interval (constants.MIN_CLUSTERS activities), as the rows of `judged` are
    small = tuple((slug, m.get("n_kegiatan") or 0) for slug, m in mixes
                  if slug not in named and (m.get("n_kegiatan") or 0) < constants.MIN_CLUSTERS)
    fine = tuple((slug, m.get("n_kegiatan") or 0, m.get("n") or 0) for slug, m in mixes
                 if slug not in named and (m.get("n_kegiatan") or 0) >= constants.MIN_CLUSTERS)
    # without the others' participants the judged dinas's own rows are the finding, as before
    stands = not judged or (mean is not None and upper is not None and mean <= upper)
    gap = outside.get("selisih_dengan_temuan") if outside is not None else None
    driven = bool(judged) and not stands and gap is not None and bool(gap.get("cukup_data")) \
        and (gap.get("ci_bawah") or 0.0) > 0
    return Spread(judged, small, len(mixes), mean, int(outside["n"]) if outside else 0, stands, fine, outside,
                  driven)


def outside_figure(outside: MethodOutsideFindings, lang: str) -> str:
    """'3,3 poin (rentang keyakinan 95%: 2,3 s.d. 4,3; 28 kegiatan, 677 peserta bernilai pre dan post)': the gain
    outside the judged dinas (Spread.outside), or its participants' mean with why it has no interval."""
    if outside.get("cukup_data"):
        return t("kt_others_figure", lang, nilai=phrases.estimate(outside, lang), ik=phrases.ci(outside, lang),
                 dasar=gain_basis(outside, lang))
    mean = outside.get("rata_peserta", outside.get("estimasi"))
    return t("kt_others_figure_no_interval", lang, nilai=fmt.figure(mean, "poin_tes", lang),
             k=outside.get("n_kegiatan") or 0, min=constants.MIN_CLUSTERS, n=fmt.integer(outside["n"], lang))


def outside_comparison(found: Spread, gain, lang: str) -> str:
    """The outside gain set against the judged dinas's by their difference and its interval (LOOK12 K-2): ', 3,2 poin
    lebih tinggi daripada di 4 dinas itu (rentang keyakinan 95%: 1,9 s.d. 4,5)' (LOOK24 V2-7; its counts are
    both groups', the row's own, printed with the row: LOOK23 Z-3), then what the data show or do not show; no
    difference: cannot be judged; '' when the row stands or has no outside record."""
    if found.stands or found.outside is None:
        return ""
    gap = found.outside.get("selisih_dengan_temuan")
    if gap is None or not gap.get("cukup_data"):
        return t("kt_others_no_interval", lang)
    value = gap.get("estimasi") or 0.0
    size = phrases.estimate(cast(Interval, {"estimasi": abs(value), "ci_bawah": gap.get("ci_bawah"),
                                            "ci_atas": gap.get("ci_atas")}), lang)
    # as printed: a difference that rounds to 0 is "the same" (no digit but 0 in it)
    way = "same" if not re.search(r"[1-9]", size) else "higher" if value > 0 else "lower"
    return t(f"kt_others_gap_{way}", lang, nilai=size, itu=those_dinas(found, lang), ik=phrases.ci(gap, lang)) \
        + ("" if found.driven else t("kt_others_not_shown", lang))


def those_dinas(found: Spread, lang: str) -> str:
    """'4 dinas itu' or 'dinas itu': the judged dinas referred back to."""
    count = len(found.judged)
    return t("kt_those_dinas", lang, n=count) if count > 1 else t("kt_that_dinas", lang)


def judged_money_said(found: Spread, lang: str, key: str, metode: str = "") -> str:
    """' (Rp 456 juta, 47% biayanya)': the judged dinas's money for the method and its share of the province-wide
    row's (`di_luar_temuan_dinas[].anggaran_dikecualikan_rp`, `persen_anggaran_dikecualikan`; LOOK23 Z-3); '' when
    the results do not hold them."""
    if found.outside is None:
        return ""
    spent, share = found.outside.get("anggaran_dikecualikan_rp"), found.outside.get("persen_anggaran_dikecualikan")
    if spent is None or share is None:
        return ""
    return t(key, lang, biaya=fmt.rupiah(spent, lang), porsi=fmt.percent(share, 0, lang),
             metode=label(metode, lang) if metode else "")


def little_words(gain, lang: str) -> str:
    """'kenaikan sangat kecil' or, for an estimate at or below zero, 'tidak adanya kenaikan yang berarti' (R6-10)."""
    flat = (point(gain) or 0.0) <= constants.NO_GAIN_UPPER
    return t("kt_driven_flat" if flat else "kt_driven_small", lang)


def outside_said(found: Spread, gain, metode: str, lang: str) -> str:
    """BAB IX 9.1's sentence on the participants outside the judged dinas (LOOK11 L-3): ' Di luar dinas yang punya
    temuan sendiri, peserta seminar rata-rata berubah 3,3 poin (rentang keyakinan 95%: …; 28 kegiatan, 677 peserta
    …); kenaikan itu dikurangi kenaikan peserta di 4 dinas itu: 3,2 poin (…).', then, only when ``driven``, ' Jadi
    kenaikan sangat kecil seluruh provinsi ini terutama berasal dari 4 dinas itu (Rp 456 juta, 47% biaya seminar).'
    (LOOK23 Z-3); '' when the row stands."""
    comparison = outside_comparison(found, gain, lang)
    if not comparison or found.outside is None:
        return ""
    mainly = t("kt_others_mainly", lang, kenaikan=little_words(gain, lang), itu=those_dinas(found, lang),
               uang=judged_money_said(found, lang, "kt_others_money", metode)) if found.driven else ""
    return t("kt_others", lang, metode=label(metode, lang), nilai=outside_figure(found.outside, lang)) + comparison \
        + mainly + "."


def without_estimate_dinas(hasil: Hasil) -> list[MethodWithoutEstimate]:
    """The province report's method x dinas pairs that spent money in the year with no estimate of their gain
    (`anggaran_vs_peningkatan.tanpa_estimasi` rows with a dinas: too few activities or participants to be judged
    alone), largest budget first within each method in the report's order of methods; empty in a dinas report (its
    own such methods are rows of BAB IV's cost table, with their reason). P4, session 8: these pairs passed through
    no money-without-gain check and were never named."""
    rows = [r for r in hasil["anggaran_vs_peningkatan"].get("tanpa_estimasi", []) if r.get("dinas")]
    order = {metode: k for k, metode in enumerate(constants.METODE)}
    return sorted(rows, key=lambda r: (order.get(r["metode"], len(order)), -r["anggaran_rp"]))


# the reasons the rule said once covers: too few participants (constants.MIN_N) or activities (MIN_CLUSTERS)
RULE_CODES = ("peserta_kurang", "kegiatan_kurang_klaster")


def without_estimate_said(hasil: Hasil, lang: str) -> tuple[str, list[str]]:
    """BAB IV of the province: the pairs without a gain estimate, their total and the rule that withheld them said
    once, then one line per method, each pair with its cost, activities and participants (LOOK10 N-2: the rule and
    a mean without interval were repeated 39 times): 'Seminar Rp 163 juta di 8 dinas: Bina Marga Rp 8,1 juta
    (1 kegiatan, 12 peserta); …'. A pair withheld for another reason keeps its own. ('', []) without any."""
    rows = without_estimate_dinas(hasil)
    if not rows:
        return "", []
    ruled = lambda r: r.get("alasan") in RULE_CODES and bool(r.get("n_kegiatan"))  # noqa: E731
    rule = (t("b_no_estimate_rule", lang, min_keg=constants.MIN_CLUSTERS, min_n=constants.MIN_N)
            if any(ruled(r) for r in rows) else "")
    groups, unpriced = [], 0
    for metode in dict.fromkeys(r["metode"] for r in rows):
        of_method = [r for r in rows if r["metode"] == metode]
        items = [t("b_no_estimate_item", lang, dinas=short_name_in(r["dinas"] or "", lang),
                   biaya=fmt.rupiah(r["anggaran_rp"], lang), k_keg=r["n_kegiatan"],
                   keg=fmt.integer(r["n_kegiatan"], lang), n=fmt.integer(r["n"], lang),
                   alasan="" if ruled(r) else reasons.reason(r, lang) + "; ")
                 for r in of_method]
        free = [t("b_no_estimate_free_item", lang, dinas=short_name_in(slug, lang), k_keg=count,
                  keg=fmt.integer(count, lang), n=fmt.integer(n, lang))
                for slug, count, n in unpriced_pairs(hasil, metode, {str(r["dinas"]) for r in of_method})]
        unpriced += len(free)
        groups.append(fmt.capitalised(t("b_no_estimate_group", lang, metode=label(metode, lang),
                                            biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                                            k=len(of_method), daftar="; ".join(items)))
                      + (t("b_no_estimate_free", lang, daftar=phrases.and_(free, lang)) if free else ""))
    # the pairs without a recorded cost are listed too, so the count names them (LOOK22 Y-5: "39 pasangan" over a
    # list of 41)
    intro = t("b_no_estimate", lang, jumlah=fmt.rupiah(sum(r["anggaran_rp"] for r in rows), lang), k=len(rows),
              bebas=t("b_no_estimate_unpriced", lang, bebas=unpriced) if unpriced else "", aturan=rule)
    return intro, groups


def unpriced_pairs(hasil: Hasil, metode: str, priced: set[str]) -> list[tuple[str, int, int]]:
    """(dinas, activities, participants with both scores) of ``metode``'s pairs too small to be judged alone
    (fewer than constants.MIN_CLUSTERS activities or constants.MIN_N participants; analysis.pooling.method_mix) that
    are not among the ``priced`` dinas of BAB IV's money list: their activities recorded no cost. 9.1 counts them
    among the dinas with too few activities (LOOK11 L-7: 11 seminar dinas in BAB IV, 13 in 9.1)."""
    mixes = [(row["dinas"], m) for row in (hasil.get("pooling") or {}).get("per_dinas") or []
             for m in row.get("campuran_metode") or [] if m["metode"] == metode]
    small = [(str(slug), int(m.get("n_kegiatan") or 0), int(m.get("n") or 0)) for slug, m in mixes
             if slug not in priced and ((m.get("n_kegiatan") or 0) < constants.MIN_CLUSTERS
                                        or (m.get("n") or 0) < constants.MIN_N)]
    return sorted(small, key=lambda pair: (-pair[1], -pair[2], pair[0]))


def dinas_findings(hasil: Hasil) -> set[str]:
    """The methods for which some dinas has a finding of its own in the province's lists (a method × dinas pair
    without gain, `tanpa_kenaikan`, or with a very small one, `sedikit_kenaikan`); empty in a dinas report."""
    money = hasil["anggaran_vs_peningkatan"]
    pairs = [*money.get("tanpa_kenaikan", []), *money.get("sedikit_kenaikan", [])]
    return {r["metode"] for r in pairs if r.get("dinas") is not None}


def cheapest_per_point(hasil: Hasil) -> MethodCostPerPoint | None:
    """The method with the lowest cost per point of gain this year (among those with a cost), or None."""
    costs = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    return min(costs, key=point) if costs else None


def measure_advice(did, lang: str) -> str:
    """What would let the effect be concluded: the design's MDE (and the units an effect the size of
    the estimate would take), and what the missing pre-trend check lacks (a survey period before training, the
    earlier periods' data, or units)."""
    effect, codes = did["efek"], did.get("putusan", {}).get("kode_alasan", [])
    advice = ""
    mde = effect.get("efek_minimum_terdeteksi")
    if mde is not None and "selang_memuat_nol" in codes:
        needed = effect.get("unit_untuk_estimasi_ini")
        shown = fmt.figure(mde, "ikm", lang)  # an IKM difference, printed as the effect is
        advice = (t("rec_did_more_units", lang, mde=shown, n=fmt.integer(needed, lang),
                    kini=fmt.integer(effect["unit_dilatih"] + effect["unit_pembanding"], lang)) if needed
                  else t("rec_did_mde", lang, mde=shown))
    if "uji_tren_lemah" in codes and effect.get("cukup_data"):  # the units the check would need (CHECK10 C10-2)
        today = effect["unit_dilatih"] + effect["unit_pembanding"]
        needed = units_to_pass(did.get("uji_tren_awal") or {}, effect, did.get("studi_peristiwa"), today)
        if needed:
            advice += t("rec_did_pretrend_units", lang, n=fmt.integer(needed, lang), kini=fmt.integer(today, lang))
    gaps = (did.get("uji_tren_awal") or {}).get("sebab") or []
    if "tanpa_uji_tren" in codes:  # the advice that fits what is missing (REVIEW6b R6b-8)
        if "satu_periode_sebelum" in gaps:
            advice += t("rec_did_period", lang)
        if "data_sebelum_kurang" in gaps:
            advice += t("rec_did_pre_data", lang)
        if {"unit_kurang", "tanpa_pembanding", "df_kurang"} & set(gaps) and not effect.get("unit_untuk_estimasi_ini"):
            advice += t("rec_did_pre_units", lang)  # unless the MDE advice names the units already
    return advice


def cheaper_than_more_budget(model: BudgetModel,
                              rows: list[MethodCostPerPoint]) -> tuple[MethodCostPerPoint, float] | None:
    """(cheapest method, Rupiah per extra point of doubling the median cost) when the method's whole
    cost-per-point interval lies below what a doubling costs per extra point even at the upper end of
    the doubling's gain; None otherwise."""
    gain, median = model["gain_per_dobel"], model.get("biaya_median_per_peserta_rp")
    ok = [r for r in rows if r["cukup_data"]]
    if not ok or not median or not gain["cukup_data"] or point(gain) <= 0:
        return None
    best = min(ok, key=point)
    marginal, marginal_low = median / point(gain), median / bounds(gain)[1]
    return (best, marginal) if bounds(best)[1] < marginal_low else None


def method_pair(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """(the method clearly cheaper per point, the dearer method it is set against): rule 3's comparison."""
    budget = hasil["anggaran_vs_peningkatan"]
    return _clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])


def _method_gain(hasil: Hasil, metode: str) -> MethodGain | None:
    return next((g for g in hasil["level2_pembelajaran"]["per_metode"] if g["metode"] == metode and g["cukup_data"]
                 and g.get("ci_bawah") is not None and g.get("ci_atas") is not None), None)


def less_per_participant(hasil: Hasil) -> bool:
    """Whether rule 3's cheaper method gains clearly less per participant than the dearer one: the whole 95%
    interval of the difference of their participants' gains below zero (analysis.difference; never judged on
    whether the two intervals overlap, REVIEW6 R6-3). Then moving participants to it saves money per point but
    loses learning per person: no shift and no share target (plan row PORSI)."""
    pair = method_pair(hasil)
    if pair is None:
        return False
    cheap, dear = (_method_gain(hasil, row["metode"]) for row in pair)
    return bool(cheap and dear and clearly_below(cheap, dear))


def next_cheaper(hasil: Hasil) -> MethodCostPerPoint | None:
    """When rule 3's cheaper method gains clearly less per participant (less_per_participant), the method the dearer
    one's activities may go to instead: the cheapest other method whose cost per point is clearly below the dearer
    one's (the whole 95% interval of the difference below zero) and whose gain per participant is not clearly below
    it, leaving out a method whose gain is a finding of its own (flagged_methods). CHECK12 C12-15: the province said
    only "do not move pelatihan to e-learning" while mentoring, as cheap per point as e-learning (their difference
    not certain) and learning more than pelatihan, was never offered. None when rule 3 advises its own shift or no
    method qualifies (the recommendation then says that no cheaper method without a learning loss exists)."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return None
    cheap, dear = pair
    dear_gain = _method_gain(hasil, dear["metode"])
    left_out = flagged_methods(hasil) | {cheap["metode"], dear["metode"]}
    for row in sorted((r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]), key=point):
        gain = _method_gain(hasil, row["metode"])
        if row["metode"] not in left_out and clearly_below(row, dear) and gain and dear_gain \
                and not clearly_below(gain, dear_gain):
            return row
    return None


def method_shift(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """(the method rule 3 advises moving participants to, the dearer method they come from): its pair when the
    cheaper method does not gain clearly less per participant, else the next cheaper method that does not
    (next_cheaper) against the same dearer one; None when rule 3 advises no shift. The plan's PORSI-<METODE> row,
    BIAYA-POIN's shift and rule 2's cheaper way all follow it."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return pair
    other = next_cheaper(hasil)
    return (other, pair[1]) if other is not None else None


def share_advised(hasil: Hasil, metode: str = "") -> bool:
    """Whether a share row (PORSI-<METODE>, ``metode``; '' = any) may set a target in ``hasil``'s scope: always,
    unless rule 3 there rules its cheaper method out for gaining clearly less per participant; then only for the
    method it moves participants to instead (method_shift), none without one. A dinas without a comparison of its
    own carries the province's share row on its own share (province_rows), as before C12-15."""
    if method_pair(hasil) is None or not less_per_participant(hasil):
        return True
    shift = method_shift(hasil)
    return shift is not None and metode in ("", shift[0]["metode"])


def next_method_words(hasil: Hasil, lang: str, form: str) -> str:
    """What rule 3 advises when its cheaper method gains clearly less per participant: the shift to the next cheaper
    method (next_cheaper) with its cost per point and gain, or that no cheaper method without a learning loss exists;
    ``form`` 'rec' (BAB IX 9.2) or 'brief' (the summary, whose finding gave the dearer method's cost). '' when rule 3
    advises its own shift."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return ""
    dear = label(pair[1]["metode"], lang)
    other = next_cheaper(hasil)
    if other is None:
        return t("rec_method_next_none", lang, pembanding=dear)
    gain = _method_gain(hasil, other["metode"])
    assert gain is not None  # next_cheaper needs it
    words = dict(metode=label(other["metode"], lang), pembanding=dear,
                 biaya=phrases.estimate(other, lang, "rp_per_poin"), ik=phrases.ci(other, lang, "rp_per_poin"))
    if form == "brief":
        return t("rec_method_next_brief", lang, besar=phrases.estimate(gain, lang), ik_g=phrases.ci(gain, lang),
                 **words) + after_review(hasil, other["metode"], lang)
    return t("rec_method_next", lang, per_peserta=per_participant(hasil, other, pair[1], lang)["per_peserta"],
             **words) + after_review(hasil, other["metode"], lang)


def gain_gap(hasil: Hasil) -> Interval | None:
    """Rule 3's cheaper method's gain per participant minus the dearer one's, with its 95% interval, when it is
    clearly below zero (less_per_participant: no shift advised); None otherwise."""
    pair = method_pair(hasil)
    if pair is None or not less_per_participant(hasil):
        return None
    gains = [_method_gain(hasil, row["metode"]) for row in pair]
    found = difference(gains[0], gains[1]) if gains[0] and gains[1] else None
    if found is None:
        return None
    return {"n": 0, "estimasi": found[0], "ci_bawah": found[1], "ci_atas": found[2], "cukup_data": True}


def method_scope(hasil: Hasil, lower: bool, lang: str, province_results: Hasil | None = None, **names: str) -> str:
    """Why rule 3 can advise a shift in one scope and none in another (LOOK9 #16: the province said 'jangan
    mengalihkan pelatihan ke mentoring', Kesehatan 'alihkan sebagian'): one rule, judged on each scope's own
    participants, whose difference interval is narrower for the province (more activities) than for a dinas. Said
    where the two can differ: the province's 'no shift', and a dinas's shift whose gain difference is lower by its
    estimate but not clearly, when the province (``province_results``) advises against that same shift — a fact of
    the sibling report, said without a hedge (LOOK10 N-11) and only when it holds ('' otherwise)."""
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    if lower and province:
        return t("rec_method_scope_province", lang, **names)
    pair = method_pair(hasil)
    gains = [_method_gain(hasil, row["metode"]) for row in pair] if pair else []
    found = difference(gains[0], gains[1]) if len(gains) == 2 and gains[0] and gains[1] else None
    if not lower and not province and found is not None and found[0] < 0 <= found[2] \
            and pair is not None and advises_against(province_results, pair):
        return t("rec_method_scope_dinas", lang, **names)
    return ""


def advises_against(province_results: Hasil | None, pair: tuple[MethodCostPerPoint, MethodCostPerPoint]) -> bool:
    """Whether the province's rule 3 compares the same two methods and advises against the shift (its cheaper
    method gains clearly less per participant: less_per_participant); False without the province's results."""
    theirs = method_pair(province_results) if province_results is not None else None
    same = theirs is not None and [r["metode"] for r in theirs] == [r["metode"] for r in pair]
    return bool(same and province_results is not None and less_per_participant(province_results))


def per_participant(hasil: Hasil, best: MethodCostPerPoint, other: MethodCostPerPoint, lang: str) -> dict[str, str]:
    """{per_peserta}: '; kenaikan per peserta: mentoring 4,1 poin (…) dan pelatihan 5,2 poin (…)', with, when the
    cheaper method's gain is estimated lower but not clearly (the difference's interval reaches zero), what a moved
    participant may lose (REVIEW6 R6-3: the lower end of the difference); {rincian}: the two gains and their difference
    after a colon, for the sentence that says the gain is clearly smaller ('' without both gains; LOOK15 Q-4: in
    brackets it held the gains' own, "(mentoring 10,5 poin (rentang …) dan …)"). Rule 3's sentences
    also say the comparison is indicative (tests differ by method)."""
    gains = [_method_gain(hasil, row["metode"]) for row in (best, other)]
    if not (gains[0] and gains[1]):
        return {"per_peserta": "", "rincian": ""}
    items = phrases.and_([t("rec_method_gain_item", lang, metode=label(g["metode"], lang),
                            besar=phrases.estimate(g, lang), ik=phrases.ci(g, lang)) for g in gains if g], lang)
    found = difference(gains[0], gains[1])
    if found is None:
        return {"per_peserta": t("rec_method_gain", lang, daftar=items), "rincian": f": {items}"}
    value, low, high = found
    shown: Interval = {"n": 0, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True}
    gap = dict(selisih=phrases.estimate(shown, lang), ik=phrases.ci(shown, lang))
    per_peserta = t("rec_method_gain", lang, daftar=items)
    if value < 0 <= high:  # lower by the estimate, not clearly: what a participant moved may lose
        per_peserta = t("rec_method_gain_loss", lang, daftar=items, rugi=fmt.figure(-low, "poin_tes", lang), **gap)
    return {"per_peserta": per_peserta, "rincian": f": {items}; {t('rec_method_gap', lang, **gap)}"}


def method_brief(hasil: Hasil, lang: str) -> str:
    """Rule 3's recommendation under the summary's finding that has just given both methods' costs per point with
    their intervals (key_findings.where_money_goes): it refers back to them and keeps what is new, the gain per
    participant (LOOK11 L-12: the same two costs and intervals three times in 30 lines); the full text stays in
    BAB IX, 9.2. '' without rule 3's pair."""
    pair = method_pair(hasil)
    if pair is None:
        return ""
    best, other = pair
    names = dict(metode=label(best["metode"], lang), pembanding=label(other["metode"], lang))
    shown = gain_gap(hasil)
    if shown is not None:
        return t("rec_method_lower_brief", lang, selisih=phrases.estimate(shown, lang), ik=phrases.ci(shown, lang),
                 lain=next_method_words(hasil, lang, "brief"), **names)
    return t("rec_method_brief", lang, per_peserta=per_participant(hasil, best, other, lang)["per_peserta"], **names) \
        + after_review(hasil, best["metode"], lang)


def after_review(hasil: Hasil, metode: str, lang: str) -> str:
    """A shift to ``metode`` in a dinas whose gain the province lists as lagging and whose own ``metode`` is among
    the methods to review: the shift waits for that review, as the plan's row says (plan.after_review; LOOK11 L-4:
    the summary said "Tinjau … mentoring" and, two lines on, "Alihkan … ke mentoring"). '' otherwise."""
    return t("rec_after_review", lang, metode=label(metode, lang)) if metode in under_review(hasil, lang) else ""


def move_targets(hasil: Hasil, methods: Collection[str]) -> list[str]:
    """Where a redesign of ``methods`` may move its budget ('atau alihkan anggarannya ke …'): the methods cheaper
    per point (cheaper_than) whose own gain is above zero (its interval's lower end) and not very small by
    the rule that flags the redesigned method (is_little_gain), cheapest first.
    LOOK14 P-4: the province's seminar advice sent its budget to 'a method with a lower cost per point', e-learning
    among them with the same 1,8 points as seminar. [] when none qualifies: the advice is a redesign alone."""
    gains = {g["metode"]: g for g in hasil["level2_pembelajaran"]["per_metode"]}
    rows = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    leaving = [r for r in rows if r["metode"] in methods]
    overall = hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua")

    def gains_enough(metode: str) -> bool:
        gain = gains.get(metode)
        low = gain.get("ci_bawah") if gain else None
        return bool(gain and gain.get("cukup_data") and low is not None and float(low) > constants.NO_GAIN_UPPER
                    and not is_little_gain(gain))
    return [r["metode"] for r in sorted(rows, key=point)
            if r["metode"] not in methods and cheaper_than(r, leaving, overall) and gains_enough(r["metode"])]


def cheaper_than(row: MethodCostPerPoint, leaving: list[MethodCostPerPoint], overall: Any) -> bool:
    """Whether a method (``row``: its cost per point) is cheaper per point than the methods a budget leaves
    (``leaving``, where they have a cost per point: below the dearest of them); when none has one (their gain not
    surely above zero), a cost per point at or below the scope's own (``overall``; cheap_per_point), not any method
    at all (LOOK15 Q-9: Kesehatan's seminar and e-learning money went to 'pelatihan dan workshop, metode dengan biaya
    per poin lebih rendah', workshop's Rp 470.528 per point the dinas's dearest, above its Rp 440.863). Without
    either reference, any method."""
    if leaving:
        return point(row) < max(point(r) for r in leaving)
    return cheap_per_point(row, overall) if overall_known(overall) else True


def overall_known(overall: Any) -> bool:
    """Whether a scope's own cost per point (`biaya_per_poin_semua`) has an estimate to compare with."""
    return bool(overall and overall.get("cukup_data") and overall.get("estimasi") is not None)


def by_overall(hasil: Hasil, methods: Collection[str]) -> bool:
    """Whether move_targets compares with the scope's own cost per point: none of ``methods`` has one of its own and
    the scope's is known (cheaper_than)."""
    money = hasil["anggaran_vs_peningkatan"]
    return not any(r["metode"] in methods and r["cukup_data"] for r in money["biaya_per_poin"]) \
        and overall_known(money.get("biaya_per_poin_semua"))


def cheaper_under_review(hasil: Hasil, methods: Collection[str], lang: str) -> list[str]:
    """The methods a redesign of ``methods`` may move its budget to (move_targets) that the dinas reviews for gaining
    less than the province (under_review), cheapest first: a move to them waits for that review, as rule 3's shift
    does (after_review; LOOK12 K-12: Kesehatan's summary named pelatihan, a method under review, as the cheaper one).
    [] otherwise, and in the province report (its plan reviews no method of its own)."""
    if (hasil.get("cakupan") or {}).get("jenis", "provinsi") == "provinsi":
        return []
    reviewed = under_review(hasil, lang)
    return [m for m in move_targets(hasil, methods) if m in reviewed] if reviewed else []


def little_move(hasil: Hasil, methods: Collection[str], lang: str, form: str) -> str:
    """A redesign's other branch, naming where the budget may go (move_targets) and, in a dinas report, which of
    those wait for the review with BPSDM (cheaper_under_review): ``form`` 'kt' (the summary, with the reason),
    'rec' (9.2) or 'pl' (the plan row; plan.after_review adds the review); '' when no method qualifies (LOOK14
    P-4), so that the advice is 'Rancang ulang seminar' alone."""
    targets = move_targets(hasil, methods)
    if not targets:
        return ""
    key = f"{form}_little_move" + (("_many" if len(targets) > 1 else "_one") if form == "kt" else "")
    if form == "kt" and by_overall(hasil, methods):  # not above the scope's own cost per point
        key += "_overall"
    # in a sentence a countable method is plural in English ("move the budget to workshops"; LOOK24 V2-6), a plan
    # row keeps the label as its tables do (phrases.method_noun)
    named = label if form == "pl" else phrases.method_noun
    text = t(key, lang, tujuan=phrases.and_([named(m, lang) for m in targets], lang))
    if form == "pl":
        return text
    waits = cheaper_under_review(hasil, methods, lang)
    if not waits:
        return text
    if waits == targets:
        return text + t("rec_little_after_review_all", lang)
    return text + t("rec_little_after_review", lang, metode=phrases.and_([named(m, lang) for m in waits], lang))


def under_review(hasil: Hasil, lang: str, own: Collection[str] | None = None) -> list[str]:
    """The methods a dinas report's KENAIKAN row reviews (lagging_gain.to_review: those below the province's, without
    ``own``, the methods with a stop-or-redesign row of their own, found here unless the caller has them); [] when
    the report's scope is not on the province's attention list for its gain (the province report never is), checked
    before the rows are made."""
    item = next((i for i in lagging_gain.listed(hasil) if i.dinas == hasil["cakupan"]["slug"]), None)
    if item is None:
        return []
    if own is None:
        own = {r.subject for r in stop_or_redesign(hasil, lang)} | {r.metode for r in little_gain(hasil)}
    return lagging_gain.to_review(item, own)


def method_share(hasil: Hasil, metode: str) -> float:
    """Percent of the evaluated year's participants in ``metode``."""
    rows = hasil["pelaksanaan"]["kegiatan_per_metode"]
    total = sum(r["n_peserta"] for r in rows)
    return 100 * sum(r["n_peserta"] for r in rows if r["metode"] == metode) / total if total else 0.0


def _clearly_cheaper(rows: list[MethodCostPerPoint],
                     budget: list | None = None) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """The cheapest method per point and a method it is clearly cheaper than: the whole 95% interval of the
    difference of their costs per point below zero (analysis.difference; REVIEW6 R6-4: not whether the two
    intervals overlap)."""
    ok = [r for r in rows if r["cukup_data"]]
    if len(ok) < 2:
        return None
    best = min(ok, key=point)
    dearer = [r for r in ok if r is not best and clearly_below(best, r)]
    if not dearer:
        return None
    # against the dearer method with the largest budget: the comparison the summary makes (where the money goes)
    spent = {r["metode"]: r["anggaran_rp"] for r in budget or []}
    return best, max(dearer, key=lambda r: (spent.get(r["metode"], 0.0), point(r)))


def missing_data(hasil: Hasil, lang: str) -> list[str]:
    data = hasil["data"]
    flags = [(data["ada_nilai_test"], "tes"), (data["ada_skm"], "skm"), (data["ada_kinerja"], "kinerja"),
             (data["ada_anggaran"], "anggaran_tabel")]
    return [label(key, lang) for present, key in flags if not present]


def plan_start(tahun: int, dated: dt.date | None = None) -> tuple[int, int]:
    """(year, quarter) of the follow-up plan's earliest deadline (docs/metode.md, "Rencana tindak lanjut"). The plan
    year is always the year after the evaluated year ``tahun``: its indicators are measured on that year's data and
    judged in its evaluation, so every deadline falls inside it. Quarter I of it, or, for a report dated (``dated``:
    the signature date, config or the build clock, $SOURCE_DATE_EPOCH) inside the plan year after quarter I, the
    quarter holding the report's date (a deadline that would fall before the report moves to it: never before the
    report, never after the year that judges it). A report dated after the plan year ended gives (its year,
    its quarter): deadline() then says "immediately"."""
    if dated is None or dated.year <= tahun:
        return tahun + 1, 1
    return dated.year, (dated.month - 1) // 3 + 1


def due(tahun: int, quarter: int, dated: dt.date | None = None) -> tuple[int, int]:
    """(year, quarter) of a row's deadline as printed: the rule's ``quarter`` (1-4, QUARTER) of the plan year (the
    year after ``tahun``), or the quarter of the report's date when that is later (plan_start); for a report dated
    after the plan year, its date's year and quarter (printed 'segera'). hasil.json records this (R6-28)."""
    year, first = plan_start(tahun, dated)
    return (year, first) if year > tahun + 1 else (year, max(quarter, first))


def deadline(tahun: int, quarter: int, lang: str, dated: dt.date | None = None) -> str:
    """'Triwulan II 2026': the deadline of ``due``; 'segera' for a report dated after the plan year."""
    year, shown_quarter = due(tahun, quarter, dated)
    if year > tahun + 1:
        return t("fu_deadline_now", lang)
    shown = ("I", "II", "III", "IV")[shown_quarter - 1] if lang == "id" else str(shown_quarter)  # II / Quarter 2
    return t("fu_deadline", lang, kuartal=shown, tahun=year)
