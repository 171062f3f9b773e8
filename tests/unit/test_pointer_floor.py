"""A dinas row carried from the province whose own figure is withheld (a pointer) never gets a weaker target than its
own row's unreached target of last year, as every other row (plan._goal; LOOK15 Q-1: Kebudayaan's BIAYA-POIN read
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
    pytest.param("id", 300_000.0, 268_156.0, "≤ Rp 268.156 (dari angka provinsi 2025)",
                 id="id-last-year's-looser-target-not-kept"),
    pytest.param("en", None, 268_156.0, "≤ Rp 268.156 (from the province's 2025 figure)", id="en-no-row-last-year"),
])
def test_a_pointer_row_keeps_last_years_unreached_target(lang, prior, target, text):
    ctx: Any = SimpleNamespace(lang=lang, hasil={"tahun": 2025}, targets={})
    goal = province_rows.pointer(ctx, _province_row(), "", WITHHELD, prior)
    assert goal.target == target and goal.target_text == text and goal.today is None
