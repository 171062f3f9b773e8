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


def _hasil(intervensi: str, window: list[str] | None, share: float = 0.5) -> dict:
    did = {"jendela_kegiatan": window} if window else {}
    return {"parameter": {"intervensi": intervensi, "ambang_dilatih": share}, "level4_hasil": {"did_ikm": did}}


@pytest.mark.parametrize("hasil,lang,expected,absent", [
    (_hasil("layanan prima", ["2024-12-31", "2025-07-01"]), "id",
     "sedikitnya 50% stafnya mengikuti pelatihan “layanan prima” pada 1 Januari–30 Juni 2025", "apa pun"),
    (_hasil("", ["2024-12-31", "2025-07-01"]), "id",
     "sedikitnya 50% stafnya mengikuti kegiatan pengembangan apa pun pada 1 Januari–30 Juni 2025", "layanan prima"),
    (_hasil("layanan prima", None, 0.4), "en", "at least 40% of the staff took the “layanan prima” training;",
     "any development"),
    (_hasil("", None), "en", "at least 50% of the staff took any development activity (no intervention", "“"),
], ids=["declared-id", "none-id", "declared-no-window-en", "none-en"])
def test_glossary_trained_unit_is_the_designs(hasil, lang, expected, absent):
    """The glossary's trained unit is the comparison's (CHECK10 C10-6): threshold, declared intervention (or any
    activity when none is declared) and window, not 'any activity' whatever the design."""
    text = front.trained_unit(hasil, lang)
    assert expected in text and absent not in text, text


def test_glossary_no_longer_calls_any_activity_a_trained_unit():
    from evalasn.report.words.text import GLOSSARY

    assert "dilatih" not in GLOSSARY["metode"]["id"][1] and '"trained"' not in GLOSSARY["metode"]["en"][1]
