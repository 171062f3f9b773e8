"""A stop-or-redesign row's populations (its scope, or each dinas it names): their figures, values and verdicts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import Interval
from evalasn.report import facts
from evalasn.report.chapters import (
    no_gain,
    plan_indicators,
    recommendation,
)
from evalasn.report.words import fmt, reasons
from evalasn.report.words.text import t


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
    return StopPart(dinas, plan_indicators.method_gain(hasil, subject), float(spent), costed=costed)


def written_parts(rec: recommendation.Recommendation, hasil: Hasil) -> list[StopPart]:
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
    each = tuple((plan_indicators.part_name(part.dinas, lang), part_status(part, lang)) for part in parts)
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
        out.append(f"{plan_indicators.part_name(part.dinas, lang)}: {text}" if part.dinas and len(parts) > 1 else text)
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
