"""Evaluasi Tindak Lanjut {tahun lalu} (issue 24.2): last year's follow-up plan judged with this year's data.

Last year's plan is the one its report published (report.published_plan: the records of
reports/<slug>/hasil-<tahun>.json, or the record kept when the data changed), matched by id; only without such a
record is it regenerated from last year's results (computed by this year's model stage from the same data,
``Context.previous``) with the code that wrote it (report.chapters.plan), and the chapter says it is a
reconstruction. Each row's indicator is measured again on this
year's results by the same definition (``measure``: the field plan_indicators.MEASURED names) and judged against
its target by the rule of the key figures' targets (report.facts.judge_values): met when the whole 95%
interval lies on the target's side, not met when it lies wholly on the other side (or a 100% target is
not reached by every civil servant), otherwise it cannot be judged; a figure without an interval
(realisation, a method's share, complete data) is compared as it is.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

import pandas as pd

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil, PlanReviewed
from evalasn.errors import InputError
from evalasn.registry import official_name
from evalasn.report import facts
from evalasn.report.chapters import (
    html,
    plan,
    plan_indicators,
    plan_parts,
    plan_records,
    plan_targets,
    pppk_cap,
    province_rows,
    published_rows,
    rules,
)
from evalasn.report.chapters.note_marks import NoteMarks, marked, withheld_reason
from evalasn.report.chapters.published_rows import (  # noqa: F401  (the units and target words, used here too)
    COUNT,
    ELEMENT,
    PERCENT,
    POINTS,
    RUPIAH,
    SCORE,
    UNITS,
    target_text,
)
from evalasn.report.context import Context
from evalasn.report.words import fmt, names, phrases, reasons
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


def last_plan(ctx: Context) -> list[plan.PlanRow]:
    """Last year's plan as its report published it (``Context.published``: its rows by id, in the published order,
    with the published targets), else regenerated from last year's results (plan.last_year); empty without them."""
    if no_plan(ctx):
        return []
    regenerated = province_rows.last_year(ctx)
    if ctx.published is None or ctx.previous is None:
        return regenerated
    previous = ctx.previous
    return published_rows.rows(ctx.published.rows, regenerated, ctx.published.tahun, ctx.lang, previous,
                               lambda row: _subject(row, previous))


def no_plan(ctx: Context) -> bool:
    """The scope had no plan last year: a dinas new in the data (no training row last year or before,
    rules.never_in_data) without a published plan of that year. None is made again from 0 participations and judged
    (CHECK14 E14-2: 'DATA 0,0% pada 2024 ... belum tercapai', counted in the province's table)."""
    return ctx.published is None and ctx.previous is not None and rules.never_in_data(ctx.previous)


def not_in_data_sentence(ctx: Context) -> str:
    """'KPKP belum ada dalam data 2024: tidak ada rencana tindak lanjut 2024 yang dinilai.' (no_plan)."""
    return ctx.t("fr_not_in_data", nama=ctx.hasil["cakupan"]["nama"], tahun_lalu=ctx.hasil["tahun"] - 1)


@dataclass(frozen=True)
class Differs:
    """A published row whose value of last year differs from last year's value computed again this year."""

    code: str
    id: str
    published: str
    recomputed: str


@dataclass(frozen=True)
class Source:
    """Where the reviewed rows come from: "terbit" (the published plan, ``file``) or "dibuat_ulang" (regenerated:
    no published record); ``differs``: the published rows whose value of their year this year's data give
    otherwise (the data of that year changed after publication)."""

    kind: str
    file: str
    differs: tuple[Differs, ...] = ()
    # published rows whose value of their year cannot be computed again from this year's data (``recomputed``: why):
    # not checked, which is not a change of data (CHECK12 C12-14)
    unchecked: tuple[Differs, ...] = ()

    @property
    def published(self) -> bool:
        return self.kind == "terbit"


