"""The province compares one SKM period, its last of the year (CHECK13 D13-3): a dinas whose last SKM of the year is
an earlier period (Perhubungan 2025-S1 beside the others' 2025-S2) is neither ranked nor counted below B on it, and
is named with its reason ("hanya SKM 2025-S1"), as a dinas without the year's SKM is ("SKM 2025 tidak diterima",
CHECK12 C12-1), in the summary and in the plan's link note (D13-4)."""

from __future__ import annotations

import copy
import dataclasses
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.analysis import model, results, trend
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import key_findings, plan, province_rows
from evalasn.report.words import reasons
from evalasn.report.words.text import t
from tests.unit.test_skm_not_received import _sections

LAST = {"n": 85, "estimasi": 73.300654, "ci_bawah": 68.9, "ci_atas": 77.7, "cukup_data": True, "kategori": "C",
        "label": "Kurang Baik", "kategori_bawah": "C", "kategori_atas": "B", "periode": "2025-S1"}
OTHER = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
         "label": None, "kategori_bawah": None, "kategori_atas": None, "periode": "2025-S2",
         "alasan": results.IKM_OTHER_PERIOD, "terakhir": LAST}
NOT_RECEIVED = {**OTHER, "periode": "2025", "alasan": results.IKM_NOT_RECEIVED,
                "terakhir": {**LAST, "periode": "2024-S2"}}


def test_a_dinas_whose_last_period_is_earlier_is_withheld_in_the_comparison_not_ranked_on_it():
    """Set F: Perhubungan's 2025-S1 IKM ranked '1-8 of 8' and counted below B beside the others' 2025-S2."""
    scopes = {"perhubungan": _sections(("2024-S2", "2025-S1"), level=0.45),
              **{f"d{k}": _sections(("2024-S2", "2025-S2"), level=0.6 + 0.05 * k) for k in range(3)},
              PROVINCE_SLUG: _sections(("2024-S2", "2025-S1", "2025-S2"))}
    figures = model.compared_figures(scopes)
    ikm = figures["perhubungan"]["ikm"]
    assert ikm is not None and ikm["alasan"] == results.IKM_OTHER_PERIOD and ikm["estimasi"] is None
    assert ikm["periode"] == "2025-S2" and ikm["terakhir"]["periode"] == "2025-S1"
    assert ikm["terakhir"]["estimasi"] is not None
    assert all(figures[f"d{k}"]["ikm"]["periode"] == "2025-S2" for k in range(3))  # type: ignore[index]
    assert figures[PROVINCE_SLUG]["ikm"]["periode"] == "2025-S2"  # type: ignore[index]
    ranked = trend.ranks({slug: f for slug, f in figures.items() if slug != PROVINCE_SLUG}, "ikm")
    assert set(ranked) == {"d0", "d1", "d2"} and all(r["dari"] == 3 for r in ranked.values())
    # the dinas's own results keep its own last period (its report names it)
    assert results.key_figures(scopes["perhubungan"])["ikm"]["periode"] == "2025-S1"  # type: ignore[index]


@pytest.mark.parametrize(("ikm", "period", "kept"), [
    pytest.param({**LAST, "periode": "2025-S2"}, "2025-S2", True, id="same-period"),
    pytest.param(NOT_RECEIVED, "2025-S2", True, id="already-withheld-for-the-year"),
    pytest.param(LAST, None, True, id="no-province-period"),
    pytest.param(LAST, "2025-S2", False, id="earlier-period"),
])
def test_only_another_period_is_withheld(ikm, period, kept):
    assert (results.in_period(ikm, period) is ikm) is kept


@pytest.mark.parametrize(("lang", "said", "brief"), [
    ("id", "hanya SKM 2025-S1; SKM 2025-S2 tidak diterima, dan angka 2025-S1 tidak dibandingkan dengan angka 2025-S2 "
           "dinas lain (terakhir 2025-S1: 73,30; rentang keyakinan 95%: 68,90 s.d. 77,70; 85 responden)",
     "hanya SKM 2025-S1"),
    ("en", "only a 2025-S1 SKM; no 2025-S2 SKM was received, and the 2025-S1 figure is not compared with other "
           "agencies' 2025-S2 figures (latest 2025-S1: 73.30; 95% CI: 68.90 to 77.70; 85 respondents)",
     "only a 2025-S1 SKM"),
], ids=["id", "en"])
def test_the_reason_names_the_dinas_s_own_period_and_the_compared_one(lang, said, brief):
    assert reasons.reason(OTHER, lang) == said
    assert reasons.short(OTHER, lang) == brief


