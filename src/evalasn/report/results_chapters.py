"""The results chapters of the report (BAB III–VI): Kirkpatrick levels 1–4 with the impact
estimates, the budget, the challenges and the SKM elements. Layout only: the sentences come from
report.narrative and report.uncertainty, the rules from report.rules, the numbers from hasil.json
(report.context). report.sections lists them with the other chapters.
"""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Interval
from evalasn.registry import short_name
from evalasn.report import figures, fmt, impact, reasons, rules
from evalasn.report import html as H
from evalasn.report import narrative as N
from evalasn.report import uncertainty as U
from evalasn.report.context import Context, indicator_name
from evalasn.report.text import ACTIONS


def kirkpatrick(ctx: Context) -> str:
    h = ctx.hasil
    lang = ctx.lang
    parts = [H.heading(3, ctx.t("r_l1_h"))]
    l1 = h["level1_reaksi"]
    parts.append(H.para(_or_not_enough(ctx, l1["keseluruhan"], "r_l1", 2)))
    if sum(r["cukup_data"] for r in l1["per_metode"]) >= 2:
        fig = figures.estimates(l1["per_metode"], [ctx.label(r["metode"]) for r in l1["per_metode"]],
                                ctx.label("skor_reaksi"), lang, decimals=2, xlim=(1, 5.3))
        parts.append(H.figure(fig, ctx.t("r_fig_l1"), ctx.t("r_fig_l1")))
    parts.append(H.heading(3, ctx.t("r_l2_h")))
    l2 = h["level2_pembelajaran"]
    if not h["data"]["ada_nilai_test"]:
        parts.append(H.note(ctx.t("r_no_tests")))
    else:
        parts.append(H.para(N.learning(h, lang)))
        ancova = U.ancova_sentence(l2, lang)
        if ancova:
            parts.append(H.para(ancova))
        by_method = U.adjusted_by_method(l2)
        if by_method:
            adjusted, raw, methods = by_method
            fig = figures.estimates(adjusted, [ctx.label(m) for m in methods], ctx.label("perubahan_nilai"), lang,
                                    ref=0.0, raw=raw, raw_label=ctx.label("mentah"),
                                    point_label=ctx.label("disesuaikan"))
            parts.append(H.figure(fig, ctx.t("r_fig_l2"), ctx.t("r_fig_l2")))
    parts.append(H.heading(3, ctx.t("r_l3_h")))
    l3 = h["level3_perilaku"]
    parts.append(H.para(_or_not_enough(ctx, l3["keseluruhan"], "r_l3", 2)))
    rel = l3["per_10_poin_gain"]
    d = N.direction(rel)
    if d in ("up", "down"):
        parts.append(H.para(ctx.t("r_l3_rel", n=fmt.integer(rel["n"], lang), **N.size_with_ci(rel, lang, 2))))
    parts += level4(ctx)
    return H.section("hasil", ctx.t("ch_results"), *parts)


