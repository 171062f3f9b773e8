"""LOOK37b M-8: an English agency report named its agency three ways: the full name (cover, foreword), the short
name its List of Abbreviations defined ("Communication and Informatics") and the form of its running head, owner
cells and, since LOOK37 item 4, its running text ("Communication and Informatics Agency"), which the list did not
define. One term: the list spells the agency as the text uses it, and the report's own agency is no longer named
by the bare short form in a sentence or a plan row (the 2024 plan review's KENAIKAN row, the 20 JP comparison's
"… left out")."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import front, plan_indicators
from evalasn.report.words import abbreviations, names, uncertainty

FULL = "Communication, Informatics and Statistics Agency"
RUNNING = "Communication and Informatics Agency"


def _keys(text: str) -> dict[str, str]:
    return dict(abbreviations.used(text, "en"))


def test_the_list_defines_the_form_the_running_text_uses():
    said = f"Programme of the {RUNNING}. Owner: {RUNNING} secretariat."
    keys = _keys(said)
    assert RUNNING in keys and "Communication and Informatics" not in keys, keys
    assert keys[RUNNING].startswith(FULL), keys[RUNNING]


def test_a_bare_short_name_keeps_its_own_entry():
    keys = _keys("Agencies: Health, Communication and Informatics, Manpower and Energy.")
    assert "Communication and Informatics" in keys and "Manpower and Energy" in keys, keys


def test_the_running_head_is_the_defined_form():
    header = names.running_name("kominfotik", FULL, "en", front.HEADER_NAME_MAX)
    assert header == RUNNING == names.running_text_name("kominfotik", "Dinas Komunikasi", "en")


@pytest.mark.parametrize(("subject", "expected"), [("", f"Adjusted gain of the {RUNNING} minus"),
                                                   ("kominfotik", f"Adjusted gain of the {RUNNING} minus")])
def test_the_agencys_own_gain_row_says_its_running_name(subject, expected):
    said = plan_indicators.indicator_words("rec_gain_low", subject, 2024, "en", slug="kominfotik")
    assert said.startswith(expected), said


def test_a_province_gain_row_keeps_the_short_name():
    said = plan_indicators.indicator_words("rec_gain_low", "kominfotik", 2024, "en", province=True, slug="provinsi")
    assert "of Communication and Informatics minus" in said, said


def test_the_comparison_leaves_out_the_agency_by_its_running_name():
    test: Any = {"dinas": "kominfotik", "pembanding": 0.647,
                 "dinas_lain": {"n": 3489, "estimasi": 0.647, "ci_bawah": 0.631, "ci_atas": 0.663, "cukup_data": True}}
    assert f"the {RUNNING} left out" in uncertainty.others_share(test, "en", own=True)
    assert "PNS, Communication and Informatics left out" in uncertainty.others_share(test, "en")
    assert "tanpa Kominfotik" in uncertainty.others_share(test, "id", own=True)
