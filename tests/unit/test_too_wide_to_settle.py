"""A stop-or-redesign row whose gain interval this year holds its target and still reaches the rule's own line (a
very small gain, or zero for a stop row) cannot be said to be gone: the rule that raised it can neither fire nor be
ruled out (CHECK12 C12-2: Kesehatan's KECIL-SEMINAR, 1,8 (−2,0 s.d. 5,5) from 3 activities, was closed as
"temuannya tidak muncul lagi" while its own target read "belum dapat dinilai")."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import followup, plan_parts


def _gain(value: float, low: float, high: float, effect_low: float, effect_high: float, k: int) -> Any:
    return {"metode": "seminar", "n": 65, "n_kegiatan": k, "estimasi": value, "ci_bawah": low, "ci_atas": high,
            "g_av": (effect_low + effect_high) / 2, "g_av_bawah": effect_low, "g_av_atas": effect_high,
            "cukup_data": True}


# set E Kesehatan's seminars of 2025 (hasil.json): 3 activities, effect size −0,20 to 0,55
KESEHATAN = _gain(1.78, -1.97, 5.54, -0.197, 0.552, 3)


@pytest.mark.parametrize(("part", "words"), [
    pytest.param(plan_parts.StopPart("", KESEHATAN, 5e6, target=3.9), ("kenaikan sangat kecil", "hanya 3 kegiatan"),
                 id="redesign-interval-holds-target-and-very-small"),
    pytest.param(plan_parts.StopPart("", _gain(5.0, 3.0, 7.0, 0.3, 0.7, 60), 5e6, target=6.0), None,
                 id="redesign-interval-holds-target-clear-of-very-small"),
    pytest.param(plan_parts.StopPart("", _gain(0.5, -1.0, 2.0, -0.1, 0.2, 4), 5e6), ("memuat nol", "hanya 4 kegiatan"),
                 id="stop-interval-holds-zero"),
    pytest.param(plan_parts.StopPart("", _gain(1.5, 0.5, 2.5, 0.1, 0.3, 4), 5e6), None, id="stop-met"),
    pytest.param(plan_parts.StopPart("", _gain(2.0, 1.0, 3.0, 0.1, 0.3, 8), 5e6, target=3.9), None,
                 id="redesign-not-met-is-a-judgement"),
    pytest.param(plan_parts.StopPart("", {**KESEHATAN, "g_av_bawah": None, "g_av_atas": None}, 5e6, target=1.0),  # type: ignore[arg-type]
                 None,
                 id="redesign-without-effect-interval-keeps-the-interval-judgement"),
])
def test_a_row_too_wide_to_settle_its_rule_is_unjudged(part, words):
    why = followup._part_unjudged(part, "id", 2025)
    if words is None:
        assert why == ""
    else:
        assert all(word in why for word in words), why
        assert "2025" in why and "1,8" in why or part.target is None, why


def test_the_count_of_activities_is_said_plainly_from_few_clusters_on():
    many = plan_parts.StopPart("", _gain(0.5, -1.0, 2.0, -0.1, 0.2, 80), 5e6)
    why = followup._part_unjudged(many, "en", 2025)
    assert "80 activities" in why and "only" not in why, why
