"""The summary's findings by consequence, session 8: PPPK above their legal JP cap (R6-32), the findings the
five-finding cap leaves out (R6-5) and a dinas without training data in the evaluated year (R6b-14)."""

from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace
from typing import Any, cast

import pytest

from evalasn import constants
from evalasn.analysis import year_change
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import (
    ikm_units,
    key_findings,
    lagging_gain,
    method_choice,
    plan,
    pppk_cap,
    recommendation,
    rules,
)
from evalasn.report.config import Target
from evalasn.report.context import Context, load_context
from evalasn.report.words import fmt

NONE_ABOVE = {"id": "0 PPPK di atas 24 JP", "en": "0 PPPK above 24 JP"}  # the PPPK-JP row's target (LOOK37b M-20)


def _share(jumlah: int, n: int, low: float, high: float) -> Any:
    return {"n": n, "estimasi": jumlah / n, "ci_bawah": low, "ci_atas": high, "p": None, "cukup_data": True,
            "jumlah": jumlah}


def _counted(jumlah: int, n: int) -> Any:
    """The share of ``jumlah`` of ``n`` PPPK withheld as analysis.stats.proportion_ci withholds it under MIN_N."""
    return {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
            "jumlah": jumlah}


def _with_pppk(ctx: Context, over: Any, cost: float | None = 2.67e8) -> Context:
    hasil: Any = copy.deepcopy(ctx.hasil)
    pppk = hasil["pelaksanaan"]["jp_20"]["pppk"]
    pppk["di_atas_batas"], pppk["n"] = {k: v for k, v in over.items() if k != "jumlah" or over["cukup_data"]}, \
        over["n"]
    pppk["jumlah_di_atas_batas"] = over["jumlah"]  # the count of them all, kept at any n (analysis.compliance.pppk)
    pppk["biaya_di_atas_batas_rp"] = cost
    return dataclasses.replace(ctx, hasil=hasil)


@pytest.fixture
def kesehatan(pipeline_root) -> Context:
    return load_context("kesehatan", "id", project(pipeline_root))


@pytest.mark.parametrize(("over", "fires"), [
    pytest.param(_share(43, 74, 0.467, 0.687), True, id="kesehatan-sample-43-of-74"),
    pytest.param(_share(1, 74, 0.002, 0.073), True, id="one-pppk-interval-above-zero"),
    # too few PPPK for an interval: the count of them all is no estimate, the breach a fact (LOOK26 X-1)
    pytest.param(_counted(4, 5), True, id="kominfotik-4-of-5-counted"),
    pytest.param(_counted(1, 1), True, id="the-one-pppk-above-the-cap"),
    # the rule must not fire: an interval that reaches zero, no PPPK above the cap (with or without an interval),
    # no PPPK at all
    pytest.param(_share(0, 74, 0.0, 0.049), False, id="none-above-the-cap"),
    pytest.param(_counted(0, 3), False, id="too-few-pppk-none-above-the-cap"),
    pytest.param(_counted(0, 0), False, id="no-pppk-at-all"),
])
def test_pppk_above_the_cap_is_a_finding_when_its_interval_or_its_count_says_so(kesehatan, over, fires):
    ctx = _with_pppk(kesehatan, over)
    found = key_findings.pppk_over_cap(ctx.hasil, rules.recommendations(ctx.hasil, "id"), "id")
    assert (found is not None) is fires
    recs = [r for r in rules.recommendations(ctx.hasil, "id", ctx.targets) if r.rule == "rec_pppk"]
    assert bool(recs) is fires
    assert any(row.rule == "rec_pppk" for row in plan.rows(ctx)) is fires


def test_the_pppk_finding_says_count_share_interval_and_the_cost_with_its_basis(kesehatan):
    ctx = _with_pppk(kesehatan, _share(43, 74, 0.467403, 0.686757))
    found = next(f for f in key_findings.candidates(ctx) if f.kind == "pppk")
    head = ("PPPK di atas batas 24 JP (PP 49/2018 Pasal 39): 43 dari 74 PPPK (58,1%; rentang keyakinan "
            "95%: 46,7% s.d. 68,7%) mengikuti lebih dari 24 JP pada "
            f"{ctx.hasil['tahun']}; biaya jam pelajaran di atas batas Rp 267 juta (biaya per peserta "
            "kegiatan mereka, sebanding dengan JP di atas 24).")
    # then its change from last year, from the analysis's record (tests/unit/test_pppk_year_change.py)
    over = pppk_cap.over_cap(ctx.hasil)
    assert over is not None
    assert found.text == head + key_findings.pppk_year_on_year(ctx.hasil, over, "id")
    assert found.recommendation.startswith("Batasi pengembangan kompetensi PPPK pada 24 JP per tahun perjanjian kerja")
    # without a cost (no cost in the activities), the finding stands without one
    bare = next(f for f in key_findings.candidates(_with_pppk(kesehatan, _share(43, 74, 0.467, 0.687), None))
                if f.kind == "pppk")
    assert "biaya" not in bare.text


