"""LOOK36 K-1: 3.2's "The next figure compares each method's raw gain …" stood in 11 agency reports whose figure by
method was not drawn (fewer than two methods with an adjusted gain's interval). The sentence and the figure are
decided by one condition (uncertainty.adjusted_by_method); one method with an interval is said in words."""
from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.words import uncertainty


def _adjusted(method: str, enough: bool) -> dict[str, Any]:
    figure = {"n": 104, "estimasi": 12.543329, "ci_bawah": 10.451982, "ci_atas": 14.634676, "p": None,
              "cukup_data": True, "n_kegiatan": 6} if enough else \
        {"n": 15, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
         "alasan": "kegiatan_kurang_klaster", "n_kegiatan": 1}
    return {"metode": method, "disesuaikan": figure}


def _learning(*enough: bool) -> Any:
    methods = ("pelatihan", "seminar", "e-learning")
    return {"per_metode": [], "ancova": {
        "kemiringan_pre": {"n": 155, "estimasi": 0.8, "ci_bawah": 0.7, "ci_atas": 0.9, "p": 0.0, "cukup_data": True},
        "rata_pre": 55.096774, "per_metode": [_adjusted(m, e) for m, e in zip(methods, enough, strict=False)],
        "plafon": {"n": 155, "estimasi": 0.0, "ci_bawah": 0.0, "ci_atas": 0.02, "p": None, "cukup_data": True,
                   "jumlah": 0}, "n_kegiatan": 8}}


@pytest.mark.parametrize(("enough", "lang", "said", "drawn"), [
    pytest.param((True, True, False), "en", "The next figure compares each method's raw gain with its gain if every "
                 "participant started from the same score (55.1).", True, id="two-methods-figure-en"),
    pytest.param((True, True, False), "id", "Gambar berikut membandingkan kenaikan mentah per metode", True,
                 id="two-methods-figure-id"),
    pytest.param((True, False, False), "en", "Only classroom training has enough data for an interval; its gain if "
                 "every participant started from the same score (55.1) is 12.5 points (95% CI: 10.5 to 14.6).",
                 False, id="one-method-en"),
    pytest.param((True, False, False), "id", "Hanya pelatihan yang datanya cukup untuk rentang keyakinan; kenaikannya "
                 "bila semua peserta mulai dari nilai awal yang sama (55,1) 12,5 poin", False, id="one-method-id"),
    pytest.param((False, False, False), "en", "", False, id="no-method-en"),
])
def test_the_figure_is_announced_only_where_it_is_drawn(enough, lang, said, drawn):
    l2 = _learning(*enough)
    text = uncertainty.ancova_sentence(l2, lang) or ""
    assert (uncertainty.adjusted_by_method(l2) is not None) is drawn
    assert ("next figure" in text or "Gambar berikut" in text) is drawn, text
    if said:
        assert said in text.replace("\u00a0", " ").replace("\u2060", ""), text
    else:
        assert text.endswith("learning."), text
