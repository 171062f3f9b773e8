"""The summary's opening line, before its numbered findings (LOOK26 X-5, LOOK25 W-4): what went well, in answer to the
Kata Pengantar's questions (better than the other dinas, the target met, better than last year), from the Angka Kunci
records the table beside it prints (report.facts via fact_targets.of), each by the test its own column applies:

- an adjusted gain whose status is "di atas rata-rata provinsi" (facts.Fact.against "above": the 95% interval of its
  difference from the province mean wholly above zero), with its interval and rank;
- the targets the Status column marks met (facts.Fact.judged), not the gain's above-zero target, which any
  programme that teaches anything meets (facts.Fact.status);
- the figures clearly better than last year (year_difference.verdict, the test of the findings' "membaik");
- then, the other way, the figures of the trend table clearly worse than last year, the share of PPPK above the cap
  among them (LOOK31 C-1: "membaik dari 2024: cakupan, 20 JP, …" above the one finding that said "memburuk").

Only the figures' names and the gain's own figures: the table beside it gives the rest, and the trend table's change
column each change with its interval, where the line points once (LOOK28 Z-1). No cause is named.

Last, an IKM estimate in category C or D (constants.POOR_IKM), which the table beside it shows: a dinas report's own
IKM with its interval and category, the province report's lowest dinas IKM with its value; only where the summary's
findings do not state it already (LOOK37 item 3: Kebudayaan's '75,56 C' in Tabel 1, unsaid above it)."""

from __future__ import annotations

import html as pylib_html
import re
from collections.abc import Sequence
from typing import Any

from evalasn import constants
from evalasn.report import facts
from evalasn.report.chapters import comparison, fact_targets, ikm_units, key_findings, rules, year_difference
from evalasn.report.context import Context
from evalasn.report.words import phrases
from evalasn.report.words.text import t


def line(ctx: Context, before: Sequence[str] = ()) -> str:
    """'Sekilas, dari tabel angka kunci: kenaikan nilai 11,9 poin (rentang keyakinan 95%: 11,1 s.d. 12,8), peringkat
    1 dari 21 (rentang peringkat 95%: 1–3), di atas rata-rata provinsi; target tercapai: IKM; membaik dari 2024: 20
    JP; memburuk dari 2024: PPPK di atas batas 24 JP (selisihnya di BAB VII, 7.1).', or that none of the good ones
    was found (none_line; and what is worse); then an IKM in category C or D (poor_ikm; ``before``: the summary's
    blocks before the line, which may state it); '' for a dinas whose data of the year were not received (the
    summary opens with that: key_findings.missing_data_lead)."""
    hasil, lang = ctx.hasil, ctx.lang
    if not ctx.province and rules.year_not_received(hasil):
        return ""
    records = fact_targets.of(ctx)
    said = [above(fact, lang) for fact in records if fact.placed and fact.against == "above"]
    met = [fact for fact in records if fact.judged is not None and fact.judged.status == "met" and meaningful(fact)]
    if met:
        said.append(t("kt_glance_met", lang, n=len(met), daftar=names(met, lang)))
    better = [fact for fact in records if year_difference.verdict(fact.change) == "better"]
    worse = worse_names(ctx, records)
    # where the changes are printed, once: after the last list of figures changed, or beside "none clearly better"
    # where the trend table prints changes to check it against
    where = t("kt_glance_where", lang, rujukan=t("kt_change_where", lang)) if any(
        year_difference.printable(fact.change) for fact in records) or worse else ""
    tahun = hasil["tahun"] - 1
    if better:
        said.append(t("kt_glance_better", lang, tahun=tahun, daftar=names(better, lang),
                      rujukan="" if worse else where))
    poor = poor_ikm(ctx, records, before)
    # the IKM category a sentence of its own: as a last clause it read as one more figure "memburuk dari 2024"
    # (Kebudayaan, LOOK38)
    after = t("kt_glance_ikm_after", lang, klausa=poor[:1].upper() + poor[1:]) if poor else ""
    if not said:
        opening = none_line(records, lang, tahun, "" if worse else where)
        opening += t("kt_glance_worse_after", lang, tahun=tahun, daftar=worse, rujukan=where) if worse else ""
        return opening + after
    if worse:  # the other way too, so that the line does not read as the whole table (LOOK31 C-1)
        said.append(t("kt_glance_worse", lang, tahun=tahun, daftar=worse, rujukan=where))
    return t("kt_glance", lang, daftar="; ".join(said)) + after


