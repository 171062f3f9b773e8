"""Sentences drawn from hasil.json: direction and size words follow the numbers and intervals.

"naik"/"turun" only when the 95% interval excludes zero (the gain's own `status_kenaikan`), otherwise
"belum pasti" with what the interval rests on; causal words ("berdampak") only for the
difference-in-differences, and only when its verdict allows them (report.words.impact). One estimate
in words (its interval, size, direction) is report.words.phrases; the recommendations are composed
beside these findings by the chapters (report.chapters.rules).
"""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil, Interval
from evalasn.analysis.contract.estimate import point
from evalasn.analysis.difference import clearly_below
from evalasn.report.words import fmt, gain_measure, gain_sides, impact, phrases, province_impact, reasons
from evalasn.report.words.phrases import (
    category_en,
    ci,
    direction,
    element_name,
    estimate,
    signed_with_ci,
    size_with_ci,
    value_with_ci,
)
from evalasn.report.words.text import CONTROLS, label, t
from evalasn.report.words.uncertainty import category_range


# --- findings --------------------------------------------------------------------------------
def findings(hasil: Hasil, lang: str) -> list[str]:
    """The five to seven findings of BAB IX's conclusions, in the template's order."""
    return [sentence for _, sentence in keyed_findings(hasil, lang)]


def keyed_findings(hasil: Hasil, lang: str) -> list[tuple[str, str]]:
    """(topic, sentence) of findings(): the topic lets BAB IX order them as the summary ranks its findings
    (report.chapters.key_findings.KIND_TOPICS): gain, intervensi, jp_20, cakupan_asn, anggaran, efisiensi, ikm_cd,
    resistensi."""
    duty = jp(hasil, lang)
    if duty and phrases.has_pppk(hasil):
        duty += " " + t("f_jp_pppk", lang)
    ikm = did_ikm(hasil, lang)
    # the declared intervention's earned effects as the summary says them (key_findings.intervention): REVIEW7 R7-19,
    # set C's 9.1 gave the IKM alone while the summary's finding rested on the waiting time too
    service = impact.earned_brief(hasil, lang, ikm or "") or ikm
    did = hasil["level4_hasil"]["did_ikm"]
    if service and service == ikm and not impact.declared(hasil) and did.get("tersedia"):
        trend = direction(did["efek"])
        # the summary's pre-trend caveat (impact.compared); a rise's sentence gives every reason already
        service += "" if trend == "up" else impact.pretrend_caveat(did, trend, lang)
    out = [("gain", learning(hasil, lang)), ("intervensi", service), ("jp_20", duty),
           ("cakupan_asn", coverage(hasil, lang)), ("anggaran", budget(hasil, lang)),
           ("efisiensi", cheapest_method(hasil, lang)), ("ikm_cd", weakest_element(hasil, lang)),
           ("resistensi", resistance(hasil, lang))]
    return [(topic, sentence) for topic, sentence in out if sentence][:7]


def coverage(hasil: Hasil, lang: str) -> str | None:
    coverage_share = hasil["pelaksanaan"]["cakupan_asn"]
    if not coverage_share["cukup_data"]:
        return None
    return t("f_coverage", lang, persen=estimate(coverage_share, lang, "proporsi"),
             jumlah=fmt.integer(coverage_share["jumlah"], lang), n=fmt.integer(coverage_share["n"], lang),
             ik=ci(coverage_share, lang, "proporsi"))


def jp(hasil: Hasil, lang: str) -> str | None:
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    overall = jp_20["keseluruhan"]
    if not overall["cukup_data"]:
        return None
    return t("f_jp", lang, persen=estimate(overall, lang, "proporsi"), n=fmt.integer(overall["n"], lang),
             ik=ci(overall, lang, "proporsi"), rata=estimate(jp_20["rata_jp_asn"], lang, "jp"),
             ik_rata=ci(jp_20["rata_jp_asn"], lang, "jp"))


