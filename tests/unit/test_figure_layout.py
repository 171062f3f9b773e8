"""The dot plot of estimates keeps every label on the figure, whatever the length of the names."""

from __future__ import annotations

import itertools

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
