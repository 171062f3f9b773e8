"""Sentences and cells that carry an estimate's uncertainty beyond its interval: the IKM category
its interval reaches, the regulation's minimum sample, the effect size with its named band, the
ANCOVA beside the raw gain, PPPK apart from the 20 JP duty, which pooling method ranked the dinas
and the rank intervals, and the attention list under false-discovery-rate control.
"""

from __future__ import annotations

from typing import Any

from evalasn import constants
from evalasn.analysis.contract import (
    DinasRow,
    Estimate,
    GainEstimate,
    Hasil,
    Jp20,
    KeyIkm,
    Learning,
    MethodGain,
    PeriodIkm,
    Pooling,
    SampleCheck,
    UnitIkm,
)
from evalasn.analysis.contract.comparison import AttentionTest
from evalasn.analysis.contract.estimate import Coefficient, bounds
from evalasn.analysis.results import IKM_OTHER_PERIOD
from evalasn.registry import official_name
from evalasn.report.words import fmt, gain_measure, phrases
from evalasn.report.words.indicators import indicator_name
from evalasn.report.words.names import running_text_name, short_name_in
from evalasn.report.words.reasons import in_years, short, without_interval
from evalasn.report.words.text import label, t


# --- IKM -------------------------------------------------------------------------------------
def category_range(ikm: PeriodIkm | KeyIkm, lang: str) -> str:
    """'; seluruh rentang keyakinan 95% dalam kategori B' or '; rentang keyakinan 95% mencapai kategori C, jadi
    kategorinya belum pasti'."""
    low, high, letter = ikm.get("kategori_bawah"), ikm.get("kategori_atas"), ikm.get("kategori")
    others = [c for c in dict.fromkeys((low, high)) if c and c != letter]
    if not others:
        return t("ikm_cat_same", lang, kategori=letter)
    return t("ikm_cat_reach", lang, lain=phrases.and_(others, lang))


def category_cell(unit: UnitIkm) -> str:
    """'B', 'C (C–B)' when the interval reaches another category, '*' when below the minimum sample."""
    low, high, letter = unit["kategori_bawah"], unit["kategori_atas"], unit["kategori"] or "–"
    cell = letter if low == high == letter else f"{letter}\u00a0({low}–\u2060{high})"
    return cell + ("*" if unit.get("sampel_kurang") else "")


def category_in_brackets(ikm: KeyIkm) -> str:
    """'B' or 'B; C–B' for '80,6 (B; C–B)' in the comparison table."""
    low, high, letter = ikm["kategori_bawah"], ikm["kategori_atas"], ikm["kategori"] or "–"
    return letter if low == high == letter or low is None else f"{letter}; {low}–\u2060{high}"


def sample_note(check: SampleCheck | None, lang: str) -> str | None:
    """The units below the regulation's minimum sample, with the assumption behind it."""
    if not check or not check.get("jumlah_unit"):
        return None
    common = dict(unit=fmt.integer(check["jumlah_unit"], lang), periode=check["periode"],
                  min=fmt.integer(check["responden_minimum"], lang),
                  pengguna=fmt.integer(check["pengguna_diasumsikan"], lang))
    one = "_one" if check["jumlah_unit"] == 1 else ""  # the only unit, not '1 dari 1 unit … unit-unit itu'
    if not check["unit_sampel_kurang"]:
        return t(f"ikm_sample_ok{one}", lang, **common)
    every = "_all" if not one and check["unit_sampel_kurang"] == check["jumlah_unit"] else ""  # not "8 of 8"
    return t(f"ikm_sample_low{one}{every}", lang, kurang=fmt.integer(check["unit_sampel_kurang"], lang), **common)