@pytest.mark.parametrize(("lang", "said", "row"), [
    ("id", "PPPK di atas batas 24 JP (PP 49/2018 Pasal 39): 4 dari 5 PPPK (80,0%; hitungan semua PPPK, tanpa "
           "rentang) mengikuti lebih dari 24 JP pada {tahun}; biaya jam pelajaran di atas batas Rp 24,6 juta",
     "4 dari 5 PPPK (80,0%; hitungan, tanpa rentang)"),
    ("en", "PPPK above the 24-JP cap (PP 49/2018 Art. 39): 4 of 5 PPPK (80.0%; a count of every PPPK, no interval) "
           "took more than 24 JP in {tahun}; the lesson hours beyond the cap cost Rp 24.6 million",
     "4 of 5 PPPK (80.0%; a count, no interval)"),
], ids=["id", "en"])
def test_a_counted_breach_is_ranked_by_its_money_and_carried_into_bab_ix_and_x(kesehatan, lang, said, row):
    """LOOK26 X-1: Kominfotik's 4 of 5 PPPK above the cap, Rp 24,6 juta (6,7% of the programme), were in BAB II
    only; the summary, 9.1 and 9.2 said nothing, and BAB X's PPPK-JP row was the province's, "not from this report's
    recommendations". One record (pppk_cap.over_cap) now makes the finding, its place by the money rule, the
    conclusion, the recommendation and the report's own plan row."""
    ctx = dataclasses.replace(_with_pppk(kesehatan, _counted(4, 5), 24_579_253.5), lang=lang)
    found = next(f for f in key_findings.candidates(ctx) if f.kind == "pppk")
    assert found.text.startswith(said.format(tahun=ctx.hasil["tahun"])), found.text
    assert found.text in key_findings.ordered_conclusions(ctx)  # 9.1
    recs = key_findings.ordered_recommendations(ctx)  # 9.2, with the finding's recommendation
    assert any(r.rule == "rec_pppk" and r.text == found.recommendation for r in recs)
    (own,) = [r for r in plan.rows(ctx) if r.rule == "rec_pppk"]  # BAB X: the report's own row
    assert own.today_text == row and own.target_text == NONE_ABOVE[lang] and own.today == pytest.approx(80.0)
    assert "rencana provinsi" not in own.action and "province plan" not in own.action
    # linked to the province's PPPK-JP, which it carries out, as its own row: 10.2's note no longer disowns it
    from evalasn.report.chapters import followup, province_rows

    issued = province_rows.rows(ctx)
    (linked,) = [r for r in issued if r.code == "PPPK-JP"]
    assert linked.province_rows and linked.action == own.action
    note = followup.province_note(ctx, issued) or ""
    marker = {"id": "berasal dari rencana provinsi", "en": "from the province plan, which"}[lang]
    disowned = note.split(marker)[0].rsplit(". ", 1)[-1] if marker in note else ""  # the codes the note disowns
    assert "PPPK-JP" in note and "PPPK-JP" not in disowned, note


@pytest.mark.parametrize("share", [pytest.param(0.067, id="kominfotik-6,7%-of-the-programme"),
                                   pytest.param(0.04, id="below-the-5%-line")])
