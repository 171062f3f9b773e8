"""The report's rules: which recommendations fire, in their documented order, each with its follow-up.

Each rule is documented in docs/metode.md (section "Aturan rekomendasi") and tested on real
results in tests/unit/test_narrative.py and tests/unit/test_rules.py; the sentences come from the
catalogue (report.words.text). A recommendation (report.chapters.recommendation) carries its follow-up action,
responsible unit and quarter of the year after the evaluated year (its indicator and a target better than today are
report.chapters.plan's), so the Rencana Tindak Lanjut is the same on every rebuild, and says whether
it rests on the province's estimate. What a rule weighs is in its own module: coverage_rule, jp_rule, budget_rule,
method_choice, no_gain, redesign, lagging_gain, ikm_units and pppk_cap.
"""

from __future__ import annotations

from typing import overload

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.analysis.contract.kirkpatrick import ElementMean
from evalasn.analysis.pretrend_rule import units_to_pass
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import (
    budget_rule,
    coverage_rule,
    html,
    ikm_units,
    jp_rule,
    lagging_gain,
    method_choice,
    no_gain,
    pppk_cap,
    recommendation,
    redesign,
)
from evalasn.report.config import Target
from evalasn.report.words import fmt, impact, intervention_cost, phrases, province_impact, reasons
from evalasn.report.words.coverage import budget_basis
from evalasn.report.words.text import label, t

# Fallbacks when a targets file sets no target for these indicators (the shipped config/target.yml
# sets both): the regulation's 20 JP for every PNS, and the evaluation's policy for spending.
JP_TARGET_PERCENT = 100.0  # PP 11/2017 Pasal 203(4): every PNS >= 20 JP a year
REALISATION_TARGET = 95.0  # policy choice of the evaluation (config/target.yml), not a regulation


# --- recommendations -------------------------------------------------------------------------
WEAK_NAMED = 3  # the weak service elements a recommendation names, the weakest first (BAB VI's table has them all)


def weak_step(rows: list[ElementMean], lang: str) -> str:
    """'Jalankan rencana tindak lanjut untuk unsur U8 …, U7 … dan U3 … (lihat BAB VI).' when the weak elements
    ``rows`` (analysis.ikm.elements' records flagged `lemah`, weakest first) are at most WEAK_NAMED; otherwise how many
    there are, where they stand against the band (weak_position), the weakest WEAK_NAMED first and then the others, so
    that every element row of the plan (one per weak element: plan._split) has its step (LOOK28 Z-6: three of four
    named read as the whole plan; LOOK35 G-7: "3 unsur terlemah dari 4" left U2's plan row without a recommendation):
    '… untuk 4 unsur dengan estimasi di bawah kategori Baik (U8 dengan seluruh rentang …; U7, U3 dan U2 dengan rentang
    yang mencapai 3,0644), mulai dari 3 yang terlemah: U8 …, U7 … dan U3 …; lalu U2 … (semuanya di BAB VI, Tabel 9).',
    the table's number from the report's numbering (html.table_ref)."""
    names = [phrases.element_name(r["unsur"], lang) for r in rows]
    if len(names) <= WEAK_NAMED:
        return t("rec_weak", lang, unsur=phrases.and_(names, lang))
    return t("rec_weak_more", lang, n=WEAK_NAMED, semua=len(names), unsur=phrases.and_(names[:WEAK_NAMED], lang),
             lalu=phrases.and_(names[WEAK_NAMED:], lang), tabel=html.table_ref(html.WEAK_ELEMENTS_PLAN),
             posisi=weak_position(rows, lang))


def surely_weak(row: ElementMean) -> bool:
    """Whether a weak element's whole 95% interval is below the B band (constants.WEAK_ELEMENT_THRESHOLD), as BAB X
    judges an element's target (facts.judge_values: "not met" only when the interval's upper end is below it); an
    element flagged on its estimate whose interval reaches the band is not surely below it."""
    high = row.get("ci_atas")
    return high is not None and high < constants.WEAK_ELEMENT_THRESHOLD


