"""The results chapters of the report (BAB III–VI): Kirkpatrick levels 1–4 with the impact
estimates, the budget, the challenges and the SKM elements. Layout only: the sentences come from
report.words (phrases, narrative, uncertainty), the rules from report.chapters.rules, the numbers
from hasil.json (report.context). report.chapters.sections lists them with the other chapters.
"""

from __future__ import annotations

import pandas as pd

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil, Interval, UnitIkm
from evalasn.analysis.contract.outcomes import IkmEffect
from evalasn.report import facts
from evalasn.report.chapters import (
    budget_rule,
    dinas_pairs,
    html,
    ikm_units,
    no_gain,
    performance,
    plan_owners,
    recommendation,
)
from evalasn.report.charts import figures
from evalasn.report.context import Context
from evalasn.report.words import (
    cost_basis,
    coverage,
    fmt,
    impact,
    narrative,
    phrases,
    reasons,
    uncertainty,
    unit_accounting,
)
from evalasn.report.words.names import short_name_in
from evalasn.report.words.phrases import with_range
from evalasn.report.words.text import ACTIONS, t
from evalasn.report.words.units import unit_name


def kirkpatrick(ctx: Context) -> str:
    hasil = ctx.hasil
    lang = ctx.lang
    parts = [html.heading(3, ctx.t("r_l1_h"))]
    l1 = hasil["level1_reaksi"]
    parts.append(html.para(_or_not_enough(ctx, l1["keseluruhan"], "r_l1", "skor_1_5")))
    if sum(r["cukup_data"] for r in l1["per_metode"]) >= 2:
        fig = figures.estimates(l1["per_metode"], [ctx.label(r["metode"]) for r in l1["per_metode"]],
                                ctx.label("skor_reaksi"), lang, decimals=fmt.decimals("skor_1_5"),
                                xlim=(constants.SKOR_RANGE[0], 5.3), scale_min=constants.SKOR_RANGE[0])
        parts.append(html.figure(fig, ctx.t("r_fig_l1"), ctx.t("r_fig_l1")))
    parts.append(html.heading(3, ctx.t("r_l2_h")))
    l2 = hasil["level2_pembelajaran"]
    if not hasil["data"]["ada_nilai_test"]:
        parts.append(html.note(ctx.t("r_no_tests")))
    else:
        parts.append(html.para(narrative.learning(hasil, lang)))
        ancova = uncertainty.ancova_sentence(l2, lang)
        if ancova:
            parts.append(html.para(ancova))
        by_method = uncertainty.adjusted_by_method(l2)
        if by_method:
            adjusted, raw, methods = by_method
            fig = figures.estimates(adjusted, [ctx.label(m) for m in methods], ctx.label("perubahan_nilai"), lang,
                                    ref=0.0, raw=raw, raw_label=ctx.label("mentah"),
                                    point_label=ctx.label("disesuaikan"))
            parts.append(html.figure(fig, ctx.t("r_fig_l2"), ctx.t("r_fig_l2")))
        withheld = [r for r in l2["per_metode"] if not r["cukup_data"] and r["n"]]
        if withheld:  # a method without an interval is named with its n and reason, never left out silently
            parts.append(html.note(ctx.t("r_l2_withheld", daftar="; ".join(
                f"{ctx.label(r['metode'])}: {reasons.reason(r, lang)}" for r in withheld))))
    parts.append(html.heading(3, ctx.t("r_l3_h")))
    l3 = hasil["level3_perilaku"]
    parts.append(html.para(_or_not_enough(ctx, l3["keseluruhan"], "r_l3", "skor_1_5")))
    rel = l3["per_10_poin_gain"]
    l3_trend = phrases.direction(rel)
    if l3_trend in ("up", "down"):
        parts.append(html.para(ctx.t("r_l3_rel", n=fmt.integer(rel["n"], lang),
                                     **phrases.size_with_ci(rel, lang, "perilaku_per_10"))))
    parts += level4(ctx)
    return html.section("hasil", ctx.t("ch_results"), *parts)


