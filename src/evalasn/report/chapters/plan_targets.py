"""A plan row's goal: its indicator, today's value and a target better than today, and how each target prints."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import Interval, point
from evalasn.report import facts
from evalasn.report.chapters import (
    lagging_gain,
    plan_indicators,
    plan_parts,
    pppk_cap,
    recommendation,
    rules,
)
from evalasn.report.config import Target
from evalasn.report.words import cost_basis, fmt, province_impact
from evalasn.report.words.text import t


@dataclass(frozen=True)
class Goal:
    indicator: str
    today: float | None
    today_text: str
    target: float
    target_text: str
    higher_better: bool = True
    dinas: tuple[str, ...] = ()  # PlanRow.dinas
    targets: tuple[float, ...] = ()  # PlanRow.targets
    today_parts: tuple[str, ...] = ()  # PlanRow.today_parts
    today_reason: str = ""  # PlanRow.today_reason
    carried: bool = False  # the target is last year's unmet one, kept (never weaker), not this year's own


def _target(targets: dict[str, Target] | None, key: str | None, today: float, interval: Interval | None = None,
            scale: float = 1.0, higher_better: bool = True, floor: float | None = None,
            before: float | None = None) -> float:
    """The follow-up target (docs/metode.md, "Rencana tindak lanjut"): a target of record that today has not reached
    IS the target: the configured one (config/target.yml), ``floor`` (a threshold such as the B band) or ``before``
    (last year's unmet target of the same row, the one Tabel 1 and BAB X's review judge), the most demanding of
    those still to reach. Only when none remains to reach, the better end of today's 95% interval (a value that,
    reached next year, is a change larger than today's uncertainty); without an interval either, a fixed step
    (constants.FOLLOW_UP_SHARE_POINTS). LOOK37b M-2: taking the interval's end when it was further gave ppapp's
    cost per point (3 activities, Rp 150.764–427.112) a target below every dinas's value and beside Tabel 1's
    ≤ Rp 238.866 a second target for one indicator."""
    better = max if higher_better else min
    configured = (targets or {}).get(key) if key else None
    records = [goal for goal in (configured.nilai if configured else None, floor, before) if goal is not None]
    to_reach = [goal for goal in records if ((today < goal) if higher_better else (today > goal))]
    if to_reach:
        return better(to_reach)
    if interval is not None and interval["cukup_data"] and interval["ci_bawah"] is not None \
            and interval["ci_atas"] is not None:
        return (interval["ci_atas"] if higher_better else interval["ci_bawah"]) * scale
    step = constants.FOLLOW_UP_SHARE_POINTS  # no interval and nothing of record still to reach: a fixed step
    return min(100.0, today + step) if higher_better else max(0.0, today - step)


def _rounded(value: float, decimals: int, higher_better: bool = True, threshold: bool = True) -> float:
    """The target as shown and kept, so that the number in the sheet, the text in the table and next year's
    review agree. A threshold to reach (a configured target, the B band of an element) is rounded away from today
    (up when higher is better): reaching the number shown reaches it (3.0644 is 3.07, not 3.06). A target
    derived from an end of today's interval, or by the fixed step, is rounded as that end is printed beside
    today's value (Rp 337.605,62 is Rp 337.606, not Rp 337.605: the interval shows Rp 337.606)."""
    scale = 10 ** decimals
    if not threshold:  # exactly as report.words.fmt prints the end (the same correctly rounded digits)
        return float(f"{value:.{decimals}f}")
    return (math.ceil(value * scale - 1e-9) if higher_better else math.floor(value * scale + 1e-9)) / scale


