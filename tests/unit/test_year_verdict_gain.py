"""LOOK27 Y-1: a dinas's adjusted (mixed-model) gain is shrunk toward each year's province mean, so its change from
last year largely repeats the province's own rise. Lingkungan Hidup's summary said "membaik dari 2024: … kenaikan
nilai" (adjusted 7,7 → 9,5) beside a participants' mean that fell (8,9 → 7,1). In a dinas report the adjusted
gain's verdict stands only when the participants' mean changed clearly the same way; the province's own adjusted
gain, not shrunk toward itself, keeps the verdict of its difference's interval."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import glance, key_findings
from evalasn.report.words.text import t

TAHUN = 2025


def _change(estimate: float, low: float, high: float, better: bool | None) -> dict:
    return {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "membaik": better,
            "berpasangan": False}


# Lingkungan Hidup 2025 (hasil-2025.json): adjusted +1,73 (0,21 to 3,26), participants' mean −1,8 (uncertain)
ADJUSTED_UP = _change(1.73, 0.21, 3.26, True)
ADJUSTED_DOWN = _change(-1.9, -3.4, -0.3, False)
RAW_UNSURE = _change(-1.8, -7.1, 3.5, None)
RAW_UP = _change(3.1, 0.4, 5.8, True)
RAW_DOWN = _change(-3.1, -5.8, -0.4, False)


def _hasil(jenis: str, gain: dict | None, gain_model: dict | None) -> Any:
    return {"tahun": TAHUN, "cakupan": {"jenis": jenis},
            "tren": [{"tahun": TAHUN, "selisih_tahun_lalu": {"gain": gain, "gain_model": gain_model,
                                                             "jp_20": _change(0.2, 0.1, 0.3, True)}}]}


@pytest.mark.parametrize(("jenis", "raw", "adjusted", "verdict"), [
    pytest.param("dinas", RAW_UNSURE, ADJUSTED_UP, None, id="dinas-raw-uncertain-lingkungan-hidup-no-verdict"),
    pytest.param("dinas", RAW_DOWN, ADJUSTED_UP, None, id="dinas-raw-clearly-opposite-no-verdict"),
    pytest.param("dinas", None, ADJUSTED_UP, None, id="dinas-raw-without-difference-no-verdict"),
    pytest.param("dinas", RAW_UP, ADJUSTED_UP, True, id="dinas-raw-clearly-up-too-better"),
    pytest.param("dinas", RAW_DOWN, ADJUSTED_DOWN, False, id="dinas-raw-clearly-down-too-worse"),
    pytest.param("dinas", RAW_UNSURE, ADJUSTED_DOWN, None, id="dinas-worse-raw-uncertain-no-verdict"),
    pytest.param("provinsi", RAW_UNSURE, ADJUSTED_UP, True, id="province-own-estimate-keeps-its-verdict"),
])
def test_a_dinas_adjusted_gain_is_judged_only_with_its_participants_mean(jenis, raw, adjusted, verdict):
    found = facts.year_change(_hasil(jenis, raw, adjusted), "gain", adjusted=True)
    assert found is not None and found["membaik"] is verdict
    # the difference and its interval are the analysis's, whatever the verdict
    assert (found["estimasi"], found["ci_bawah"], found["ci_atas"]) == (adjusted["estimasi"], adjusted["ci_bawah"],
                                                                       adjusted["ci_atas"])


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
    hasil = _hasil("dinas", RAW_UNSURE, ADJUSTED_UP)
    ctx = dataclasses.replace(ctx, hasil={**ctx.hasil, "tahun": TAHUN})
    estimate = {"estimasi": 9.5, "ci_bawah": 8.5, "ci_atas": 10.4, "n": 371, "cukup_data": True}
    gain = facts.Fact("gain", TAHUN, estimate, raw=dict(estimate, estimasi=7.1), against="level",
                      change=facts.year_change(hasil, "gain", adjusted=True))
    jp = facts.Fact("jp_20", TAHUN, dict(estimate, estimasi=0.6), change=facts.year_change(hasil, "jp_20"))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (jp, gain))
    assert glance.line(ctx) == {"id": "Sekilas, dari tabel angka kunci: membaik dari 2024: 20 JP.",
                                "en": "At a glance, from the key-figure table: better than in 2024: 20 JP."}[lang]


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "kenaikan nilai dinas yang disesuaikan disebut membaik atau memburuk hanya bila rata-rata "
                 "pesertanya jelas berubah ke arah yang sama", id="id"),
    pytest.param("en", "an agency's adjusted gain is called improved or worse only when its participants' mean "
                 "clearly changed the same way", id="en"),
])
def test_bab_ix_rule_six_states_the_dinas_gain_rule(lang, said):
    rule = t("kt_rules", lang, **key_findings.rule_values(lang))
    assert said in rule[rule.index("(6)"):rule.index("(7)")]
