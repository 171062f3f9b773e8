"""BAB VIII Keterbatasan evaluasi, generated from the results: design assumptions, missing data by
variable with shares, comparability of tests across methods, survey sample sizes, IKM categories
whose interval crosses a boundary, and what would strengthen the next evaluation."""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil, PeriodIkm, UnitIkm
from evalasn.report.chapters import html
from evalasn.report.chapters.comparison import latest_list_years
from evalasn.report.context import Context
from evalasn.report.words import fmt, impact, phrases, uncertainty
from evalasn.report.words.text import label
from evalasn.report.words.units import unit_name

MAX_LISTED = 8  # IKM values named; the rest are counted


def missing_rows(hasil: Hasil) -> list[tuple[str, int, int]]:
    """(variable label key, missing, of) for the evaluated year's participations."""
    total = hasil["data"]["n_partisipasi_tahun"]
    counts = [("v_reaksi", hasil["level1_reaksi"]["keseluruhan"]["n"]),
              ("v_nilai", hasil["level2_pembelajaran"]["keseluruhan"]["n"]),
              ("v_perilaku", hasil["level3_perilaku"]["keseluruhan"]["n"]),
              ("v_resistensi", hasil["tantangan"]["resistensi"]["rata_resistensi"]["n"])]
    return [(key, max(total - n, 0), total) for key, n in counts]


def crossing(ikm: PeriodIkm | UnitIkm | None) -> list[str]:
    """The categories an IKM's 95% interval reaches besides its own (empty when it stays inside): every
    category from its lower end's to its upper end's, as the record has them (analysis.ikm.category_range,
    the ends compared as printed), so that this list and the table's 'C (C–B)' cannot disagree."""
    if not ikm or not ikm["cukup_data"] or ikm["ci_bawah"] is None:
        return []
    letters = [letter for _, letter, *_ in constants.IKM_CATEGORIES]  # best first
    low, high = ikm.get("kategori_bawah"), ikm.get("kategori_atas")
    if low not in letters or high not in letters:
        return []
    reached = letters[letters.index(high):letters.index(low) + 1]
    return [letter for letter in reached if letter != ikm["kategori"]]


def boundary_items(ctx: Context) -> list[str]:
    hasil, lang = ctx.hasil, ctx.lang
    items = []
    num = lambda v: fmt.ikm(v, lang)  # noqa: E731
    latest = results.current_ikm(hasil)
    others = crossing(latest)
    if latest and others:
        items.append(ctx.t("lim_boundary_item", nama=hasil["cakupan"]["nama"], periode=latest["periode"],
                           nilai=num(latest["estimasi"]), bawah=num(latest["ci_bawah"]), atas=num(latest["ci_atas"]),
                           kategori=latest["kategori"], mungkin=phrases.and_(others, lang)))
    period = hasil["komunikasi"]["periode"]
    for unit in hasil["level4_hasil"]["ikm_unit"]:
        others = crossing(unit)
        if unit["periode"] == period and others:
            # its dinas in the province report only, as every other mention (LOOK35 H-8: 'Environment Agency
            # Secretariat' here, 'Agency Secretariat' in the tables of the same agency's report)
            name = unit_name(unit["unit_kerja"], lang, unit["dinas"] if ctx.province else None)
            items.append(ctx.t("lim_boundary_item", nama=name, periode=unit["periode"], nilai=num(unit["estimasi"]),
                               bawah=num(unit["ci_bawah"]), atas=num(unit["ci_atas"]), kategori=unit["kategori"],
                               mungkin=phrases.and_(others, lang)))
    if len(items) > MAX_LISTED:
        items = items[:MAX_LISTED] + [ctx.t("lim_boundary_more", n=fmt.integer(len(items) - MAX_LISTED, lang))]
    return items


def did_assumption(ctx: Context) -> str:
    """The parallel-trends caveat for the periods the IKM model actually used (two, or more with a
    pre-trend check)."""
    did = ctx.hasil["level4_hasil"]["did_ikm"]
    used = did.get("periode_dipakai") or []
    gaps = impact.pretrend_gaps(did, ctx.lang) if did.get("tersedia") and "efek" in did else ""
    if len(used) > 2 and gaps:  # the periods exist, the check did not run: say why (REVIEW6b R6b-8)
        return ctx.t("lim_design_did_unchecked", n=fmt.integer(len(used), ctx.lang), awal=used[0], akhir=used[-1],
                     sebab=gaps)
    if len(used) > 2:
        return ctx.t("lim_design_did_many", n=fmt.integer(len(used), ctx.lang), awal=used[0], akhir=used[-1])
    return ctx.t("lim_design_did")


