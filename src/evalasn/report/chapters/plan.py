"""The follow-up plan (BAB X Rencana Tindak Lanjut) as records that next year's evaluation can check.

One row per finding (a recommendation of report.chapters.rules; weak SKM elements one row each, methods
that spent money without gain one row each), with a stable id ("<slug>-<tahun>-<code>": the code
names the rule and its subject, never the row's position), the owner of the chapter that raised it,
an indicator with its unit and population, today's value and a numeric target better than today.

Targets (docs/metode.md, "Rencana tindak lanjut"): the better of the target of config/target.yml (or
a threshold: an SKM element at the B band) when today's value has not reached it, and the better end
of today's 95% interval, a value that, reached next year, is a change larger than today's
uncertainty; a figure without an interval (a method's share, realisation) steps
constants.FOLLOW_UP_SHARE_POINTS. A row whose target is already met is left out: it would ask for
nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

import pandas as pd

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import FollowUpRow, Hasil, MethodCostPerPoint, PlanReviewed
from evalasn.analysis.contract.estimate import Interval, point
from evalasn.registry import compact_name
from evalasn.report import facts
from evalasn.report.chapters import (
    budget_rule,
    coverage_rule,
    ikm_units,
    lagging_gain,
    method_choice,
    no_gain,
    recommendation,
    redesign,
    rules,
)
from evalasn.report.config import Target
from evalasn.report.context import Context
from evalasn.report.words import cost_basis, fmt, impact, names, phrases, province_impact, reasons
from evalasn.report.words.text import ACTIONS, label, t


@dataclass(frozen=True)
class PlanRow:
    """One row of the follow-up plan."""

    id: str  # stable across rebuilds and years: "<slug>-<tahun>-<code>"
    code: str  # the rule and its subject: "JP20", "STOP-SEMINAR", "U7"
    rule: str  # the recommendation rule of report.chapters.rules
    action: str
    indicator: str  # with its unit and population
    today: float | None  # in the target's unit
    today_text: str
    target: float  # in the indicator's unit
    target_text: str  # with its direction: '≥ 100%', '≤ Rp 364.675', '> 0 poin ... atau Rp 0'
    higher_better: bool
    owner: str
    quarter: int
    deadline: str
    measure: str = ""  # where next year's value is read: the hasil.json path of the indicator (MEASURED)
    # the population the row was written for when it is not the report's whole scope: the dinas of a province
    # stop-or-redesign row (their own gain and budget, not the province's); () = the report's scope
    dinas: tuple[str, ...] = ()
    # a province redesign row (rec_little) about some dinas: each dinas's own gain target, in ``dinas`` order
    # (``target`` is then the largest of them, and the sheet's number is left empty for several)
    targets: tuple[float, ...] = ()
    # each named dinas's value as ``today_text`` shows it, in ``dinas`` order: next year's row about some of them
    # quotes only their history (followup_review.history)
    today_parts: tuple[str, ...] = ()
    path: str = ""  # ``measure`` without words: the hasil.json path alone (FollowUpRow.ukuran)
    unit: str = ""  # the unit of ``today`` and ``target``, a key of contract.doc.UNITS
    owner_key: str = ""  # the responsible unit as a key (FollowUpRow.penanggung_jawab)
    # a province row about some dinas's own finding (KENAIKAN-<DINAS>, a stop-or-redesign row naming dinas): the id of
    # the row on the same finding in each of those dinas's own plans (FollowUpRow.baris_dinas; province_rows)
    dinas_rows: tuple[str, ...] = ()
    due: tuple[int, int] = (0, 0)  # (year, quarter) of ``deadline`` as printed (recommendation.due); (0, 0) = unknown
    # a dinas row on a province row the dinas carries out: the province row's id (FollowUpRow.baris_provinsi;
    # report.chapters.province_rows)
    province_rows: tuple[str, ...] = ()
    # why ``today_text`` is withheld, whole, when the cell gives only its cause (province_rows.pointer): said once
    # under the plan table, and in the workbook's value cell (LOOK15 Q-10: a 12-line "Nilai 2025" cell)
    today_reason: str = ""


@dataclass(frozen=True)
class _Goal:
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


def _target(targets: dict[str, Target] | None, key: str | None, today: float, interval: Interval | None = None,
            scale: float = 1.0, higher_better: bool = True, floor: float | None = None) -> float:
    """The follow-up target (docs/metode.md, "Rencana tindak lanjut"): the better of the configured target
    (or ``floor``, a threshold such as the B band) when today has not reached it, and the better end of today's
    95% interval (a value that, reached next year, is a change larger than today's uncertainty); without an
    interval and with nothing configured still to reach, a fixed step (constants.FOLLOW_UP_SHARE_POINTS)."""
    better = max if higher_better else min
    candidates = []
    configured = (targets or {}).get(key) if key else None
    for goal in ([configured.nilai] if configured else []) + ([floor] if floor is not None else []):
        if (today < goal) if higher_better else (today > goal):
            candidates.append(goal)
    if interval is not None and interval["cukup_data"] and interval["ci_bawah"] is not None \
            and interval["ci_atas"] is not None:
        candidates.append((interval["ci_atas"] if higher_better else interval["ci_bawah"]) * scale)
    elif not candidates:  # no interval and nothing configured still to reach: a fixed step
        step = constants.FOLLOW_UP_SHARE_POINTS
        candidates.append(min(100.0, today + step) if higher_better else max(0.0, today - step))
    return better(candidates)


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


@dataclass(frozen=True)
class _Measure:
    """What a rule's follow-up row measures: its code, where next year's value is read in hasil.json, the
    indicator's words (a key of the catalogue), today's figure, the target of config/target.yml it answers,
    how it is shown, and which way is better."""

    code: str  # the row code's first part ("JP20"); the subject follows ("STOP-SEMINAR", "U7")
    path: str  # the hasil.json field of the indicator ({s} = the row's subject)
    indicator: str
    today: Callable[[Hasil, str], Interval | float | None]  # (hasil, the row's subject) -> the figure today
    target_key: str | None = None  # config/target.yml
    # "percent" (of ``scale``), "rupiah", "score" (two decimals), "points" (one), "count" or "element" (an SKM
    # element's mean, fmt.element)
    unit: str = "percent"
    scale: float = 1.0  # a share 0-1 in hasil.json is shown in percent
    higher_better: bool = True
    floor: float | None = None  # a threshold to reach when today is below it (the B band of an SKM element)
    # a total of the year beyond the key figures' (key_figures.year_total): judged only once the year is over
    year_total: bool = False
    has_interval: bool = True  # False: a plain figure (realisation, a share of participants), no interval
    survey: bool = False  # read from the year's SKM: without that year's survey it cannot be judged (CHECK12 C12-1)
    province_path: str = ""  # the province report's field when it is not ``path`` ({s} = the row's subject)
    # the province report's code when its row counts another population than a dinas's row of the rule (a code means
    # one indicator, LOOK12 K-4: IKM-CD counts a dinas's units, IKM-CD-DINAS the province's dinas)
    province_code: str = ""
    # whether this year's plan sets the row (of the subject, '' = any) at all; ``today`` still measures it, so last
    # year's row is judged
    issued: Callable[..., bool] = lambda _hasil, _subject="": True


def _ikm(hasil: Hasil, _subject: str) -> Interval | None:
    return results.key_figures(hasil)["ikm"]


def _element(hasil: Hasil, subject: str) -> Interval | None:
    return next((r for r in hasil["komunikasi"]["unsur"] if r["unsur"] == subject), None)


def _method_gain(hasil: Hasil, subject: str) -> Interval | None:
    return next((r for r in hasil["level2_pembelajaran"]["per_metode"] if r["metode"] == subject), None)


def did_units(hasil: Hasil) -> float | None:
    """The units the IKM impact comparison used: trained plus comparison units with an SKM before and after."""
    did = hasil["level4_hasil"]["did_ikm"]
    effect = did.get("efek") if did.get("tersedia") else None
    return float(effect["unit_dilatih"] + effect["unit_pembanding"]) if effect else None


def _pppk_over(hasil: Hasil) -> Interval | None:
    """The share of PPPK above the JP cap, measured whether or not the rule fires (next year's review reads it)."""
    return (hasil["pelaksanaan"]["jp_20"].get("pppk") or {}).get("di_atas_batas")


def _realisation(hasil: Hasil, _subject: str) -> float | None:
    row = results.realisation_in_year(hasil)
    return row["persen_realisasi"] if row else None


_IKM = ("level4_hasil.ikm_per_periode[-1]", "pl_ind_ikm", _ikm, "ikm", "score")
_COST = ("anggaran_vs_peningkatan.biaya_per_poin_semua", "pl_ind_cost",
         lambda hasil, _: hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"], "biaya_per_poin", "rupiah")
_REALISATION = _Measure("REALISASI", "pelaksanaan.realisasi_anggaran[tahun].persen_realisasi", "pl_ind_realisation",
                        _realisation, "persen_realisasi", has_interval=False)
_COVERAGE = _Measure("CAKUPAN", "pelaksanaan.cakupan_asn (× 100)", "pl_ind_coverage",
                     lambda hasil, _: hasil["pelaksanaan"]["cakupan_asn"], "cakupan_asn", scale=100.0)
# words a rule's indicator always carries, from their one place: the PPPK cap (constants, with its regulation in
# the words); the plan and a row known only from its published record (published_rows) fill them alike
RULE_WORDS: dict[str, dict[str, str]] = {"rec_pppk": {"batas": str(constants.PPPK_JP_MAXIMUM_PER_YEAR)}}
# one record per rule of report.chapters.rules
MEASURED: dict[str, _Measure] = {
    "rec_jp": _Measure("JP20", "pelaksanaan.jp_20.keseluruhan (× 100)", "pl_ind_jp",
                       lambda hasil, _: hasil["pelaksanaan"]["jp_20"]["keseluruhan"], "jp_20", scale=100.0),
    "rec_realisation": _REALISATION,
    "rec_budget_absorb_first": _REALISATION,
    # the coverage target missed, as the summary names it (key_findings.missed_targets); rules puts it before
    # rec_budget_reach, so the CAKUPAN row (one per code) carries the coverage action
    "rec_coverage": _COVERAGE,
    "rec_budget_reach": _COVERAGE,
    "rec_budget_cheaper": _Measure("BIAYA-POIN", *_COST, higher_better=False),
    "rec_budget_more": _Measure("BIAYA-POIN", *_COST, higher_better=False),
    "rec_method": _Measure("PORSI", "pelaksanaan.kegiatan_per_metode[metode={s}].n_peserta / Σ n_peserta (× 100)",
                           "pl_ind_method", lambda hasil, subject: method_choice.method_share(hasil, subject)
                           if hasil["pelaksanaan"]["kegiatan_per_metode"] else None, has_interval=False,
                           # no share target this year for a cheaper method whose gain per participant is clearly lower,
                           # unless for the next cheaper method that takes its place (method_choice.share_advised,
                           # C12-15); last year's share row is still measured (REVIEW6 R6-1: it read "belum dapat
                           # dihitung" beside the 8,6% of Tabel 4)
                           issued=method_choice.share_advised),
    "rec_did_expand": _Measure("IKM", *_IKM, survey=True),
    "rec_did_review": _Measure("IKM", *_IKM, survey=True),
    # designing the measurement, judged by what it asks for: the units the comparison uses (_did_units_goal)
    "rec_did_measure": _Measure("IKM-UKUR", "level4_hasil.did_ikm.efek.unit_dilatih + "
                                            "level4_hasil.did_ikm.efek.unit_pembanding", "pl_ind_did_units",
                                lambda hasil, _: did_units(hasil), unit="count", has_interval=False,
                                # none where the province earned the word (its IKM row; CHECK10 C10-1)
                                issued=lambda hasil, _subject="": province_impact.earned_elsewhere(hasil) is None),
    "rec_weak": _Measure("", "komunikasi.unsur[unsur={s}]", "pl_ind_weak", _element, unit="element",
                         floor=constants.WEAK_ELEMENT_THRESHOLD, survey=True),
    "rec_resist": _Measure("RESISTENSI", "tantangan.resistensi.resistensi_tinggi (× 100)", "pl_ind_resist",
                           lambda hasil, _: hasil["tantangan"]["resistensi"]["resistensi_tinggi"], scale=100.0,
                           higher_better=False),
    # every participation scored and rated: the target is all of them
    "rec_data": _Measure("DATA", "data.n_partisipasi_lengkap / data.n_partisipasi_tahun (× 100)", "pl_ind_data",
                         lambda hasil, _: data_share(hasil), floor=100.0, has_interval=False),
    # units (province: dinas) below category B, counted as the summary's finding lists them (ikm_units.ikm_below_b):
    # a whole number, none is the target; no interval (each unit's category is judged on its own estimate)
    # (the path of a dinas report, then the province's: hasil.json keys only, the same in both languages)
    "rec_ikm_units": _Measure("IKM-CD", "count(kategori in C, D: level4_hasil.ikm_unit[periode=komunikasi.periode] | "
                                        "perbandingan_dinas[].ikm)", "pl_ind_ikm_units",
                              lambda hasil, _: ikm_units.ikm_below_b_count(hasil), unit="count", higher_better=False,
                              floor=0.0, has_interval=False, province_code="IKM-CD-DINAS", survey=True),
    # the adjusted gain clearly below the province mean (the attention list's rule): the difference, at least zero
    # next year (the line that removes the finding, as an element's B band); the province: one row per dinas
    "rec_gain_low": _Measure("KENAIKAN", "pooling.dinas_ini.selisih_rata", "pl_ind_gain_low",
                             lambda hasil, subject: lagging_gain.contrast(hasil, subject), unit="points", floor=0.0,
                             province_path="pooling.per_dinas[dinas={s}].selisih_rata"),
    # PPPK above the JP cap of PP 49/2018 Pasal 39 (rules.pppk_over_cap): none is the target, the regulation's line
    "rec_pppk": _Measure("PPPK-JP", "pelaksanaan.jp_20.pppk.di_atas_batas (× 100)", "pl_ind_pppk",
                         lambda hasil, _: _pppk_over(hasil), scale=100.0, higher_better=False, floor=0.0,
                         year_total=True),  # every course until 31 December adds to a PPPK's hours
    # money without gain: its own goal (_stop_goal), a gain above zero or no money
    "rec_stop": _Measure("STOP", "level2_pembelajaran.per_metode[metode={s}]; "
                                 "pelaksanaan.kegiatan_per_metode[metode={s}].anggaran_rp", "pl_ind_stop",
                         _method_gain, unit="points"),
    # a very small gain: next year's above the better end of today's interval
    "rec_little": _Measure("KECIL", "level2_pembelajaran.per_metode[metode={s}]", "pl_ind_little", _method_gain,
                           unit="points"),
}


def indicator_words(rule: str, subject: str, tahun: int, lang: str, dinas: tuple[str, ...] = (),
                    province: bool = False, slug: str = "", did: Mapping[str, Any] | None = None,
                    costed: bool = True) -> str:
    """A row's indicator in words, measured in ``tahun`` + 1: the one place the plan (``_goal`` and its helpers) and a
    row known only from its published record (published_rows) build it. ``subject``: the element, the method, or
    the dinas of a province's gain row; ``dinas``: those a stop-or-redesign row was written for; ``province``: the
    report's scope is the province; ``slug``: the scope (a dinas report's own gain row); ``did``: its
    `level4_hasil.did_ikm` (the programme a measurement row names); ``costed`` false: a stop row whose method has no
    recorded cost, measured on the gain alone. '' for a rule without a measure."""
    measured = MEASURED.get(rule)
    if measured is None:
        return ""
    key, values = measured.indicator, {"tahun": tahun + 1, **RULE_WORDS.get(rule, {})}
    if rule == "rec_weak":
        values["unsur"] = phrases.element_name(subject, lang)
    elif rule == "rec_gain_low":  # the province's row names its dinas; a dinas report's, itself
        values["dinas"] = part_name(subject or slug, lang)
    elif subject:
        values["metode"] = label(subject, lang)
    if rule in ("rec_stop", "rec_little") and dinas:
        key = f"pl_ind_{rule.removeprefix('rec_')}_{'dinas' if len(dinas) > 1 else 'one'}"
        values["dinas"] = phrases.and_([dinas_name(one, lang) for one in dinas], lang)
    elif rule in ("rec_stop", "rec_little") and province:  # the province's own gain (WHOLE_PROVINCE), said so
        key = f"pl_ind_{rule.removeprefix('rec_')}_province"
    elif rule == "rec_ikm_units":  # the units of a dinas report, the dinas of the province's
        values["siapa"] = t("kt_ikm_dinas_word" if province else "kt_ikm_unit_word", lang)
    elif rule == "rec_did_measure":
        values |= impact.programme(did or {}, lang)  # type: ignore[arg-type]
    if rule == "rec_stop" and not costed:
        key = f"{key}_gain"
    return t(key, lang, **values)


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


def _goal(rec: recommendation.Recommendation, hasil: Hasil, targets: dict[str, Target] | None, lang: str,
          before: Mapping[str, float] | None = None) -> _Goal | None:
    """Indicator, today's value and target of one recommendation; None when it has no measurable value.
    ``before``: last year's targets of the row on the same finding, not shown reached, by population ("" = the
    scope, else a dinas): this year's target is never weaker (a missed target is not lowered)."""
    if rec.rule == "rec_stop":
        return _stop_goal(rec, hasil, lang)
    if rec.rule == "rec_did_measure":
        return _did_units_goal(hasil, lang, (before or {}).get(""))
    if rec.rule == "rec_little" and (parts := little_parts(rec, hasil)):
        return _little_dinas_goal(rec, parts, hasil["tahun"], lang, before or {})
    measure = MEASURED.get(rec.rule)
    figure = measure.today(hasil, rec.subject) if measure else None
    if measure is None or figure is None:
        return None
    interval: Interval | None = None
    if isinstance(figure, dict):
        if not figure["cukup_data"]:
            return None
        today, interval = point(figure) * measure.scale, figure
    else:
        today = float(figure)
    higher_better = measure.higher_better
    target = _target(targets, measure.target_key, today, interval, measure.scale, higher_better, measure.floor)
    configured = (targets or {}).get(measure.target_key) if measure.target_key else None
    threshold = any(goal is not None and math.isclose(target, goal)
                    for goal in (configured.nilai if configured else None, measure.floor))
    if rec.rule == "rec_little" and interval is not None:
        # a target that removes the finding under its own rule, never below last year's for the same row
        target, threshold = little_target(interval, (before or {}).get("")), True
    elif rec.rule == "rec_weak":
        # the line that removes the finding (the B band), never an end of today's interval, which moves with the
        # number of respondents (REVIEW3 11: 3,43 near the top of B for 94 respondents), nor last year's target
        # when that was such an end: the only floor kept is the same line
        target, threshold = constants.WEAK_ELEMENT_THRESHOLD, True
    elif (prior := (before or {}).get("")) is not None and \
            ((prior > target) if higher_better else (prior < target)):  # last year's missed target, not lowered
        target, threshold = prior, True
    if rec.rule == "rec_gain_low" and interval is not None:
        return _gain_low_goal(rec, hasil, interval, target, lang)
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    indicator = indicator_words(rec.rule, rec.subject, hasil["tahun"], lang, province=province)
    sign = "≥" if higher_better else "≤"
    if measure.unit == "count":  # a whole number of units, never a percent
        target = _rounded(target, 0, higher_better, threshold)
        return _Goal(indicator, today, fmt.integer(today, lang), target,
                     count_target_text(target, higher_better, lang, of_dinas=bool(province and measure.province_code)),
                     higher_better)
    if measure.unit == "rupiah":
        target = _rounded(target, 0, higher_better, threshold)
        return _Goal(indicator, today, fmt.rupiah(today, lang), target, f"{sign} {fmt.rupiah(target, lang)}",
                     higher_better)
    if rec.rule == "rec_weak":  # the B band's lower edge as the regulation prints it, judged on the whole interval
        return _Goal(indicator, today, fmt.element(today, lang), target,
                     t("pl_tgt_weak", lang, batas=fmt.element_threshold(lang)), higher_better)
    if measure.unit == "element":  # an SKM element's mean as BAB VI prints it: on its side of the threshold
        # the B band is rounded away from today (3.0644 is 3.07); an interval's end or last year's target is kept
        # as it is printed (3.0649 is 3.065, not 3.06: below the threshold, reaching it would leave the element weak)
        at_floor = measure.floor is not None and math.isclose(target, measure.floor)
        decimals = constants.ELEMENT_DECIMALS if at_floor else fmt.element_decimals(target)
        target = _rounded(target, decimals, higher_better, threshold)
        return _Goal(indicator, today, fmt.element(today, lang), target, f"{sign} {fmt.element(target, lang)}",
                     higher_better)
    if measure.unit in ("score", "points"):
        decimals = 2 if measure.unit == "score" else 1
        target = _rounded(target, decimals, higher_better, threshold)
        if rec.rule == "rec_little" and interval is not None:  # the gain with its interval, as a stop row shows it
            return _Goal(indicator, today, gain_text(interval, lang), target,
                         little_target_text(target, interval, lang, (before or {}).get(""), hasil["tahun"] - 1,
                                            hasil["tahun"]),
                         higher_better)
        return _Goal(indicator, today, fmt.number(today, decimals, lang), target,
                     f"{sign} {fmt.number(target, decimals, lang)}", higher_better)
    target = _rounded(target, 1, higher_better, threshold)
    now = fmt.percent(today, 1, lang)
    if rec.rule == "rec_data" and rules.year_not_received(hasil):  # 0 of 0 received: no data, not 0,0% (E15-9)
        now = t("fact_no_last_year", lang, tahun=hasil["tahun"])
    return _Goal(indicator, today, now, target, percent_target_text(target, higher_better, lang), higher_better)


def _did_units_goal(hasil: Hasil, lang: str, before: float | None = None) -> _Goal | None:
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
    indicator = indicator_words("rec_did_measure", "", hasil["tahun"], lang, did=did)
    now = t("pl_now_did_units", lang, n=fmt.integer(today, lang), d=fmt.integer(trained, lang),
            p=fmt.integer(comparison, lang))
    return _Goal(indicator, float(today), now, float(needed),
                 t("pl_tgt_did_units", lang, n=fmt.integer(needed, lang),
                   min=fmt.integer(constants.MIN_UNITS_PER_ARM, lang)))


def _gain_low_goal(rec: recommendation.Recommendation, hasil: Hasil, interval: Interval, target: float,
                   lang: str) -> _Goal:
    """A dinas's adjusted gain minus the province mean (rec_gain_low): today's difference with its interval and the
    two figures it is the difference of, as Tabel 1 prints them; the target (_target with the floor 0: the
    difference that removes the finding, or last year's unmet one) in points to one decimal."""
    slug = rec.subject or hasil["cakupan"]["slug"]
    item = next((i for i in lagging_gain.listed(hasil) if i.dinas == slug), None)
    mean = (hasil.get("pooling") or {}).get("rata_provinsi")
    today_text = gain_text(interval, lang)
    if item is not None:
        today_text = t("pl_now_gain_low", lang, selisih=today_text, nilai=facts.show_value("gain", item.gain, lang,
                                                                                           False),
                       prov=facts.show_value("gain", mean, lang, False))
    target = _rounded(target, 1, True, True)
    return _Goal(indicator_words("rec_gain_low", slug, hasil["tahun"], lang), point(interval),
                 today_text, target, gain_low_target_text(target, lang))


@dataclass(frozen=True)
class StopPart:
    """A stop-or-redesign row's indicator in one population it was written for (the report's scope, or one dinas
    a province row names): the method's participants' gain of the year (level2_pembelajaran.per_metode,
    clustered by activity; None when that population has none) and the budget of the method's activities that
    year (pelaksanaan.kegiatan_per_metode; None with ``reason`` when the population's results are missing)."""

    dinas: str  # "" = the report's own scope
    gain: Interval | None
    budget: float | None
    reason: str = ""
    costed: bool = True  # false: the method's cost is not recorded (no_gain.costed), the row judged on its gain alone
    # a redesign row's (rec_little) gain target in this population; None: a stop row ('> 0 points or Rp 0')
    target: float | None = None


def stop_part(hasil: Hasil, subject: str, dinas: str = "") -> StopPart:
    """The indicator of a stop-or-redesign row in ``hasil`` (the results of the population it names): the same
    figures analysis.budget.without_gain wrote the row from. A method held without a recorded cost is no method
    without budget: judged on its gain (CHECK11 C11-11)."""
    held = [r for r in hasil["pelaksanaan"]["kegiatan_per_metode"] if r["metode"] == subject]
    spent = sum(r["anggaran_rp"] for r in held)
    costed = spent > 0 or not any(r.get("n_kegiatan") for r in held)
    return StopPart(dinas, _method_gain(hasil, subject), float(spent), costed=costed)


def _written_parts(rec: recommendation.Recommendation, hasil: Hasil) -> list[StopPart]:
    """The populations a stop-or-redesign recommendation was written for, with their figures of the year: the
    scope's own method (its `tanpa_kenaikan` row without a dinas), else (the province) each dinas's own row."""
    rows = [r for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []) if r["metode"] == rec.subject]
    own = [r for r in rows if r["dinas"] is None]
    return [StopPart(r["dinas"] or "", r, r["anggaran_rp"], costed=no_gain.costed(r)) for r in (own or rows)]


def little_parts(rec: recommendation.Recommendation, hasil: Hasil) -> list[StopPart]:
    """The dinas a province redesign recommendation names (no_gain.little_gain_dinas: its method's pairs), each with
    its own gain and budget of the year; [] for a recommendation about the report's own scope."""
    if rec.rule != "rec_little" or hasil.get("cakupan", {}).get("jenis") != "provinsi":
        return []
    return [StopPart(r["dinas"] or "", r, r["anggaran_rp"]) for r in no_gain.little_gain_dinas(hasil)
            if r["metode"] == rec.subject]


def _little_dinas_goal(rec: recommendation.Recommendation, parts: list[StopPart], tahun: int, lang: str,
                       before: Mapping[str, float]) -> _Goal:
    """A province redesign row about some dinas: each dinas's gain above its own target (little_target on its own
    interval, as that dinas's report sets it), judged in each dinas next year, not on the province's gain."""
    parts = [StopPart(p.dinas, p.gain, p.budget, target=little_target(p.gain or {}, before.get(p.dinas)))
             for p in parts]
    dinas = tuple(p.dinas for p in parts)
    indicator = indicator_words("rec_little", rec.subject, tahun, lang, dinas=dinas)
    targets = tuple(float(p.target) for p in parts if p.target is not None)
    shown = [little_target_text(float(p.target), p.gain or {}, lang, before.get(p.dinas), tahun - 1, tahun)
             for p in parts if p.target is not None]
    target_text = shown[0] if len(parts) == 1 else \
        "; ".join(f"{part_name(p.dinas, lang)}: {text}" for p, text in zip(parts, shown, strict=True))
    today = point(parts[0].gain) if len(parts) == 1 and parts[0].gain else None
    return _Goal(indicator, today, stop_text(parts, lang), max(targets), target_text, dinas=dinas, targets=targets,
                 today_parts=tuple(stop_text([part], lang) for part in parts))


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


def year_total(rule: str) -> bool:
    """Whether a rule's row measures a total of the year (a key figure's, facts.YEAR_TOTALS, or its own): such a
    row is not judged on a year not over (followup_review.judge; CHECK15 E15-6)."""
    measured = MEASURED.get(rule)
    return measured is not None and (measured.year_total or measured.target_key in facts.YEAR_TOTALS)


def count_target_text(target: float, higher_better: bool, lang: str, of_dinas: bool = False) -> str:
    """A target on a count of units (``of_dinas``: of dinas) as every table, note and workbook prints it: '≤ 3',
    '≥ 3'; none at all '0 unit' ('0 dinas'), never '≤ 0' (LOOK20 W-15: a count is never below 0)."""
    if not higher_better and target <= 0:
        return t("pl_tgt_count_none_dinas" if of_dinas else "pl_tgt_count_none", lang)
    return f"{'≥' if higher_better else '≤'} {fmt.integer(target, lang)}"


def percent_target_text(target: float, higher_better: bool, lang: str) -> str:
    """A target in percent with its direction as every plan table, note and workbook prints it: '≥ 100%', '≤ 8,2%',
    '≤ 0%' (whole percent without decimals)."""
    shown = fmt.percent(target, 0 if float(target).is_integer() else 1, lang)
    return f"{'≥' if higher_better else '≤'} {shown}"


def gain_low_target_text(target: float, lang: str) -> str:
    """A KENAIKAN row's target (rec_gain_low), the difference from the province mean: '≥ 0,0 poin (setidaknya
    rata-rata provinsi)'."""
    return t("pl_tgt_gain_low", lang, target=fmt.number(target, 1, lang))


def line_target_text(rule: str, lang: str, province: bool = False, line: float | None = None) -> str:
    """The target of a row of ``rule`` at its own line (``line``; by default _Measure.floor, the value that removes
    the finding) as the row prints it (_goal): '≤ 0%' (PPPK-JP), '≥ 100%' (DATA), '0 unit' (IKM-CD; '0 dinas' for the
    province's IKM-CD-DINAS), '≥ 0,0 poin (setidaknya rata-rata provinsi)' (KENAIKAN), the B band of an element, a
    stop row's '> 0 poin … atau Rp 0'. 10.2's list of target rules quotes it (followup.rule_items), so the rule and
    the rows say one target (LOOK24 leftover: the list's "(0%)" beside the row's "≤ 0%")."""
    measured = MEASURED[rule]
    value = measured.floor if line is None else line
    if rule == "rec_weak":
        return t("pl_tgt_weak", lang, batas=fmt.element_threshold(lang))
    if rule == "rec_stop":
        return t("pl_tgt_stop", lang)
    if value is None:
        raise ValueError(f"{rule} has no line of its own")
    if rule == "rec_gain_low":
        return gain_low_target_text(value, lang)
    if measured.unit == "count":
        return count_target_text(value, measured.higher_better, lang,
                                 of_dinas=province and bool(measured.province_code))
    if measured.unit == "percent":
        return percent_target_text(value, measured.higher_better, lang)
    sign = "≥" if measured.higher_better else "≤"
    return f"{sign} {fmt.number(value, 2 if measured.unit == 'score' else 1, lang)}"


def counts_dinas(row: PlanRow) -> bool:
    """Whether a row's count is of dinas, not of units: the province's own code of its rule (IKM-CD-DINAS)."""
    measured = MEASURED.get(row.rule)
    return bool(measured and measured.province_code and row.code == measured.province_code)


def gain_target_text(target: float, lang: str) -> str:
    """A redesign row's gain target in one population with its unit, as every other target (LOOK9 #6): '≥ 2,3 poin'."""
    return t("pl_tgt_gain", lang, target=fmt.number(target, 1, lang))


def part_verdict(part: StopPart, lang: str) -> tuple[str, str]:
    """A population's verdict on a stop row (stop_verdict) or a redesign row (its gain against its own target by
    the targets' interval rule, report.facts.judge_values)."""
    if part.target is None:
        return stop_verdict(part)
    if part.reason:
        return "cannot", part.reason
    gain: Mapping[str, Any] = part.gain or {}
    value, low, high = gain.get("estimasi"), gain.get("ci_bawah"), gain.get("ci_atas")
    if not gain.get("cukup_data") or value is None or low is None or high is None:
        return "cannot", ""
    verdict = facts.judge_values((value, low, high), part.target, True, None, lang)
    return verdict.status, "status_ci_holds" if verdict.status == "cannot" else ""


def part_status(part: StopPart, lang: str) -> facts.Verdict:
    """A population's verdict (part_verdict) with its cause when it cannot be judged: the rule's 'rentang memuat
    target', the population's reason (its results missing) or the cause of its withheld gain in a few words
    ('hanya 1 kegiatan')."""
    status, key = part_verdict(part, lang)
    if status != "cannot":
        return facts.Verdict(status)
    return facts.Verdict(status, t(key, lang) if key == "status_ci_holds" else part.reason
                         or reasons.short(part.gain, lang))


def parts_verdict(parts: Sequence[StopPart], lang: str) -> facts.Verdict:
    """The verdict of a row measured in several populations (a stop row; a province redesign row about some dinas,
    each against its own target), the one rule for the review table, the note on rows not carried on and each
    dinas's share of a row: met when its target is met in every population, not met when it is missed in one,
    otherwise it cannot be judged; each population's own verdict kept, by name, when there are several (the
    table says them one by one where they differ, LOOK22 Y-6)."""
    each = tuple((part_name(part.dinas, lang), part_status(part, lang)) for part in parts)
    statuses = {verdict.status for _, verdict in each}
    status = "not_met" if "not_met" in statuses else "met" if statuses == {"met"} else "cannot"
    several = len(each) > 1
    # cannot be judged: the causes of the populations that cannot, each with its name when there are several
    why = "; ".join(f"{name}: {verdict.why}" if several else verdict.why for name, verdict in each
                    if verdict.status == "cannot" and verdict.why) if status == "cannot" else ""
    return facts.Verdict(status, why, parts=each if several else ())


def stop_verdict(part: StopPart) -> tuple[str, str]:
    """('met' | 'not_met' | 'cannot', the reason key or text): the stop target '> 0 points (whole 95% interval
    above zero) or Rp 0' in one population: no budget for the method meets it; a gain whose whole interval is
    above zero meets it, wholly at or below zero misses it, otherwise it cannot be judged."""
    if part.reason:
        return "cannot", part.reason
    if part.costed and part.budget is not None and part.budget <= 0:
        return "met", ""
    low, high = (part.gain["ci_bawah"], part.gain["ci_atas"]) if part.gain and part.gain.get("cukup_data") \
        else (None, None)
    if low is None or high is None:
        return "cannot", ""
    if low > 0:
        return "met", ""
    if high <= 0:
        return "not_met", ""
    return "cannot", "status_ci_holds"


def dinas_name(slug: str, lang: str) -> str:
    return names.compact(slug, compact_name(slug), lang)


def part_name(slug: str, lang: str) -> str:
    """A dinas in a value cell of several dinas: its usual short name ('Kesehatan', 'Satpol PP'), as the tables
    of units name it (a narrow number column broke 'Satuan Polisi Pamong Praja' inside its words)."""
    return names.short_name_in(slug, lang)


def stop_text(parts: list[StopPart] | tuple[StopPart, ...], lang: str, brief: bool = False) -> str:
    """A stop-or-redesign row's value as the plan and next year's review show it, in the indicator's unit
    (points, with the 95% interval, and the method's budget), per dinas when the row names several:
    '−1,0 (−2,4 s.d. 0,4) poin, Rp 167 juta'; 'Kesehatan: …; Satpol PP: Rp 0 (tidak dianggarkan)'. ``brief``: a
    redesign row's gain without an interval as its mean alone ('2,8 poin, tanpa rentang'), for a table whose
    Status cell gives the cause and whose note the whole reason (LOOK13 M-1: a 10-line value cell)."""
    out = []
    for part in parts:
        if part.reason:
            text = part.reason
        elif part.target is not None:  # a redesign row: the gain with its interval, as the scope's row shows it
            if part.gain and part.gain.get("cukup_data") and part.gain.get("ci_bawah") is not None:
                text = gain_text(part.gain, lang)
            elif brief and part.gain and (mean := _mean_gain(part.gain)) is not None:
                text = t("pl_now_no_interval", lang, besar=fmt.number(mean, 1, lang))
            else:
                text = reasons.reason(part.gain, lang)
        elif not part.costed:
            text = t("pl_now_stop_nocost", lang, besar=gain_text(part.gain, lang)) if part.gain else \
                reasons.reason(part.gain, lang)
        elif part.budget is not None and part.budget <= 0:
            text = t("pl_stop_no_budget", lang)
        elif not part.gain or not part.gain.get("cukup_data") or part.gain.get("ci_bawah") is None:
            text = f"{reasons.reason(part.gain, lang)}, {fmt.rupiah(part.budget, lang)}"
        else:
            text = t("pl_now_stop", lang, besar=gain_text(part.gain, lang), biaya=fmt.rupiah(part.budget, lang))
        out.append(f"{part_name(part.dinas, lang)}: {text}" if part.dinas and len(parts) > 1 else text)
    return "; ".join(out)


def _mean_gain(gain: Interval) -> float | None:
    """A method's mean gain, also when it is withheld for want of an interval ('rata_peserta')."""
    mean = gain.get("estimasi")
    withheld: Any = dict(gain).get("rata_peserta")
    return mean if mean is not None else withheld


def gain_text(gain: Interval, lang: str) -> str:
    """A method's gain with its 95% interval in the style of every table cell (fmt.span: '1,8 (1,0–2,6)';
    with a negative end '−1,0 (−2,4 s.d. 0,4)', as report.facts shows the key figures)."""
    value, low, high = fmt.figures((gain["estimasi"], gain["ci_bawah"], gain["ci_atas"]), "poin_tes", lang)
    return f"{value} ({fmt.span(low, high, lang)})"


def _stop_goal(rec: recommendation.Recommendation, hasil: Hasil, lang: str) -> _Goal:
    """A method that spent money without gain: its gain above zero next year, or no money spent on it, in the
    population the finding was about (the scope, or the dinas a province row names)."""
    parts = _written_parts(rec, hasil)
    dinas = tuple(part.dinas for part in parts if part.dinas)
    costed = any(part.costed for part in parts)  # none recorded: the gain alone, never "or Rp 0" (CHECK11 C11-11)
    indicator = indicator_words("rec_stop", rec.subject, hasil["tahun"], lang, dinas=dinas,
                                province=(hasil.get("cakupan") or {}).get("jenis") == "provinsi", costed=costed)
    today = point(parts[0].gain) if len(parts) == 1 and parts[0].gain else None
    return _Goal(indicator, today, stop_text(parts, lang), 0.0,
                 t("pl_tgt_stop" if costed else "pl_tgt_stop_gain", lang), dinas=dinas,
                 today_parts=tuple(stop_text([part], lang) for part in parts) if dinas else ())


def data_share(hasil: Hasil) -> float | None:
    """Percent of the year's participations with all three values, pre, post and a behaviour rating (rows counted,
    as the label says and as BAB III's behaviour-gain slope counts them; the smaller of the two counts overstated it,
    REVIEW3 #10); None without participations, 0 for a dinas whose year's data were not received (its DATA row asks
    for them: CHECK11 C11-7). Last year's row is judged on this definition: its value comes from last year's
    results, which the model stage recomputes with the same code (hasil-<tahun>-tahun-lalu.json)."""
    total = hasil["data"]["n_partisipasi_tahun"]
    if not total:
        return 0.0 if rules.year_not_received(hasil) else None
    return 100.0 * hasil["data"]["n_partisipasi_lengkap"] / total


def _met(goal: _Goal) -> bool:
    if goal.today is None:
        return False
    return goal.today >= goal.target - 1e-9 if goal.higher_better else goal.today <= goal.target + 1e-9


def _split(recs: list[recommendation.Recommendation], hasil: Hasil, lang: str) -> list[recommendation.Recommendation]:
    """One recommendation per finding: the weak-elements rule becomes one row per weak element, the province's gain
    rule (rec_gain_low) one row per dinas on the list."""
    out = []
    for rec in recs:
        if rec.rule == "rec_weak":
            weak = [r["unsur"] for r in hasil["komunikasi"]["unsur"] if r.get("lemah")]
            out += [recommendation.Recommendation(rec.rule, rec.text, rec.action, owner=rec.owner,
                                                  quarter=rec.quarter, subject=element) for element in weak]
        elif rec.rule == "rec_gain_low" and not rec.action:  # the province's: one row per dinas, with its action
            out += [recommendation.Recommendation(rec.rule, rec.text, action, owner=rec.owner, quarter=rec.quarter,
                                                  subject=slug)
                    for slug, action in lagging_gain.province_actions(hasil, lang).items()]
        else:
            out.append(rec)
    return out


# the mark a province-wide method row carries in its code (KECIL-PROV-SEMINAR, STOP-PROV-SEMINAR; short, as the Kode
# column keeps a code whole and is as wide as the longest: KECIL-PROVINSI-SEMINAR took a third of Tabel 18): the
# province's gain is another measure than the gains of the dinas a row without it names (KECIL-SEMINAR of Bina Marga
# and Kesehatan), and a code means one measure across years (LOOK9 #6: the 2024 per-dinas KECIL-SEMINAR, targets
# Bina Marga ≥ 2,9 and Kesehatan ≥ 2,3, became a province-wide ≥ 2,6 under the same code); before the method, so that
# the code still ends with its subject (followup_review._subject)
WHOLE_PROVINCE = "PROV"


def province_wide(rec: recommendation.Recommendation, hasil: Hasil) -> bool:
    """Whether a province report's stop-or-redesign row measures the whole province's gain (its own
    `tanpa_kenaikan` row; no_gain.little_gain), not the gains of the dinas it names."""
    if (hasil.get("cakupan") or {}).get("jenis") != "provinsi":
        return False
    if rec.rule == "rec_little":
        return not little_parts(rec, hasil)
    return rec.rule == "rec_stop" and any(r["dinas"] is None and r["metode"] == rec.subject
                                          for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []))


def code(rec: recommendation.Recommendation, whole_province: bool = False, province: bool = False) -> str:
    """The row's code: the rule's and its subject's, never its position; a province-wide method row (province_wide)
    with WHOLE_PROVINCE between them; in the province report (``province``) a rule's own province code when it has
    one (_Measure.province_code)."""
    if province and MEASURED[rec.rule].province_code:
        return MEASURED[rec.rule].province_code
    scope = WHOLE_PROVINCE if whole_province and rec.rule in _SAME_FINDING else ""
    return "-".join(part for part in (MEASURED[rec.rule].code, scope, rec.subject.upper()) if part)


def owner(ctx: Context, rec: recommendation.Recommendation, named: tuple[str, ...] = ()) -> str:
    """The responsible unit: for a weak element the one its table in BAB VI names, otherwise the
    rule's unit of config/laporan.yml, with the dinas named (``named``: those a province row is about); a province
    row about more than one dinas is held by one coordinating office (accountable)."""
    if rec.rule == "rec_weak":
        return element_owner(ctx, rec.subject)
    text = ctx.config.penanggung_jawab[rec.owner][ctx.lang] if ctx.config else rec.owner
    # a long name is shortened ('Dinas PPAPP'): the table caption gives it in full
    slug = ctx.hasil["cakupan"]["slug"]
    dinas = ctx.t("every_dinas") if ctx.province else names.compact(slug, compact_name(slug), ctx.lang)
    held: tuple[str, ...] = ()  # the dinas that held the method of a province-wide method row
    if ctx.province and rec.rule == "rec_stop" and not named:  # the dinas that spent the money, not every dinas
        rows = [r for r in ctx.hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []) if r["metode"] == rec.subject]
        whole = next((r for r in rows if r["dinas"] is None), None)
        if whole is None or whole.get("biaya_tercatat", True):
            named = tuple(r["dinas"] for r in rows if r["dinas"] is not None)
        else:
            # a province-wide fall with no cost recorded in any dinas (all Rp 0 or blank): nobody is known to have
            # spent, so not the one dinas whose own fall is significant (gain11: STOP-PROV-SEMINAR owned by PRKP
            # alone) but the dinas that held the method's activities that year, who can stop or redesign them,
            # under the coordinating office of the rule's unit (config/laporan.yml koordinator_provinsi: BPSDM)
            named = held = holding(ctx, rec.subject)
    if ctx.province and rec.rule == "rec_little" and not named:  # the province's own very small gain (KECIL-PROV-):
        named = held = holding(ctx, rec.subject)  # the dinas that held the method, 'setiap dinas' only when all did
    if ctx.province and rec.rule == "rec_gain_low" and rec.subject and not named:  # the row's own dinas
        named = (rec.subject,)
    if ctx.province and rec.rule == "rec_ikm_units" and not named:  # the dinas whose IKM is below B
        named = tuple(row.name for row in ikm_units.ikm_below_b(ctx.hasil))
    if ctx.province and named and held:  # every dinas bar a few: said so (LOOK12 K-9)
        units = executor_units(ctx, text, named)
    else:  # the dinas the row is about, by name
        if ctx.province and named:
            dinas = phrases.and_([names.compact(slug, compact_name(slug), ctx.lang) for slug in named], ctx.lang)
        units = text.replace("{dinas}", dinas)
    return accountable(ctx, rec.owner, units, len(named) != 1)


