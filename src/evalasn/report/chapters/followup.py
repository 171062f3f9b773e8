"""BAB X Rencana Tindak Lanjut: every recommendation with its follow-up action, indicator, target,
responsible unit (config/laporan.yml) and a deadline in the year after the evaluated year (the
quarter is fixed per rule in report.chapters.rules), so the plan reads the same on every rebuild."""

from __future__ import annotations

from evalasn.registry import compact_name
from evalasn.report.chapters import html, rules
from evalasn.report.context import Context


def owner(ctx: Context, kind: str) -> str:
    """The responsible unit of a follow-up, with the dinas named (config/laporan.yml)."""
    text = ctx.config.penanggung_jawab[kind][ctx.lang] if ctx.config else kind
    # a long name is shortened ('Dinas PPAPP'): the table caption gives it in full
    dinas = ctx.t("every_dinas") if ctx.province else compact_name(ctx.hasil["cakupan"]["slug"])
    return text.replace("{dinas}", dinas)


def rows(ctx: Context) -> list[list[str]]:
    hasil = ctx.hasil
    out = []
    for number, rec in enumerate(rules.recommendations(hasil, ctx.lang, ctx.targets), 1):
        action = rec.action + (f" {ctx.t('fu_basis_prov')}" if rec.province_basis else "")
        out.append([str(number), action, rec.indicator, rec.target, owner(ctx, rec.owner),
                    rules.deadline(hasil["tahun"], rec.quarter, ctx.lang)])
    return out


def chapter(ctx: Context) -> str:
    hasil = ctx.hasil
    header = [ctx.label(k) for k in ("no", "tindak_lanjut", "indikator", "target", "pj", "waktu")]
    return html.section("tindak-lanjut", ctx.t("ch_followup"),
                     html.para(ctx.t("fu_intro", tahun_berikut=hasil["tahun"] + 1)),
                     html.table(header, rows(ctx), ctx.t("fu_tab", nama=hasil["cakupan"]["nama"]), numeric={0}))