def staff_list_item(ctx: Context) -> list[str]:
    """The earlier years counted over today's staff list (comparison.latest_list_years, the years the trend table's
    note names): who joined later counts as untrained then, so a rise since then may be overstated (LOOK37b M-7: the
    note stood under the trend table only, while the summary called those rises improvements); [] otherwise."""
    years = latest_list_years(ctx.hasil.get("tren") or [], ctx.hasil["tahun"])
    return [ctx.t("lim_design_staff_list", tahun=phrases.and_(years, ctx.lang), k=len(years))] if years else []


def chapter(ctx: Context) -> str:
    hasil, lang = ctx.hasil, ctx.lang
    parts = [html.para(ctx.t("lim_intro")), html.heading(3, ctx.t("lim_design_h")),
             html.bullets([ctx.t("lim_design_nonrandom"), did_assumption(ctx), ctx.t("lim_design_budget"),
                           *staff_list_item(ctx)])]
    parts.append(html.heading(3, ctx.t("lim_missing_h")))
    rows = missing_rows(hasil)
    if rows and rows[0][2]:
        body = [[label(key, lang), fmt.integer(miss, lang), fmt.integer(of, lang),
                 fmt.percent(100 * miss / of, 1, lang)]
                for key, miss, of in rows]
        parts.append(html.table([ctx.label(k) for k in ("variabel", "hilang", "dari_total", "persen_hilang")], body,
                             ctx.t("lim_missing_tab", tahun=hasil["tahun"]), numeric={1, 2, 3},
                             note=ctx.t("lim_missing_note")))
    else:
        parts.append(html.note(ctx.t("lim_missing_none", tahun=hasil["tahun"])))
    unrecorded = phrases.unrecorded_cost(hasil, lang)
    if unrecorded:  # activities at Rp 0 or blank: missing cost, left out of every cost figure (CHECK11 C11-1)
        parts.append(html.para(ctx.t("lim_cost_unrecorded", k=fmt.integer(phrases.unrecorded_count(hasil), lang),
                                     tahun=hasil["tahun"], n=fmt.integer(hasil["data"]["n_kegiatan_tahun"], lang),
                                     daftar=unrecorded)))
    parts.append(html.heading(3, ctx.t("lim_tests_h")))
    # the methods of the year, or all of the programme's when the year has none (not "(–)")
    methods = [r["metode"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"]] or list(constants.METODE)
    parts.append(html.para(ctx.t("lim_tests", metode=phrases.and_([label(m, lang) for m in methods], lang))))
    parts.append(html.heading(3, ctx.t("lim_survey_h")))
    periods = hasil["level4_hasil"]["ikm_per_periode"]
    if not hasil["data"]["ada_skm"] or not periods:
        parts.append(html.para(ctx.t("lim_no_survey")))
    elif hasil["level4_hasil"].get("alasan_ikm"):  # only earlier periods: their sizes, and why none is this year's
        parts.append(html.para(" ".join([
            ctx.t("lim_survey", daftar="; ".join(f"{r['periode']} {fmt.integer(r['n'], lang)}" for r in periods)),
            ctx.t("lim_survey_not_received", tahun=hasil["tahun"])])))
    else:
        period = hasil["komunikasi"]["periode"]
        units = [u for u in hasil["level4_hasil"]["ikm_unit"] if u["periode"] == period]
        small = sum(1 for u in units if not u["cukup_data"])
        listing = "; ".join(f"{r['periode']} {fmt.integer(r['n'], lang)}" for r in periods)
        counts = dict(unit=fmt.integer(len(units), lang), periode=period, min=constants.MIN_RESPONDENTS_UNIT)
        one = "_one" if len(units) == 1 else ""  # the only unit (CHECK12 C12-6: "Setiap unit (1)")
        # the regulation's minimum sample as BAB III judges it (assumed users per unit), else why it cannot be
        minimum = uncertainty.sample_note(hasil["level4_hasil"].get("ikm_sampel"), lang) or ctx.t("lim_survey_users")
        parts.append(html.para(" ".join([
            ctx.t("lim_survey", daftar=listing),
            ctx.t(f"lim_survey_small{one}", kecil=fmt.integer(small, lang), **counts) if small else
            ctx.t(f"lim_survey_all{one}", **counts), minimum])))
        parts.append(html.heading(3, ctx.t("lim_boundary_h")))
        items = boundary_items(ctx)
        parts.append(html.para(ctx.t("lim_boundary", daftar="; ".join(items)) if items else ctx.t("lim_boundary_none")))
    parts.append(html.heading(3, ctx.t("lim_next_h")))
    parts.append(html.bullets([ctx.t(k) for k in ("lim_next_order", "lim_next_missing", "lim_next_tests",
                                               "lim_next_survey", "lim_next_series")]))
    return html.section("keterbatasan", ctx.t("ch_limits"), *parts)
