"""The province's method × dinas pairs: how a province-wide method row spreads over them, those without an estimate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.budget import MethodOutsideFindings, MethodWithoutEstimate
from evalasn.analysis.contract.estimate import Interval
from evalasn.report.chapters import no_gain
from evalasn.report.words import fmt, phrases, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


@dataclass(frozen=True)
class Spread:
    """How a province-wide method row spreads over the dinas (the province report; analysis.pooling.method_mix):
    the dinas with a finding of their own for the method (``judged``: their rows of `tanpa_kenaikan` or
    `sedikit_kenaikan`), those with too few of its activities to be judged alone (``small``: slug and activities,
    fewer than constants.MIN_CLUSTERS, the minimum for a gain's interval, no finding of their own), those with
    enough and no finding (``fine``: slug, activities, participants; LOOK10 N-3: Pendidikan's ten seminars were in
    neither list), how many dinas ran it, and the gain of its participants outside the judged dinas (``outside``:
    `anggaran_vs_peningkatan.di_luar_temuan_dinas`, clustered by activity; ``others`` its mean, None without any).
    ``stands``: the province-wide row is the finding, not the judged dinas's alone (no judged dinas, or the others
    gained on average no more than the row's upper end). ``driven``: the whole interval of the difference between
    the others and the judged dinas (`selisih_dengan_temuan`) lies above zero, so the row comes mainly from the
    judged dinas (LOOK12 K-2: not the overlap of two intervals); neither: only what was observed is said."""

    judged: tuple
    small: tuple[tuple[str, int], ...]
    dinas: int
    others: float | None
    others_n: int
    stands: bool
    fine: tuple[tuple[str, int, int], ...] = ()
    outside: MethodOutsideFindings | None = None
    driven: bool = False


def spread(hasil: Hasil, metode: str, upper: float | None) -> Spread:
    """The Spread of ``metode``'s province-wide row whose gain interval ends at ``upper``."""
    money = hasil["anggaran_vs_peningkatan"]
    judged = tuple(r for r in [*money.get("tanpa_kenaikan", []), *money.get("sedikit_kenaikan", [])]
                   if r.get("dinas") is not None and r["metode"] == metode)
    named = {r["dinas"] for r in judged}
    mixes = [(row["dinas"], m) for row in (hasil.get("pooling") or {}).get("per_dinas") or []
             for m in row.get("campuran_metode") or [] if m["metode"] == metode]
    # the analysis's record of the same dinas left out (another set would be another comparison: none is made)
    # an estimate, or the participants' mean of too few activities for an interval (said as such); any other
    # withheld record (too few participants, no spread) is no comparison at all
    outside = next((r for r in money.get("di_luar_temuan_dinas") or [] if r["metode"] == metode
                    and set(r["dinas_dikecualikan"]) == named and r.get("n")
                    and (r.get("cukup_data") or (r.get("alasan") == "kegiatan_kurang_klaster"
                                                 and r.get("rata_peserta") is not None))), None)
    mean = None if outside is None else outside["estimasi"] if outside.get("cukup_data") else outside["rata_peserta"]
    # judged alone = a gain with its own interval (constants.MIN_CLUSTERS activities), as the rows of `judged` are
    small = tuple((slug, m.get("n_kegiatan") or 0) for slug, m in mixes
                  if slug not in named and (m.get("n_kegiatan") or 0) < constants.MIN_CLUSTERS)
    fine = tuple((slug, m.get("n_kegiatan") or 0, m.get("n") or 0) for slug, m in mixes
                 if slug not in named and (m.get("n_kegiatan") or 0) >= constants.MIN_CLUSTERS)
    # without the others' participants the judged dinas's own rows are the finding, as before
    stands = not judged or (mean is not None and upper is not None and mean <= upper)
    gap = outside.get("selisih_dengan_temuan") if outside is not None else None
    driven = bool(judged) and not stands and gap is not None and bool(gap.get("cukup_data")) \
        and (gap.get("ci_bawah") or 0.0) > 0
    return Spread(judged, small, len(mixes), mean, int(outside["n"]) if outside else 0, stands, fine, outside,
                  driven)


def outside_figure(outside: MethodOutsideFindings, lang: str) -> str:
    """'3,3 poin (rentang keyakinan 95%: 2,3 s.d. 4,3; 28 kegiatan, 677 peserta bernilai pre dan post)': the gain
    outside the judged dinas (Spread.outside), or its participants' mean with why it has no interval."""
    if outside.get("cukup_data"):
        return t("kt_others_figure", lang, nilai=phrases.estimate(outside, lang), ik=phrases.ci(outside, lang),
                 dasar=no_gain.gain_basis(outside, lang))
    mean = outside.get("rata_peserta", outside.get("estimasi"))
    return t("kt_others_figure_no_interval", lang, nilai=fmt.figure(mean, "poin_tes", lang),
             k=outside.get("n_kegiatan") or 0, min=constants.MIN_CLUSTERS, n=fmt.integer(outside["n"], lang))


def outside_comparison(found: Spread, gain, lang: str) -> str:
    """The outside gain set against the judged dinas's by their difference and its interval (LOOK12 K-2): ', 3,2 poin
    lebih tinggi daripada di 4 dinas itu (rentang keyakinan 95%: 1,9 s.d. 4,5)' (LOOK24 V2-7; its counts are
    both groups', the row's own, printed with the row: LOOK23 Z-3), then what the data show or do not show; no
    difference: cannot be judged; '' when the row stands or has no outside record."""
    if found.stands or found.outside is None:
        return ""
    gap = found.outside.get("selisih_dengan_temuan")
    if gap is None or not gap.get("cukup_data"):
        return t("kt_others_no_interval", lang)
    value = gap.get("estimasi") or 0.0
    size = phrases.estimate(cast(Interval, {"estimasi": abs(value), "ci_bawah": gap.get("ci_bawah"),
                                            "ci_atas": gap.get("ci_atas")}), lang)
    # as printed: a difference that rounds to 0 is "the same" (no digit but 0 in it)
    way = "same" if not re.search(r"[1-9]", size) else "higher" if value > 0 else "lower"
    return t(f"kt_others_gap_{way}", lang, nilai=size, itu=those_dinas(found, lang), ik=phrases.ci(gap, lang)) \
        + ("" if found.driven else t("kt_others_not_shown", lang))


def those_dinas(found: Spread, lang: str) -> str:
    """'4 dinas itu' or 'dinas itu': the judged dinas referred back to."""
    count = len(found.judged)
    return t("kt_those_dinas", lang, n=count) if count > 1 else t("kt_that_dinas", lang)


def judged_money_said(found: Spread, lang: str, key: str, metode: str = "") -> str:
    """' (Rp 456 juta, 47% biayanya)': the judged dinas's money for the method and its share of the province-wide
    row's (`di_luar_temuan_dinas[].anggaran_dikecualikan_rp`, `persen_anggaran_dikecualikan`; LOOK23 Z-3); '' when
    the results do not hold them."""
    if found.outside is None:
        return ""
    spent, share = found.outside.get("anggaran_dikecualikan_rp"), found.outside.get("persen_anggaran_dikecualikan")
    if spent is None or share is None:
        return ""
    return t(key, lang, biaya=fmt.rupiah(spent, lang), porsi=fmt.percent(share, 0, lang),
             metode=label(metode, lang) if metode else "")


def outside_said(found: Spread, gain, metode: str, lang: str) -> str:
    """BAB IX 9.1's sentence on the participants outside the judged dinas (LOOK11 L-3): ' Di luar dinas yang punya
    temuan sendiri, peserta seminar rata-rata berubah 3,3 poin (rentang keyakinan 95%: …; 28 kegiatan, 677 peserta
    …); kenaikan itu dikurangi kenaikan peserta di 4 dinas itu: 3,2 poin (…).', then, only when ``driven``, ' Jadi
    kenaikan sangat kecil seluruh provinsi ini terutama berasal dari 4 dinas itu (Rp 456 juta, 47% biaya seminar).'
    (LOOK23 Z-3); '' when the row stands."""
    comparison = outside_comparison(found, gain, lang)
    if not comparison or found.outside is None:
        return ""
    mainly = t("kt_others_mainly", lang, kenaikan=no_gain.little_words(gain, lang), itu=those_dinas(found, lang),
               uang=judged_money_said(found, lang, "kt_others_money", metode)) if found.driven else ""
    return t("kt_others", lang, metode=label(metode, lang), nilai=outside_figure(found.outside, lang)) + comparison \
        + mainly + "."


def without_estimate_dinas(hasil: Hasil) -> list[MethodWithoutEstimate]:
    """The province report's method x dinas pairs that spent money in the year with no estimate of their gain
    (`anggaran_vs_peningkatan.tanpa_estimasi` rows with a dinas: too few activities or participants to be judged
    alone), largest budget first within each method in the report's order of methods; empty in a dinas report (its
    own such methods are rows of BAB IV's cost table, with their reason). P4, session 8: these pairs passed through
    no money-without-gain check and were never named."""
    rows = [r for r in hasil["anggaran_vs_peningkatan"].get("tanpa_estimasi", []) if r.get("dinas")]
    order = {metode: k for k, metode in enumerate(constants.METODE)}
    return sorted(rows, key=lambda r: (order.get(r["metode"], len(order)), -r["anggaran_rp"]))


# the reasons the rule said once covers: too few participants (constants.MIN_N) or activities (MIN_CLUSTERS)
RULE_CODES = ("peserta_kurang", "kegiatan_kurang_klaster")


def without_estimate_said(hasil: Hasil, lang: str) -> tuple[str, list[str]]:
    """BAB IV of the province: the pairs without a gain estimate, their total and the rule that withheld them said
    once, then one line per method, each pair with its cost, activities and participants (LOOK10 N-2: the rule and
    a mean without interval were repeated 39 times): 'Seminar Rp 163 juta di 8 dinas: Bina Marga Rp 8,1 juta
    (1 kegiatan, 12 peserta); …'. A pair withheld for another reason keeps its own. ('', []) without any."""
    rows = without_estimate_dinas(hasil)
    if not rows:
        return "", []
    ruled = lambda r: r.get("alasan") in RULE_CODES and bool(r.get("n_kegiatan"))  # noqa: E731
    rule = (t("b_no_estimate_rule", lang, min_keg=constants.MIN_CLUSTERS, min_n=constants.MIN_N)
            if any(ruled(r) for r in rows) else "")
    groups, unpriced = [], 0
    for metode in dict.fromkeys(r["metode"] for r in rows):
        of_method = [r for r in rows if r["metode"] == metode]
        items = [t("b_no_estimate_item", lang, dinas=short_name_in(r["dinas"] or "", lang),
                   biaya=fmt.rupiah(r["anggaran_rp"], lang), k_keg=r["n_kegiatan"],
                   keg=fmt.integer(r["n_kegiatan"], lang), n=fmt.integer(r["n"], lang),
                   alasan="" if ruled(r) else reasons.reason(r, lang) + "; ")
                 for r in of_method]
        free = [t("b_no_estimate_free_item", lang, dinas=short_name_in(slug, lang), k_keg=count,
                  keg=fmt.integer(count, lang), n=fmt.integer(n, lang))
                for slug, count, n in unpriced_pairs(hasil, metode, {str(r["dinas"]) for r in of_method})]
        unpriced += len(free)
        groups.append(fmt.capitalised(t("b_no_estimate_group", lang, metode=label(metode, lang),
                                            biaya=fmt.rupiah(sum(r["anggaran_rp"] for r in of_method), lang),
                                            k=len(of_method), daftar="; ".join(items)))
                      + (t("b_no_estimate_free", lang, daftar=phrases.and_(free, lang)) if free else ""))
    # the pairs without a recorded cost are listed too, so the count names them (LOOK22 Y-5: "39 pasangan" over a
    # list of 41)
    intro = t("b_no_estimate", lang, jumlah=fmt.rupiah(sum(r["anggaran_rp"] for r in rows), lang), k=len(rows),
              bebas=t("b_no_estimate_unpriced", lang, bebas=unpriced) if unpriced else "", aturan=rule)
    return intro, groups


def unpriced_pairs(hasil: Hasil, metode: str, priced: set[str]) -> list[tuple[str, int, int]]:
    """(dinas, activities, participants with both scores) of ``metode``'s pairs too small to be judged alone
    (fewer than constants.MIN_CLUSTERS activities or constants.MIN_N participants; analysis.pooling.method_mix) that
    are not among the ``priced`` dinas of BAB IV's money list: their activities recorded no cost. 9.1 counts them
    among the dinas with too few activities (LOOK11 L-7: 11 seminar dinas in BAB IV, 13 in 9.1)."""
    mixes = [(row["dinas"], m) for row in (hasil.get("pooling") or {}).get("per_dinas") or []
             for m in row.get("campuran_metode") or [] if m["metode"] == metode]
    small = [(str(slug), int(m.get("n_kegiatan") or 0), int(m.get("n") or 0)) for slug, m in mixes
             if slug not in priced and ((m.get("n_kegiatan") or 0) < constants.MIN_CLUSTERS
                                        or (m.get("n") or 0) < constants.MIN_N)]
    return sorted(small, key=lambda pair: (-pair[1], -pair[2], pair[0]))


def dinas_findings(hasil: Hasil) -> set[str]:
    """The methods for which some dinas has a finding of its own in the province's lists (a method × dinas pair
    without gain, `tanpa_kenaikan`, or with a very small one, `sedikit_kenaikan`); empty in a dinas report."""
    money = hasil["anggaran_vs_peningkatan"]
    pairs = [*money.get("tanpa_kenaikan", []), *money.get("sedikit_kenaikan", [])]
    return {r["metode"] for r in pairs if r.get("dinas") is not None}