def level4(ctx: Context) -> list[str]:
    hasil = ctx.hasil
    lang = ctx.lang
    l4 = hasil["level4_hasil"]
    parts = [html.heading(3, ctx.t("r_l4_h"))]
    ikm_said: set[str] = set()  # the reasons the IKM comparison's paragraphs below give (its verdict's)
    if not hasil["data"]["ada_skm"]:
        parts.append(html.note(ctx.t("r_no_skm")))
    else:
        latest = results.current_ikm(hasil) or l4["ikm_per_periode"][-1]
        if l4.get("alasan_ikm"):  # no survey of the year: its IKM is withheld, earlier periods are the figure's
            parts.append(html.para(ctx.t("r_ikm_not_received", tahun=hasil["tahun"],
                                         teks=reasons.not_enough(results.key_ikm(hasil), lang))))
        elif latest["cukup_data"]:
            band = latest["label"] if lang == "id" else phrases.category_en(latest["kategori"])
            parts.append(html.para(ctx.t("r_ikm_latest", periode=latest["periode"],
                                         nilai=phrases.estimate(latest, lang, "ikm"),
                                         ik=phrases.ci(latest, lang, "ikm"),
                                         n=fmt.integer(latest["n"], lang), kategori=latest["kategori"],
                                         rentang=uncertainty.category_range(latest, lang), label=band)))
        elif reasons.without_interval(latest) is not None:  # from too few service units: its value, n and why
            parts.append(html.para(ctx.t("r_ikm_latest_withheld", periode=latest["periode"],
                                         teks=reasons.not_enough(latest, lang))))
        sample = uncertainty.sample_note(l4.get("ikm_sampel"), lang)
        if sample:
            parts.append(html.para(sample, cls="note"))
        caption = ctx.t("r_fig_ikm") + (ctx.t("r_fig_ikm_open", min=constants.MIN_CLUSTERS) if any(
            reasons.without_interval(r) is not None for r in l4["ikm_per_periode"]) else "")
        parts.append(html.figure(figures.ikm_periods(l4["ikm_per_periode"], lang), caption, caption))
        did = l4["did_ikm"]
        sentence = narrative.did_ikm(hasil, lang)
        if sentence:
            parts.append(html.para(sentence))
        if did.get("tersedia"):
            ikm_said = set(did.get("putusan", {}).get("kode_alasan", [])) if sentence else set()
            did_effect = did["efek"]
            design = "r_did_design" if impact.estimated(did) else withheld_design(did_effect)  # LOOK16 R-16
            parts.append(html.para(ctx.t(design, ambang=fmt.percent(did["ambang_persen_dilatih"], 0, lang),
                                         jendela=fmt.days_between(*_window(did), lang),
                                         unit_d=fmt.integer(did_effect["unit_dilatih"], lang),
                                         unit_p=fmt.integer(did_effect["unit_pembanding"], lang),
                                         sebelum=did["periode_sebelum"], sesudah=did["periode_sesudah"])
                                   + unit_accounting.sentence(did_effect, lang), cls="note"))
            parts += [html.para(note, cls="note") for note in impact.design_notes(did, lang, ctx.t, sentence or "")]
            events = did.get("studi_peristiwa", [])
            if (did.get("desain") == "studi_peristiwa" and impact.estimated(did)
                    and any(ev["cukup_data"] for ev in events)):  # no point drawn for a withheld comparison
                references = [c["e_acuan"] for c in did.get("kohort", []) if "e_acuan" in c]
                parts.append(html.figure(figures.event_study(did["studi_peristiwa"], lang, references=references),
                                         ctx.t("r_fig_event"),
                                         ctx.t("r_fig_event")))
            elif impact.estimated(did) and did_effect["rata_rata"] and len(did_effect["rata_rata"]) == 4:
                # the two groups' means only for a comparison made: a withheld one (too few units in an arm) draws
                # none, its sentence above says why (LOOK26 X-4: crossing lines of 7 against 2 units on a cut axis
                # read as the effect the text withholds; LOOK17 S-5 had only captioned them)
                lines = figures.did_lines(did_effect["rata_rata"], did["periode_sebelum"], did["periode_sesudah"], lang)
                parts.append(html.figure(lines, ctx.t("r_fig_did"), ctx.t("r_fig_did")))
    if not hasil["data"]["ada_kinerja"]:
        parts.append(html.note(ctx.t("r_no_kinerja")))
    elif l4["did_kinerja"]:
        shown = l4["did_ikm"] if hasil["data"]["ada_skm"] and l4["did_ikm"].get("tersedia") else None
        parts += performance.section(ctx, shown, ikm_said)
        parts += [html.para(text) for text in impact.indicator_effects(hasil, lang)]  # REVIEW6b R6b-10
    return parts