# --- level 2 -----------------------------------------------------------------------------------
def learning_detail(gain: GainEstimate, lang: str) -> str:
    """Clustering, the effect sizes (Hedges' g over the mean SD, the paired one) in words, and the tests."""
    band = gain.get("besar_efek")
    return t("r_l2_detail", lang, n_keg=fmt.integer(gain["n_kegiatan"], lang),
             se=fmt.number(gain["se"], 2, lang), se0=fmt.number(gain["se_tanpa_klaster"], 2, lang),
             g=fmt.figure(gain["g_av"], "sd_rata", lang), g_ik=fmt.interval(gain["g_av_bawah"], gain["g_av_atas"],
                                                                          "sd_rata", lang),
             besar=label(f"es_{band}", lang) if band else "–", dz=fmt.figure(gain["d_z"], "sd_selisih", lang),
             p=fmt.p_value(gain["p"], lang), pw=fmt.p_value(gain["p_wilcoxon"], lang))


def ancova_sentence(l2: Learning, lang: str) -> str | None:
    ancova = l2["ancova"]
    slope = ancova["kemiringan_pre"]
    if not slope["cukup_data"]:
        return None
    below_one = bounds(slope)[1] < 1
    ceiling = ancova["plafon"]
    plafon = ""
    if ceiling["cukup_data"] and ceiling.get("jumlah"):
        plafon = t("r_l2_ceiling", lang, persen=phrases.estimate(ceiling, lang, "proporsi"),
                   ik=phrases.ci(ceiling, lang, "proporsi"), atas=fmt.integer(constants.NILAI_RANGE[1], lang))
    return t("r_l2_ancova", lang, b=phrases.estimate(slope, lang, "koefisien"), ik=phrases.ci(slope, lang, "koefisien"),
             makna=t("r_l2_rtm" if below_one else "r_l2_no_rtm", lang), plafon=plafon,
             metode=_adjusted_said(l2, lang))


def _adjusted_said(l2: Learning, lang: str) -> str:
    """After the ANCOVA sentence: the figure by method announced only where adjusted_by_method draws it (LOOK36 K-1:
    "The next figure compares …" in 11 reports with no such figure); one method with an interval: its adjusted gain
    in words; none: nothing."""
    pre = fmt.figure(l2["ancova"]["rata_pre"], "poin_tes", lang)
    if adjusted_by_method(l2):
        return t("r_l2_fig_next", lang, pre=pre)
    adjusted, methods = _adjusted(l2)
    if len(methods) != 1:
        return ""
    gain = adjusted[methods[0]]
    return t("r_l2_adjusted_one", lang, metode=label(methods[0], lang), pre=pre,
             nilai=phrases.estimate(gain, lang), ik=phrases.ci(gain, lang))


def adjusted_by_method(l2: Learning) -> tuple[list[Estimate], list[MethodGain | None], list[str]] | None:
    """(adjusted estimates, raw estimates (None: the method has none), methods) for the per-method
    figure, or None."""
    adjusted, methods = _adjusted(l2)
    if len(methods) < 2:
        return None
    raw = {r["metode"]: r for r in l2["per_metode"]}
    return [adjusted[m] for m in methods], [raw.get(m) for m in methods], methods


def _adjusted(l2: Learning) -> tuple[dict[str, Coefficient], list[str]]:
    """Each method's adjusted gain, and the methods whose adjusted gain has an interval, in the usual order."""
    adjusted = {r["metode"]: r["disesuaikan"] for r in l2["ancova"]["per_metode"]}
    return adjusted, [m for m in constants.METODE if m in adjusted and adjusted[m]["cukup_data"]]


