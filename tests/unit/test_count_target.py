"""LOOK20 W-15: a target on a count of units read '≤ 0' (Tabel 15/16 IKM-CD, the province, the workbook): a count is
never below 0. None at all is '0 unit' ('0 dinas' for the province's count of dinas), in every place a plan target is
written (plan_targets.goal, published_rows.target_text, province_rows.line_text: one function,
plan_targets.count_target_text)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evalasn.report.chapters import plan, plan_targets, province_rows, published_rows


@pytest.mark.parametrize(("target", "higher_better", "lang", "of_dinas", "text"), [
    pytest.param(0.0, False, "id", False, "0 unit", id="none-id"),
    pytest.param(0.0, False, "en", False, "0 units", id="none-en"),
    pytest.param(0.0, False, "id", True, "0 dinas", id="no-dinas-id"),
    pytest.param(0.0, False, "en", True, "0 agencies", id="no-dinas-en"),
    pytest.param(3.0, False, "id", False, "≤ 3", id="at-most-3"),
    pytest.param(3.0, True, "en", False, "≥ 3", id="at-least-3"),
])
def test_a_count_target_of_none_is_zero_units_not_at_most_zero(target, higher_better, lang, of_dinas, text):
    assert plan_targets.count_target_text(target, higher_better, lang, of_dinas) == text


@pytest.mark.parametrize(("code", "lang", "text"), [
    pytest.param("IKM-CD", "id", "0 unit", id="dinas-units"),
    pytest.param("IKM-CD-DINAS", "en", "0 agencies", id="province-dinas"),
])
def test_every_writer_of_a_count_target_says_zero_units(code, lang, text):
    row = plan.PlanRow(f"provinsi-2025-{code}", code, "rec_ikm_units", "Aksi", "Indikator", 2.0, "2", 0.0, "", False,
                       "", 1, "Triwulan I 2026")
    assert published_rows.target_text(row, 0.0, lang) == text
    assert published_rows.target_text(replace(row, code="IKM-CD"), 0.0, "id") == "0 unit"
    assert province_rows.line_text("rec_ikm_units", 0.0, "id") == "0 unit"
    assert "≤ 0" not in published_rows.target_text(row, 0.0, lang)
