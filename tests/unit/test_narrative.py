"""Report wording rules on real results (the small synthetic pipeline's hasil.json), changed one
field at a time: recommendations follow their documented rules (docs/metode.md), chapters are
numbered by scope, data names are shown as readers write them."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pandas as pd
import pytest

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.model import _themes
from evalasn.paths import project
from evalasn.registry import short_name
from evalasn.report.chapters import rules, sections
from evalasn.report.chapters.sections import indicator_name
from evalasn.report.words import fmt, narrative
from evalasn.report.words.text import CONTROLS


@pytest.fixture(scope="module")
def hasil(pipeline_root):
    return results.read(project(pipeline_root).hasil("kesehatan"))


def _with(h: Hasil, *, realisasi: float | None, budget_ci: tuple[float, float]) -> Hasil:
    h = copy.deepcopy(h)
    for row in h["pelaksanaan"]["realisasi_anggaran"]:
        if row["tahun"] == h["tahun"]:
            row["persen_realisasi"] = realisasi
    budget = h["anggaran_vs_peningkatan"]
    for e in (budget["model"]["gain_per_dobel"], budget["model_provinsi"]["gain_per_dobel"]):
        e.update({"estimasi": sum(budget_ci) / 2, "ci_bawah": budget_ci[0], "ci_atas": budget_ci[1],
                  "cukup_data": True})
    for method in h["anggaran_vs_peningkatan"]["biaya_per_poin"]:  # no method clearly cheaper (see test_rules_budget)
        method.update({"estimasi": 100_000.0, "ci_bawah": 80_000.0, "ci_atas": 120_000.0, "cukup_data": True})
    return h


def _costly_methods(h: Hasil) -> Hasil:
    """Every method's cost per point far above what a doubling of the median cost buys a point for."""
    h = copy.deepcopy(h)
    for r in h["anggaran_vs_peningkatan"]["biaya_per_poin"]:
        if r["cukup_data"]:
            r.update({"estimasi": 9e9, "ci_bawah": 8e9, "ci_atas": 1e10})
    return h


@pytest.mark.parametrize("realisasi, budget_ci, costly, expected, absent", [
    (97.0, (1.5, 2.5), True, "Biaya per peserta yang lebih tinggi berkaitan", "penyerapan anggaran"),
    (97.0, (1.5, 2.5), False, "Jangan menambah biaya per peserta", "Biaya per peserta yang lebih tinggi berkaitan"),
    # absorb the ceiling, the slope an association, never "before adding budget per participant" (REVIEW5 D8)
    (70.0, (1.5, 2.5), True, "Perbaiki perencanaan dan penyerapan anggaran: realisasi 70,0% dari pagu, target 95,0% ",
     "per penggandaan"),
    (70.0, (1.5, 2.5), False, "Jangan menambah biaya per peserta", "sebelum menaikkan biaya per peserta"),
    (97.0, (-0.5, 0.8), False, "tidak ada dasar dari data ini untuk menambah biaya per peserta",
     "Biaya per peserta yang lebih tinggi berkaitan"),
], ids=["gain-ceiling-spent-no-cheaper-method", "cheaper-than-a-doubling", "gain-but-ceiling-unspent",
        "cheaper-method-and-ceiling-unspent", "no-gain"])
def test_more_budget_is_recommended_only_with_a_gain_the_ceiling_spent_and_no_cheaper_way(
        hasil, realisasi, budget_ci, costly, expected, absent):
    h = _with(hasil, realisasi=realisasi, budget_ci=budget_ci)
    text = " ".join(rules.recommendation_texts(_costly_methods(h) if costly else h, "id"))
    assert expected in text and absent not in text


@pytest.mark.parametrize("budget_ci, lang, expected", [
    ((1.5, 2.5), "id", "berkaitan dengan kenaikan nilai 2,0 poin (rentang keyakinan 95%: 1,5"),
    ((-0.72, -0.06), "id", "kenaikan nilai yang 0,4 poin lebih kecil (rentang keyakinan 95%: 0,1 s.d. 0,7"),
    ((-0.72, -0.06), "en", "goes with 0.4 fewer points of gain (95% CI"),
], ids=["up-id", "down-id", "down-en"])
def test_budget_finding_says_a_falling_slope_in_words_not_as_a_negative_increase(hasil, budget_ci, lang, expected):
    text = narrative.budget(_with(hasil, realisasi=97.0, budget_ci=budget_ci), lang)
    assert expected in text and "−" not in text and "-0" not in text


