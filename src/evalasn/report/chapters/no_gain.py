"""Rules 3b and 3c, money without gain or for a very small gain: which methods, their recommendations, the words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil, MethodCostPerPoint, MethodGain
from evalasn.analysis.contract.budget import MethodLittleGain
from evalasn.analysis.contract.estimate import point
from evalasn.analysis.little_gain import cheap_per_point, is_little_gain
from evalasn.report.chapters import recommendation
from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


@dataclass(frozen=True)
class LittleGain:
    """A method that bought at most a very small gain: its gain, its budget this year, its cost per point (None
    when it cannot be computed: a mean gain at or below zero)."""

    metode: str
    gain: MethodGain
    anggaran_rp: float
    cost: MethodCostPerPoint | None


def flagged_methods(hasil: Hasil) -> set[str]:
    """The methods whose gain is a finding of its own (no gain, or a very small one: rules 3b and 3c, which ask to
    redesign or stop them): no other rule argues by their cost per point."""
    return {row.metode for row in little_gain(hasil)} | \
        {r["metode"] for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []) if r.get("dinas") is None}


def stop_or_redesign(hasil: Hasil, lang: str) -> list[recommendation.Recommendation]:
    """One recommendation per method that spent money without gain
    (`anggaran_vs_peningkatan.tanpa_kenaikan`): the scope's own methods with their interval; in the
    province report also each method's dinas rows, one recommendation per method naming the dinas."""
    rows = hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", [])
    out: list[recommendation.Recommendation] = []
    for row in (r for r in rows if r["dinas"] is None):
        name = label(row["metode"], lang)
        said = {"metode": phrases.method_noun(row["metode"], lang), "besar": phrases.estimate(row, lang),
                "ik": phrases.ci(row, lang), "dasar": gain_basis(row, lang)}
        text = t("rec_stop", lang, biaya=fmt.rupiah(row["anggaran_rp"], lang), tanpa=no_gain_words([row], lang),
                 **said) if costed(row) else t("rec_stop_nocost", lang, arah=no_gain_words([row], lang, rise=True),
                                               **said)
        # 9.2's: the step and where 9.1's money conclusion gives its figures (LOOK31 C-4); the summary's the whole
        listed = t("rec_stop_listed", lang, metode=said["metode"], tanpa=no_gain_words([row], lang)) if costed(row) \
            else t("rec_stop_listed_nocost", lang, metode=said["metode"], arah=no_gain_words([row], lang, rise=True))
        out.append(recommendation.Recommendation(
            "rec_stop", listed,
            t("pl_act_stop", lang, metode=name), owner=recommendation.OWNER["rec_stop"],
            quarter=recommendation.QUARTER["rec_stop"], subject=row["metode"], brief=text))
    own = {r["metode"] for r in rows if r["dinas"] is None}
    for metode in [m for m in constants.METODE if m not in own]:
        of_method = [r for r in rows if r["dinas"] is not None and r["metode"] == metode]
        if not of_method:
            continue
        names = phrases.and_([short_name_in(r["dinas"] or "", lang) for r in of_method], lang)
        any_cost = any(costed(r) for r in of_method)
        text = t("rec_stop_prov", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                 tanpa=no_gain_words(of_method, lang), biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                 daftar=pair_items(of_method, lang)) if any_cost else \
            t("rec_stop_prov_nocost", lang, metode=phrases.method_noun(metode, lang), dinas=names,
              arah=no_gain_words(of_method, lang, rise=True), daftar=pair_items(of_method, lang))
        listed = t("rec_stop_prov_listed", lang, metode=phrases.method_noun(metode, lang), dinas=names,
                   tanpa=no_gain_words(of_method, lang)) if any_cost else \
            t("rec_stop_prov_listed_nocost", lang, metode=phrases.method_noun(metode, lang), dinas=names,
              arah=no_gain_words(of_method, lang, rise=True))
        out.append(recommendation.Recommendation(
            "rec_stop", listed,
            t("pl_act_stop_prov", lang, metode=label(metode, lang), dinas=names),
            owner=recommendation.OWNER["rec_stop"], quarter=recommendation.QUARTER["rec_stop"], subject=metode,
            brief=text))
    return out


