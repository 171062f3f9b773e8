"""Where "di bawah rata-rata provinsi" is the verdict, the difference and its interval are printed beside it, and the
glossary no longer says that overlapping intervals mean the difference is uncertain (REVIEW5b 13: Sosial 0,8
(−0,5 s.d. 2,1) "di bawah" 3,4 (1,7–5,1), intervals that overlap, on the difference −2,6 (−4,6 s.d. −0,6))."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import front
from evalasn.report.words import uncertainty
from evalasn.report.words.text import GLOSSARY


def _hasil() -> Any:
    def estimate(value: float, low: float, high: float) -> dict:
        return {"n": 256, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": 0.02, "cukup_data": True}

    return {"cakupan": {"slug": "provinsi", "jenis": "provinsi"},
            "pooling": {"rata_provinsi": estimate(3.404, 1.672, 5.137),
                        "per_dinas": [{"dinas": "sosial", "pooled": estimate(0.802, -0.472, 2.076),
                                       "selisih_rata": estimate(-2.602, -4.612, -0.592)}]},
            "perhatian": {"uji": [], "gain_di_bawah_rata": ["sosial"], "q_fdr": 0.05, "jumlah_uji": 12}}


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "di bawah rata-rata provinsi 3,4 (1,7–5,1): selisih −2,6 poin (rentang keyakinan 95%: −4,6 "
                       "s.d. −0,6)", id="id"),
    pytest.param("en", "below the province mean 3.4 (1.7–5.1): difference −2.6 points (95% CI: −4.6 to −0.6)",
                 id="en"),
])
def test_the_lagging_line_prints_the_difference_the_verdict_rests_on(lang, said):
    assert said in front.gain_reason(_hasil(), "sosial", lang)
    (_, reasons), = front.lagging(_hasil(), lang)
    assert said in reasons[0]


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "— Sosial: kenaikan nilai di bawah rata-rata provinsi (selisih −2,6 poin; rentang keyakinan "
                       "95%: −4,6 s.d. −0,6).", id="id"),
    pytest.param("en", "— Social Affairs: gain below the province mean (difference −2.6 points; 95% CI: −4.6 to "
                       "−0.6).", id="en"),
])
def test_the_attention_list_gives_the_difference_too(lang, said):
    """LOOK15 Q-4: 'Sosial (kenaikan nilai di bawah rata-rata provinsi: selisih −2,6 poin (rentang keyakinan 95%:
    …))', brackets in brackets and two colons; the agency report's form, one bracket."""
    text = uncertainty.attention(_hasil(), lang)
    assert said in text and "))" not in text, text
    assert uncertainty.gain_difference(_hasil(), "dispora", "id") == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_judges_a_difference_on_its_own_interval(lang):
    _, meaning = GLOSSARY["ik"][lang]
    assert "tumpang tindih berarti bedanya belum pasti" not in meaning
    assert "overlapping intervals mean the difference is not certain" not in meaning
    assert ("rentang selisihnya" if lang == "id" else "interval of their difference") in meaning