@pytest.mark.parametrize("budget_ci, lang, relation, controls, association", [
    pytest.param((-0.4, 0.4), "id", "dan kenaikan nilai belum jelas (rentang memuat nol)",
                 "regresi yang memperhitungkan", "", id="flat-id"),
    pytest.param((-0.4, 0.4), "en", "and gain is not clear yet (the interval includes zero)",
                 "a regression allowing for", "", id="flat-en"),
    pytest.param((1.5, 2.5), "id", "berkaitan dengan kenaikan nilai 2,0 poin", "regresi yang memperhitungkan",
                 "bukan bukti sebab-akibat", id="up-id"),
    pytest.param((-0.72, -0.06), "en", "goes with 0.4 fewer points of gain", "a regression allowing for",
                 "not proof of cause", id="down-en"),
])
def test_every_budget_slope_sentence_gives_its_n_and_controls(hasil, budget_ci, lang, relation, controls,
                                                            association):
    """REVIEW2 3: the flat sentence ('tidak ada hubungan bermakna … (per penggandaan 0,0 poin; −0,4 s.d. 0,4)') had
    neither the number of activities and participants nor the controls that the other slopes' sentence has."""
    h = _with(hasil, realisasi=97.0, budget_ci=budget_ci)
    model = h["anggaran_vs_peningkatan"]["model"]
    text = narrative.budget(h, lang)
    counts = (f"{fmt.integer(model['n_kegiatan'], lang)} {'kegiatan' if lang == 'id' else 'activities'}, "
              f"{fmt.integer(model['gain_per_dobel']['n'], lang)} "
              f"{'peserta' if lang == 'id' else 'participants'}")
    named = narrative.controls(model.get("kontrol", list(CONTROLS)), lang)
    assert relation in text and counts in text and f"{controls} {named}" in text, text
    assert (association in text) if association else ("sebab" not in text and "cause" not in text), text


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_every_summary_finding_carries_its_recommendation(pipeline_root, slug):
    from evalasn.report.chapters import key_findings

    ctx = sections.load_context(slug, "id", project(pipeline_root))
    page = sections.summary(ctx)
    found = key_findings.ranked(ctx)
    assert found and page.count("<strong>Rekomendasi:</strong>") == sum(bool(f.recommendation) for f in found)
    assert all(f.recommendation for f in found)
    assert "Angka kunci" in page


@pytest.mark.parametrize("slug, number", [("kesehatan", "BAB IX "), ("provinsi", "BAB IX ")],
                         ids=["dinas", "province"])
def test_the_conclusion_chapter_follows_the_chapters_before_it(pipeline_root, slug, number):
    ctx = sections.load_context(slug, "id", project(pipeline_root))
    assert f"{number}Kesimpulan dan Rekomendasi" in sections.conclusion(ctx)


def test_follow_up_deadlines_count_from_the_year_after_unless_the_report_is_dated_later(pipeline_root):
    """Dated before the plan year begins, the build date changes nothing; dated inside it, no deadline falls before
    the report nor after the plan year that judges it; dated after it, 'segera'; a note says why
    (recommendation.plan_start)."""
    early, first_day, inside, late = (
        sections.load_context("kesehatan", "id", project(pipeline_root), built=dt.datetime(*when))
        for when in ((2025, 6, 1), (2026, 1, 1), (2026, 8, 3), (2027, 11, 1)))
    year = early.hasil["tahun"]
    pages = [sections.communication(c) + sections.follow_up(c) for c in (early, first_day, inside, late)]
    # the deadlines alike; last year's annual targets reviewed on 1 June are 'sementara' (the year not over, E15-6)
    deadlines = [re.findall(r"Triwulan [IV]+ \d{4}", page) for page in pages[:2]]
    assert deadlines[0] == deadlines[1] and deadlines[0]
    assert "sementara" in pages[0].split('id="rencana-tindak-lanjut"')[0]
    assert "sementara" not in pages[1].split('id="rencana-tindak-lanjut"')[0]
    assert f"Triwulan II {year + 1}" in pages[0] and f"{year + 2}" not in pages[0]
    assert f"Triwulan II {year + 1}" not in pages[2] and f"Triwulan III {year + 1}" in pages[2]
    assert f"Triwulan IV {year + 1}" in pages[2] and f"Triwulan I {year + 2}" not in pages[2]
    assert "3 Agustus 2026" in pages[2] and "Triwulan" not in sections.follow_up(late).split("<table")[1].split(
        "</table>")[0]
    assert "1 November 2027" in pages[3] and "segera" in pages[3]