def unrecorded_note(hasil: Hasil, lang: str) -> str | None:
    """The budget model's activities without a recorded cost (every year of its data) and, of them, the evaluated
    year's, which the cost per point leaves out too (the count Tabel 1 gives); None when there are none."""
    everywhere = hasil["anggaran_vs_peningkatan"]["model"].get("kegiatan_tanpa_biaya") or 0
    if not everywhere:
        return None
    year = phrases.unrecorded_count(hasil)
    key = "b_zero" if year >= everywhere else "b_zero_years" if year else "b_zero_past"
    return t(key, lang, n=fmt.integer(everywhere, lang), k=fmt.integer(year, lang), tahun=hasil["tahun"])


def scatter_years(activities: pd.DataFrame, lang: str) -> str:
    """The years of the activities the budget scatter plots, from its data: '; titik: kegiatan tahun 2023–2025' (en
    '; points: activities of 2023–2025'), since they are every year up to the evaluated one while the text beside
    it gives the evaluated year's figures (LOOK37b M-23: seminar points where the year had no seminar); '' without
    the activities' years."""
    if "tahun" not in activities or activities.empty:
        return ""
    years = sorted({int(year) for year in activities["tahun"]})
    shown = str(years[0]) if years[0] == years[-1] else fmt.span(str(years[0]), str(years[-1]), lang)
    return t("b_fig_years", lang, tahun=shown)


