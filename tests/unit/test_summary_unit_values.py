"""BAB IX 9.2 names the lowest units (dinas) of a missed target with their values, as the tables print them (reader
review 3, item 22: 'utamakan unit terendah: Puskesmas Kecamatan Kembangan, …' gave no number while Tabel 3 had
'4,3% (0,8–21,0)'); the summary's finding gives the step in about three lines and points to that list (P6, session
8: finding 4 ran to six lines)."""

from __future__ import annotations

import copy

import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import coverage_rule, fact_targets, key_findings, recommendation, rules, sections
from evalasn.report.config import Target
from evalasn.report.words import phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import t
from evalasn.report.words.units import unit_name

SCOPES = [(PROVINCE_SLUG, "id"), (PROVINCE_SLUG, "en"), ("kesehatan", "id"), ("kesehatan", "en")]
IDS = ["provinsi-id", "provinsi-en", "kesehatan-id", "kesehatan-en"]


def _missing_both(ctx):
    """A copy of ``ctx`` whose 20 JP and coverage both miss a 100% target (so both findings are made), above the
    lowest units and dinas (a recommendation starts only from those below the scope's own figure: LOOK11 L-8)."""
    hasil = copy.deepcopy(ctx.hasil)
    hasil["pelaksanaan"]["jp_20"]["keseluruhan"].update(estimasi=0.5, ci_bawah=0.45, ci_atas=0.55, cukup_data=True)
    hasil["pelaksanaan"]["cakupan_asn"].update(estimasi=0.75, ci_bawah=0.7, ci_atas=0.8, cukup_data=True)
    basis = {"id": "uji", "en": "test"}
    targets = {**ctx.targets, "jp_20": Target("jp_20", 100.0, basis, True),
               "cakupan_asn": Target("cakupan_asn", 100.0, basis, True)}
    return sections.Context(hasil, ctx.lang, ctx.activities, targets=targets, config=ctx.config)


@pytest.mark.parametrize("slug, lang", SCOPES, ids=IDS)
def test_the_jp_finding_names_each_lowest_unit_with_the_value_of_bab_ii_table(contexts, slug, lang):
    ctx = _missing_both(contexts[(slug, lang)])
    units = ctx.hasil["pelaksanaan"]["jp_20"]["unit_terendah"][:3]
    assert units, "the sample has units large enough to rank"
    finding = next(f for f in key_findings.ranked(ctx) if f.kind == "target" and "20" in f.text)
    rec = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_jp")
    _brief(ctx, finding, rec, lang)
    table = sections.implementation(ctx)  # BAB II: the table of the lowest units
    for unit in units:
        cell = phrases.percent_range(unit["persen_memenuhi"], unit["persen_bawah"], unit["persen_atas"], lang)
        assert cell in table  # the same rendering as the table's cell ...
        name = unit_name(unit["unit_kerja"], lang, unit["dinas"] if ctx.province else None)
        # ... beside its name, with the PNS it is a share of (a list item carries its n: P3, session 8)
        counted = phrases.percent_range(unit["persen_memenuhi"], unit["persen_bawah"], unit["persen_atas"], lang,
                                        unit["n"], "PNS")
        assert counted.startswith(cell[:-1]) and counted.endswith(f"; {unit['n']}\u00a0PNS)")
        assert f"{name} {counted}" in rec.text, rec.text
        assert name not in finding.recommendation


@pytest.mark.parametrize("slug, lang", SCOPES, ids=IDS)
def test_the_coverage_finding_names_each_lowest_unit_with_its_coverage_and_interval(contexts, slug, lang):
    ctx = _missing_both(contexts[(slug, lang)])
    rec = _coverage_rec(ctx)
    finding = next(f for f in key_findings.ranked(ctx) if f.kind == "target" and f.recommendation == rec.brief)
    _brief(ctx, finding, rec, lang)
    if ctx.province:  # the dinas, as Tabel 11 of the province report prints their coverage
        rows = sorted((r for r in ctx.hasil["perbandingan_dinas"] if r["cakupan_asn"]["cukup_data"]),
                      key=lambda r: r["cakupan_asn"]["estimasi"])[:3]
        named = [(short_name_in(r["dinas"], lang), r["cakupan_asn"]) for r in rows]
    else:
        named = [(unit_name(r["unit_kerja"], lang), r["cakupan"])
                 for r in ctx.hasil["pelaksanaan"]["cakupan_unit_terendah"][:3]]
    assert named
    for name, share in named:
        shown = facts.table_value("cakupan_asn", share, lang)  # '56,9%': the province table's rounding
        assert f"{name} {shown}\u00a0(" in rec.text, rec.text
        assert f"{name} {coverage_rule.share_range(share, lang, t('who_asn', lang))}" in rec.text


def _brief(ctx, finding, rec: recommendation.Recommendation, lang: str) -> None:
    """The summary's recommendation: the 9.2 recommendation's step, how many units and where they are listed, in
    about one printed line and a half (the finding with it at most about three, besides its short sentence on a clear
    change from last year, LOOK25 W-4)."""
    assert finding.recommendation == rec.brief and rec.brief != rec.text
    assert ("(BAB IX, 9.2)" if lang == "id" else "(Chapter IX, 9.2)") in rec.brief and " 3 " in rec.brief
    change = key_findings.year_on_year(ctx, fact_targets.by_key(ctx)[finding.topic])
    # its difference and interval beside the verdict (LOOK27 Y-3) and where the trend table prints it (LOOK28 Z-1)
    # make it about 135 characters
    assert change in finding.text and len(change) < 150, change
    assert len(finding.text) - len(change) + len(finding.recommendation) < 330, (finding.text, finding.recommendation)


def _coverage_rec(ctx) -> recommendation.Recommendation:
    return next(r for r in rules.recommendations(ctx.hasil, ctx.lang, ctx.targets) if r.rule == "rec_coverage")


def test_the_follow_up_row_of_coverage_keeps_the_names_only(contexts):
    """BAB X's action names where to start; the values stay in the finding (a plan cell is short)."""
    ctx = _missing_both(contexts[("kesehatan", "id")])
    action = _coverage_rec(ctx).action
    first = ctx.hasil["pelaksanaan"]["cakupan_unit_terendah"][0]
    assert first["unit_kerja"] in action and "%" not in action
