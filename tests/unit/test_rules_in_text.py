"""The rules the report's sentences state (20 JP, 1 JP = 45 minutes, 95%, the high-resistance cut-off)
are the ones constants.py applies: change a constant and this test names the sentences to change."""

from __future__ import annotations

import re

import pytest

from evalasn import constants
from evalasn.report.words import fmt
from evalasn.report.words.text import LABELS, TEXT

SENTENCES = [(key, lang, text) for catalogue in (TEXT, LABELS) for key, entry in catalogue.items()
             for lang, text in entry.items()]


def _stated(pattern: str) -> set[str]:
    return {match for _, _, text in SENTENCES for match in re.findall(pattern, text)}


def test_every_jp_count_the_report_states_is_a_rule_in_constants():
    allowed = {1, constants.JP_MINIMUM_PER_YEAR, constants.PPPK_JP_MAXIMUM_PER_YEAR}  # 1 = the unit itself
    assert {int(n) for n in _stated(r"(\d+)[ -](?:JP|jam pelajaran)")} <= allowed


def test_the_length_of_a_jp_is_the_constant():
    stated = _stated(r"1 JP = (\d+) (?:menit|minutes)")
    assert stated == {str(constants.MINUTES_PER_JP)}


def test_every_confidence_level_the_report_states_is_the_constant():
    # "100%" and "0%" are shares (DATA's target, no PPPK above the cap: pl_rule_pppk), never a confidence level
    levels = {int(n) for n in _stated(r"(\d+)\s?%") if n not in ("0", "100")}
    assert levels == {round(constants.CONFIDENCE * 100)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_high_resistance_cut_off_the_report_states_is_the_constant(lang):
    cut_off = fmt.number(constants.HIGH_RESISTANCE_SCORE, 1, lang)
    top = fmt.number(constants.SKOR_RANGE[1], 0, lang)
    assert f"≥ {cut_off} " in TEXT["c_resist_share"][lang] and f" {top};" in TEXT["c_resist_share"][lang]
