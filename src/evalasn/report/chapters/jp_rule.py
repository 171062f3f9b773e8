"""Where the 20 JP recommendation (rules, rule 1) starts. The province report starts from the dinas its attention
list flags for 20 JP (analysis.attention: a share clearly below the rest of the province), as the coverage row starts
from the dinas with the lowest coverage (LOOK11 L-2: the summary named Sumber Daya Air as lagging on 20 JP and no
recommendation or plan row acted on it); then, in every report, the lowest units below the scope's own figure (a
unit above it does better than the scope: LOOK11 L-8) and below the target; and it says when the units too small to
be ranked on their own (fewer than constants.MIN_N PNS) are below that figure too."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import point
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.words import fmt, phrases, uncertainty
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import t
from evalasn.report.words.units import unit_name

SHOWN_UNITS = 3
# Activities too short rather than staff left out (CHECK11 C11-12): most staff take part (the coverage's whole 95%
# interval at or above SHORT_COVERAGE percent) while the mean JP per PNS stays, over its whole interval, below
# SHORT_MEAN_JP, half the yearly 20 JP (constants.JP_MINIMUM_PER_YEAR): going to the lowest units cannot close a
# shortfall that is in the length of every unit's activities, so the step asks for longer activities or series.
SHORT_COVERAGE = 75.0
SHORT_MEAN_JP = constants.JP_MINIMUM_PER_YEAR / 2
# the lowest units' list from unit_terendah is complete when it holds fewer than the model stage keeps
# (analysis.compliance.compliance's worst_units); only then a tie says "k dari n unit"
RANKED_KEPT = 10


def all_ranked(units: list[Any]) -> bool:
    """Whether the lowest units' list ``unit_terendah`` holds every unit ranked (fewer than RANKED_KEPT): then BAB
    II's table is titled by 20-JP compliance, lowest first, not "the lowest" (LOOK36 K-10)."""
    return len(units) < RANKED_KEPT


@dataclass(frozen=True)
class JpStart:
    """The dinas flagged for 20 JP (attention tests, lowest share first; empty in a dinas report), the lowest units
    below the scope's figure and the target (at most SHOWN_UNITS), and the small units together when their share is
    below the scope's figure (else None); ``below``: how many ranked units are below both (``units`` the lowest of
    them), ``at_least`` when the model's list (RANKED_KEPT) may have cut more off."""

    dinas: tuple[Any, ...]
    units: tuple[Any, ...]
    small: Any = None
    below: int = 0
    at_least: bool = False
    only: Any = None  # a dinas's one work unit (only_unit): no lowest unit to start from


def only_unit(hasil: Hasil) -> Any:
    """The one work unit of a dinas all of whose counted PNS are in it (`jp_20.unit_terendah` holds it alone, no small
    unit): its share is the dinas's, so there is no lowest unit to start from and no table of lowest units (CHECK15
    E15-10: Sumber Daya Air was told "mulai dari" its only unit, under a "lowest units" table of one); else None."""
    jp_20: Any = hasil["pelaksanaan"]["jp_20"]
    ranked, small = jp_20["unit_terendah"], jp_20.get("unit_kecil") or {}
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG or len(ranked) != 1 or small.get("n_unit"):
        return None
    return ranked[0] if ranked[0]["n"] == jp_20["keseluruhan"].get("n") else None


