"""A redesign's money goes only to methods cheaper per point than the method it leaves, or, when that method has
no cost per point, than the dinas's own (LOOK15 Q-9:
Kesehatan's seminar and e-learning money went to 'pelatihan dan workshop, metode dengan biaya per poin lebih rendah'
while workshop's Rp 470.528 was the dinas's dearest cost per point, above its overall Rp 440.863)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import redesign


def _gain(metode: str, estimasi: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 150, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": True, "g_av": 0.9, "g_av_atas": 1.1}


def _cost(metode: str | None, estimasi: float | None, low: float | None = None, high: float | None = None) -> Any:
    return {"metode": metode, "n": 150, "n_kegiatan": 8, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high,
            "p": None, "cukup_data": estimasi is not None}


def _kesehatan(seminar_cost: Any) -> Any:
    """Seminar: gain not surely above zero (−1,0; −2,4 s.d. 0,4); pelatihan and workshop gain clearly."""
    return {
        "cakupan": {"slug": "kesehatan", "jenis": "dinas"}, "pelaksanaan": {"kegiatan_per_metode": []},
        "level2_pembelajaran": {"per_metode": [
            {**_gain("seminar", -1.0, -2.4, 0.4), "g_av": -0.1, "g_av_atas": 0.04},
            _gain("pelatihan", 10.4, 9.6, 11.2), _gain("workshop", 8.3, 6.9, 9.7)]},
        "anggaran_vs_peningkatan": {
            "biaya_per_poin": [seminar_cost, _cost("pelatihan", 396_047.0, 352_000.0, 447_000.0),
                               _cost("workshop", 470_528.0, 337_453.0, 595_010.0)],
            "biaya_per_poin_semua": _cost(None, 440_863.0, 410_000.0, 475_000.0)},
    }


@pytest.mark.parametrize(("seminar_cost", "expected"), [
    # no cost per point of its own: compared with the dinas's overall cost per point; workshop is above it
    pytest.param(_cost("seminar", None), ["pelatihan"], id="uncosted-leaving-method:-at-or-below-the-overall"),
    # a cost per point of its own: the methods below it
    pytest.param(_cost("seminar", 450_000.0, 400_000.0, 520_000.0), ["pelatihan"],
                 id="costed-leaving-method:-workshop-dearer"),
    pytest.param(_cost("seminar", 2_000_000.0, 1_500_000.0, 2_600_000.0), ["pelatihan", "workshop"],
                 id="costed-leaving-method:-both-cheaper"),
])
def test_the_money_goes_only_to_methods_clearly_cheaper_than_the_one_it_leaves(seminar_cost, expected):
    assert redesign.move_targets(_kesehatan(seminar_cost), ["seminar"]) == expected


@pytest.mark.parametrize(("lang", "said"), [
    # LOOK18 T-2: the clause after the method it is about, not after "biaya per poin keseluruhan"
    ("id", ", atau alihkan anggarannya ke pelatihan, yang biaya per poinnya tidak di atas biaya per poin "
           "keseluruhan dan kenaikannya tidak sangat kecil"),
    ("en", ", or move the budget to classroom training, a method whose cost per point is not above the overall cost "
           "per point and whose gain is not very small"),  # LOOK23 Z-7: not "not also"
])
def test_the_summary_says_what_the_method_is_cheaper_than(lang, said):
    """Seminar has no cost per point: 'lebih rendah' than it means nothing; the reference is the dinas's own."""
    assert redesign.little_move(_kesehatan(_cost("seminar", None)), ["seminar"], lang, "kt") == said