def holding(ctx: Context, metode: str) -> tuple[str, ...]:
    """The dinas (slugs) with results that held activities of ``metode`` in the year; () without their results."""
    return tuple(slug for slug, result in sorted((ctx.dinas_results or {}).items())
                 if any(r["metode"] == metode and r.get("n_kegiatan")
                        for r in result["pelaksanaan"]["kegiatan_per_metode"]))


def executor_units(ctx: Context, text: str, named: tuple[str, ...]) -> str:
    """A unit of config/laporan.yml (``text``, with {dinas}) for the dinas ``named`` in the province report: every
    dinas only when each dinas with results is named; all but a few ('Sekretariat setiap dinas (subbagian
    kepegawaian), kecuali Pendidikan dan PRKP'); else each by name (LOOK12 K-9)."""
    every = set(ctx.dinas_results or ())
    if every and set(named) >= every:
        return text.replace("{dinas}", ctx.t("every_dinas"))
    left = sorted(every - set(named))
    if every >= set(named) and len(left) <= ikm_units.NAMED_AT_MOST < len(named):
        return text.replace("{dinas}", ctx.t("every_dinas")) + ctx.t("pl_owner_except", kecuali=phrases.and_(
            [part_name(slug, ctx.lang) for slug in left], ctx.lang))
    return several_units(text, [names.compact(slug, compact_name(slug), ctx.lang) for slug in named], ctx.lang)


