"""BAB VIII Keterbatasan evaluasi, generated from the results: design assumptions, missing data by
variable with shares, comparability of tests across methods, survey sample sizes, IKM categories
whose interval crosses a boundary, and what would strengthen the next evaluation."""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis.contract import Hasil, PeriodIkm, UnitIkm
from evalasn.registry import short_name
from evalasn.report import fmt
from evalasn.report import html as H
from evalasn.report import narrative as N
from evalasn.report.context import Context
from evalasn.report.estimates import bounds
from evalasn.report.text import label

# IKM category bounds on the converted scale (PermenPAN-RB 14/2017), lowest first
MAX_LISTED = 8  # IKM values named; the rest are counted
BOUNDS = sorted(lower for lower, *_ in constants.IKM_CATEGORIES[:-1])


def missing_rows(h: Hasil) -> list[tuple[str, int, int]]:
    """(variable label key, missing, of) for the evaluated year's participations."""
    total = h["data"]["n_partisipasi_tahun"]
    counts = [("v_reaksi", h["level1_reaksi"]["keseluruhan"]["n"]),
              ("v_nilai", h["level2_pembelajaran"]["keseluruhan"]["n"]),
              ("v_perilaku", h["level3_perilaku"]["keseluruhan"]["n"]),
              ("v_resistensi", h["tantangan"]["resistensi"]["rata_resistensi"]["n"])]
    return [(key, max(total - n, 0), total) for key, n in counts]


def crossing(e: PeriodIkm | UnitIkm | None) -> list[str]:
    """The categories an IKM's 95% interval reaches besides its own (empty when it stays inside)."""
    if not e or not e["cukup_data"] or e["ci_bawah"] is None:
        return []
    letters = []
    low, high = bounds(e)
    for lower, letter, *_ in constants.IKM_CATEGORIES:
        upper = min([b for b in BOUNDS if b > lower] or [100.01])
        if low < upper and high >= lower and letter != e["kategori"]:
            letters.append(letter)
    return letters


def boundary_items(ctx: Context) -> list[str]:
    h, lang = ctx.hasil, ctx.lang
    items = []
    num = lambda v: fmt.number(v, 2, lang)  # noqa: E731
    periods = h["level4_hasil"]["ikm_per_periode"]
    latest = periods[-1] if periods else None
    others = crossing(latest)
    if latest and others:
        items.append(ctx.t("lim_boundary_item", nama=h["cakupan"]["nama"], periode=latest["periode"],
                           nilai=num(latest["estimasi"]), bawah=num(latest["ci_bawah"]), atas=num(latest["ci_atas"]),
                           kategori=latest["kategori"], mungkin=N.and_(others, lang)))
    period = h["komunikasi"]["periode"]
    for u in h["level4_hasil"]["ikm_unit"]:
        others = crossing(u)
        if u["periode"] == period and others:
            name = f"{u['unit_kerja']} ({short_name(u['dinas'])})"
            items.append(ctx.t("lim_boundary_item", nama=name, periode=u["periode"], nilai=num(u["estimasi"]),
                               bawah=num(u["ci_bawah"]), atas=num(u["ci_atas"]), kategori=u["kategori"],
                               mungkin=N.and_(others, lang)))
    if len(items) > MAX_LISTED:
        items = items[:MAX_LISTED] + [ctx.t("lim_boundary_more", n=fmt.integer(len(items) - MAX_LISTED, lang))]
    return items


def chapter(ctx: Context) -> str:
    h, lang = ctx.hasil, ctx.lang
    parts = [H.para(ctx.t("lim_intro")), H.heading(3, ctx.t("lim_design_h")),
             H.bullets([ctx.t("lim_design_nonrandom"), ctx.t("lim_design_did"), ctx.t("lim_design_budget")])]
    parts.append(H.heading(3, ctx.t("lim_missing_h")))
    rows = missing_rows(h)
    if rows and rows[0][2]:
        body = [[label(key, lang), fmt.integer(miss, lang), fmt.integer(of, lang),
                 fmt.percent(100 * miss / of, 1, lang)]
                for key, miss, of in rows]
        parts.append(H.table([ctx.label(k) for k in ("variabel", "hilang", "dari_total", "persen_hilang")], body,
                             ctx.t("lim_missing_tab", tahun=h["tahun"]), numeric={1, 2, 3},
                             note=ctx.t("lim_missing_note")))
    else:
        parts.append(H.note(ctx.t("lim_missing_none", tahun=h["tahun"])))
    parts.append(H.heading(3, ctx.t("lim_tests_h")))
    methods = [label(r["metode"], lang) for r in h["pelaksanaan"]["kegiatan_per_metode"]]
    parts.append(H.para(ctx.t("lim_tests", metode=N.and_(methods, lang) or "–")))
    parts.append(H.heading(3, ctx.t("lim_survey_h")))
    periods = h["level4_hasil"]["ikm_per_periode"]
    if not h["data"]["ada_skm"] or not periods:
        parts.append(H.para(ctx.t("lim_no_survey")))
    else:
        period = h["komunikasi"]["periode"]
        units = [u for u in h["level4_hasil"]["ikm_unit"] if u["periode"] == period]
        small = sum(1 for u in units if not u["cukup_data"])
        listing = "; ".join(f"{r['periode']} {fmt.integer(r['n'], lang)}" for r in periods)
        parts.append(H.para(ctx.t("lim_survey", daftar=listing, kecil=fmt.integer(small, lang),
                                  unit=fmt.integer(len(units), lang), periode=period,
                                  min=constants.MIN_RESPONDENTS_UNIT)))
        parts.append(H.heading(3, ctx.t("lim_boundary_h")))
        items = boundary_items(ctx)
        parts.append(H.para(ctx.t("lim_boundary", daftar="; ".join(items)) if items else ctx.t("lim_boundary_none")))
    parts.append(H.heading(3, ctx.t("lim_next_h")))
    parts.append(H.bullets([ctx.t(k) for k in ("lim_next_order", "lim_next_missing", "lim_next_tests",
                                               "lim_next_survey", "lim_next_series")]))
    return H.section("keterbatasan", ctx.t("ch_limits"), *parts)