def test_a_counted_breach_takes_its_place_by_the_money_rule(kesehatan, share):
    """LOOK26 X-1: at 5,4-8,0% of the programme the breach goes first by the summary's own order note (money of at
    least MONEY_WEIGHT of the programme first, the largest first); below that line, after the findings that weigh."""
    spent = key_findings.results.realisation_in_year(kesehatan.hasil)
    assert spent
    programme = spent["realisasi_rp"]
    ctx = _with_pppk(kesehatan, _counted(4, 5), share * programme)
    ranked = key_findings.ranked(ctx)
    found = next(f for f in ranked if f.kind == "pppk")
    weighing = [f for f in ranked if f.rupiah and f.rupiah >= key_findings.MONEY_WEIGHT * programme]
    if share >= key_findings.MONEY_WEIGHT:
        assert ranked.index(found) == sum(1 for f in weighing if (f.rupiah or 0) > (found.rupiah or 0))
    else:
        assert found not in weighing and ranked.index(found) >= len(weighing)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pppk_plan_row_targets_none_above_the_cap(kesehatan, lang):
    ctx = dataclasses.replace(_with_pppk(kesehatan, _share(43, 74, 0.467403, 0.686757)), lang=lang)
    (row,) = [r for r in plan.rows(ctx) if r.rule == "rec_pppk"]
    assert row.id == f"kesehatan-{ctx.hasil['tahun']}-PPPK-JP" and row.code == "PPPK-JP"
    assert row.today == pytest.approx(58.1081, abs=1e-3) and row.target == 0.0 and not row.higher_better
    assert row.target_text == NONE_ABOVE[lang] and row.quarter == recommendation.QUARTER["rec_pppk"]
    assert f"{constants.PPPK_JP_MAXIMUM_PER_YEAR} JP" in row.indicator and "49/2018" in row.indicator
    assert str(ctx.hasil["tahun"] + 1) in row.indicator and "{" not in row.indicator and row.owner


def test_the_cap_of_the_rule_is_the_one_constant(kesehatan, monkeypatch):
    """The threshold lives in one place with its regulation (constants.PPPK_JP_MAXIMUM_PER_YEAR)."""
    monkeypatch.setattr(constants, "PPPK_JP_MAXIMUM_PER_YEAR", 30)
    ctx = _with_pppk(kesehatan, _share(43, 74, 0.467, 0.687))
    found = next(f for f in key_findings.candidates(ctx) if f.kind == "pppk")
    assert "batas 30 JP" in found.text and "24" not in found.text.split("(PP")[0]


# --- R6b-14: a dinas without training data in the evaluated year --------------------------------------------
def _missing(ctx: Context, slugs: list[str]) -> Context:
    hasil: Any = copy.deepcopy(ctx.hasil)
    for year in hasil["tren"]:
        year["dinas_tanpa_data_kegiatan"] = slugs if year["tahun"] == hasil["tahun"] else []
    return dataclasses.replace(ctx, hasil=hasil)


@pytest.mark.parametrize(("slugs", "lead"), [
    pytest.param(["kesehatan"], "Data kegiatan dan peserta {tahun} Dinas Kesehatan tidak diterima: cakupan, 20 JP, "
                                "kenaikan nilai dan biaya per poin {tahun} belum dapat dinilai", id="its-own-dinas"),
    pytest.param(["sosial"], "", id="another-dinas-is-not-this-report's"),
    pytest.param([], "", id="nothing-missing"),
])
def test_a_dinas_without_this_year_s_training_data_says_so_first(kesehatan, slugs, lead):
    ctx = _missing(kesehatan, slugs)
    said = key_findings.missing_data_lead(ctx)
    assert said.startswith(lead.format(tahun=ctx.hasil["tahun"])) and bool(said) is bool(lead)
    if lead:
        assert "Kirim ekspor kegiatan dan peserta" in said
        parts = key_findings.summary_parts(ctx)
        assert lead.format(tahun=ctx.hasil["tahun"]) in parts[0]  # before the findings and the key figures


@pytest.mark.parametrize("lang, said", [
    ("id", ("kenaikan nilai, biaya per poin dan realisasi anggaran", "serta data pagu dan realisasi")),
    ("en", ("cost per point and budget realisation cannot", "and the {tahun} budget ceiling and realisation")),
], ids=["id", "en"])
def test_a_dinas_without_this_year_s_budget_data_either_is_asked_for_it_too(kesehatan, monkeypatch, lang, said):
    """CHECK10 C10-17: the summary asked for the activity export only while Tabel 1 below it said the year's budget
    data were missing too."""
    ctx = dataclasses.replace(_missing(kesehatan, ["kesehatan"]), lang=lang)
    monkeypatch.setattr(key_findings.fact_targets, "by_key", lambda _ctx: {"persen_realisasi": SimpleNamespace(
        has_value=False)})
    lead = key_findings.missing_data_lead(ctx)
    assert all(part.format(tahun=ctx.hasil["tahun"]) in lead for part in said), lead


