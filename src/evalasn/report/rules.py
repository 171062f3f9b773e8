"""The report's rules: which recommendations fire and which dinas need attention.

Each rule is documented in docs/metode.md (section "Aturan rekomendasi") and tested on real
results in tests/unit/test_narrative.py; the sentences come from the catalogue (report.text).
"""

from __future__ import annotations

from dataclasses import dataclass

from evalasn.analysis import results
from evalasn.report import fmt
from evalasn.report import narrative as N
from evalasn.report.text import label, t

JP_TARGET_SHARE = 0.8  # below 80% of ASN meeting 20 JP, raising compliance is recommended
REALISATION_TARGET = 85.0  # below 85% of the ceiling spent, budget planning is recommended


@dataclass(frozen=True)
class Recommendation:
    """One recommendation: the rule that fired (its catalogue key) and its sentence."""

    rule: str
    text: str


# --- recommendations -------------------------------------------------------------------------
def recommendation_texts(h: dict, lang: str) -> list[str]:
    return [r.text for r in recommendations(h, lang)]


def recommendations(h: dict, lang: str) -> list[Recommendation]:
    """Recommendations by the documented rules; each fires only when its finding supports it."""
    out: list[Recommendation] = []
    add = lambda rule, text: out.append(Recommendation(rule, text))  # noqa: E731
    j = h["pelaksanaan"]["jp_20"]
    if j["keseluruhan"]["cukup_data"] and j["keseluruhan"]["estimasi"] < JP_TARGET_SHARE:
        units = ", ".join(r["unit_kerja"] for r in j["unit_terendah"][:3]) or "–"
        add("rec_jp", t("rec_jp", lang, persen=fmt.share(j["keseluruhan"]["estimasi"], 1, lang), unit=units))
    m = h["anggaran_vs_peningkatan"]["model"]
    if not m["gain_per_dobel"]["cukup_data"]:
        m = h["anggaran_vs_peningkatan"]["model_provinsi"]
    e = m["gain_per_dobel"]
    spent = (results.realisation_in_year(h) or {}).get("persen_realisasi")
    method = _clearly_cheaper(h["anggaran_vs_peningkatan"]["biaya_per_poin"])
    money = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    absorb_first = N.direction(e) == "up" and spent is not None and spent < REALISATION_TARGET and not method
    if absorb_first:
        # money already granted is left unspent: more per participant comes after absorbing it
        add("rec_budget_absorb_first", t("rec_budget_absorb_first", lang, besar=N.estimate(e, lang), ik=N.ci(e, lang),
                     persen=fmt.percent(spent, 1, lang), target=fmt.percent(REALISATION_TARGET, 0, lang)))
    elif N.direction(e) == "up" and method:
        # a correlation is no reason to spend more per head when another method already buys a point for less
        add("rec_budget_cheaper", t("rec_budget_cheaper", lang, besar=N.estimate(e, lang), ik=N.ci(e, lang),
                                    metode=label(method[0]["metode"], lang), biaya=money(method[0]["estimasi"]),
                                    ik_biaya=N.ci(method[0], lang, formatter=money)))
    elif N.direction(e) == "up":
        add("rec_budget_more", t("rec_budget_more", lang, besar=N.estimate(e, lang), ik=N.ci(e, lang),
                     catatan=t("rec_budget_falls", lang) if m.get("turun_hasil") else ""))
    elif N.direction(e) is not None:
        add("rec_budget_reach", t("rec_budget_reach", lang))
    if method:
        best, other = method
        add("rec_method", t("rec_method", lang, metode=label(best["metode"], lang), biaya=money(best["estimasi"]),
                     ik=N.ci(best, lang, formatter=money), pembanding=label(other["metode"], lang),
                     biaya_p=money(other["estimasi"]), ik_p=N.ci(other, lang, formatter=money)))
    did = h["level4_hasil"]["did_ikm"]
    d = N.direction(did.get("efek")) if did.get("tersedia") else None
    if d == "up" and did.get("kesimpulan", {}).get("boleh_kausal"):  # expand only on an earned effect
        add("rec_did_expand", t("rec_did_expand", lang))
    elif d is not None:
        add("rec_did_review", t("rec_did_review", lang))
    weak = [r for r in h["komunikasi"]["unsur"] if r.get("lemah")]
    if weak:
        add("rec_weak", t("rec_weak", lang, unsur=N.and_([N.element_name(r["unsur"], lang) for r in weak[:3]], lang)))
    if N.direction(h["tantangan"]["resistensi"]["gain_per_poin_resistensi"]) == "down":
        add("rec_resist", t("rec_resist", lang))
    if spent is not None and spent < REALISATION_TARGET and not absorb_first:  # else said once, above
        add("rec_realisation", t("rec_realisation", lang, persen=fmt.percent(spent, 1, lang)))
    missing = missing_data(h, lang)
    shortfall = t("rec_data_missing", lang, daftar=", ".join(missing)) if missing else ""
    add("rec_data", t("rec_data", lang, kurang=shortfall))
    return out


def _clearly_cheaper(rows: list[dict]) -> tuple[dict, dict] | None:
    """The cheapest method per point whose interval lies wholly below another method's."""
    ok = [r for r in rows if r["cukup_data"]]
    if len(ok) < 2:
        return None
    best = min(ok, key=lambda r: r["estimasi"])
    dearer = [r for r in ok if r is not best and r["ci_bawah"] > best["ci_atas"]]
    return (best, max(dearer, key=lambda r: r["estimasi"])) if dearer else None


def missing_data(h: dict, lang: str) -> list[str]:
    d = h["data"]
    flags = [("ada_nilai_test", "tes"), ("ada_skm", "skm"), ("ada_kinerja", "kinerja"),
             ("ada_anggaran", "anggaran_tabel")]
    return [label(key, lang) for flag, key in flags if not d[flag]]


# --- attention (province report) ---------------------------------------------------------------
def attention(h: dict, lang: str) -> str:
    """The dinas needing attention: tests that survive Benjamini-Hochberg and the pooled gain
    (analysis.attention computes, report.uncertainty words)."""
    from evalasn.report import uncertainty  # uncertainty builds on narrative, as this module does

    return uncertainty.attention(h, lang)
