"""Findings ranked by consequence (issue 22.2): money spent without gain."""

import pytest

from evalasn.analysis import budget


def _gain(metode: str, estimasi: float | None, low: float | None, high: float | None, n: int = 100) -> dict:
    return {"metode": metode, "n": n, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": estimasi is not None}


def _spent(metode: str, rupiah: float, activities: int = 5) -> dict:
    return {"metode": metode, "n_kegiatan": activities, "n_peserta": 100, "jp_total": 40.0, "anggaran_rp": rupiah}


@pytest.mark.parametrize(("gain", "rupiah", "listed", "fell"), [
    pytest.param((-1.0, -2.4, 0.4), 1.67e8, True, False, id="estimate-below-zero-interval-holds-zero"),
    pytest.param((-1.6, -2.7, -0.5), 5.3e7, True, True, id="whole-interval-below-zero"),
    pytest.param((0.0, -1.0, 1.0), 1e7, True, False, id="estimate-exactly-zero"),
    pytest.param((0.3, -1.0, 1.6), 1e7, False, False, id="positive-estimate-not-listed"),
    pytest.param((7.6, 4.8, 10.4), 1.4e8, False, False, id="clear-gain"),
    pytest.param((None, None, None), 1e7, False, False, id="too-few-data-is-no-finding"),
    pytest.param((-1.0, -2.0, 0.0), 0.0, False, False, id="no-money-spent"),
])
def test_a_method_spent_without_gain_is_listed_with_its_budget(gain, rupiah, listed, fell):
    rows = budget.without_gain([_gain("seminar", *gain)], [_spent("seminar", rupiah)], dinas="kesehatan")
    assert bool(rows) is listed
    if listed:
        assert rows[0]["anggaran_rp"] == rupiah and rows[0]["menurun"] is fell and rows[0]["dinas"] == "kesehatan"
