"""Last year's published plan records (contract.plan.FollowUpRow) as rows the review judges (report.chapters.
followup_review): each published row, in the published order, by its id. Its numbers are the published ones (the
target, each dinas's target, the direction, the value of its year); its words in the report's language are those of
the regenerated row with the same id when there is one and its numbers agree, else made from the record's rule,
subject and numbers as the plan writes them (report.chapters.plan)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import replace

from evalasn import constants
from evalasn.analysis.contract import FollowUpRow, Hasil
from evalasn.report.chapters import plan, plan_indicators, plan_targets
from evalasn.report.words import fmt
from evalasn.report.words.text import t

PERCENT, RUPIAH, SCORE, POINTS, COUNT, ELEMENT = "percent", "rupiah", "score", "points", "count", "element"

# the unit of each rule's indicator (as ``measure`` reads it); a stop row's target ('> 0 points or Rp 0') is
# not a number staff can move, and stays as issued
UNITS = {"rec_jp": PERCENT, "rec_realisation": PERCENT, "rec_budget_absorb_first": PERCENT,
         "rec_budget_reach": PERCENT, "rec_coverage": PERCENT, "rec_method": PERCENT, "rec_resist": PERCENT,
         "rec_data": PERCENT, "rec_pppk": PERCENT,
         "rec_budget_cheaper": RUPIAH, "rec_budget_more": RUPIAH, "rec_did_expand": SCORE, "rec_did_review": SCORE,
         "rec_did_measure": COUNT, "rec_weak": ELEMENT, "rec_ikm_units": COUNT, "rec_gain_low": POINTS}
# the results contract's unit key of a row (FollowUpRow.satuan, plan_indicators.UNIT_KEYS) -> how its value is shown
_SHOWN = {"persen": PERCENT, "rp_per_poin": RUPIAH, "ikm": SCORE, "poin_tes": POINTS, "jumlah": COUNT,
          "skor_1_4": ELEMENT}


def target_text(row: plan.PlanRow, value: float, lang: str) -> str:
    """A target in its indicator's unit with its direction: '≥ 80,0%', '≤ Rp 300.000', '≥ 3,10'."""
    sign = "≥" if row.higher_better else "≤"
    unit = UNITS.get(row.rule, SCORE)
    if row.rule == "rec_pppk":
        return plan_targets.pppk_target_text(value, lang)
    if unit == PERCENT:
        return fmt.percent_target(value, row.higher_better, lang)
    if unit == RUPIAH:
        return f"{sign} {fmt.rupiah(value, lang)}"
    if unit == COUNT:
        return plan_targets.count_target_text(value, row.higher_better, lang, plan.counts_dinas(row))
    if unit == ELEMENT:
        return f"{sign} {fmt.element(value, lang)}"
    if unit == POINTS:
        return f"{sign} {fmt.number(value, 1, lang)}"
    return f"{sign} {fmt.number(value, 2, lang)}"


def value_text(value: float | None, satuan: str, lang: str) -> str:
    """A row's value of its year in its unit, as the plan's 'today' column shows it; '–' without one."""
    if value is None:
        return "–"
    shown = _SHOWN.get(satuan, SCORE)
    if shown == PERCENT:
        return fmt.percent(value, 1, lang)
    if shown == RUPIAH:
        return fmt.rupiah(value, lang)
    if shown == COUNT:
        return fmt.integer(value, lang)
    if shown == ELEMENT:
        return fmt.element(value, lang)
    return fmt.number(value, 1 if shown == POINTS else 2, lang)