def budget(ctx: Context) -> str:
    hasil = ctx.hasil
    lang = ctx.lang
    anggaran = hasil["anggaran_vs_peningkatan"]
    parts = [html.para(ctx.t("b_intro")), html.para(narrative.budget(hasil, lang))]
    curve = anggaran["model"] if anggaran["model"]["kuadratik"]["cukup_data"] else anggaran["model_provinsi"]
    if curve["kuadratik"]["cukup_data"]:  # its figure in the annex (uncertainty.method_details)
        parts.append(html.para(ctx.t("b_curve_falls" if curve.get("turun_hasil") else "b_curve_none")))
    own, whole = anggaran["model"]["gain_per_dobel"], anggaran["model_provinsi"]["gain_per_dobel"]
    if not ctx.province and own.get("cukup_data"):
        # the dinas's slope is said once, in the sentence above (narrative.budget); the note adds the province's
        # beside it, printed as that sentence prints the dinas's (one kind of figure, one decimals: constants.DECIMALS)
        parts.append(html.para(ctx.t("b_scope_prov", teks=phrases.value_with_ci(whole, lang, "poin_per_dobel")),
                               cls="note"))
    used = anggaran["model"] if anggaran["model"]["gain_per_dobel"]["cukup_data"] else anggaran["model_provinsi"]
    if used["gain_per_dobel"].get("bootstrap_liar") or used.get("kontrol_dilepas"):
        dropped = [ctx.t(f"b_ctl_{name}") for name in used.get("kontrol_dilepas", [])]
        lepas = ctx.t("b_dropped", daftar=phrases.and_(dropped, lang)) if dropped else ""
        parts.append(html.note(ctx.t("b_few", n=fmt.integer(used["n_kegiatan"], lang),
                                     pada=reasons.in_years(used, lang),
                                     min=fmt.integer(constants.FEW_CLUSTERS, lang), lepas=lepas)))
    zero = unrecorded_note(hasil, lang)
    if zero:
        parts.append(html.note(zero))
    if len(ctx.activities) >= constants.MIN_ACTIVITIES_SCATTER:
        # the province's slope over this dinas's points, named so in the legend and the caption (LOOK26 X-9)
        borrowed = not ctx.province and used is not anggaran["model"] \
            and bool(used["gain_per_dobel"].get("cukup_data"))
        scatter = figures.budget_scatter(ctx.activities, lang, used["gain_per_dobel"], province=borrowed)
        caption = ctx.t("b_fig_province" if borrowed else "b_fig") + scatter_years(ctx.activities, lang)
        parts.append(html.figure(scatter, caption, caption))
    rows, withheld = [], []
    spent = {r["metode"]: r for r in hasil["pelaksanaan"]["kegiatan_per_metode"]}
    gains = {r["metode"]: r for r in hasil["level2_pembelajaran"]["per_metode"]}
    for cost in anggaran["biaya_per_poin"]:
        if not cost.get("n_kegiatan") and not cost.get("kegiatan_tanpa_biaya") and not cost["cukup_data"]:
            continue  # a method not used this year is no row of "cannot be computed"
        # Kegiatan, Peserta and the gain on one base, the gain's (every scored activity, as 9.1 and Tabel 7); the Rp
        # columns over the costed ones only, said in the note where they differ (LOOK12 K-3)
        activities, people = _gain_counts(cost, gains.get(cost["metode"]))
        if cost["cukup_data"]:
            rows.append([ctx.label(cost["metode"]), fmt.integer(activities, lang), fmt.integer(people, lang),
                         *_money_with_range(ctx, cost), gain_cell(cost, gains.get(cost["metode"]), lang),
                         ctx.money(cost.get("biaya_per_peserta_rp"))])
        else:
            rows.append([ctx.label(cost["metode"]), fmt.integer(activities, lang), fmt.integer(people, lang),
                         # a gain that is not positive is a finding, said in full below the scatter
                         _cost_cell(ctx, cost), "–",
                         gain_cell(cost, gains.get(cost["metode"]), lang), ctx.money(cost.get("biaya_per_peserta_rp"))])
            if reasons.is_finding(cost):  # a method whose spending bought no gain is a finding, said in words
                # with the method's whole budget, as BAB II's table and the summary give it (one cost basis; the
                # record's `anggaran_rp` is that cost too since analysis.budget.activity_cost)
                budget_row = spent.get(cost["metode"])
                said = {**cost, "anggaran_rp": budget_row["anggaran_rp"]} if budget_row else dict(cost)
                gain = gains.get(cost["metode"])
                if gain and gain.get("cukup_data") and "gain_bawah" not in said:  # the gain's interval beside it
                    said.update(gain_bawah=gain.get("ci_bawah"), gain_atas=gain.get("ci_atas"))
                withheld.append(html.para(ctx.t("b_cost_withheld_not" if cost["alasan"] == "gain_tidak_positif"
                                                else "b_cost_withheld", metode=ctx.label(cost["metode"]),
                                                alasan=reasons.reason(said, lang))
                                          + driven_note(ctx, cost["metode"], gain)))
    unjudged, per_method = dinas_pairs.without_estimate_said(hasil, lang) if ctx.province else ("", [])
    if unjudged:  # P4: said, not dropped; one line per method (LOOK10 N-2)
        parts.extend([html.para(unjudged), html.bullets(per_method)])
    overall = anggaran.get("biaya_per_poin_semua") or {}
    if overall.get("cukup_data"):
        parts.append(html.para(ctx.t("b_cost_all", biaya=phrases.estimate(overall, lang, "rp_per_poin"),
                                     ik=phrases.ci(overall, lang, "rp_per_poin"),
                                     n_keg=fmt.integer(overall["n_kegiatan"], lang), n=fmt.integer(overall["n"], lang),
                                     tahun=hasil["tahun"]) + cost_all_basis(ctx)))
    # a method's withheld cost per point after the cost per point it is one part of (LOOK25 W-8: "seminar: …" stood
    # under the scatter, before the reader was told what a cost per point is)
    parts.extend(withheld)
    if rows:
        parts.append(html.table([ctx.label("metode"), ctx.label("n_kegiatan"), ctx.label("n_peserta"),
                                 ctx.label("biaya_per_poin"), ctx.label("ik95"), ctx.label("rata_gain_ik"),
                                 ctx.label("biaya_per_peserta")], rows,
                                ctx.t("b_tab_cost", tahun=hasil["tahun"]), numeric={1, 2, 3, 4, 5, 6},
                                held_ranges={5},  # the gain's interval never broken inside (LOOK13 M-6)
                                note=" ".join(n for n in (cost_basis_note(ctx), costed_note(ctx)) if n) or None))
    else:
        parts.append(html.note(ctx.t("i_no_activities", tahun=hasil["tahun"])))
    return html.section("anggaran", ctx.t("ch_budget"), *parts)