def little_gain_target(gain: Mapping[str, Any]) -> float | None:
    """The gain, in points, that removes a "very small gain" finding under the rule that raised it
    (analysis.budget.is_little_gain: the effect size, Hedges' g_av, estimated below
    constants.LITTLE_GAIN_EFFECT_UPPER): LITTLE_GAIN_EFFECT_UPPER times the effect size's denominator (the mean of
    the pre and post SDs over Hedges' correction), read from the gain's interval and the effect's, which share it.
    A gain whose whole interval is at or above it has an effect-size interval reaching "small". None without
    the effect's interval."""
    low, high = gain.get("ci_bawah"), gain.get("ci_atas")
    effect_low, effect_high = gain.get("g_av_bawah"), gain.get("g_av_atas")
    if low is None or high is None or effect_low is None or effect_high is None or not effect_high > effect_low:
        return None
    return constants.LITTLE_GAIN_EFFECT_UPPER * (high - low) / (effect_high - effect_low)


def little_target(gain: Mapping[str, Any], before: float | None = None) -> float:
    """A redesign row's target (rec_little), in points to one decimal: above the better end of today's interval, at
    least the gain that removes the finding under its own rule (little_gain_target), and never below last year's
    target for the same row and population (``before``)."""
    target, threshold = float(gain["ci_atas"]), False
    goals = [goal for goal in (little_gain_target(gain), before) if goal is not None and goal > target]
    if goals:
        target, threshold = max(goals), True
    return _rounded(target, 1, True, threshold)


