"""Money without gain said as the gain's interval says it, with its activities and participants (REVIEW5b 16, 17):
Pendidikan's e-learning, −2,0 (−2,9 s.d. −1,0), was "nilai pesertanya tidak naik" (scores fell), and its
estimate, interval, activities and participants were never printed together."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import key_findings, no_gain, results


def _row(estimasi: float, low: float, high: float, metode: str = "e-learning", dinas: str | None = None) -> Any:
    return {"metode": metode, "dinas": dinas, "n": 327, "n_kegiatan": 15, "estimasi": estimasi, "ci_bawah": low,
            "ci_atas": high, "cukup_data": True, "anggaran_rp": 154_172_000.0, "menurun": high < 0}


def _dinas(*rows: Any) -> Any:
    return {"cakupan": {"jenis": "dinas", "slug": "pendidikan"},
            "pelaksanaan": {"kegiatan_per_metode": []}, "level2_pembelajaran": {"per_metode": []},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [], "tanpa_kenaikan": list(rows), "sedikit_kenaikan": []}}


@pytest.mark.parametrize(("rows", "words", "verb"), [
    pytest.param([_row(-1.96, -2.9458, -0.97)], "sementara nilai peserta turun", "turun",
                 id="whole-interval-below-zero"),
    # rule (1)'s STOP label, "nilai tidak naik" (LOOK23 Z-2), where the interval only ends at or below zero
    pytest.param([_row(-0.4, -1.2, 0.0)], "dengan nilai tidak naik", "tidak naik", id="interval-ends-at-zero"),
    pytest.param([_row(-1.96, -2.9458, -0.97), _row(-0.4, -1.2, 0.0, "seminar")],
                 "dengan nilai tidak naik, sebagian turun", "tidak naik atau turun", id="both"),
])
def test_the_words_follow_the_interval(rows, words, verb):
    assert no_gain.no_gain_words(rows, "id") == words
    assert no_gain.no_gain_words(rows, "id", rise=True) == verb


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_finding_says_the_fall_with_estimate_interval_activities_and_participants(lang):
    found = key_findings.without_gain(_dinas(_row(-1.96, -2.9458, -0.97)), [], lang)
    assert found is not None
    if lang == "id":
        # the amount first, one plain sentence (R6-10)
        # the label "nilai tidak naik" (LOOK23 Z-2), then the fall the interval shows
        # the points before their bracket, as the second branch's items give them (one figure per bracket, LOOK23 Z-2)
        assert found.text == "Anggaran dengan nilai tidak naik (nilai peserta turun): Rp 154 juta untuk e-learning, " \
            "−2,0 poin (rentang keyakinan 95%: −2,9 s.d. −1,0; 15 kegiatan, 327 peserta bernilai pre dan post).", \
            found.text
    else:
        assert "(participants' scores fell): Rp 154 million on e-learning, −2.0 points (95% CI: " in found.text
        assert "15 activities, 327 participants with both scores)" in found.text
    (stop,) = no_gain.stop_or_redesign(_dinas(_row(-1.96, -2.9458, -0.97)), lang)
    expected = ("sementara nilai peserta turun (perubahan −2,0 poin; rentang keyakinan 95%: −2,9 s.d. −1,0; 15 "
                "kegiatan, 327 peserta bernilai pre dan post)" if lang == "id" else "while participants' scores fell")
    assert expected in stop.brief, stop.brief  # the summary's form; 9.2's points to 9.1 (LOOK31 C-4)


@pytest.mark.parametrize(("gain", "cell"), [
    pytest.param({"estimasi": -1.960245, "ci_bawah": -2.945788, "ci_atas": -0.974701, "cukup_data": True},
                 "−2,0\u00a0(−2,9 s.d. −1,0)", id="with-its-interval"),
    pytest.param({"estimasi": 5.15, "ci_bawah": 4.84, "ci_atas": 5.47, "cukup_data": True}, "5,2\u00a0(4,8–5,5)",
                 id="positive"),
    pytest.param(None, "−2,0", id="no-gain-record"),
])
def test_the_cost_table_gives_the_gain_its_interval(gain, cell):
    mean = gain["estimasi"] if gain else -1.960245
    assert results.gain_cell({"rata_gain": mean}, gain, "id") == cell
