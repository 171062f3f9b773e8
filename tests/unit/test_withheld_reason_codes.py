"""A figure withheld by a rule carries that rule's code, so its reason is the true one (LOOK32 D-5): Satpol PP's
workbook gave the adjusted gain of workshop, withheld for its 2 activities, as '63 data tanpa keragaman yang cukup
(biaya atau nilai hampir sama semua)', the reason of last resort, where the report says 'hanya 2 kegiatan workshop'.
The last resort itself names no cause it cannot know."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import kirkpatrick, learning
from evalasn.report.formats import workbook
from evalasn.report.words import reasons
from evalasn.report.words.text import t

NO_VARIATION = {"id": "tanpa keragaman", "en": "without enough variation"}


def _scores(rng, methods: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """Participants of ``methods`` {method: (activities, participants each)}, pre and post scores that vary."""
    parts = []
    for method, (activities, size) in methods.items():
        k = np.repeat(np.arange(activities), size)
        pre = rng.normal(55, 10, len(k))
        parts.append(pd.DataFrame({"kegiatan_id": [f"{method}-{i}" for i in k], "metode": method, "nilai_pre": pre,
                                   "nilai_post": pre + 6 + rng.normal(0, 4, len(k))}))
    return pd.concat(parts, ignore_index=True)


def _adjusted(frame: pd.DataFrame, method: str) -> dict:
    return dict(next(r for r in learning.ancova(frame)["per_metode"] if r["metode"] == method))


@pytest.mark.parametrize(("lang", "methods", "code", "words"), [
    pytest.param("id", {"pelatihan": (20, 15), "workshop": (2, 32)}, "kegiatan_kurang_klaster",
                 "hanya 2 kegiatan workshop (64 peserta), perlu sedikitnya 3 kegiatan untuk rentang keyakinan",
                 id="two-activities-id"),
    pytest.param("en", {"pelatihan": (20, 15), "workshop": (2, 32)}, "kegiatan_kurang_klaster",
                 "there were only 2 workshop activities (64 participants), and an interval needs at least 3",
                 id="two-activities-en"),
    pytest.param("id", {"pelatihan": (20, 15), "mentoring": (4, 2)}, "peserta_kurang",
                 "hanya 8 peserta dengan nilai pre dan post, perlu sedikitnya 10 (4 kegiatan)",
                 id="eight-participants-id"),
])
def test_a_method_withheld_from_the_adjusted_gains_says_its_own_rule(lang, methods, code, words):
    method = list(methods)[1]
    row = _adjusted(_scores(np.random.default_rng(1), methods), method)
    adjusted = row["disesuaikan"]
    assert not adjusted["cukup_data"] and adjusted.get("alasan") == code, adjusted
    flat = workbook._flat(row, lang=lang)  # the workbook's row: the method is the row's, the reason names it
    assert flat["disesuaikan.alasan"] == words, flat
    assert NO_VARIATION[lang] not in flat["disesuaikan.alasan"]


@pytest.mark.parametrize(("frame", "code"), [
    pytest.param(lambda rng: _scores(rng, {"pelatihan": (2, 20)}), "kegiatan_kurang_klaster", id="two-activities"),
    pytest.param(lambda rng: _scores(rng, {"pelatihan": (5, 4)}), "data_kurang_regresi", id="twenty-participants"),
    pytest.param(lambda rng: _scores(rng, {"pelatihan": (5, 8)}).assign(nilai_pre=50.0), "tanpa_keragaman",
                 id="one-pre-score"),
])
def test_a_withheld_pre_score_coefficient_carries_its_rule(frame, code):
    slope = learning.ancova(frame(np.random.default_rng(2)))["kemiringan_pre"]
    assert not slope["cukup_data"] and slope.get("alasan") == code, slope


def _participations(rng, n: int, resistance_spread: bool = True) -> pd.DataFrame:
    gain = rng.normal(6, 4, n)
    return pd.DataFrame({"gain": gain, "skor_perilaku": rng.normal(3.5, 0.5, n), "metode": "pelatihan",
                         "skor_resistensi": rng.normal(3, 0.6, n) if resistance_spread else 3.0,
                         "kegiatan_id": [f"k{i % 5}" for i in range(n)]})


@pytest.mark.parametrize(("n", "spread", "code"), [
    pytest.param(12, True, "data_kurang_regresi", id="twelve-rows"),
    pytest.param(40, False, "tanpa_keragaman", id="one-resistance-score"),
])
def test_a_withheld_resistance_slope_carries_its_rule(n, spread, code):
    slope = kirkpatrick.resistance(_participations(np.random.default_rng(3), n, spread))["gain_per_poin_resistensi"]
    assert not slope["cukup_data"] and slope.get("alasan") == code, slope


@pytest.mark.parametrize(("n", "code"), [pytest.param(12, "data_kurang_regresi", id="twelve-rows")])
def test_a_withheld_behaviour_slope_carries_its_rule(n, code):
    slope = kirkpatrick.level3(_participations(np.random.default_rng(4), n))["per_10_poin_gain"]
    assert not slope["cukup_data"] and slope.get("alasan") == code, slope


@pytest.mark.parametrize("lang", ["id", "en"])
def test_too_few_rows_for_a_regression_names_the_regression_minimum(lang):
    """8 rows: 'regresi perlu sedikitnya 30', not 'perlu sedikitnya 10' (the minimum of a mean)."""
    why = reasons.reason({"n": 8, "cukup_data": False, "alasan": "data_kurang_regresi"}, lang)
    assert why == t("why_n_regression", lang, n="8", pada="", min=constants.MIN_N_REGRESSION)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_last_resort_names_no_cause(lang):
    """A record without a known code, n at every minimum: no 'costs or scores nearly all alike'."""
    why = reasons.reason({"n": 63, "cukup_data": False, "estimasi": None}, lang)
    assert NO_VARIATION[lang] not in why and "63" in why, why