def level4(ctx: Context) -> list[str]:
    h = ctx.hasil
    lang = ctx.lang
    l4 = h["level4_hasil"]
    parts = [H.heading(3, ctx.t("r_l4_h"))]
    if not h["data"]["ada_skm"]:
        parts.append(H.note(ctx.t("r_no_skm")))
    else:
        latest = l4["ikm_per_periode"][-1]
        if latest["cukup_data"]:
            parts.append(H.para(ctx.t("r_ikm_latest", periode=latest["periode"], nilai=N.estimate(latest, lang, 2),
                                      ik=N.ci(latest, lang, 2), n=fmt.integer(latest["n"], lang),
                                      kategori=latest["kategori"], rentang=U.category_range(latest, lang),
                                      label=latest["label"] if lang == "id" else N.category_en(latest["kategori"]))))
        sample = U.sample_note(l4.get("ikm_sampel"), lang)
        if sample:
            parts.append(H.para(sample, cls="note"))
        parts.append(H.figure(figures.ikm_periods(l4["ikm_per_periode"], lang), ctx.t("r_fig_ikm"), ctx.t("r_fig_ikm")))
        did = l4["did_ikm"]
        sentence = N.did_ikm(h, lang)
        if sentence:
            parts.append(H.para(sentence))
        if did.get("tersedia"):
            e = did["efek"]
            parts.append(H.para(ctx.t("r_did_design", ambang=fmt.percent(did["ambang_persen_dilatih"], 0, lang),
                                      mulai=fmt.date(did["jendela_kegiatan"][0], lang),
                                      selesai=fmt.date(did["jendela_kegiatan"][1], lang),
                                      unit_d=fmt.integer(e["unit_dilatih"], lang),
                                      unit_p=fmt.integer(e["unit_pembanding"], lang),
                                      sebelum=did["periode_sebelum"], sesudah=did["periode_sesudah"]), cls="note"))
            parts += [H.para(note, cls="note") for note in impact.design_notes(did, lang, ctx.t)]
            events = did.get("studi_peristiwa", [])
            if did.get("desain") == "studi_peristiwa" and any(ev["cukup_data"] for ev in events):
                parts.append(H.figure(figures.event_study(did["studi_peristiwa"], lang), ctx.t("r_fig_event"),
                                      ctx.t("r_fig_event")))
            elif e["rata_rata"] and len(e["rata_rata"]) == 4:
                parts.append(H.figure(figures.did_lines(e["rata_rata"], did["periode_sebelum"], did["periode_sesudah"],
                                                        lang), ctx.t("r_fig_did"), ctx.t("r_fig_did")))
    if not h["data"]["ada_kinerja"]:
        parts.append(H.note(ctx.t("r_no_kinerja")))
    elif l4["did_kinerja"]:
        rows = []
        for r in l4["did_kinerja"]:
            effect = r.get("efek")
            rows.append([indicator_name(r["indikator"]), ctx.label(r["arah"]),
                         N.value_with_ci(effect, lang) if effect else reasons.unavailable(r, lang),
                         impact.verdict_cell(r, lang)])
        parts.append(H.table([ctx.label(k) for k in ("indikator", "arah", "efek", "kesimpulan")], rows,
                             ctx.t("r_tab_kinerja")))
    return parts