def source(ctx: Context, rows: list[plan.PlanRow] | None = None) -> Source:
    """Which plan the review judges and, for a published one, the rows whose published value of last year differs
    from the value this year's model stage computes for last year from this year's data."""
    before = ctx.hasil["tahun"] - 1
    if ctx.published is None or ctx.previous is None:
        return Source("dibuat_ulang", f"hasil-{before}.json")
    differs, unchecked = [], []
    for row in last_plan(ctx) if rows is None else rows:
        if row.today is None or row.dinas:
            continue
        again = measure(row, _subject(row, ctx.previous), ctx.previous, ctx.lang)
        value = again.values[0] if again.values is not None else None
        if value is None:  # withheld this year (a rule, too few data): the published value is not contradicted
            unchecked.append(Differs(row.code, row.id, row.today_text, again.brief or again.reason))
        elif not math.isclose(value, row.today, rel_tol=1e-6, abs_tol=1e-9):
            differs.append(Differs(row.code, row.id, row.today_text,
                                   published_rows.value_text(value, row.unit, ctx.lang)))
    return Source("terbit", ctx.published.source, tuple(differs), tuple(unchecked))


def source_record(ctx: Context) -> PlanReviewed:
    """The review's source as hasil.json keeps it (contract.plan.PlanReviewed)."""
    found = source(ctx)
    return {"tahun": ctx.hasil["tahun"] - 1, "sumber": found.kind, "berkas": found.file if found.published else None,
            "id_dinilai": [row.id for row in last_plan(ctx)], "nilai_berbeda": [item.id for item in found.differs]}


def _subject(row: plan.PlanRow, previous: Hasil) -> str:
    """The subject a row's code names (a method, an SKM element, or the dinas of a province row on its gain), as
    the results spell it."""
    known = [r["metode"] for r in previous["pelaksanaan"]["kegiatan_per_metode"]] \
        + [r["metode"] for r in previous["level2_pembelajaran"]["per_metode"]] \
        + [r["unsur"] for r in previous["komunikasi"]["unsur"]] \
        + [r["dinas"] for r in (previous.get("pooling") or {}).get("per_dinas") or []]
    return next((name for name in sorted(known, key=len, reverse=True) if row.code.endswith("-" + name.upper())
                 or row.code == name.upper()), "")


def signed_rows(ctx: Context, rows: list[plan.PlanRow]) -> dict[str, dict]:
    """The agency's report of each row (id -> pelaksanaan, tanggal, bukti, catatan, target_angka); an id that is
    not a row of the plan is an error naming the file, sheet, row, column, value and the plan's ids (make periksa
    finds it earlier when last year's report workbook is in reports/: ingest.plan_ids)."""
    if ctx.signed.empty:
        return {}
    known = {row.id for row in rows}
    records = ctx.signed.to_dict("records")
    unknown = [record for record in records if record["id"] not in known]
    if unknown:
        scope = ctx.previous["cakupan"]["slug"] if ctx.previous else ctx.hasil["cakupan"]["slug"]
        expected = (f"ID baris rencana tindak lanjut {scope} {ctx.hasil['tahun'] - 1}: "
                    f"{', '.join(sorted(known)) or 'rencana itu tidak memuat baris'}; salin ID dari sheet "
                    "Rencana Tindak Lanjut laporan tahun itu")
        raise InputError("; ".join(f"{_where(record)}kolom 'id': nilai {record['id']!r}" for record in unknown)
                         + f" — diharapkan {expected}")
    return {record["id"]: record for record in records}


def _where(record: dict) -> str:
    """'rtl.xlsx, sheet Rencana Tindak Lanjut, baris 5, ' as the ingest messages write a place."""
    source, row = record.get("sumber"), record.get("baris")
    place = source if isinstance(source, str) and source else "data/raw/, tabel tindak_lanjut"
    return f"{place}, baris {int(row)}, " if row is not None and not pd.isna(row) and row else f"{place}, "