def goal(rec: recommendation.Recommendation, hasil: Hasil, targets: dict[str, Target] | None, lang: str,
         before: Mapping[str, float] | None = None) -> Goal | None:
    """Indicator, today's value and target of one recommendation; None when it has no measurable value.
    ``before``: last year's targets of the row on the same finding, not shown reached, by population ("" = the
    scope, else a dinas): this year's target is never weaker (a missed target is not lowered)."""
    if rec.rule == "rec_stop":
        return _stop_goal(rec, hasil, lang)
    if rec.rule == "rec_did_measure":
        return _did_units_goal(hasil, lang, (before or {}).get(""))
    if rec.rule == "rec_little" and (parts := plan_parts.little_parts(rec, hasil)):
        return _little_dinas_goal(rec, parts, hasil["tahun"], lang, before or {})
    measure = plan_indicators.MEASURED.get(rec.rule)
    figure = measure.today(hasil, rec.subject) if measure else None
    if measure is None or figure is None:
        return None
    interval: Interval | None = None
    if isinstance(figure, dict):
        if not figure["cukup_data"]:  # PPPK by their count, a census (rule (2), LOOK26 X-1); else no value
            return pppk_census_goal(hasil, lang) if rec.rule == "rec_pppk" else None
        today, interval = point(figure) * measure.scale, figure
    else:
        today = float(figure)
    higher_better = measure.higher_better
    prior = (before or {}).get("")  # last year's unmet target of this row: one of record while today has not reached it
    target = _target(targets, measure.target_key, today, interval, measure.scale, higher_better, measure.floor,
                     None if rec.rule in ("rec_little", "rec_weak") else prior)
    configured = (targets or {}).get(measure.target_key) if measure.target_key else None
    own = (configured.nilai if configured else None, measure.floor)
    threshold = any(goal is not None and math.isclose(target, goal) for goal in (*own, prior))
    carried = prior is not None and math.isclose(target, prior) and \
        not any(goal is not None and math.isclose(target, goal) for goal in own)
    if rec.rule == "rec_little" and interval is not None:
        # a target that removes the finding under its own rule, never below last year's for the same row
        target, threshold = little_target(interval, (before or {}).get("")), True
    elif rec.rule == "rec_weak":
        # the line that removes the finding (the B band), never an end of today's interval, which moves with the
        # number of respondents (REVIEW3 11: 3,43 near the top of B for 94 respondents), nor last year's target
        # when that was such an end: the only floor kept is the same line
        target, threshold = constants.WEAK_ELEMENT_THRESHOLD, True
    elif prior is not None and ((prior > target) if higher_better else (prior < target)):  # never lowered
        target, threshold = prior, True
        carried = True
    if rec.rule == "rec_gain_low" and interval is not None:
        return _gain_low_goal(rec, hasil, interval, target, lang)
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    indicator = plan_indicators.indicator_words(rec.rule, rec.subject, hasil["tahun"], lang, province=province)
    sign = "≥" if higher_better else "≤"
    if measure.unit == "count":  # a whole number of units, never a percent
        target = _rounded(target, 0, higher_better, threshold)
        return Goal(indicator, today, fmt.integer(today, lang), target,
                    count_target_text(target, higher_better, lang, of_dinas=bool(province and measure.province_code)),
                    higher_better)
    if measure.unit == "rupiah":
        target = _rounded(target, 0, higher_better, threshold)
        return Goal(indicator, today, fmt.rupiah(today, lang), target, f"{sign} {fmt.rupiah(target, lang)}",
                    higher_better, carried=carried)
    if rec.rule == "rec_weak":  # the B band's lower edge as the regulation prints it, judged on the whole interval
        return Goal(indicator, today, fmt.element(today, lang), target,
                    t("pl_tgt_weak", lang, batas=fmt.element_threshold(lang)), higher_better)
    if measure.unit == "element":  # an SKM element's mean as BAB VI prints it: on its side of the threshold
        # the B band is rounded away from today (3.0644 is 3.07); an interval's end or last year's target is kept
        # as it is printed (3.0649 is 3.065, not 3.06: below the threshold, reaching it would leave the element weak)
        at_floor = measure.floor is not None and math.isclose(target, measure.floor)
        decimals = constants.ELEMENT_DECIMALS if at_floor else fmt.element_decimals(target)
        target = _rounded(target, decimals, higher_better, threshold)
        return Goal(indicator, today, fmt.element(today, lang), target, f"{sign} {fmt.element(target, lang)}",
                    higher_better)
    if measure.unit in ("score", "points"):
        decimals = 2 if measure.unit == "score" else 1
        target = _rounded(target, decimals, higher_better, threshold)
        if rec.rule == "rec_little" and interval is not None:  # the gain with its interval, as a stop row shows it
            return Goal(indicator, today, plan_parts.gain_text(interval, lang), target,
                        little_target_text(target, interval, lang, (before or {}).get(""), hasil["tahun"] - 1,
                                           hasil["tahun"]),
                        higher_better)
        return Goal(indicator, today, fmt.number(today, decimals, lang), target,
                    f"{sign} {fmt.number(target, decimals, lang)}", higher_better)
    target = _rounded(target, 1, higher_better, threshold)
    now = fmt.percent(today, 1, lang)
    if rec.rule == "rec_data" and rules.year_not_received(hasil):  # 0 of 0 received: no data, not 0,0% (E15-9)
        now = t("fact_no_last_year", lang, tahun=hasil["tahun"])
    shown = (pppk_target_text(target, lang) if rec.rule == "rec_pppk"
             else fmt.percent_target(target, higher_better, lang))
    return Goal(indicator, today, now, target, shown, higher_better)


def pppk_census_goal(hasil: Hasil, lang: str) -> Goal | None:
    """PPPK above the JP cap when their share is withheld for too few PPPK (CHECK10 C10-4): the count is a census of a
    legal rule, no estimate (pppk_cap.count, the record the summary's finding reads: LOOK26 X-1): '6 dari 8 PPPK
    (75,0%; hitungan, tanpa rentang)' against none above the cap; None without the count."""
    counted = pppk_cap.count(hasil)
    if counted is None:
        return None
    indicator = plan_indicators.indicator_words("rec_pppk", "", hasil["tahun"], lang)
    return Goal(indicator, counted.percent, counted.census(lang), 0.0, line_target_text("rec_pppk", lang), False)