def costed(row) -> bool:
    """Whether a row of `tanpa_kenaikan` has a recorded cost (analysis.budget.without_gain `biaya_tercatat`): a
    method held at Rp 0 or blank is a finding on its gain alone, its money never said as "Rp 0" (CHECK11 C11-11)."""
    return bool(row.get("biaya_tercatat", True))


def pair_items(rows: list, lang: str) -> str:
    """'Kesehatan Rp 52,8 juta, perubahan −1,8 poin, rentang keyakinan 95%: …; Satpol PP …': each dinas of a
    method in the province's lists (`tanpa_kenaikan`, `sedikit_kenaikan`) with its budget, gain and interval; one
    dinas: its gain and interval only (the sentence names it and its budget)."""
    if len(rows) == 1:
        return t("rec_pair_one", lang, besar=phrases.estimate(rows[0], lang), ik=phrases.ci(rows[0], lang),
                 dasar=gain_basis(rows[0], lang, "gain_basis_n_comma"))
    return "; ".join(pair_item(r, lang) for r in rows)


def pair_item(row, lang: str) -> str:
    """'Kesehatan Rp 52,8 juta, perubahan −1,8 poin, rentang keyakinan 95%: …': one dinas's row of a method."""
    said = {"dinas": short_name_in(row["dinas"] or "", lang), "besar": phrases.estimate(row, lang),
            "ik": phrases.ci(row, lang), "dasar": gain_basis(row, lang, "gain_basis_n_comma")}
    if not costed(row):
        return t("rec_pair_item_nocost", lang, **said)
    return t("rec_pair_item", lang, biaya=fmt.rupiah(row["anggaran_rp"], lang), **said)


def gain_basis(row, lang: str, key: str = "gain_basis_n") -> str:
    """'; 15 kegiatan, 327 peserta': the activities and participants a method's gain rests on, said with its
    estimate and interval wherever the finding is (REVIEW5b 17); '' without them."""
    activities, participants = row.get("n_kegiatan"), row.get("n")
    if not activities or not participants:
        return ""
    return t(key, lang, n_keg=fmt.integer(activities, lang), n=fmt.integer(participants, lang))


def no_gain_words(rows, lang: str, rise: bool = False, after_label: bool = False) -> str:
    """What money without gain bought, from the gain intervals (`menurun`: the whole interval below zero; REVIEW5b
    16): 'dengan nilai tidak naik', 'sementara nilai peserta turun' when every row's scores fell, or both;
    ``rise``: the verb alone ('tidak naik', 'turun', 'tidak naik atau turun'); ``after_label``: what the label
    "nilai tidak naik" leaves unsaid ('', ' (nilai peserta turun)'; LOOK23 Z-2)."""
    fell = [bool(r.get("menurun")) for r in rows]
    way = "fell" if fell and all(fell) else "mixed" if any(fell) else "flat"
    if after_label:  # the label already says the scores did not rise: only a fall is added
        return "" if way == "flat" else t(f"nogain_label_{way}", lang)
    return t(f"nogain_rise_{way}" if rise else f"nogain_{way}", lang)


def little_gain_dinas(hasil: Hasil) -> list[MethodLittleGain]:
    """The province report's method × dinas pairs that bought at most a very small gain
    (`anggaran_vs_peningkatan.sedikit_kenaikan` rows with a dinas; the rule of little_gain applied in each
    dinas), leaving out methods the province's own rows already name (without gain or with a very small gain:
    their budget holds the dinas's). Empty in a dinas report."""
    money = hasil["anggaran_vs_peningkatan"]
    own = {r["metode"] for r in money.get("tanpa_kenaikan", []) if r["dinas"] is None}
    own |= {r.metode for r in very_small_gain(hasil)}
    return [r for r in money.get("sedikit_kenaikan", []) if r["dinas"] is not None and r["metode"] not in own]


