"""LOOK27 Y-1: a dinas's adjusted (mixed-model) gain is shrunk toward each year's province mean, so its change from
last year largely repeats the province's own rise. Lingkungan Hidup's summary said "membaik dari 2024: … kenaikan
nilai" (adjusted 7,7 → 9,5) beside a participants' mean that fell (8,9 → 7,1). In a dinas report the adjusted
gain's verdict stands only when the participants' mean changed clearly the same way; the province's own adjusted
gain, not shrunk toward itself, keeps the verdict of its difference's interval. The rule is the analysis's
(year_change.changes), so hasil.json, the workbook's Tren sheet and the summary give one verdict."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd
import pytest

from evalasn.analysis import year_change
from evalasn.analysis.contract import comparison as comparison_contract
from evalasn.report import facts
from evalasn.report.chapters import glance, key_findings
from evalasn.report.words.text import t
from tests.unit.test_summary_glance import without_pppk_change

TAHUN = 2025


def _change(estimate: float, low: float, high: float, better: bool | None) -> Any:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "membaik": better,
            "berpasangan": False}


# Lingkungan Hidup 2025 (hasil-2025.json): adjusted +1,73 (0,21 to 3,26), participants' mean −1,8 (uncertain)
ADJUSTED_UP = _change(1.73, 0.21, 3.26, True)
ADJUSTED_DOWN = _change(-1.9, -3.4, -0.3, False)
RAW_UNSURE = _change(-1.8, -7.1, 3.5, None)
RAW_UP = _change(3.1, 0.4, 5.8, True)
RAW_DOWN = _change(-3.1, -5.8, -0.4, False)


def _hasil(jenis: str, gain: Any, gain_model: Any) -> Any:
    return {"tahun": TAHUN, "cakupan": {"jenis": jenis},
            "tren": [{"tahun": TAHUN, "selisih_tahun_lalu": {"gain": gain, "gain_model": gain_model,
                                                             "jp_20": _change(0.2, 0.1, 0.3, True)}}]}


def _year(estimate: float, low: float, high: float) -> dict:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "n": 300}


def _changes(raw_now: tuple, adjusted_now: tuple, shrunk: bool) -> Any:
    """year_change.changes on two trend rows whose gains are estimated apart (independent years)."""
    none = {"cakupan_asn": None, "jp_20": None, "ikm": None, "biaya_per_poin": None}
    before = {**none, "gain": _year(8.9, 7.0, 10.8), "gain_model": _year(7.7, 6.7, 8.7)}
    now = {**none, "gain": _year(*raw_now), "gain_model": _year(*adjusted_now)}
    empty = pd.DataFrame({"periode": pd.Series(dtype=int), "_unit": pd.Series(dtype=object)})
    staff = pd.DataFrame({"pegawai_id": pd.Series(dtype=object), "jp": pd.Series(dtype=float)})
    return year_change.changes(now, before, staff, staff, empty, empty, shrunk=shrunk)


# this year's participants' mean and adjusted gain beside last year's 8,9 (7,0 to 10,8) and 7,7 (6,7 to 8,7)
RAW_NOW_UNSURE, RAW_NOW_UP, RAW_NOW_DOWN = (7.1, 4.0, 10.2), (14.0, 12.5, 15.5), (3.0, 1.8, 4.2)
ADJ_NOW_UP, ADJ_NOW_DOWN = (9.5, 8.9, 10.1), (5.0, 4.2, 5.8)


@pytest.mark.parametrize(("shrunk", "raw", "adjusted", "verdict"), [
    pytest.param(True, RAW_NOW_UNSURE, ADJ_NOW_UP, None, id="dinas-raw-uncertain-lingkungan-hidup-no-verdict"),
    pytest.param(True, RAW_NOW_DOWN, ADJ_NOW_UP, None, id="dinas-raw-clearly-opposite-no-verdict"),
    pytest.param(True, RAW_NOW_UP, ADJ_NOW_UP, True, id="dinas-raw-clearly-up-too-better"),
    pytest.param(True, RAW_NOW_DOWN, ADJ_NOW_DOWN, False, id="dinas-raw-clearly-down-too-worse"),
    pytest.param(True, RAW_NOW_UNSURE, ADJ_NOW_DOWN, None, id="dinas-worse-raw-uncertain-no-verdict"),
    pytest.param(False, RAW_NOW_UNSURE, ADJ_NOW_UP, True, id="province-own-estimate-keeps-its-verdict"),
])
def test_the_analysis_judges_a_dinas_adjusted_gain_only_with_its_participants_mean(shrunk, raw, adjusted, verdict):
    found = _changes(raw, adjusted, shrunk)
    unshrunk = _changes(raw, adjusted, False)
    model = found["gain_model"]
    assert model is not None and model["membaik"] is verdict
    assert (model.get("alasan_membaik") == comparison_contract.SHRUNK_GAIN) is (verdict is None)
    # the difference and its interval are the same whatever the verdict; the participants' mean keeps its own
    assert {k: model[k] for k in ("estimasi", "ci_bawah", "ci_atas")} == {
        k: unshrunk["gain_model"][k] for k in ("estimasi", "ci_bawah", "ci_atas")}
    assert found["gain"] == unshrunk["gain"]


@pytest.mark.parametrize(("raw", "adjusted"), [
    pytest.param(None, ADJUSTED_UP, id="raw-without-difference-no-verdict"),
    pytest.param(RAW_UNSURE, ADJUSTED_UP, id="raw-uncertain-no-verdict"),
    pytest.param(RAW_UP, ADJUSTED_UP, id="raw-agrees-kept"),
    pytest.param(RAW_UNSURE, _change(0.5, -0.4, 1.4, None), id="adjusted-uncertain-untouched"),
    pytest.param(RAW_UP, None, id="no-adjusted-change"),
])
def test_shrunk_verdict(raw, adjusted):
    found = year_change.shrunk_verdict(adjusted, raw)
    if adjusted is None or adjusted["membaik"] is None or (raw and raw["membaik"] is adjusted["membaik"]):
        assert found == adjusted
    else:  # the reason names what the participants' mean did, or that it has no change (LOOK28 Z-7)
        why = comparison_contract.SHRUNK_GAIN if raw is not None else comparison_contract.SHRUNK_GAIN_UNCOMPARED
        assert found == {**adjusted, "membaik": None, "alasan_membaik": why}


def test_a_participants_mean_without_last_years_interval_is_named_as_uncompared():
    """LOOK28 Z-7: Kominfotik's 2024 participants' mean had too few activities for an interval; the workbook said it
    'did not clearly change the same way', a change that does not exist."""
    none = {"cakupan_asn": None, "jp_20": None, "ikm": None, "biaya_per_poin": None}
    before = {**none, "gain": {"estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "n": 40},
              "gain_model": _year(7.7, 6.7, 8.7)}
    now = {**none, "gain": _year(*RAW_NOW_UP), "gain_model": _year(*ADJ_NOW_UP)}
    empty = pd.DataFrame({"periode": pd.Series(dtype=int), "_unit": pd.Series(dtype=object)})
    staff = pd.DataFrame({"pegawai_id": pd.Series(dtype=object), "jp": pd.Series(dtype=float)})
    found = year_change.changes(now, before, staff, staff, empty, empty, shrunk=True)
    assert found["gain"] is None
    model = found["gain_model"]
    assert model is not None and model["membaik"] is None
    assert model["alasan_membaik"] == comparison_contract.SHRUNK_GAIN_UNCOMPARED


def test_the_report_reads_the_analysis_verdict():
    """facts.year_change renders hasil.json's verdict as it stands, for the province as for a dinas."""
    for jenis in ("dinas", "provinsi"):
        hasil = _hasil(jenis, RAW_UNSURE, ADJUSTED_UP)
        assert facts.year_change(hasil, "gain", adjusted=True) is hasil["tren"][0]["selisih_tahun_lalu"]["gain_model"]