def _did_units_goal(hasil: Hasil, lang: str, before: float | None = None) -> Goal | None:
    """IKM-UKUR (rec_did_measure, "design the measurement") judged by what it asks for (REVIEW5b 10), not by the IKM
    level, which designing a measurement does not move: the trained and comparison units with an SKM before and after
    the training that the comparison uses, against the units with which an effect the size of today's estimate would
    be detected (`efek.unit_untuk_estimasi_ini`), at least constants.MIN_UNITS_PER_ARM per group, never below last
    year's unmet target. None when the units are already enough (the design's shortfall is then not its size: the
    recommendation says what it needs)."""
    did = hasil["level4_hasil"]["did_ikm"]
    effect = did.get("efek") if did.get("tersedia") else None
    if not effect:
        return None
    trained, comparison = effect["unit_dilatih"], effect["unit_pembanding"]
    today = trained + comparison
    # with the units a weak pre-trend check would take (CHECK10 C10-2, Sosial's uji_tren_lemah)
    needed = max(province_impact.units_needed(did), int(before or 0))
    if needed <= today or province_impact.beyond_dinas(hasil, needed) is not None:
        return None  # enough units, or more than the dinas has: the recommendation says so (C10-1)
    indicator = plan_indicators.indicator_words("rec_did_measure", "", hasil["tahun"], lang, did=did)
    now = t("pl_now_did_units", lang, n=fmt.integer(today, lang), d=fmt.integer(trained, lang),
            p=fmt.integer(comparison, lang))
    return Goal(indicator, float(today), now, float(needed),
                t("pl_tgt_did_units", lang, n=fmt.integer(needed, lang),
                  min=fmt.integer(constants.MIN_UNITS_PER_ARM, lang)))


def _gain_low_goal(rec: recommendation.Recommendation, hasil: Hasil, interval: Interval, target: float,
                   lang: str) -> Goal:
    """A dinas's adjusted gain minus the province mean (rec_gain_low): today's difference with its interval and the
    two figures it is the difference of, as Tabel 1 prints them; the target (_target with the floor 0: the
    difference that removes the finding, or last year's unmet one) in points to one decimal."""
    slug = rec.subject or hasil["cakupan"]["slug"]
    item = next((i for i in lagging_gain.listed(hasil) if i.dinas == slug), None)
    mean = (hasil.get("pooling") or {}).get("rata_provinsi")
    today_text = plan_parts.gain_text(interval, lang)
    if item is not None:
        today_text = t("pl_now_gain_low", lang, selisih=today_text, nilai=facts.show_value("gain", item.gain, lang,
                                                                                           False),
                       prov=facts.show_value("gain", mean, lang, False))
    target = _rounded(target, 1, True, True)
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    return Goal(plan_indicators.indicator_words("rec_gain_low", slug, hasil["tahun"], lang, province=province,
                                                slug=hasil["cakupan"]["slug"]), point(interval),
                today_text, target, gain_low_target_text(target, lang))


def _little_dinas_goal(rec: recommendation.Recommendation, parts: list[plan_parts.StopPart], tahun: int, lang: str,
                       before: Mapping[str, float]) -> Goal:
    """A province redesign row about some dinas: each dinas's gain above its own target (little_target on its own
    interval, as that dinas's report sets it), judged in each dinas next year, not on the province's gain."""
    parts = [plan_parts.StopPart(p.dinas, p.gain, p.budget, target=little_target(p.gain or {}, before.get(p.dinas)))
             for p in parts]
    dinas = tuple(p.dinas for p in parts)
    indicator = plan_indicators.indicator_words("rec_little", rec.subject, tahun, lang, dinas=dinas)
    targets = tuple(float(p.target) for p in parts if p.target is not None)
    shown = [little_target_text(float(p.target), p.gain or {}, lang, before.get(p.dinas), tahun - 1, tahun)
             for p in parts if p.target is not None]
    target_text = shown[0] if len(parts) == 1 else \
        "; ".join(f"{plan_indicators.part_name(p.dinas, lang)}: {text}" for p, text in zip(parts, shown, strict=True))
    today = point(parts[0].gain) if len(parts) == 1 and parts[0].gain else None
    return Goal(indicator, today, plan_parts.stop_text(parts, lang), max(targets), target_text, dinas=dinas,
                targets=targets, today_parts=tuple(plan_parts.stop_text([part], lang) for part in parts))


