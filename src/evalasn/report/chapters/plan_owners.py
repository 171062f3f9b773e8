"""Who carries out a plan row: the responsible unit, the dinas named as executors and a coordinating office."""

from __future__ import annotations

import re
from typing import Any

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.registry import compact_name
from evalasn.report.chapters import (
    ikm_units,
    plan_indicators,
    recommendation,
)
from evalasn.report.context import Context
from evalasn.report.words import names, phrases


def owner(ctx: Context, rec: recommendation.Recommendation, named: tuple[str, ...] = ()) -> str:
    """The responsible unit: for a weak element the one its table in BAB VI names, otherwise the
    rule's unit of config/laporan.yml, with the dinas named (``named``: those a province row is about); a province
    row about more than one dinas is held by one coordinating office (accountable)."""
    if rec.rule == "rec_weak":
        return element_owner(ctx, rec.subject)
    text = ctx.config.penanggung_jawab[rec.owner][ctx.lang] if ctx.config else rec.owner
    # a long name is shortened ('Dinas PPAPP'): the table caption gives it in full
    slug = ctx.hasil["cakupan"]["slug"]
    dinas = ctx.t("every_dinas") if ctx.province else names.compact(slug, compact_name(slug), ctx.lang)
    held: tuple[str, ...] = ()  # the dinas that held the method of a province-wide method row
    if ctx.province and rec.rule == "rec_stop" and not named:  # the dinas that spent the money, not every dinas
        rows = [r for r in ctx.hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []) if r["metode"] == rec.subject]
        whole = next((r for r in rows if r["dinas"] is None), None)
        if whole is None or whole.get("biaya_tercatat", True):
            named = tuple(r["dinas"] for r in rows if r["dinas"] is not None)
        else:
            # a province-wide fall with no cost recorded in any dinas (all Rp 0 or blank): nobody is known to have
            # spent, so not the one dinas whose own fall is significant (gain11: STOP-PROV-SEMINAR owned by PRKP
            # alone) but the dinas that held the method's activities that year, who can stop or redesign them,
            # under the coordinating office of the rule's unit (config/laporan.yml koordinator_provinsi: BPSDM)
            named = held = holding(ctx, rec.subject)
    if ctx.province and rec.rule == "rec_little" and not named:  # the province's own very small gain (KECIL-PROV-):
        named = held = holding(ctx, rec.subject)  # the dinas that held the method, 'setiap dinas' only when all did
    if ctx.province and rec.rule == "rec_gain_low" and rec.subject and not named:  # the row's own dinas
        named = (rec.subject,)
    if ctx.province and rec.rule == "rec_ikm_units" and not named:  # the dinas whose IKM is below B
        named = tuple(row.name for row in ikm_units.ikm_below_b(ctx.hasil))
    if ctx.province and named and held:  # every dinas bar a few: said so (LOOK12 K-9)
        units = executor_units(ctx, text, named)
    else:  # the dinas the row is about, by name
        if ctx.province and named:
            dinas = phrases.and_([names.compact(slug, compact_name(slug), ctx.lang) for slug in named], ctx.lang)
        units = text.replace("{dinas}", dinas)
    return accountable(ctx, rec.owner, units, len(named) != 1)


def holding(ctx: Context, metode: str) -> tuple[str, ...]:
    """The dinas (slugs) with results that held activities of ``metode`` in the year; () without their results."""
    return tuple(slug for slug, result in sorted((ctx.dinas_results or {}).items())
                 if any(r["metode"] == metode and r.get("n_kegiatan")
                        for r in result["pelaksanaan"]["kegiatan_per_metode"]))


def executor_units(ctx: Context, text: str, named: tuple[str, ...]) -> str:
    """A unit of config/laporan.yml (``text``, with {dinas}) for the dinas ``named`` in the province report: every
    dinas only when each dinas with results is named; all but a few ('Sekretariat setiap dinas (subbagian
    kepegawaian), kecuali Pendidikan dan PRKP'); else each by name (LOOK12 K-9)."""
    every = set(ctx.dinas_results or ())
    if every and set(named) >= every:
        return text.replace("{dinas}", ctx.t("every_dinas"))
    left = sorted(every - set(named))
    if every >= set(named) and len(left) <= ikm_units.NAMED_AT_MOST < len(named):
        return text.replace("{dinas}", ctx.t("every_dinas")) + ctx.t("pl_owner_except", kecuali=phrases.and_(
            [plan_indicators.part_name(slug, ctx.lang) for slug in left], ctx.lang))
    return several_units(text, [names.compact(slug, compact_name(slug), ctx.lang) for slug in named], ctx.lang)


