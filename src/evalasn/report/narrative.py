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


def direction(e: Interval | None) -> str | None:
    """'up', 'down' or 'flat' from an estimate's interval; None without enough data."""
    if not e or not e.get("cukup_data"):
        return None
    if e["ci_bawah"] is not None and e["ci_bawah"] > 0:
        return "up"
    if e["ci_atas"] is not None and e["ci_atas"] < 0:
        return "down"
    return "flat"


def ci(e: Interval, lang: str, decimals: int = 1, unit: str = "", formatter=None) -> str:
    return fmt.interval(e.get("ci_bawah"), e.get("ci_atas"), decimals, lang, unit, formatter)


def estimate(e: Interval, lang: str, decimals: int = 1) -> str:
    """The point estimate with as many decimals as its interval is shown with."""
    return fmt.number(e["estimasi"], fmt.ci_decimals(e.get("ci_bawah"), e.get("ci_atas"), decimals), lang)


def size_with_ci(e: Interval, lang: str, decimals: int = 1) -> dict[str, str]:
    """For '{besar} poin {arah} ({ik})': the size, 'higher'/'lower' and the interval of the size
    (for 'lower', the interval of the drop, so that sentence and interval agree in sign)."""
    value, (low, high) = point(e), bounds(e)
    if value < 0:
        low, high = -high, -low
    shown = fmt.ci_decimals(low, high, decimals)
    return {"besar": fmt.number(abs(value), shown, lang),
            "arah": t("lower" if value < 0 else "higher", lang),
            "ik": fmt.interval(low, high, decimals, lang)}


def value_with_ci(e: Interval | None, lang: str, decimals: int = 1, unit: str = "", formatter=None) -> str:
    """'8,1 (rentang keyakinan 95%: 7,5 s.d. 8,7; n = 120)', or 'belum dapat dihitung: <the reason>'."""
    if not e or not e.get("cukup_data"):
        return reasons.not_enough(e, lang)
    shown = fmt.ci_decimals(e.get("ci_bawah"), e.get("ci_atas"), decimals)
    show = formatter or (lambda v: fmt.number(v, shown, lang) + unit)
    return f"{show(e['estimasi'])} ({ci(e, lang, decimals, unit, formatter)}; n = {fmt.integer(e['n'], lang)})"


def share_with_ci(e: Interval | None, lang: str) -> str:
    return value_with_ci(e, lang, formatter=lambda v: fmt.share(v, 1, lang))


# --- findings --------------------------------------------------------------------------------
def findings(h: Hasil, lang: str) -> list[str]:
    """The five to seven findings of the executive summary, most important first."""
    duty = jp(h, lang)
    if duty and (h["pelaksanaan"]["jp_20"].get("pppk") or {}).get("n"):
        duty += " " + t("f_jp_pppk", lang)
    out = [learning(h, lang), did_ikm(h, lang), duty, coverage(h, lang), budget(h, lang)]
    out += [cheapest_method(h, lang), weakest_element(h, lang), resistance(h, lang)]
    return [s for s in out if s][:7]


def coverage(h: Hasil, lang: str) -> str | None:
    e = h["pelaksanaan"]["cakupan_asn"]
    if not e["cukup_data"]:
        return None
    return t("f_coverage", lang, persen=fmt.share(e["estimasi"], 1, lang), jumlah=fmt.integer(e["jumlah"], lang),
             n=fmt.integer(e["n"], lang), ik=ci(e, lang, formatter=lambda v: fmt.share(v, 1, lang)))


def jp(h: Hasil, lang: str) -> str | None:
    j = h["pelaksanaan"]["jp_20"]
    e = j["keseluruhan"]
    if not e["cukup_data"]:
        return None
    return t("f_jp", lang, persen=fmt.share(e["estimasi"], 1, lang), n=fmt.integer(e["n"], lang),
             ik=ci(e, lang, formatter=lambda v: fmt.share(v, 1, lang)), rata=estimate(j["rata_jp_asn"], lang),
             ik_rata=ci(j["rata_jp_asn"], lang))