# --- 20 JP -------------------------------------------------------------------------------------
def pppk_sentences(jp_20: Jp20, lang: str, last_year: str = "") -> list[str]:
    """PPPK apart from the duty, and ASN without a status counted with the PNS. ``last_year``: last year's share
    above the cap, or why there is none (key_findings.pppk_last_year), after this year's count (LOOK37 item 2)."""
    out = []
    pppk = jp_20["pppk"]
    if pppk["n"]:
        if pppk["rata_jp_asn"]["cukup_data"]:
            out.append(t("i_pppk", lang, n=fmt.integer(pppk["n"], lang), batas=constants.PPPK_JP_MAXIMUM_PER_YEAR,
                         rata=phrases.estimate(pppk["rata_jp_asn"], lang, "jp"),
                         ik=phrases.ci(pppk["rata_jp_asn"], lang, "jp"),
                         atas=phrases.estimate(pppk["di_atas_batas"], lang, "proporsi"),
                         ik_atas=phrases.ci(pppk["di_atas_batas"], lang, "proporsi")))
        else:
            out.append(t("i_pppk_few", lang, n=fmt.integer(pppk["n"], lang), batas=constants.PPPK_JP_MAXIMUM_PER_YEAR))
        over = pppk.get("jumlah_di_atas_batas")
        if over is not None:  # a census of the cap, at any n, with its money
            money = pppk.get("biaya_di_atas_batas_rp")
            cost = t("i_pppk_over_cost", lang, rp=fmt.rupiah(money, lang)) if over and money else ""
            out.append(t("i_pppk_over", lang, k=fmt.integer(over, lang), n=fmt.integer(pppk["n"], lang),
                         batas=constants.PPPK_JP_MAXIMUM_PER_YEAR, biaya=cost))
        if last_year:  # beside this year's share (its count where it has one)
            out[-1] += " " + last_year
        if not pppk["rata_jp_asn"]["cukup_data"]:
            out.append(t("i_pppk_few_why", lang, n=fmt.integer(pppk["n"], lang), min=constants.MIN_N))
    if jp_20.get("n_status_tidak_diketahui"):
        out.append(t("i_status_unknown", lang, n=fmt.integer(jp_20["n_status_tidak_diketahui"], lang)))
    return out


# --- comparison of dinas (province) ----------------------------------------------------------------
def pooling_intro(pooled: Pooling, lang: str) -> str:
    """Which method ranked the dinas, whether it adjusts for the mix of methods, and the rank intervals."""
    adjust = t("p_adjust_methods" if "metode" in pooled.get("penyesuaian", []) else "p_adjust_none", lang)
    if pooled["metode"] == "mixedlm":
        return t("p_intro", lang, penyesuaian=adjust)
    if pooled["metode"] == "mixedlm_batas":
        mean = pooled.get("rata_provinsi")
        assert mean is not None, "a fitted pooling (analysis.pooling) has the province mean"
        # the clause ends in a comma to continue p_intro's sentence; inside brackets it would print "…,)"
        return t("p_intro_boundary", lang, penyesuaian=adjust.rstrip(","), rata=phrases.estimate(mean, lang),
                 ik=phrases.ci(mean, lang), jumlah=fmt.integer(len(pooled["per_dinas"]), lang))
    return t("p_intro_none", lang, alasan=gain_measure.why_no_model(pooled, lang))


def gain_rank_method(pooled: Pooling, lang: str) -> str:
    """How the gain's rank interval was made, by the method that ran (`pooling.metode`): draws of the
    mixed model's joint prediction error, every rank 1 to G at the boundary, or draws of each raw mean."""
    how_many = pooled.get("jumlah_dinas") or len(pooled.get("per_dinas") or [])
    return t(f"rank_gain_{pooled['metode']}", lang, tarikan=fmt.integer(constants.RANK_DRAWS, lang),
             jumlah=fmt.integer(how_many, lang))


def province_table_note(pooled: Pooling, lang: str) -> str:
    """The note under the province's table of dinas: the gain's rank and figure as the method that ran made them."""
    return t("p_tab_note", lang, peringkat=gain_rank_method(pooled, lang),
             kenaikan=gain_measure.text("p_tab_gain", pooled, lang))


def spans_all(best: int | None, worst: int | None, of: int | None) -> bool:
    """Whether a rank's 95% range is every place from 1 to ``of`` (of at least 2): the data do not tell this dinas's
    place apart from any other's, so no place is printed (REVIEW7 R7-17: six agencies all '1 dari 6 (1–6)' when
    the mixed model found no difference between them)."""
    return bool(of and of > 1 and best == 1 and worst == of)


