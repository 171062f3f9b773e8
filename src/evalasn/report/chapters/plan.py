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
nothing. The targets are plan_targets's; what each rule's row measures plan_indicators's, a stop-or-redesign row's
populations plan_parts's, who carries a row out plan_owners's, and the records the plan publishes plan_records's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import pandas as pd

from evalasn import constants
from evalasn.analysis.contract import Hasil, MethodCostPerPoint
from evalasn.report import facts
from evalasn.report.chapters import (
    budget_rule,
    coverage_rule,
    ikm_units,
    lagging_gain,
    method_choice,
    plan_indicators,
    plan_owners,
    plan_parts,
    plan_targets,
    recommendation,
    redesign,
    rules,
)
from evalasn.report.context import Context
from evalasn.report.words import phrases
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
    # where next year's value is read: the hasil.json path of the indicator (plan_indicators.MEASURED)
    measure: str = ""
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
    # what the target means and the history of last year's row it carries on (BIAYA-POIN: the gain the target needs,
    # plan_targets.gain_needed): said under the plan table with the row's code and a mark on its target cell, and in
    # the workbook's target cell (LOOK37b M-10: the action cell ran about 40 lines); '' for none
    note: str = ""


# rules whose row says its target's arithmetic and its history in the note (PlanRow.note), not in its action cell
NOTED_RULES = ("rec_budget_cheaper", "rec_budget_more")


def note_text(row: PlanRow) -> str:
    """A row's note as said under the plan table: 'BIAYA-POIN: pada biaya per peserta 2025 …'; '' without one."""
    return f"{row.code}: {row.note}" if row.note else ""


def counts_dinas(row: PlanRow) -> bool:
    """Whether a row's count is of dinas, not of units: the province's own code of its rule (IKM-CD-DINAS)."""
    measured = plan_indicators.MEASURED.get(row.rule)
    return bool(measured and measured.province_code and row.code == measured.province_code)


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
        return not plan_parts.little_parts(rec, hasil)
    return rec.rule == "rec_stop" and any(r["dinas"] is None and r["metode"] == rec.subject
                                          for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []))


def code(rec: recommendation.Recommendation, whole_province: bool = False, province: bool = False) -> str:
    """The row's code: the rule's and its subject's, never its position; a province-wide method row (province_wide)
    with WHOLE_PROVINCE between them; in the province report (``province``) a rule's own province code when it has
    one (plan_indicators._Measure.province_code)."""
    if province and plan_indicators.MEASURED[rec.rule].province_code:
        return plan_indicators.MEASURED[rec.rule].province_code
    scope = WHOLE_PROVINCE if whole_province and rec.rule in _SAME_FINDING else ""
    return "-".join(part for part in (plan_indicators.MEASURED[rec.rule].code, scope, rec.subject.upper()) if part)


def coordinated(ctx: Context, plan_rows: list[PlanRow]) -> bool:
    """Whether some row is held by a coordinating office with the dinas as executors (accountable)."""
    offices = [office[ctx.lang] for office in (ctx.config.koordinator if ctx.config else {}).values()]
    return ctx.province and any(row.owner.startswith(office + ";") for row in plan_rows for office in offices)


def _action(ctx: Context, rec: recommendation.Recommendation) -> str:
    if rec.rule == "rec_weak":
        return ACTIONS[rec.subject][ctx.lang]
    return rec.action  # a step resting on the province's estimate says so itself (budget_rule.based)


# rules whose rows are about the same finding, a method's gain, when the evidence moves a method from one to the
# other: a redesign row (KECIL-SEMINAR, a very small gain) whose method now has no gain becomes a stop row
# (STOP-SEMINAR), and back; the new row names the one it replaces
_SAME_FINDING = {"rec_little": "metode", "rec_stop": "metode"}