def weak_position(rows: list[ElementMean], lang: str) -> str:
    """Where the weak elements ``rows`` stand against the B band: 'di bawah kategori Baik (…)' when every one's whole
    95% interval is below it, else 'dengan estimasi di bawah kategori Baik' with which are surely below and which reach
    it, by their codes (LOOK37b M-4: the summary called U2, U5 and U6 below the band while BAB X's table said of the
    same values "cannot be judged")."""
    sure = [r["unsur"].upper() for r in rows if surely_weak(r)]
    reach = [r["unsur"].upper() for r in rows if not surely_weak(r)]
    batas = fmt.element_threshold(lang)
    if not reach:
        return t("rec_weak_all_below", lang, batas=batas)
    if not sure:
        return t("rec_weak_none_below", lang, batas=batas)
    return t("rec_weak_some_below", lang, batas=batas, pasti=phrases.and_(sure, lang),
             mungkin=phrases.and_(reach, lang))


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
                    province_results: Hasil | None = None) -> list[recommendation.Recommendation]:
    """Recommendations by the documented rules; each fires only when its finding supports it. ``province_results``
    (a dinas report): the province's, whose answer to the same question a recommendation may quote."""
    out: list[recommendation.Recommendation] = []
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG

    def add(rule: str, text: str, action: str, basis: bool = False, brief: str = "") -> None:
        out.append(recommendation.Recommendation(rule, text, action, recommendation.OWNER[rule],
                                                 recommendation.QUARTER[rule], basis, brief=brief))

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
    # 1a. PPPK above the legal cap (PP 49/2018 Pasal 39; constants.PPPK_JP_MAXIMUM_PER_YEAR): the share's whole 95%
    # interval above zero, or, without an interval, the count of every PPPK above zero (pppk_cap.over_cap; R6-32)
    if pppk_cap.over_cap(hasil) is not None:
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
        text, action, brief = coverage_rule.coverage_recommendation(hasil, lang, coverage_target.nilai)
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
    method = method_choice.clearly_cheaper(budget["biaya_per_poin"], hasil["pelaksanaan"]["kegiatan_per_metode"])
    # a dinas that borrows the province's cost model takes the province's verdict on a cheaper way too, judged on the
    # province's method costs (CHECK11 C11-13: one slope, "do not raise" from the province and "spend first, then
    # raise" from the dinas whose own method costs are withheld)
    judged = province_results if basis and province_results is not None else hasil
    shift, marginal = budget_rule.cheaper_way(judged, model)
    borrowed = judged is not hasil
    # a correlation is no reason to spend more per head when another method already buys a point for less:
    # a method clearly cheaper than another, or cheaper than what a doubling costs per extra point
    cheaper = phrases.direction(gain) == "up" and bool(shift or marginal)
    absorb_first = phrases.direction(gain) == "up" and spent is not None and spent < spend_target and not cheaper
    # the gain per doubling of cost, as the budget chapter prints it (one kind of figure: constants.DECIMALS)
    doubling = dict(besar=phrases.estimate(gain, lang, "poin_per_dobel"), ik=phrases.ci(gain, lang, "poin_per_dobel")) \
        if gain.get("cukup_data") else {}
    # every figure of a 9.2 step with its own interval, also one 9.1 states: a pointer in its place ("rentang keyakinan
    # 95%: lihat 9.1, butir Anggaran") was longer than "0,6 s.d. 2,3" and left the figure bare (LOOK34 F-6); 9.2
    # points back to 9.1 only for long evidence ("temuan 9.1: …", LOOK31 C-4)
    if absorb_first:
        # money already granted is left unspent: spend it; the cost-gain slope is an association and no step
        # towards more per participant (REVIEW5b 12, REVIEW5 D8)
        # one sentence with its link (R6-33): no slope and no province basis, which answered a question the finding
        # did not ask (and quoted a minimum the annex did not state)
        # in rule 7's words: no "before raising the cost per participant", which read as a rise to come while the
        # plan's BIAYA-POIN row says never to raise it (LOOK35 G-3, H-1)
        absorb = t("rec_realisation_target", lang, persen=pct(spent),
                   target=fmt.percent_target(spend_target, lang=lang))
        # 9.2's with the 9.1 conclusion it answers (LOOK37 item 5), the summary's beside its finding
        listed = t("rec_realisation_listed", lang, persen=pct(spent),
                   target=fmt.percent_target(spend_target, lang=lang))
        add("rec_budget_absorb_first", listed + spent_basis,
            # the follow-up (spend what was granted) rests on the dinas's own realisation, whatever
            # estimate put it first, so its row is not marked as the province's
            t("fu_rec_absorb", lang), brief=absorb)
    elif cheaper:
        brief = ""
        if marginal:
            best, per_point = marginal
            # set: budget_rule.cheaper_than_more_budget needs it
            median = model.get("biaya_median_per_peserta_rp") or 0.0
            low, high = bounds(gain)  # the extra point's interval is the doubling's, inverted (low > 0: "up")
            per_point_text, *ends = fmt.figures((per_point, median / high, median / low), "rp_per_poin", lang)
            # on the province's model the method's cost per point is the province's too, named so, and the dinas's
            # own beside it (LOOK26 X-3)
            suffix = "_province" if borrowed else ""
            association = t("rec_marginal_association", lang)  # beside the price, in 9.2 and the summary (M-6)
            text = t(f"rec_budget_marginal{suffix}", lang, median=money(median), alasan=why,
                     **doubling, marginal=per_point_text,
                     ik_marginal=fmt.interval_text(ends[0], ends[1], lang), asosiasi=association,
                     kali=fmt.times(per_point / point(best), lang),
                     kali_min=fmt.times(median / high / bounds(best)[1], lang), metode=label(best["metode"], lang),
                     biaya=phrases.estimate(best, lang, "rp_per_poin"), ik_biaya=phrases.ci(best, lang, "rp_per_poin"))
            text += budget_rule.own_method_cost(hasil, best["metode"], lang) if borrowed else ""
            # the summary's: the extra point's price beside the method's, the detail in 9.2 (a missed cost-per-point
            # target is a summary finding: LOOK25 W-1; a finding about three lines, P6 session 8)
            brief = t(f"rec_budget_marginal_brief{suffix}", lang, marginal=per_point_text,
                      ik_marginal=fmt.interval_text(ends[0], ends[1], lang), asosiasi=association,
                      kali=fmt.times(per_point / point(best), lang), metode=label(best["metode"], lang),
                      biaya=phrases.estimate(best, lang, "rp_per_poin")) + note
        else:
            assert shift is not None  # cheaper without a marginal comparison means a clearly cheaper method
            best = shift[0]
            # the province's method comparison is in the province's report, not in this one's rule 3
            text = t("rec_budget_cheaper_province" if borrowed else "rec_budget_cheaper", lang, **doubling,
                     metode=label(best["metode"], lang), biaya=phrases.estimate(best, lang, "rp_per_poin"),
                     ik_biaya=phrases.ci(best, lang, "rp_per_poin"))
        # the province basis opens rec_budget_marginal_province itself, so it is not said again (LOOK27 Y-5)
        said_first = bool(marginal) and borrowed
        add("rec_budget_cheaper", text + ("" if said_first else note),
            budget_rule.budget_action(budget["biaya_per_poin"], hasil["tahun"], None if borrowed else shift, lang,
                                      province, basis),
            basis, brief=brief)
    elif phrases.direction(gain) == "up":
        add("rec_budget_more",
            t("rec_budget_more", lang, **doubling,
              catatan=t("rec_budget_falls", lang) if model.get("turun_hasil") else "") + note,
            budget_rule.based(t("fu_rec_more", lang), basis, lang), basis)
    elif phrases.direction(gain) is not None:
        # its plan row measures coverage (plan_indicators.MEASURED): the step an agency schedules for it, not a budget
        # maxim
        # what was observed (the slope with its interval) and what it does not show: no prescription (REVIEW4 12)
        # (a falling slope said in words, its size and interval positive, as BAB V says it)
        down = phrases.direction(gain) == "down"
        size = phrases.size_with_ci(gain, lang) if down else dict(besar=phrases.estimate(gain, lang),
                                                                   ik=phrases.ci(gain, lang))
        add("rec_budget_reach", t("rec_budget_reach_down" if down else "rec_budget_reach", lang, besar=size["besar"],
                                  ik=size["ik"]) + note,
            budget_rule.based(coverage_rule.coverage_action(hasil, lang, coverage_target.nilai if coverage_target
                                                            else None), basis, lang), basis)
    # 3. a method clearly cheaper per point: with both methods' gain per participant and the caveat that tests
    # differ by method; a cheaper method whose gain per participant is clearly lower is compared, not advised
    # (REVIEW5b 8: e-learning at a third of pelatihan's cost per point gained a third as much per person)
    if method:
        best, other = method
        name = label(best["metode"], lang)
        lower = method_choice.less_per_participant(hasil)
        # a cheaper method ruled out for learning less: the next one that does not, or that none exists (C12-15)
        moved = method_choice.method_shift(hasil)
        instead = method_choice.next_method_words(hasil, lang, "rec") if lower else ""
        out.append(recommendation.Recommendation(
            "rec_method", t("rec_method_lower" if lower else "rec_method", lang, metode=name,
                            biaya=phrases.estimate(best, lang, "rp_per_poin"),
                            ik=phrases.ci(best, lang, "rp_per_poin"), pembanding=label(other["metode"], lang),
                            biaya_p=phrases.estimate(other, lang, "rp_per_poin"), lain=instead,
                            ik_p=phrases.ci(other, lang, "rp_per_poin"),
                            **method_choice.per_participant(hasil, best, other, lang))
            + method_choice.method_scope(hasil, lower, lang, province_results, metode=name,
                                         pembanding=label(other["metode"], lang))
            + ("" if lower else method_choice.after_review(hasil, best["metode"], lang)),
            t("fu_rec_method", lang, metode=label(moved[0]["metode"], lang), pembanding=label(other["metode"], lang))
            if moved else t("fu_rec_method_lower", lang, metode=name, pembanding=label(other["metode"], lang)),
            recommendation.OWNER["rec_method"], recommendation.QUARTER["rec_method"],
            subject=(moved or method)[0]["metode"]))
    # 3b. money spent without gain: stop or redesign the method (issue 22.2, 22.4); for a very small gain: redesign
    out += no_gain.stop_or_redesign(hasil, lang)
    for row in no_gain.little_gain(hasil):
        name = label(row.metode, lang)
        move = redesign.little_move(hasil, [row.metode], lang, "rec")
        # 9.2's: the step and where 9.1's money conclusion gives the figures (LOOK31 C-4); the summary's the whole
        out.append(recommendation.Recommendation(
            "rec_little", t("rec_little_listed", lang, metode=phrases.method_noun(row.metode, lang), alihkan=move,
                            kata=no_gain.listed_words(row.gain, lang)),
            t("pl_act_little", lang, metode=name, alihkan=redesign.little_move(hasil, [row.metode], lang, "pl")),
            recommendation.OWNER["rec_little"], recommendation.QUARTER["rec_little"], subject=row.metode,
            brief=t("rec_little", lang, metode=phrases.method_noun(row.metode, lang),
                    temuan=no_gain.little_item(row, lang, cost=False), alihkan=move)
            + no_gain.little_cost(row, lang)))
    out += redesign.little_gain_dinas_recommendations(hasil, lang)
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
        weakest = [phrases.element_name(r["unsur"], lang) for r in weak]
        names = phrases.and_(weakest[:WEAK_NAMED], lang)
        step = weak_step(weak, lang)
        add("rec_weak", step + ikm_units.weak_start(hasil, lang), t("fu_rec_weak", lang, unsur=names),
            brief=step + ikm_units.weak_start(hasil, lang, counted=True))
    # 5b. units (province: dinas) whose IKM is below category B while no element of the scope's mean is weak: the
    # improvement is aimed at those units, and BAB X counts them (plan_indicators.MEASURED "rec_ikm_units")
    if not weak and (below_b := ikm_units.ikm_units_recommendation(hasil, lang)):
        out.append(below_b)
    # 6. resistance
    resistance = hasil["tantangan"]["resistensi"]
    slope = resistance["gain_per_poin_resistensi"]
    if phrases.direction(slope) == "down":
        size = phrases.signed_with_ci(slope, lang, "poin_per_resistensi")  # signed, as BAB V prints it (M-16)
        add("rec_resist", t("rec_resist", lang, besar=size["besar"], ik=size["ik"], n=fmt.integer(slope["n"], lang)),
            t("fu_rec_resist", lang))
    # 7. realisation below its target (said once: not when rule 2 already asks to absorb the ceiling)
    if spent is not None and spent < spend_target and not absorb_first:
        realise = t("rec_realisation_target", lang, persen=pct(spent),
                    target=fmt.percent_target(spend_target, lang=lang))
        listed = t("rec_realisation_listed", lang, persen=pct(spent),
                   target=fmt.percent_target(spend_target, lang=lang))
        add("rec_realisation", listed + spent_basis, t("fu_rec_absorb", lang), brief=realise)
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


def missing_data(hasil: Hasil, lang: str) -> list[str]:
    data = hasil["data"]
    flags = [(data["ada_nilai_test"], "tes"), (data["ada_skm"], "skm"), (data["ada_kinerja"], "kinerja"),
             (data["ada_anggaran"], "anggaran_tabel")]
    return [label(key, lang) for present, key in flags if not present]