def little_target_text(target: float, gain: Mapping[str, Any], lang: str, before: float | None = None,
                       tahun: int | None = None, year: int | None = None) -> str:
    """A redesign row's target with its reason (REVIEW3 17: the rule printed could not produce '≥ 2,3'): the gain that
    removes the finding (little_gain_target), '≥ 2,3 poin = besar efek 0,2'; with last year's unmet target
    (``before``, of the plan of ``tahun``) both lines, whichever is higher, in one phrasing for every such row (LOOK9
    #18: twin rows read '= target 2024 yang belum tercapai' and '= besar efek 0,2'): '≥ 2,3 poin, sedikitnya besar
    efek 0,2 (2,1 poin) dan target 2024 yang belum tercapai (2,3 poin)'; the better end of the interval of the value
    of ``year`` (the plan's evaluated year), said so with that year: '≥ 4,6 poin = ujung atas rentang nilai 2025'
    (LOOK16 R-2; LOOK17 S-1: 'nilai kini' read as the 2025 value beside it in next year's review)."""
    removing = little_gain_target(gain)
    shown = fmt.number(target, 1, lang)
    effect = fmt.number(constants.LITTLE_GAIN_EFFECT_UPPER, 1, lang)
    kept = before is not None and tahun is not None
    if removing is not None and kept:
        return t("pl_tgt_little_both", lang, target=shown, efek=effect, nilai_efek=fmt.number(_rounded(removing, 1), 1,
                                                                                            lang),
                 tahun=tahun, nilai_lalu=fmt.number(_rounded(float(before or 0.0), 1), 1, lang),
                 tahun_kini=year if year is not None else int(tahun or 0) + 1)
    if removing is not None and math.isclose(target, _rounded(removing, 1)):
        return t("pl_tgt_little", lang, target=shown, efek=effect)
    if kept and math.isclose(target, _rounded(float(before or 0.0), 1)):
        return t("pl_tgt_little_kept", lang, target=shown, tahun=tahun)
    if year is not None and gain.get("ci_atas") is not None and \
            math.isclose(target, _rounded(float(gain["ci_atas"]), 1, True, False)):
        return t("pl_tgt_little_range", lang, target=shown, tahun=year)
    return gain_target_text(target, lang)


def count_target_text(target: float, higher_better: bool, lang: str, of_dinas: bool = False) -> str:
    """A target on a count of units (``of_dinas``: of dinas) as every table, note and workbook prints it: '≤ 3',
    '≥ 3'; none at all '0 unit' ('0 dinas'), never '≤ 0' (LOOK20 W-15: a count is never below 0)."""
    if not higher_better and target <= 0:
        return t("pl_tgt_count_none_dinas" if of_dinas else "pl_tgt_count_none", lang)
    return f"{'≥' if higher_better else '≤'} {fmt.integer(target, lang)}"


def pppk_target_text(target: float, lang: str) -> str:
    """PPPK-JP's target as every table, list and workbook prints it: none above the legal cap as a count, '0 PPPK di
    atas 24 JP' (en '0 PPPK above 24 JP'), as the row's value counts every PPPK ('4 dari 5 PPPK'; LOOK37b M-20: '≤
    0,0%' beside a count); a target above none (a configured one) as a share, '≤ 5,0%'."""
    if target <= 0:
        return t("pl_tgt_pppk_none", lang, batas=fmt.integer(constants.PPPK_JP_MAXIMUM_PER_YEAR, lang))
    return fmt.percent_target(target, False, lang)