def rank_cell(row: DinasRow, ranked: int | None = None) -> str:
    """'3 (1–7)': the rank and its 95% interval, on one line; only the range '1–6' when it spans all ``ranked``
    places (spans_all)."""
    if not row.get("peringkat"):
        return "–"
    if row.get("peringkat_bawah") is None:
        return str(row["peringkat"])
    if spans_all(row["peringkat_bawah"], row["peringkat_atas"], ranked):
        return f"{row['peringkat_bawah']}–\u2060{row['peringkat_atas']}"
    return f"{row['peringkat']}\u00a0({row['peringkat_bawah']}–\u2060{row['peringkat_atas']})"


def gain_difference(hasil: Hasil, dinas: str, lang: str, key: str = "p_reason_gain_diff") -> str:
    """': selisih −2,6 poin (rentang keyakinan 95%: −4,6 s.d. −0,6)': the difference of ``dinas``'s adjusted gain
    from the province mean (`pooling.per_dinas[].selisih_rata`; a dinas report: `pooling.dinas_ini`), the figure the
    verdict "di bawah rata-rata provinsi" rests on (REVIEW5b 13); '' without it."""
    pooling: Any = hasil.get("pooling") or {}
    rows: list[Any] = [*(pooling.get("per_dinas") or []), pooling.get("dinas_ini")]
    row = next((r for r in rows if r and r.get("dinas") == dinas), None)
    contrast = row.get("selisih_rata") if row else None
    if not contrast or not contrast.get("cukup_data"):
        return ""
    return t(key, lang, selisih=phrases.estimate(contrast, lang), ik=phrases.ci(contrast, lang))


def attention(hasil: Hasil, lang: str, follow_up: dict[str, list[str]] | None = None,
              follow_up_rule: str = "") -> str:
    """The dinas flagged by the tests that survive Benjamini-Hochberg, by the pooled gain and by last year's
    follow-up (``follow_up``: dinas -> reasons, report.chapters.followup_review.attention, with its rule)."""
    attention_record = hasil.get("perhatian")
    fdr_level = fmt.number(attention_record["q_fdr"] if attention_record else constants.FDR_Q, 2, lang)
    flagged: dict[str, list[str]] = {}
    for test in attention_record["uji"] if attention_record else []:
        if test["ditandai"]:
            flagged.setdefault(test["dinas"], []).append(test_reason(test, lang, hasil))
    for dinas in attention_record["gain_di_bawah_rata"] if attention_record else []:
        flagged.setdefault(dinas, []).append(t("p_reason_gain", lang, selisih=gain_difference(hasil, dinas, lang,
                                                                                          "p_reason_gain_gap")))
    for dinas, reasons in (follow_up or {}).items():
        flagged.setdefault(dinas, []).extend(reasons)
    tests_run = attention_record["jumlah_uji"] if attention_record else 0
    rule = t("p_attention_rule", lang, q=fdr_level, m=fmt.integer(tests_run, lang),
             kenaikan=gain_measure.text("p_attention_gain", hasil.get("pooling"), lang))
    untested = [short_name_in(row["dinas"], lang) for row in hasil.get("perbandingan_dinas") or []
                if without_interval(row.get("ikm")) is not None]
    if untested:  # withheld as in its own report: not tested against B (analysis.attention)
        rule += " " + t("p_attention_ikm_untested", lang, daftar=phrases.and_(untested, lang),
                        min=constants.MIN_CLUSTERS)
    elsewhere: dict[str, list[str]] = {}  # out of the province's survey period: not tested (analysis.attention)
    for row in hasil.get("perbandingan_dinas") or []:
        ikm: Any = row.get("ikm") or {}
        if ikm.get("alasan") == IKM_OTHER_PERIOD:
            elsewhere.setdefault(short(ikm, lang), []).append(short_name_in(row["dinas"], lang))
    rule += "".join(" " + t("p_attention_ikm_other", lang, daftar=phrases.and_(names, lang), alasan=why)
                    for why, names in elsewhere.items())
    rule += f" {follow_up_rule}" if follow_up_rule else ""
    if not flagged:
        return t("p_none", lang) + " " + rule
    order = sorted(flagged, key=lambda d: (-len(flagged[d]), d))
    # a dinas's reasons joined by "dan", the dinas by ";" (LOOK15 Q-4: one bracket level)
    items = [t("p_attention_reason", lang, nama=short_name_in(d, lang), alasan=phrases.and_(flagged[d], lang))
             for d in order]
    return t("p_attention", lang, daftar="; ".join(items)) + " " + rule


