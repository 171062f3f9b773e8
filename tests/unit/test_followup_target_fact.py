"""A key figure without a configured target that last year's follow-up plan judged (BIAYA-POIN) shows that target and
its verdict in Tabel 1, BAB VII and the workbook, not "tidak ada target" beside BAB X's "belum tercapai" (LOOK14
P-15): one record per figure."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import fact_targets, followup, followup_review, plan
from evalasn.report.charts.trend import TargetLine

COST = {"n": 1089, "estimasi": 440_863.0, "ci_bawah": 385_774.0, "ci_atas": 517_069.0, "cukup_data": True}


def _reviewed(code: str, rule: str, status: str, dinas: tuple[str, ...] = ()) -> Any:
    row = plan.PlanRow(f"kesehatan-2024-{code}", code, rule, "aksi", "indikator", 461_820.0, "Rp 461.820", 361_488.0,
                       "≤ Rp 361.488", False, "pj", 2, "Triwulan II 2025", dinas=dinas,
                       today_parts=("a",) * len(dinas))
    return SimpleNamespace(row=row, verdict=facts.Verdict(status))


@pytest.mark.parametrize(("lang", "reviewed", "target", "status"), [
    pytest.param("id", [_reviewed("BIAYA-POIN", "rec_budget_cheaper", "not_met")],
                 "≤ Rp 361.488 (rencana tindak lanjut 2024, BAB X)", "belum tercapai", id="id-plan-target-not-met"),
    pytest.param("en", [_reviewed("BIAYA-POIN", "rec_budget_more", "met")],
                 "≤ Rp 361.488 (2024 follow-up plan, Chapter X)", "met", id="en-plan-target-met"),
    pytest.param("id", [], "tidak ada target", "–", id="id-no-plan-row-no-target"),
    pytest.param("id", [_reviewed("STOP-SEMINAR", "rec_stop", "not_met")], "tidak ada target", "–",
                 id="id-a-method-row-is-not-the-figure"),
])
def test_cost_per_point_shows_the_plan_target_bab_x_judges(monkeypatch, lang, reviewed, target, status):
    monkeypatch.setattr(followup_review, "review", lambda _ctx: reviewed)
    monkeypatch.setattr(followup, "issued", lambda _ctx: [])  # no row for next year either (LOOK15 Q-14)
    fact = facts.Fact("biaya_per_poin", 2025, COST)
    ctx: Any = SimpleNamespace(hasil={"tahun": 2025}, lang=lang)
    (shown,) = fact_targets.followed_up(ctx, (fact,))
    assert shown.target_cell(lang) == target
    assert shown.status(lang) == status


@pytest.mark.parametrize(("lang", "target", "cell", "sentence"), [
    pytest.param("id", "≤ Rp 238.866 (target rencana provinsi 2024 untuk 2025)",
                 "≤ Rp 238.866 (target rencana provinsi 2024 untuk 2025; BAB X)",
                 "≤ Rp 238.866 (target rencana provinsi 2024 untuk 2025)", id="id-glossed"),
    pytest.param("en", "≤ Rp 238,866 (the 2024 province plan's target for 2025)",
                 "≤ Rp 238,866 (the 2024 province plan's target for 2025; Chapter X)",
                 "≤ Rp 238,866 (the 2024 province plan's target for 2025)", id="en-glossed"),
    pytest.param("id", "≤ Rp 238.866 (dari angka provinsi 2024)",
                 "≤ Rp 238.866 (dari angka provinsi 2024; rencana tindak lanjut 2024, BAB X)",
                 "≤ Rp 238.866 (dari angka provinsi 2024; rencana tindak lanjut 2024)", id="id-other-gloss"),
])
def test_a_target_with_its_own_bracket_gets_one_bracket_not_two(lang, target, cell, sentence):
    """LOOK15 Q-1 residue, kebudayaan en Tabel 1: '≤ Rp 238,866 (from the province's 2024 figure) (2024 follow-up
    plan, Chapter X)', two brackets side by side. LOOK37 item 1: a carried province target names its plan itself, so
    "rencana tindak lanjut 2024" after it named the plan twice ('(target rencana provinsi 2024 untuk 2025; rencana
    tindak lanjut 2024)'): the table keeps the chapter, a sentence nothing more; a gloss that names no plan keeps
    the plan after it."""
    fact = facts.Fact("biaya_per_poin", 2025, COST, followup=facts.FollowUpTarget(target, 2024, "BIAYA-POIN",
                                                                                  facts.Verdict("cannot")))
    assert fact.target_cell(lang) == cell
    assert fact.target_text(lang, chapter=False) == sentence


@pytest.mark.parametrize(("reviewed", "expected"), [
    pytest.param([_reviewed("BIAYA-POIN", "rec_budget_cheaper", "not_met")],
                 {"biaya_per_poin": (TargetLine({2025: 361_488.0}),)}, id="plan-target-drawn"),
    pytest.param([], {}, id="no-target-no-line"),
])
def test_the_trend_chart_draws_the_target_the_tables_print(monkeypatch, reviewed, expected):
    """LOOK16 R-17: the trend chart read config/target.yml alone, so its cost-per-point panel had no dashed line while
    Tabel 1 and BAB VII set '≤ Rp 361.488' from last year's plan row: one target record for the chart and tables."""
    from evalasn.report.chapters import comparison

    monkeypatch.setattr(followup_review, "review", lambda _ctx: reviewed)
    monkeypatch.setattr(followup, "issued", lambda _ctx: [])
    ctx: Any = SimpleNamespace(hasil={"tahun": 2025, "tren": [{"tahun": 2024}, {"tahun": 2025}]}, lang="id",
                               targets={}, previous=None, year_targets={})
    monkeypatch.setattr(fact_targets.facts, "of", lambda _ctx: (facts.Fact("biaya_per_poin", 2025, COST),))
    assert comparison.trend_targets(ctx) == expected