def start(hasil: Hasil, target: float) -> JpStart:
    """Where to start for a 20 JP share below ``target`` (percent)."""
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    alone = only_unit(hasil)
    if alone is not None:
        return JpStart((), (), only=alone)
    figure = 100 * point(jp_20["keseluruhan"])
    flagged: list[Any] = []
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        attention: Any = hasil.get("perhatian") or {}
        tests = attention.get("uji") or []
        flagged = sorted((u for u in tests if u["temuan"] == "jp_20" and u["ditandai"]),
                         key=lambda u: (u["estimasi"], u["dinas"]))
    # below the target (REVIEW5b 19) and below the scope's own figure (LOOK11 L-8)
    lower = [r for r in jp_20["unit_terendah"] if r["persen_memenuhi"] < min(target, figure)]
    units = lower[:SHOWN_UNITS]
    if units:  # ties at the printed value are named together, never cut by size (CHECK11 C11-12)
        last = _printed(units[-1])
        units += [r for r in lower[SHOWN_UNITS:] if _printed(r) == last]
    small: Any = jp_20.get("unit_kecil")
    if small and hasil["cakupan"]["slug"] == PROVINCE_SLUG:  # units of many dinas: counted, not named (small_named)
        small = {key: value for key, value in small.items() if key != "unit_kerja"}
    below = bool(small and small.get("n_unit") and small.get("n") and small.get("jumlah") is not None
                 and 100 * small["jumlah"] / small["n"] < figure)
    ranked = jp_20["unit_terendah"]
    cut = len(lower) == len(ranked) >= RANKED_KEPT
    # the model's count before the list was cut (LOOK20 W-17: "dari sedikitnya 10 unit"), the units below the scope's
    # figure, the line here whenever the rule fires (figure below target); "at least" only for results without it
    counted = jp_20.get("n_unit_di_bawah")
    if cut and counted is not None and figure <= target:
        return JpStart(tuple(flagged), tuple(units), small if below else None, max(counted, len(lower)))
    return JpStart(tuple(flagged), tuple(units), small if below else None, len(lower), cut)