def as_signed(row: plan.PlanRow, record: dict | None, lang: str) -> tuple[plan.PlanRow, str | None]:
    """The row with the signed sheet's target when staff changed it before signature (its 'Target (angka)'
    differs from the regenerated one), and the regenerated target's text; the row as it is otherwise."""
    signed = (record or {}).get("target_angka")
    if signed is None or pd.isna(signed) or row.rule not in UNITS \
            or abs(float(signed) - row.target) <= 1e-9 * max(1.0, abs(row.target)):
        return row, None
    value = float(signed)
    return replace(row, target=value, target_text=target_text(row, value, lang)), row.target_text


def execution(record: dict | None, lang: str) -> str:
    """'selesai (30-09-2025)', 'not started', or 'tidak dilaporkan'."""
    if not record or pd.isna(record.get("pelaksanaan")):
        return t("fr_not_reported", lang)
    word = plan_records.EXECUTION[lang][plan_records.EXECUTION["id"].index(record["pelaksanaan"])]
    when = record.get("tanggal")
    return f"{word} ({fmt.date(when, lang)})" if when is not None and not pd.isna(when) else word


REVIEWED = "_reviewed"  # where a context keeps its review: (the field values it was made from, the rows)


def review(ctx: Context) -> list[Reviewed]:
    """Every row of last year's plan with this year's value and verdict, against the signed target where the
    agency's returned sheet has one that staff changed before signature. Made once per context and kept on it
    (its chapters ask up to six times; the province report, three times for each dinas), made again when one of the
    context's fields has been given another value since."""
    inputs = tuple(getattr(ctx, each.name) for each in fields(ctx))
    kept = vars(ctx).get(REVIEWED)
    if kept is None or any(now is not then for now, then in zip(inputs, kept[0], strict=True)):
        kept = vars(ctx)[REVIEWED] = (inputs, _review(ctx))
    return list(kept[1])


def _review(ctx: Context) -> list[Reviewed]:
    out = []
    rows = last_plan(ctx)
    signed = signed_rows(ctx, rows)  # unknown ids are an error before anything is shown
    for regenerated in rows:
        row, was = as_signed(regenerated, signed.get(regenerated.id), ctx.lang)
        now = measure(row, _subject(row, ctx.previous or ctx.hasil), ctx.hasil, ctx.lang, ctx.dinas_results)
        out.append(Reviewed(row, now, judge(row, now, ctx.lang, facts.open_on(ctx)), was))
    return out


def finding(row: plan.PlanRow) -> str:
    """What a row is about across years (plan.finding)."""
    return plan.finding(row.rule, row.code)


def carried(ctx: Context) -> dict[str, Reviewed]:
    """Last year's rows whose target was not shown reached (not met, or cannot be judged: issue 24.2), by their
    code: this year's row on the same finding (``finding``; a method's STOP- and KECIL- rows are one finding)
    carries them on, under the same code or as the row that replaces them (report.chapters.followup.links)."""
    return {r.row.code: r for r in review(ctx) if r.verdict.status in ("not_met", "cannot")}