def _province(lang: str, **ikm: Any) -> Any:
    rows = [{"dinas": slug, "ikm": figure} for slug, figure in ikm.items()]
    return SimpleNamespace(lang=lang, province=True, hasil={
        "tahun": 2025, "tren": [], "perbandingan_dinas": rows,
        "level4_hasil": {"ikm_per_periode": [{**LAST, "periode": "2025-S2"}]}})


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "IKM provinsi 2025-S2 dan perbandingan IKM antardinas tidak memuat Kebudayaan (SKM 2025 tidak diterima) "
           "dan Perhubungan (hanya SKM 2025-S1): angka periode lain tidak dipakai sebagai angka 2025-S2."),
    ("en", "The province's 2025-S2 IKM and the comparison of agencies' IKM leave out Culture (no 2025 SKM received) "
           "and Transportation (only a 2025-S1 SKM): another period's figure is not used as 2025-S2's."),
], ids=["id", "en"])
def test_the_province_summary_names_each_dinas_left_out_of_its_ikm_with_its_reason(lang, said):
    """Set F: 'IKM provinsi 2025 … tidak memuat Kebudayaan' while Perhubungan's 2025-S1 answers were not in it."""
    ctx = _province(lang, kebudayaan=NOT_RECEIVED, perhubungan=OTHER, sosial={**LAST, "periode": "2025-S2"})
    assert key_findings.missing_data_lead(ctx) == said


OWNERS = {"sekretariat": {"id": "Sekretariat {dinas}", "en": "{dinas} secretariat"}}


def test_a_weak_element_row_is_carried_only_by_dinas_judged_in_the_province_s_period():
    """Set F: U8/U3/U2 executors '… Parekraf, Perhubungan, PPAPP …' on Perhubungan's 2025-S1 elements."""
    weak = {"komunikasi": {"unsur": [{"unsur": "u8", "lemah": True}]}}
    province = _province("id", perhubungan=OTHER, sosial={**LAST, "periode": "2025-S2"},
                         kebudayaan=NOT_RECEIVED, citata={**LAST, "periode": "2025-S2"})
    province.dinas_results = {"perhubungan": weak, "sosial": weak, "kebudayaan": {"komunikasi": {"unsur": []}},
                              "citata": {"komunikasi": {"unsur": [{"unsur": "u8", "lemah": False}]}}}
    province.config = SimpleNamespace(penanggung_jawab=OWNERS)
    row = plan.PlanRow("provinsi-2025-U8", "U8", "rec_weak", "Aksi", "Indikator", 2.6, "2,6000", 3.0, "≥ 3,0", True,
                       "", 1, "Triwulan I 2026", owner_key="sekretariat")
    assert province_rows.executors(province, row) == ("sosial",)
    assert province_rows.skm_left_out(province, "perhubungan") == "hanya SKM 2025-S1"
    assert province_rows.skm_left_out(province, "kebudayaan") == "SKM 2025 tidak diterima"
    assert province_rows.skm_left_out(province, "sosial") is None


@pytest.mark.parametrize(("code", "rule", "owner_key"), [
    pytest.param("IKM-CD-DINAS", "rec_ikm_units", "layanan", id="ikm-below-b-not-its-estimate-not-below-b"),
    pytest.param("U8", "rec_weak", "sekretariat", id="element-not-no-answers-on-it"),
])
@pytest.mark.parametrize(("figure", "said"), [
    pytest.param(NOT_RECEIVED, {"id": "SKM 2025 tidak diterima", "en": "no 2025 SKM received"}, id="no-skm-2025"),
    pytest.param(OTHER, {"id": "hanya SKM 2025-S1", "en": "only a 2025-S1 SKM"}, id="only-2025-s1"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_out_of_the_province_s_skm_is_left_out_of_a_survey_row_for_that_reason(contexts, code, rule,
                                                                                        owner_key, figure, said, lang):
    """CHECK13 D13-4: Kebudayaan (no 2025 SKM) left out of IKM-CD-DINAS 'karena estimasi IKM dinas itu tidak di bawah
    kategori B' and of U8 'tidak ada jawaban SKM untuk unsur ini'."""
    province = contexts[("kesehatan", lang)].province_ctx
    assert province is not None
    hasil: Any = copy.deepcopy(province.hasil)
    hasil["perbandingan_dinas"] = [{**r, "ikm": figure} if r["dinas"] == "kesehatan" else r
                                   for r in hasil["perbandingan_dinas"]]
    changed = dataclasses.replace(province, hasil=hasil)
    row = plan.PlanRow(f"provinsi-2025-{code}", code, rule, "Aksi", "Indikator", 2.0, "2", 0.0, "≤ 0", False, "", 1,
                       "Triwulan I 2026", owner_key=owner_key)
    assert "kesehatan" not in province_rows.executors(changed, row) or rule == "rec_weak"
    assert province_rows.absent(changed, row, "kesehatan") == said[lang]
    assert province_rows.absent(changed, row, "kesehatan") != t("pl_absent_ikm_b", lang)