def several_units(text: str, dinas: list[str], lang: str) -> str:
    """A unit of config/laporan.yml (``text``, with {dinas}) for the dinas named ``dinas``; in English the unit's
    noun in the plural when there are several ('Health and Social Affairs secretariats', not 'secretariat'): the one
    place for every province row that names dinas as executors (executor_units, element_owner; CHECK15 E15-8)."""
    if lang == "en" and len(dinas) > 1:
        # the head noun: the last word before the unit's bracket ('{dinas} technical division (…)')
        text = re.sub(r"^(\{dinas\}[^()]*?)(\w+)(\s*\(.*)?$",
                      lambda found: found.group(1) + ENGLISH_PLURALS.get(found.group(2), found.group(2))
                      + (found.group(3) or ""), text, count=1)
    return text.replace("{dinas}", phrases.and_(dinas, lang))


# the nouns of config/laporan.yml's English units after {dinas}, in the plural a list of several dinas takes (CHECK14
# E14-3: "carried out by the Health, … and Social Affairs secretariat"); a noun not listed is left as written
ENGLISH_PLURALS = {"secretariat": "secretariats", "division": "divisions", "section": "sections", "office": "offices",
                   "unit": "units", "bureau": "bureaus"}


def accountable(ctx: Context, key: str, units: str, several: bool) -> str:
    """One accountable office per row (LOOK9 #5: 'Sekretariat setiap dinas' or ten service units cannot be held to
    account): in the province report a row about more than one dinas (``several``) is held by the coordinating
    office of config/laporan.yml koordinator_provinsi for the unit's kind, the dinas's ``units`` named after it as
    executors; any other row by ``units``, one office."""
    office = (ctx.config.koordinator if ctx.config else {}).get(key)
    if not (ctx.province and several and office):
        return units
    return ctx.t("pl_owner_coordinated", kantor=office[ctx.lang], pelaksana=units)


