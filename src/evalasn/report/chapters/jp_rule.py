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


@dataclass(frozen=True)
class JpStart:
    """The dinas flagged for 20 JP (attention tests, lowest share first; empty in a dinas report), the lowest units
    below the scope's figure and the target (at most SHOWN_UNITS), and the small units together when their share is
    below the scope's figure (else None)."""

    dinas: tuple[Any, ...]
    units: tuple[Any, ...]
    small: Any = None


def start(hasil: Hasil, target: float) -> JpStart:
    """Where to start for a 20 JP share below ``target`` (percent)."""
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    figure = 100 * point(jp_20["keseluruhan"])
    flagged: list[Any] = []
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        attention: Any = hasil.get("perhatian") or {}
        tests = attention.get("uji") or []
        flagged = sorted((u for u in tests if u["temuan"] == "jp_20" and u["ditandai"]),
                         key=lambda u: (u["estimasi"], u["dinas"]))
    # below the target (REVIEW5b 19) and below the scope's own figure (LOOK11 L-8)
    units = [r for r in jp_20["unit_terendah"] if r["persen_memenuhi"] < min(target, figure)][:SHOWN_UNITS]
    small: Any = jp_20.get("unit_kecil")
    below = bool(small and small.get("n_unit") and small.get("n") and small.get("jumlah") is not None
                 and 100 * small["jumlah"] / small["n"] < figure)
    return JpStart(tuple(flagged), tuple(units), small if below else None)


def recommendation(hasil: Hasil, lang: str, target: float) -> tuple[str, str, str]:
    """(the recommendation, its follow-up action, its summary form) for a 20 JP share below ``target``: 'Naikkan
    pemenuhan 20 JP (kini 64,8%; target 100%); mulai dari dinas yang jelas di bawah dinas lain: Sumber Daya Air
    50,3% (42,8–57,8) …, lalu unit terendah di bawah 64,8%: …'. The summary form is '' when the text names nothing
    (it is short)."""
    jp_20 = hasil["pelaksanaan"]["jp_20"]
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    found = start(hasil, target)
    now = fmt.share(jp_20["keseluruhan"]["estimasi"], 1, lang)
    share_now = dict(persen=now, target=fmt.percent(target, 0, lang))
    names = phrases.and_([short_name_in(u["dinas"], lang) for u in found.dinas], lang)
    units = ", ".join(_unit(r, province, lang) for r in found.units)
    small = _small(found.small, now, lang) if found.small else ""
    if found.dinas:
        dinas = phrases.and_([f'{short_name_in(u["dinas"], lang)} {uncertainty.jp_share(hasil, u, lang)}'
                              for u in found.dinas], lang)
        where = t("jp_start_dinas", lang, dinas=dinas) + (t("jp_then_units", lang, persen=now, unit=units)
                                                          if units else "")
    elif units:
        where = t("jp_start_units", lang, persen=now, unit=units)
    elif found.small:
        # no ranked unit below the figure: the shortfall is in the small units, where the step starts (CHECK11 C11-2:
        # 'di semua unit', units at 100% included, while 10 of the 13 PNS below 20 JP were in four small units)
        where, small = t("jp_start_small", lang, **_small_values(found.small, lang), persen=now), ""
    else:
        where = ""
    text = t("jp_rec", lang, mulai=where, kecil=small, **share_now) if where else \
        t("jp_rec_all", lang, kecil=small, **share_now)
    if found.small and not (found.dinas or units):
        action = t("fu_jp_start_small", lang, min=constants.MIN_N)
    else:
        action = (t("fu_jp_dinas", lang, dinas=names, lalu=t("fu_jp_then_units", lang) if units else "")
                  if found.dinas else t("fu_rec_jp" if units else "fu_rec_jp_all", lang)) \
            + (t("fu_jp_small", lang, min=constants.MIN_N) if found.small else "")
    brief = ""
    if found.dinas:
        brief = t("jp_brief_dinas", lang, dinas=names, n=len(found.units),
                  lalu=t("jp_brief_then_units", lang, n=len(found.units)) if units else "", **share_now)
    elif units:
        brief = t("jp_brief_units", lang, n=len(found.units), **share_now)
    if brief and found.small:
        brief = brief.removesuffix(" (BAB IX, 9.2).").removesuffix(" (Chapter IX, 9.2).") \
            + t("jp_brief_small", lang, min=constants.MIN_N)
    return text, action, brief


def _unit(unit: Any, province: bool, lang: str) -> str:
    """'Puskesmas A 3,6% (0,6–17,7; 23 PNS)', in the province report 'Puskesmas A (Kesehatan) 3,6% (…)': a unit of
    `jp_20.unit_terendah` with its share and interval as BAB II's table prints it (reader review 3, item 22)."""
    name = unit_name(unit["unit_kerja"], lang)
    name = f"{name} ({short_name_in(unit['dinas'], lang)})" if province else name
    share = phrases.percent_range(unit["persen_memenuhi"], unit["persen_bawah"], unit["persen_atas"], lang,
                                  unit.get("n"), "PNS")
    return f"{name} {share}"


def _small(small: Any, now: str, lang: str) -> str:
    """'; unit dengan kurang dari 10 PNS (1 unit), bersama 2 dari 8 PNS memenuhi 20 JP, juga di bawah 62,7%'."""
    return t("jp_small", lang, **_small_values(small, lang), persen=now)


def _small_values(small: Any, lang: str) -> dict[str, Any]:
    """The small units' count and share: with its interval when they are enough for one, else the count."""
    if small.get("cukup_data") and small.get("ci_bawah") is not None:
        share = phrases.percent_range(100 * small["estimasi"], 100 * small["ci_bawah"], 100 * small["ci_atas"], lang,
                                      small["n"], "PNS")
    else:
        share = t("jp_small_count", lang, jumlah=fmt.integer(small["jumlah"], lang), n=fmt.integer(small["n"], lang))
    return dict(min=constants.MIN_N, k=small["n_unit"], jumlah=share)
