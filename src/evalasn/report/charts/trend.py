"""The trend of the key figures as small multiples: one panel per figure, years on the x axis,
points with their 95% intervals, each target as a dashed line over the years it is a target for, the
province mean an adjusted gain is placed against dotted (report.chapters.comparison uses it)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from evalasn.analysis import results
from evalasn.analysis.contract import TrendYear
from evalasn.analysis.contract.estimate import bounds, point
from evalasn.report.charts.figures import GREY, MAIN, WIDTH, TickFormat, plt, theme
from evalasn.report.words.text import label, t

# characters of a panel title per line in a grid of three columns: a third of the text width at 8.5 pt holds about
# 26 (DejaVu Sans), so a longer name ("Kenaikan nilai, rata-rata peserta (poin)") wraps instead of running past the
# figure's edge; a grid of four columns (GRIDS) wraps at three quarters of it, in TITLE_SIZE_NARROW with the panels
# closer (W_PAD_NARROW: a title as wide as its panel, LOOK33 E-1)
TITLE_WRAP = 24
TITLE_SIZE, TITLE_SIZE_NARROW = 8.5, 8.0
W_PAD_NARROW = 0.6  # fractions of the font size between the panels of four columns (tight_layout's 1.08 by default)
REASON_WRAP = 26  # characters of a line of a panel's "cannot be computed" words (7 pt) in three columns, margins kept
# (rows, columns) by the number of panels: the six key figures 2 x 3; with the share of PPPK above the 24-JP cap
# (LOOK33 E-1) 2 x 4 with the eighth cell removed, as tall as 2 x 3 (the page it shares with 7.2, LOOK26 X-8) and
# its year and value ticks still 7.5 pt at the A4 text width (a 3 x 3 grid would need a third row's height)
GRIDS = {6: (2, 3), 7: (2, 4), 8: (2, 4)}
# inches: the grid's height. With its five-line caption it leaves room under it for 7.2's heading and targets table on
# the same page; at 3.9 in the Indonesian Tabel 12, a line longer than the English, missed by 12 pt and the figure stood
# alone on a half-empty page, the table on the next (LOOK26 X-8). The panels keep a plot area of about an inch.
HEIGHT = 3.5
HALF_YEAR = 0.5  # a year's segment of a target line reaches halfway to the next year on each side
# a value in a panel's unit with its 95% interval, (value, low, high); low and high the value where it has none
Point = tuple[float, float, float]


@dataclass(frozen=True)
class TargetLine:
    """A target on a panel: its number (in the target's unit; cost per point in Rupiah) in each year it is a target
    for, no segment in a year without it (LOOK17 S-4: a plan's target for 2025 drawn across 2023 and 2024 read as a
    target those years missed). ``province_mean``: the province mean an adjusted gain is placed against, dotted, so
    the caption can name it apart from the dashed targets (words inside the panel ran over the points' intervals)."""

    years: dict[int, float]
    province_mean: bool = False


def small_multiples(years: Sequence[TrendYear], keys: tuple[str, ...], names: dict[str, str],
                    targets: Mapping[str, Sequence[TargetLine]],
                    shares: tuple[str, ...], lang: str, adjusted: bool = False,
                    missing: dict[str, str] | None = None,
                    points: Mapping[str, Callable[[object], Point | None]] | None = None):
    """One panel per key (GRIDS: 2 x 3 for six, 2 x 4 for seven) of the yearly values with their 95% intervals. With
    ``adjusted`` the gain panel draws each year's mixed-model gain (the key table's measure, `tren[].gain_model`) and
    the participants' mean beside it in grey (REVIEW5 D14). A panel without any value says why in words
    (``missing``: the reason of each key, as the table above gives it), with no axis of its own (REVIEW6b 5:
    '1 1 1 0 0 0'). ``targets``: each key's target lines (TargetLine), drawn in their years only. ``points``: for a
    key not read as a key figure, its year's (value, low, high) in the panel's unit from that year's record (None:
    no point), as the trend table reads it (the share of PPPK above the cap: a count without an interval a point
    without a bar, LOOK33 E-1); a key's record missing from a year is no point."""
    theme()
    rows, columns = GRIDS[len(keys)]
    fig, axes = plt.subplots(rows, columns, figsize=(WIDTH, HEIGHT), sharex=True)
    cells = list(axes.flat)
    for spare in cells[len(keys):]:  # seven panels in 2 x 4: the last cell is no panel, the one above it shows years
        fig.delaxes(spare)
        cells[cells.index(spare) - columns].xaxis.set_tick_params(labelbottom=True)
    narrow = columns > 3
    title_wrap, reason_wrap = (TITLE_WRAP * 3 // columns, REASON_WRAP * 3 // columns)
    labels = [str(row["tahun"]) for row in years]
    for ax, key in zip(cells, keys, strict=False):
        xs, vs, lows, highs = [], [], [], []
        scale = 100.0 if key in shares else 1.0
        if key == "gain" and adjusted:
            _means_beside(ax, years)
        for position, row in enumerate(years):
            if points is not None and key in points:
                found = points[key](cast(Mapping[str, object], row).get(key))
                if found is not None:
                    xs.append(position)
                    vs.append(found[0])
                    lows.append(found[1])
                    highs.append(found[2])
                continue
            fig_ = row.get("gain_model") if key == "gain" and adjusted else results.key_figure(row, key)
            if fig_ is None:
                continue
            if not isinstance(fig_, (int, float)):
                if fig_["cukup_data"]:
                    xs.append(position)
                    vs.append(point(fig_) * scale)
                    lows.append(bounds(fig_)[0] * scale)
                    highs.append(bounds(fig_)[1] * scale)
            else:
                xs.append(position)
                vs.append(float(fig_))
                lows.append(float(fig_))
                highs.append(float(fig_))
        if key == "biaya_per_poin":
            vs, lows, highs = ([v / 1000 for v in seq] for seq in (vs, lows, highs))
        if xs:
            err = [[v - lo for v, lo in zip(vs, lows, strict=True)], [hi - v for v, hi in zip(vs, highs, strict=True)]]
            ax.errorbar(xs, vs, yerr=err, fmt="o-", color=MAIN, ms=4, lw=1.2, capsize=2)
        empty = not ax.has_data()
        if empty:  # no value in any year: the reason in words, no target line alone and no axis without data
            said = t("not_enough_because", lang, alasan=(missing or {}).get(key) or t("not_computed", lang))
            ax.text(0.5, 0.5, textwrap.fill(said, reason_wrap), transform=ax.transAxes, ha="center", va="center",
                    fontsize=7, color="#333333", wrap=False)
            ax.set_yticks([])
            ax.grid(False)
        else:
            for line in targets.get(key, ()):
                _target_line(ax, [row["tahun"] for row in years], line, 1000.0 if key == "biaya_per_poin" else 1.0)
        title = names[key] if key != "biaya_per_poin" else names[key].replace("(Rp)", "(Rp ribu)" if lang == "id"
                                                                              else "(Rp thousand)")
        # y given: the title sits at the panel's top as matplotlib would place it (no tick labels or axis label up
        # there to avoid), without matplotlib laying out the panel's y axis again for each title at every layout
        # and draw to look for them (a tenth of this figure's CPU; same pixels)
        ax.set_title(textwrap.fill(title, title_wrap, break_on_hyphens=False),
                     fontsize=TITLE_SIZE_NARROW if narrow else TITLE_SIZE, y=1.0)
        ax.set_xticks(range(len(labels)))
        ax.set_xticklabels(labels)
        ax.set_xlim(-0.4, len(labels) - 0.6)
        if not empty:  # the decimals the ticks need ('0,5 1,0 1,5' on a narrow range, never '1 1 1 0 0 0')
            ax.yaxis.set_major_formatter(TickFormat(lang))
            ax.yaxis.set_major_locator(plt.matplotlib.ticker.MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        ax.tick_params(labelsize=7.5)
    # a panel whose value axis starts above zero (autoscaled to its points) is said under the grid
    cut = any(ax.get_ylim()[0] > 0 for ax in fig.axes if ax.has_data())
    if cut:
        fig.text(0.5, 0.01, f"({label('axis_not_zero', lang)})", ha="center", va="bottom", fontsize=7.5,
                 color="#333333")
    fig.tight_layout(rect=(0, 0.05 if cut else 0, 1, 1), w_pad=W_PAD_NARROW if narrow else None)
    fig.evalasn_wide = True  # type: ignore[attr-defined]  # panels unreadable at a phone's width (html.figure)
    return fig


def _target_line(ax, tahun: list[int], line: TargetLine, unit: float) -> None:
    """``line``'s segments: one run over each stretch of consecutive years with the same number."""
    runs: list[tuple[int, int, float]] = []  # (first position, last position, number)
    for position, year in enumerate(tahun):
        if year not in line.years:
            continue
        number = line.years[year] / unit
        if runs and runs[-1][1] == position - 1 and runs[-1][2] == number:
            runs[-1] = (runs[-1][0], position, number)
        else:
            runs.append((position, position, number))
    for first, last, number in runs:
        ax.plot([first - HALF_YEAR, last + HALF_YEAR], [number, number], ls=":" if line.province_mean else "--",
                lw=1.3 if line.province_mean else 1, color=GREY)


def _means_beside(ax, years: Sequence[TrendYear]) -> None:
    """The participants' mean of each year, a little to the right of the adjusted gain, grey and unjoined."""
    for position, row in enumerate(years):
        mean = row["gain"]
        if mean.get("cukup_data") and mean.get("estimasi") is not None:
            low, high = bounds(mean)
            value = point(mean)
            ax.errorbar([position + 0.12], [value], yerr=[[value - low], [high - value]], fmt="o", color=GREY,
                        mfc="white", ms=3.5, lw=1, capsize=2)