def coordinated(ctx: Context, plan_rows: list[PlanRow]) -> bool:
    """Whether some row is held by a coordinating office with the dinas as executors (accountable)."""
    offices = [office[ctx.lang] for office in (ctx.config.koordinator if ctx.config else {}).values()]
    return ctx.province and any(row.owner.startswith(office + ";") for row in plan_rows for office in offices)


def out_of_survey_period(hasil: Hasil, slug: str) -> Any:
    """The province's SKM comparison record of the dinas ``slug`` when that dinas is out of it (one period, the
    province's last: 'SKM 2025 tidak diterima', 'hanya SKM 2025-S1'; perbandingan_dinas[].ikm, analysis.results.
    in_period); None when it is in it. Its weak elements are another period's: no province row is carried out by it
    (CHECK14 E14-3)."""
    row = next((r for r in hasil.get("perbandingan_dinas") or [] if r["dinas"] == slug), None)
    ikm = row["ikm"] if row else None
    return ikm if ikm and ikm.get("alasan") in (results.IKM_NOT_RECEIVED, results.IKM_OTHER_PERIOD) else None


def element_owner(ctx: Context, element: str) -> str:
    """The unit responsible for a weak element's follow-up, one unit (recommendation.ELEMENT_OWNER, its words in
    config/laporan.yml penanggung_jawab; REVIEW6 R6-6, R6-24), as BAB VI's table and BAB X's row name it, with its
    dinas named (REVIEW3 24): the report's dinas, or in the province report the dinas whose own element is weak this
    year (their results, ``Context.dinas_results``): one by name, every dinas with results counted, some by their
    short names; every dinas when none is known; several dinas under their coordinating office (accountable)."""
    key = recommendation.ELEMENT_OWNER[element]
    text = ctx.config.penanggung_jawab[key][ctx.lang] if ctx.config else key
    if "{dinas}" not in text:
        return text
    if not ctx.province:
        slug = ctx.hasil["cakupan"]["slug"]
        return text.replace("{dinas}", names.compact(slug, compact_name(slug), ctx.lang))
    weak = [slug for slug, result in sorted(ctx.dinas_results.items()) if out_of_survey_period(ctx.hasil, slug) is None
            and any(r["unsur"] == element and r.get("lemah") for r in result["komunikasi"]["unsur"])]
    if not weak:
        units = text.replace("{dinas}", ctx.t("every_dinas"))
    elif len(weak) == 1:
        units = text.replace("{dinas}", dinas_name(weak[0], ctx.lang))
    elif len(weak) == len(ctx.dinas_results):  # every dinas with results: counted, not a 45-line list (REVIEW4 9)
        units = text.replace("{dinas}", ctx.t("every_dinas")) + ctx.t("pl_owner_every_dinas", n=len(weak))
    else:  # some of them: each by its usual short name, as the province's tables name dinas (one naming convention)
        units = several_units(text, [part_name(slug, ctx.lang) for slug in weak], ctx.lang)
    return accountable(ctx, key, units, len(weak) != 1)


