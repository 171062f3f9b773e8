"""Rule 1b, coverage below its target: where its step starts, its recommendation and its plan action."""

from __future__ import annotations

from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import ProportionEstimate, bounds, point
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import html
from evalasn.report.chapters.jp_rule import small_named
from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t
from evalasn.report.words.units import unit_name


def lowest_coverage(hasil: Hasil, lang: str, target: float | None = None, shown: int = 3,
                    with_values: bool = False) -> str:
    """'Puskesmas A, Puskesmas B, Puskesmas C': the units with the lowest coverage (`pelaksanaan.cakupan_unit_terendah`;
    in the province report the dinas, from `perbandingan_dinas`), lowest first, those below ``target`` (percent)
    only; '' when none is large enough to rank (the JP20 rule names its units the same way). ``with_values``: each
    with its coverage and interval ('Puskesmas A 40,0% (21,9–61,3)'), as the summary's finding names them."""
    chosen = coverage_lowest(hasil, lang, target, shown)
    if with_values:  # each with the staff it is a share of (P3, session 8)
        return ", ".join(f"{name} {share_range(share, lang, t('who_asn', lang))}" for name, share in chosen)
    return ", ".join(name for name, _ in chosen)


def coverage_lowest(hasil: Hasil, lang: str, target: float | None = None,
                    shown: int = 3) -> list[tuple[str, ProportionEstimate]]:
    """(name, coverage) of the units (the province: dinas) lowest_coverage names, lowest first: below ``target`` and
    below the scope's own coverage (a unit above it does better than the scope, LOOK11 L-8)."""
    own = hasil["pelaksanaan"].get("cakupan_asn") or {}
    ceilings = [v for v in (target, 100 * point(own) if own.get("cukup_data") else None) if v is not None]
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        rows = hasil.get("perbandingan_dinas", [])
        ranked = sorted(((short_name_in(r["dinas"], lang), r["cakupan_asn"]) for r in rows
                         if r["cakupan_asn"]["cukup_data"]), key=lambda pair: point(pair[1]))
    else:
        ranked = [(unit_name(r["unit_kerja"], lang), r["cakupan"])
                  for r in hasil["pelaksanaan"].get("cakupan_unit_terendah", []) if r["cakupan"]["cukup_data"]]
    return [(name, share) for name, share in ranked if all(point(share) * 100 < v for v in ceilings)][:shown]


def coverage_recommendation(hasil: Hasil, lang: str, target: float) -> tuple[str, str, str]:
    """(the recommendation, its plan step, its summary form) for a coverage below ``target`` (percent): from the
    units (the province: dinas) below the target and the scope's own coverage (coverage_lowest), and, as the 20 JP
    step does (jp_rule; LOOK12 K-6), the units too small to rank when together they are below that coverage too;
    from those alone when no ranked unit is (CHECK11 C11-2)."""
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    chosen = coverage_lowest(hasil, lang, target)
    units = lowest_coverage(hasil, lang, target, with_values=True)
    coverage = facts.as_target_unit("cakupan_asn", hasil["pelaksanaan"]["cakupan_asn"])
    now = dict(persen=fmt.percent(coverage[0] if coverage else None, 1, lang),
               target=fmt.percent_target(target, lang=lang),
               siapa=t("rec_coverage_dinas" if province else "rec_coverage_units", lang))
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    if not units:
        said = coverage_small(hasil, lang)
        everyone: Any = hasil["pelaksanaan"]["cakupan_asn"]
        if said and not hasil["pelaksanaan"].get("cakupan_unit_terendah") and everyone.get("jumlah") is not None:
            # every unit small: no larger unit to set them against; how many are left (CHECK13 D13-7)
            text = t("rec_coverage_small_all", lang, kecil=said, min=constants.MIN_N,
                     belum=fmt.integer(everyone["n"] - everyone["jumlah"], lang),
                     n=fmt.integer(everyone["n"], lang), **now)
        else:
            text = t("rec_coverage_small", lang, kecil=said, **now) if said else \
                t("rec_coverage_all", lang, unit="", **now)
        return text, coverage_action(hasil, lang, target), ""
    also = coverage_small(hasil, lang, also=True)
    # the dinas report's figures are in BAB II's table of units by coverage (coverage_table; LOOK37 L-5), the
    # province's in Tabel 11 beside every dinas
    where = "" if province else t("rec_coverage_table", lang, tabel=html.table_ref(COVERAGE_UNITS))
    text = t("rec_coverage", lang, unit=units + also, tabel=where, **now)
    kecil = t("rec_coverage_brief_small", lang, k=small["n_unit"], min=constants.MIN_N,
              nama=small_named(small, lang)) if also else ""
    brief = t("rec_coverage_brief_one", lang, unit=chosen[0][0], kecil=kecil, **now) if len(chosen) == 1 else \
        t("rec_coverage_brief", lang, n=len(chosen), kecil=kecil, **now)
    return text, coverage_action(hasil, lang, target), brief


