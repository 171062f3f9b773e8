"""Why the province plan has no row of its own on a method reviewed in dinas plans names every dinas plan that holds
the row this year (LOOK11 L-13: "tinjauannya ada di rencana dinas yang disebut" left out Lingkungan Hidup, whose
KECIL-E-LEARNING row was new this year; only the dinas carrying last year's row had been named)."""

from __future__ import annotations

import copy
from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import followup, no_gain, plan, province_rows


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "tinjauannya ada di baris KECIL-E-LEARNING rencana Kesehatan dan Sosial."),
    ("en", "its review is in row KECIL-E-LEARNING of the Health and Social Affairs plans."),
], ids=["id", "en"])
def test_the_reason_names_every_dinas_plan_with_the_row(contexts, monkeypatch, lang, said):
    ctx = contexts[(PROVINCE_SLUG, lang)]
    hasil: Any = copy.deepcopy(ctx.hasil)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    assert any(g["metode"] == "e-learning" and g.get("cukup_data") for g in hasil["level2_pembelajaran"]["per_metode"])
    changed = type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config,
                        dinas_results=ctx.dinas_results)
    row: Any = SimpleNamespace(rule="rec_little", code="KECIL-E-LEARNING")
    finding = plan.dinas_finding(row)
    holders = {"kesehatan", "sosial"}
    monkeypatch.setattr(province_rows, "own_findings", lambda _ctx, slug, cache=None: (
        {finding: f"{slug}-{hasil['tahun']}-KECIL-E-LEARNING"} if slug in holders else {}))
    monkeypatch.setattr(no_gain, "little_gain", lambda _hasil: [])
    monkeypatch.setattr(no_gain, "very_small_gain", lambda _hasil: [])
    assert holders <= set(ctx.dinas_results)
    reason = followup._province_reason(changed, row)
    assert reason.endswith(said), reason
