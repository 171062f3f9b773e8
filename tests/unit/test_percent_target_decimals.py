"""LOOK35 G-11(c): Gulkarmat's Tabel 14 printed targets '≤ 13%' and '≥ 23%' in the column where values read '16,3%'
and '13,0%' (and Pendidikan's '≤ 13,1%'). A target in percent prints with the decimals of the percent values it is
compared with, a whole one too (fmt.percent_target): in plan rows, 10.2's rule list, Tabel 1, the workbook and the
sentences that name a target ('(kini 73,5%; target 100,0%)')."""

from __future__ import annotations

import pytest

from evalasn.report import facts
from evalasn.report.chapters import plan_targets
from evalasn.report.config import Target
from evalasn.report.words import fmt


@pytest.mark.parametrize(("value", "higher_better", "lang", "expected"), [
    pytest.param(13.0, False, "id", "≤ 13,0%", id="whole-data-target-gulkarmat"),
    pytest.param(23.0, True, "en", "≥ 23.0%", id="whole-data-target-en"),
    pytest.param(13.1, False, "id", "≤ 13,1%", id="tenth-as-before"),
    pytest.param(95.0, True, "id", "≥ 95,0%", id="configured-whole-percent"),
    pytest.param(100.0, None, "id", "100,0%", id="in-a-sentence-without-direction"),
])
def test_a_percent_target_prints_the_decimals_of_its_values(value, higher_better, lang, expected):
    assert fmt.percent_target(value, higher_better, lang) == expected


@pytest.mark.parametrize(("rule", "expected"), [
    pytest.param("rec_pppk", "0 PPPK di atas 24 JP", id="pppk-line"),
    pytest.param("rec_data", "≥ 100,0%", id="data-line"),
])
def test_a_rule_line_prints_as_its_rows(rule, expected):
    assert plan_targets.line_target_text(rule, "id") == expected


def test_tabel_1_prints_a_configured_percent_target_alike():
    assert facts.show_target("persen_realisasi", Target("persen_realisasi", 95.0, {}, True), "id") == "≥ 95,0%"
