"""Ranks among dinas (analysis.trend.ranks, comparison; report.facts.rank_cell): counted over the dinas with a
comparable figure and withheld below constants.MIN_DINAS_COMPARISON with the reason (CHECK10 C10-13: "1 dari 1" when
the other agencies' IKM were withheld); a figure without an interval (budget realisation) ranked as printed, ties
sharing a place (CHECK10 C10-3: 85,04 / 85,02 / 85,00 / 84,99 ranked 3, 4, 5, 6 on one printed 85,0)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn import constants
from evalasn.analysis import trend
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts

KEYS = list(trend.KEY_FIGURES)


def _row(**figures: Any) -> Any:
    """One scope's key figures: every one missing but those given."""
    return {key: figures.get(key) for key in KEYS}


def _ikm(value: float, low: float, high: float) -> dict:
    return {"n": 40, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "kategori": "C"}


def _withheld_ikm(value: float) -> dict:
    return {"n": 18, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
            "alasan": "unit_kurang_klaster", "n_unit_layanan": 2, "rata_ikm": value}


def test_one_agency_with_a_comparable_ikm_is_not_ranked_among_four():
    """Set B1: PPAPP's IKM the only one with an interval among four agencies; it was '1 dari 1'."""
    figures = {PROVINCE_SLUG: _row(ikm=_ikm(75.9, 74.1, 77.8)), "ppapp": _row(ikm=_ikm(74.75, 71.47, 78.03)),
               **{slug: _row(ikm=_withheld_ikm(76.0)) for slug in ("dispora", "kebudayaan", "kpkp")}}
    compared = trend.comparison(figures)
    row = next(r for r in compared["ppapp"]["indikator"] if r["kunci"] == "ikm")
    assert row["peringkat"] is None and row["dari"] == 1


@pytest.mark.parametrize("have,ranked", [(2, False), (constants.MIN_DINAS_COMPARISON, True)],
                         ids=["2-dinas-berangka", "3-dinas-berangka"])
def test_ranked_only_from_the_minimum_dinas_with_the_figure(have, ranked):
    rows = {f"d{i}": _row(ikm=_ikm(70.0 + i, 68.0 + i, 72.0 + i) if i < have else None) for i in range(5)}
    out = trend.ranks(rows, "ikm")
    assert bool(out) is ranked and (not out or {r["dari"] for r in out.values()} == {have})


@pytest.mark.parametrize("lang,words", [
    ("id", "tidak diperingkat: hanya 1 dinas dengan angka yang dapat dibandingkan (perlu sedikitnya 3)"),
    ("en", "not ranked: only 1 agency with a comparable figure (at least 3 needed)")], ids=["id", "en"])
def test_the_withheld_rank_says_why(lang, words):
    rank = {"peringkat": None, "peringkat_terbaik": None, "peringkat_terburuk": None, "dari": 1}
    fact = facts.Fact("ikm", 2025, _ikm(74.75, 71.47, 78.03), rank=rank)
    assert fact.rank_cell(lang) == words


def test_realisation_tied_at_the_printed_precision_shares_a_place():
    """Set C: DPMPTSP 85,06, Satpol PP 85,08 print 85,1; four print 85,0 and held places 3, 4, 5, 6."""
    values = {"dpmptsp": 85.06, "lingkungan-hidup": 85.04, "perhubungan": 85.02, "ppkukm": 85.00,
              "satpol-pp": 85.08, "sosial": 84.99}
    out = trend.ranks({slug: _row(persen_realisasi=v) for slug, v in values.items()}, "persen_realisasi")
    for slug in ("lingkungan-hidup", "perhubungan", "ppkukm", "sosial"):
        assert out[slug] == {"peringkat": 3, "peringkat_terbaik": 3, "peringkat_terburuk": 6, "dari": 6,
                             "sensus": True}, slug
    assert out["dpmptsp"]["peringkat"] == out["satpol-pp"]["peringkat"] == 1
    # the bracket is the tie, said so (LOOK32 D-8: read as a 95% range)
    assert facts.rank_text(dict(out["sosial"]), "id") == "3\u00a0dari\u00a06 (sama dengan 3\u00a0dinas pada pembulatan)"
    apart = trend.ranks({slug: _row(persen_realisasi=v) for slug, v in
                         {"a": 90.0, "b": 85.0, "c": 80.04}.items()}, "persen_realisasi")
    assert [apart[s]["peringkat"] for s in "abc"] == [1, 2, 3]  # printed apart: a place each


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_with_its_participants_mean_withheld_keeps_the_models_rank(contexts, lang):
    """CHECK11 C11-8 (set D, Kominfotik with two activities): the participants' mean withheld (fewer activities than
    the clustered interval needs) but the mixed model's estimate with its interval and rank; the agency's own report
    said "tidak diperingkat" while the province ranked it 1-7 and counted it in every other agency's "dari 7". The
    agency's gain fact now carries the model's rank, as the province prints it."""
    import copy

    ctx = contexts[("kesehatan", lang)]
    hasil = copy.deepcopy(ctx.hasil)
    row = next(r for r in hasil["perbandingan_provinsi"]["indikator"] if r["kunci"] == "gain")
    row.update(peringkat=None, peringkat_terbaik=None, peringkat_terburuk=None)  # the raw mean has no rank
    mine = hasil["pooling"]["dinas_ini"]
    assert mine["pooled"].get("cukup_data") and mine.get("peringkat")
    changed = type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)
    rank = facts.by_key(changed)["gain"].rank
    assert rank is not None and rank["peringkat"] == mine["peringkat"], rank
    assert (rank["peringkat_terbaik"], rank["peringkat_terburuk"]) == (mine["peringkat_bawah"], mine["peringkat_atas"])
    assert rank["dari"] == hasil["pooling"]["jumlah_dinas"]