def test_reason(test: AttentionTest, lang: str, hasil: Hasil | None = None) -> str:
    """One flagged attention test in plain words: 'IKM 2,9, di bawah kategori B', '20 JP 52,5% (46,2–58,7), jelas
    di bawah dinas lain, 65,7% (64,1–67,3; 3.301 PNS dinas lain, tanpa Satpol PP)' (the adjusted p-value stays in
    hasil.json: no statistics shorthand in the body)."""
    if test["temuan"] == "ikm":
        return t("p_reason_ikm", lang, nilai=fmt.ikm(test["estimasi"], lang))
    return t("p_reason_jp", lang, persen=jp_share(hasil, test, lang), pembanding=others_share(test, lang))


def others_share(test: AttentionTest, lang: str, own: bool = False) -> str:
    """What a 20 JP test compares the dinas with, the other agencies' share with its 95% interval and its count,
    saying that it leaves the dinas out: '65,7% (64,1–67,3; 3.301 PNS dinas lain, tanpa Satpol PP)' (LOOK32 D-2:
    '65,7%' bare, beside Tabel 1's province figure of every PNS, 64,8); the share alone from a record without it."""
    rest: Any = test.get("dinas_lain")
    if not rest or not rest.get("cukup_data") or rest.get("ci_bawah") is None:
        return fmt.figure(test["pembanding"], "proporsi", lang)
    return phrases.percent_range(100 * rest["estimasi"], 100 * rest["ci_bawah"], 100 * rest["ci_atas"], lang,
                                 rest["n"], t("p_reason_jp_others", lang, nama=left_out_name(test["dinas"], lang, own)))


def left_out_name(slug: str, lang: str, own: bool) -> str:
    """The dinas a comparison with the other agencies leaves out: its short name ('Satpol PP'); in its own English
    report by the name its running text uses ('the Communication and Informatics Agency', names.running_text_name;
    LOOK37b M-8: the report's own agency by a third form, 'Communication and Informatics left out')."""
    if own and lang == "en":
        return running_text_name(slug, official_name(slug), lang)
    return short_name_in(slug, lang)


def jp_share(hasil: Hasil | None, test: AttentionTest, lang: str) -> str:
    """A flagged dinas's 20 JP share with its 95% interval ('52,5% (46,2–58,7)'), as its gain reason carries its
    own (REVIEW6 R6-34); the share alone when ``hasil`` does not hold that interval."""
    record: Any = hasil or {}
    rows: list[Any] = list(record.get("perbandingan_dinas") or [])
    own = (record.get("cakupan") or {}).get("slug") == test["dinas"]
    share: Any = ((record.get("pelaksanaan") or {}).get("jp_20") or {}).get("keseluruhan") if own else \
        next((row["jp_20"] for row in rows if row.get("dinas") == test["dinas"]), None)
    if not share or not share.get("cukup_data") or share.get("ci_bawah") is None \
            or abs(share["estimasi"] - test["estimasi"]) > 1e-9:
        return fmt.figure(test["estimasi"], "proporsi", lang)
    return phrases.percent_range(100 * share["estimasi"], 100 * share["ci_bawah"], 100 * share["ci_atas"], lang)


