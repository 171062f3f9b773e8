"""LOOK37b M-16: the resistance slope read "goes with a gain 1.8 points lower (95% CI: 0.1 to 3.4; n = 86)" in one
report and "−0.4 points per point of resistance; 95% CI: −2.0 to 1.3" in another, so a reader comparing them could
take 0.1 to 3.4 for a positive relation. Every form (BAB V, the summary's finding, 9.2's recommendation) now prints the
slope and its interval signed, as the unclear case always did."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from evalasn.report.chapters import rules
from evalasn.report.words import narrative

SLOPE = {"n": 86, "estimasi": -1.76, "ci_bawah": -3.42, "ci_atas": -0.10, "p": 0.04, "cukup_data": True}


def _with_slope(hasil: Any) -> Any:
    h = copy.deepcopy(hasil)
    h["tantangan"]["resistensi"]["gain_per_poin_resistensi"] = dict(SLOPE)
    return h


@pytest.mark.parametrize(("lang", "finding", "step"), [
    pytest.param("id", "berkaitan dengan kenaikan nilai yang lebih rendah: −1,8 poin per poin resistensi (rentang "
                 "keyakinan 95%: −3,4 s.d. −0,1; n = 86).",
                 "−1,8 poin per poin skor resistensi (rentang keyakinan 95%: −3,4 s.d. −0,1; n = 86).", id="id"),
    pytest.param("en", "goes with a lower gain: −1.8 points per point of resistance (95% CI: −3.4 to −0.1; n = 86).",
                 "−1.8 points per point of resistance (95% CI: −3.4 to −0.1; n = 86).", id="en"),
])
def test_the_resistance_slope_is_signed_beside_its_signed_interval(contexts, lang, finding, step):
    hasil = _with_slope(contexts[("kesehatan", lang)].hasil)
    said = narrative.resistance(hasil, lang)
    assert said and said.endswith(finding), said
    rec = next(r.text for r in rules.recommendations(hasil, lang) if r.rule == "rec_resist")
    assert rec.endswith(step), rec
    for text in (said, rec):
        assert "0,1 s.d. 3,4" not in text and "0.1 to 3.4" not in text