# the key by which the recommendation names BAB II's table of units by coverage (html.table_ref)
COVERAGE_UNITS = "cakupan-unit"


def coverage_table(hasil: Hasil, lang: str) -> str:
    """BAB II's table of the units with the lowest coverage (`pelaksanaan.cakupan_unit_terendah`), each with its share,
    interval and ASN, and the small units together when the recommendation names them (coverage_small): every unit
    figure the coverage recommendation quotes is in it (LOOK37 L-5: "Suku Dinas Perhubungan Jakarta Timur 23,1% (11,0–
    42,1; 26 ASN)" was in no table). '' in the province report (its dinas are in Tabel 11) or without such units."""
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        return ""
    pelaksanaan: Any = hasil["pelaksanaan"]
    rows = [[unit_name(r["unit_kerja"], lang), fmt.integer(r["cakupan"]["n"], lang), share_range(r["cakupan"], lang)]
            for r in pelaksanaan.get("cakupan_unit_terendah", []) if r["cakupan"]["cukup_data"]]
    if coverage_small(hasil, lang):
        small = pelaksanaan["cakupan_unit_kecil"]
        share = share_range(small, lang) if small.get("cukup_data") and small.get("ci_bawah") is not None \
            else fmt.percent(100 * small["jumlah"] / small["n"], 1, lang)
        rows.append([t("i_coverage_small_row", lang, k=small["n_unit"], min=constants.MIN_N,
                       nama=small_named(small, lang)),
                     fmt.integer(small["n"], lang), share])
    if not rows:
        return ""
    header = [label("unit", lang), label("n_asn", lang), label("persen_cakupan_ik", lang)]
    return html.table(header, rows, t("i_tab_coverage_units", lang, min_n=constants.MIN_N), numeric={1, 2},
                      ref=COVERAGE_UNITS)


def coverage_small(hasil: Hasil, lang: str, also: bool = False) -> str:
    """'4 unit kecil (< 10 ASN) bersama-sama: 0,0% (0,0–24,2; 12 ASN), di bawah 78,3%': the units too small to rank
    by coverage, together, when their share is below the scope's own (a dinas report; CHECK11 C11-2: 12 of the 13 ASN
    without any activity were in four units of 3 ASN); '' otherwise. ``also``: said after ranked units below it,
    '; 4 unit kecil … juga di bawah 78,3%'."""
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    own = hasil["pelaksanaan"].get("cakupan_asn") or {}
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG or not small or not small.get("n_unit") or not small.get("n") \
            or not own.get("cukup_data") or small["jumlah"] / small["n"] >= point(own):
        return ""
    if small.get("cukup_data") and small.get("ci_bawah") is not None:
        share = share_range(small, lang, t("who_asn", lang))
    else:
        share = t("rec_coverage_small_count", lang, jumlah=fmt.integer(small["jumlah"], lang),
                  n=fmt.integer(small["n"], lang), persen=fmt.percent(100 * small["jumlah"] / small["n"], 1, lang))
    return t("rec_coverage_small_also" if also else "rec_coverage_small_units", lang, min=constants.MIN_N,
             nama=small_named(small, lang),
             k=small["n_unit"], jumlah=share, persen=fmt.share(point(own), 1, lang))


def share_range(share: ProportionEstimate, lang: str, who: str = "") -> str:
    """'40,0% (21,9–61,3)': a share (0–1) with its interval, as phrases.percent_range prints a unit's; with ``who``
    the count it is a share of: '40,0% (21,9–61,3; 20 ASN)'."""
    low, high = bounds(share)
    return phrases.percent_range(100 * point(share), 100 * low, 100 * high, lang, share.get("n") if who else None,
                                 who)


def coverage_action(hasil: Hasil, lang: str, target: float | None = None) -> str:
    """The coverage row's step (plan row CAKUPAN): schedule an activity for those who took none, starting with the
    lowest units (lowest_coverage) by name."""
    units = lowest_coverage(hasil, lang, target)
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    small: Any = hasil["pelaksanaan"].get("cakupan_unit_kecil")
    below = bool(coverage_small(hasil, lang))
    if not units and below:
        return t("pl_act_coverage_small", lang, min=constants.MIN_N, k=small["n_unit"], nama=small_named(small, lang))
    return t("pl_act_coverage" if units else "pl_act_coverage_all", lang, unit=units,
             siapa=t("rec_coverage_dinas" if province else "rec_coverage_units", lang)) \
        + (t("pl_act_coverage_also_small", lang, min=constants.MIN_N, k=small["n_unit"],
             persen=fmt.share(point(hasil["pelaksanaan"]["cakupan_asn"]), 1, lang),
             nama=small_named(small, lang)) if units and below else "")