def history(reviewed: Reviewed | None, lang: str, code: str = "", dinas: tuple[str, ...] = (), named: bool = False,
            new: tuple[str, ...] = ()) -> str:
    """'lanjutan baris ini dari rencana 2024: 32,7% pada 2024, target ≥ 100% belum tercapai' for this year's row
    of the same ``code`` (its Kode beside; without ``code`` the quote names it: 'lanjutan rencana 2024, baris JP20'),
    'menggantikan rencana 2024, baris KECIL-E-LEARNING: …' when this year's row has another code, or ''; said beside
    the row's step by phrases.aside (followup._histories). Last
    year's row about some dinas is quoted for the dinas this year's row names (``dinas``) alone: a Kesehatan row does
    not carry Satpol PP's history; '' when it names none of them. ``named``: this year's row is about several dinas, so
    the quote says whose it is ('lanjutan rencana 2024 untuk Kesehatan, …'), and ``new`` names those of them with no
    row last year ('; Satpol PP: baris baru'; REVIEW4 10: Kesehatan's value read as the whole row's)."""
    if reviewed is None:
        return ""
    row = reviewed.row
    value, target, verdict = row.today_text, row.target_text, reviewed.verdict.status
    if dinas and row.dinas and len(row.today_parts) == len(row.dinas):
        about = _about(reviewed, dinas, lang)
        if about is None:
            return ""
        value, target, verdict = about
    key = "fr_carried" if not code else "fr_carried_here" if code == row.code else "fr_replaces"
    if withheld_reason(value, lang) is not None:  # its reason is in the review table of 10.1, not in an action cell
        value = t("not_computed", lang)
    status = t({"not_met": "fr_hist_not_met", "met": "fr_hist_met"}.get(verdict, "fr_hist_cannot"), lang)
    whose = [slug for slug in row.dinas if slug in dinas] if named and row.dinas else []
    untuk = t("fr_for", lang, dinas=phrases.and_([plan_indicators.part_name(slug, lang) for slug in whose], lang)) \
        if whose else ""
    baru = t("fr_new_for", lang, dinas=phrases.and_([plan_indicators.part_name(slug, lang) for slug in new], lang)) \
        if new else ""
    # in words, a code as the tables print it ('menggantikan rencana 2024, baris KECIL-E-LEARNING'); the id is the
    # tables'
    if value == t("fact_no_last_year", lang, tahun=plan_year(row)):  # not 'tidak ada data 2025 pada 2025' (E15-9)
        value = t("no_data", lang)
    return t(key, lang, kode=row.code, nilai=value, tahun_lalu=plan_year(row), target=target, status=status,
                   untuk=untuk, baru=baru)


def plan_year(row: plan.PlanRow) -> str:
    """The year of the plan a row belongs to, read from its stable id ('kesehatan-2024-JP20' -> '2024')."""
    parts = re.fullmatch(constants.PLAN_ROW_ID, row.id)
    return parts["tahun"] if parts else ""


def _about(reviewed: Reviewed, dinas: tuple[str, ...], lang: str) -> tuple[str, str, str] | None:
    """Last year's value, target and this year's verdict of a row about several dinas, for those of ``dinas`` alone
    (each named when more than one is left); None when the row is about none of them."""
    row = reviewed.row
    kept = [index for index, slug in enumerate(row.dinas) if slug in dinas]
    if not kept:
        return None

    def named(index: int, text: str) -> str:
        return f"{plan_indicators.part_name(row.dinas[index], lang)}: {text}" if len(kept) > 1 else text

    value = "; ".join(named(index, row.today_parts[index]) for index in kept)
    target = "; ".join(named(index, plan_targets.gain_target_text(row.targets[index], lang)) for index in kept) \
        if len(row.targets) == len(row.dinas) else row.target_text
    now = {part.dinas: part for part in reviewed.now.parts}
    parts = [now[row.dinas[index]] for index in kept if row.dinas[index] in now]
    if not parts:
        return value, target, reviewed.verdict.status
    return value, target, plan_parts.parts_verdict(parts, lang).status


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


def counts(done: list[Reviewed]) -> dict[str, int]:
    return {status: sum(r.verdict.status == status for r in done) for status in ("met", "not_met", "cannot")}


def cannot_words(verdicts: list[facts.Verdict], holds: str) -> str:
    """The key of why targets ``verdicts`` (each "cannot") are not judged, as the summary says it: not yet, when each is
    a total of a year not over (facts.not_over); because the interval holds the target, when each is due and its
    interval holds it; else each row's reason in BAB X (LOOK35b H-10: "cannot be judged yet" for targets already
    due). ``holds``: the reason the interval rule gives (status_ci_holds) in the report's language."""
    if verdicts and all(verdict.provisional for verdict in verdicts):
        return "fr_cannot_open"
    if verdicts and all(verdict.why == holds and not verdict.parts for verdict in verdicts):
        return "fr_cannot_ci"
    return "fr_cannot_other"