def cost_all_basis(ctx: Context) -> str:
    """' Dasarnya: biaya per peserta Rp 2.708.738 dan rata-rata kenaikan nilai 6,1 poin pada 1.089 peserta di
    kegiatan dengan biaya tercatat (6,4 poin atas semua 1.140 peserta bernilai).': the figures the overall cost per
    point rests on, which the BIAYA-POIN plan row cites (LOOK22 Y-1); '' without them."""
    cost = cost_basis.overall(ctx.hasil).get("biaya_per_peserta_rp")
    own, everyone = cost_basis.costed_gain(ctx.hasil, ctx.lang)
    if not cost or not own:
        return ""
    return " " + ctx.t("b_cost_all_basis", biaya=cost_basis.per_participant(cost, ctx.lang), kenaikan=own,
                       semua=ctx.t("b_cost_all_everyone", semua=everyone) if everyone else "")


def _gain_counts(cost, gain) -> tuple:
    """The activities and scored participants the method's gain is over (the cost record's when there is no gain
    record)."""
    if gain and gain.get("n_kegiatan") is not None:
        return gain["n_kegiatan"], gain["n"]
    return cost["n_kegiatan"], cost["n"]


def gain_cell(cost, gain, lang: str) -> str:
    """The cost table's mean gain with its 95% interval (REVIEW5b 17: '−2,0' stood beside 'kenaikan tidak positif'
    without the interval that makes it a finding): the method's gain record (`level2_pembelajaran.per_metode`,
    clustered by activity, over every scored activity), the cost record's mean only when there is none. Since
    the cost per point counts costed activities only (e5559e9) the two means differ whenever one is uncosted;
    the table gives the gain's, with its interval (LOOK12 K-3)."""
    mean = gain.get("estimasi") if gain else None
    if mean is None and gain:  # withheld by the gain's own rule, its participants' mean kept (CHECK12 C12-3)
        mean = gain.get("rata_peserta")
    if mean is None:
        mean = cost.get("rata_gain")
    if mean is None:
        return "–"
    if gain and gain.get("alasan") == "kegiatan_kurang_klaster" and gain.get("n_kegiatan") is not None:
        # the gain's own rule withheld its interval: its reason beside the bare mean (CHECK10 C10-11: "5,4" stood
        # beside the cost's "min. 5", which is not the gain's minimum)
        return f'{fmt.figure(mean, "poin_tes", lang)}\u00a0' + t("b_gain_no_interval", lang, k=gain["n_kegiatan"],
                                                                 min=constants.MIN_CLUSTERS)
    if not gain or not gain.get("cukup_data") or gain.get("ci_bawah") is None or gain.get("ci_atas") is None:
        return fmt.figure(mean, "poin_tes", lang)
    value, low, high = fmt.figures((mean, gain["ci_bawah"], gain["ci_atas"]), "poin_tes", lang)
    return f"{value}\u00a0({fmt.span(low, high, lang)})"


def costed_note(ctx: Context) -> str | None:
    """'Biaya per poin dan biaya per peserta hanya atas kegiatan dengan biaya tercatat: pelatihan 26 dari 27
    kegiatan (539 dari 563 peserta)' where the Rp columns stand on fewer activities than the gain (LOOK12 K-3);
    None when every activity of every method has a recorded cost."""
    gains = {r["metode"]: r for r in ctx.hasil["level2_pembelajaran"]["per_metode"]}
    items = []
    for cost in ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]:
        if not cost.get("kegiatan_tanpa_biaya") or not cost.get("n_kegiatan"):
            continue  # every activity costed, or none (the row says "biaya tidak tercatat")
        activities, people = _gain_counts(cost, gains.get(cost["metode"]))
        if cost["n_kegiatan"] < activities:
            items.append(ctx.t("b_costed_item", metode=ctx.label(cost["metode"]),
                               k=fmt.integer(cost["n_kegiatan"], ctx.lang), semua_k=fmt.integer(activities, ctx.lang),
                               n=fmt.integer(cost["n"], ctx.lang), semua=fmt.integer(people, ctx.lang)))
    return ctx.t("b_costed_note", daftar="; ".join(items)) if items else None