@pytest.mark.parametrize(("key", "adjusted"), [
    pytest.param("gain", False, id="participants-mean-own-verdict"),
    pytest.param("jp_20", False, id="other-figure-untouched"),
])
def test_other_year_changes_keep_the_analysis_verdict(key, adjusted):
    hasil = _hasil("dinas", RAW_UNSURE, ADJUSTED_UP)
    assert facts.year_change(hasil, key, adjusted) == hasil["tren"][0]["selisih_tahun_lalu"][key]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_opening_line_leaves_out_a_dinas_gain_whose_participants_mean_fell(contexts, monkeypatch, lang):
    """Lingkungan Hidup: 'membaik dari 2024: cakupan, 20 JP dan kenaikan nilai' -> without 'kenaikan nilai'."""
    ctx = contexts[("kesehatan", lang)]
    hasil = _hasil("dinas", RAW_UNSURE, year_change.shrunk_verdict(ADJUSTED_UP, RAW_UNSURE))
    ctx = dataclasses.replace(ctx, hasil=without_pppk_change({**ctx.hasil, "tahun": TAHUN}))
    estimate = {"estimasi": 9.5, "ci_bawah": 8.5, "ci_atas": 10.4, "n": 371, "cukup_data": True}
    gain = facts.Fact("gain", TAHUN, estimate, raw=dict(estimate, estimasi=7.1), against="level",
                      change=facts.year_change(hasil, "gain", adjusted=True))
    jp = facts.Fact("jp_20", TAHUN, dict(estimate, estimasi=0.6), change=facts.year_change(hasil, "jp_20"))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (jp, gain))
    assert glance.line(ctx) == {"id": "Sekilas, dari tabel angka kunci: membaik dari 2024: 20 JP (selisihnya di BAB "
                                      "VII, 7.1).",
                                "en": "At a glance, from the key-figure table: better than in 2024: 20 JP (the changes "
                                      "in Chapter VII, 7.1)."}[lang]


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "kenaikan nilai dinas yang disesuaikan disebut membaik atau memburuk hanya bila rata-rata "
                 "pesertanya jelas berubah ke arah yang sama", id="id"),
    pytest.param("en", "an agency's adjusted gain is called improved or worse only when its participants' mean "
                 "clearly changed the same way", id="en"),
])
def test_bab_ix_rule_six_states_the_dinas_gain_rule(lang, said):
    rule = t("kt_rules", lang, **key_findings.rule_values(lang))
    assert said in rule[rule.index("(6)"):rule.index("(7)")]