def summary_sentence(ctx: Context) -> str | None:
    """'3 dari 8 target tindak lanjut 2024 tercapai; ...' for the Ringkasan Eksekutif; None without last year."""
    if ctx.previous is None:
        return None
    if no_plan(ctx):
        return not_in_data_sentence(ctx)
    done = review(ctx)
    if not done:
        return ctx.t("fr_summary_none", tahun_lalu=ctx.previous["tahun"])
    tally = counts(done)
    judged = tally["met"] + tally["not_met"]
    cannot_key = cannot_words([r.verdict for r in done if r.verdict.status == "cannot"], ctx.t("status_ci_holds"))
    if not judged:  # no share of rows that cannot be judged: "0 dari 7 tercapai" read as seven failures
        key = "fr_summary_unjudged" if cannot_key == "fr_cannot_open" else "fr_summary_unjudged_due"
        sentence = ctx.t(key, total=len(done), tahun_lalu=ctx.previous["tahun"])
    else:
        key = "fr_summary_some" if tally["cannot"] else "fr_summary"
        key += "_none_met" if not tally["met"] else "_all_met" if not tally["not_met"] else ""
        sentence = ctx.t(key, met=tally["met"], total=len(done), judged=judged, tahun_lalu=ctx.previous["tahun"],
                         not_met=tally["not_met"], cannot=tally["cannot"], tak_dinilai=ctx.t(cannot_key))
    if ctx.published is None:  # a reconstruction is never read as the signed plan, in the summary either
        sentence += " " + ctx.t("fr_summary_regenerated", tahun_lalu=ctx.previous["tahun"])
    return sentence


@dataclass(frozen=True)
class AgencyFollowUp:
    """One dinas's review of last year's plan, for the province's table."""

    slug: str
    name: str
    rows: int
    met: int
    done: int  # rows the agency reported 'selesai'
    reported: bool  # a signed sheet was returned
    not_met: int = 0  # targets judged not met
    regenerated: bool = False  # no record of the published plan: the rows were regenerated from last year's data
    # every target not judged is a total of a year not over (cannot_words' "yet"; LOOK36 K-5: the index said "cannot
    # be judged yet" of targets already due whose interval holds them)
    open_year: bool = False

    @property
    def judged(self) -> int:
        """Targets that could be judged (met or not met); the share met is of these, never of every row."""
        return self.met + self.not_met

    @property
    def met_share(self) -> float | None:
        return 100.0 * self.met / self.judged if self.judged else None

    @property
    def done_share(self) -> float | None:
        return 100.0 * self.done / self.rows if self.rows and self.reported else None


def follow_up_of(ctx: Context) -> AgencyFollowUp:
    """The scope's review of last year's plan in counts: rows, targets met, rows reported done."""
    done = review(ctx)
    reported = signed_rows(ctx, [r.row for r in done])
    unjudged = [r.verdict for r in done if r.verdict.status == "cannot"]
    return AgencyFollowUp(ctx.hasil["cakupan"]["slug"], ctx.hasil["cakupan"]["nama"], len(done), counts(done)["met"],
                          sum(record.get("pelaksanaan") == "selesai" for record in reported.values()),
                          bool(reported), counts(done)["not_met"], ctx.published is None,
                          open_year=bool(unjudged) and all(verdict.provisional for verdict in unjudged))


def by_agency(ctx: Context) -> list[AgencyFollowUp]:
    """Every dinas's share of last year's targets met and of rows reported done, the lowest share met first; a dinas
    that had no plan last year (no_plan) is left out (the table's note names it: absent_notes)."""
    out = [follow_up_of(agency) for _, agency in sorted(ctx.agencies.items()) if not no_plan(agency)]
    return sorted(out, key=lambda a: (a.met_share if a.met_share is not None else 101.0, a.slug))


def attention_reasons(ctx: Context) -> list[str]:
    """Why the province's attention list names the scope for last year's follow-up (``reasons``); [] without
    last year's plan."""
    if ctx.previous is None:
        return []
    return reasons_for(follow_up_of(ctx), ctx.returned_any, ctx.previous["tahun"], ctx.lang)