def driven_note(ctx: Context, metode: str, gain) -> str:
    """The province report: ' Angka seluruh provinsi ini terutama dari Pendidikan (…); di dinas lain peserta
    e-learning rata-rata berubah 1,4 poin (rentang keyakinan 95%: …; 6 kegiatan, 259 peserta …), di atas …' when the
    dinas with a finding of their own drive the province-wide figure (REVIEW5b 1; the others' whole interval above
    it, LOOK11 L-3), what was observed when the intervals overlap; '' when it stands and in a dinas report."""
    if ctx.hasil["cakupan"]["jenis"] != "provinsi" or not gain or not gain.get("cukup_data"):
        return ""
    found = dinas_pairs.spread(ctx.hasil, metode, gain.get("ci_atas"))
    lang = ctx.lang
    comparison = dinas_pairs.outside_comparison(found, gain, lang)
    if not comparison or found.outside is None:
        return ""
    # "terutama dari" only when the others' whole interval lies above the province-wide one (LOOK11 L-3)
    return " " + ctx.t("b_driven" if found.driven else "b_driven_observed",
                       daftar="; ".join(no_gain.pair_item(r, lang) for r in found.judged), metode=ctx.label(metode),
                       nilai=dinas_pairs.outside_figure(found.outside, lang), banding=comparison)


def cost_basis_note(ctx: Context) -> str | None:
    """Where the cost-per-point table counts other participants than BAB II's table of methods: its Peserta column
    counts the participants with a score before and after, the budget of BAB II all of them; None when the two
    bases agree for every method."""
    everyone = {r["metode"]: r["n_peserta"] for r in ctx.hasil["pelaksanaan"]["kegiatan_per_metode"]}
    gains = {r["metode"]: r for r in ctx.hasil["level2_pembelajaran"]["per_metode"]}
    fewer = []
    for cost in ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]:
        people = _gain_counts(cost, gains.get(cost["metode"]))[1]
        if (cost.get("n_kegiatan") or cost.get("kegiatan_tanpa_biaya")) and cost["metode"] in everyone \
                and people < everyone[cost["metode"]]:
            fewer.append(ctx.t("b_basis_item", metode=ctx.label(cost["metode"]), n=fmt.integer(people, ctx.lang),
                               semua=fmt.integer(everyone[cost["metode"]], ctx.lang)))
    return ctx.t("b_basis_note", daftar="; ".join(fewer)) if fewer else None


def challenges(ctx: Context) -> str:
    hasil = ctx.hasil
    lang = ctx.lang
    resistance = hasil["tantangan"]["resistensi"]
    parts = [html.heading(3, ctx.t("c_resist_h"))]
    relation = resistance["gain_per_poin_resistensi"]
    sentence = narrative.resistance(hasil, lang)
    if not sentence and phrases.direction(relation) == "flat":
        sentence = ctx.t("c_resist_flat", besar=phrases.estimate(relation, lang, "poin_per_resistensi"),
                         ik=phrases.ci(relation, lang, "poin_per_resistensi"),
                         n=fmt.integer(relation["n"], lang))
    parts.append(html.para(sentence or ctx.t("c_resist_none", alasan=reasons.not_enough(relation, lang))))
    high = resistance.get("resistensi_tinggi") or {}
    if high.get("cukup_data"):
        parts.append(html.para(ctx.t("c_resist_share", persen=phrases.estimate(high, lang, "proporsi"),
                                     n=fmt.integer(high["n"], lang), ik=phrases.ci(high, lang, "proporsi"))))
    parts.append(html.heading(3, ctx.t("c_budget_h")))
    realisation = results.realisation_in_year(hasil)
    zero = realisation and facts.is_zero_ceiling(facts.zero_ceiling(hasil, hasil["tahun"],
                                                                   realisation["persen_realisasi"]))
    if realisation and zero:
        parts.append(html.para(ctx.t("c_realisation_zero", tahun=hasil["tahun"],
                                     realisasi=ctx.money(realisation["realisasi_rp"]))))
    elif realisation:
        parts.append(html.para(ctx.t("c_realisation", tahun=hasil["tahun"],
                                     persen=fmt.figure(realisation["persen_realisasi"], "persen", lang),
                                     basis=coverage.budget_basis(hasil, lang),
                                     realisasi=ctx.money(realisation["realisasi_rp"]),
                                     pagu=ctx.money(realisation["pagu_rp"]))))
    else:
        parts.append(html.note(ctx.t("i_no_budget")))
    return html.section("tantangan", ctx.t("ch_challenges"), *parts)


