"""A redesign's other branch names only a method the data support (LOOK14 P-4: the province's seminar advice, "atau
alihkan anggarannya ke metode dengan biaya per poin lebih rendah", let the budget go to e-learning, whose gain of 1,8
points is as very small as seminar's): cheaper per point, its own gain above zero and not very small; no such method,
no 'alihkan' branch."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import redesign
from evalasn.report.words.text import t


def _cost(metode: str, value: float) -> Any:
    return {"metode": metode, "n": 100, "estimasi": value, "ci_bawah": value * 0.8, "ci_atas": value * 1.2, "p": None,
            "cukup_data": True}


def _gain(metode: str, low: float, high: float, effect: float, effect_high: float) -> Any:
    return {"metode": metode, "n": 300, "estimasi": (low + high) / 2, "ci_bawah": low, "ci_atas": high, "p": 0.01,
            "cukup_data": True, "g_av": effect, "g_av_bawah": effect - 0.1, "g_av_atas": effect_high}


GOOD = (8.0, 12.0, 0.7, 0.8)          # a gain clearly above zero, effect size medium
VERY_SMALL = (0.9, 2.7, 0.15, 0.3)    # e-learning in the province: 1,8 points (0,9 s.d. 2,7), effect 0,15
NOT_ABOVE_ZERO = (-1.0, 3.0, 0.3, 0.6)  # not very small by effect size, but the interval reaches below zero


def _province(**methods: tuple[float, tuple[float, float, float, float]]) -> Any:
    """The province with seminar (Rp 435.847 per point, 1,8 points) to redesign and ``methods``: cost, gain."""
    rows = {"seminar": (435_847.0, (1.0, 2.6, 0.15, 0.3)), **methods}
    return {"cakupan": {"slug": "provinsi", "jenis": "provinsi"}, "pelaksanaan": {"kegiatan_per_metode": []},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [_cost(m, c) for m, (c, _) in rows.items()]},
            "level2_pembelajaran": {"per_metode": [_gain(m, *g) for m, (_, g) in rows.items()]}}


PROVINCE = dict(mentoring=(149_832.0, GOOD), workshop=(260_767.0, GOOD), e_learning=(268_460.0, VERY_SMALL),
                pelatihan=(300_339.0, GOOD))


def _fix(methods: dict[str, Any]) -> dict[str, Any]:
    return {m.replace("_", "-"): v for m, v in methods.items()}


@pytest.mark.parametrize(("methods", "targets"), [
    pytest.param(PROVINCE, ["mentoring", "workshop", "pelatihan"], id="province-e-learning-as-small-left-out"),
    pytest.param({**PROVINCE, "workshop": (260_767.0, NOT_ABOVE_ZERO)}, ["mentoring", "pelatihan"],
                 id="gain-not-above-zero-left-out"),
    pytest.param({**PROVINCE, "pelatihan": (500_000.0, GOOD)}, ["mentoring", "workshop"],
                 id="dearer-method-left-out"),
    pytest.param({"e_learning": (268_460.0, VERY_SMALL), "workshop": (260_767.0, NOT_ABOVE_ZERO)}, [],
                 id="no-method-qualifies"),
])
def test_the_budget_goes_to_a_cheaper_method_whose_gain_is_not_very_small(methods, targets):
    assert redesign.move_targets(_province(**_fix(methods)), ["seminar"]) == targets


@pytest.mark.parametrize(("lang", "form", "methods", "text"), [
    pytest.param("id", "kt", PROVINCE, ", atau alihkan anggarannya ke mentoring, workshop dan pelatihan, yang biaya "
                 "per poinnya lebih rendah dan kenaikannya tidak sangat kecil", id="summary-id"),
    pytest.param("en", "kt", PROVINCE, ", or move the budget to mentoring, workshops and classroom training, methods "
                 "with a lower cost per point whose gain is not very small", id="summary-en"),
    pytest.param("en", "kt", {"mentoring": (149_832.0, GOOD), "e_learning": (268_460.0, VERY_SMALL)},
                 ", or move the budget to mentoring, a method with a lower cost per point whose gain is not very "
                 "small", id="summary-en-one-method"),
    pytest.param("id", "rec", PROVINCE, " atau alihkan anggarannya ke mentoring, workshop dan pelatihan",
                 id="recommendation-id"),
    pytest.param("en", "pl", PROVINCE, ", or move their budget to mentoring, workshop and classroom training",
                 id="plan-row-en"),
    pytest.param("id", "kt", {"e_learning": (268_460.0, VERY_SMALL)}, "", id="no-method-no-branch-id"),
    pytest.param("en", "rec", {"e_learning": (268_460.0, VERY_SMALL)}, "", id="no-method-no-branch-en"),
])
def test_the_move_names_its_destination(lang, form, methods, text):
    assert redesign.little_move(_province(**_fix(methods)), ["seminar"], lang, form) == text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_redesign_without_destination_says_redesign_alone(lang):
    """9.2 and the plan row without 'atau alihkan anggarannya' when no method qualifies."""
    hasil = _province(**_fix({"e_learning": (268_460.0, VERY_SMALL)}))
    rec = t("rec_little", lang, metode="seminar", temuan="X", alihkan=redesign.little_move(hasil, ["seminar"], lang,
                                                                                         "rec"))
    assert rec == {"id": "Rancang ulang seminar: X.", "en": "Redesign seminar: X."}[lang]


LESS_PER_PERSON = (9.5, 11.4, 0.6, 0.7)  # the province's mentoring: 10,5 points, clearly below pelatihan's 13,6
MORE_PER_PERSON = (12.7, 14.5, 0.8, 0.9)


@pytest.mark.parametrize(("lang", "form", "text"), [
    pytest.param("id", "kt", ", atau alihkan anggarannya ke workshop, pelatihan dan mentoring, yang biaya per poinnya "
                 "lebih rendah dan kenaikannya tidak sangat kecil; yang dialihkan anggaran seminar, bukan kegiatan "
                 "pelatihan: kenaikan per peserta mentoring jelas lebih kecil daripada pelatihan", id="summary-id"),
    pytest.param("en", "kt", ", or move the budget to workshops, classroom training and mentoring, methods with a "
                 "lower cost per point whose gain is not very small; this moves the seminar budget, not classroom "
                 "training activities: the gain per participant of mentoring is clearly smaller than that of classroom "
                 "training", id="summary-en"),
    pytest.param("id", "pl", ", atau alihkan anggarannya ke workshop, pelatihan dan mentoring", id="plan-row-last"),
])
def test_a_destination_rule_3_rules_out_is_named_last_with_why(lang, form, text):
    """LOOK37 L-7: the province summary said "alihkan anggarannya ke mentoring, workshop dan pelatihan" while 9.2 and
    BAB X say not to move pelatihan activities to mentoring (its gain per participant clearly smaller): the method
    rule 3 rules out goes last, and the summary says the money is seminar's, not pelatihan's activities."""
    hasil = _province(**_fix({**PROVINCE, "mentoring": (149_832.0, LESS_PER_PERSON),
                              "pelatihan": (300_339.0, MORE_PER_PERSON)}))
    hasil["pelaksanaan"]["kegiatan_per_metode"] = [{"metode": "pelatihan", "anggaran_rp": 4e9, "n_peserta": 5000},
                                                   {"metode": "seminar", "anggaran_rp": 3e8, "n_peserta": 1100}]
    assert redesign.little_move(hasil, ["seminar"], lang, form) == text
