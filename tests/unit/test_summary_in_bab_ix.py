"""Every summary finding has its recommendation in BAB IX 9.2 with the same wording and comparison (REVIEW 5):
the cheaper method is set against the method with the largest budget (the summary's "where the money goes"),
and a coverage target missed gets its 9.2 recommendation (and so its BAB X row)."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from evalasn.report.chapters import coverage_rule, html, key_findings, method_choice, rules
from evalasn.report.config import Target
from evalasn.report.words.text import t


def _cost(metode: str, rupiah: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 100, "n_kegiatan": 10, "estimasi": rupiah, "ci_bawah": low, "ci_atas": high,
            "cukup_data": True}


def _spent(metode: str, rupiah: float) -> Any:
    return {"metode": metode, "n_kegiatan": 10, "n_peserta": 100, "jp_total": 40.0, "anggaran_rp": rupiah}


@pytest.mark.parametrize(("budgets", "against"), [
    pytest.param({"pelatihan": 16.4e9, "seminar": 1.0e9, "mentoring": 0.5e9}, "pelatihan", id="largest-budget"),
    pytest.param({"pelatihan": 1.0e9, "seminar": 16.4e9, "mentoring": 0.5e9}, "seminar", id="seminar-largest"),
])
def test_the_cheaper_method_is_set_against_the_largest_budget(budgets, against):
    costs = [_cost("mentoring", 140_000.0, 110_000.0, 175_000.0), _cost("pelatihan", 300_000.0, 260_000.0, 340_000.0),
             _cost("seminar", 410_000.0, 300_000.0, 600_000.0)]
    pair = method_choice.clearly_cheaper(costs, [_spent(m, v) for m, v in budgets.items()])
    assert pair is not None and (pair[0]["metode"], pair[1]["metode"]) == ("mentoring", against)


@pytest.fixture(scope="module")
def province(pipeline_root):
    from evalasn.paths import project
    from evalasn.report.context import load_context

    return load_context("provinsi", "id", project(pipeline_root))


def test_a_missed_coverage_target_has_its_recommendation_in_bab_ix(province):
    figure = province.hasil["pelaksanaan"]["cakupan_asn"]
    above = min(100.0, (figure["ci_atas"] or 0) * 100 + 5)
    goal = Target(indikator="cakupan_asn", nilai=above, dasar={"id": "uji", "en": "test"}, higher_better=True)
    targets = {**(province.targets or {}), "cakupan_asn": goal}
    ctx = dataclasses.replace(province, targets=targets)
    found = [f for f in key_findings.ranked(ctx) if f.kind == "target" and "akupan" in f.text]
    recs = rules.recommendations(copy.deepcopy(ctx.hasil), "id", targets)
    texts = [r.text for r in recs]
    assert any(r.rule == "rec_coverage" for r in recs), texts
    for finding in found:  # a 9.2 recommendation, in its summary form when it has one (P6, session 8)
        assert finding.recommendation in [r.brief or r.text for r in recs], (finding.recommendation, texts)


def test_the_summary_recommendations_are_bab_ix_recommendations(province):
    """The efficiency finding's recommendation is BAB IX's, or (LOOK11 L-12) rule 3's summary form under the two
    costs the finding has just given, while BAB IX 9.2 keeps rule 3's full text."""
    recs = rules.recommendations(province.hasil, "id", province.targets)
    texts = [r.text for r in recs]
    for finding in key_findings.ranked(province):
        if finding.kind == "efisiensi":
            short = method_choice.method_brief(province.hasil, "id")
            assert finding.recommendation in [*texts, short], (finding.recommendation, texts)
            if finding.recommendation == short:
                assert any(r.rule == "rec_method" for r in recs), texts


def _flat_budget_and_missed_coverage(ctx):
    """``ctx`` with a cost-gain slope whose interval holds zero (rules' rec_budget_reach fires) and a coverage
    target above the whole coverage interval: the held-out set of REVIEW2 3. The target is 100%, so that its miss
    is among the two widest rule (6) of the summary names, beside the cost per point's plan target (LOOK25 W-1)."""
    hasil = copy.deepcopy(ctx.hasil)
    budget = hasil["anggaran_vs_peningkatan"]
    for model in (budget["model"], budget["model_provinsi"]):
        model["gain_per_dobel"].update({"estimasi": 0.0, "ci_bawah": -0.4, "ci_atas": 0.4, "cukup_data": True})
    figure = hasil["pelaksanaan"]["cakupan_asn"]
    assert (figure["ci_atas"] or 0) < 1.0
    goal = Target(indikator="cakupan_asn", nilai=100.0,
                  dasar={"id": "uji", "en": "test"}, higher_better=True)
    return dataclasses.replace(ctx, hasil=hasil, targets={**(ctx.targets or {}), "cakupan_asn": goal})