def target_words(row: plan.PlanRow, lang: str) -> str:
    """The target of a row as the plan writes it for its rule (plan_targets.goal and its helpers)."""
    if row.rule == "rec_stop":
        return t("pl_tgt_stop", lang)
    if row.rule == "rec_weak" and math.isclose(row.target, constants.WEAK_ELEMENT_THRESHOLD):
        return t("pl_tgt_weak", lang, batas=fmt.element_threshold(lang))
    if row.rule == "rec_gain_low":
        return plan_targets.gain_low_target_text(row.target, lang)
    if row.rule == "rec_did_measure":
        return t("pl_tgt_did_units", lang, n=fmt.integer(row.target, lang),
                 min=fmt.integer(constants.MIN_UNITS_PER_ARM, lang))
    if row.rule == "rec_little":
        if len(row.dinas) > 1 and len(row.targets) == len(row.dinas):
            return "; ".join(f"{plan_indicators.part_name(slug, lang)}: {plan_targets.gain_target_text(value, lang)}"
                             for slug, value in zip(row.dinas, row.targets, strict=True))
        return plan_targets.gain_target_text(row.targets[0] if row.targets else row.target, lang)
    return target_text(row, row.target, lang)


def indicator_words(row: plan.PlanRow, subject: str, tahun: int, lang: str, previous: Hasil | None) -> str:
    """The indicator of a row of the plan of ``tahun`` (measured in ``tahun`` + 1) as the plan names it
    (plan_indicators.indicator_words, the one place); its code for a rule the plan no longer measures."""
    province = bool(previous) and previous["cakupan"]["jenis"] == "provinsi"  # type: ignore[index]
    return plan_indicators.indicator_words(row.rule, subject, tahun, lang, dinas=row.dinas, province=province,
                                           slug=previous["cakupan"]["slug"] if previous else "",
                                           did=previous["level4_hasil"]["did_ikm"] if previous else None) or row.code


def _same(one: float | None, other: float | None) -> bool:
    if one is None or other is None:
        return one is other
    return math.isclose(one, other, rel_tol=1e-9, abs_tol=1e-9)


def as_row(record: FollowUpRow, base: plan.PlanRow | None, tahun: int, lang: str, previous: Hasil | None,
           subject_of: Callable[[plan.PlanRow], str]) -> plan.PlanRow:
    """One published record as a plan row: the published numbers, and the words of ``base`` (the regenerated row
    with the same id) where its numbers are the same."""
    dinas = tuple(record.get("dinas_dituju") or ())
    targets = tuple(float(value) for value in record.get("target_dinas") or ())
    today = record.get("nilai_kini")
    row = base or plan.PlanRow(record["id"], record["kode"], record["aturan"], "", "", None, "", 0.0, "", True, "",
                               int(record.get("triwulan_aturan") or record.get("triwulan") or 0), "")
    row = replace(row, target=float(record["target"]), higher_better=record.get("arah") != "turun_baik",
                  dinas=dinas, targets=targets)
    if base is None:
        row = replace(row, measure=record.get("ukuran") or "", path=record.get("ukuran") or "",
                      unit=record.get("satuan") or "", owner_key=record.get("penanggung_jawab") or "")
        row = replace(row, indicator=indicator_words(row, subject_of(row), tahun, lang, previous))
    if base is None or not _same(base.target, row.target) or base.targets != targets \
            or base.higher_better != row.higher_better:
        row = replace(row, target_text=target_words(row, lang))
    if base is None or base.dinas != dinas or not _same(base.today, today):
        parts = base.today_parts if base is not None and base.dinas == dinas else ()
        row = replace(row, today=today, today_text=value_text(today, row.unit, lang) if today is not None or not
                      parts else "; ".join(parts), today_parts=parts)
    return row


def rows(records: Iterable[FollowUpRow], regenerated: list[plan.PlanRow], tahun: int, lang: str,
         previous: Hasil | None, subject_of: Callable[[plan.PlanRow], str]) -> list[plan.PlanRow]:
    """Every published record as a row, in the published order, each matched to the regenerated row by its id."""
    by_id = {row.id: row for row in regenerated}
    return [as_row(record, by_id.get(record["id"]), tahun, lang, previous, subject_of) for record in records]
