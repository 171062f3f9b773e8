"""The dot plot of estimates keeps every label on the figure, whatever the length of the names."""

from __future__ import annotations

import itertools
from typing import cast

import pytest

from evalasn.analysis.contract import CellMeans, Interval
from evalasn.report.charts import figures
from evalasn.report.words.text import label

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


def _clipped_or_overlapping(fig) -> list[str]:
    """Texts of ``fig`` that reach past its edges, and panel titles wider than their panel (they run into the
    next panel's title)."""
    from matplotlib.text import Text

    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    hidden = set()  # tick labels of ticks outside the axis' view are not drawn
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in [*axis.get_major_ticks(), *axis.get_minor_ticks()]:
                if not low - 1e-9 * abs(high - low) <= tick.get_loc() <= high + 1e-9 * abs(high - low):
                    hidden |= {id(tick.label1), id(tick.label2)}
    faults = []
    for text in fig.findobj(Text):
        if id(text) in hidden or not text.get_visible() or not text.get_text().strip():
            continue
        box = text.get_window_extent(renderer)
        if box.x0 < -1 or box.x1 > width + 1 or box.y0 < -1 or box.y1 > height + 1:
            faults.append(f"clipped: {text.get_text()!r}")
    for ax in fig.axes:
        title = ax.title
        if title.get_text() and title.get_window_extent(renderer).width > ax.bbox.width + 1:
            faults.append(f"wider than its panel: {title.get_text()!r}")
    return faults


