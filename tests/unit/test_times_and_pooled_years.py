"""An 'N kali' ratio never prints as 1 when it is not 1 (LOOK33 E-2), and a count the budget model pools over
years says its years (LOOK33 E-3)."""

from __future__ import annotations

import pytest

from evalasn import constants
from evalasn.analysis import budget
from evalasn.report.words import fmt, reasons
from tests.budget_sim import activities


@pytest.mark.parametrize(("ratio", "lang", "shown"), [
    pytest.param(535_723 / 516_044, "id", "1,04", id="dpmptsp-facing-ends-id"),
    pytest.param(535_723 / 516_044, "en", "1.04", id="dpmptsp-facing-ends-en"),
    pytest.param(0.96, "id", "0,96", id="below-one"),
    pytest.param(1.0004, "id", "1,0004", id="hair-above-one"),
    pytest.param(1.0, "id", "1,0", id="exactly-one"),
    pytest.param(1.9, "id", "1,9", id="one-decimal-suffices"),
    pytest.param(2.94, "en", "2.9", id="one-decimal-en"),
    pytest.param(1.05, "id", "1,1", id="rounds-away-from-one"),
    pytest.param(None, "id", fmt.DASH, id="none"),
])
def test_a_times_ratio_keeps_its_side_of_one(ratio, lang, shown):
    assert fmt.times(ratio, lang) == shown


REGRESSION = {"cukup_data": False, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None}
KOMINFOTIK = {"alasan": "kegiatan_kurang_regresi", "n": 253, "n_kegiatan": 14, "tahun_kegiatan": [2023, 2024, 2025]}


@pytest.mark.parametrize(("record", "lang", "said"), [
    pytest.param(KOMINFOTIK, "id", "hanya 14 kegiatan pada 2023–2025, perlu sedikitnya 15 untuk regresi biaya",
                 id="activities-pooled-id"),
    pytest.param(KOMINFOTIK, "en", "only 14 activities in 2023–2025, at least 15 needed for the cost regression",
                 id="activities-pooled-en"),
    pytest.param({"alasan": "kegiatan_kurang_regresi", "n": 90, "n_kegiatan": 8, "tahun_kegiatan": [2025]},
                 "id", "hanya 8 kegiatan pada 2025, perlu sedikitnya 15 untuk regresi biaya", id="activities-one-year"),
    pytest.param({"alasan": "kegiatan_kurang_regresi", "n": 25, "n_kegiatan": 16, "tahun_kegiatan": [2024, 2025]},
                 "id", f"hanya 25 data pada 2024–2025, regresi perlu sedikitnya {constants.MIN_N_REGRESSION}",
                 id="participants-pooled-id"),
    pytest.param({"alasan": "biaya_sama", "n": 120, "n_kegiatan": 16, "tahun_kegiatan": [2023, 2025]},
                 "en", "120 data points in 2023–2025 without enough variation", id="no-variation-pooled-en"),
    # a count of the evaluated year (a cost per point) carries no years and says none
    pytest.param({"alasan": "kegiatan_kurang", "n": 40, "n_kegiatan": 3}, "id",
                 "hanya 3 kegiatan, perlu sedikitnya 5 untuk biaya per poin", id="year-count-no-years"),
])
def test_a_pooled_count_says_its_years(record, lang, said):
    assert said in reasons.reason({**REGRESSION, **record}, lang)


@pytest.mark.parametrize("n_activities", [pytest.param(12, id="withheld"), pytest.param(16, id="fitted")])
def test_the_budget_model_records_the_years_it_pools(n_activities):
    part = activities(0, n_activities)
    years = sorted(int(y) for y in part["tahun_kegiatan"].unique())
    assert len(years) > 1  # the simulation draws 2024 and 2025
    model = budget.budget_model(part)
    assert model["tahun_kegiatan"] == years and model["n_kegiatan"] == n_activities
    if n_activities < constants.MIN_ACTIVITIES_REGRESSION:  # the withheld slope carries them to its reason
        assert model["gain_per_dobel"].get("tahun_kegiatan") == years
        assert reasons.in_years(model["gain_per_dobel"], "id") == " pada 2024–2025"


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "\"layanan\" (12 kegiatan pada semua tahun data dan dinas).", id="id"),
    pytest.param("en", "\"layanan\" (12 activities in all data years and agencies).", id="en"),
])
def test_the_interventions_count_without_a_window_says_it_spans_every_year(lang, said):
    """The intervention's `n_kegiatan` counts every year and agency of the data; without a window its note gave the
    bare '(12 kegiatan)' beside the evaluated year's counts (LOOK33 E-3's class), as the window's form does not."""
    from evalasn.report.words import impact
    from evalasn.report.words.text import t

    did = {"intervensi": {"teks": "layanan", "dipilih": True, "n_kegiatan": 12}, "desain": "2x2", "tersedia": False,
           "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2", "efek": {"cukup_data": False},
           "uji_tren_awal": None}
    notes = impact.design_notes(did, lang, lambda key, **values: t(key, lang, **values))  # type: ignore[arg-type]
    assert said in notes[0], notes
