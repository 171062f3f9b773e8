"""Sentences drawn from hasil.json: direction and size words follow the numbers and intervals.

"naik"/"turun" only when the 95% interval excludes zero, otherwise "tidak berubah secara
bermakna"; causal words ("berdampak") only for the difference-in-differences, and only when its
verdict allows them (report.impact). Recommendations follow fixed rules (docs/metode.md).
"""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis.contract import Hasil, Interval
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.report import fmt, impact, reasons
from evalasn.report.text import label, t


def direction(interval: Interval | None) -> str | None:
    """'up', 'down' or 'flat' from an estimate's interval; None without enough data."""
    if not interval or not interval.get("cukup_data"):
        return None
    if interval["ci_bawah"] is not None and interval["ci_bawah"] > 0:
        return "up"
    if interval["ci_atas"] is not None and interval["ci_atas"] < 0:
        return "down"
    return "flat"


def ci(interval: Interval, lang: str, decimals: int = 1, unit: str = "", formatter=None) -> str:
    return fmt.interval(interval.get("ci_bawah"), interval.get("ci_atas"), decimals, lang, unit, formatter)


def estimate(interval: Interval, lang: str, decimals: int = 1) -> str:
    """The point estimate with as many decimals as its interval is shown with."""
    shown = fmt.ci_decimals(interval.get("ci_bawah"), interval.get("ci_atas"), decimals)
    return fmt.number(interval["estimasi"], shown, lang)


def size_with_ci(interval: Interval, lang: str, decimals: int = 1) -> dict[str, str]:
    """For '{besar} poin {arah} ({ik})': the size, 'higher'/'lower' and the interval of the size
    (for 'lower', the interval of the drop, so that sentence and interval agree in sign)."""
    value, (low, high) = point(interval), bounds(interval)
    if value < 0:
        low, high = -high, -low
    shown = fmt.ci_decimals(low, high, decimals)
    return {"besar": fmt.number(abs(value), shown, lang),
            "arah": t("lower" if value < 0 else "higher", lang),
            "ik": fmt.interval(low, high, decimals, lang)}


def value_with_ci(interval: Interval | None, lang: str, decimals: int = 1, unit: str = "", formatter=None) -> str:
    """'8,1 (rentang keyakinan 95%: 7,5 s.d. 8,7; n = 120)', or 'belum dapat dihitung: <the reason>'."""
    if not interval or not interval.get("cukup_data"):
        return reasons.not_enough(interval, lang)
    shown = fmt.ci_decimals(interval.get("ci_bawah"), interval.get("ci_atas"), decimals)
    show = formatter or (lambda v: fmt.number(v, shown, lang) + unit)
    return (f"{show(interval['estimasi'])} ({ci(interval, lang, decimals, unit, formatter)}; "
            f"n = {fmt.integer(interval['n'], lang)})")


def share_with_ci(interval: Interval | None, lang: str) -> str:
    return value_with_ci(interval, lang, formatter=lambda v: fmt.share(v, 1, lang))


# --- findings --------------------------------------------------------------------------------
def findings(hasil: Hasil, lang: str) -> list[str]:
    """The five to seven findings of the executive summary, most important first."""
    duty = jp(hasil, lang)
    if duty and (hasil["pelaksanaan"]["jp_20"].get("pppk") or {}).get("n"):
        duty += " " + t("f_jp_pppk", lang)
    out = [learning(hasil, lang), did_ikm(hasil, lang), duty, coverage(hasil, lang), budget(hasil, lang)]
    out += [cheapest_method(hasil, lang), weakest_element(hasil, lang), resistance(hasil, lang)]
    return [s for s in out if s][:7]


def coverage(hasil: Hasil, lang: str) -> str | None:
    coverage_share = hasil["pelaksanaan"]["cakupan_asn"]
    if not coverage_share["cukup_data"]:
        return None
    return t("f_coverage", lang, persen=fmt.share(coverage_share["estimasi"], 1, lang),
             jumlah=fmt.integer(coverage_share["jumlah"], lang), n=fmt.integer(coverage_share["n"], lang),
             ik=ci(coverage_share, lang, formatter=lambda v: fmt.share(v, 1, lang)))


def jp(hasil: Hasil, lang: str) -> str | None:
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    overall = jp_20["keseluruhan"]
    if not overall["cukup_data"]:
        return None
    return t("f_jp", lang, persen=fmt.share(overall["estimasi"], 1, lang), n=fmt.integer(overall["n"], lang),
             ik=ci(overall, lang, formatter=lambda v: fmt.share(v, 1, lang)), rata=estimate(jp_20["rata_jp_asn"], lang),
             ik_rata=ci(jp_20["rata_jp_asn"], lang))