def little_gain(hasil: Hasil) -> list[LittleGain]:
    """Money spent for a very small gain (docs/metode.md, "Temuan utama", rule 1; analysis.budget.is_little_gain):
    every method with a budget in the evaluated year whose gain interval reaches above zero (not "without gain",
    `tanpa_kenaikan`, whose upper end is at or below zero), whose effect size (Hedges' g_av) is estimated below
    Cohen's "small" and whose effect-size interval ends below "medium": the gain bought is very small (or, an
    estimate at or below zero, no gain worth the name) and the data rule out a medium or larger one. In the
    report's order of methods, with the cost per point where it can be computed.
    The province report lists a method's province-wide row whenever the rule holds for it: its whole budget is the
    province's consequence (R6-2: seminar Rp 974 juta and e-learning Rp 385 juta for 1,8 points each were left out
    because the dinas with findings of their own were listed instead). Its method × dinas pairs are then not listed
    apart (little_gain_dinas: their money is inside the row), and when those dinas drive the province-wide figure
    (spread does not stand: the participants in the other dinas gained more than the row's upper end) the finding
    names them beside it (key_findings; BAB IV's driven_note gives their figures), so that no dinas whose own gain
    is not very small is read as the cause (REVIEW3 2, REVIEW5b 1).
    A method whose cost per point is at or below the scope's (biaya_per_poin_semua) is left out
    (analysis.little_gain.cheap_per_point, REVIEW7 R7-9): its small gain came at a small price, and "redesign or
    move its budget to a method cheaper per point" would cut a method cheaper than the average."""
    overall = hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua")
    return [row for row in very_small_gain(hasil) if not cheap_per_point(row.cost, overall)]


def little_item(row: LittleGain, lang: str, cost: bool = True) -> str:
    """A very small gain as the summary, 9.1 and 9.2 all say it (REVIEW7 R7-10: 9.2 called a fall of 1,0 point "a
    gain at most very small"): 'Rp 167 juta untuk seminar tanpa kenaikan yang berarti, −1,0 poin (…), besar efek
    −0,09 (…)' when the estimate is at or below zero (R6-10), else 'Rp 974 juta untuk seminar dengan kenaikan sangat
    kecil, 1,8 poin (…), besar efek 0,16 (…), Rp 408.332 per poin (rentang keyakinan 95%: Rp 298.223 s.d.
    Rp 670.156)', one figure per bracket (LOOK23 Z-2). Without ``cost`` the cost per point is left to little_cost's
    sentence after the caller's (LOOK20 W-19: seven facts in one bracket)."""
    common = dict(metode=phrases.method_noun(row.metode, lang), biaya=fmt.rupiah(row.anggaran_rp, lang),
                  besar=phrases.estimate(row.gain, lang), ik=phrases.ci(row.gain, lang),
                  dasar=gain_basis(row.gain, lang))
    if (point(row.gain) or 0.0) <= constants.NO_GAIN_UPPER:
        return t("kt_little_item_flat", lang, **common, efek=effect_said(row.gain, lang))
    # its interval like every other cost per point (LOOK9 #1: 'Rp 408.332 per poin' stood alone)
    per_point = ""
    if row.cost and cost:
        # the cost per point on its own base where it differs from the gain's counts in the same bracket (LOOK12
        # K-3: "52 kegiatan, 1.239 peserta …; Rp 435.847 per poin" was computed over 48 costed activities)
        costed = row.cost.get("n_kegiatan") is not None and row.gain.get("n_kegiatan") is not None \
            and row.cost["n_kegiatan"] < row.gain["n_kegiatan"]
        per_point = t("rec_little_per_point_costed" if costed else "rec_little_per_point", lang,
                      biaya=phrases.estimate(row.cost, lang, "rp_per_poin"),
                      ik=phrases.ci(row.cost, lang, "rp_per_poin"), k=row.cost.get("n_kegiatan") or 0,
                      n=fmt.integer(row.cost.get("n") or 0, lang))
    return t("kt_little_item_small", lang, **common, efek=effect_said(row.gain, lang), per_poin=per_point)


