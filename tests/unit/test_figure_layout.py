"""The dot plot of estimates keeps every label on the figure, whatever the length of the names."""

from __future__ import annotations

import itertools
from typing import cast

import pytest

from evalasn.analysis.contract import Interval
from evalasn.report.charts import figures

LONG = "Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk"


def _estimate(value: float) -> Interval:
    return Interval(n=100, estimasi=value, ci_bawah=value - 0.5, ci_atas=value + 0.5, cukup_data=True)


@pytest.mark.parametrize("count, name", [(5, "Dinas Sosial"), (21, LONG)], ids=["few-short", "21-long"])
def test_every_label_stays_inside_the_figure_and_the_names_do_not_overlap(count, name):
    rows = [_estimate(5 + i / 3) for i in range(count)]
    fig = figures.estimates(rows, [f"{name} {i}" for i in range(count)], "Kenaikan nilai (poin)", "id",
                            raw=rows, raw_label="mentah", point_label="model campuran")
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    texts = [*fig.axes[0].get_yticklabels(), *fig.axes[0].texts, fig.axes[0].xaxis.label,
             *fig.axes[0].get_legend().get_texts()]
    for text in texts:
        box = text.get_window_extent(renderer)
        assert box.x0 >= -1 and box.x1 <= width + 1 and box.y0 >= -1 and box.y1 <= height + 1, text.get_text()
    boxes = sorted((label.get_window_extent(renderer) for label in fig.axes[0].get_yticklabels()),
                   key=lambda box: box.y0)
    for lower, upper in itertools.pairwise(boxes):
        assert lower.y1 <= upper.y0 + 1  # row names do not run into each other


def test_the_budget_line_has_the_adjusted_slope_or_is_not_drawn():
    """Gambar 6: the line is the adjusted model's points per doubling (the text's figure), not a raw trend."""
    import numpy as np
    import pandas as pd

    costs = np.geomspace(100_000, 3_200_000, 30)
    activities = pd.DataFrame({"biaya_per_peserta_rp": costs, "gain": 5 + 6 * np.log2(costs / costs[0]),
                               "metode": ["pelatihan", "seminar"] * 15})  # raw slope 6 per doubling
    slope = Interval(n=30, estimasi=2.0, ci_bawah=1.0, ci_atas=3.0, cukup_data=True)
    fig = figures.budget_scatter(activities, "id", slope)
    (line,) = fig.axes[0].lines
    xs, ys = np.asarray(line.get_xdata()), np.asarray(line.get_ydata())
    assert (ys[-1] - ys[0]) / np.log2(xs[-1] / xs[0]) == pytest.approx(2.0)
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert "model disesuaikan: 2,0 poin per biaya 2×" in legend
    unknown = Interval(n=3, estimasi=None, ci_bawah=None, ci_atas=None, cukup_data=False)
    for missing in (None, unknown):
        assert not figures.budget_scatter(activities, "id", missing).axes[0].lines


def test_the_event_study_gives_the_transition_its_own_colour_and_a_legend():
    """Gambar 5: grey is the pre-trend check only; the transition period has another colour, each named."""
    from matplotlib.colors import to_hex

    events = [{"e": e, "fase": fase, "n": 10, "estimasi": 0.5, "ci_bawah": -1.0, "ci_atas": 2.0, "cukup_data": True}
              for e, fase in ((-3, "pre"), (-1, "transisi"), (0, "pasca"))]
    fig = figures.event_study(cast(list, events), "id", references=[-2])
    colours = {to_hex(line.get_color()): line.get_xdata()[0] for line in fig.axes[0].lines
               if line.get_marker() in ("o", "s")}
    assert len(colours) == 3 and colours[figures.GREY] == -3
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert sorted(legend) == sorted(["sebelum pelatihan (uji tren awal)", "masa transisi", "sesudah pelatihan",
                                     "periode acuan (= 0)"])


def test_a_cut_axis_is_said_on_a_given_range_and_on_the_trend_panels():
    """Gambar 7-8: the element scale (1-4) and the yearly panels autoscaled above zero carry the note."""
    from evalasn.report.charts import trend

    fig = figures.estimates([_estimate(2.5), _estimate(3.1)], ["U1", "U2"], "Nilai unsur (1–4)", "id", xlim=(1, 4.2))
    assert "sumbu tidak mulai dari nol" in fig.axes[0].get_xlabel()
    keys = ("a", "b", "c", "d", "e", "f")
    years = [{"tahun": 2024, **{key: 70.0 for key in keys}}, {"tahun": 2025, **{key: 72.0 for key in keys}}]
    from unittest import mock

    with mock.patch.object(trend.results, "key_figure", lambda row, key: row[key]):
        grid = trend.small_multiples(cast(list, years), keys, {key: key for key in keys}, {}, (), "id")
    assert any("sumbu tidak mulai dari nol" in text.get_text() for text in grid.texts)
