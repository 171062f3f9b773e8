"""Units (dinas) below IKM category B without a weak element (issue 22, "one report, one truth"): the summary's
finding recommends what BAB IX 9.2 recommends (rule 5b, rec_ikm_units) and BAB X plans, as a count of units below
B with target 0, which next year's review reads by the same definition and judges."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report.chapters import (
    followup_measure,
    followup_review,
    ikm_units,
    key_findings,
    plan,
    plan_indicators,
    published_rows,
    recommendation,
    rules,
    sections,
)
from evalasn.report.words.names import short_name_in
from evalasn.report.words.units import unit_name


def _ikm(estimasi: float, low: float, high: float) -> dict[str, Any]:
    letter = lambda v: "B" if round(v, 2) >= 76.61 else "C"  # noqa: E731
    return {"estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "n": 120,
            "kategori": letter(estimasi), "kategori_bawah": letter(low), "kategori_atas": letter(high)}


def _unit(name: str, period: str, figure: dict[str, Any]) -> dict[str, Any]:
    return {"unit_kerja": name, "periode": period, **figure}


# a dinas's units in the latest period: two whose whole interval is in C, one that may be below B, one in B,
# one in C but of the period before (not counted)
UNITS = [_unit("Puskesmas Senen", "2025-S2", _ikm(70.10, 66.0, 74.2)),
         _unit("Puskesmas Gambir", "2025-S2", _ikm(72.00, 69.0, 75.0)),
         _unit("Puskesmas Menteng", "2025-S2", _ikm(75.90, 73.0, 78.8)),
         _unit("Puskesmas Tambora", "2025-S2", _ikm(80.00, 78.0, 82.0)),
         _unit("Puskesmas Kalideres", "2025-S1", _ikm(70.00, 66.0, 74.0))]


def _dinas_results(units: list[dict[str, Any]], period: str | None = "2025-S2") -> Any:
    return {"cakupan": {"jenis": "dinas", "slug": "kesehatan"}, "tahun": 2025, "komunikasi": {"periode": period},
            "level4_hasil": {"ikm_unit": units}}


def _province_results(ikms: dict[str, dict[str, Any] | None]) -> Any:
    return {"cakupan": {"jenis": "provinsi", "slug": "provinsi"}, "tahun": 2025, "komunikasi": {"periode": "2025-S2"},
            "perbandingan_dinas": [{"dinas": slug, "ikm": figure} for slug, figure in ikms.items()]}


@pytest.mark.parametrize(("hasil", "count", "names"), [
    pytest.param(_dinas_results(UNITS), 3, ["Puskesmas Senen", "Puskesmas Gambir", "Puskesmas Menteng"],
                 id="latest-period-only-lowest-first"),
    pytest.param(_dinas_results(UNITS[3:4]), 0, [], id="every-unit-in-b-counts-zero"),
    pytest.param(_dinas_results([]), None, [], id="no-unit-measured-is-not-zero"),
    pytest.param(_dinas_results([_unit("Puskesmas Senen", "2025-S2", {**_ikm(60.0, 50.0, 70.0), "cukup_data": False})]),
                 None, [], id="a-unit-without-enough-data-is-not-measured"),
    pytest.param(_province_results({"sosial": _ikm(74.0, 72.0, 76.0), "kpkp": _ikm(79.0, 77.0, 81.0),
                                     "citata": None}), 1, ["sosial"], id="province-counts-dinas"),
])
def test_the_units_below_b_are_listed_and_counted_once_for_summary_and_plan(hasil, count, names):
    assert [row.name for row in ikm_units.ikm_below_b(hasil)] == names
    assert ikm_units.ikm_below_b_count(hasil) == count


@pytest.fixture(scope="module")
def kesehatan(pipeline_root):
    return sections.load_context("kesehatan", "id", project(pipeline_root))


def _with_units(ctx, units: list[dict[str, Any]], weak: bool, lang: str = "id"):
    """The sample's context with these units in the latest SKM period and the scope's elements weak or not."""
    hasil = copy.deepcopy(ctx.hasil)
    period = hasil["komunikasi"]["periode"]
    hasil["level4_hasil"]["ikm_unit"] = [{**u, "periode": period} for u in units]
    for element in hasil["komunikasi"]["unsur"]:
        element["lemah"] = weak and element["unsur"] == "u8"
    return dataclasses.replace(ctx, hasil=hasil, lang=lang)


FIVE_IN_C = [_unit(f"Puskesmas {name}", "", _ikm(70.0 + k, 67.0 + k, 73.0 + k))
             for k, name in enumerate(("Senen", "Gambir", "Tambora", "Menteng", "Kalideres"))]


@pytest.mark.parametrize(("weak", "fired"), [
    pytest.param(False, "rec_ikm_units", id="no-weak-element-the-units-rule"),
    pytest.param(True, "rec_weak", id="a-weak-element-its-own-rule-only"),
])
def test_the_units_rule_fires_only_without_a_weak_element(kesehatan, weak, fired):
    ctx = _with_units(kesehatan, FIVE_IN_C, weak)
    recs = {r.rule: r for r in rules.recommendations(ctx.hasil, "id", ctx.targets)}
    assert ("rec_ikm_units" in recs) is not weak and ("rec_weak" in recs) is weak
    rec = recs[fired]
    assert (rec.owner, rec.quarter) == ("layanan", recommendation.QUARTER["rec_weak"])
    if not weak:  # the units named as the finding names them: three, then how many more
        assert ("Puskesmas Senen, Puskesmas Gambir, Puskesmas Tambora dan 2 unit lain (BAB VI)"
                in rec.text), rec.text
        assert "Puskesmas Menteng" not in rec.text and "rencana perbaikan layanan" in rec.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_recommends_what_bab_ix_recommends_for_units_below_b(kesehatan, lang):
    ctx = _with_units(kesehatan, FIVE_IN_C[:1], weak=False, lang=lang)
    found = {f.kind: f for f in key_findings.ranked(ctx)}
    rec = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_ikm_units")
    assert found["ikm_cd"].recommendation == rec.text
    assert rec.text in rules.recommendation_texts(ctx.hasil, lang, ctx.targets)  # BAB IX 9.2's list
    assert unit_name("Puskesmas Senen", lang) in rec.text
    if lang == "en":  # one unit: English agrees in number
        assert "with the unit whose IKM estimate is below category B" in rec.text
        assert "aimed at that unit, starting with its lowest element" in rec.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_x_counts_the_units_below_b_with_target_zero(kesehatan, lang):
    ctx = _with_units(kesehatan, FIVE_IN_C, weak=False, lang=lang)
    rows = {row.code: row for row in plan.rows(ctx)}
    row = rows["IKM-CD"]
    assert (row.rule, row.today, row.today_text, row.target, row.target_text, row.higher_better) == \
        ("rec_ikm_units", 5.0, "5", 0.0, "0 unit" if lang == "id" else "0 units", False)
    words = {"id": "Jumlah unit dengan estimasi IKM di bawah kategori B (C atau D) pada periode SKM terakhir",
             "en": "Number of units with an IKM estimate below category B (C or D) in the last SKM period of"}
    assert row.indicator.startswith(words[lang]) and str(ctx.hasil["tahun"] + 1) in row.indicator
    assert "%" not in row.today_text + row.target_text
    assert recommendation.deadline(ctx.hasil["tahun"], recommendation.QUARTER["rec_ikm_units"], lang,
                                   ctx.dated) == row.deadline
    assert unit_name("Puskesmas Senen", lang) in row.action
    # with a weak element too (rule 5 names the units where to start): the element's row and this count, so that the
    # element mean passing next year does not close the finding while the units stay in C (REVIEW6 R6-26)
    both = {row.code: row for row in plan.rows(_with_units(kesehatan, FIVE_IN_C, weak=True, lang=lang))}
    assert {"IKM-CD", "U8"} <= set(both) and both["IKM-CD"].today == 5.0 and both["IKM-CD"].target == 0.0
    # no unit below B: no count row beside the element's
    assert "IKM-CD" not in {row.code for row in plan.rows(_with_units(kesehatan, UNITS[3:4], weak=True, lang=lang))}


SIX_IN_C = [_unit(f"Puskesmas {name}", "", _ikm(65.0 + k, 62.0 + k, 68.0 + k))
            for k, name in enumerate(("Koja", "Tebet", "Senen", "Gambir", "Tambora", "Menteng"))]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("units", "every"), [
    pytest.param(FIVE_IN_C, True, id="rule-5-names-all-five"),
    pytest.param(SIX_IN_C, False, id="six-in-c-three-named-as-rule-5"),
])
def test_the_ikm_cd_action_names_the_units_rule_5_names(kesehatan, lang, units, every):
    """LOOK15 Q-5: the IKM-CD row 'Puskesmas Kecamatan Koja, … Senen dan 2 unit lain (BAB VI)' while 9.2 named all
    five where the weak elements' follow-up starts (four whose interval is below B, then one that may be)."""
    ctx = _with_units(kesehatan, units, weak=True, lang=lang)
    action = {row.code: row for row in plan.rows(ctx)}["IKM-CD"].action
    start = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_weak").text
    # an English name ends in the bracket a note may join ('Senen Health Centre (Puskesmas Senen; 120 respondents)')
    names = [unit_name(unit["unit_kerja"], lang).removesuffix(")") for unit in units]
    assert [name in action for name in names] == [name in start for name in names], (action, start)
    assert all(name in action for name in names) is every, action
    assert ("unit lain" in action or "other unit" in action) is not every, action


