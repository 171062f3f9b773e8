"""1.6 Metode states the causal-word rule with the figures the verdict applies (CHECK10 C10-5): a changed constant
changes the sentence, in both languages."""

from __future__ import annotations

import pytest

from evalasn import constants
from evalasn.report.chapters import front
from evalasn.report.words.text import t


@pytest.mark.parametrize("lang,expected", [
    ("id", ("sedikitnya 3 unit per kelompok", "(taraf 10%)", "paling besar 0,7 × estimasi", "± 0,5 × estimasi")),
    ("en", ("at least 3 units per group", "(at the 10% level)", "at most 0.7 × the estimate",
            "± 0.5 × the estimate")),
], ids=["id", "en"])
def test_rule_states_the_verdicts_constants(lang, expected):
    text = t("m_min_n", lang, min_n="5", **front.causal_rule(lang))
    assert all(part in text for part in expected), text
    assert "sebesar yang diestimasi" not in text and "as large as the one estimated" not in text


@pytest.mark.parametrize("name,value,shown", [
    ("PRETREND_MDE_MAX_RATIO", 0.6, "0,6 × estimasi"),
    ("PRETREND_GAP_MAX_RATIO", 0.4, "± 0,4 × estimasi"),
    ("MIN_UNITS_PER_ARM", 4, "sedikitnya 4 unit"),
    ("PRETREND_ALPHA", 0.05, "taraf 5%"),
], ids=["mde-ratio", "gap-ratio", "units-per-arm", "pretrend-alpha"])
def test_rule_follows_a_changed_constant(monkeypatch, name, value, shown):
    monkeypatch.setattr(constants, name, value)
    assert shown in t("m_min_n", "id", min_n="5", **front.causal_rule("id"))
