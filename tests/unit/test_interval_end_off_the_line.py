"""LOOK35 H-2: a change whose 95% interval excludes zero is called 'membaik', but PRKP's coverage printed
'+12,0 poin persen (0,0–24,0): membaik' (`tren[2].selisih_tahun_lalu.cakupan_asn.ci_bawah` 0.000224), which reads as
holding zero. Every interval printed beside a verdict that rests on it excluding a line (zero for a change, a target
for a status) prints an end that would round onto the line, or across it, with more decimals (fmt.ends): the
change's in the trend table and in the summary's and BAB IX's 'selisih …; rentang keyakinan 95%: …'
(year_difference.parts, their one formatter)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import year_difference
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.words import fmt


@pytest.mark.parametrize(("low", "high", "kind", "line", "lang", "expected"), [
    pytest.param(0.000224, 0.239776, "proporsi", 0.0, "id", ("0,02", "24,0"), id="share-end-near-zero-prkp"),
    pytest.param(0.000224, 0.239776, "proporsi", 0.0, "en", ("0.02", "24.0"), id="share-end-near-zero-en"),
    pytest.param(-0.3, -0.004, "poin_tes", 0.0, "id", ("−0,3", "−0,004"), id="negative-end-near-zero"),
    pytest.param(0.0, 2.4, "poin_tes", 0.0, "id", ("0,0", "2,4"), id="an-end-on-the-line-stays"),
    pytest.param(0.6, 2.4, "poin_tes", 0.0, "id", ("0,6", "2,4"), id="ends-clear-of-the-line-unchanged"),
    pytest.param(74.96, 80.1, "persen", 75.0, "id", ("74,96", "80,1"), id="end-below-a-target-not-on-it"),
    pytest.param(75.04, 80.1, "persen", 75.0, "id", ("75,04", "80,1"), id="end-above-a-target-not-on-it"),
    pytest.param(1.5, 2.0, "poin_tes", None, "id", ("1,5", "2,0"), id="no-line-as-figures"),
])
def test_an_interval_end_never_prints_on_the_line_it_is_judged_against(low, high, kind, line, lang, expected):
    assert fmt.ends(low, high, kind, lang, line) == expected


def _change(estimate: float, low: float, high: float, better: bool | None) -> dict[str, Any]:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "membaik": better,
            "berpasangan": False}


PRKP_COVERAGE = _change(0.12, 0.000224, 0.239776, True)


@pytest.mark.parametrize(("lang", "cell", "sentence"), [
    pytest.param("id", "+12,0 poin persen (0,02–24,0): membaik",
                 "selisih +12,0 poin persen; rentang keyakinan 95%: 0,02 s.d. 24,0", id="id"),
    pytest.param("en", "+12.0 percentage points (0.02–24.0): improved",
                 "difference +12.0 percentage points; 95% CI: 0.02 to 24.0", id="en"),
])
def test_prkp_coverage_change_does_not_read_as_holding_zero(lang, cell, sentence):
    assert year_difference.cell("cakupan_asn", PRKP_COVERAGE, lang, NoteMarks()) == cell
    assert year_difference.difference("cakupan_asn", PRKP_COVERAGE, lang).replace("\xa0", " ") == sentence
