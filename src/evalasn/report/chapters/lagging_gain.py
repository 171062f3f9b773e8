"""A dinas the province lists as lagging for its learning gain (reader review 4, item 2): the attention list's rule
(analysis.attention: the 95% interval of the dinas's adjusted gain minus the province mean, `selisih_rata`, wholly
below zero), what the data say beside it and the words of its recommendation, summary finding and follow-up row.

The adjusted gain already sets each method against the same method in the province, so what puts a dinas there is
that its methods gained less than the same methods elsewhere: each method's participants' mean gain beside the
province's (`pooling.*.campuran_metode`, analysis.pooling.method_mix). That is observed, not a cause: no
intervention is declared, so the words say "lower than", never "because" (docs/metode.md, rule 9).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.words import fmt, method_mix, phrases, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


@dataclass(frozen=True)
class Lagging:
    """A dinas on the province's attention list for its gain: its adjusted gain, its difference from the province
    mean (the attention list's figure), its rank among dinas and its mix of methods."""

    dinas: str  # slug
    gain: Any  # pooling: the dinas's adjusted (mixed-model) gain
    contrast: Any  # pooling: `selisih_rata`, the adjusted gain minus the province mean
    mix: tuple[Any, ...]  # `campuran_metode`
    rank: dict | None = None  # as report.facts.rank_text shows it: the rank with its interval among ``dari`` dinas


def listed(hasil: Hasil) -> list[Lagging]:
    """The dinas of the report on the province's attention list for its gain: in a dinas report the dinas itself
    when `perbandingan_provinsi.perhatian.gain_rendah`; in the province report every dinas of
    `perhatian.gain_di_bawah_rata`, in that order. Only with the difference's interval (the list's rule)."""
    pooling: Any = hasil.get("pooling") or {}
    candidates: list[Any]
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        attention: Any = hasil.get("perhatian") or {}
        named = attention.get("gain_di_bawah_rata") or []
        rows = {r["dinas"]: r for r in pooling.get("per_dinas") or []}
        candidates = [rows[slug] for slug in named if slug in rows]
    else:
        against: Any = hasil.get("perbandingan_provinsi") or {}
        listing = against.get("perhatian") or {}
        mine = pooling.get("dinas_ini")
        candidates = [mine] if listing.get("gain_rendah") and mine else []
    of = pooling.get("jumlah_dinas") or len(pooling.get("per_dinas") or []) or None
    return [Lagging(row["dinas"], row["pooled"], row["selisih_rata"], tuple(row.get("campuran_metode") or []),
                    {"peringkat": row.get("peringkat"), "dari": of,
                     "peringkat_terbaik": row.get("peringkat_bawah") or row.get("peringkat"),
                     "peringkat_terburuk": row.get("peringkat_atas") or row.get("peringkat")}
                    if row.get("peringkat") and of else None)
            for row in candidates if (row.get("selisih_rata") or {}).get("cukup_data")]


def contrast(hasil: Hasil, dinas: str = "") -> Any:
    """The follow-up row's indicator: `selisih_rata` of the dinas report's own dinas (``dinas`` empty), or of
    ``dinas`` in the province report (`pooling.per_dinas`); None without it."""
    pooling = hasil.get("pooling") or {}
    if not dinas:
        mine = pooling.get("dinas_ini")
        return mine.get("selisih_rata") if mine else None
    row = next((r for r in pooling.get("per_dinas") or [] if r["dinas"] == dinas), None)
    return row.get("selisih_rata") if row else None


def lower_methods(item: Lagging) -> list[Any]:
    """The methods whose participants' mean gain in the dinas is lower than the same method's across the province,
    compared as printed (one decimal: 13,6 vs 13,6 is not lower), with at least constants.MIN_N participants and
    enough activities to count (method_mix.evidence)."""
    return [m for m in counted_methods(item)
            if round(m["rata_gain"], 1) < round(m["rata_gain_provinsi"], 1)]


def counted_methods(item: Lagging) -> list[Any]:
    """The dinas's methods that count as evidence: at least constants.MIN_N participants and
    constants.MIN_CLUSTERS activities (method_mix.evidence; smalln8)."""
    return [m for m in item.mix if m["n"] >= constants.MIN_N and method_mix.evidence(m)]


def few_activities(item: Lagging, lang: str) -> str:
    """'; tidak dihitung: seminar (hanya 2 kegiatan)': the methods left out for too few activities, named; ''."""
    few = [m for m in item.mix if m["n"] >= constants.MIN_N and not method_mix.evidence(m)]
    if not few:
        return ""
    return t("lg_few", lang, daftar=phrases.and_([t("lg_few_item", lang, metode=label(m["metode"], lang),
                                                       k=fmt.integer(m["n_kegiatan"], lang)) for m in few], lang))


def _left_out(item: Lagging, lang: str) -> str:
    """'; mentoring tidak dibandingkan': the summary's short form of few_activities, the counts left to 9.1; ''."""
    few = [label(m["metode"], lang) for m in item.mix if m["n"] >= constants.MIN_N and not method_mix.evidence(m)]
    return t("kt_gain_low_brief_left", lang, daftar=phrases.and_(few, lang), n=len(few)) if few else ""


def compared(methods: list[Any], lang: str, separator: str = "; ") -> str:
    """'pelatihan 11,2 vs 13,6; mentoring 8,7 vs 10,5' (the dinas's participants' mean, then the province's)."""
    return separator.join(t("lg_item", lang, metode=label(m["metode"], lang), dinas=fmt.number(m["rata_gain"], 1, lang),
                            provinsi=fmt.number(m["rata_gain_provinsi"], 1, lang), n=fmt.integer(m["n"], lang))
                          for m in methods)


def counts(item: Lagging, lang: str) -> str:
    """'8 kegiatan, 192 peserta': what the dinas's adjusted gain counts (its participants; its activities summed over
    its methods), so that a list of dinas carries each one's n (P3, session 8)."""
    people = fmt.integer((item.gain or {}).get("n") or sum(m["n"] for m in item.mix), lang)
    activities = [m.get("n_kegiatan") for m in item.mix]
    if not activities or any(count is None for count in activities):
        return t("lg_counts_people", lang, n=people)
    return t("lg_counts", lang, n_keg=fmt.integer(sum(activities), lang), n=people)


def to_review(item: Lagging, own_rows: Collection[str]) -> list[str]:
    """The methods the follow-up asks the dinas to review: those lower than the province's (lower_methods), without
    the ones that already have a stop-or-redesign row of their own for this dinas (``own_rows``), unless that leaves
    none; [] when no method is lower."""
    lower = [m["metode"] for m in lower_methods(item)]
    return [m for m in lower if m not in own_rows] or lower


def reviewed_elsewhere(item: Lagging, own_rows: Collection[str], lang: str) -> str:
    """' Seminar dan e-learning, yang juga lebih rendah, ditinjau pada rekomendasi rancang ulangnya sendiri (BAB X).':
    the lower methods the step leaves to their own stop-or-redesign rows (to_review), named after it, so that its
    methods add up to the evidence's count (LOOK20 V-5: 'pada 5 dari 5 metode' beside a review of three); ''."""
    review = to_review(item, own_rows)
    rest = [label(m["metode"], lang) for m in lower_methods(item) if m["metode"] not in review]
    if not rest:
        return ""
    names = phrases.and_(rest, lang)
    return t("lg_own_rows", lang, daftar=names[:1].upper() + names[1:], n=len(rest))


def methods_text(methods: list[str], lang: str) -> str:
    """'pelatihan dan mentoring', or without a lower method the dinas's activities in general."""
    return phrases.and_([label(m, lang) for m in methods], lang) if methods else t("lg_all_methods", lang)


def figures(item: Lagging, hasil: Hasil, lang: str) -> dict[str, str]:
    """The numbers every sentence about the dinas quotes, as Tabel 1 and the province's list print them."""
    pooling: Any = hasil.get("pooling") or {}
    mean = pooling.get("rata_provinsi")
    rank = facts.rank_text(item.rank, lang)
    return {"nama": short_name_in(item.dinas, lang), "nilai": facts.show_value("gain", item.gain, lang),
            "jumlah": counts(item, lang),
            "prov": facts.show_value("gain", mean, lang), "peringkat": rank,
            "selisih": phrases.estimate(item.contrast, lang), "ik_selisih": phrases.ci(item.contrast, lang)}


def evidence(item: Lagging, lang: str) -> str:
    """'lebih rendah daripada provinsi pada 2 dari 2 metode (pelatihan 11,2 vs 13,6; …)', or that no method is."""
    lower = lower_methods(item)
    counted = counted_methods(item)
    if not lower:
        return t("lg_no_method", lang, rincian=compared(counted, lang)) + few_activities(item, lang)
    if len(counted) == 1:  # the one method compared by its name, not "1 dari 1 metode" (LOOK18 T-9)
        return t("lg_methods_one", lang, metode=label(lower[0]["metode"], lang), rincian=compared(lower, lang)) \
            + few_activities(item, lang)
    return t("lg_methods", lang, k=len(lower), m=len(counted), rincian=compared(lower, lang)) \
        + few_activities(item, lang)


def recommendation(hasil: Hasil, lang: str, own_rows: Collection[str] = (),
                   elsewhere: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """BAB IX 9.2's recommendation and (a dinas report) the follow-up action; None when the dinas (no dinas of the
    province) is on the list for its gain. ``own_rows``: the methods with a stop-or-redesign row of the scope. The
    step and where its finding is, in the words of the summary's brief form (methods_said): 9.1 gives the figures
    (LOOK31 C-4: the five-method list, the adjusted gain, rank and province mean printed in 9.1 and again in 9.2).
    ``elsewhere`` (the province): by dinas, where the lower methods its step leaves to their own rows are reviewed,
    said after its methods (lagging_elsewhere)."""
    found = listed(hasil)
    if not found:
        return None
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        items = [t("lg_prov_item", lang, nama=short_name_in(item.dinas, lang),
                   metode=methods_text(to_review(item, own_rows_of(hasil, item.dinas)), lang))
                 + (elsewhere or {}).get(item.dinas, "") for item in found]
        return t("rec_gain_low_prov", lang, n=len(found), daftar="; ".join(items)), ""
    item = found[0]
    methods = to_review(item, own_rows)
    return (t("rec_gain_low", lang, metode=methods_text(methods, lang), temuan=methods_said(item, lang))
            + reviewed_elsewhere(item, own_rows, lang), action(item, methods, lang))


def action(item: Lagging, methods: list[str], lang: str, province: bool = False) -> str:
    """The follow-up row's action: review the methods named with BPSDM (the province report: with the dinas)."""
    return t("pl_act_gain_low_prov" if province else "pl_act_gain_low", lang, metode=methods_text(methods, lang),
             dinas=short_name_in(item.dinas, lang))


def own_rows_of(hasil: Hasil, dinas: str) -> set[str]:
    """The methods the province's stop-or-redesign rows name for ``dinas`` (its pairs without gain or with a very
    small gain): the dinas's follow-up on its gain leaves them to those rows."""
    money: Any = hasil["anggaran_vs_peningkatan"]
    return {r["metode"] for r in [*money.get("tanpa_kenaikan", []), *money.get("sedikit_kenaikan", [])]
            if r.get("dinas") == dinas}


def province_actions(hasil: Hasil, lang: str) -> dict[str, str]:
    """The province plan's action for each dinas on the list (one row per dinas, code KENAIKAN-<DINAS>), worded from
    its owner's side, the dinas's secretariat, as the dinas's own KENAIKAN row is ('Tinjau bersama BPSDM …'; LOOK10
    N-8: 'Tinjau bersama Kesehatan …' asked Kesehatan's secretariat to review with itself)."""
    return {item.dinas: action(item, to_review(item, own_rows_of(hasil, item.dinas)), lang)
            for item in listed(hasil)}


def finding(hasil: Hasil, lang: str, own_rows: Collection[str] = ()) -> tuple[str, str] | None:
    """The summary's finding about the dinas on the list and its recommendation, with the consequence in money: the
    dinas's whole year of activities and what it bought (cost). A dinas report: the dinas itself; the province
    report: every dinas on the list, each with its own follow-up (REVIEW5b 6: rule 2 was printed in the province's
    rule list but never applied there). None when no dinas of the report is on the list."""
    found = listed(hasil)
    if not found:
        return None
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        pooling: Any = hasil.get("pooling") or {}
        items = [t("kt_gain_low_prov_item", lang, bukti=evidence(item, lang), biaya=cost(hasil, item.dinas, lang),
                   **figures(item, hasil, lang)) for item in found]
        together = total(hasil, found, lang, "kt_gain_low_prov_total")  # the summary's sum, here too (LOOK29 A-3)
        advice = [action(item, to_review(item, own_rows_of(hasil, item.dinas)), lang, province=True) for item in found]
        # one line per dinas (LOOK9 #9: three dinas with five methods each ran 25 lines in one sentence); BAB IX
        # prints each on a line of its own (html.lines), the summary gives the brief form
        return (t("kt_gain_low_prov", lang, prov=facts.show_value("gain", pooling.get("rata_provinsi"), lang),
                  n=len(found), daftar=";".join(t("kt_gain_low_prov_line", lang, item=item)
                                                for item in [*items, *([together] if together else [])])),
                # one sentence: the agencies' steps after the first go on after a semicolon, in lower case
                t("kt_rec_gain_low_prov", lang, daftar="; ".join(
                    [advice[0], *(fmt.lower_first(step) for step in advice[1:])])))
    item = found[0]
    text = t("kt_gain_low", lang, bukti=evidence(item, lang), **figures(item, hasil, lang))
    spent = cost(hasil, "", lang)
    text += t("kt_gain_low_cost", lang, biaya=spent) if spent else ""
    return text, t("kt_rec_gain_low", lang, metode=methods_text(to_review(item, own_rows), lang)) \
        + reviewed_elsewhere(item, own_rows, lang)


def spent(hasil: Hasil, dinas: str = "") -> float | None:
    """What the dinas's activities of the year cost: the dinas report's own (``dinas`` empty, its
    `kegiatan_per_metode`), or a dinas of the province report (`perbandingan_dinas.anggaran_kegiatan_rp`)."""
    if not dinas:
        return sum(r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"]) or None
    row: Any = next((r for r in hasil.get("perbandingan_dinas") or [] if r["dinas"] == dinas), None)
    return row.get("anggaran_kegiatan_rp") if row else None


def brief(hasil: Hasil, lang: str, own_rows: Collection[str] = ()) -> tuple[str, str] | None:
    """The summary's form of ``finding`` (R6-16, plancode8: the province's finding ran ~30 lines, every dinas's
    per-method means and cost per point, beside a lead paragraph with the same figures): one line per dinas with its
    adjusted gain, difference from the province mean and its year's activity cost, and the step; the per-method
    detail stays in BAB IX (9.1 keeps ``finding``'s text, 9.2 the recommendation). None when no dinas is listed."""
    found = listed(hasil)
    if not found:
        return None
    pooling: Any = hasil.get("pooling") or {}
    mean = facts.show_value("gain", pooling.get("rata_provinsi"), lang)
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        costs = [spent(hasil, item.dinas) for item in found]
        items = [t("kt_gain_low_brief_item", lang, nama=short_name_in(item.dinas, lang),
                   nilai=facts.show_value("gain", item.gain, lang), selisih=phrases.estimate(item.contrast, lang),
                   ik_selisih=phrases.ci(item.contrast, lang),
                   biaya=t("kt_gain_low_brief_cost", lang, biaya=fmt.rupiah(money, lang)) if money else "")
                 for item, money in zip(found, costs, strict=True)]
        names = phrases.and_([short_name_in(item.dinas, lang) for item in found], lang)
        return (t("kt_gain_low_prov_brief", lang, prov=mean, n=len(found), daftar="; ".join(items),
                  total=total(hasil, found, lang, "kt_gain_low_brief_total")),
                t("kt_rec_gain_low_prov_brief", lang, dinas=names))
    item = found[0]
    methods = methods_said(item, lang)
    money = spent(hasil)
    text = t("kt_gain_low_brief", lang, nama=short_name_in(item.dinas, lang),
             nilai=facts.show_value("gain", item.gain, lang), prov=mean, selisih=phrases.estimate(item.contrast, lang),
             ik_selisih=phrases.ci(item.contrast, lang), peringkat=facts.rank_text(item.rank, lang),
             biaya=t("kt_gain_low_brief_spent", lang, tahun=hasil["tahun"], biaya=fmt.rupiah(money, lang))
             if money else "", metode=methods)
    return text, t("kt_rec_gain_low", lang, metode=methods_text(to_review(item, own_rows), lang)) \
        + reviewed_elsewhere(item, own_rows, lang)


def methods_said(item: Lagging, lang: str) -> str:
    """'untuk metode yang sama, rata-rata kenaikan pesertanya lebih rendah daripada di provinsi pada 5 dari 5 metode':
    the per-method evidence in a few words, its figures in 9.1 (the summary's finding and 9.2's step point there). One
    method compared: named, with the methods left out for too few activities (LOOK18 T-9: "pada 1 dari 1 metode" read
    as every method where mentoring, 17% of the participants, was not compared)."""
    lower, counted = lower_methods(item), counted_methods(item)
    if len(lower) > 1 or lower and len(counted) > 1:
        return t("kt_gain_low_brief_methods", lang, k=len(lower), m=len(counted))
    if lower:
        return t("kt_gain_low_brief_method_one", lang, metode=label(lower[0]["metode"], lang),
                 lain=_left_out(item, lang))
    return t("kt_gain_low_brief_no_method", lang)


def total(hasil: Hasil, found: list[Lagging], lang: str, key: str) -> str:
    """What the listed dinas's activities cost together and their share of the province's activity cost, in the words
    of ``key`` (the summary's clause, 9.1's line: one sum, LOOK29 A-3); '' with fewer than two costs known."""
    every = sum(r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"])
    known = [money for money in (spent(hasil, item.dinas) for item in found) if money]
    if len(known) < 2 or not every:
        return ""
    return t(key, lang, biaya=fmt.rupiah(sum(known), lang), porsi=fmt.percent_of(sum(known), every, lang))


def cost(hasil: Hasil, dinas: str, lang: str) -> str:
    """What the lagging dinas's year of activities cost and what it bought (REVIEW5b 6): 'biaya kegiatan 2025 Rp 2,0
    miliar (15% biaya kegiatan provinsi) untuk kenaikan nilai peserta 0,8 poin (…) yang belum pasti di atas nol,
    sehingga biaya per poinnya tidak dapat dihitung'. A cost per point withheld because the gain may be zero or is
    not positive is the finding itself, said with its figures, never a blank; one that was computed is quoted with
    the province's beside it. ``dinas`` empty: the dinas report's own scope; else a dinas of the province report
    (`perbandingan_dinas`). '' without the figures."""
    money: Any = hasil["anggaran_vs_peningkatan"]
    every = sum(r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"])
    province_cost: Any = money["biaya_per_poin_semua"]
    if dinas:
        row: Any = next((r for r in hasil.get("perbandingan_dinas") or [] if r["dinas"] == dinas), None)
        if row is None or row.get("anggaran_kegiatan_rp") is None:
            return ""
        spent, per_point = row["anggaran_kegiatan_rp"], row["biaya_per_poin"]
        share = fmt.percent_of(spent, every, lang) if every else None
    else:
        spent, per_point, share = every, province_cost, None
        against: Any = hasil.get("perbandingan_provinsi") or {}
        compared = {r["kunci"]: r for r in against.get("indikator") or []}
        province_cost = (compared.get("biaya_per_poin") or {}).get("provinsi")
    if not spent:
        return ""
    head = t("lg_cost", lang, tahun=hasil["tahun"], biaya=fmt.rupiah(spent, lang),
             porsi=t("lg_cost_share", lang, porsi=share) if share else "")
    reason = per_point.get("alasan") if per_point else None
    mean = per_point.get("rata_gain") if per_point else None
    if reason == "gain_belum_jelas" and mean is not None:
        # the mean the interval belongs to (`gain_rata`, every scored activity), not the costed ones' `rata_gain`
        ends = (per_point.get("gain_bawah"), per_point.get("gain_atas"))
        shown, *interval = fmt.figures((reasons.judged_gain(per_point), *ends), "poin_tes", lang)
        within = fmt.interval_text(interval[0], interval[1], lang) if None not in ends else ""
        return head + t("lg_cost_unsure", lang, rata=shown, ik=f" ({within})" if within else "")
    if reason == "gain_tidak_positif" and mean is not None:
        return head + t("lg_cost_not_positive", lang, rata=fmt.figure(mean, "poin_tes", lang))
    if per_point and per_point.get("cukup_data"):
        beside = t("lg_cost_province", lang, biaya=phrases.estimate(province_cost, lang, "rp_per_poin")) \
            if province_cost and province_cost.get("cukup_data") else ""
        return head + t("lg_cost_per_point", lang, biaya=phrases.estimate(per_point, lang, "rp_per_poin"),
                        ik=phrases.ci(per_point, lang, "rp_per_poin"), provinsi=beside)
    return head
