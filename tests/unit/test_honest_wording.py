"""Issue 23 in the report's words: power instead of verdicts, one wording rule for every estimate,
randomised designs named with their guarantor, and the budget's few-activity inference stated.
Every case is built from data through the real estimators (analysis.did, analysis.budget)."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.analysis import budget, did
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.outcomes import IkmDid, Intervention
from evalasn.report.chapters import rules
from evalasn.report.words import impact, narrative, reasons, uncertainty
from evalasn.report.words.text import t
from tests.budget_sim import activities
from tests.panel import simulate

DECLARED: Intervention = {"teks": "K-PROG", "dipilih": True}
RANDOM: Intervention = {**DECLARED, "penugasan": "acak", "penjamin": "Bidang Evaluasi BPSDM"}


def _did(seed=3, n_treated=4, n_control=4, effect=0.5, two=False, intervensi=DECLARED, drift=0.0,
         selection=3.0) -> IkmDid:
    panel = simulate(seed, n_treated=n_treated, n_control=n_control, effect=effect, shock_sd=0.5 if drift else 2.0,
                     selection=selection)
    frame = panel.outcome
    if two:
        frame = frame[frame["periode"].isin(["2024-S2", "2025-S2"])]
    if drift:
        trained = panel.part.merge(panel.pegawai)["unit_kerja"].unique()
        frame = frame.assign(y=frame["y"] + drift * (frame["unit_kerja"].isin(trained)
                                                     & (frame["periode"] == "2024-S1")))
    return did.impact(frame, "y", panel.pegawai, panel.part, 2025, intervensi=intervensi)


def _hasil(result: IkmDid, base: Hasil) -> Hasil:
    out = copy.deepcopy(base)
    out["level4_hasil"]["did_ikm"] = result
    chosen = result.get("intervensi")
    out["parameter"]["intervensi"] = chosen["teks"] if chosen else ""
    return out


@pytest.fixture(scope="module")
def base(pipeline_root) -> Hasil:
    from evalasn.analysis import results
    from evalasn.paths import project

    return results.read(project(pipeline_root).hasil("kesehatan", 2025))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_interval_including_zero_gives_the_mde_not_a_verdict(lang):
    result = _did()
    assert "selang_memuat_nol" in result["putusan"]["kode_alasan"]
    text = narrative.did_ikm(cast(Hasil, {"level4_hasil": {"did_ikm": result}, "data": {"ada_skm": True}}), lang)
    assert text is not None
    assert {"id": "bukan bukti", "en": "not evidence"}[lang] in text
    assert {"id": "hanya dapat mendeteksi efek sekitar", "en": "can only detect an effect of about"}[lang] in text
    assert {"id": "belum terbukti", "en": "not shown"}[lang] not in text


@pytest.mark.parametrize("two", [False, True], ids=["event-study", "two-periods"])
def test_no_rule_reviews_content_from_a_non_significant_estimate(base, two):
    result = _did(two=two)
    recs = {r.rule: r for r in rules.recommendations(_hasil(result, base), "id")}
    assert "rec_did_review" not in recs and "rec_did_measure" in recs, sorted(recs)
    text = recs["rec_did_measure"].text
    assert "isi pelatihan tidak dinilai" in text and "hanya mendeteksi efek sekitar" in text
    assert ("tambahkan satu periode survei sebelum pelatihan" in text) is two


def test_a_significant_fall_asks_for_a_check_first(base):
    result = _did(seed=6, n_treated=15, n_control=15, effect=-8.0)
    recs = {r.rule: r for r in rules.recommendations(_hasil(result, base), "id")}
    assert "rec_did_review" in recs and recs["rec_did_review"].text.startswith("Periksa data dan pelaksanaan")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_two_periods_say_no_pre_trend_check_is_possible_and_what_would_allow_one(lang):
    notes = impact.design_notes(_did(two=True), lang, lambda key, **v: t(key, lang, **v))
    expected = {"id": "satu periode survei lagi sebelum 2024-S2", "en": "one more survey period before 2024-S2"}
    assert any(expected[lang] in note for note in notes), notes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_declared_random_design_says_so_and_who_vouches_and_is_called_an_effect(lang):
    result = _did(seed=11, n_treated=15, n_control=15, effect=6.0, two=True, intervensi=RANDOM, selection=0.0)
    assert result["putusan"]["boleh_kausal"] is True
    text = narrative.did_ikm(cast(Hasil, {"level4_hasil": {"did_ikm": result}, "data": {"ada_skm": True}}), lang)
    assert text is not None and {"id": "berdampak", "en": "had a positive effect"}[lang] in text
    notes = impact.design_notes(result, lang, lambda key, **v: t(key, lang, **v))
    assert any("Bidang Evaluasi BPSDM" in note for note in notes), notes


def _dose_note(result: IkmDid, lang: str = "id") -> str:
    notes = impact.design_notes(result, lang, lambda key, **v: t(key, lang, **v))
    return next(note for note in notes if note.startswith(("Dosis", "Dose")))


def test_a_dose_interval_including_zero_is_not_an_association():
    result = _did(seed=5, n_treated=6, n_control=6, effect=0.0)
    low, high = result["dosis"]["ci_bawah"], result["dosis"]["ci_atas"]
    assert low is not None and high is not None and low <= 0 <= high
    assert "berkaitan dengan" not in _dose_note(result)


def test_a_dose_under_a_rejected_pre_trend_says_so():
    result = _did(seed=11, n_treated=15, n_control=15, effect=6.0, drift=-8.0)
    assert "tren_awal_berbeda" in result["putusan"]["kode_alasan"]
    note = _dose_note(result)
    assert "uji tren awal menolak" in note and "berkaitan dengan" not in note


def test_the_budget_chapter_names_the_few_activity_inference_and_dropped_controls(base):
    import pandas as pd

    from evalasn.report.chapters import results as chapters
    from evalasn.report.context import Context

    hasil = copy.deepcopy(base)
    hasil["anggaran_vs_peningkatan"]["model"] = budget.budget_model(activities(0, 16))
    text = chapters.budget(Context(cast(Hasil, hasil), "id", pd.DataFrame()))
    # in reader words in the chapter, the method in the annex (REVIEW5 D10)
    # with the years the model pools (LOOK33 E-3; the simulation's are 2024 and 2025)
    assert "16 kegiatan pada 2024–2025 (kurang dari 50)" in text \
        and "perbedaan menurut tahun tidak ikut diperhitungkan" in text
    annex = " ".join(uncertainty.method_details(cast(Hasil, hasil), "id"))
    assert "16 kegiatan pada 2024–2025, kurang dari 50" in annex and "kontrol tahun dilepas" in annex


def _trained_before_the_window() -> Any:
    """19 units whose training all ended a year earlier (2024-S1), before the window 2024-S2 -> 2025-S2 opens."""
    panel = simulate(5, n_treated=4, n_control=15)
    return dataclasses.replace(panel, part=panel.part.assign(
        tanggal_selesai=panel.part["tanggal_selesai"] - pd.DateOffset(years=1)))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_nobody_trained_in_the_window_has_its_own_sentence(lang):
    """Issue 23.3: a window nobody was trained in; not '0 trained and 0 comparison units'. (Its first case, the
    one-day window of adjacent periods, now has no window at all: CHECK13 D13-6, test_adjacent_periods.)"""
    panel = _trained_before_the_window()
    result = did.impact(panel.outcome, "y", panel.pegawai, panel.part, 2025, before="2024-S2", after="2025-S2",
                        intervensi=DECLARED)
    text = narrative.did_ikm(cast(Hasil, {"level4_hasil": {"did_ikm": result}, "data": {"ada_skm": True}}), lang)
    expected = {"id": "tidak ada unit yang mencapai ambang dilatih", "en": "no unit reached the training threshold"}
    assert text is not None and expected[lang] in text and "19" in text
    assert expected[lang] in reasons.reason(result["efek"], lang)


def test_every_reason_code_is_reached_from_data():
    """The union of the codes of data-driven cases is every code of did.REASONS."""
    cases = [_did(), _did(two=True), _did(seed=6, n_treated=15, n_control=15, effect=-8.0),
             _did(seed=11, n_treated=15, n_control=15, effect=6.0, drift=-8.0), _did(n_treated=2, n_control=8),
             _did(n_treated=8, n_control=0), _did(intervensi=cast(Intervention, {"teks": "", "dipilih": False}))]
    panel = _trained_before_the_window()
    cases.append(did.impact(panel.outcome, "y", panel.pegawai, panel.part, 2025, before="2024-S2", after="2025-S2",
                            intervensi=DECLARED))
    narrow = simulate(5, n_treated=6, n_control=6)  # an interval wider than a (tiny) scale: a failed computation
    cases.append(did.impact(narrow.outcome, "y", narrow.pegawai, narrow.part, 2025, intervensi=DECLARED,
                            scale=(0.0, 0.01)))
    reached = {code for case in cases for code in case["putusan"]["kode_alasan"]}
    assert reached == set(did.REASONS), set(did.REASONS) - reached


def test_the_event_study_figure_keeps_a_missing_period_as_a_gap():
    """Issue 23.4: without 2025-S1 the figure shows 2024-S1 at e = -3, the reference 2024-S2 at -2 and
    nothing at -1, the missing semester (no false reference diamond there)."""
    import matplotlib.pyplot as plt

    from evalasn.report.charts import figures

    panel = simulate(3, n_treated=8, n_control=8)
    gap = panel.outcome[panel.outcome["periode"] != "2025-S1"]
    result = did.impact(gap, "y", panel.pegawai, panel.part, 2025, intervensi=DECLARED)
    references = [c["e_acuan"] for c in result["kohort"]]
    assert references == [-2] and [ev["e"] for ev in result["studi_peristiwa"]] == [-3, 0]
    fig = figures.event_study(result["studi_peristiwa"], "id", references=references)
    diamonds = [x for line in fig.axes[0].lines if line.get_marker() == "D" for x in line.get_xdata()]
    plt.close(fig)
    assert diamonds == [-2]


def test_the_measurement_recommendation_has_its_follow_up_row(base):
    import pandas as pd

    from evalasn.report.chapters import plan
    from evalasn.report.context import Context

    hasil = _hasil(_did(), base)
    # a dinas with more service units than the comparison needs: fe3b55e (CHECK10 C10-1) issues no row whose target
    # is above the dinas's own units (that case: test_province_impact::test_no_dinas_target_above_its_own_units)
    from evalasn.report.words import province_impact

    model, need = hasil["level4_hasil"]["ikm_unit"][0], province_impact.units_needed(hasil["level4_hasil"]["did_ikm"])
    hasil["level4_hasil"]["ikm_unit"] += [{**model, "unit_kerja": f"unit {k}", "periode": "2020-S1"}
                                          for k in range(need)]
    ctx = Context(hasil, "id", pd.DataFrame())
    rows = [row for row in plan.rows(ctx) if row.rule == "rec_did_measure"]
    assert len(rows) == 1 and rows[0].code == "IKM-UKUR" and rows[0].measure
