"""The element chart's caption names the mark the chart draws for an element below the Good band (REVIEW6 R6-35:
the caption said red, the chart drew orange squares)."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib.colors import to_hex

from evalasn.analysis.contract import Interval
from evalasn.report.charts import figures
from evalasn.report.words.text import t

matplotlib.use("Agg")
COLOUR_WORDS = {"id": {"#d55e00": "jingga"}, "en": {"#d55e00": "orange"}}
SHAPE_WORDS = {"id": {"s": "kotak"}, "en": {"s": "square"}}


def _row(value: float) -> Interval:
    return Interval(n=30, estimasi=value, ci_bawah=value - 0.2, ci_atas=value + 0.2, cukup_data=True)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_caption_names_the_colour_and_shape_of_a_flagged_element(lang):
    fig = figures.estimates([_row(3.3), _row(2.7)], ["U1", "U8"], "nilai", lang, ref=3.0644, decimals=2,
                            highlight=[False, True], xlim=(1, 4.2), scale_min=1)
    drawn = {(to_hex(line.get_color()), line.get_marker()) for line in fig.axes[0].lines if line.get_marker() == "s"}
    assert drawn == {(to_hex(figures.FLAG_MARK[0]), figures.FLAG_MARK[1])}
    colour, shape = next(iter(drawn))
    caption = t("k_fig", lang, periode="2025-S2", penanda=figures.FLAG_WORDS[lang])
    assert COLOUR_WORDS[lang][colour] in caption and SHAPE_WORDS[lang][shape] in caption
    assert "merah" not in caption and " red" not in caption
