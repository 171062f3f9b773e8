"""The budget recommendation does not ask for more money per participant on a correlation when
another method already buys a point of gain for less (docs/metode.md, rule 2)."""

from __future__ import annotations

import copy

import pytest

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.report.chapters import rules


@pytest.fixture(scope="module")
def hasil(pipeline_root):
    return results.read(project(pipeline_root).hasil("kesehatan"))


def _with(h: Hasil, *, realisasi: float, cheaper: bool) -> Hasil:
    h = copy.deepcopy(h)
    for row in h["pelaksanaan"]["realisasi_anggaran"]:
        if row["tahun"] == h["tahun"]:
            row["persen_realisasi"] = realisasi
    budget = h["anggaran_vs_peningkatan"]
    for e in (budget["model"]["gain_per_dobel"], budget["model_provinsi"]["gain_per_dobel"]):
        e.update({"estimasi": 2.0, "ci_bawah": 1.5, "ci_atas": 2.5, "cukup_data": True})
    for i, method in enumerate(h["anggaran_vs_peningkatan"]["biaya_per_poin"]):
        # without a cheaper method, every method also costs more per point than a doubling of the median cost
        # buys an extra point for (the other way rule 2 finds a cheaper way to a point)
        low = 50_000.0 if cheaper and method["metode"] == "seminar" else (200_000.0 if cheaper else 5e7) + i * 10_000
        method.update({"estimasi": low + 20_000, "ci_bawah": low, "ci_atas": low + 40_000, "cukup_data": True,
                       "n_kegiatan": 9, "n": 90})
    return h


@pytest.mark.parametrize("realisasi, cheaper, rule, absent", [
    (95.0, True, "rec_budget_cheaper", {"rec_budget_more", "rec_budget_absorb_first"}),
    (70.0, True, "rec_budget_cheaper", {"rec_budget_more", "rec_budget_absorb_first"}),
    (95.0, False, "rec_budget_more", {"rec_budget_cheaper"}),
], ids=["cheaper-method", "cheaper-method-ceiling-unspent", "no-cheaper-method"])
def test_no_more_budget_per_head_when_a_method_is_cheaper(hasil, realisasi, cheaper, rule, absent):
    fired = {r.rule for r in rules.recommendations(_with(hasil, realisasi=realisasi, cheaper=cheaper), "id")}
    assert rule in fired and not (fired & absent), fired
    if cheaper:
        assert "rec_method" in fired
        text = " ".join(rules.recommendation_texts(_with(hasil, realisasi=realisasi, cheaper=True), "en"))
        assert "Do not raise the cost per participant" in text and "seminar" in text
