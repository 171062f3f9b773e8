"""LOOK20 W-19: the province seminar finding held seven facts in one bracket, with another bracket inside it: "(1,8
poin; rentang keyakinan 95%: 1,0 s.d. 2,6; besar efek 0,16; 52 kegiatan, 1.239 peserta bernilai pre dan post;
Rp 435.847 per poin atas 48 kegiatan dengan biaya tercatat (1.129 peserta), rentang …)". The gain keeps its bracket;
the cost per point is a sentence of its own, with its interval."""

from __future__ import annotations

import re
from typing import Any, cast

import pytest

from evalasn.report.chapters import key_findings, no_gain
from tests.unit.test_cost_table_base import SEMINAR_COST, SEMINAR_GAIN
from tests.unit.test_findings import _little_hasil

ROW = no_gain.LittleGain("seminar", cast(Any, SEMINAR_GAIN), 974e6, cast(Any, SEMINAR_COST))


def _nested(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > 1:
            return True
    return False


@pytest.mark.parametrize(("lang", "gain", "cost"), [
    ("id", "Rp 974 juta untuk seminar dengan kenaikan sangat kecil, 1,8 poin (rentang keyakinan 95%: 1,0 s.d. 2,6; "
           "52 kegiatan, 1.239 peserta bernilai pre dan post), besar efek 0,16 (0,09 s.d. 0,23)",
     " Biaya per poin seminar: Rp 435.847 atas 48 kegiatan dengan biaya tercatat dan 1.129 peserta (rentang keyakinan "
     "95%: Rp 317.286 s.d. Rp 729.766)."),
    ("en", "Rp 974 million on seminars for a very small gain, 1.8 points (95% CI: 1.0 to 2.6; 52 activities, 1,239 "
           "participants with both scores), effect size 0.16 (0.09 to 0.23)",
     " Cost per point of seminars: Rp 435,847 over the 48 activities with a recorded cost and 1,129 participants (95% "
     "CI: Rp 317,286 to Rp 729,766)."),
], ids=["id", "en"])
def test_the_gain_and_its_cost_per_point_are_two_sentences(lang, gain, cost):
    assert no_gain.little_item(ROW, lang, cost=False) == gain
    assert no_gain.little_cost(ROW, lang) == cost
    assert not _nested(gain + cost)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_finding_has_no_bracket_inside_a_bracket(lang):
    hasil = _little_hasil((1.8, 1.0, 2.6), (0.16, 0.19), 9.74e8, 408_332.0)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    found = key_findings.without_gain(hasil, [], lang)
    assert found is not None and not _nested(found.text), found
    said = "Biaya per poin seminar: Rp 408.332 (rentang keyakinan 95%:" if lang == "id" else \
        "Cost per point of seminars: Rp 408,332 (95% CI:"
    assert found is not None and said in found.text, found
    assert not re.search(r"per (poin|point), (rentang|95%)", found.text), found.text


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "besar efek 0,16 (0,09 s.d. 0,23)"),
    ("en", "effect size 0.16 (0.09 to 0.23)"),
], ids=["id", "en"])
def test_a_very_small_gain_gives_its_effect_sizes_interval(lang, said):
    """LOOK21 X-2: the label's rule is on the effect size's interval (it ends below 0,5), which no page printed;
    beside the points interval '1,0 s.d. 2,6' the definition read as broken. No bracket inside a bracket (W-19); the
    effect size's interval in a bracket of its own after the points' (LOOK23 Z-2: one figure per bracket)."""
    row = no_gain.LittleGain("seminar", cast(Any, {**SEMINAR_GAIN, "g_av_bawah": 0.0912, "g_av_atas": 0.2341}), 974e6,
                             cast(Any, SEMINAR_COST))
    text = no_gain.little_item(row, lang, cost=False)
    assert said in text and not _nested(text), text