@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_coverage_finding_carries_the_coverage_action_beside_the_budget_slope(pipeline_root, slug, lang):
    """REVIEW2 3: with a flat cost-gain slope the coverage finding's recommendation was the slope's sentence ('Tidak
    ada bukti bahwa biaya per peserta yang lebih tinggi menaikkan hasil belajar …') and the CAKUPAN row's action 'Pakai
    tambahan anggaran untuk menambah peserta': the coverage action belongs to the finding, the 9.2 list and the row;
    the slope's sentence stays a 9.2 recommendation of its own."""
    from evalasn.paths import project
    from evalasn.report.chapters import plan
    from evalasn.report.context import load_context
    from evalasn.report.words.text import t

    ctx = _flat_budget_and_missed_coverage(load_context(slug, lang, project(pipeline_root)))
    recs = rules.recommendations(ctx.hasil, lang, ctx.targets)
    by_rule = {r.rule: r for r in recs}
    assert {"rec_coverage", "rec_budget_reach"} <= set(by_rule), list(by_rule)
    found = [f for f in key_findings.ranked(ctx) if f.kind == "target" and t("kfs_cakupan_asn", lang) in f.text]
    assert found, [f.text for f in key_findings.ranked(ctx)]
    assert found[0].recommendation == (by_rule["rec_coverage"].brief or by_rule["rec_coverage"].text)
    assert found[0].recommendation != by_rule["rec_budget_reach"].text
    row = {r.code: r for r in plan.rows(ctx)}["CAKUPAN"]
    action = coverage_rule.coverage_action(ctx.hasil, lang, ctx.targets["cakupan_asn"].nilai)
    assert row.rule == "rec_coverage" and row.action.startswith(action), (row.action, action)
    assert action.startswith(t("pl_act_coverage_all", lang).split(",")[0]), action


def _share(estimasi: float, n: int = 40) -> Any:
    return {"n": n, "jumlah": round(estimasi * n), "estimasi": estimasi, "ci_bawah": estimasi - 0.1,
            "ci_atas": estimasi + 0.1, "p": None, "cukup_data": True}


@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_coverage_recommendation_names_the_lowest_units(pipeline_root, slug, lang):
    """REVIEW2 17: 'dimulai dari unit dengan cakupan terendah: cakupan 71,0%, target 100%' named no unit while the
    20 JP line beside it names three: the three lowest units by coverage (the province: dinas), in the summary's
    finding, 9.2 and the CAKUPAN row."""
    from evalasn.paths import project
    from evalasn.report.chapters import plan
    from evalasn.report.context import load_context
    from evalasn.report.words.names import short_name_in
    from evalasn.report.words.units import unit_name

    ctx = _flat_budget_and_missed_coverage(load_context(slug, lang, project(pipeline_root)))
    hasil = ctx.hasil
    if slug == "provinsi":
        # the three lowest below the province's own coverage (68,7% in the sample): LOOK11 L-8
        shares = dict(zip([r["dinas"] for r in hasil["perbandingan_dinas"]], (0.9, 0.4, 0.6, 0.5, 0.95), strict=False))
        for row in hasil["perbandingan_dinas"]:
            row["cakupan_asn"] = _share(shares[row["dinas"]])
        lowest = [short_name_in(d, lang) for d in sorted(shares, key=shares.__getitem__)[:3]]
        values = sorted(shares.values())[:3]
    else:
        lowest = ["Puskesmas Rendah", "Puskesmas Tengah", "Puskesmas Ketiga"]
        values = [0.3, 0.45, 0.5]
        hasil["pelaksanaan"]["cakupan_unit_terendah"] = [
            {"dinas": "kesehatan", "unit_kerja": name, "cakupan": _share(value)}
            for name, value in zip([*lowest, "Puskesmas Keempat"], (0.3, 0.45, 0.5, 0.6), strict=True)]
    if slug != "provinsi":  # as the report names the units (as the data write them)
        lowest = [unit_name(name, lang) for name in lowest]
    named = ", ".join(lowest)
    rec = next(r for r in rules.recommendations(hasil, lang, ctx.targets) if r.rule == "rec_coverage")
    # BAB IX 9.2's recommendation gives each its coverage with its interval (REVIEW3 22); the summary points to it
    with_values = ", ".join(f"{name} {coverage_rule.share_range(_share(value), lang, t('who_asn', lang))}"
                            for name, value in zip(lowest, values, strict=True))
    # a dinas's with the number of BAB II's table that holds them (LOOK37 L-5, html.table_ref)
    cited = "" if slug == "provinsi" else t("rec_coverage_table", lang, tabel=html.table_ref("cakupan-unit"))
    assert rec.text.rstrip(".").endswith(with_values + cited), rec.text
    found = [f for f in key_findings.ranked(ctx) if f.recommendation == rec.brief]  # its summary form (P6)
    assert found, [f.recommendation for f in key_findings.ranked(ctx)]
    row = {r.code: r for r in plan.rows(ctx)}["CAKUPAN"]
    assert row.action.endswith(named), row.action
