"""A row of last year's follow-up plan measured again on this year's results and judged against its target
(report.chapters.followup_review): ``measure`` by the field plan_indicators.MEASURED names, ``judge`` by the rule of
the key figures' targets (report.facts.judge_values), ``show`` as the review table prints the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.report import facts
from evalasn.report.chapters import (
    plan,
    plan_indicators,
    plan_parts,
    pppk_cap,
    rules,
)
from evalasn.report.chapters.published_rows import (
    COUNT,
    ELEMENT,
    PERCENT,
    POINTS,
    RUPIAH,
    SCORE,
)
from evalasn.report.words import fmt, reasons
from evalasn.report.words.text import t


@dataclass(frozen=True)
class Measured:
    """A row's indicator in one year's results, in the target's unit; ``values`` is None when it cannot
    be computed (``reason`` says why; ``brief``, its cause in a few words for the Status cell beside the value
    cell that gives ``reason``; ``finding``: the missing value is itself a result, a cost per point without a
    positive gain). A stop-or-redesign row is measured in each population it was written for (``parts``: the
    scope, or each dinas a province row names), not as one value."""

    values: tuple[float, float, float] | None  # value, low, high (equal without an interval)
    unit: str
    has_interval: bool = True
    reason: str = ""
    parts: tuple[plan_parts.StopPart, ...] = ()
    brief: str = ""
    finding: bool = False
    mean: float | None = None  # the value without its interval when ``values`` is withheld for want of data
    # the value as printed when it is a count rather than a figure: PPPK above the cap counted ('4 dari 7 PPPK (57,1%;
    # hitungan, tanpa rentang)', as the new plan's row and last year's value beside it print it: LOOK32 D-1)
    text: str = ""


# the mean a withheld estimate still carries (hasil.json): a gain's participants' mean, an SKM element's mean
MEANS = ("rata_peserta", "rata_unsur")


@dataclass(frozen=True)
class Reviewed:
    """One of last year's plan rows with this year's value and verdict; ``regenerated_target`` is the target text
    of the plan judged (published, else regenerated) when the signed sheet's target differs (the signed one is
    judged)."""

    row: plan.PlanRow
    now: Measured
    verdict: facts.Verdict
    regenerated_target: str | None = None


def _interval(estimate, scale: float, unit: str, lang: str) -> Measured:
    if not estimate or not estimate.get("cukup_data"):
        return Measured(None, unit, reason=reasons.reason(estimate, lang) if estimate else t("not_computed", lang),
                        brief=reasons.short(estimate, lang), finding=reasons.is_finding(estimate),
                        mean=next((estimate[k] * scale for k in MEANS if (estimate or {}).get(k) is not None), None))
    return Measured((estimate["estimasi"] * scale, estimate["ci_bawah"] * scale, estimate["ci_atas"] * scale), unit)


def _plain(value: float | None, unit: str, lang: str) -> Measured:
    if value is None:
        return Measured(None, unit, False, t("not_computed", lang))
    return Measured((value,) * 3, unit, has_interval=False)


def measure(row: plan.PlanRow, subject: str, hasil: Hasil, lang: str,
            dinas_results: Mapping[str, Hasil] | None = None) -> Measured:
    """The indicator of ``row`` (and its subject) in ``hasil``, read as the plan reads today's value
    (plan_indicators.MEASURED: one record per rule). A stop-or-redesign row is read in the population it was written
    for: the scope's own results, or those of each dinas a province row names (``dinas_results``: this year's results of
    every dinas; a dinas whose results are missing cannot be judged, and the reason says so)."""
    record = plan_indicators.MEASURED.get(row.rule)
    if record is None:
        return Measured(None, SCORE, False, t("not_computed", lang))
    if row.rule == "rec_stop" or (row.rule == "rec_little" and row.dinas):
        parts = []
        targets = row.targets or (None,) * len(row.dinas or ("",))
        for dinas, target in zip(row.dinas or ("",), targets, strict=True):
            source = (dinas_results or {}).get(dinas) if dinas else hasil
            part = plan_parts.stop_part(source, subject, dinas) if source is not None else plan_parts.StopPart(
                dinas, None, None, t("fr_no_results", lang, tahun=hasil["tahun"]))
            parts.append(replace(part, target=target))
        return Measured(None, POINTS, parts=tuple(parts))
    unit = {"percent": PERCENT, "rupiah": RUPIAH, "points": POINTS, "count": COUNT,
            "element": ELEMENT}.get(record.unit, SCORE)
    withheld = results.key_ikm(hasil) if record.survey else None
    if withheld and withheld.get("alasan") == results.IKM_NOT_RECEIVED:
        # no SKM this year: an earlier period's figure would judge last year's row on the data that made it (the
        # last IKM named on the IKM's own row only: an element's or a unit count's row would read it as its value)
        brief = reasons.short(withheld, lang)
        return Measured(None, unit, False, reasons.reason(withheld, lang) if record.target_key == "ikm" else brief,
                        brief=brief)
    if row.rule == "rec_data" and rules.year_not_received(hasil):
        # the year's training data never came: 0% (how the new plan's DATA row starts, CHECK11 C11-7) is no
        # measurement of last year's target, so the row cannot be judged and says why
        brief = t("pl_absent_no_year", lang, tahun=str(hasil["tahun"]))
        return Measured(None, unit, False, brief, brief=brief)
    figure = record.today(hasil, subject)
    counted = _census_share(row.rule, hasil, figure)
    if counted is not None:
        return replace(_plain(counted.percent, unit, lang), text=counted.census(lang))
    if record.has_interval or isinstance(figure, dict):
        return _interval(figure, record.scale, unit, lang)
    return _plain(figure, unit, lang)


def _census_share(rule: str, hasil: Hasil, figure: object) -> pppk_cap.Count | None:
    """The count of PPPK above the JP cap when the share is withheld for few PPPK: every PPPK is counted (a census,
    not a sample), so against a target of none the count judges it, as 10.2 prints it ('2 dari 2 PPPK'; CHECK12
    C12-14); None for any other row or when the share itself is given."""
    if rule != "rec_pppk" or not isinstance(figure, dict) or figure.get("cukup_data"):
        return None
    return pppk_cap.count(hasil)  # the record the plan row and the summary's finding read (LOOK26 X-1)


def judge(row: plan.PlanRow, now: Measured, lang: str, opened: dt.date | None = None) -> facts.Verdict:
    """Met / not met / cannot be judged, by the targets' interval rule (report.facts.judge_values). A row measured
    in several populations (a stop row; a province redesign row about some dinas, each against its own target) is
    met when its target is met in every population it names, not met when it is missed in one. A total of a year
    not over on ``opened`` (facts.year_open) is not judged yet."""
    if opened is not None and plan_indicators.year_total(row.rule) and (now.parts or now.values is not None):
        return facts.not_over(opened, lang)
    if now.parts:  # the value cell gives each population's whole reason (show): here its cause in a few words
        return plan_parts.parts_verdict(now.parts, lang)  # (LOOK13 M-1), each population's status where they differ
    if now.values is None:  # the value cell gives the reason (show): the status its cause alone (LOOK13 M-1)
        return facts.Verdict("cannot", now.brief)
    top = 100.0 if row.rule in ("rec_jp", "rec_budget_reach", "rec_coverage", "rec_data") else None
    return facts.judge_values(now.values, row.target, row.higher_better, top, lang)


def show(now: Measured, lang: str) -> str:
    """This year's value as the table shows it: '58,3% (54,2–62,3)', 'Rp 260.165', a count ('4 dari 7 PPPK (57,1%;
    hitungan, tanpa rentang)'), or the reason."""
    if now.text:
        return now.text
    if now.parts:  # a stop row: as its plan row showed last year's value (plan_parts.stop_text)
        return plan_parts.stop_text(now.parts, lang, brief=True)

    def one(value: float) -> str:
        if now.unit == PERCENT:
            return fmt.percent(value, 1, lang)
        if now.unit == RUPIAH:
            return fmt.rupiah(value, lang)
        if now.unit == COUNT:  # a number of units (plan_targets.goal), never a percent
            return fmt.integer(value, lang)
        if now.unit == ELEMENT:  # an SKM element's mean (and each end) on its side of the threshold, as BAB VI
            return fmt.element(value, lang)
        # a gain in points to one decimal, as the plan row wrote it (plan_targets.goal); a score (1-4, IKM) to two
        return fmt.number(value, 1 if now.unit == POINTS else 2, lang)
    if now.values is None:  # the mean alone when the Status cell gives the cause and the note the whole reason
        return t("pl_now_no_interval", lang, besar=one(now.mean)) if now.mean is not None and now.brief \
            else now.reason
    value, low, high = now.values
    if now.unit == POINTS and now.has_interval:  # a gain that may be negative: as the plan row wrote it
        return plan_parts.gain_text({"estimasi": value, "ci_bawah": low, "ci_atas": high}, lang)  # type: ignore[typeddict-item]
    if now.unit == RUPIAH and now.has_interval:  # one unit for the value and its interval (fmt.rupiah_alike)
        shown, shown_low, shown_high = fmt.figures((value, low, high), "rp", lang)
        return f"{shown} ({fmt.span(shown_low, shown_high, lang)})"
    return f"{one(value)} ({fmt.span(one(low), one(high), lang)})" if now.has_interval else one(value)
