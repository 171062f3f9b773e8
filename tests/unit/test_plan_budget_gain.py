"""LOOK21 X-3: BIAYA-POIN's cost-per-point target in words at this year's cost per participant (plan.gain_needed)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report.chapters import plan
from evalasn.report.context import load_context


def _hasil(cost: float, gain: float, pre: float) -> Any:
    return {"tahun": 2025, "anggaran_vs_peningkatan": {"biaya_per_poin_semua": {"biaya_per_peserta_rp": cost,
                                                                                  "rata_gain": gain}},
            "level2_pembelajaran": {"keseluruhan": {"rata_pre": pre}}}


@pytest.mark.parametrize(("lang", "cost", "gain", "pre", "target", "said", "out"), [
    pytest.param("id", 4_009_960.08, 11.30, 55.1, 114_888, "pada biaya per peserta 2025 (Rp 4.009.960), target ini "
                 "berarti kenaikan nilai rata-rata sedikitnya 35,0 poin (2025: 11,3 poin)", False, id="ppkukm-id"),
    pytest.param("en", 2_708_737.88, 6.14, 60.0, 361_488, "at the 2025 cost per participant (Rp 2,708,738), this "
                 "target means a mean gain of at least 7.5 points (2025: 6.1 points)", False, id="kesehatan-en"),
    pytest.param("id", 4_009_960.08, 11.30, 80.0, 114_888, "tidak tercapai hanya dengan kenaikan nilai", True,
                 id="past-the-scale"),
])
def test_the_cost_target_says_the_gain_it_takes(lang, cost, gain, pre, target, said, out):
    text = plan.gain_needed(_hasil(cost, gain, pre), target, lang)
    assert said in text.replace("\xa0", " "), text
    assert (("skala tes" in text) or ("test scale" in text)) is out, text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_budget_row_says_what_its_target_means(pipeline_root, lang):
    """The row itself carries the sentence, with its own target and this year's figures."""
    ctx = load_context("kesehatan", lang, project(pipeline_root))
    rows = [r for r in plan.rows(ctx) if r.code == "BIAYA-POIN"]
    assert rows
    for row in rows:
        said = plan.gain_needed(ctx.hasil, row.target, lang)
        assert said and said in row.action, row.action
