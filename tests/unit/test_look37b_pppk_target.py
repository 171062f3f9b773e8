"""LOOK37b M-20 (J-5): the PPPK-JP row printed '2026 target ≤ 0.0%' for '% of PPPK with more than 24 JP' beside
this year's count ('4 of 5 PPPK'): none above the legal cap is a count of every PPPK, '0 PPPK above 24 JP' ('0
PPPK di atas 24 JP'), wherever the target is printed (the row, 10.2's rule list, 7.2, a published row); every other
percent target keeps its share."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import plan_targets, pppk_cap


def _few_pppk(over: int, every: int) -> Any:
    withheld = {"n": every, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
    return {"tahun": 2025, "cakupan": {"slug": "kominfotik", "jenis": "dinas"},
            "pelaksanaan": {"jp_20": {"pppk": {"n": every, "di_atas_batas": withheld, "jumlah_di_atas_batas": over}}}}


@pytest.mark.parametrize(("lang", "expected"), [("id", "0 PPPK di atas 24 JP"), ("en", "0 PPPK above 24 JP")])
def test_a_census_of_pppk_is_targeted_as_a_count(lang, expected):
    hasil = _few_pppk(4, 5)
    counted = pppk_cap.count(hasil)
    assert counted is not None and counted.census(lang).startswith("4 ")  # the value beside it: a count
    goal = plan_targets.pppk_census_goal(hasil, lang)
    assert goal is not None and goal.target == 0.0
    assert goal.target_text == expected
    assert plan_targets.line_target_text("rec_pppk", lang) == expected  # 10.2's list and 7.2 say the same


@pytest.mark.parametrize(("rule", "expected"), [("rec_data", "≥ 100,0%")])
def test_other_percent_targets_keep_their_share(rule, expected):
    assert plan_targets.line_target_text(rule, "id") == expected


def test_a_target_above_none_stays_a_share():
    assert plan_targets.pppk_target_text(5.0, "en") == "≤ 5.0%"