def reasons_for(agency: AgencyFollowUp, returned_any: bool, before: int, lang: str) -> list[str]:
    """The rule (constants.FOLLOW_UP_ATTENTION_SHARE): of a signed plan, fewer than half the targets that could be
    judged met; fewer than half its rows reported done; or no sheet returned while other dinas returned theirs.
    A plan regenerated because none was signed is shown and judged in the chapter but lists no one: the dinas never
    agreed to its targets (with it, every dinas was listed in the sample: targets are set above today's value on
    purpose). Targets that cannot be judged do not count against a dinas."""
    if not agency.rows:
        return []
    line = constants.FOLLOW_UP_ATTENTION_SHARE
    why = []
    judged = agency.met + agency.not_met
    if agency.reported and judged and 100.0 * agency.met / judged < line:
        why.append(t("fr_att_met", lang, tahun_lalu=before, met=agency.met, total=judged,
                     persen=fmt.percent_of(agency.met, judged, lang)))
    if agency.reported and agency.done_share is not None and agency.done_share < line:
        why.append(t("fr_att_done", lang, tahun_lalu=before, done=agency.done, total=agency.rows,
                     persen=fmt.percent_of(agency.done, agency.rows, lang)))
    if not agency.reported and returned_any:
        why.append(t("fr_att_missing", lang, tahun_lalu=before))
    return why


def attention(ctx: Context) -> dict[str, list[str]] | None:
    """The province report: each dinas the follow-up rule lists, with its reasons; None without last year."""
    if not ctx.province or not ctx.agencies:
        return None
    return {slug: why for slug, agency in sorted(ctx.agencies.items()) if (why := attention_reasons(agency))}


def attention_rule(lang: str) -> str:
    line = constants.FOLLOW_UP_ATTENTION_SHARE
    return t("fr_att_rule", lang, ambang=fmt.percent(line, 0 if float(line).is_integer() else 1, lang))


def province_table(ctx: Context) -> str:
    """The province's table of dinas by their follow-up (issue 24.3); '' outside the province report."""
    rows = by_agency(ctx)
    notes = absent_notes(ctx)
    if not ctx.province or not (rows or notes):
        return ""
    if not rows:
        return "".join(html.para(note, cls="note") for note in notes)
    before = ctx.hasil["tahun"] - 1
    def share(part: int, whole: int) -> str:  # one decimal in each cell of the column (1 of 8 is 12,5%, 2 of 8 25,0%)
        return fmt.percent_of(part, whole, ctx.lang, column=True) or "–"
    not_reported = ctx.t("fr_not_reported")
    body = [[a.name, fmt.integer(a.rows, ctx.lang), fmt.integer(a.met, ctx.lang), share(a.met, a.judged),
             fmt.integer(a.done, ctx.lang) if a.reported else not_reported,
             share(a.done, a.rows) if a.reported else not_reported] for a in rows]
    header = [ctx.label("dinas"), ctx.t("fr_p_rows", tahun_lalu=before), ctx.t("fr_p_met"), ctx.t("fr_p_met_share"),
              ctx.t("fr_p_done"), ctx.t("fr_p_done_share")]
    return html.table(header, body, ctx.t("fr_p_tab", tahun_lalu=before), numeric={1, 2, 3, 4, 5}) \
        + "".join(html.para(note, cls="note") for note in notes)


def absent_notes(ctx: Context) -> list[str]:
    """Under the province's table, the dinas it leaves out: each that left the data with last year's plan published
    ('Dinas Pertamanan dan Hutan Kota: ada data 2024, tidak ada data 2025; rencana ... (10 baris) tidak dapat dinilai';
    CHECK14 E14-1), then each new in the data, with its own report's words (no_plan; CHECK14 E14-2)."""
    if not ctx.province:
        return []
    tahun = ctx.hasil["tahun"]
    # named as the table names each dinas, in full
    left = [ctx.t("fr_left_data", nama=names.scope_name(slug, official_name(slug), ctx.lang), tahun_lalu=tahun - 1,
                  tahun=tahun,
                  baris=len(published.rows)) for slug, published in sorted(ctx.left.items())]
    new = [not_in_data_sentence(agency) for _, agency in sorted(ctx.agencies.items()) if no_plan(agency)]
    return left + new