def learning(hasil: Hasil, lang: str, adjusted_above: bool = False, after: str = "") -> str:
    """The participants' mean gain; with the adjusted estimate beside it, named as such, or, ``adjusted_above`` (BAB
    IX 9.1 right after the finding that states it: key_findings.ordered_conclusions), where it is. ``after``: what
    follows the key figure (BAB IX 9.1: its target status and change from last year, key_findings.figure_after),
    right after the adjusted estimate, else (the key figure is the participants' mean) at the end."""
    overall = hasil["level2_pembelajaran"]["keseluruhan"]
    trend = direction(overall)
    if trend is None:
        return t("f_learning_none", lang, alasan=reasons.not_enough(overall, lang))
    common = dict(_size_or_signed(overall, trend, lang), n=fmt.integer(overall["n"], lang))
    low, high = overall["persen_naik_bawah"], overall["persen_naik_atas"]
    improved = dict(naik=fmt.figure(overall["persen_naik"], "persen", lang),
                    ik_naik=fmt.interval(low, high, "persen", lang))
    if trend == "up":
        sentence = t("f_learning_up", lang, pre=fmt.figure(overall["rata_pre"], "poin_tes", lang),
                     post=fmt.figure(overall["rata_post"], "poin_tes", lang), **improved, **common)
    elif trend == "flat":
        basis = reasons.gain_basis(overall["n_kegiatan"], lang, overall.get("estimasi"))
        sentence = t("f_learning_flat", lang, dasar=basis, **improved, **common)
    else:
        sentence = t("f_learning_down", lang, **common)
    adjusted = adjusted_gain(hasil)
    if adjusted is not None:  # the key figures' gain (report.facts) is this one: the reader sees both named
        key = "f_learning_adjusted_province" if hasil["cakupan"]["jenis"] == "provinsi" else "f_learning_adjusted"
        figure = t("f_learning_adjusted_above", lang) if adjusted_above else \
            t("f_learning_adjusted_value", lang, nilai=estimate(adjusted, lang), ik=ci(adjusted, lang))
        sentence += " " + t(key, lang, angka=figure) + (f" {after}" if after else "")
        why = gain_sides.sentence(hasil, lang)
        return sentence + (f" {why}" if why else "")
    return sentence + (f" {after}" if after else "")


def adjusted_gain(hasil: Hasil) -> Interval | None:
    """A scope's mixed-model gain, as report.facts takes it for the key figures: a dinas's (hasil.json
    `pooling.dinas_ini.pooled`), the province's the same model's province mean (`pooling.rata_provinsi`, which every
    dinas is set against: REVIEW6 R6-8); None without it."""
    pooling = hasil.get("pooling") or {}
    if not gain_measure.fitted(pooling):
        return None  # without the model (gain_measure) a figure is its participants' mean: nothing adjusted
    if hasil["cakupan"]["jenis"] == "provinsi":
        mean = pooling.get("rata_provinsi")
        return mean if mean and mean.get("cukup_data") else None
    mine = pooling.get("dinas_ini")
    return mine["pooled"] if mine and mine["pooled"].get("cukup_data") else None


def _size_or_signed(interval: Interval, trend: str, lang: str, kind: str = "poin_tes") -> dict[str, str]:
    """besar/ik for a sentence that says the direction in words (a size and the size's interval),
    or, when flat, the signed estimate and interval; printed as figures of ``kind`` (fmt.figures)."""
    if trend == "flat":
        return {"besar": estimate(interval, lang, kind), "ik": ci(interval, lang, kind)}
    size = size_with_ci(interval, lang, kind)
    return {"besar": size["besar"], "ik": size["ik"]}


def did_ikm(hasil: Hasil, lang: str) -> str | None:
    """The IKM impact finding; its words follow the analysis's verdict (report.words.impact)."""
    did = hasil["level4_hasil"]["did_ikm"]
    if not did.get("tersedia"):
        if not hasil["data"]["ada_skm"]:
            return None
        if impact.declared(hasil):  # the declared programme named; no causal word without one
            return t("f_did_none", lang, alasan=reasons.unavailable(did, lang),
                     subjek=t("did_subject_plain", lang, program=hasil["parameter"]["intervensi"].strip()))
        return t("f_did_none_none", lang, alasan=reasons.unavailable(did, lang))
    effect = did["efek"]
    trend = direction(effect)
    # the province's earned estimate after the dinas's own, whatever held the dinas's back (CHECK10 C10-1)
    if trend is None:
        return impact.not_concluded(did, lang, impact.no_training_year(hasil)) + province_impact.sentence(hasil, lang)
    return impact.sentence(did, lang, _size_or_signed(effect, trend, lang, "ikm"), trend) \
        + province_impact.sentence(hasil, lang)