@pytest.mark.parametrize("pppk", [False, True], ids=["six-key-figures-2x3", "seven-with-pppk-2x4"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_panels_keep_their_whole_titles(lang, pppk):
    """Gambar 8/9 (REVIEW3 14): 'Kenaikan nilai, rata-rata peserta (poin)' was cut at the figure's right edge. With the
    PPPK panel (LOOK33 E-1) four panels a row at the same text width: whole titles, year ticks apart."""
    from unittest import mock

    from evalasn.report import facts
    from evalasn.report.chapters import comparison
    from evalasn.report.charts import trend

    keys = (*comparison.KEYS, *((facts.PPPK_OVER_CAP,) if pppk else ()))
    names = {key: comparison.trend_label(key, lang) for key in keys}
    if pppk:
        names[facts.PPPK_OVER_CAP] = label("trend_pppk_panel", lang, nama=names[facts.PPPK_OVER_CAP])
    share = {"n": 74, "jumlah": 25, "estimasi": 25 / 74, "ci_bawah": 0.24, "ci_atas": 0.45, "cukup_data": True}
    years = [{"tahun": year, **{key: 60.0 + index for index, key in enumerate(comparison.KEYS)},
              facts.PPPK_OVER_CAP: share} for year in (2023, 2024, 2025)]
    with mock.patch.object(trend.results, "key_figure", lambda row, key: row[key]):
        grid = trend.small_multiples(cast(list, years), keys, names,
                                     {keys[0]: (trend.TargetLine({2025: 80.0}, province_mean=True),)}, (), lang,
                                     points={facts.PPPK_OVER_CAP: comparison.pppk_point})
    assert _clipped_or_overlapping(grid) == []
    shown = {" ".join(ax.get_title().split()).replace(" ribu)", ")").replace(" thousand)", ")") for ax in grid.axes}
    assert set(names.values()) == shown  # wrapped whole, not cut
    renderer = grid.canvas.get_renderer()
    for ax in grid.axes:  # the years under each panel, not run together
        boxes = [tick.get_window_extent(renderer) for tick in ax.get_xticklabels() if tick.get_visible()]
        assert all(left.x1 < right.x0 for left, right in itertools.pairwise(boxes)), ax.get_title()


def _figures(lang: str):
    import numpy as np
    import pandas as pd

    rows = [_estimate(5 + i / 3) for i in range(21)]
    yield "estimates", figures.estimates(rows, [f"{LONG} {i}" for i in range(21)], label("gain_raw", lang), lang,
                                         raw=rows, raw_label="raw", point_label="mixed model", ref=6.0)
    periods = [{"periode": f"{year}-S{half}", "n": 300, "estimasi": 76.0 + half, "ci_bawah": 74.0, "ci_atas": 79.0,
                "cukup_data": True} for year in (2023, 2024, 2025) for half in (1, 2)]
    yield "ikm_periods", figures.ikm_periods(cast(list, periods), lang)
    yield "did_lines", figures.did_lines(CellMeans(dilatih_sebelum=72.3, dilatih_sesudah=77.1, tidak_sebelum=77.9,
                                                   tidak_sesudah=79.3),
                                         "2024-S2", "2025-S2", lang)
    events = [{"e": e, "fase": "pre" if e < -1 else ("transisi" if e == -1 else "pasca"), "n": 10, "estimasi": 0.5,
               "ci_bawah": -1.0, "ci_atas": 2.0, "cukup_data": True} for e in range(-4, 4) if e != -2]
    yield "event_study", figures.event_study(cast(list, events), lang, references=[-2])
    costs = np.geomspace(100_000, 3_200_000, 30)
    activities = pd.DataFrame({"biaya_per_peserta_rp": costs, "gain": 5 + np.log2(costs / costs[0]),
                               "metode": ["pelatihan", "seminar", "e-learning"] * 10})
    yield "budget_scatter", figures.budget_scatter(activities, lang, _estimate(2.0))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_text_of_any_figure_is_cut_at_its_edges(lang):
    faults = {name: found for name, fig in _figures(lang) if (found := _clipped_or_overlapping(fig))}
    assert faults == {}


def _trend_grid():
    from evalasn.report.charts import trend

    keys = ("a", "b", "c", "d", "e", "f")
    years = [{"tahun": 2023 + i, **{key: 40.0 + 3 * i + j for j, key in enumerate(keys)}} for i in range(3)]
    names = {key: f"Kenaikan nilai, rata-rata peserta {key} (poin)" for key in keys}
    return trend.small_multiples(cast(list, years), keys, names, {"a": (trend.TargetLine({2023: 45.0, 2024: 45.0}),)},
                                  (), "id")


def test_the_trend_panels_titles_are_where_automatic_placement_puts_them(monkeypatch):
    """The titles' fixed place (y=1.0, so matplotlib does not search the panel for decorations to avoid at each
    layout) draws the same pixels as matplotlib's automatic placement, tight layout included."""
    import matplotlib.axes

    from evalasn.report.chapters import html

    fixed = html.png_rgb(_trend_grid())
    original = matplotlib.axes.Axes.set_title
    monkeypatch.setattr(matplotlib.axes.Axes, "set_title",  # y dropped: placed automatically
                        lambda self, label, *args, y=None, **kwargs: original(self, label, *args, **kwargs))
    assert html.png_rgb(_trend_grid()) == fixed


def test_drawing_the_trend_panels_does_not_lay_out_their_y_axes_again_for_the_titles(monkeypatch):
    import matplotlib.axis

    fig = _trend_grid()
    calls = []
    original = matplotlib.axis.YAxis.get_tightbbox

    def counted(self, *args, **kwargs):
        calls.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(matplotlib.axis.YAxis, "get_tightbbox", counted)
    fig.canvas.draw()
    assert not calls  # automatic title placement lays out each titled panel's y axis once more (6 calls)


@pytest.mark.parametrize("periods", [
    [("2024-S2", 76.39, 54.82, 97.96), ("2025-S1", 77.12, 73.40, 80.85), ("2025-S2", 75.77, 66.62, 84.92)],
    [("2025-S1", 30.5, 25.0, 41.0), ("2025-S2", 96.0, 90.0, 100.0)],
    [("2025-S2", 81.0, 80.2, 81.8)],
], ids=["wide-intervals", "at-the-scale-ends", "narrow-interval"])
def test_the_ikm_axis_holds_every_interval_whole(periods):
    """REVIEW6b 4: an axis cut at 70-82 drew the interval 54,82-97,96 as a band filling the plot; every interval now
    ends inside the view (the scale's 25-100 at most), and a view at 25 is said as the scale's start."""
    rows = [{"periode": name, "n": 12, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True}
            for name, value, low, high in periods]
    fig = figures.ikm_periods(cast(list, rows), "id")
    bottom, top = fig.axes[0].get_ylim()
    for _, value, low, high in periods:
        assert bottom <= min(low, value - 6) or bottom == 25
        assert top >= max(high, value + 6) or top == 100
        assert bottom >= 25 and top <= 100
    if bottom == 25:
        assert "terendah skala, 25" in fig.axes[0].get_ylabel()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_adjusted_gain_legend_uses_the_captions_words_not_an_acronym(lang):
    """LOOK11 L-6: Gambar 3's legend read '● disesuaikan (ANCOVA)', an English statistics acronym in a figure a head
    of dinas reads, while its caption said 'disesuaikan ke nilai awal yang sama'."""
    import re

    from evalasn.report.words.text import t

    point_label, raw_label = label("disesuaikan", lang), label("mentah", lang)
    fig = figures.estimates([_estimate(13.6), _estimate(1.8)], ["pelatihan", "seminar"], "Perubahan nilai", lang,
                            ref=0.0, raw=[_estimate(13.0), _estimate(2.0)], raw_label=raw_label,
                            point_label=point_label)
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert legend == [point_label, raw_label]
    assert point_label in t("r_fig_l2", lang) and not re.search(r"\b[A-Z]{3,}\b", point_label), point_label