def left_sentence(ctx: Context) -> str:
    """'Data 2024 sekarang tidak memuat Pertamanan dan Hutan Kota, yang ada dalam data ketika rencana terbit.' for the
    note on changed data of the province's published plan: the dinas that left are a cause of the change (CHECK14
    E14-1); '' when none left."""
    if not ctx.province or not ctx.left:
        return ""
    gone = [names.short_name_in(slug, ctx.lang) for slug in sorted(ctx.left)]
    return ctx.t("fr_data_left", tahun_lalu=ctx.hasil["tahun"] - 1, daftar=phrases.and_(gone, ctx.lang),
                 jumlah=len(gone))


def left_executors(ctx: Context, row: plan.PlanRow) -> list[str]:
    """The dinas that left the data (Context.left) among the executors the province's published plan gave ``row``
    (its dinas rows, or the dinas it was written for), by slug; [] elsewhere. The row as reviewed is rebuilt from this
    year's data, which no longer hold them: the published record is what was signed."""
    if not ctx.province or not ctx.left or ctx.published is None:
        return []
    record = next((r for r in ctx.published.rows if r["id"] == row.id), None)
    if record is None:
        return []
    named = {found["dinas"] for row_id in record.get("baris_dinas") or ()
             if (found := re.fullmatch(constants.PLAN_ROW_ID, row_id))} | set(record.get("dinas_dituju") or ())
    return sorted(slug for slug in named if slug in ctx.left)


def left_executor_note(ctx: Context, row: plan.PlanRow) -> str:
    """'pelaksana baris ini dalam rencana 2024 yang terbit termasuk Pertamanan dan Hutan Kota: ada data 2024, tidak
    ada data 2025, …' for a row whose signed executors include a dinas that left the data; '' otherwise."""
    gone = left_executors(ctx, row)
    if not gone:
        return ""
    tahun = ctx.hasil["tahun"]
    return ctx.t("fr_left_executor", tahun_lalu=tahun - 1, tahun=tahun, jumlah=len(gone),
                 daftar=phrases.and_([names.short_name_in(slug, ctx.lang) for slug in gone], ctx.lang))


def dinas_rule(done: list[Reviewed], lang: str) -> list[str]:
    """How rows about some dinas are measured: those written for several dinas (REVIEW3 1: the note named
    STOP-E-LEARNING, written for Pendidikan alone, among them), then those written for one ('STOP-E-LEARNING:
    Pendidikan')."""
    several = [r.row.code for r in done if len(r.row.dinas) > 1]
    one = [f"{r.row.code}: {plan_indicators.part_name(r.row.dinas[0], lang)}" for r in done if len(r.row.dinas) == 1]
    return ([t("fr_rule_dinas", lang, kode=", ".join(several))] if several else []) \
        + ([t("fr_rule_one_dinas", lang, daftar="; ".join(one))] if one else [])


def target_cell(reviewed: Reviewed, published: bool, lang: str) -> str:
    """The review table's target: the one judged, with the one it replaced when staff changed it before signature."""
    if not reviewed.regenerated_target:
        return reviewed.row.target_text
    base = t("fr_base_published" if published else "fr_base_regenerated", lang)
    return f"{reviewed.row.target_text} ({t('fr_target_edited', lang, dasar=base, semula=reviewed.regenerated_target)})"