def communication(ctx: Context) -> str:
    hasil = ctx.hasil
    lang = ctx.lang
    komunikasi = hasil["komunikasi"]
    if not hasil["data"]["ada_skm"]:
        return html.section("komunikasi", ctx.t("ch_communication"), html.note(ctx.t("r_no_skm")))
    if hasil["level4_hasil"].get("alasan_ikm"):  # only an earlier year's SKM: no element of this year to judge
        return html.section("komunikasi", ctx.t("ch_communication"), html.note(ctx.t(
            "k_not_received", tahun=hasil["tahun"], alasan=reasons.reason(results.key_ikm(hasil), lang))))
    parts = [html.para(ctx.t("k_intro", batas=fmt.element_threshold(lang),
                             konversi=fmt.ikm(constants.WEAK_ELEMENT_THRESHOLD * constants.IKM_CONVERSION, lang)))]
    elements = komunikasi["unsur"]
    if sum(r["cukup_data"] for r in elements) >= 2:
        lowest = constants.U_RANGE[0]
        fig = figures.estimates(elements, [phrases.element_name(r["unsur"], lang) for r in elements],
                                ctx.label("unsur_nilai"), lang, ref=constants.WEAK_ELEMENT_THRESHOLD,
                                decimals=constants.ELEMENT_DECIMALS,
                                highlight=[bool(r.get("lemah")) for r in elements],
                                xlim=(lowest, 4.2), scale_min=lowest)
        caption = ctx.t("k_fig", periode=komunikasi["periode"], penanda=figures.FLAG_WORDS[lang])
        parts.append(html.figure(fig, caption, caption))
    units = ikm_units.ikm_table_units(hasil)  # the rows the summary's "dan N unit lain" points to
    withheld = ikm_units.ikm_withheld_units(hasil)  # listed with n and the reason, never dropped
    if units or withheld:
        rows = [([short_name_in(u["dinas"], ctx.lang)] if ctx.province else []) +
                [unit_name(u["unit_kerja"], lang), fmt.integer(u["n"], lang), *unit_ikm_cells(u, lang),
                 f"{(u['unsur_terlemah'] or '–').upper()} ({fmt.element(u['nilai_unsur_terlemah'], lang)})",
                 fmt.element(u["u7"], lang), fmt.element(u["u8"], lang)] for u in units]
        rows += [([short_name_in(u["dinas"], ctx.lang)] if ctx.province else []) +
                 [unit_name(u["unit_kerja"], lang), fmt.integer(u["n"], lang), reasons.not_enough(u, lang),
                  "–", "–", "–", "–"] for u in withheld]
        header = ([ctx.label("dinas")] if ctx.province else []) + [
            ctx.label("unit"), ctx.label("responden"), ctx.label("ikm_ik"), ctx.label("kategori"),
            ctx.label("unsur_terlemah"), "U7", "U8"]
        offset = 1 if ctx.province else 0
        note = ctx.t("k_tab_units_note", min=fmt.integer((hasil["level4_hasil"].get("ikm_sampel") or {}).get(
            "responden_minimum"), lang)) + _agency_open(ctx)
        title = "k_tab_units_all" if ikm_units.ikm_table_all(hasil) else "k_tab_units"
        parts.append(html.table(header, rows, ctx.t(title, periode=komunikasi["periode"]),
                                numeric={offset + 1, offset + 2, offset + 5, offset + 6}, note=note))
    parts.append(html.heading(3, ctx.t("k_rtl_h")))
    weak = [r for r in elements if r.get("lemah")]
    judged = [r for r in elements if r["cukup_data"]]
    if elements and not judged:  # too few units or answers (analysis.ikm.elements): said, never "none is weak"
        parts.append(html.note(ctx.t("k_not_judged", alasan=reasons.reason({**elements[0], "rata_unsur": None}, lang))))
    elif not weak:
        parts.append(html.note(ctx.t("k_no_weak")))
    # as BAB X's rows
    deadline = recommendation.deadline(hasil["tahun"], recommendation.QUARTER["rec_weak"], lang, ctx.dated)
    rows = []
    for element in (weak or judged[:2]):
        action, who = ACTIONS[element["unsur"]][lang], plan_owners.element_owner(ctx, element["unsur"])
        rows.append([phrases.element_name(element["unsur"], lang), fmt.element(element["estimasi"], lang), action, who,
                     deadline])
    if rows:
        parts.append(html.table([ctx.label(k) for k in ("unsur", "nilai", "tindakan", "pj", "tenggat")], rows,
                                ctx.t("k_tab_rtl"), numeric={1}, ref=html.WEAK_ELEMENTS_PLAN))
    return html.section("komunikasi", ctx.t("ch_communication"), *parts)


