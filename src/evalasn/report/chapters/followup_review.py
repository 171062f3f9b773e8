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

import re

import pandas as pd

from evalasn import constants
from evalasn.report import facts
from evalasn.report.chapters import (
    html,
    plan,
    plan_indicators,
    plan_parts,
    plan_targets,
)

# attention, attention_rule and Measured are imported from here by report.chapters.sections and .followup
from evalasn.report.chapters.followup_attention import (  # noqa: F401
    attention,
    attention_rule,
    left_executor_note,
    left_sentence,
    province_table,
    summary_sentence,
)
from evalasn.report.chapters.followup_measure import Measured, Reviewed, show  # noqa: F401
from evalasn.report.chapters.followup_rows import execution, no_plan, not_in_data_sentence, review, signed_rows, source
from evalasn.report.chapters.note_marks import NoteMarks, marked, withheld_reason
from evalasn.report.context import Context
from evalasn.report.words import phrases
from evalasn.report.words.text import t


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
                       numeric={2, 3, 4}, keep=False, note=marks.note() or None, ref=html.FOLLOW_UP_REVIEW)
    lead = html.para(summary_sentence(ctx, in_chapter=True) or "", cls="lead")
    rule = " ".join([ctx.t("fr_rule"), *dinas_rule(done, ctx.lang),
                     facts.open_note([r.verdict for r in done], facts.open_on(ctx), ctx.lang)]).strip()
    return section(lead, table, *parts, html.para(rule, cls="note"), province_table(ctx))