def _action(ctx: Context, rec: recommendation.Recommendation) -> str:
    if rec.rule == "rec_weak":
        return ACTIONS[rec.subject][ctx.lang]
    return rec.action  # a step resting on the province's estimate says so itself (budget_rule.based)


# rules whose rows are about the same finding, a method's gain, when the evidence moves a method from one to the
# other: a redesign row (KECIL-SEMINAR, a very small gain) whose method now has no gain becomes a stop row
# (STOP-SEMINAR), and back; the new row names the one it replaces
_SAME_FINDING = {"rec_little": "metode", "rec_stop": "metode"}


def finding(rule: str, row_code: str) -> str:
    """What a row is about across years: its code, or for a method's gain row the method ('metode:SEMINAR'),
    whichever of KECIL- or STOP- the evidence of the year gave it; a province row with a code of its own
    (_Measure.province_code) the rule's code, so last year's province IKM-CD (of dinas) goes on as IKM-CD-DINAS."""
    kind = _SAME_FINDING.get(rule)
    if kind and "-" in row_code:
        return f"{kind}:{row_code.split('-', 1)[1]}"
    measured = MEASURED.get(rule)
    return measured.code if measured and measured.province_code and row_code == measured.province_code else row_code


def rows(ctx: Context, before: Mapping[str, Mapping[str, float]] | None = None) -> list[PlanRow]:
    """The plan of the report's scope and year from its own rules, in the recommendations' order. ``before``: by
    finding, last year's targets not shown reached (report.chapters.followup.issued), below which this year's never
    go. The plan a report issues adds the links between the province's rows and the dinas's, and the province rows a
    dinas carries out (report.chapters.province_rows.rows)."""
    hasil, lang = ctx.hasil, ctx.lang
    slug, tahun = hasil["cakupan"]["slug"], hasil["tahun"]
    out: list[PlanRow] = []
    seen: set[str] = set()
    recs = rules.recommendations(hasil, lang, ctx.targets, ctx.province_results)
    for rec in _split(recs, hasil, lang) + missed_coverage(ctx) + named_units(hasil, lang, recs) \
            + unheld_shares(hasil, lang, recs, before):
        row_code = code(rec, province_wide(rec, hasil), ctx.province)
        goal = _goal(rec, hasil, ctx.targets, lang, (before or {}).get(finding(rec.rule, row_code)))
        if goal is None or _met(goal) or row_code in seen or not MEASURED[rec.rule].issued(hasil, rec.subject):
            continue
        seen.add(row_code)
        measured = MEASURED[rec.rule]
        where = (measured.province_path if ctx.province and measured.province_path else measured.path).format(
            s=rec.subject)
        path = where
        if goal.dinas:  # read in each dinas's own results, not the report's
            where += " " + t("pl_measure_dinas", lang, dinas=", ".join(goal.dinas))
        action = _action(ctx, rec) + (gain_needed(hasil, goal.target, lang) if measured is MEASURED.get(
            "rec_budget_cheaper") or measured is MEASURED.get("rec_budget_more") else "")
        out.append(PlanRow(row_id(slug, tahun, row_code), row_code, rec.rule, action, goal.indicator,
                           goal.today, goal.today_text, goal.target, goal.target_text, goal.higher_better,
                           owner(ctx, rec, goal.dinas), rec.quarter,
                           recommendation.deadline(tahun, rec.quarter, lang, ctx.dated), where, goal.dinas,
                           goal.targets, goal.today_parts, path, UNIT_KEYS[measured.unit],
                           recommendation.ELEMENT_OWNER[rec.subject] if rec.rule == "rec_weak" else rec.owner,
                           due=recommendation.due(tahun, rec.quarter, ctx.dated)))
    return after_review(ctx, shift_in_one_row(ctx, out), recs)