def poor_ikm(ctx: Context, records: tuple[facts.Fact, ...], before: Sequence[str] = ()) -> str:
    """'IKM 75,56 (rentang keyakinan 95%: 72,76 s.d. 78,36), kategori C (Kurang Baik), rentangnya sampai kategori
    B': a dinas's own IKM estimate in category C or D (constants.POOR_IKM), as Tabel 1 shows it; in the province
    report the lowest dinas IKM estimate in C or D ('IKM dinas terendah: Nakertransgi 74,78 (…), kategori C (Kurang
    Baik), …'; ikm_units.ikm_below_b, lowest first). '' without one, or where the summary says it already: a
    finding that states the figure (key_findings.states_figure: the missed IKM target's), the province's that names
    the dinas with its value, or ``before`` (the summary's blocks before the line)."""
    lang = ctx.lang
    said = [finding.brief or finding.text for finding in key_findings.ranked(ctx)]
    said += [key_findings.left_over(ctx)]
    said += [re.sub(r"\s+", " ", pylib_html.unescape(re.sub(r"<[^>]+>", " ", part))) for part in before]
    if ctx.province:
        lowest = next(iter(ikm_units.ikm_below_b(ctx.hasil)), None)
        if lowest is None:
            return ""
        named = f"{lowest.shown(lang)} {phrases.estimate(lowest.ikm, lang, 'ikm')}"
        if any(named in text for text in said):
            return ""
        return t("kt_glance_ikm_lowest", lang, nama=lowest.shown(lang), **ikm_words(lowest.ikm, lang))
    fact = next((fact for fact in records if fact.key == "ikm" and fact.has_value), None)
    if fact is None or not isinstance(fact.value, dict) or fact.value.get("kategori") not in constants.POOR_IKM:
        return ""
    if any(key_findings.states_figure(fact, text, lang) for text in said):
        return ""
    return t("kt_glance_ikm", lang, **ikm_words(fact.value, lang))


def ikm_words(ikm: Any, lang: str) -> dict[str, str]:
    """The estimate, its interval, its category with the category's name (constants.IKM_CATEGORIES) and, where the
    interval reaches another category, that one (facts.ikm_categories, as Tabel 1's 'C (C–B)')."""
    letter = ikm["kategori"]
    name = next(words if lang == "id" else english for _, code, words, english in constants.IKM_CATEGORIES
                if code == letter)
    others = [c for c in dict.fromkeys(facts.ikm_categories(ikm)) if c and c != letter]
    return {"nilai": phrases.estimate(ikm, lang, "ikm"), "ik": phrases.ci(ikm, lang, "ikm"), "kategori": letter,
            "label": name, "rentang": t("kt_glance_ikm_reach", lang, lain=phrases.and_(others, lang)) if others
            else ""}


def none_line(records: tuple[facts.Fact, ...], lang: str, tahun: int, rujukan: str) -> str:
    """'Sekilas, dari tabel angka kunci: kenaikan nilai tidak jelas di atas rata-rata provinsi; tidak ada angka yang
    mencapai targetnya atau jelas membaik dari 2024 (…).': what the rules found, each clause only as wide as its rule
    (LOOK32 D-4: "no figure is clearly above the province mean" read as every figure of the table, while the gain is
    the only one placed against it and PPAPP's realisation stood above the province's); the gain's clause only where
    it is placed (not the province's); a met gain target of above zero, left out of the targets met, named where its
    Status cell says "tercapai"."""
    placed = next((fact for fact in records if fact.placed), None)
    # a gain target of above zero met, which its Status cell says where the gain is not placed (facts.Fact.status)
    trivial = any(fact.judged is not None and fact.judged.status == "met" and not meaningful(fact)
                  and not fact.placed for fact in records)
    return t("kt_glance_none", lang, tahun=tahun, rujukan=rujukan,
             kenaikan=t("kt_glance_none_gain", lang, nama=t("kfs_" + placed.key, lang)) if placed else "",
             selain=t("kt_glance_none_but", lang) if trivial else "")


def worse_names(ctx: Context, records: tuple[facts.Fact, ...]) -> str:
    """'PPPK di atas batas 24 JP': the figures of the trend table clearly worse than last year (year_difference.
    verdict, the test of the findings' "memburuk"), the key figures and, where the table has its row
    (comparison.pppk_trend), the share of PPPK above the cap; '' when none is."""
    worse = [t("kfs_" + fact.key, ctx.lang) for fact in records if year_difference.verdict(fact.change) == "worse"]
    if comparison.pppk_trend(ctx.hasil.get("tren") or []) and year_difference.verdict(
            facts.year_change(ctx.hasil, facts.PPPK_OVER_CAP)) == "worse":
        worse.append(t("kfs_" + facts.PPPK_OVER_CAP, ctx.lang))
    return phrases.and_(worse, ctx.lang) if worse else ""


def meaningful(fact: facts.Fact) -> bool:
    """False for a gain's target at or below zero, met by any programme that teaches anything; True otherwise."""
    goal = fact.goal
    return fact.key != "gain" or (goal is not None and goal[0] > 0)


def above(fact: facts.Fact, lang: str) -> str:
    """'kenaikan nilai 11,9 poin (rentang keyakinan 95%: 11,1 s.d. 12,8), peringkat 1 dari 21 (rentang peringkat
    95%: 1–3), di atas rata-rata provinsi': the figure as Tabel 1 prints it, in words, and its Status cell's words."""
    rank = fact.rank or {}
    place = comparison.rank_words(rank["peringkat"], rank["dari"], rank["peringkat_terbaik"],
                                  rank["peringkat_terburuk"], lang, noun=True) if rank.get("peringkat") else ""
    return t("kt_glance_above", lang, nama=t("kfs_" + fact.key, lang), nilai=fact.plain(lang),
             ik=phrases.ci(fact.value, lang, facts.kind(fact.key)), peringkat=f", {place}" if place else "",
             status=fact.status(lang))


def names(records: list[facts.Fact], lang: str) -> str:
    """The figures' short names, as the summary's findings name them: '20 JP dan IKM'."""
    return phrases.and_([t("kfs_" + fact.key, lang) for fact in records], lang)