def test_the_province_names_the_dinas_left_out_beside_its_figures(pipeline_root):
    ctx = _missing(load_context("provinsi", "id", project(pipeline_root)), ["sosial"])
    tahun = ctx.hasil["tahun"]
    assert key_findings.missing_data_lead(ctx).startswith(f"Cakupan dan 20 JP {tahun} tidak menghitung pegawai Sosial")
    targets = [f for f in key_findings.missed_targets(ctx, []) if f.topic in ("cakupan_asn", "jp_20")]
    assert targets  # the sample misses both targets of 100%
    for finding in targets:
        assert f"Tanpa pegawai Sosial: data kegiatan {tahun} dinas itu tidak diterima." in finding.text
    untouched = [f for f in key_findings.missed_targets(ctx, []) if f.topic not in ("cakupan_asn", "jp_20")]
    assert not any("Tanpa pegawai" in f.text for f in untouched)


# --- R6-5: what the cap leaves out is named after the five -------------------------------------------------
def test_units_below_b_cut_by_the_cap_are_named_with_where_to_read_them(kesehatan):
    ikm: Any = {"n": 28, "estimasi": 69.25, "ci_bawah": 62.1, "ci_atas": 74.9, "cukup_data": True, "kategori": "C"}
    poor = [ikm_units.BelowB("Puskesmas Kecamatan Koja", ikm, True)]
    short = key_findings._ikm_short([], poor, "id")
    assert short.startswith("layanan di bawah kategori B: Puskesmas Kecamatan Koja 69,25")
    assert short.endswith("(BAB VI)")
    many = poor * 5
    assert key_findings._ikm_short([], many, "id") == ("layanan di bawah kategori B: 5 unit yang seluruh rentang "
                                                        "IKM-nya di bawah B (BAB VI)")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_pppk_share_reads_the_same_in_the_summary_and_bab_ii(pipeline_root, lang):
    """Summary consistency (issue 22.1): the finding's share and interval are BAB II's, printed the same way."""
    import re

    from evalasn.report.chapters import sections
    from evalasn.report.words import phrases

    paths = project(pipeline_root)
    checked = 0
    for slug in ("kesehatan", "provinsi"):
        ctx = load_context(slug, lang, paths)
        over = ctx.hasil["pelaksanaan"]["jp_20"]["pppk"]["di_atas_batas"]
        if pppk_cap.over_cap(ctx.hasil) is None:
            continue
        share, interval = phrases.estimate(over, lang, "proporsi"), phrases.ci(over, lang, "proporsi")
        summary = re.sub(r"\s+", " ", sections.summary(ctx))
        chapter = re.sub(r"\s+", " ", sections.implementation(ctx))
        assert f"({share}; {interval})" in summary, (slug, share, interval)
        assert share in chapter and interval.split(": ")[-1] in chapter, (slug, share, interval)
        checked += 1
    assert checked  # the sample has PPPK above the cap


def _found(kind: str, rupiah: float | None = None) -> key_findings.Finding:
    return key_findings.Finding(kind, kind, "", rupiah=rupiah)


@pytest.mark.parametrize(("found", "order"), [
    # set A Kominfotik (REVIEW7 R7-7): PPPK hours Rp 65,2 juta were finding 1, the lagging gain on Rp 996 juta 2
    pytest.param([_found("pppk", 6.52e7), _found("kenaikan_rendah", 9.96e8), _found("target")],
                 ["kenaikan_rendah", "pppk", "target"], id="lagging-996-juta-before-pppk-65-juta"),
    pytest.param([_found("tanpa_kenaikan", 1.4e9), _found("pppk", 1.4e9), _found("efisiensi", 2e8)],
                 ["tanpa_kenaikan", "pppk", "efisiensi"], id="equal-amounts-keep-rule-order"),
    pytest.param([_found("pppk", 1e6), _found("intervensi"), _found("target"), _found("efisiensi", 5e6),
                  _found("ikm_cd"), _found("target", 9e9)],
                 ["efisiensi", "pppk", "intervensi", "target", "ikm_cd", "target"],
                 id="without-money-in-rule-order-and-the-cap-chooses-first"),
])
def test_the_summary_orders_its_findings_by_the_money_they_name(found, order):
    ranked = key_findings.by_consequence(found)
    assert [f.kind for f in ranked] == order
    assert ranked[key_findings.MAX_FINDINGS:] == found[key_findings.MAX_FINDINGS:]  # the cap's choice is the rules'


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_sample_summary_puts_the_largest_amount_first(kesehatan, lang):
    """Sample kesehatan (REVIEW7 R7-7): PPPK Rp 267 juta came before larger money while the summary said "diurutkan
    menurut bobotnya"; each finding's amount is the one its text prints."""
    ctx = _with_pppk(dataclasses.replace(kesehatan, lang=lang), _share(43, 74, 0.467, 0.687))
    found = key_findings.ranked(ctx)
    kinds = [f.kind for f in found]
    if method_choice.method_shift(ctx.hasil) is not None:  # Rp 1,7 miliar of pelatihan to move, before Rp 267 juta
        assert kinds.index("efisiensi") < kinds.index("pppk"), kinds
    else:  # LOOK16 R-4, LOOK17 S-2: "do not move" asks for no decision: no summary finding
        assert "efisiensi" not in kinds and "pppk" in kinds, kinds
    amounts = [f.rupiah for f in found if f.rupiah]
    assert amounts == sorted(amounts, reverse=True) and amounts  # the order of several: by_consequence cases above
    assert all(f.rupiah is None for f in found[len(amounts):])
    for finding in found:
        if finding.kind in ("pppk", "kenaikan_rendah", "efisiensi") and finding.rupiah:  # printed as it ranks
            assert fmt.rupiah(finding.rupiah, lang) in (finding.brief or finding.text)