def budget(hasil: Hasil, lang: str) -> str:
    model = hasil["anggaran_vs_peningkatan"]["model"]
    gain = model["gain_per_dobel"]
    trend = direction(gain)
    basis = ""
    if trend is None:
        # too few activities here: the province fit, said so (a dinas finding is its own or marked)
        basis = t("f_budget_province", lang, alasan=reasons.reason(gain, lang))
        model = hasil["anggaran_vs_peningkatan"]["model_provinsi"]
        gain = model["gain_per_dobel"]
        trend = direction(gain)
        if trend is None:
            return t("f_budget_none", lang, alasan=reasons.reason(gain, lang))
    # one template for every slope (f_budget), its n and controls included; a slope whose interval is below zero is
    # said as a smaller gain, its size and interval positive
    size = _size_or_signed(gain, trend, lang, "poin_per_dobel")
    relation = {"flat": "f_budget_flat", "down": "f_budget_down"}.get(trend, "f_budget_up")
    return t("f_budget", lang, hubungan=t(relation, lang, besar=size["besar"]), ik=size["ik"],
             n_keg=fmt.integer(model["n_kegiatan"], lang), n=fmt.integer(gain["n"], lang),
             kontrol=controls(model.get("kontrol", list(CONTROLS)), lang),
             turun=t("f_budget_falls", lang) if model.get("turun_hasil") and trend != "flat" else "",
             catatan=t("f_budget_association", lang) if trend != "flat" else "") + basis


def controls(names: list[str], lang: str) -> str:
    """The controls of the model that ran, in words and in the model's order ('metode, JP dan tahun');
    an unknown control keeps its name."""
    words = [CONTROLS[name][lang] if name in CONTROLS else name.replace("_", " ") for name in names]
    return phrases.and_(list(dict.fromkeys(words)), lang) if words else t("b_no_controls", lang)


def cheapest_said(hasil: Hasil) -> str | None:
    """The method whose cost per point, with its interval, BAB IX's "Efisiensi" conclusion states (cheapest_method):
    the cheapest of at least two methods with one; None when there is no such conclusion. Another mention of that
    figure in BAB IX prints its interval too (LOOK34 F-6: a pointer in its place left the figure bare)."""
    rows = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    return min(rows, key=point)["metode"] if len(rows) >= 2 else None


def cheapest_method(hasil: Hasil, lang: str) -> str | None:
    rows = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    if cheapest_said(hasil) is None:
        return None
    best = min(rows, key=point)
    # not clearly dearer: the difference's own 95% interval reaches zero (REVIEW6 R6-4; not "the intervals overlap")
    tied = [r for r in rows if r is not best and not clearly_below(best, r)]
    common = dict(metode=label(best["metode"], lang), biaya=estimate(best, lang, "rp_per_poin"),
                  ik=ci(best, lang, "rp_per_poin"),
                  n_keg=fmt.integer(best["n_kegiatan"], lang), n=fmt.integer(best["n"], lang))
    # a method whose cost is not recorded is not the cheapest, it is missing (CHECK11 C11-1): said, not compared
    withheld = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
                if r.get("alasan") == "biaya_tidak_tercatat"]
    unrecorded = frozenset(r["metode"] for r in withheld if not r.get("n_kegiatan"))
    missing = phrases.unrecorded_cost(hasil, lang, unrecorded) if unrecorded else ""
    left_out = t("cost_unrecorded_not_compared", lang, daftar=missing) if missing else ""
    # a method with some costed activities, too few: its whole cost per point is withheld, said with the count
    # against the minimum (LOOK12 K-1: "Tidak dibandingkan …: 1 kegiatan mentoring" hid that 4 of 5 were costed)
    left_out += "".join(t("cost_too_few_costed", lang, metode=label(r["metode"], lang),
                          c=fmt.integer(r["n_kegiatan"], lang), min=constants.MIN_ACTIVITIES_COST,
                          k=r.get("kegiatan_tanpa_biaya") or 0)
                        for r in withheld if r.get("n_kegiatan"))
    if tied:
        return t("f_cheapest_tie", lang, setara=phrases.and_([label(r["metode"], lang) for r in tied], lang),
                 **common) + left_out
    return t("f_cheapest", lang, **common) + left_out


def weakest_element(hasil: Hasil, lang: str) -> str | None:
    rows = [r for r in hasil["komunikasi"]["unsur"] if r["cukup_data"]]
    latest = results.current_ikm(hasil)
    if not rows or not latest or not latest["cukup_data"]:
        return None
    weakest = rows[0]
    band = latest["label"] if lang == "id" else category_en(latest["kategori"])
    return t("f_weakest", lang, unsur=element_name(weakest["unsur"], lang), nilai=estimate(weakest, lang, "skor_1_4"),
             ik=ci(weakest, lang, "skor_1_4"), kategori=f"{latest['kategori']} ({band})",
             ikm=value_with_ci(latest, lang, "ikm"),
             rentang=category_range(latest, lang))


def resistance(hasil: Hasil, lang: str) -> str | None:
    gain = hasil["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    trend = direction(gain)
    if trend in (None, "flat"):
        return None
    return t("f_resistance", lang, n=fmt.integer(gain["n"], lang), **signed_with_ci(gain, lang, "poin_per_resistensi"))
