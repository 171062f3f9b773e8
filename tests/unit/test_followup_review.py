"""The verdict of a reviewed follow-up row (report.chapters.followup_review.judge): the targets' interval rule."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import plan
from evalasn.report.chapters.followup_review import PERCENT, RUPIAH, SCORE, Measured, judge


def _row(rule: str, target: float, higher_better: bool = True) -> plan.PlanRow:
    return plan.PlanRow("kesehatan-2024-X", "X", rule, "aksi", "indikator", 1.0, "1", target, "t", higher_better,
                        "pj", 2, "Triwulan 2 2025")


@pytest.mark.parametrize(("rule", "target", "higher_better", "now", "status"), [
    ("rec_weak", 3.07, True, Measured((3.2, 3.1, 3.3), SCORE), "met"),
    ("rec_weak", 3.07, True, Measured((2.9, 2.8, 3.0), SCORE), "not_met"),
    ("rec_weak", 3.07, True, Measured((3.0, 2.9, 3.1), SCORE), "cannot"),
    ("rec_jp", 100.0, True, Measured((99.0, 98.0, 100.0), PERCENT), "not_met"),
    ("rec_resist", 10.0, False, Measured((8.0, 6.0, 9.9), PERCENT), "met"),
    ("rec_resist", 10.0, False, Measured((12.0, 10.5, 14.0), PERCENT), "not_met"),
    ("rec_realisation", 95.0, True, Measured((95.0,) * 3, PERCENT, has_interval=False), "met"),
    ("rec_budget_cheaper", 200_000.0, False, Measured((250_000.0, 190_000.0, 300_000.0), RUPIAH), "cannot"),
    ("rec_stop", 0.0, True, Measured((0.0,) * 3, RUPIAH, has_interval=False), "met"),
    ("rec_stop", 0.0, True, Measured((2.0, 0.5, 3.5), SCORE), "met"),
    ("rec_stop", 0.0, True, Measured((-1.0, -2.0, -0.1), SCORE), "not_met"),
    ("rec_stop", 0.0, True, Measured((0.5, -0.5, 1.5), SCORE), "cannot"),
    ("rec_jp", 100.0, True, Measured(None, PERCENT, reason="data kurang"), "cannot"),
], ids=["score-met", "score-not-met", "score-interval-holds", "jp-100-not-everyone", "lower-better-met",
        "lower-better-not-met", "accounting-figure-met", "cost-interval-holds", "stop-no-spending",
        "stop-gain-above-zero", "stop-gain-below-zero", "stop-gain-holds-zero", "not-computed"])
def test_verdict(rule, target, higher_better, now, status):
    assert judge(_row(rule, target, higher_better), now, "id").status == status
