"""BAB X Rencana Tindak Lanjut: every recommendation with its follow-up action, indicator, target,
responsible unit (config/laporan.yml) and a deadline in the year after the evaluated year (the
quarter is fixed per rule in report.rules), so the plan reads the same on every rebuild."""

from __future__ import annotations

from evalasn.registry import compact_name
from evalasn.report import html as H
from evalasn.report import rules
from evalasn.report.context import Context


def owner(ctx: Context, kind: str) -> str:
    """The responsible unit of a follow-up, with the dinas named (config/laporan.yml)."""
    text = ctx.config.penanggung_jawab[kind][ctx.lang] if ctx.config else kind
    # a long name is shortened ('Dinas PPAPP'): the table caption gives it in full
    dinas = ctx.t("every_dinas") if ctx.province else compact_name(ctx.hasil["cakupan"]["slug"])
    return text.replace("{dinas}", dinas)


def rows(ctx: Context) -> list[list[str]]:
    h = ctx.hasil
    out = []
    for i, rec in enumerate(rules.recommendations(h, ctx.lang, ctx.targets), 1):
        action = rec.action + (f" {ctx.t('fu_basis_prov')}" if rec.province_basis else "")
        out.append([str(i), action, rec.indicator, rec.target, owner(ctx, rec.owner),
                    rules.deadline(h["tahun"], rec.quarter, ctx.lang)])
    return out


def chapter(ctx: Context) -> str:
    h = ctx.hasil
    header = [ctx.label(k) for k in ("no", "tindak_lanjut", "indikator", "target", "pj", "waktu")]
    return H.section("tindak-lanjut", ctx.t("ch_followup"),
                     H.para(ctx.t("fu_intro", tahun_berikut=h["tahun"] + 1)),
                     H.table(header, rows(ctx), ctx.t("fu_tab", nama=h["cakupan"]["nama"]), numeric={0}))
