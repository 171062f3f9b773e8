"""A key figure with neither a configured target nor last year's plan row on it shows the target this year's plan
sets for next year, in Tabel 1, BAB VII, Tabel 13 and the workbook alike (LOOK15 Q-14: Sumber Daya Air's Tabel 1
said 'tidak ada target –' while its BAB X set BIAYA-POIN ≤ Rp 176.167 for 2026)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import fact_targets, followup, plan

COST = {"n": 304, "estimasi": 288_405.0, "ci_bawah": 176_167.0, "ci_atas": 410_885.0, "p": None, "cukup_data": True}


def _row(code: str, rule: str, dinas: tuple[str, ...] = ()) -> plan.PlanRow:
    return plan.PlanRow(f"sumber-daya-air-2025-{code}", code, rule, "Jangan menaikkan biaya per peserta",
                        "Biaya per poin kenaikan nilai 2026 (Rp per poin)", 288_405.0, "Rp 288.405", 176_167.0,
                        "≤ Rp 176.167 (target rencana provinsi 2025 untuk 2026)", False,
                        "Sekretariat Dinas Sumber Daya Air", 2,
                        "30 Juni 2026", dinas=dinas)


@pytest.mark.parametrize(("lang", "cell", "status"), [
    ("id", "≤ Rp 176.167 (untuk 2026, BAB\u00a0X)", "dinilai pada evaluasi 2026"),
    ("en", "≤ Rp 176,167 (for 2026, Chapter\u00a0X)", "judged in the 2026 evaluation"),
])
def test_a_figure_without_a_target_shows_the_one_its_plan_sets_for_next_year(monkeypatch, lang, cell, status):
    monkeypatch.setattr(followup, "issued", lambda ctx: [_row("BIAYA-POIN", "rec_budget_cheaper"),
                                                         _row("STOP-SEMINAR", "rec_stop", ("sumber-daya-air",))])
    ctx: Any = SimpleNamespace(hasil={"tahun": 2025}, lang=lang)
    built = (facts.Fact("biaya_per_poin", 2025, COST),)
    found = fact_targets.planned(ctx, built)[0]
    assert found.target_cell(lang) == cell and found.status(lang) == status
    assert "tidak ada target" not in found.target_cell(lang) and "no target" not in found.target_cell(lang)


def test_last_years_row_stays_the_target_this_year_is_judged_against(monkeypatch):
    """LOOK14 P-15's target (last year's row, this year's verdict) is not replaced by next year's."""
    monkeypatch.setattr(followup, "issued", lambda ctx: [_row("BIAYA-POIN", "rec_budget_cheaper")])
    last = facts.FollowUpTarget("≤ Rp 159.541", 2024, "BIAYA-POIN", facts.Verdict("not_met"))
    ctx: Any = SimpleNamespace(hasil={"tahun": 2025}, lang="id")
    built = (facts.Fact("biaya_per_poin", 2025, COST, followup=last),)
    assert fact_targets.planned(ctx, built) == built