def recommendation(hasil: Hasil, lang: str, target: float) -> tuple[str, str, str]:
    """(the recommendation, its follow-up action, its summary form) for a 20 JP share below ``target``: 'Naikkan
    pemenuhan 20 JP (kini 64,8%; target 100%); mulai dari dinas yang jelas di bawah dinas lain: Sumber Daya Air
    50,3% (42,8–57,8) …, lalu unit terendah di bawah 64,8%: …'. The summary form is '' when the text names nothing
    (it is short)."""
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    found = start(hasil, target)
    now = fmt.share(jp_20["keseluruhan"]["estimasi"], 1, lang)
    share_now = dict(persen=now, target=fmt.percent_target(target, lang=lang))
    names = phrases.and_([short_name_in(u["dinas"], lang) for u in found.dinas], lang)
    units = _units(found.units, len(hasil["pelaksanaan"]["jp_20"]["unit_terendah"]), province, lang)
    small = _small(found.small, now, lang) if found.small else ""
    # the lowest few of more units below: counted where they are named (LOOK18 T-3: 'utamakan unit di bawah 61,6%:'
    # then 3 names read as all the units below, where Tabel 3 lists 9; the summary's count, jp_brief_units_of)
    of = "_of" if units and found.below > len(found.units) else ""
    counted = dict(n=len(found.units), semua=t("jp_brief_at_least" if found.at_least else "jp_brief_count", lang,
                                               m=found.below))
    if found.dinas:
        dinas = phrases.and_([f'{short_name_in(u["dinas"], lang)} {uncertainty.jp_share(hasil, u, lang)}'
                              for u in found.dinas], lang)
        where = t("jp_start_dinas", lang, dinas=dinas) + (t("jp_then_units" + of, lang, persen=now, unit=units,
                                                            **counted) if units else "")
    elif units:
        where = t("jp_start_units" + of, lang, persen=now, unit=units, **counted)
    elif found.small:
        # no ranked unit below the figure: the shortfall is in the small units, where the step starts (CHECK11 C11-2:
        # 'di semua unit', units at 100% included, while 10 of the 13 PNS below 20 JP were in four small units)
        where, small = t("jp_start_small", lang, **_small_values(found.small, lang), persen=now), ""
    elif found.only is not None:
        where = t("jp_only_unit", lang, unit=unit_name(found.only["unit_kerja"], lang))
    else:
        where = ""
    text = t("jp_rec", lang, mulai=where, kecil=small, **share_now) if where else \
        t("jp_rec_all", lang, kecil=small, **share_now)
    # the plan row names the units the recommendation starts from, as the CAKUPAN row does (LOOK12 K-10)
    named = dict(persen=now, unit=phrases.and_([_name(u, province, lang) for u in found.units], lang), **counted)
    small_units = found.small["n_unit"] if found.small else 0
    if found.only is not None:
        action = t("fu_jp_only_unit", lang, unit=unit_name(found.only["unit_kerja"], lang))
    elif found.small and not (found.dinas or units):
        action = t("fu_jp_start_small", lang, min=constants.MIN_N, k=small_units,
                   nama=small_named(found.small, lang))
    else:
        action = (t("fu_jp_dinas", lang, dinas=names, lalu=t("fu_jp_then_units" + of, lang, **named) if units else "")
                  if found.dinas else t("fu_rec_jp" + of, lang, **named) if units else t("fu_rec_jp_all", lang)) \
            + (t("fu_jp_small", lang, min=constants.MIN_N, k=small_units, persen=_small_share(found.small, lang),
                 nama=small_named(found.small, lang)) if found.small else "")
    brief = ""
    if found.dinas:
        brief = t("jp_brief_dinas", lang, dinas=names, n=len(found.units),
                  lalu=t("jp_brief_then_units", lang, n=len(found.units)) if units else "", **share_now)
    elif found.only is not None:
        brief = t("jp_brief_only_unit", lang, unit=unit_name(found.only["unit_kerja"], lang), **share_now)
    elif len(found.units) == 1:  # one unit by its name, not "mulai dari 1 unit di bawah …" (LOOK12 K-5)
        brief = t("jp_brief_unit_one", lang, unit=_name(found.units[0], province, lang), **share_now)
    elif units and found.below > len(found.units):  # the lowest few of more below (LOOK16 R-13: '3 unit di bawah
        # 61,6%' read as the three units below it, where Tabel 3 lists 9)
        brief = t("jp_brief_units_of", lang, n=len(found.units), m=found.below, semua=t(
            "jp_brief_at_least" if found.at_least else "jp_brief_count", lang, m=found.below), **share_now)
    elif units:
        brief = t("jp_brief_units", lang, n=len(found.units), **share_now)
    if brief and found.small:
        brief = brief.removesuffix(" (BAB IX, 9.2).").removesuffix(" (Chapter IX, 9.2).") \
            + t("jp_brief_small", lang, min=constants.MIN_N, k=small_units, nama=small_named(found.small, lang))
    short = short_activities(hasil)
    if short is not None:
        coverage, mean = short
        rata = phrases.with_range(*(fmt.number(mean[key], 1, lang) for key in ("estimasi", "ci_bawah", "ci_atas")))
        said = t("jp_short", lang, cakupan=fmt.share(coverage, 1, lang), rata=rata)
        text = text.removesuffix(".") + said + "."
        action += t("fu_jp_short", lang)
        if brief:
            tail = next((end for end in (" (BAB IX, 9.2).", " (Chapter IX, 9.2).") if brief.endswith(end)), ".")
            brief = brief.removesuffix(tail) + said + tail
    return text, action, brief


def short_activities(hasil: Hasil) -> tuple[float, Any] | None:
    """(the coverage, the mean JP per PNS) when the shortfall is in the length of the
    activities (SHORT_COVERAGE, SHORT_MEAN_JP); None otherwise or without both estimates."""
    pelaksanaan: Any = hasil["pelaksanaan"]
    coverage, mean = pelaksanaan.get("cakupan_asn") or {}, pelaksanaan["jp_20"].get("rata_jp_asn") or {}
    if not (coverage.get("cukup_data") and mean.get("cukup_data")) or coverage.get("ci_bawah") is None \
            or mean.get("ci_atas") is None:
        return None
    if 100 * coverage["ci_bawah"] < SHORT_COVERAGE or mean["ci_atas"] >= SHORT_MEAN_JP:
        return None
    return coverage["estimasi"], mean


def _printed(unit: Any) -> float:
    """A unit's share as the report prints it (one decimal), which ties are judged on."""
    return round(unit["persen_memenuhi"], 1)