def learning(h: Hasil, lang: str) -> str:
    e = h["level2_pembelajaran"]["keseluruhan"]
    d = direction(e)
    if d is None:
        return t("f_learning_none", lang, alasan=reasons.not_enough(e, lang))
    common = dict(_size_or_signed(e, d, lang), n=fmt.integer(e["n"], lang))
    if d == "up":
        low, high = e["persen_naik_bawah"], e["persen_naik_atas"]
        return t("f_learning_up", lang, pre=fmt.number(e["rata_pre"], 1, lang),
                 post=fmt.number(e["rata_post"], 1, lang),
                 naik=fmt.percent(e["persen_naik"], fmt.ci_decimals(low, high, 0), lang),
                 ik_naik=fmt.interval(low, high, 0, lang, unit="%"), **common)
    return t("f_learning_down" if d == "down" else "f_learning_flat", lang, **common)


def _size_or_signed(e: Interval, d: str, lang: str) -> dict[str, str]:
    """besar/ik for a sentence that says the direction in words (a size and the size's interval),
    or, when flat, the signed estimate and interval."""
    if d == "flat":
        return {"besar": estimate(e, lang), "ik": ci(e, lang)}
    size = size_with_ci(e, lang)
    return {"besar": size["besar"], "ik": size["ik"]}


def did_ikm(h: Hasil, lang: str) -> str | None:
    """The IKM impact finding; its words follow the analysis's verdict (report.impact)."""
    did = h["level4_hasil"]["did_ikm"]
    if not did.get("tersedia"):
        return t("f_did_none", lang, alasan=reasons.unavailable(did, lang)) if h["data"]["ada_skm"] else None
    e = did["efek"]
    d = direction(e)
    if d is None:
        return impact.not_concluded(did, lang)
    return impact.sentence(did, lang, _size_or_signed(e, d, lang), d)


def budget(h: Hasil, lang: str) -> str:
    m = h["anggaran_vs_peningkatan"]["model"]
    e = m["gain_per_dobel"]
    d = direction(e)
    basis = ""
    if d is None:
        # too few activities here: the province fit, said so (a dinas finding is its own or marked)
        basis = t("f_budget_province", lang, alasan=reasons.reason(e, lang))
        m = h["anggaran_vs_peningkatan"]["model_provinsi"]
        e = m["gain_per_dobel"]
        d = direction(e)
        if d is None:
            return t("f_budget_none", lang, alasan=reasons.reason(e, lang))
    if d == "flat":
        return t("f_budget_flat", lang, besar=estimate(e, lang), ik=ci(e, lang)) + basis
    return t("f_budget_up", lang, besar=estimate(e, lang), ik=ci(e, lang), n_keg=fmt.integer(m["n_kegiatan"], lang),
             n=fmt.integer(e["n"], lang), turun=t("f_budget_falls", lang) if m.get("turun_hasil") else "") + basis


def cheapest_method(h: Hasil, lang: str) -> str | None:
    rows = [r for r in h["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]]
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


def weakest_element(h: Hasil, lang: str) -> str | None:
    rows = [r for r in h["komunikasi"]["unsur"] if r["cukup_data"]]
    periods = h["level4_hasil"]["ikm_per_periode"]
    if not rows or not periods or not periods[-1]["cukup_data"]:
        return None
    from evalasn.report.uncertainty import category_range  # it builds on this module

    w, latest = rows[0], periods[-1]
    band = latest["label"] if lang == "id" else category_en(latest["kategori"])
    return t("f_weakest", lang, unsur=element_name(w["unsur"], lang), nilai=estimate(w, lang, 2),
             ik=ci(w, lang, 2), kategori=f"{latest['kategori']} ({band})",
             ikm=value_with_ci(latest, lang, 2), rentang=category_range(latest, lang))


def resistance(h: Hasil, lang: str) -> str | None:
    e = h["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    d = direction(e)
    if d in (None, "flat"):
        return None
    return t("f_resistance", lang, n=fmt.integer(e["n"], lang), **size_with_ci(e, lang))


def element_name(u: str, lang: str) -> str:
    names = constants.IKM_ELEMENTS if lang == "id" else constants.IKM_ELEMENTS_EN
    return f"{u.upper()} {names[u]}"


def category_en(letter: str | None) -> str:
    return next((en for _, code, _, en in constants.IKM_CATEGORIES if code == letter), "")


def and_(items: list[str], lang: str) -> str:
    """'a, b dan c' (id) or 'a, b and c' (en)."""
    word = " dan " if lang == "id" else " and "
    return word.join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)


def recommendations(h: Hasil, lang: str) -> list[str]:
    """The recommendations' sentences (the rules live in report.rules)."""
    from evalasn.report import rules  # rules builds on this module's sentences

    return rules.recommendation_texts(h, lang)
