"""BAB VII: each key figure beside the province, the dinas's rank among all dinas, earlier years
and its target (config/target.yml), with the verdict met / not met / cannot be judged.

How a target is judged (docs/metode.md, "Target"): met when the whole 95% interval lies on the
target's good side (at or above; for cost per point at or below); not met when the whole interval
lies on the other side, or when the target is the top of the scale (100%) and the count shows not
everyone reached it; otherwise it cannot be judged, with the reason (the interval holds the target,
or the figure cannot be computed and why). Budget realisation is an accounting figure: compared as is.
"""

from __future__ import annotations

from dataclasses import dataclass

from evalasn.analysis import results
from evalasn.analysis.contract.comparison import IndicatorRank
from evalasn.report.chapters import html
from evalasn.report.charts import trend as trend_figures
from evalasn.report.config import Target
from evalasn.report.context import Context
from evalasn.report.words import coverage, fmt, phrases, reasons
from evalasn.report.words.text import label, t
from evalasn.report.words.uncertainty import test_reason

KEYS = ("cakupan_asn", "jp_20", "gain", "ikm", "persen_realisasi", "biaya_per_poin")
SHARES = ("cakupan_asn", "jp_20")  # proportions 0-1 in hasil.json, percent in targets and tables
TOP_OF_SCALE = {"cakupan_asn": 100.0, "jp_20": 100.0, "persen_realisasi": 100.0}


@dataclass(frozen=True)
class Verdict:
    status: str  # "met", "not_met", "cannot"
    why: str = ""  # for "cannot": the reason

    def text(self, lang: str) -> str:
        word = t({"met": "status_met", "not_met": "status_not_met", "cannot": "status_cannot"}[self.status], lang)
        return f"{word} ({self.why})" if self.why else word


def as_target_unit(key: str, figure) -> tuple[float, float, float] | None:
    """(value, low, high) of a key figure in the target's unit, or None when it has no value."""
    if figure is None:
        return None
    if not isinstance(figure, dict):
        return (float(figure),) * 3
    if not figure.get("cukup_data"):
        return None
    scale = 100.0 if key in SHARES else 1.0
    return figure["estimasi"] * scale, figure["ci_bawah"] * scale, figure["ci_atas"] * scale


def why_missing(key: str, figure, lang: str) -> str:
    """Why a key figure has no value; an IKM without any response is a missing survey."""
    figure = figure if isinstance(figure, dict) else None
    if key == "ikm" and not (figure or {}).get("n"):
        return t("why_no_survey", lang)
    return reasons.reason(figure, lang)


def judge(key: str, figure, target: Target, lang: str) -> Verdict:
    """Met / not met / cannot be judged (with the reason), by the rule in the module docstring."""
    values = as_target_unit(key, figure)
    if values is None:
        why = why_missing(key, figure, lang)
        return Verdict("cannot", why)
    value, low, high = values
    goal = target.nilai
    if not target.higher_better:
        value, low, high, goal = -value, -high, -low, -goal
    if low >= goal - 1e-9:
        return Verdict("met")
    top = TOP_OF_SCALE.get(key)
    if high < goal or (top is not None and target.higher_better and goal >= top and value < top - 1e-9):
        return Verdict("not_met")
    return Verdict("cannot", t("status_ci_holds", lang))


def show_value(key: str, figure, lang: str, with_ci: bool = True) -> str:
    """A key figure as a table cell: '58,3 (54,2–62,3)', 'Rp 260.165', '92,9', or the reason."""
    if figure is None:
        return "–"
    if not isinstance(figure, dict):
        return fmt.number(figure, 1, lang)
    if not figure.get("cukup_data"):
        return reasons.not_enough(figure, lang)
    scale = 100.0 if key in SHARES else 1.0
    decimals = 2 if key == "ikm" else 1
    if key == "biaya_per_poin":
        show = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    else:
        shown = fmt.ci_decimals(figure["ci_bawah"] * scale, figure["ci_atas"] * scale, decimals)
        show = lambda v: fmt.number(v, shown, lang)  # noqa: E731
    text = show(figure["estimasi"] * scale)
    if key == "ikm" and figure.get("kategori"):
        text += f"\u00a0{figure['kategori']}"
    if not with_ci:
        return text
    return f"{text} ({show(figure['ci_bawah'] * scale)}–{show(figure['ci_atas'] * scale)})"


def plain_value(key: str, figure, lang: str) -> str:
    """A key figure in words' units, without its interval: '58,3%', '7,6 poin', 'Rp 260.165'."""
    values = as_target_unit(key, figure)
    if values is None:
        return "–"
    value = values[0]
    if key in SHARES or key == "persen_realisasi":
        return fmt.percent(value, 1, lang)
    if key == "biaya_per_poin":
        return fmt.rupiah(value, lang)
    if key == "ikm":  # '78,09 B', as in the tables (it stands inside a bracket in the summary)
        return fmt.number(value, 2, lang) + (f"\u00a0{figure['kategori']}" if figure.get("kategori") else "")
    return t("points", lang, nilai=fmt.number(value, 1, lang))


