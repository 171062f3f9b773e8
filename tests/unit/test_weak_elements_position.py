"""LOOK37b M-4: the service recommendation called six elements "below the Good band" from their estimates while BAB
X's review table said of three of them (U2 2,9948 (2,7476 s.d. 3,2421), U5, U6) "cannot be judged", their 95%
intervals holding 3,0644. The recommendation now says "with an estimate below" and which elements' whole interval is
below the band and which reach it; "below the Good band" alone only when every one's whole interval is below. The
element chart marks elements by their estimate, and its caption says so."""

from __future__ import annotations

import pytest

from evalasn import constants
from evalasn.report.chapters import rules
from evalasn.report.charts import figures
from evalasn.report.words.text import t

# kominfotik 2025-S2: U8 and U7 wholly below 3,0644, the other four reaching it
ELEMENTS = [("u8", 2.632124, 2.375397, 2.888852), ("u7", 2.829016, 2.595548, 3.062483),
            ("u3", 2.92228, 2.677983, 3.166577), ("u2", 2.994819, 2.747584, 3.242053),
            ("u5", 3.015544, 2.766248, 3.264841), ("u6", 3.025907, 2.714163, 3.337651)]


def _rows(elements):
    return [{"unsur": code, "n": 193, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True,
             "lemah": value < constants.WEAK_ELEMENT_THRESHOLD} for code, value, low, high in elements]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_elements_whose_interval_reaches_the_band_are_not_called_below_it(lang):
    said = rules.weak_step(_rows(ELEMENTS), lang)
    if lang == "en":
        assert "6 elements with an estimate below the Good band (U8 and U7 with the whole 95% CI below 3.0644; " \
               "U3, U2, U5 and U6 with a 95% CI reaching it)" in said, said
        assert "elements below the Good band" not in said
    else:
        assert "6 unsur dengan estimasi di bawah kategori Baik (U8 dan U7 dengan seluruh rentang keyakinan 95% di " \
               "bawah 3,0644; U3, U2, U5 dan U6 dengan rentang yang mencapai 3,0644)" in said, said
        assert "unsur di bawah kategori Baik" not in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_below_the_band_alone_only_when_every_whole_interval_is_below(lang):
    wholly = [(code, value, low, min(high, 3.0)) for code, value, low, high in ELEMENTS]
    said = rules.weak_step(_rows(wholly), lang)
    assert t("rec_weak_all_below", lang, batas=("3,0644" if lang == "id" else "3.0644")) in said
    assert ("estimasi" if lang == "id" else "estimate") not in said
    reaching = [(code, value, low, 3.1) for code, value, low, _ in ELEMENTS]
    said = rules.weak_step(_rows(reaching), lang)
    assert t("rec_weak_none_below", lang, batas=("3,0644" if lang == "id" else "3.0644")) in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_chart_caption_says_the_mark_follows_the_estimate(lang):
    caption = t("k_fig", lang, periode="2025-S2", penanda=figures.FLAG_WORDS[lang])
    assert ("kotak jingga: estimasi di bawah kategori Baik" if lang == "id"
            else "orange squares: estimate below the Good band") in caption
