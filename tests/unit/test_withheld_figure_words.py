"""A comparison withheld for too few units: the dose sentence counts its units (LOOK17 S-5: "semua unit"). Its
groups' means are no longer drawn at all (LOOK26 X-4, tests/unit/test_withheld_comparison.py)."""

from __future__ import annotations

import pytest

from evalasn.report.words import impact


@pytest.mark.parametrize(("lang", "said"), [("id", "semua 6 unit"), ("en", "all 6 units")])
def test_the_dose_sentence_counts_its_units(lang, said):
    dose = {"estimasi": 0.44, "ci_bawah": -0.42, "ci_atas": 1.3, "n": 6, "n_klaster": 6, "cukup_data": True}
    text = impact.dose_note(dose, None, lang, lambda key, **values: impact.t(key, lang, **values))
    assert said in text, text