def _agency_open(ctx: Context) -> str:
    """Under the units' table of a dinas whose latest IKM is withheld for too few service units: why the units have
    an interval and a category and the dinas has none ('' otherwise)."""
    latest = results.current_ikm(ctx.hasil)
    value = None if ctx.province else reasons.without_interval(latest)
    if value is None or latest is None:
        return ""
    return ctx.t("k_tab_units_agency_open", nilai=fmt.ikm(value, ctx.lang), min=constants.MIN_CLUSTERS,
                 k=fmt.integer(latest.get("n_unit_layanan") or 0, ctx.lang))


def _window(did) -> tuple[str, str]:
    """The activity window's ends as the analysis wrote them (excluded: fmt.days_between states the days in it)."""
    after, before = did["jendela_kegiatan"][:2]
    return after, before


def unit_ikm_cells(unit: UnitIkm, lang: str) -> tuple[str, str]:
    """A unit's IKM and category cells of BAB VI's table: '69,25 (66,05–72,45)', 'C' or 'C (C–B)', the IKM and
    its ends to constants.IKM_DECIMALS, as the summary names the unit and as its category was judged."""
    return (with_range(fmt.ikm(unit["estimasi"], lang), fmt.ikm(unit["ci_bawah"], lang),
                       fmt.ikm(unit["ci_atas"], lang)), uncertainty.category_cell(unit))


def _money_with_range(ctx: Context, cost) -> tuple[str, str]:
    """A cost per point and its 95% interval in one unit (fmt.rupiah_alike): 'Rp 363.113' and 'Rp 230.943 –
    Rp 2.301.234', never '... – Rp 2,3 juta'; the range breaks in a narrow cell only after the dash."""
    value, low, high = fmt.figures((cost["estimasi"], cost["ci_bawah"], cost["ci_atas"]), "rp_per_poin", ctx.lang)
    return value, "\u00a0– ".join(end.replace(" ", "\u00a0") for end in (low, high))


def _cost_cell(ctx: Context, row) -> str:
    """Why a method has no cost per point, in one format for every reason and short enough for a number column at
    390 px: 'tidak dihitung: hanya 1 kegiatan (min. 5)' (LOOK13 M-6, M-7). A finding (a gain not positive, not yet
    certain above zero, or an unbounded ratio) is said in full above the table; the cell gives the closing words of
    its cause (reasons.cause_words)."""
    return ctx.t("b_cell_not_computed", alasan=budget_rule.cost_reason(row, ctx.lang))


def _or_not_enough(ctx: Context, interval: Interval, key: str, kind: str) -> str:
    if not interval["cukup_data"]:
        return ctx.t(f"{key}_none", alasan=reasons.not_enough(interval, ctx.lang))
    return ctx.t(key, nilai=phrases.estimate(interval, ctx.lang, kind),
                 ik=phrases.ci(interval, ctx.lang, kind), n=fmt.integer(interval["n"], ctx.lang))


def withheld_design(effect: IkmEffect) -> str:
    """The words for a comparison not made: an arm with no unit says so ('tidak ada unit lain sebagai pembanding'),
    not '0 unit lain' (LOOK26, seen: Kominfotik p. 15); else the two arms' counts."""
    if not effect["unit_pembanding"]:
        return "r_did_design_no_comparison"
    if not effect["unit_dilatih"]:
        return "r_did_design_no_trained"
    return "r_did_design_withheld"