def gain_low_target_text(target: float, lang: str) -> str:
    """A KENAIKAN row's target (rec_gain_low), the difference from the province mean: '≥ 0,0 poin (setidaknya
    rata-rata provinsi)'."""
    return t("pl_tgt_gain_low", lang, target=fmt.number(target, 1, lang))


def line_target_text(rule: str, lang: str, province: bool = False, line: float | None = None) -> str:
    """The target of a row of ``rule`` at its own line (``line``; by default plan_indicators._Measure.floor, the value
    that removes the finding) as the row prints it (goal): '0 PPPK di atas 24 JP' (PPPK-JP), '≥ 100,0%' (DATA), '0
    unit' (IKM-CD; '0 dinas' for the province's IKM-CD-DINAS), '≥ 0,0 poin (setidaknya rata-rata provinsi)'
    (KENAIKAN), the B band of an element, a stop row's '> 0 poin … atau Rp 0'. 10.2's list of target rules quotes it
    (followup.rule_items), so the rule and the rows say one target (LOOK24 leftover: the list's "(0%)" beside the
    row's "≤ 0%")."""
    measured = plan_indicators.MEASURED[rule]
    value = measured.floor if line is None else line
    if rule == "rec_weak":
        return t("pl_tgt_weak", lang, batas=fmt.element_threshold(lang))
    if rule == "rec_stop":
        return t("pl_tgt_stop", lang)
    if value is None:
        raise ValueError(f"{rule} has no line of its own")
    if rule == "rec_gain_low":
        return gain_low_target_text(value, lang)
    if rule == "rec_pppk":
        return pppk_target_text(value, lang)
    if measured.unit == "count":
        return count_target_text(value, measured.higher_better, lang,
                                 of_dinas=province and bool(measured.province_code))
    if measured.unit == "percent":
        return fmt.percent_target(value, measured.higher_better, lang)
    sign = "≥" if measured.higher_better else "≤"
    return f"{sign} {fmt.number(value, 2 if measured.unit == 'score' else 1, lang)}"


def gain_target_text(target: float, lang: str) -> str:
    """A redesign row's gain target in one population with its unit, as every other target (LOOK9 #6): '≥ 2,3 poin'."""
    return t("pl_tgt_gain", lang, target=fmt.number(target, 1, lang))


def _stop_goal(rec: recommendation.Recommendation, hasil: Hasil, lang: str) -> Goal:
    """A method that spent money without gain: its gain above zero next year, or no money spent on it, in the
    population the finding was about (the scope, or the dinas a province row names)."""
    parts = plan_parts.written_parts(rec, hasil)
    dinas = tuple(part.dinas for part in parts if part.dinas)
    costed = any(part.costed for part in parts)  # none recorded: the gain alone, never "or Rp 0" (CHECK11 C11-11)
    indicator = plan_indicators.indicator_words("rec_stop", rec.subject, hasil["tahun"], lang, dinas=dinas,
                                                province=(hasil.get("cakupan") or {}).get("jenis") == "provinsi",
                                                costed=costed)
    today = point(parts[0].gain) if len(parts) == 1 and parts[0].gain else None
    return Goal(indicator, today, plan_parts.stop_text(parts, lang), 0.0,
                t("pl_tgt_stop" if costed else "pl_tgt_stop_gain", lang), dinas=dinas,
                today_parts=tuple(plan_parts.stop_text([part], lang) for part in parts) if dinas else ())


def met(goal: Goal) -> bool:
    if goal.today is None:
        return False
    return goal.today >= goal.target - 1e-9 if goal.higher_better else goal.today <= goal.target + 1e-9