def gain_needed(hasil: Hasil, target: float, lang: str) -> str:
    """BIAYA-POIN's target in words at this year's cost per participant (LOOK21 X-3: '≤ Rp 114.888' against Rp
    354.785 could be met only by a higher gain, and nothing said so): the mean gain it takes, cost per participant ÷
    target cost per point, the cost printed to the rupiah and the gain rounded up so that reaching it reaches the
    target (the figures divide as printed); past the test scale's top
    (constants.NILAI_RANGE) minus this year's mean pre-test score, not reachable by a gain alone. This year's gain
    with its base, the costed activities' participants, as BAB IV prints it beside the cost per point
    (cost_basis.costed_gain; LOOK22 Y-1: '6,1 poin' stood beside the report's 6,4 with no word of its base). ''
    without figures."""
    cost = cost_basis.overall(hasil).get("biaya_per_peserta_rp")
    own, everyone = cost_basis.costed_gain(hasil, lang)
    if not cost or not own or not target or target <= 0:
        return ""
    needed = math.ceil(cost / target * 10 - 1e-9) / 10
    text = t("pl_cost_gain_needed", lang, tahun=hasil["tahun"], biaya=cost_basis.per_participant(cost, lang),
             perlu=fmt.number(needed, 1, lang), kini="; ".join(part for part in (own, everyone) if part))
    pre = cast(Any, hasil["level2_pembelajaran"]["keseluruhan"]).get("rata_pre")
    room = constants.NILAI_RANGE[1] - (pre if pre is not None else constants.NILAI_RANGE[0])
    if needed > room:
        text += t("pl_cost_gain_out_of_reach", lang, ruang=fmt.number(room, 1, lang))
    return text