def effect_said(gain: Mapping[str, Any], lang: str) -> str:
    """', besar efek −0,09 (−0,22 s.d. 0,04)': the effect size and its interval that admit a
    very small gain (analysis.little_gain.is_little_gain: the estimate below "small", the interval's upper end below
    "medium"), beside the gain in points, whatever the gain's sign (LOOK21 X-2: the test is on the effect size's own
    interval; LOOK22 Y-2: a fall of 1,0 point was listed on figures printed nowhere). '' without an effect size."""
    if gain.get("g_av") is None:
        return ""
    low, high = gain.get("g_av_bawah"), gain.get("g_av_atas")
    g_ik = ""
    if low is not None and high is not None:
        shown_low, shown_high = fmt.figures((low, high), "sd_selisih", lang)
        g_ik = f" ({fmt.low_to_high(shown_low, shown_high, lang)})"
    return t("kt_little_effect", lang, g=fmt.figure(gain["g_av"], "sd_selisih", lang), g_ik=g_ik)


def little_cost(row: LittleGain, lang: str) -> str:
    """The cost per point of a very small gain as a sentence of its own, after the gain's (LOOK20 W-19): ' Biaya per
    poin seminar: Rp 435.847 atas 48 kegiatan dengan biaya tercatat dan 1.129 peserta (rentang keyakinan 95%: …).';
    '' without a cost or for a gain at or below zero (little_item says no cost per point there)."""
    if not row.cost or (point(row.gain) or 0.0) <= constants.NO_GAIN_UPPER:
        return ""
    costed = row.cost.get("n_kegiatan") is not None and row.gain.get("n_kegiatan") is not None \
        and row.cost["n_kegiatan"] < row.gain["n_kegiatan"]
    return t("kt_little_cost_costed" if costed else "kt_little_cost", lang,
             metode=phrases.method_noun(row.metode, lang), biaya=phrases.estimate(row.cost, lang, "rp_per_poin"),
             ik=phrases.ci(row.cost, lang, "rp_per_poin"), k=row.cost.get("n_kegiatan") or 0,
             n=fmt.integer(row.cost.get("n") or 0, lang))


def very_small_gain(hasil: Hasil) -> list[LittleGain]:
    """Every method with a budget whose gain the effect-size rule (analysis.little_gain.is_little_gain) calls very
    small, whatever its cost per point: little_gain keeps those dearer per point than the scope; the province's
    method × dinas pairs of these methods are inside the province-wide judgement (little_gain_dinas)."""
    budget = {r["metode"]: r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"]}
    costs = {r["metode"]: r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]}
    out = []
    for gain in hasil["level2_pembelajaran"]["per_metode"]:
        spent = budget.get(gain["metode"]) or 0.0
        high, effect_high = gain.get("ci_atas"), gain.get("g_av_atas")
        if not gain["cukup_data"] or spent <= 0 or high is None or effect_high is None:
            continue
        if is_little_gain(gain):
            out.append(LittleGain(gain["metode"], gain, float(spent), costs.get(gain["metode"])))
    return out


def listed_words(gain, lang: str) -> str:
    """9.2's pointer to a very small gain ('tanpa kenaikan yang berarti' for an estimate at or below zero, R6-10,
    else 'dengan kenaikan sangat kecil'), as little_item names it in 9.1."""
    flat = (point(gain) or 0.0) <= constants.NO_GAIN_UPPER
    return t("rec_little_listed_flat" if flat else "rec_little_listed_small", lang)


def little_words(gain, lang: str) -> str:
    """'kenaikan sangat kecil' or, for an estimate at or below zero, 'tidak adanya kenaikan yang berarti' (R6-10)."""
    flat = (point(gain) or 0.0) <= constants.NO_GAIN_UPPER
    return t("kt_driven_flat" if flat else "kt_driven_small", lang)
