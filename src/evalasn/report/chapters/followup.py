"""BAB X Rencana Tindak Lanjut: the follow-up plan of report.chapters.plan, one row per finding with its
stable code, action, indicator, today's value, target, responsible unit and deadline."""

from __future__ import annotations

from dataclasses import replace

from evalasn import constants
from evalasn.report.chapters import followup_review, html, plan, rules
from evalasn.report.context import Context
from evalasn.report.words import fmt

Carried = dict[str, followup_review.Reviewed]  # followup_review.carried: last year's rows not shown reached


def issued(ctx: Context, carried: Carried | None = None) -> list[plan.PlanRow]:
    """The plan as the report and its workbook issue it (issue 24.2): this year's rows, a row on the same finding
    as one of last year's whose target was not shown reached (followup_review.carried) never getting a weaker
    target than last year's (staff's signed one when they changed it), and with that row's history in its action.
    ``carried``: that review when the caller has it already (it judges last year's whole plan)."""
    carried = followup_review.carried(ctx) if carried is None else carried
    before = {key: dict(zip(r.row.dinas, r.row.targets, strict=True)) if r.row.targets else {"": r.row.target}
              for key, r in carried.items() if r.row.rule != "rec_stop"}  # a stop row's '> 0 or Rp 0' is no floor
    return [replace(row, action=row.action + followup_review.history(carried.get(followup_review.finding(row)),
                                                                     ctx.lang, row.code, row.dinas))
            for row in plan.rows(ctx, before)]


def closed(issued_rows: list[plan.PlanRow], carried: Carried) -> list[followup_review.Reviewed]:
    """Last year's rows not shown reached whose finding this year's data no longer raise (no row of this year's
    plan is about it): not carried on, and the chapter says so with their values."""
    this_year = {followup_review.finding(row) for row in issued_rows}
    return [r for key, r in carried.items() if key not in this_year]


def rows(ctx: Context, issued_rows: list[plan.PlanRow]) -> list[list[str]]:
    return [[row.code, row.action, row.indicator, row.today_text, row.target_text,
             row.owner, row.deadline] for row in issued_rows]


def closed_note(ctx: Context, issued_rows: list[plan.PlanRow], carried: Carried | None = None) -> str:
    """'Baris rencana 2024 … tidak dilanjutkan: U3 (nilai 2025 3,07 (2,97–3,17), target ≥ 3,07, belum dapat
    dinilai); …', or '' when every such row is carried on."""
    gone = closed(issued_rows, followup_review.carried(ctx) if carried is None else carried)
    if not gone:
        return ""
    tahun = ctx.hasil["tahun"]
    listed = "; ".join(ctx.t("pl_closed_row", kode=r.row.code, tahun=tahun,
                             nilai=followup_review.show(r.now, ctx.lang), target=r.row.target_text,
                             status=r.verdict.text(ctx.lang)) for r in gone)
    return html.para(ctx.t("pl_closed", tahun_lalu=tahun - 1, tahun=tahun, daftar=listed), cls="note")


def chapter(ctx: Context) -> str:
    hasil = ctx.hasil
    tahun, nxt = hasil["tahun"], hasil["tahun"] + 1
    header = [ctx.t("pl_kode"), ctx.label("tindak_lanjut"), ctx.label("indikator"), ctx.t("pl_kini", tahun=tahun),
              ctx.t("pl_target", tahun=nxt), ctx.label("pj"), ctx.label("waktu")]
    carried = followup_review.carried(ctx)  # judged once for the rows and the note
    issued_rows = issued(ctx, carried)
    body = rows(ctx, issued_rows)
    table = html.table(header, body, ctx.t("fu_tab", nama=hasil["cakupan"]["nama"]), numeric={3, 4}) if body \
        else html.note(ctx.t("pl_none"))
    step = fmt.number(constants.FOLLOW_UP_SHARE_POINTS, 0, ctx.lang)
    parts = [html.para(ctx.t("pl_intro", tahun=tahun, tahun_berikut=nxt, langkah=step)), table]
    if note := closed_note(ctx, issued_rows, carried):
        parts.append(note)
    year, first = rules.plan_start(tahun, ctx.dated)
    if (year, first) != (nxt, 1):  # dated after its plan year began (rules.plan_start)
        parts.append(html.para(ctx.t("pl_late" if year == nxt else "pl_after", tanggal=fmt.date(ctx.dated, ctx.lang),
                                     tahun_berikut=nxt, mulai=rules.deadline(tahun, 1, ctx.lang, ctx.dated)),
                               cls="note"))
    return html.section("tindak-lanjut", ctx.t("ch_followup"), *parts)