@pytest.mark.parametrize(("over", "shown"), [
    pytest.param(_share(43, 74, 0.467, 0.687), True, id="pppk-row-in-bab-x-target-in-the-table"),
    pytest.param(_share(0, 74, 0.0, 0.049), False, id="no-pppk-row-no-target"),
])
def test_the_targets_table_holds_the_pppk_cap_when_bab_x_sets_it(kesehatan, over, shown):
    """REVIEW7 R7-15: Tabel 13 "Target yang dipakai laporan ini dan dasarnya" had no PPPK row though BAB X's PPPK-JP
    row targets "≤ 0,0%" under PP 49/2018 Pasal 39."""
    from evalasn.report.chapters import comparison

    ctx = _with_pppk(kesehatan, over)
    table = comparison.targets_table(ctx).replace("\u00a0", " ").replace("&nbsp;", " ")
    assert ("PPPK di atas batas" in table and "PP 49/2018 Pasal 39" in table) is shown
    rows = [row for row in plan.rows(ctx) if row.rule == "rec_pppk"]
    assert bool(rows) is shown and all(row.target_text in table for row in rows)


# --- LOOK9 #4/#22: the summary opens with the money, coverage where it informs ----------------------------
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("missing", "coverage"), [
    pytest.param([], None, id="every-dinas-no-coverage-line"),
    pytest.param(["sosial"], {"id": "Data tersedia untuk 20 dari 21 dinas provinsi; belum ada data: Sosial.",
                              "en": "Data are available for 20 of the 21 provincial agencies; no data yet: Social "
                                    "Affairs."}, id="one-dinas-without-data-after-the-money"),
])
def test_the_province_summary_opens_with_the_money(pipeline_root, lang, missing, coverage):
    """The head of agency's first line was 'Data tersedia untuk semua 21 dinas di registri.' (a system word, and
    nothing to act on): it is now the programme's cost; which dinas have no data follows it when some have none."""
    from evalasn.report.chapters import front

    ctx = load_context("provinsi", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    data = hasil["data"]
    data["dinas_dengan_data"] = [s for s in data["dinas_dengan_data"] + data["dinas_tanpa_data"] if s not in missing]
    data["dinas_tanpa_data"] = missing
    parts = front.province_first_page(dataclasses.replace(ctx, hasil=hasil))
    assert parts[0].split(">", 1)[1].startswith({"id": "Biaya program", "en": "Programme cost"}[lang]), parts[0]
    page = " ".join(parts)
    assert "registri" not in page and "registry" not in page
    if coverage is None:
        assert not any(word in page for word in ("Data tersedia", "Data are available"))
    else:
        assert coverage[lang] in page and coverage[lang] not in parts[0] and coverage[lang] in parts[1]


@pytest.mark.parametrize("lang,opening", [
    ("id", "Biaya program Dinas Kesehatan "), ("en", "Programme cost of the Health Agency in "),
], ids=["id", "en"])
def test_a_dinas_summary_opens_with_its_own_money(pipeline_root, lang, opening):
    """CHECK10 C10-10: the province summary opened with its cost (9c62a3e), the dinas summaries with 'Temuan utama'
    and no rupiah before Tabel 1; now the dinas's own realisation, ceiling, activities and participations first."""
    from evalasn.report.chapters import sections

    ctx = load_context("kesehatan", lang, project(pipeline_root))
    text = sections.summary(ctx)
    body = text.split("</h2>", 1)[1] if "</h2>" in text else text
    first = body.split("</p>", 1)[0]
    assert opening in first and ("terealisasi dari pagu" if lang == "id" else "realised of a ceiling of") in first, \
        first


@pytest.mark.parametrize("lang, sure, maybe", [
    ("id", "Mulai dari UPT Sosial Utara, yang seluruh", "lalu UPT Sosial Selatan, yang estimasi"),
    ("en", "Start with “UPT Sosial Utara”, whose IKM's whole", "then “UPT Sosial Selatan”, whose IKM estimate"),
], ids=["id", "en"])
def test_one_unit_each_side_is_named_not_counted(monkeypatch, lang, sure, maybe):
    """CHECK11 C11-10 (set C, Sosial): "Start with the 1 unit named above …; then the 1 unit named above" — two
    different units read alike; one unit is named, more than ikm_units.NAMED_AT_MOST are counted ('the 4 units named
    above')."""
    ikm: Any = {"n": 40, "estimasi": 73.86, "ci_bawah": 70.1, "ci_atas": 76.2, "cukup_data": True, "kategori": "C"}
    rows = [ikm_units.BelowB("UPT Sosial Utara", ikm, True), ikm_units.BelowB("UPT Sosial Selatan", ikm, False)]
    monkeypatch.setattr(ikm_units, "ikm_below_b", lambda hasil: rows)
    said = ikm_units.weak_start(cast(Any, {"cakupan": {"jenis": "dinas"}}), lang, counted=True)
    assert sure in said and maybe in said and "1 unit" not in said, said
    monkeypatch.setattr(ikm_units, "ikm_below_b", lambda hasil: rows[:1] * 4 + rows[1:])
    assert ("4 unit yang disebut di atas" if lang == "id" else "the 4 units named above") in \
        ikm_units.weak_start(cast(Any, {"cakupan": {"jenis": "dinas"}}), lang, counted=True)


FEW = [pytest.param(lang, sure, maybe, id=f"{lang}-{sure}-sure-{maybe}-maybe")
       for lang in ("id", "en") for sure, maybe in ((2, 2), (3, 1), (1, 3))]


@pytest.mark.parametrize(("lang", "sure", "maybe"), FEW)
def test_a_few_units_each_side_are_named_not_counted(monkeypatch, lang, sure, maybe):
    """LOOK36 J-6 (Kebudayaan): "Mulai dari 2 unit yang disebut di atas, …; lalu 2 unit yang disebut di atas, …" —
    four units, two groups read alike; up to ikm_units.NAMED_AT_MOST a side are named (as 9.2 does), without their
    respondents (the finding above gives them)."""
    ikm: Any = {"n": 40, "estimasi": 73.86, "ci_bawah": 70.1, "ci_atas": 76.2, "cukup_data": True, "kategori": "C"}
    rows = [ikm_units.BelowB(f"UPT Pasti {k}", ikm, True) for k in range(sure)] \
        + [ikm_units.BelowB(f"UPT Mungkin {k}", ikm, False) for k in range(maybe)]
    monkeypatch.setattr(ikm_units, "ikm_below_b", lambda hasil: rows)
    said = ikm_units.weak_start(cast(Any, {"cakupan": {"jenis": "dinas"}}), lang, counted=True)
    assert {"id": "disebut di atas", "en": "named above"}[lang] not in said, said
    assert all(row.shown(lang) in said for row in rows), said
    assert {"id": "responden", "en": "respondent"}[lang] not in said, said


@pytest.mark.parametrize("lang, count, says", [
    ("id", 4, "lalu 4 unit yang disebut di atas, yang estimasi"),
    # the named few by name and how many others, no second "3 di antaranya" (LOOK35 G-8)
    ("id", 10, "lalu 10 unit yang dihitung di atas (3 yang disebut namanya dan 7 unit lain), yang estimasi"),
    ("en", 10, "then the 10 units counted above (the 3 named and 7 other units), whose IKM estimate"),
], ids=["four-all-named-id", "ten-three-named-id", "ten-three-named-en"])
def test_the_count_says_how_many_of_the_units_the_finding_named(monkeypatch, lang, count, says):
    """LOOK18 T-4 (Pendidikan): 'lalu 10 unit yang disebut di atas' where the finding named 3 of the 10 and put the
    other 7 in the workbook; a list named in full (at most ikm_units.NAMED_AT_MOST + 1) is still 'disebut di atas'."""
    ikm: Any = {"n": 40, "estimasi": 73.86, "ci_bawah": 70.1, "ci_atas": 76.2, "cukup_data": True, "kategori": "C"}
    rows = [ikm_units.BelowB("UPT Sure", ikm, True)] * 2 \
        + [ikm_units.BelowB(f"UPT {k}", ikm, False) for k in range(count)]
    monkeypatch.setattr(ikm_units, "ikm_below_b", lambda hasil: rows)
    said = ikm_units.weak_start(cast(Any, {"cakupan": {"jenis": "dinas"}}), lang, counted=True)
    assert says in said, said


@pytest.mark.parametrize("lang, count, says", [("en", 1, " One more unit has"), ("en", 3, " Another 3 units have"),
                                               ("id", 1, " Lalu satu unit lagi"), ("id", 3, " Lalu 3 unit lagi")],
                         ids=["one-en", "three-en", "one-id", "three-id"])
def test_one_more_unit_reads_as_a_sentence(lang, count, says):
    """CHECK11 C11-10: 'Another 1 unit with an estimate in category C or D …'; LOOK12 K-5: 'Lalu 1 unit lagi'."""
    from evalasn.report.words.text import t

    words = t("kt_ikm_unit_word" + ("_one" if count == 1 else ""), lang)
    assert t("kt_ikm_maybe_more", lang, jumlah=str(count), siapa=words, daftar="X", kat="C",
             batas="76,61").startswith(says)


@pytest.mark.parametrize(("found", "programme", "order"), [
    # set D Kominfotik (CHECK11 C11-9): one PPPK over the cap, Rp 2,7 juta of a Rp 89,6 juta programme, came first
    pytest.param([_found("pppk", 2.7e6), dataclasses.replace(_found("target"), fall=True)], 8.96e7,
                 ["target", "pppk"], id="kominfotik-coverage-fall-before-rp-2-7-juta"),
    pytest.param([_found("pppk", 2.09e7), dataclasses.replace(_found("target"), fall=True)], 2.62e8,
                 ["pppk", "target"], id="sda-rp-20-9-juta-is-8-percent-of-the-programme-first"),
    pytest.param([_found("pppk", 2.7e6), _found("target")], 8.96e7, ["pppk", "target"],
                 id="small-amount-keeps-rule-order-without-a-fall"),
    pytest.param([_found("pppk", 2.7e6), dataclasses.replace(_found("target"), fall=True)], None,
                 ["pppk", "target"], id="no-programme-cost-any-amount-first"),
])
def test_money_weighs_against_the_programme_and_a_fall_comes_next(found, programme, order):
    assert [f.kind for f in key_findings.by_consequence(found, programme)] == order


def _coverage_row(now: tuple[float, float, float], before: tuple[float, float, float],
                  change: tuple[float, float]) -> facts.Fact:
    """A missed coverage target with last year's figure and the analysis's paired difference (its interval
    ``change``, analysis.year_change)."""
    def share(v: tuple[float, float, float]) -> dict:
        return {"n": 66, "estimasi": v[0], "ci_bawah": v[1], "ci_atas": v[2], "p": None, "cukup_data": True,
                "jumlah": round(66 * v[0])}
    target = Target("cakupan_asn", 100.0, {}, True)
    return facts.Fact("cakupan_asn", 2025, share(now), last_year=share(before), target=target,
                      verdict=facts.judge("cakupan_asn", share(now), target, "id"),
                      change=year_change.change("cakupan_asn", now[0] - before[0], *change, True, 60))


def _activities(year: int, n: int) -> dict:
    return {"tahun": year, "pelaksanaan": {"kegiatan_per_metode": [{"metode": "pelatihan", "n_kegiatan": n}]}}


@pytest.mark.parametrize(("lang", "now", "before", "change", "said"), [
    # LOOK25 follow-up: "; 104 kegiatan pada 2025, 76 pada 2024" beside a rising cost per point read as its cause;
    # the clause says the change alone, whatever the two years' activity counts; LOOK26 X-6: with its verdict word
    pytest.param("id", (0.455, 0.340, 0.574), 6, (-0.58, -0.33),
                 " Turun dari 90,9% (81,6% s.d. 95,8%) pada 2024: memburuk (selisih −45,4 poin persen; "
                 "rentang keyakinan 95%: −58,0 s.d. −33,0; BAB VII, 7.1).",
                 id="id-clear-fall-without-activity-counts"),
    pytest.param("en", (0.455, 0.340, 0.574), 6, (-0.58, -0.33),
                 " Down from 90.9% (81.6% to 95.8%) in 2024: worse (difference −45.4 percentage points; "
                 "95% CI: −58.0 to −33.0; Chapter VII, 7.1).",
                 id="en-clear-fall-without-activity-counts"),
    pytest.param("id", (0.455, 0.340, 0.574), 2, (-0.58, -0.33),
                 " Turun dari 90,9% (81,6% s.d. 95,8%) pada 2024: memburuk (selisih −45,4 poin persen; "
                 "rentang keyakinan 95%: −58,0 s.d. −33,0; BAB VII, 7.1).", id="id-same-count-not-said"),
    pytest.param("en", (0.455, 0.340, 0.574), 2, (-0.58, -0.33),
                 " Down from 90.9% (81.6% to 95.8%) in 2024: worse (difference −45.4 percentage points; "
                 "95% CI: −58.0 to −33.0; Chapter VII, 7.1).",
                 id="en-same-count-not-said"),
    pytest.param("id", (0.85, 0.74, 0.92), 6, (-0.17, 0.05),
                 " Pada 2024: 90,9% (81,6% s.d. 95,8%); perubahannya belum pasti (selisih −5,9 poin persen; "
                 "rentang keyakinan 95%: −17,0 s.d. 5,0; BAB VII, 7.1).",
                 id="difference-holds-zero-no-verdict"),
])
def test_a_missed_target_says_its_clear_fall_from_last_year(lang, now, before, change, said):
    """CHECK11 C11-9: Kominfotik's coverage 45,5% (34,0–57,4) against 90,9% in 2024 was said with no comparison to
    last year. The two years' activity counts (2 against 6) are not said beside it: the summary tests no cause of the
    change (LOOK25 follow-up), and this year's count opens the summary."""
    ctx = SimpleNamespace(lang=lang, hasil=_activities(2025, 2), previous=_activities(2024, before))
    assert key_findings.year_on_year(cast(Context, ctx), _coverage_row(now, (0.909, 0.816, 0.958), change)) == said


@pytest.mark.parametrize("lang, action", [
    ("id", "Kirim ekspor kegiatan dan peserta {tahun} (SIMDIKLAT atau LMS) serta pagu dan realisasi {tahun}"),
    ("en", "Send the {tahun} activity and participant exports (SIMDIKLAT or LMS)"),
], ids=["id", "en"])
def test_a_dinas_whose_year_was_not_received_has_a_data_row_to_send_it(contexts, lang, action):
    """CHECK11 C11-7 (set A, Nakertransgi without 2025 data): the summary's one request, "Kirim ekspor …", had no
    plan row, owner or quarter (the DATA row's share of complete participations has no value without
    participations). The row asks for the exports, today 0%, target 100%, in the first quarter."""
    from evalasn.report.chapters import plan

    ctx = _missing(contexts[("kesehatan", lang)], ["kesehatan"])
    hasil: Any = ctx.hasil
    hasil["data"].update(n_partisipasi_tahun=0, n_partisipasi_lengkap=0)
    row = next((r for r in plan.rows(ctx) if r.code == "DATA"), None)
    assert row is not None
    assert row.action.startswith(action.format(tahun=hasil["tahun"])), row.action
    assert row.today == 0.0 and row.target == 100.0 and row.quarter == 1
    other = _missing(contexts[("kesehatan", lang)], ["sosial"])  # another dinas's year: the usual row
    assert not next(r for r in plan.rows(other) if r.code == "DATA").action.startswith(action[:10])


@pytest.mark.parametrize("lang, says", [
    ("id", " Lakukan pengalihan ini sesudah tinjauan mentoring (rekomendasi tinjauan kenaikan nilai)"),
    ("en", " Make this shift after the review of mentoring (the recommendation to review the gain)"),
], ids=["id", "en"])
def test_a_shift_to_a_method_under_review_waits_for_the_review(contexts, monkeypatch, lang, says):
    """LOOK11 L-4: Kesehatan's summary said "Tinjau bersama BPSDM … mentoring" and, two lines on, "Alihkan sebagian
    kegiatan pelatihan ke mentoring"; the condition that reconciles them was only in the plan row PORSI-MENTORING."""
    from types import SimpleNamespace

    hasil: Any = contexts[("kesehatan", lang)].hasil
    monkeypatch.setattr(lagging_gain, "listed", lambda _: [SimpleNamespace(dinas="kesehatan")])
    monkeypatch.setattr(lagging_gain, "to_review", lambda item, own: ["mentoring"])
    assert method_choice.after_review(hasil, "mentoring", lang).startswith(says)
    assert method_choice.after_review(hasil, "e-learning", lang) == ""  # not a method under review
    monkeypatch.setattr(lagging_gain, "listed", lambda _: [])
    assert method_choice.after_review(hasil, "mentoring", lang) == ""  # the dinas is not on the list
