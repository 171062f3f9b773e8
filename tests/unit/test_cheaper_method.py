"""A method cheaper per point is recommended with both methods' gain per participant and the caveat that tests
differ by method, and never with a share target when it gains clearly less per person (REVIEW5b 8: e-learning at
Rp 250.865 per point against pelatihan's Rp 670.352, but 1,8 against 5,8 points per participant, and the plan
doubled e-learning's share)."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest

from evalasn.paths import project
from evalasn.report.chapters import method_choice, plan, plan_indicators, rules
from evalasn.report.context import load_context


def _cost(metode: str, value: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 500, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": True, "n_kegiatan": 30}


def _gain(metode: str, value: float, low: float, high: float) -> Any:
    return {"metode": metode, "n": 500, "n_kegiatan": 30, "estimasi": value, "ci_bawah": low, "ci_atas": high,
            "p": None, "cukup_data": True}


def _hasil(cheap_gain: tuple[float, float, float]) -> Any:
    spent = [{"metode": m, "n_kegiatan": 30, "n_peserta": n, "jp_total": 100.0, "anggaran_rp": rp}
             for m, n, rp in (("pelatihan", 2000, 8.9e9), ("e-learning", 500, 1.3e9))]
    return {"pelaksanaan": {"kegiatan_per_metode": spent},
            "level2_pembelajaran": {"per_metode": [_gain("pelatihan", 5.78, 5.4, 6.2),
                                                   _gain("e-learning", *cheap_gain)]},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [_cost("pelatihan", 670_352.0, 571_250.0, 781_457.0),
                                                           _cost("e-learning", 250_865.0, 187_918.0, 362_856.0)]}}


@pytest.mark.parametrize(("gain", "lower"), [
    pytest.param((1.82, 1.2, 2.5), True, id="clearly-lower-per-participant"),
    pytest.param((5.2, 4.0, 6.4), False, id="not-clearly-lower"),
])
def test_the_share_target_only_where_the_cheaper_method_does_not_gain_clearly_less(gain, lower):
    hasil = _hasil(gain)
    assert method_choice.less_per_participant(hasil) is lower
    measure = plan_indicators.MEASURED["rec_method"]
    assert measure.issued(hasil) is not lower  # no PORSI row with a share target this year
    assert measure.today(hasil, "e-learning") is not None  # but the share is measured: last year's row is judged


@pytest.mark.parametrize("gain", [(1.82, 1.2, 2.5), (5.2, 4.0, 6.4)], ids=["lower", "not-lower"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_recommendation_states_gain_per_participant_and_the_caveat(pipeline_root, gain, lang):
    ctx = load_context("provinsi", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    for part, value in _hasil(gain).items():
        hasil[part].update(value)
    ctx = dataclasses.replace(ctx, hasil=hasil)
    (rec,) = [r for r in rules.recommendations(hasil, lang, ctx.targets) if r.rule == "rec_method"]
    number = (lambda v: f"{v:.1f}".replace(".", "," if lang == "id" else "."))  # noqa: E731
    assert f"e-learning {number(gain[0])}" in rec.text and f"{number(5.78)}" in rec.text, rec.text
    assert ("indikatif: tes tiap metode berbeda" if lang == "id" else "indicative: the tests differ") in rec.text
    lower = gain[0] < 2
    assert (("Jangan mengalihkan" if lang == "id" else "Do not move") in rec.text) is lower
    assert ("PORSI-E-LEARNING" in {row.code for row in plan.rows(ctx)}) is not lower
