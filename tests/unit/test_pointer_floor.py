"""A dinas row carried from the province whose own figure is withheld (a pointer) never gets a weaker target than its
own row's unreached target of last year, as every other row (plan_targets.goal; LOOK15 Q-1: Kebudayaan's BIAYA-POIN read
'≤ Rp 268.156 (target provinsi)' for 2026 after '≤ Rp 238.866 … belum dapat dinilai' for 2025)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report.chapters import plan, province_rows

WITHHELD = {"n": 60, "n_kegiatan": 4, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
            "cukup_data": False, "alasan": "kegiatan_kurang_klaster"}


def _province_row() -> plan.PlanRow:
    return plan.PlanRow("provinsi-2025-BIAYA-POIN", "BIAYA-POIN", "rec_budget_cheaper", "Jangan menaikkan biaya",
                        "Biaya per poin kenaikan nilai 2026 (Rp per poin)", 284_996.0, "Rp 284.996", 268_156.0,
                        "≤ Rp 268.156", False, "BPKD", 4, "31 Desember 2026", owner_key="anggaran")


@pytest.mark.parametrize(("lang", "prior", "target", "text"), [
    pytest.param("id", 238_866.0, 238_866.0, "≤ Rp 238.866", id="id-last-year's-stricter-target-kept"),
    pytest.param("en", 238_866.0, 238_866.0, "≤ Rp 238,866", id="en-last-year's-stricter-target-kept"),
    pytest.param("id", 300_000.0, 268_156.0, "≤ Rp 268.156 (target rencana provinsi 2025 untuk 2026)",
                 id="id-last-year's-looser-target-not-kept"),
    pytest.param("en", None, 268_156.0, "≤ Rp 268.156 (the 2025 province plan's target for 2026)",
                 id="en-no-row-last-year"),
])
def test_a_pointer_row_keeps_last_years_unreached_target(lang, prior, target, text):
    ctx: Any = SimpleNamespace(lang=lang, hasil={"tahun": 2025}, targets={})
    goal = province_rows.pointer(ctx, _province_row(), "", WITHHELD, prior)
    assert goal.target == target and goal.target_text == text and goal.today is None


@pytest.mark.parametrize(("lang", "province_before", "target", "text"), [
    pytest.param("id", 238_866.0, 238_866.0, "≤ Rp 238.866 (target rencana provinsi 2025 untuk 2026)",
                 id="id-the-province-plan's-floor"),
    pytest.param("en", 238_866.0, 238_866.0, "≤ Rp 238,866 (the 2025 province plan's target for 2026)",
                 id="en-the-province-plan's-floor"),
    pytest.param("id", 300_000.0, 268_156.0, "≤ Rp 268.156 (target rencana provinsi 2025 untuk 2026)",
                 id="id-a-looser-province-target-last-year-is-no-floor"),
    pytest.param("id", None, 268_156.0, "≤ Rp 268.156 (target rencana provinsi 2025 untuk 2026)",
                 id="id-no-province-row-last-year"),
])
def test_a_pointer_row_without_its_own_target_takes_the_province_plans_target(lang, province_before, target, text):
    """LOOK15 Q-1 residue: a dinas with no row of its own last year read '≤ Rp 268.156 (dari angka provinsi 2025)',
    the province's rule on its 2025 figure, while the province plan's BIAYA-POIN row, floored at its unreached 2024
    target, reads '≤ Rp 238.866': the row says it is the province plan's target, and it is the same number."""
    last = [] if province_before is None else [
        plan.PlanRow("provinsi-2024-BIAYA-POIN", "BIAYA-POIN", "rec_budget_cheaper", "Jangan menaikkan biaya", "i",
                     260_236.0, "Rp 260.236", province_before, "≤ Rp", False, "BPKD", 4, "31 Desember 2025")]
    province = SimpleNamespace(year_before=SimpleNamespace(memo={"plan": last}))
    ctx: Any = SimpleNamespace(lang=lang, hasil={"tahun": 2025}, targets={}, province_ctx=province)
    goal = province_rows.pointer(ctx, _province_row(), "", WITHHELD, None, issued=True)
    assert goal.target == target and goal.target_text == text
    # a plan made again from the year's results alone (last_year) has no floors, the province's own neither
    remade = province_rows.pointer(ctx, _province_row(), "", WITHHELD, None)
    assert remade.target == 268_156.0 and remade.target_text.startswith("≤ Rp 268")