def least(needed: float, lang: str, strict: bool = False) -> str:
    """The gain a cost-per-point target needs, always to one decimal (LOOK36 K-3/J-9(a): 'more than 19.568' and
    'lebih dari 17,85' beside the other reports' one decimal). A target '≤ X' (every plan target: plan_targets prints
    '≤' or '≥') is met by a gain of at least cost ÷ X, so 'sedikitnya' (en 'at least'), rounded up to one decimal so
    that the gain named suffices ('sedikitnya 10,7' for 10,64; exact at one decimal, as printed: 'sedikitnya 9,7').
    LOOK37 L-11: 'lebih dari 10,6' for a need of 10,64 said less than a ≤ target takes (10,61 is more than 10,6
    and not enough). ``strict``: a target '< X', met only by a gain above cost ÷ X: 'lebih dari' that value rounded
    down, never above it (LOOK35 G-11(b)/H-6)."""
    if strict:
        return t("pl_cost_gain_more_than", lang, nilai=fmt.number(math.floor(needed * 10 + 1e-9) / 10, 1, lang))
    return t("pl_cost_gain_at_least", lang, nilai=fmt.number(math.ceil(needed * 10 - 1e-9) / 10, 1, lang))


def gain_needed(hasil: Hasil, target: float, lang: str, carried: bool = False) -> str:
    """BIAYA-POIN's target in words at this year's cost per participant (LOOK21 X-3: '≤ Rp 114.888' against Rp
    354.785 could be met only by a higher gain, and nothing said so): the mean gain it takes, cost per participant ÷
    target cost per point, the cost printed to the rupiah and the gain 'sedikitnya' that quotient rounded up to
    one decimal (least: the target is '≤'); past the test scale's top
    (constants.NILAI_RANGE) minus this year's mean pre-test score, not reachable by a gain alone. This year's gain
    with its base, the costed activities' participants, as BAB IV prints it beside the cost per point
    (cost_basis.costed_gain; LOOK22 Y-1: '6,1 poin' stood beside the report's 6,4 with no word of its base). Far
    above this year's gain (far_from_gain), what that means for the reader. ''
    without figures. ``carried``: the target is last year's unmet one (Goal.carried)."""
    overall = cost_basis.overall(hasil)
    cost = overall.get("biaya_per_peserta_rp")
    own, everyone = cost_basis.costed_gain(hasil, lang)
    if not cost or not own or not target or target <= 0:
        return ""
    needed = cost / target
    text = t("pl_cost_gain_needed", lang, tahun=hasil["tahun"], biaya=cost_basis.per_participant(cost, lang),
             perlu=least(needed, lang), kini="; ".join(part for part in (own, everyone) if part))
    pre = cast(Any, hasil["level2_pembelajaran"]["keseluruhan"]).get("rata_pre")
    room = constants.NILAI_RANGE[1] - (pre if pre is not None else constants.NILAI_RANGE[0])
    if needed > room:
        text += t("pl_cost_gain_out_of_reach", lang, ruang=fmt.number(room, 1, lang))
    else:  # within the scale: reachable in principle, far or not from this year's gain
        text += far_from_gain(needed, overall.get("rata_gain"), hasil["tahun"], lang, carried)
    return text


def far_from_gain(needed: float, gain: float | None, tahun: int, lang: str, carried: bool = False) -> str:
    """What a BIAYA-POIN target needing a mean gain of ``needed`` means when that is more than
    constants.FOLLOW_UP_FAR_GAIN_RATIO times this year's ``gain`` (LOOK36b K-2: 'more than 34,9 points (2025: 11,3
    …)' and nothing said what a tripled gain means): about how many times this year's gain it takes, not expected to be
    met next year by a gain alone, the row's step being what is checked; ``carried``: why the target stands, last
    year's unmet one kept as the rule requires. '' when not far, or without a positive gain."""
    if gain is None or gain <= 0 or needed <= constants.FOLLOW_UP_FAR_GAIN_RATIO * gain + 1e-9:
        return ""
    far = t("pl_cost_gain_far", lang, kali=fmt.number(needed / gain, 1, lang), tahun=tahun, berikut=tahun + 1)
    return (t("pl_cost_gain_far_kept", lang) if carried else "") + far