def chapter(ctx: Context) -> str:
    """The first section of BAB X (numbered 10.1 with the chapter, REVIEW3 24: it was an unnumbered chapter between
    BAB IX and BAB X): last year's plan judged; a short note when the data hold no year before this one."""
    tahun = ctx.hasil["tahun"]
    before = tahun - 1
    title = ctx.t("ch_followup_review", tahun_lalu=before)

    def section(*parts: str) -> str:
        return html.heading(3, title, "evaluasi-tindak-lanjut") + "".join(parts)

    if ctx.previous is None:
        return section(html.para(ctx.t("fr_no_data", tahun_lalu=before)))
    if no_plan(ctx):
        return section(html.para(not_in_data_sentence(ctx)))
    done = review(ctx)
    reported = signed_rows(ctx, [r.row for r in done])
    filled = sum(not pd.isna(record.get("pelaksanaan")) for record in reported.values())
    edited = [r for r in done if r.regenerated_target]
    found = source(ctx, [r.row for r in done])
    # which plan the rows are (the published one, or a reconstruction said to be one), then the agency's sheet
    parts = [html.para(ctx.t("fr_rows_published" if found.published else "fr_rows_regenerated", tahun_lalu=before,
                             berkas=found.file), cls="note")]
    if found.differs:  # the data of last year changed after the plan was published: which value is used, and why
        parts.append(html.para(ctx.t("fr_data_differs", tahun_lalu=before, tahun=tahun, daftar="; ".join(
            ctx.t("fr_data_differs_row", kode=item.code, terbit=item.published, ulang=item.recomputed)
            for item in found.differs)) + (" " + left_sentence(ctx) if left_sentence(ctx) else ""), cls="note"))
    if found.unchecked:  # not computed again (too few data this year): said as such, not as changed data
        parts.append(html.para(ctx.t("fr_data_unchecked", tahun_lalu=before, daftar="; ".join(
            ctx.t("fr_data_unchecked_row", kode=item.code, terbit=item.published, alasan=item.recomputed)
            for item in found.unchecked)), cls="note"))
    parts.append(html.para(ctx.t("fr_signed", tahun_lalu=before, n=filled) if reported
                           else ctx.t("fr_not_returned_province" if ctx.province else "fr_not_returned",
                                                tahun_lalu=before), cls="note"))
    base = "fr_base_published" if found.published else "fr_base_regenerated"
    if edited:  # staff changed these targets before signature: the signed ones are judged, and said so
        parts.append(html.para(ctx.t("fr_edited", tahun_lalu=before, dasar=ctx.t(base), daftar="; ".join(
            ctx.t("fr_edited_row", kode=r.row.code, target=r.row.target_text, dasar=ctx.t(base),
                  semula=r.regenerated_target) for r in edited)), cls="note"))
    if not done:
        return section(html.para(ctx.t("fr_summary_none", tahun_lalu=before)), *parts)
    header = [ctx.t("pl_kode"), ctx.label("indikator"), ctx.t("fr_then", tahun_lalu=before),
              ctx.t("pl_target", tahun=tahun), ctx.t("fr_now", tahun=tahun), ctx.t("fr_status"),
              ctx.t("fr_execution")]
    # a long reason of a withheld value, and a row signed with a dinas that left the data: once under the table, its
    # mark in the cell
    marks = NoteMarks()
    body = [[r.row.code, r.row.indicator, marked(r.row.today_text, marks, ctx.lang),
             target_cell(r, found.published, ctx.lang), marked(show(r.now, ctx.lang), marks, ctx.lang),
             r.verdict.cell(ctx.lang),
             execution(reported.get(r.row.id), ctx.lang) + marks.mark(left_executor_note(ctx, r.row))]
            for r in done]
    # rows of long indicator names: kept whole, the table left its chapter's first page nearly empty (looked at)
    table = html.table(header, body, ctx.t("fr_tab", nama=ctx.hasil["cakupan"]["nama"], tahun_lalu=before),
                       numeric={2, 3, 4}, keep=False, note=marks.note() or None)
    lead = html.para(summary_sentence(ctx) or "", cls="lead")
    rule = " ".join([ctx.t("fr_rule"), *dinas_rule(done, ctx.lang),
                     facts.open_note([r.verdict for r in done], facts.open_on(ctx), ctx.lang)]).strip()
    return section(lead, table, *parts, html.para(rule, cls="note"), province_table(ctx))