def several_units(text: str, dinas: list[str], lang: str) -> str:
    """A unit of config/laporan.yml (``text``, with {dinas}) for the dinas named ``dinas``; in English the unit's
    noun in the plural when there are several ('Health and Social Affairs secretariats', not 'secretariat'): the one
    place for every province row that names dinas as executors (executor_units, element_owner; CHECK15 E15-8)."""
    if lang == "en" and len(dinas) > 1:
        # the head noun: the last word before the unit's bracket ('{dinas} technical division (…)')
        text = re.sub(r"^(\{dinas\}[^()]*?)(\w+)(\s*\(.*)?$",
                      lambda found: found.group(1) + ENGLISH_PLURALS.get(found.group(2), found.group(2))
                      + (found.group(3) or ""), text, count=1)
    return text.replace("{dinas}", phrases.and_(dinas, lang))


# the nouns of config/laporan.yml's English units after {dinas}, in the plural a list of several dinas takes (CHECK14
# E14-3: "carried out by the Health, … and Social Affairs secretariat"); a noun not listed is left as written
ENGLISH_PLURALS = {"secretariat": "secretariats", "division": "divisions", "section": "sections", "office": "offices",
                   "unit": "units", "bureau": "bureaus"}


def accountable(ctx: Context, key: str, units: str, several: bool) -> str:
    """One accountable office per row (LOOK9 #5: 'Sekretariat setiap dinas' or ten service units cannot be held to
    account): in the province report a row about more than one dinas (``several``) is held by the coordinating
    office of config/laporan.yml koordinator_provinsi for the unit's kind, the dinas's ``units`` named after it as
    executors; any other row by ``units``, one office."""
    office = (ctx.config.koordinator if ctx.config else {}).get(key)
    if not (ctx.province and several and office):
        return units
    return ctx.t("pl_owner_coordinated", kantor=office[ctx.lang], pelaksana=units)


def out_of_survey_period(hasil: Hasil, slug: str) -> Any:
    """The province's SKM comparison record of the dinas ``slug`` when that dinas is out of it (one period, the
    province's last: 'SKM 2025 tidak diterima', 'hanya SKM 2025-S1'; perbandingan_dinas[].ikm, analysis.results.
    in_period); None when it is in it. Its weak elements are another period's: no province row is carried out by it
    (CHECK14 E14-3)."""
    row = next((r for r in hasil.get("perbandingan_dinas") or [] if r["dinas"] == slug), None)
    ikm = row["ikm"] if row else None
    return ikm if ikm and ikm.get("alasan") in (results.IKM_NOT_RECEIVED, results.IKM_OTHER_PERIOD) else None


def element_owner(ctx: Context, element: str) -> str:
    """The unit responsible for a weak element's follow-up, one unit (recommendation.ELEMENT_OWNER, its words in
    config/laporan.yml penanggung_jawab; REVIEW6 R6-6, R6-24), as BAB VI's table and BAB X's row name it, with its
    dinas named (REVIEW3 24): the report's dinas, or in the province report the dinas whose own element is weak this
    year (their results, ``Context.dinas_results``): one by name, every dinas with results counted, some by their
    short names; every dinas when none is known; several dinas under their coordinating office (accountable)."""
    key = recommendation.ELEMENT_OWNER[element]
    text = ctx.config.penanggung_jawab[key][ctx.lang] if ctx.config else key
    if "{dinas}" not in text:
        return text
    if not ctx.province:
        slug = ctx.hasil["cakupan"]["slug"]
        return text.replace("{dinas}", names.compact(slug, compact_name(slug), ctx.lang))
    weak = [slug for slug, result in sorted(ctx.dinas_results.items()) if out_of_survey_period(ctx.hasil, slug) is None
            and any(r["unsur"] == element and r.get("lemah") for r in result["komunikasi"]["unsur"])]
    if not weak:
        units = text.replace("{dinas}", ctx.t("every_dinas"))
    elif len(weak) == 1:
        units = text.replace("{dinas}", plan_indicators.dinas_name(weak[0], ctx.lang))
    elif len(weak) == len(ctx.dinas_results):  # every dinas with results: counted, not a 45-line list (REVIEW4 9)
        units = text.replace("{dinas}", ctx.t("every_dinas")) + ctx.t("pl_owner_every_dinas", n=len(weak))
    else:  # some of them: each by its usual short name, as the province's tables name dinas (one naming convention)
        units = several_units(text, [plan_indicators.part_name(slug, ctx.lang) for slug in weak], ctx.lang)
    return accountable(ctx, key, units, len(weak) != 1)