def learning(hasil: Hasil, lang: str) -> str:
    overall = hasil["level2_pembelajaran"]["keseluruhan"]
    trend = direction(overall)
    if trend is None:
        return t("f_learning_none", lang, alasan=reasons.not_enough(overall, lang))
    common = dict(_size_or_signed(overall, trend, lang), n=fmt.integer(overall["n"], lang))
    if trend == "up":
        low, high = overall["persen_naik_bawah"], overall["persen_naik_atas"]
        return t("f_learning_up", lang, pre=fmt.number(overall["rata_pre"], 1, lang),
                 post=fmt.number(overall["rata_post"], 1, lang),
                 naik=fmt.percent(overall["persen_naik"], fmt.ci_decimals(low, high, 0), lang),
                 ik_naik=fmt.interval(low, high, 0, lang, unit="%"), **common)
    return t("f_learning_down" if trend == "down" else "f_learning_flat", lang, **common)


def _size_or_signed(interval: Interval, trend: str, lang: str) -> dict[str, str]:
    """besar/ik for a sentence that says the direction in words (a size and the size's interval),
    or, when flat, the signed estimate and interval."""
    if trend == "flat":
        return {"besar": estimate(interval, lang), "ik": ci(interval, lang)}
    size = size_with_ci(interval, lang)
    return {"besar": size["besar"], "ik": size["ik"]}


def did_ikm(hasil: Hasil, lang: str) -> str | None:
    """The IKM impact finding; its words follow the analysis's verdict (report.impact)."""
    did = hasil["level4_hasil"]["did_ikm"]
    if not did.get("tersedia"):
        return t("f_did_none", lang, alasan=reasons.unavailable(did, lang)) if hasil["data"]["ada_skm"] else None
    effect = did["efek"]
    trend = direction(effect)
    if trend is None:
        return impact.not_concluded(did, lang)
    return impact.sentence(did, lang, _size_or_signed(effect, trend, lang), trend)


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
    if trend == "flat":
        return t("f_budget_flat", lang, besar=estimate(gain, lang), ik=ci(gain, lang)) + basis
    return t("f_budget_up", lang, besar=estimate(gain, lang), ik=ci(gain, lang),
             n_keg=fmt.integer(model["n_kegiatan"], lang), n=fmt.integer(gain["n"], lang),
             turun=t("f_budget_falls", lang) if model.get("turun_hasil") else "") + basis


def cheapest_method(hasil: Hasil, lang: str) -> str | None:
    rows = [r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
    if len(rows) < 2:
        return None
    best = min(rows, key=point)
    money = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    tied = [r for r in rows if r is not best and bounds(r)[0] <= bounds(best)[1]]  # intervals overlap
    common = dict(metode=label(best["metode"], lang), biaya=money(best["estimasi"]), ik=ci(best, lang, formatter=money),
                  n_keg=fmt.integer(best["n_kegiatan"], lang), n=fmt.integer(best["n"], lang))
    if tied:
        return t("f_cheapest_tie", lang, setara=", ".join(label(r["metode"], lang) for r in tied), **common)
    return t("f_cheapest", lang, **common)


def weakest_element(hasil: Hasil, lang: str) -> str | None:
    rows = [r for r in hasil["komunikasi"]["unsur"] if r["cukup_data"]]
    periods = hasil["level4_hasil"]["ikm_per_periode"]
    if not rows or not periods or not periods[-1]["cukup_data"]:
        return None
    from evalasn.report.uncertainty import category_range  # it builds on this module

    weakest, latest = rows[0], periods[-1]
    band = latest["label"] if lang == "id" else category_en(latest["kategori"])
    return t("f_weakest", lang, unsur=element_name(weakest["unsur"], lang), nilai=estimate(weakest, lang, 2),
             ik=ci(weakest, lang, 2), kategori=f"{latest['kategori']} ({band})",
             ikm=value_with_ci(latest, lang, 2), rentang=category_range(latest, lang))


def resistance(hasil: Hasil, lang: str) -> str | None:
    gain = hasil["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    trend = direction(gain)
    if trend in (None, "flat"):
        return None
    return t("f_resistance", lang, n=fmt.integer(gain["n"], lang), **size_with_ci(gain, lang))


def element_name(element: str, lang: str) -> str:
    names = constants.IKM_ELEMENTS if lang == "id" else constants.IKM_ELEMENTS_EN
    return f"{element.upper()} {names[element]}"


def category_en(letter: str | None) -> str:
    return next((en for _, code, _, en in constants.IKM_CATEGORIES if code == letter), "")


def and_(items: list[str], lang: str) -> str:
    """'a, b dan c' (id) or 'a, b and c' (en)."""
    word = " dan " if lang == "id" else " and "
    return word.join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def recommendations(hasil: Hasil, lang: str) -> list[str]:
    """The recommendations' sentences (the rules live in report.rules)."""
    from evalasn.report import rules  # rules builds on this module's sentences

    return rules.recommendation_texts(hasil, lang)