def _shifted_method(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """Rule 3's shift (BIAYA-POIN's): (the method participants move to, the method they come from), else None."""
    return method_choice.method_shift(hasil)


def _share_rows(plan_rows: list[PlanRow]) -> set[str]:
    """The methods the plan's PORSI-<METODE> rows move participants to ('mentoring')."""
    prefix = MEASURED["rec_method"].code + "-"
    return {row.code.removeprefix(prefix).lower() for row in plan_rows if row.rule == "rec_method"}


def shift_in_one_row(ctx: Context, plan_rows: list[PlanRow]) -> list[PlanRow]:
    """BIAYA-POIN keeps the cost ceiling and leaves the shift to the cheaper method to that method's PORSI row when
    the plan has one (LOOK10 N-7: Kesehatan's plan moved pelatihan to mentoring in both rows, with two owners;
    'Setiap baris: satu temuan, satu penanggung jawab'). Unchanged without such a row."""
    pair = _shifted_method(ctx.hasil)
    if pair is None or pair[0]["metode"] not in _share_rows(plan_rows):
        return plan_rows
    words = budget_rule.shift_words(pair, ctx.lang)
    return [replace(row, action=row.action.replace(words, "", 1)) if row.rule == "rec_budget_cheaper" else row
            for row in plan_rows]


def after_review(ctx: Context, plan_rows: list[PlanRow], recs: list[recommendation.Recommendation]) -> list[PlanRow]:
    """A dinas plan's rows that move participants to a method (PORSI-<METODE> 'Tambah porsi', BIAYA-POIN's shift)
    while its KENAIKAN row reviews that same method for gaining less than in the province: the shift waits for the
    review, and says so (LOOK9 #16: Kesehatan's plan said 'Tambah porsi mentoring' and, two rows on, reviewed its
    mentoring as below the province's, unlinked); and a redesign row's 'alihkan anggarannya ke …' when a method it
    names (redesign.move_targets) is one the KENAIKAN row reviews (redesign.cheaper_under_review; LOOK12
    K-12). Unchanged without such a pair, and in the province report."""
    review = next((row for row in plan_rows if row.rule == "rec_gain_low"), None)
    if ctx.province or review is None:
        return plan_rows
    reviewed = set(method_choice.under_review(ctx.hasil, ctx.lang, {r.subject for r in recs
                                                                    if r.rule in ("rec_stop", "rec_little")}))
    pair = _shifted_method(ctx.hasil)
    # BIAYA-POIN's shift, unless the method's PORSI row carries it (shift_in_one_row)
    shift = pair[0]["metode"] if pair and pair[0]["metode"] not in _share_rows(plan_rows) else None
    out = []
    for row in plan_rows:
        moved = row.code.removeprefix(MEASURED["rec_method"].code + "-").lower() if row.rule == "rec_method" \
            else shift if row.rule == "rec_budget_cheaper" and shift else None
        if moved in reviewed:
            row = replace(row, action=row.action + t("pl_act_after_review", ctx.lang, metode=label(moved, ctx.lang),
                                                     kode=review.code))
        elif row.rule == "rec_little" and not row.dinas:
            subject = row.code.removeprefix(MEASURED["rec_little"].code + "-").lower()
            waits = redesign.cheaper_under_review(ctx.hasil, [subject], ctx.lang)
            if waits:  # every destination waiting: the condition without their names (redesign.little_move)
                every = waits == redesign.move_targets(ctx.hasil, [subject])
                row = replace(row, action=row.action + t(
                    "pl_act_little_after_review_all" if every else "pl_act_little_after_review", ctx.lang,
                    kode=review.code, metode=phrases.and_([label(m, ctx.lang) for m in waits], ctx.lang)))
        out.append(row)
    return out


def about_dinas(row: PlanRow, hasil: Hasil) -> tuple[str, ...]:
    """The dinas whose own finding a province row is: the dinas of KENAIKAN-<DINAS>, the dinas a stop-or-redesign
    row names, and for a province-wide method row (WHOLE_PROVINCE) every dinas whose own gain in that method was
    judged without gain or very small (the pairs that drive it, REVIEW7 R7-19); () for a row about the province as a
    whole."""
    if row.rule == "rec_gain_low":
        return (row.code.removeprefix(MEASURED["rec_gain_low"].code + "-").lower(),)
    if row.rule in _SAME_FINDING and not row.dinas:
        money = hasil["anggaran_vs_peningkatan"]
        metode = row.code.rsplit(f"-{WHOLE_PROVINCE}-", 1)[-1]
        return tuple(dict.fromkeys(r["dinas"] for r in [*money.get("tanpa_kenaikan", []),
                                                        *money.get("sedikit_kenaikan", [])]
                                   if r["dinas"] is not None and r["metode"].upper() == metode))
    return row.dinas


def dinas_finding(row: PlanRow) -> str:
    """The finding a province row is in a dinas's own plan (plan.finding): KENAIKAN-<DINAS> is KENAIKAN there, a
    province-wide method row the method's row there (KECIL-PROV-SEMINAR: the dinas's KECIL- or STOP-SEMINAR)."""
    return finding(row.rule, dinas_code(row))


def dinas_code(row: PlanRow) -> str:
    """The code a province row has in a dinas's own plan: KENAIKAN-<DINAS> is KENAIKAN, KECIL-PROV-SEMINAR
    KECIL-SEMINAR, IKM-CD-DINAS (dinas below B) IKM-CD (the dinas's units below B, how it carries the row)."""
    measured = MEASURED[row.rule]
    if row.rule == "rec_gain_low" or (measured.province_code and row.code == measured.province_code):
        return measured.code
    return row.code.replace(f"-{WHOLE_PROVINCE}-", "-")


def row_id(slug: str, tahun: int, row_code: str) -> str:
    """A row's id (constants.PLAN_ROW_ID): its scope, its year and its code, which names the rule and its subject;
    never its position, so it does not move when another row is added or the rows are ordered otherwise."""
    return f"{slug}-{tahun}-{row_code}"


# _Measure.unit -> the unit key of the results contract (contract.doc.UNITS) of a row's value and target
UNIT_KEYS = {"percent": "persen", "rupiah": "rp_per_poin", "score": "ikm", "points": "poin_tes", "count": "jumlah",
             "element": "skor_1_4"}


def published(hasil: Hasil, plan_rows: list[PlanRow], reviewed: PlanReviewed | None = None) -> Hasil:
    """``hasil`` with the plan its report issues (``rencana_tindak_lanjut``, one record per row in the table's
    order) and which plan of last year it judged (``rencana_tahun_lalu``, when it judged one), as the report stage
    publishes it beside the report."""
    out: Hasil = {**hasil, "rencana_tindak_lanjut": [record(row) for row in plan_rows]}
    if reviewed is not None:
        out["rencana_tahun_lalu"] = reviewed
    return out


def record(row: PlanRow) -> FollowUpRow:
    """A row as hasil.json keeps it (contract.plan.FollowUpRow): its content without the words of a language, so
    the reports in both languages publish the same records."""
    out: FollowUpRow = {
        "id": row.id, "kode": row.code, "kunci_temuan": finding(row.rule, row.code), "aturan": row.rule,
        "ukuran": row.path, "satuan": row.unit, "nilai_kini": row.today, "target": row.target,
        "target_dinas": list(row.targets), "dinas_dituju": list(row.dinas), "baris_dinas": list(row.dinas_rows),
        "baris_provinsi": list(row.province_rows),
        "arah": "naik_baik" if row.higher_better else "turun_baik", "penanggung_jawab": row.owner_key,
        # the deadline as printed (R6-28: 133 of 198 rows recorded the rule's quarter beside a later printed one)
        "triwulan": row.due[1] or row.quarter, "triwulan_aturan": row.quarter}
    if row.due[0]:
        out["tahun_batas"] = row.due[0]
    return out


def named_units(hasil: Hasil, lang: str,
                recs: list[recommendation.Recommendation]) -> list[recommendation.Recommendation]:
    """The units (province: dinas) below category B that rule 5 names where the weak elements' follow-up starts
    (ikm_units.weak_start): counted in their own row (IKM-CD, target 0) as rule 5b's, so that the finding is not closed
    next year by the element means alone while those units stay in C (REVIEW6 R6-26); [] when rule 5b already
    fired or no unit is below B."""
    if any(rec.rule == "rec_ikm_units" for rec in recs) or not any(rec.rule == "rec_weak" for rec in recs):
        return []
    found = ikm_units.ikm_units_recommendation(hasil, lang)
    return [found] if found else []


def unheld_shares(hasil: Hasil, lang: str, recs: list[recommendation.Recommendation],
                  before: Mapping[str, Mapping[str, float]] | None) -> list[recommendation.Recommendation]:
    """Last year's share rows (PORSI-<METODE>, target not shown reached: ``before``) whose method the year held no
    activity of: carried on at 0% with last year's target as its floor (_goal), not dropped. Rule 3 cannot judge a
    method without activities, but a share of 0% is a measured miss of the whole target, not missing data (LOOK18
    T-12: Pertamanan's PORSI-MENTORING, 0,0% against ≥ 33,5%, left the plan "sampai datanya cukup"). [] when this
    year's rules already ask for the method's share, or the year has no activity at all."""
    prefix = MEASURED["rec_method"].code + "-"
    asked = {rec.subject for rec in recs if rec.rule == "rec_method"}
    if not hasil["pelaksanaan"]["kegiatan_per_metode"]:
        return []
    out = []
    for found in before or {}:
        metode = found.removeprefix(prefix).lower()
        if not found.startswith(prefix) or metode not in constants.METODE or metode in asked \
                or method_choice.method_share(hasil, metode) > 0:
            continue
        out.append(recommendation.Recommendation(
            "rec_method", "", t("pl_act_share_none", lang, metode=label(metode, lang), tahun=hasil["tahun"],
                                tahun_lalu=hasil["tahun"] - 1),
            recommendation.OWNER["rec_method"], recommendation.QUARTER["rec_method"], subject=metode))
    return out


def missed_coverage(ctx: Context) -> list[recommendation.Recommendation]:
    """The coverage target missed (its key figure judged 'belum tercapai' by the targets' interval rule, as the
    summary's missed-target finding judges it) when no recommendation already asks for coverage: a row of its own,
    so that every missed target the summary names has its row (REVIEW 5)."""
    coverage = facts.by_key(ctx).get("cakupan_asn")
    if coverage is None or coverage.verdict is None or coverage.verdict.status != "not_met":
        return []
    goal = (ctx.targets or {}).get("cakupan_asn")
    action = coverage_rule.coverage_action(ctx.hasil, ctx.lang, goal.nilai if goal else None)
    return [recommendation.Recommendation("rec_coverage", "", action, recommendation.OWNER["rec_coverage"],
                                          recommendation.QUARTER["rec_coverage"])]


def last_year(ctx: Context) -> list[PlanRow]:
    """Last year's plan, regenerated from last year's results with this report's configuration and last year's
    targets (report.chapters.followup_review judges it); empty without last year's results. Its deadlines count
    from this report's date (last year's signature date is not known; the review does not show them)."""
    if ctx.previous is None:
        return []
    # each dinas's results of last year (the province's element rows name the dinas whose element was weak)
    before = {slug: agency.previous for slug, agency in ctx.agencies.items() if agency.previous is not None}
    return rows(Context(ctx.previous, ctx.lang, pd.DataFrame(), built=ctx.built, config=ctx.config,
                        targets=ctx.previous_targets, dinas_results=before))


# the workbook's follow-up sheet: the plan's columns, then the empty columns the agency fills
# (issue 24: the signed plan returns as this sheet)
# (the value and the target as numbers too, in the indicator's unit: next year's check compares numbers)
SHEET_COLUMNS = ("id", "kode", "baris_dinas", "baris_provinsi", "tindak_lanjut", "indikator", "ukuran", "nilai_kini",
                 "target", "nilai_kini_angka", "target_angka", "pj", "waktu")
FILL_COLUMNS = ("pelaksanaan", "tanggal", "bukti", "catatan")
EXECUTION = {"id": ("belum", "sebagian", "selesai"), "en": ("not started", "partly", "done")}


def sheet_rows(plan_rows: list[PlanRow], lang: str = "id") -> list[list[object]]:
    """One list of cells per row, in SHEET_COLUMNS order, with the FILL_COLUMNS left empty (the code the same in
    both languages: agencies write it on the sheet they return; the id is the key)."""
    return [[row.id, row.code, "; ".join(row.dinas_rows) or None, "; ".join(row.province_rows) or None, row.action,
             row.indicator, row.measure,
             t("not_enough_because", lang, alasan=row.today_reason) if row.today_reason else row.today_text,
             row.target_text, row.today if len(row.today_parts) <= 1 else None,
             row.target if len(row.targets) <= 1 else None,
             row.owner, row.deadline,
             *([None] * len(FILL_COLUMNS))] for row in plan_rows]