@pytest.mark.parametrize("raw, lang, shown", [
    ("waktu_tunggu_menit", "id", "Waktu tunggu (menit)"),
    ("layanan_tepat_waktu_persen", "id", "Layanan tepat waktu (%)"),
    ("jumlah_pengaduan", "id", "Jumlah pengaduan"),
    ("waktu_tunggu_menit", "en", "Waiting time (minutes)"),
    ("layanan_tepat_waktu_persen", "en", "Services completed on time (%)"),
    ("Jumlah_Pengaduan", "en", "Number of complaints"),
    ("indeks_zona_hijau_persen", "en", "“indeks zona hijau” (%)"),
], ids=["minutes-id", "percent-id", "no-unit-id", "minutes-en", "percent-en", "no-unit-en", "unknown-en-quoted"])
def test_indicator_names_read_as_words_with_their_unit(raw, lang, shown):
    assert indicator_name(raw, lang) == shown


@pytest.mark.parametrize("slug, shown",
                         [("dpmptsp", "DPMPTSP"), ("satpol-pp", "Satpol PP"), ("kesehatan", "Kesehatan")],
                         ids=["abbreviation", "two-words", "plain-dinas"])
def test_agencies_have_the_short_names_officials_use(slug, shown):
    assert short_name(slug) == shown


def test_themes_differing_only_in_case_are_one_theme_written_as_usual():
    kegiatan = pd.DataFrame({"tahun": [2025] * 4, "kegiatan_id": [1, 2, 3, 4], "n_peserta": [10, 10, 10, 5],
                             "tema": ["Pemanfaatan TI", "pemanfaatan ti", "Pemanfaatan TI", None]})
    assert _themes(kegiatan, 2025) == [{"tema": "Pemanfaatan TI", "n_kegiatan": 3, "n_peserta": 30},
                                       {"tema": "(tanpa tema)", "n_kegiatan": 1, "n_peserta": 5}]


def _cost(metode: str, value: float, low: float, high: float) -> dict:
    return {"metode": metode, "estimasi": value, "ci_bawah": low, "ci_atas": high, "n": 500, "n_kegiatan": 40,
            "p": None, "cukup_data": True}


@pytest.mark.parametrize("rows, expected, absent", [
    ([_cost("mentoring", 120e3, 108e3, 135e3), _cost("e-learning", 125e3, 114e3, 137e3),
      _cost("seminar", 400e3, 380e3, 430e3)], "belum jelas mana yang lebih murah", "seminar"),
    ([_cost("mentoring", 120e3, 108e3, 135e3), _cost("seminar", 400e3, 380e3, 430e3)],
     "adalah mentoring", "belum jelas"),
], ids=["overlapping-intervals-tie", "clear-winner"])
def test_the_cheapest_method_is_named_alone_only_when_its_interval_stands_apart(hasil, rows, expected, absent):
    h = copy.deepcopy(hasil)
    h["anggaran_vs_peningkatan"]["biaya_per_poin"] = rows
    sentence = narrative.cheapest_method(h, "id")
    assert sentence is not None and expected in sentence and absent not in sentence


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "selisihnya dengan e-learning dan pelatihan belum pasti (rentang keyakinan 95% selisihnya memuat nol)"),
    ("en", "its difference from e-learning and classroom training is not certain (the difference's 95% CI"),
], ids=["id", "en"])
def test_a_cheapest_method_tie_is_worded_by_the_difference_not_by_overlap(hasil, lang, said):
    """CHECK10 C10-16: the tie is judged by the difference's interval (analysis.difference); "its interval overlaps"
    contradicted the glossary and rec. 7 one page later, and the tied methods were joined by a bare comma."""
    h = copy.deepcopy(hasil)
    h["anggaran_vs_peningkatan"]["biaya_per_poin"] = [
        _cost("mentoring", 120e3, 108e3, 135e3), _cost("e-learning", 125e3, 114e3, 137e3),
        _cost("pelatihan", 126e3, 112e3, 140e3)]
    sentence = narrative.cheapest_method(h, lang)
    assert sentence is not None and said in sentence and "overlap" not in sentence, sentence