def _units(units: tuple[Any, ...], ranked: int, province: bool, lang: str) -> str:
    """The units to start with, each with its share ('Puskesmas A 3,6% (…)'); more than SHOWN_UNITS tied at the
    printed value are named together: '5 dari 6 unit 0,0%: A (14 PNS), B (13 PNS), …' (CHECK11 C11-12: three of
    five units at 0,0% were chosen by size)."""
    if len(units) <= SHOWN_UNITS:
        return ", ".join(_unit(r, province, lang) for r in units)
    tied = [r for r in units if _printed(r) == _printed(units[-1])]
    first = [_unit(r, province, lang) for r in units[:len(units) - len(tied)]]
    names = ", ".join(_tied_name(r, province, lang) for r in tied)
    together = t("jp_units_tied", lang, k=len(tied), persen=fmt.figure(tied[0]["persen_memenuhi"], "persen", lang),
                 unit=names, dari=t("jp_units_of", lang, n=ranked) if ranked < RANKED_KEPT else "")
    return ", ".join([*first, together])


def _tied_name(unit: Any, province: bool, lang: str) -> str:
    return unit_name(unit["unit_kerja"], lang, unit["dinas"] if province else None,
                     f"{fmt.integer(unit['n'], lang)}\u00a0PNS")


def _unit(unit: Any, province: bool, lang: str) -> str:
    """'Puskesmas A 3,6% (0,6–17,7; 23 PNS)', in the province report 'Puskesmas A (Kesehatan) 3,6% (…)': a unit of
    `jp_20.unit_terendah` with its share and interval as BAB II's table prints it (reader review 3, item 22)."""
    share = phrases.percent_range(unit["persen_memenuhi"], unit["persen_bawah"], unit["persen_atas"], lang,
                                  unit.get("n"), "PNS")
    return f"{_name(unit, province, lang)} {share}"


def _name(unit: Any, province: bool, lang: str) -> str:
    """'Puskesmas A', in the province report 'Puskesmas A (Kesehatan)'."""
    return unit_name(unit["unit_kerja"], lang, unit["dinas"] if province else None)


def small_named(small: Any, lang: str) -> str:
    """', yaitu Sekretariat Dinas': the small units a step starts with, by name (`unit_kecil.unit_kerja`,
    `cakupan_unit_kecil.unit_kerja`), at most constants.SMALL_UNITS_NAMED of them; '' for more, or for results
    without the names (LOOK37 L-4: "satu unit dengan kurang dari 10 PNS" could not be acted on)."""
    names = (small or {}).get("unit_kerja") or []
    if not names or len(names) > constants.SMALL_UNITS_NAMED:
        return ""
    return t("small_units_namely", lang, nama=phrases.and_([unit_name(name, lang) for name in names], lang))


def _small(small: Any, now: str, lang: str) -> str:
    """'; satu unit kecil (< 10 PNS): 2 dari 8 PNS memenuhi 20 JP (25,0%), juga di bawah 62,7%'."""
    return t("jp_small", lang, **_small_values(small, lang), persen=now)


def _small_share(small: Any, lang: str) -> str:
    """The small units' share together, as the recommendation prints its estimate: '39,3%'."""
    share = small["estimasi"] if small.get("estimasi") is not None else small["jumlah"] / small["n"]
    return fmt.share(share, 1, lang)


def _small_values(small: Any, lang: str) -> dict[str, Any]:
    """The small units' count and share: with its interval when they are enough for one, else the count."""
    if small.get("cukup_data") and small.get("ci_bawah") is not None:
        share = phrases.percent_range(100 * small["estimasi"], 100 * small["ci_bawah"], 100 * small["ci_atas"], lang,
                                      small["n"], "PNS")
    else:
        share = t("jp_small_count", lang, jumlah=fmt.integer(small["jumlah"], lang), n=fmt.integer(small["n"], lang),
                  persen=fmt.percent(100 * small["jumlah"] / small["n"], 1, lang))
    return dict(min=constants.MIN_N, k=small["n_unit"], jumlah=share, nama=small_named(small, lang))