def show_target(key: str, target: Target | None, lang: str) -> str:
    if target is None:
        return t("status_no_target", lang)
    sign = "≥" if target.higher_better else "≤"
    if key == "biaya_per_poin":
        return f"{sign} {fmt.rupiah(target.nilai, lang)}"
    if key == "ikm":
        return f"{sign} {fmt.number(target.nilai, 2, lang)}"
    if key == "gain":
        return f"{'>' if target.nilai == 0 else sign} {fmt.number(target.nilai, 1, lang)}"
    return f"{sign} {fmt.percent(target.nilai, 0, lang)}"


def key_figure_rows(ctx: Context) -> list[dict]:
    """For each key figure: its name, this scope's value, the province's, the rank and the target."""
    hasil = ctx.hasil
    mine = results.key_figures(hasil)
    against = hasil.get("perbandingan_provinsi")
    compared = {r["kunci"]: r for r in against["indikator"]} if against else {}
    rows = []
    for key in KEYS:
        target = ctx.targets.get(key)
        rank = compared.get(key)
        value = results.key_figure(mine, key)
        verdict = judge(key, value, target, ctx.lang) if target else None
        rows.append({"key": key, "name": label(f"kf_{key}", ctx.lang), "value": value,
                     "province": rank["provinsi"] if rank else None, "rank": rank, "target": target,
                     "verdict": verdict})
    return rows


def _rank(rank: IndicatorRank | None, lang: str) -> str:
    if not rank or not rank.get("peringkat"):
        return "–"
    if rank["peringkat_terbaik"] == rank["peringkat_terburuk"] == rank["peringkat"]:
        return t("rank_of", lang, r=rank["peringkat"], n=rank["dari"])
    return t("rank_range", lang, r=rank["peringkat"], n=rank["dari"], a=rank["peringkat_terbaik"],
             b=rank["peringkat_terburuk"])


