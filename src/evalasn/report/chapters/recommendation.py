"""A recommendation's record, each rule's responsible unit and quarter, and the deadline printed from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from evalasn.report.words.text import t

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
# BAB X's U1-U9 rows, plan_owners.element_owner): one accountable unit, its partner named in the action (REVIEW6 R6-6,
# R6-24: owners were words in the catalogue, 'BPSDM dan kepala unit', 'Inspektorat dan kepala unit')
ELEMENT_OWNER = {"u1": "layanan", "u2": "sekretariat", "u3": "layanan", "u4": "layanan", "u5": "teknis",
                 "u6": "pelatihan", "u7": "pelatihan", "u8": "sekretariat", "u9": "sekretariat"}


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