def test_the_province_row_counts_dinas_and_names_them_as_owners(pipeline_root):
    ctx = sections.load_context("provinsi", "id", project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    for element in hasil["komunikasi"]["unsur"]:
        element["lemah"] = False
    hasil["perbandingan_dinas"][0]["ikm"] = _ikm(74.0, 72.0, 76.0)
    slug = hasil["perbandingan_dinas"][0]["dinas"]
    ctx = dataclasses.replace(ctx, hasil=hasil)
    # its own code: a count of dinas, not the dinas plans' IKM-CD count of units (LOOK12 K-4)
    row = {row.code: row for row in plan.rows(ctx)}["IKM-CD-DINAS"]
    assert row.indicator.startswith("Jumlah dinas dengan estimasi IKM di bawah kategori B")
    assert (row.today_text, row.target_text, row.dinas) == ("1", "0 dinas", ())  # read in the province's own results
    assert ctx.t("every_dinas") not in row.owner and plan_indicators.dinas_name(slug, "id") in row.owner


@pytest.mark.parametrize(("units", "status", "shown"), [
    pytest.param(UNITS[3:4], "met", "0", id="none-below-b-met"),
    pytest.param(UNITS[:2], "not_met", "2", id="two-below-b-not-met"),
    pytest.param([], "cannot", None, id="no-unit-measured-cannot-be-judged"),
])
def test_next_year_reads_the_same_count_and_judges_it(units, status, shown):
    row = plan.PlanRow("kesehatan-2024-IKM-CD", "IKM-CD", "rec_ikm_units", "aksi", "indikator", 3.0, "3", 0.0,
                       "≤ 0", False, "pj", 2, "Triwulan II 2025")
    now = followup_measure.measure(row, "", _dinas_results(units), "id")
    verdict = followup_measure.judge(row, now, "id")
    assert verdict.status == status
    if shown is not None:
        assert followup_review.show(now, "id") == shown and now.values == (float(shown),) * 3
    assert published_rows.target_text(row, 1.0, "id") == "≤ 1"  # a signed target as a whole number


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_weak_element_recommendation_names_the_units_below_b(kesehatan, lang):
    """REVIEW2 8: the summary named Koja and Tebet in category C, and its recommendation ('Jalankan rencana tindak
    lanjut untuk unsur U8 … dan U7') named neither: the weak-element rule starts with the units below B."""
    ctx = _with_units(kesehatan, FIVE_IN_C[:2], weak=True, lang=lang)
    rec = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_weak")
    assert {"id": "Mulai dari Puskesmas Senen (120 responden) dan Puskesmas Gambir (120 responden), yang seluruh "
                  "rentang keyakinan 95% IKM-nya di bawah kategori B.",
            "en": "Start with Senen Health Centre (Puskesmas Senen; 120 respondents) and Gambir Health Centre "
                  "(Puskesmas Gambir; 120 respondents), "
                  "whose IKM's whole 95% CI is below category B."}[lang] \
        in rec.text
    # the summary gives the units' respondents once, in its finding; its recommendation names a few without them
    # (REVIEW7 R7-16: the six names with their respondents ran twice in one paragraph; LOOK36 J-6: "2 unit yang
    # disebut di atas" twice for four units)
    found = {f.kind: f for f in key_findings.ranked(ctx)}["ikm_cd"]
    assert found.recommendation == rec.brief
    assert {"id": "Mulai dari Puskesmas Senen dan Puskesmas Gambir", "en": "Start with Senen Health Centre (Puskesmas "
            "Senen) and Gambir Health Centre (Puskesmas Gambir)"}[lang] in found.recommendation, found.recommendation
    assert {"id": "responden", "en": "respondent"}[lang] not in found.recommendation, found.recommendation
    for unit in ("Puskesmas Senen", "Puskesmas Gambir"):
        assert unit in found.text


@pytest.mark.parametrize(("short", "said"), [
    # REVIEW4 11: counted, not named again (23 names in a 27-line finding); the units are named just before
    pytest.param((True, True), " Semuanya indikatif: respondennya kurang dari sampel minimum", id="all-indicative"),
    pytest.param((False, True), " 1 di antaranya indikatif: respondennya kurang dari sampel minimum",
                 id="some-indicative-counted"),
    pytest.param((True,), " Kategori Puskesmas Senen indikatif: respondennya kurang dari sampel minimum",
                 id="one-unit-named"),
    pytest.param((False, False), None, id="enough-respondents-no-note"),
])
def test_the_summary_says_a_units_category_is_indicative_below_the_minimum_sample(kesehatan, short, said):
    """REVIEW2 8: Tabel 9 marks Koja and Tebet 'C*' (28 and 26 respondents, under the minimum); the summary did not."""
    units = [{**unit, "sampel_kurang": few} for unit, few in zip(FIVE_IN_C, short, strict=False)]
    ctx = _with_units(kesehatan, units, weak=True)
    text = {f.kind: f for f in key_findings.ranked(ctx)}["ikm_cd"].text
    if said is None:
        assert "indikatif" not in text
    else:
        assert said in text and "Gambir indikatif" not in text


def _province_units(units: list[dict[str, Any]], ikms: dict[str, dict[str, Any] | None]) -> Any:
    hasil = _province_results(ikms)
    hasil["level4_hasil"] = {"ikm_unit": units}
    return hasil


# the province's units (each with its dinas): two whole intervals below B in two dinas, one that may be below B, one
# of the period before
PROVINCE_UNITS = [{**UNITS[1], "dinas": "kesehatan"}, {**UNITS[0], "dinas": "sosial"},
                  {**UNITS[2], "dinas": "sosial"}, {**UNITS[4], "dinas": "kesehatan"}]


@pytest.mark.parametrize(("hasil", "names"), [
    pytest.param(_province_units(PROVINCE_UNITS, {}), ["Puskesmas Senen (Sosial)", "Puskesmas Gambir (Kesehatan)"],
                 id="province-units-whole-interval-below-b-lowest-first-with-dinas"),
    pytest.param(_province_units(PROVINCE_UNITS[2:], {}), [], id="province-unit-reaching-b-is-not-sure"),
    pytest.param(_dinas_results(UNITS), ["Puskesmas Senen", "Puskesmas Gambir"], id="dinas-units-without-dinas-name"),
])
def test_units_whose_whole_interval_is_below_b_are_listed_with_their_dinas(hasil, names):
    assert [row.shown("id") for row in ikm_units.units_below_b(hasil)] == names


@pytest.fixture(scope="module")
def province(pipeline_root):
    return sections.load_context("provinsi", "id", project(pipeline_root))


def _province_with(ctx, units: list[dict[str, Any]], dinas_ikm: dict[str, Any] | None, lang: str):
    """The sample province with these units in its latest SKM period and every dinas in B (or one at ``dinas_ikm``)."""
    hasil: Any = copy.deepcopy(ctx.hasil)
    period = hasil["komunikasi"]["periode"]
    hasil["level4_hasil"]["ikm_unit"] = [{**u, "periode": period} for u in units]
    for row in hasil["perbandingan_dinas"]:
        row["ikm"] = _ikm(80.0, 78.0, 82.0) if row["ikm"] else None
    if dinas_ikm is not None:
        hasil["perbandingan_dinas"][0]["ikm"] = dinas_ikm
    return dataclasses.replace(ctx, hasil=hasil, lang=lang)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("dinas_ikm", [None, _ikm(75.0, 73.0, 77.0)], ids=["no-dinas-below-b", "a-dinas-may-be"])
def test_the_province_summary_names_units_whose_whole_interval_is_below_b(province, lang, dinas_ikm):
    """Reader review 3, item 3: rule (4) reads 'unit atau dinas'; the province names the units whose whole interval
    is below B (with their dinas and values, indicative ones counted), then the dinas whose estimate is C."""
    units = [{**PROVINCE_UNITS[1], "sampel_kurang": True}, PROVINCE_UNITS[0], PROVINCE_UNITS[2]]
    ctx = _province_with(province, units, dinas_ikm, lang)
    found = {f.kind: f for f in key_findings.ranked(ctx)}
    assert "ikm_cd" in found
    text = found["ikm_cd"].text
    opening = {"id": "Layanan di bawah kategori B: 2 unit yang seluruh rentang keyakinan 95% IKM-nya dalam kategori C",
               "en": "Service below category B: 2 units whose IKM's whole 95% CI is in category C"}[lang]
    assert text.startswith(opening), text
    senen = {"id": "Puskesmas Senen (Sosial) 70,10 (rentang keyakinan 95%: 66,00 s.d. 74,20; 120 responden)",
             "en": "Social Affairs Senen Health Centre (Puskesmas Senen) 70.10 (95% CI: 66.00 to 74.20; 120 "
                   "respondents)"}[lang]
    assert senen in text and unit_name("Puskesmas Menteng", lang) not in text.split(" — ")[1].split(".")[0]
    assert text.index(unit_name("Puskesmas Senen", lang)) < text.index(unit_name("Puskesmas Gambir", lang))
    assert {"id": "1 dari 2 unit itu indikatif", "en": "1 of these 2 units is indicative"}[lang] in text
    slug = ctx.hasil["perbandingan_dinas"][0]["dinas"]
    first_dinas = short_name_in(slug, lang)
    assert (first_dinas in text.split(" — ", 2)[-1]) is (dinas_ikm is not None)


@pytest.mark.parametrize(("hasil", "start"), [
    pytest.param(_province_units(PROVINCE_UNITS, {"kebudayaan": _ikm(76.51, 72.16, 80.85), "sosial": _ikm(80.0, 78.0,
                                                                                                         82.0)}),
                 " Mulai dari Puskesmas Senen (Sosial; 120 responden) dan Puskesmas Gambir (Kesehatan; 120 "
                 "responden), yang seluruh rentang keyakinan 95% IKM-nya di bawah kategori B; lalu Kebudayaan (120 "
                 "responden), yang estimasi IKM-nya di bawah kategori B.",
                 id="province-units-surely-below-b-before-the-uncertain-dinas"),
    pytest.param(_dinas_results(UNITS), " Mulai dari Puskesmas Senen (120 responden) dan Puskesmas Gambir (120 "
                 "responden), yang seluruh rentang keyakinan 95% IKM-nya di bawah kategori B; lalu Puskesmas Menteng "
                 "(120 responden), yang estimasi IKM-nya di bawah kategori B.",
                 id="dinas-sure-units-then-the-uncertain-one"),
    pytest.param(_dinas_results(UNITS[2:4]), " Mulai dari Puskesmas Menteng (120 responden), yang estimasi IKM-nya di "
                 "bawah kategori B.", id="only-an-uncertain-unit"),
    pytest.param(_dinas_results(UNITS[3:4]), "", id="none-below-b"),
])
def test_the_weak_element_follow_up_starts_with_the_units_surely_below_b(hasil, start):
    """REVIEW5b 9: the province's recommendation started from Kebudayaan, 76,51 (72,16 s.d. 80,85), and dropped the
    ten units whose whole interval is below B."""
    assert ikm_units.weak_start(hasil, "id") == start