def key_figure_table(ctx: Context) -> str:
    lang = ctx.lang
    hasil = ctx.hasil
    rows = key_figure_rows(ctx)
    if ctx.province:
        header = [ctx.label("indikator_kunci"), hasil["cakupan"]["nama"], ctx.label("target"), ctx.label("status")]
        body = [[r["name"], show_value(r["key"], r["value"], lang), show_target(r["key"], r["target"], lang),
                 r["verdict"].text(lang) if r["verdict"] else "–"] for r in rows]
        return html.table(header, body, ctx.t("pos_tab_prov", tahun=hasil["tahun"]), numeric={1})
    header = [ctx.label("indikator_kunci"), hasil["cakupan"]["nama"].replace("Dinas ", ""), ctx.label("provinsi"),
              ctx.label("peringkat_dari"), ctx.label("target"), ctx.label("status")]
    # a figure that cannot be computed says so in its cell and why in the status column (once, not twice)
    body = [[r["name"], show_value(r["key"], r["value"], lang) if as_target_unit(r["key"], r["value"]) is not None
             else t("not_computed", lang), show_value(r["key"], r["province"], lang, False),
             _rank(r["rank"], lang), show_target(r["key"], r["target"], lang),
             r["verdict"].text(lang) if r["verdict"] else
             why_missing(r["key"], r["value"], lang)
             if as_target_unit(r["key"], r["value"]) is None else "–"] for r in rows]
    return html.table(header, body, ctx.t("pos_tab", nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"]),
                      numeric={1, 2}, note=ctx.t("pos_rank_note") if coverage.comparable(hasil)
                      else coverage.withheld_for_dinas(hasil, lang))


# --- the dinas on the province's attention list (issue 12.1) ---
def attention_sentence(ctx: Context, with_rule: bool = True) -> str | None:
    """Whether the province report lists this dinas as needing attention, and why (from the dinas's
    own hasil.json: `perbandingan_provinsi.perhatian`), with the rule (BAB VII) or without it (the
    summary); None in the province report or without it."""
    hasil, lang = ctx.hasil, ctx.lang
    against = hasil.get("perbandingan_provinsi")
    listing = against.get("perhatian") if against else None
    if ctx.province or listing is None:
        return None
    name = hasil["cakupan"]["nama"]
    rule = (" " + t("pos_attention_rule", lang, q=fmt.number(listing["q_fdr"], 2, lang),
                    m=fmt.integer(listing["jumlah_uji"], lang))) if with_rule else ""
    if listing["dalam_daftar"]:
        why = [test_reason(test, lang) for test in listing["uji"] if test["ditandai"]]
        why += [t("p_reason_gain", lang)] if listing["gain_rendah"] else []
        return t("pos_attention_listed", lang, nama=name, alasan="; ".join(why)) + rule
    if not listing["uji"] and not coverage.comparable(hasil):
        return coverage.withheld_for_dinas(hasil, lang, "cov_attention_withheld")
    if not listing["uji"]:
        return t("pos_attention_untested", lang, nama=name) + rule
    tested = [t(f"pos_tested_{test['temuan']}", lang) for test in listing["uji"]]
    return t("pos_attention_clear", lang, nama=name, diuji=", ".join(tested)) + rule


def pooled_rank_sentence(ctx: Context) -> str | None:
    """The gain's rank as the province report gives it (mixed model, hasil.json `pooling.dinas_ini`),
    so a reader of both reports sees why the ranks differ; None without it."""
    pooling = ctx.hasil["pooling"]
    mine = pooling.get("dinas_ini")
    if ctx.province or not mine or not mine["peringkat"] or not mine["pooled"]["cukup_data"]:
        return None
    lang, rank, pooled = ctx.lang, mine["peringkat"], mine["pooled"]
    return t("pos_pooled_rank", lang, nama=ctx.hasil["cakupan"]["nama"], r=rank,
             n=pooling.get("jumlah_dinas", rank), a=mine["peringkat_bawah"] or rank, b=mine["peringkat_atas"] or rank,
             nilai=phrases.estimate(pooled, lang), ik=phrases.ci(pooled, lang))


def trend_table(ctx: Context) -> str:
    lang = ctx.lang
    years = ctx.hasil.get("tren") or []
    header = [ctx.label("indikator_kunci")] + [str(r["tahun"]) for r in years]
    body = [[label(f"kf_{key}", lang)] + [show_value(key, results.key_figure(r, key), lang) for r in years]
            for key in KEYS]
    # year columns are not marked numeric: numeric cells do not wrap, and a cost with its interval is wider
    # than a third of the page
    return html.table(header, body, ctx.t("pos_trend_tab", nama=ctx.hasil["cakupan"]["nama"]),
                      note=ctx.t("pos_trend_note"))


def trend_figure(ctx: Context) -> str:
    years = ctx.hasil.get("tren") or []
    fig = trend_figures.small_multiples(years, KEYS, {k: label(f"kf_{k}", ctx.lang) for k in KEYS},
                                        {k: ctx.targets[k].nilai for k in KEYS if k in ctx.targets}, SHARES, ctx.lang)
    caption = ctx.t("pos_trend_fig", nama=ctx.hasil["cakupan"]["nama"])
    return html.figure(fig, caption, caption)


def targets_table(ctx: Context) -> str:
    rows = [[label(f"kf_{key}", ctx.lang), show_target(key, ctx.targets.get(key), ctx.lang),
             ctx.targets[key].dasar[ctx.lang] if key in ctx.targets else "–"] for key in KEYS]
    return html.table([ctx.label("indikator_kunci"), ctx.label("target"), ctx.label("dasar")], rows,
                      ctx.t("pos_targets_tab"))


def chapter(ctx: Context, province_parts: list[str] | None = None) -> str:
    """BAB VII. In the province report ``province_parts`` (the comparison of dinas) come first."""
    hasil = ctx.hasil
    years = hasil.get("tren") or []
    parts = list(province_parts or [])
    if ctx.province:
        parts.append(html.para(ctx.t("pos_intro_prov", tahun=hasil["tahun"])))
    else:
        against = hasil.get("perbandingan_provinsi")
        dinas_count = against["jumlah_dinas"] if against else 0
        parts.append(html.para(ctx.t("pos_intro", nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"],
                                     jumlah=dinas_count)))
        said = coverage.registry_sentence(hasil, ctx.lang)  # the ranks' note says why they are missing (20.7)
        if said and not coverage.comparable(hasil):
            parts.append(html.para(said))
    parts += [key_figure_table(ctx), html.para(ctx.t("pos_judge_note"), cls="note")]
    parts += [html.para(s) for s in (attention_sentence(ctx), pooled_rank_sentence(ctx)) if s]
    if len(years) >= 2:
        parts += [html.heading(3, ctx.t("pos_trend_h", tahun_awal=years[0]["tahun"], tahun=hasil["tahun"])),
                  trend_table(ctx), trend_figure(ctx)]
    else:
        parts.append(html.note(ctx.t("pos_trend_one", tahun=hasil["tahun"])))
    parts += [html.heading(3, ctx.t("pos_targets_h")), targets_table(ctx)]
    title = ctx.t("ch_position_prov") if ctx.province else ctx.t("ch_position")
    return html.section("perbandingan", title, *parts)