def budget(ctx: Context) -> str:
    h = ctx.hasil
    lang = ctx.lang
    b = h["anggaran_vs_peningkatan"]
    parts = [H.para(ctx.t("b_intro")), H.para(N.budget(h, lang))]
    curve = b["model"] if b["model"]["kuadratik"]["cukup_data"] else b["model_provinsi"]
    if curve["kuadratik"]["cukup_data"]:
        teks = N.value_with_ci(curve["kuadratik"], lang, 3)
        parts.append(H.para(ctx.t("b_curve_falls" if curve.get("turun_hasil") else "b_curve_none", teks=teks)))
    if not ctx.province:
        parts.append(H.para(ctx.t("b_scope_dinas", teks=N.value_with_ci(b["model"]["gain_per_dobel"], lang)),
                            cls="note"))
        parts.append(H.para(ctx.t("b_scope_prov", teks=N.value_with_ci(b["model_provinsi"]["gain_per_dobel"], lang)),
                            cls="note"))
    if b["model"].get("kegiatan_tanpa_biaya"):
        parts.append(H.note(ctx.t("b_zero", n=fmt.integer(b["model"]["kegiatan_tanpa_biaya"], lang))))
    if len(ctx.activities) >= 5:
        parts.append(H.figure(figures.budget_scatter(ctx.activities, lang), ctx.t("b_fig"), ctx.t("b_fig")))
    rows = []
    for r in b["biaya_per_poin"]:
        if not r.get("n_kegiatan") and not r["cukup_data"]:
            continue  # a method not used this year is no row of "cannot be computed"
        if r["cukup_data"]:
            rows.append([ctx.label(r["metode"]), fmt.integer(r["n_kegiatan"], lang), fmt.integer(r["n"], lang),
                         ctx.money(r["estimasi"]), _money_range(ctx, r["ci_bawah"], r["ci_atas"]),
                         ctx.num(r.get("rata_gain")), ctx.money(r.get("biaya_per_peserta_rp"))])
        else:
            rows.append([ctx.label(r["metode"]), fmt.integer(r["n_kegiatan"], lang), fmt.integer(r["n"], lang),
                         # a gain that is not positive is a finding, said in full below the scatter
                         ctx.t("b_cell_no_gain") if reasons.is_finding(r) else reasons.not_enough(r, lang), "–",
                         ctx.num(r["rata_gain"]) if r.get("rata_gain") is not None else "–", "–"])
            if reasons.is_finding(r):  # a method whose spending bought no gain is a finding, said in words
                parts.append(H.para(f'{ctx.label(r["metode"])}: {reasons.reason(r, lang)}.'))
    overall = b.get("biaya_per_poin_semua") or {}
    if overall.get("cukup_data"):
        parts.append(H.para(ctx.t("b_cost_all", biaya=ctx.money(overall["estimasi"]),
                                  ik=N.ci(overall, lang, formatter=ctx.money),
                                  n_keg=fmt.integer(overall["n_kegiatan"], lang), n=fmt.integer(overall["n"], lang),
                                  tahun=h["tahun"])))
    if rows:
        parts.append(H.table([ctx.label("metode"), ctx.label("n_kegiatan"), ctx.label("n_peserta"),
                              ctx.label("biaya_per_poin"), ctx.label("ik95"), ctx.label("rata_gain"),
                              ctx.label("biaya_per_peserta")], rows,
                             ctx.t("b_tab_cost", tahun=h["tahun"]), numeric={1, 2, 3, 4, 5, 6}))
    else:
        parts.append(H.note(ctx.t("i_no_activities", tahun=h["tahun"])))
    return H.section("anggaran", ctx.t("ch_budget"), *parts)


def challenges(ctx: Context) -> str:
    h = ctx.hasil
    lang = ctx.lang
    r = h["tantangan"]["resistensi"]
    parts = [H.heading(3, ctx.t("c_resist_h"))]
    relation = r["gain_per_poin_resistensi"]
    sentence = N.resistance(h, lang)
    if not sentence and N.direction(relation) == "flat":
        sentence = ctx.t("c_resist_flat", besar=N.estimate(relation, lang), ik=N.ci(relation, lang),
                         n=fmt.integer(relation["n"], lang))
    parts.append(H.para(sentence or ctx.t("c_resist_none", alasan=reasons.not_enough(relation, lang))))
    high = r.get("resistensi_tinggi") or {}
    if high.get("cukup_data"):
        as_share = lambda v: fmt.share(v, 1, lang)  # noqa: E731
        parts.append(H.para(ctx.t("c_resist_share", persen=as_share(high["estimasi"]), n=fmt.integer(high["n"], lang),
                                  ik=N.ci(high, lang, formatter=as_share))))
    parts.append(H.heading(3, ctx.t("c_budget_h")))
    x = results.realisation_in_year(h)
    if x:
        parts.append(H.para(ctx.t("c_realisation", tahun=h["tahun"], persen=fmt.percent(x["persen_realisasi"], 1, lang),
                                  realisasi=ctx.money(x["realisasi_rp"]), pagu=ctx.money(x["pagu_rp"]))))
    else:
        parts.append(H.note(ctx.t("i_no_budget")))
    return H.section("tantangan", ctx.t("ch_challenges"), *parts)


