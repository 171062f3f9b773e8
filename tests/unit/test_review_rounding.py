"""Next year's review prints a row's value as its plan row did (issue 22.1, one rounding rule per figure kind):
a gain in points as BAB X wrote it (plan_parts.gain_text: '−1,0 (−2,4 s.d. 0,4)'), a score on 1–4 or an IKM to two."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import followup_measure, followup_review, published_rows


def _hasil(estimasi: float, low: float, high: float) -> Any:
    gain = {"metode": "seminar", "n": 187, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high,
            "cukup_data": True}
    return {"level2_pembelajaran": {"per_metode": [gain]}}


class _Row:
    """The one field of a plan row that measure() reads for a measured rule."""

    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.dinas = ()


@pytest.mark.parametrize(("values", "expected"), [
    pytest.param((-0.983957, -2.403203, 0.435288), "−1,0 (−2,4 s.d. 0,4)", id="kesehatan-seminar-as-bab-x"),
    pytest.param((1.841001, 1.048438, 2.633563), "1,8 (1,0–2,6)", id="province-seminar"),
])
def test_a_gain_row_is_reviewed_in_points_with_one_decimal(values, expected):
    row: Any = _Row("rec_little")
    measured = followup_measure.measure(row, "seminar", _hasil(*values), "id")
    assert measured.unit == published_rows.POINTS
    assert followup_review.show(measured, "id") == expected


@pytest.mark.parametrize(("unit", "expected"), [
    pytest.param(published_rows.SCORE, "2,73 (2,64–2,82)", id="element-score-two-decimals"),
    # a gain as plan_parts.gain_text writes it in BAB X: test points, one decimal whatever the interval's width
    # (constants.DECIMALS, REVIEW3 24); the interval in the style of every other cell (REVIEW2 19: Tabel 16 mixed
    # '2,2 (1,4 s.d. 3,0)' and '2,76 (2,73–2,79)')
    pytest.param(published_rows.POINTS, "2,7 (2,6–2,8)", id="points-as-bab-x-narrow-interval"),
])
def test_each_unit_keeps_its_own_decimals(unit, expected):
    measured = followup_review.Measured((2.7312, 2.6401, 2.8199), unit)
    assert followup_review.show(measured, "id") == expected


def test_a_cost_and_its_interval_are_reviewed_in_one_unit():
    """REVIEW3 24: 'Rp 363.113 (Rp 230.943–Rp 2,3 juta)' mixed two units inside one interval."""
    measured = followup_review.Measured((363_113.0, 230_943.0, 2_301_234.0), published_rows.RUPIAH)
    assert followup_review.show(measured, "id") == "Rp 363.113 (Rp 230.943–Rp 2.301.234)"