def finding(rule: str, row_code: str) -> str:
    """What a row is about across years: its code, or for a method's gain row the method ('metode:SEMINAR'), whichever
    of KECIL- or STOP- the evidence of the year gave it; a province row with a code of its own
    (plan_indicators._Measure.province_code) the rule's code, so last year's province IKM-CD (of dinas) goes on as
    IKM-CD-DINAS."""
    kind = _SAME_FINDING.get(rule)
    if kind and "-" in row_code:
        return f"{kind}:{row_code.split('-', 1)[1]}"
    measured = plan_indicators.MEASURED.get(rule)
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
        goal = plan_targets.goal(rec, hasil, ctx.targets, lang, (before or {}).get(finding(rec.rule, row_code)))
        if goal is None or plan_targets.met(goal) or row_code in seen \
                or not plan_indicators.MEASURED[rec.rule].issued(hasil, rec.subject):
            continue
        seen.add(row_code)
        measured = plan_indicators.MEASURED[rec.rule]
        where = (measured.province_path if ctx.province and measured.province_path else measured.path).format(
            s=rec.subject)
        path = where
        if goal.dinas:  # read in each dinas's own results, not the report's
            where += " " + t("pl_measure_dinas", lang, dinas=", ".join(goal.dinas))
        needed = plan_targets.gain_needed(hasil, goal.target, lang, goal.carried) if rec.rule in NOTED_RULES else ""
        out.append(PlanRow(row_id(slug, tahun, row_code), row_code, rec.rule, _action(ctx, rec), goal.indicator,
                           goal.today, goal.today_text, goal.target, goal.target_text, goal.higher_better,
                           plan_owners.owner(ctx, rec, goal.dinas), rec.quarter,
                           recommendation.deadline(tahun, rec.quarter, lang, ctx.dated), where, goal.dinas,
                           goal.targets, goal.today_parts, path, plan_indicators.UNIT_KEYS[measured.unit],
                           recommendation.ELEMENT_OWNER[rec.subject] if rec.rule == "rec_weak" else rec.owner,
                           due=recommendation.due(tahun, rec.quarter, ctx.dated), note=needed.removeprefix("; ")))
    return after_review(ctx, shift_in_one_row(ctx, out), recs)


def _shifted_method(hasil: Hasil) -> tuple[MethodCostPerPoint, MethodCostPerPoint] | None:
    """Rule 3's shift (BIAYA-POIN's): (the method participants move to, the method they come from), else None."""
    return method_choice.method_shift(hasil)


def _share_rows(plan_rows: list[PlanRow]) -> set[str]:
    """The methods the plan's PORSI-<METODE> rows move participants to ('mentoring')."""
    prefix = plan_indicators.MEASURED["rec_method"].code + "-"
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
        moved = row.code.removeprefix(plan_indicators.MEASURED["rec_method"].code + "-").lower() \
            if row.rule == "rec_method" else shift if row.rule == "rec_budget_cheaper" and shift else None
        if moved in reviewed:
            row = replace(row, action=row.action + t("pl_act_after_review", ctx.lang, metode=label(moved, ctx.lang),
                                                     kode=review.code))
        elif row.rule == "rec_little" and not row.dinas:
            subject = row.code.removeprefix(plan_indicators.MEASURED["rec_little"].code + "-").lower()
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
        return (row.code.removeprefix(plan_indicators.MEASURED["rec_gain_low"].code + "-").lower(),)
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
    measured = plan_indicators.MEASURED[row.rule]
    if row.rule == "rec_gain_low" or (measured.province_code and row.code == measured.province_code):
        return measured.code
    return row.code.replace(f"-{WHOLE_PROVINCE}-", "-")


def row_id(slug: str, tahun: int, row_code: str) -> str:
    """A row's id (constants.PLAN_ROW_ID): its scope, its year and its code, which names the rule and its subject;
    never its position, so it does not move when another row is added or the rows are ordered otherwise."""
    return f"{slug}-{tahun}-{row_code}"


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
    activity of: carried on at 0% with last year's target as its floor (plan_targets.goal), not dropped. Rule 3 cannot
    judge a method without activities, but a share of 0% is a measured miss of the whole target, not missing data
    (LOOK18 T-12: Pertamanan's PORSI-MENTORING, 0,0% against ≥ 33,5%, left the plan "sampai datanya cukup"). [] when
    this year's rules already ask for the method's share, or the year has no activity at all."""
    prefix = plan_indicators.MEASURED["rec_method"].code + "-"
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