def communication(ctx: Context) -> str:
    h = ctx.hasil
    lang = ctx.lang
    k = h["komunikasi"]
    if not h["data"]["ada_skm"]:
        return H.section("komunikasi", ctx.t("ch_communication"), H.note(ctx.t("r_no_skm")))
    parts = [H.para(ctx.t("k_intro", batas=ctx.num(constants.WEAK_ELEMENT_THRESHOLD, 2)))]
    elements = k["unsur"]
    if sum(r["cukup_data"] for r in elements) >= 2:
        fig = figures.estimates(elements, [N.element_name(r["unsur"], lang) for r in elements],
                                ctx.label("unsur_nilai"), lang, ref=constants.WEAK_ELEMENT_THRESHOLD, decimals=2,
                                highlight=[bool(r.get("lemah")) for r in elements], xlim=(1, 4.2))
        parts.append(H.figure(fig, ctx.t("k_fig", periode=k["periode"]), ctx.t("k_fig", periode=k["periode"])))
    units = [u for u in h["level4_hasil"]["ikm_unit"] if u["cukup_data"] and u["periode"] == k["periode"]][:10]
    if units:
        rows = [([short_name(u["dinas"])] if ctx.province else []) +
                [u["unit_kerja"], fmt.integer(u["n"], lang),
                 with_range(ctx.num(u["estimasi"], 1), ctx.num(u["ci_bawah"], 1), ctx.num(u["ci_atas"], 1)),
                 U.category_cell(u),
                 f"{(u['unsur_terlemah'] or '–').upper()} ({ctx.num(u['nilai_unsur_terlemah'], 2)})",
                 ctx.num(u["u7"], 2), ctx.num(u["u8"], 2)] for u in units]
        header = ([ctx.label("dinas")] if ctx.province else []) + [
            ctx.label("unit"), ctx.label("responden"), ctx.label("ikm_ik"), ctx.label("kategori"),
            ctx.label("unsur_terlemah"), "U7", "U8"]
        offset = 1 if ctx.province else 0
        parts.append(H.table(header, rows, ctx.t("k_tab_units", periode=k["periode"]),
                             numeric={offset + 1, offset + 2, offset + 5, offset + 6},
                             note=ctx.t("k_tab_units_note",
                                        min=fmt.integer((h["level4_hasil"].get("ikm_sampel") or {}).get(
                                            "responden_minimum"), lang))))
    parts.append(H.heading(3, ctx.t("k_rtl_h")))
    weak = [r for r in elements if r.get("lemah")]
    if not weak:
        parts.append(H.note(ctx.t("k_no_weak")))
    deadline = rules.deadline(h["tahun"], rules.QUARTER["rec_weak"], lang)  # anchored to the evaluated year
    rows = []
    for r in (weak or elements[:2]):
        action, who = ACTIONS[r["unsur"]][lang]
        rows.append([N.element_name(r["unsur"], lang), ctx.num(r["estimasi"], 2), action, who, deadline])
    if rows:
        parts.append(H.table([ctx.label(k) for k in ("unsur", "nilai", "tindakan", "pj", "tenggat")], rows,
                             ctx.t("k_tab_rtl"), numeric={1}))
    return H.section("komunikasi", ctx.t("ch_communication"), *parts)


def with_range(value: str, low: str, high: str) -> str:
    """'64,7 (61,9–67,6)': a table cell with its 95% interval, kept on one line (no break at the
    space or after the dash)."""
    return f"{value}\u00a0({low}–\u2060{high})"


def _money_range(ctx: Context, low, high) -> str:
    """'Rp 246.615 – Rp 276.712' that a narrow cell breaks only after the dash (two lines, not three)."""
    return "\u00a0– ".join(ctx.money(v).replace(" ", "\u00a0") for v in (low, high))


def _or_not_enough(ctx: Context, e: Interval, key: str, decimals: int) -> str:
    if not e["cukup_data"]:
        return ctx.t(f"{key}_none", alasan=reasons.not_enough(e, ctx.lang))
    return ctx.t(key, nilai=N.estimate(e, ctx.lang, decimals), ik=N.ci(e, ctx.lang, decimals),
                 n=fmt.integer(e["n"], ctx.lang))