def method_details(hasil: Hasil, lang: str) -> list[str]:
    """The annex's technical account of what the chapters say in reader words (REVIEW5 D10): the budget model's
    curvature test with its figure, the budget model with few activities (CR2, its degrees of freedom, the wild
    bootstrap, the controls dropped) and the IKM comparison of trained and comparison units (CR2, Satterthwaite
    degrees of freedom, the wild bootstrap below constants.FEW_CLUSTERS units); nothing for what the chapters did
    not show."""
    out = []
    budget = hasil["anggaran_vs_peningkatan"]
    # the words the body says plainly (LOOK20 W-13): the cost per point's bootstrap, the agency model's terms
    if any(row.get("cukup_data") for row in budget.get("biaya_per_poin") or []):
        out.append(t("a_cost_boot", lang))
    if str((hasil.get("pooling") or {}).get("metode") or "").startswith("mixedlm"):  # the model ran
        out.append(t("a_pooling_terms", lang))
    # the curve the chapter speaks of (report.chapters.results.budget): the dinas's, else the province's
    curve = budget["model"] if budget["model"]["kuadratik"]["cukup_data"] else budget["model_provinsi"]
    if curve["kuadratik"]["cukup_data"]:
        out.append(t("a_curve", lang, teks=phrases.value_with_ci(curve["kuadratik"], lang, "poin_per_ln2")))
    # the model the chapter's sentence is about (report.chapters.results.budget): the dinas's, else the province's
    used = budget["model"] if budget["model"]["gain_per_dobel"]["cukup_data"] else budget["model_provinsi"]
    slope = used["gain_per_dobel"]
    dropped = used.get("kontrol_dilepas") or []
    if (slope.get("bootstrap_liar") or dropped) and slope.get("df"):
        boot = (t("a_budget_boot", lang, reps=fmt.integer(constants.WILD_BOOTSTRAP_REPS, lang))
                if slope.get("bootstrap_liar") else "")
        lepas = (t("a_budget_dropped", lang, daftar=phrases.and_([t(f"b_ctl_{name}", lang) for name in dropped], lang),
                   per=fmt.integer(constants.BUDGET_ACTIVITIES_PER_TERM, lang)) if dropped else "")
        out.append(t("a_budget_few", lang, n=fmt.integer(used["n_kegiatan"], lang), pada=in_years(used, lang),
                     min=fmt.integer(constants.FEW_CLUSTERS, lang), df=fmt.number(slope["df"], 0, lang), boot=boot,
                     lepas=lepas))
    did = hasil["level4_hasil"]["did_ikm"]
    effect = did.get("efek")
    if did.get("tersedia") and effect and effect.get("cukup_data") and effect.get("df"):
        boot = (t("a_impact_boot", lang, min=fmt.integer(constants.FEW_CLUSTERS, lang),
                  reps=fmt.integer(constants.WILD_BOOTSTRAP_REPS, lang)) if effect.get("bootstrap_liar") else "")
        out.append(t("a_impact_inference", lang, df=fmt.number(effect["df"], 0, lang), boot=boot))
    # impact imported here: it reads analysis.did, which the renderer's fast path leaves out (test_fastpath_imports)
    from evalasn.report.words import impact

    records: list[Any] = [did, *(hasil["level4_hasil"].get("did_kinerja") or [])]
    # 3.4 says it in words; not for comparisons withheld for their units, which ran no estimator (LOOK16 R-16)
    if any(record.get("desain") == "studi_peristiwa" and impact.estimated(record) for record in records):
        out.append(t("a_did_staggered", lang))
    # each pre-trend check's p: 3.4 and Tabel 7 give its verdict in words (R6-30), the figure is here
    for record in records:
        check: Any = record.get("uji_tren_awal") if impact.estimated(record) else None
        if check and check.get("tersedia") and check.get("p") is not None:
            what = indicator_name(record["indikator"], lang) if "indikator" in record else "IKM"
            out.append(t("a_pretrend", lang, apa=what, k=fmt.integer(check["k"], lang),
                         p=impact.pretrend_p(check, lang),
                         alpha=fmt.number(check.get("alpha") or constants.PRETREND_ALPHA, 2, lang)))
    found: Any = hasil
    listing = found.get("perhatian") or (found.get("perbandingan_provinsi") or {}).get("perhatian")
    if listing and listing.get("jumlah_uji"):  # BAB VII says "koreksi untuk banyak uji"
        out.append(t("a_attention", lang, m=fmt.integer(listing["jumlah_uji"], lang),
                     q=fmt.number(listing.get("q_fdr") or constants.FDR_Q, 2, lang)))
    return out
