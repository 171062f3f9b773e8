"""The figures' cached font metrics (evalasn.run.fastpath.figures) place every text where matplotlib's own
layout does, so the report figures' PNG bytes are the same."""

from __future__ import annotations

from typing import cast

import numpy as np
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from evalasn.analysis.contract import Interval
from evalasn.report.chapters import html
from evalasn.report.charts import figures, trend
from evalasn.run.fastpath import figures as fast_figures


@pytest.fixture
def plain_matplotlib():
    """matplotlib's own layout before and after each test."""
    fast_figures.uninstall()
    yield
    fast_figures.uninstall()


def _estimate(value: float) -> Interval:
    return Interval(n=100, estimasi=value, ci_bawah=value - 0.5, ci_atas=value + 0.5, cukup_data=True)


def _dot_plot():
    rows = [_estimate(5 + i / 3) for i in range(6)]
    return figures.estimates(rows, [f"Dinas Pemberdayaan Perempuan dan Anak {i}" for i in range(6)],
                             "Kenaikan nilai (poin)", "id", raw=rows, raw_label="mentah", point_label="model")


def _scatter():
    costs = np.geomspace(100_000, 3_200_000, 30)
    activities = pd.DataFrame({"biaya_per_peserta_rp": costs, "gain": 5 + np.log2(costs / costs[0]),
                               "metode": ["pelatihan", "seminar"] * 15})
    return figures.budget_scatter(activities, "en", Interval(n=30, estimasi=2.0, ci_bawah=1.0, ci_atas=3.0,
                                                             cukup_data=True))


def _trend():
    keys = ("a", "b", "c", "d", "e", "f")
    years = [{"tahun": 2023 + i, **{key: 40.0 + 3 * i + j for j, key in enumerate(keys)}} for i in range(3)]
    names = {key: f"Angka kunci {key}\n(persen)" for key in keys}
    return trend.small_multiples(cast(list, years), keys, names, {"a": (trend.TargetLine({2024: 45.0, 2025: 45.0}),)},
                                  (), "id")


FIGURES = {"dot-plot": _dot_plot, "scatter-log-axis-en": _scatter, "trend-2x3-titles": _trend}


@pytest.mark.parametrize("make", FIGURES.values(), ids=FIGURES.keys())
def test_a_report_figure_gives_the_same_png_bytes_with_the_cache(plain_matplotlib, make):
    plain = html.png_rgb(make())
    fast_figures.install()
    assert fast_figures.installed() and hasattr(RendererAgg, fast_figures.HOOK)
    assert html.png_rgb(make()) == plain
    assert fast_figures._metrics.cache_info().hits > 0  # the cache was used, not bypassed


def _layout(text, renderer) -> tuple:
    """Text._get_layout's answer with its box as numbers: (box, [(line, (width, ascent, descent), xy)], corner)."""
    box, lines, corner = text._get_layout(renderer)
    return tuple(box.bounds), [(line, tuple(sizes), tuple(xy)) for line, sizes, xy in lines], corner


PROPS = {"default": {}, "bold-large": {"weight": "bold", "size": 14}, "small-italic": {"style": "italic", "size": 7.5},
         "serif": {"family": "serif", "size": 9}}


@pytest.mark.parametrize("dpi", [72, 150, 300], ids=["dpi72", "dpi150", "dpi300"])
@pytest.mark.parametrize("prop", PROPS.values(), ids=PROPS.keys())
def test_the_cached_metrics_lay_out_a_text_as_matplotlib_does(plain_matplotlib, prop, dpi):
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(3, 2), dpi=dpi)
    text = fig.text(0.1, 0.5, "Tahun 2025\nrata-rata (poin)", fontproperties=FontProperties(**prop))
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]  # Agg's canvas
    plain = _layout(text, renderer)
    fast_figures.install()
    assert _layout(text, renderer) == plain
    plt.close(fig)


def test_switched_off_it_leaves_matplotlib_alone(plain_matplotlib, monkeypatch):
    monkeypatch.setenv("EVALASN_FASTPATH", "0")
    fast_figures.install()
    assert not fast_figures.installed() and not hasattr(RendererAgg, fast_figures.HOOK)
