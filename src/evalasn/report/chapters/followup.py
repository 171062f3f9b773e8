"""BAB X Rencana Tindak Lanjut: the follow-up plan of report.chapters.plan, one row per finding with its
stable code, action, indicator, today's value, target, responsible unit and deadline."""

from __future__ import annotations

from evalasn import constants
from evalasn.report.chapters import followup_review, html, plan, rules
from evalasn.report.context import Context
from evalasn.report.words import fmt, names


def rows(ctx: Context) -> list[list[str]]:
    # last year's row on the same finding whose target was not shown reached (issue 24.2)
    carried = followup_review.carried(ctx)
    return [[names.row_code(row.code, ctx.lang),
             row.action + followup_review.history(carried.get(followup_review.finding(row)), ctx.lang, row.code),
             row.indicator, row.today_text, row.target_text, row.owner, row.deadline] for row in plan.rows(ctx)]


def chapter(ctx: Context) -> str:
    hasil = ctx.hasil
    tahun, nxt = hasil["tahun"], hasil["tahun"] + 1
    header = [ctx.t("pl_kode"), ctx.label("tindak_lanjut"), ctx.label("indikator"), ctx.t("pl_kini", tahun=tahun),
              ctx.t("pl_target", tahun=nxt), ctx.label("pj"), ctx.label("waktu")]
    body = rows(ctx)
    table = html.table(header, body, ctx.t("fu_tab", nama=hasil["cakupan"]["nama"]), numeric={3, 4}) if body \
        else html.note(ctx.t("pl_none"))
    step = fmt.number(constants.FOLLOW_UP_SHARE_POINTS, 0, ctx.lang)
    parts = [html.para(ctx.t("pl_intro", tahun=tahun, tahun_berikut=nxt, langkah=step)), table]
    if rules.plan_start(tahun, ctx.dated) != (nxt, 1):  # dated after its plan year began (rules.plan_start)
        parts.append(html.para(ctx.t("pl_late", tanggal=fmt.date(ctx.dated, ctx.lang), tahun_berikut=nxt,
                                     mulai=rules.deadline(tahun, 1, ctx.lang, ctx.dated)), cls="note"))
    return html.section("tindak-lanjut", ctx.t("ch_followup"), *parts)
