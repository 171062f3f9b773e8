"""One function per figure; each returns a matplotlib Figure in the report's theme.

The theme: seaborn whitegrid, the colour-blind-safe palette, DejaVu Sans (shipped with
matplotlib, so every machine draws the same), axes with units. Estimates are drawn as points
with their 95% intervals; "not enough data" rows are left out of the plot (the table says so).
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Sequence

import matplotlib


def _in_a_kernel() -> bool:
    """Whether this code runs in an IPython shell (a JupyterLab or papermill kernel)."""
    ipython = sys.modules.get("IPython")
    return ipython is not None and ipython.get_ipython() is not None


# Headless (no window, no display needed) wherever figures are only written to files: the batch's
# kernel fork server, scripts, tests. Not in a kernel: there the kernel's inline backend draws
# figures in the notebook, which forcing Agg would silence (plt.show() showing nothing in JupyterLab).
if not _in_a_kernel() and not os.environ.get("MPLBACKEND"):
    matplotlib.use("Agg")


import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402  (the fork server imports it first, without scipy.stats)

from evalasn import constants  # noqa: E402
from evalasn.analysis.contract import CellMeans, EventTime, Interval, PeriodIkm  # noqa: E402
from evalasn.analysis.contract.estimate import bounds, point  # noqa: E402
from evalasn.report.words import fmt  # noqa: E402
from evalasn.report.words.text import label, t  # noqa: E402

# Okabe-Ito colours ordered so that neighbours differ in lightness too (grey values 87, 162, 51,
# 119, 159 of 255), and a marker per category: the categories stay apart in a grayscale print.
PALETTE = ["#0072B2", "#E69F00", "#333333", "#D55E00", "#56B4E9", "#009E73", "#CC79A7"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X"]
MAIN, ACCENT, WARN, GREY = PALETTE[0], PALETTE[1], PALETTE[3], "#7f7f7f"
# a flagged row of estimates(): its mark and the words a caption names it by (vermillion reads as orange)
FLAG_MARK = (WARN, "s")
FLAG_WORDS = {"id": "kotak jingga", "en": "orange squares"}
# event-study phases: the pre-trend check grey, the transition period its own colour and marker, after training MAIN
PHASE_STYLE = {"pre": (GREY, "o"), "transisi": (PALETTE[4], "s"), "pasca": (MAIN, "o")}
WIDTH = 6.3  # inches: the A4 text width at the report's margins
LABEL_SIZE = 7.5
NAME_WRAP = 40  # characters of a row name in a dot plot before it wraps


def theme() -> None:
    sns.set_theme(context="paper", style="whitegrid", palette=PALETTE, font="DejaVu Sans",
                  rc={"axes.titlesize": 10, "axes.labelsize": 9, "xtick.labelsize": 8.5, "ytick.labelsize": 8.5,
                      "legend.fontsize": 8.5, "figure.dpi": 150, "svg.hashsalt": "evalasn",
                      "axes.formatter.useoffset": False, "axes.formatter.limits": (-99, 99)})


class TickFormat(matplotlib.ticker.Formatter):
    """Ticks as the reader writes numbers: decimal comma (id) or point (en), the same decimals on
    every tick of an axis and no more than the ticks need ('0 20 40', not '0,0 20,0 40,0'), never
    scientific notation; ``compact`` gives '200 rb', '1 jt' for money."""

    def __init__(self, lang: str, suffix: str = "", compact: bool = False) -> None:
        self.lang, self.suffix, self.compact = lang, suffix, compact
        self.decimals = 0

    def format_ticks(self, values):
        finite = [v for v in values if np.isfinite(v)]
        self.decimals = next((d for d in range(4) if all(abs(v * 10 ** d - round(v * 10 ** d)) < 1e-6
                                                          for v in finite)), 3)
        return [self(v, i) for i, v in enumerate(values)]

    def __call__(self, value, pos=None):
        if self.compact:
            return fmt.compact(value, self.lang) + self.suffix
        return fmt.number(value, self.decimals, self.lang) + self.suffix


def _decimal_axis(ax, axis: str, lang: str, decimals: int = 0, suffix: str = "", integer: bool = False) -> None:
    """Reader's number format on an axis; ``integer`` axes get whole-number ticks only."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_formatter(TickFormat(lang, suffix))
    if integer:
        target.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))


def _not_from_zero(ax, axis: str, title: str, lang: str, scale_min: float | None = None) -> None:
    """Say so in the axis label when a value axis does not start at zero. An axis that starts at its scale's own
    minimum (``scale_min``: 1 of the 1-4 element score) cuts nothing off: its label says where it starts instead."""
    low = (ax.get_xlim() if axis == "x" else ax.get_ylim())[0]
    if low > 0:
        joiner = " " if axis == "x" else "\n"  # a vertical label has the height of the plot only
        said = label("axis_scale_min", lang, min=fmt.number(scale_min, 0, lang)) \
            if scale_min is not None and np.isclose(low, scale_min) else label("axis_not_zero", lang)
        (ax.set_xlabel if axis == "x" else ax.set_ylabel)(f"{title}{joiner}({said})")


def _describe(fig, text: str) -> None:
    """The key numbers of a figure, for its alt text (html.figure adds them to the caption)."""
    fig.evalasn_alt = text


def estimates(rows: Sequence[Interval], names: list[str], xlabel: str, lang: str, ref: float | None = None,
              scale: float = 1.0, decimals: int = 1, highlight: list[bool] | None = None,
              xlim: tuple[float, float] | None = None, suffix: str = "", raw: Sequence[Interval | None] | None = None,
              raw_label: str | None = None, point_label: str | None = None, scale_min: float | None = None):
    """Horizontal dot plot over the full text width: one row per estimate with its 95% interval,
    the value of each row in a column right of the plot (no line crosses it), an optional
    reference line, highlighted rows (another colour and marker), raw estimates drawn as crosses
    beside them, and the legend above the plot, outside the data. ``scale_min``: the lowest score of the
    scale drawn (1 of a 1-4 score), for the axis note when ``xlim`` starts there."""
    theme()
    keep = [index for index, row in enumerate(rows) if row.get("cukup_data")]
    # a long name (a dinas of the province report) on two lines, so the plot keeps most of the width
    shown_names = {index: textwrap.fill(names[index], NAME_WRAP) for index in keep}
    lines = max([name.count("\n") + 1 for name in shown_names.values()], default=1)
    row_height = 0.36 if len(keep) <= 10 else 0.27  # many rows (21 dinas) must still fit a page with the caption
    row_height = max(row_height, 0.15 * lines + 0.06)  # a wrapped name does not run into the next row
    legend = raw is not None or bool(point_label)
    fig, ax = plt.subplots(figsize=(WIDTH, row_height * max(len(keep), 2) + 0.8 + (0.3 if legend else 0)))
    positions = np.arange(len(keep))[::-1]
    values: dict[str, float] = {}
    label_x = matplotlib.transforms.blended_transform_factory(ax.transAxes, ax.transData)
    for pos, index in zip(positions, keep, strict=True):
        row = rows[index]
        flagged = bool(highlight and highlight[index])
        colour, marker = FLAG_MARK if flagged else (MAIN, "o")
        est, lo, hi = point(row) * scale, bounds(row)[0] * scale, bounds(row)[1] * scale
        values[names[index]] = est
        ax.plot([lo, hi], [pos, pos], color=colour, lw=2, solid_capstyle="round")
        ax.plot(est, pos, marker, color=colour, ms=6, label=point_label if pos == positions[0] else None)
        ax.text(1.01, pos, fmt.number(est, decimals, lang) + suffix, transform=label_x, va="center", ha="left",
                fontsize=LABEL_SIZE, color="#333333")
        shown_raw = raw[index] if raw is not None else None
        if shown_raw is not None and shown_raw["cukup_data"]:
            ax.plot(point(shown_raw) * scale, pos + 0.22, "x", color=GREY, ms=5,
                    label=raw_label if pos == positions[0] else None)
    ax.set_yticks(positions)
    ax.set_yticklabels([shown_names[index] for index in keep])
    ax.set_ylim(-0.7, len(keep) - 0.3)
    if ref is not None:
        ax.axvline(ref, color=GREY, ls="--", lw=1, zorder=0)
    if xlim:
        ax.set_xlim(*xlim)
    else:
        ax.margins(x=0.05)
    ax.set_xlabel(xlabel)
    _decimal_axis(ax, "x", lang, suffix="")
    _not_from_zero(ax, "x", xlabel, lang, scale_min)  # a given range too (the 1–4 element scale): a cut axis is said
    if legend:
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, frameon=False, borderaxespad=0.2)
    if values:
        top, bottom = max(values, key=values.__getitem__), min(values, key=values.__getitem__)
        _describe(fig, t("alt_range", lang, atas_nama=top, atas=fmt.number(values[top], decimals, lang) + suffix,
                         bawah_nama=bottom, bawah=fmt.number(values[bottom], decimals, lang) + suffix))
    fig.tight_layout()
    _fit_xlabel(fig, ax)
    return fig


def _fit_xlabel(fig, ax) -> None:
    """An x label wider than the figure (a name with its axis note, centred under a plot that long row names push
    right) takes its note to a second line."""
    box = ax.xaxis.label.get_window_extent(fig.canvas.get_renderer())
    text = ax.get_xlabel()
    if (box.x1 > fig.bbox.width or box.x0 < 0) and " (" in text:
        ax.set_xlabel("\n(".join(text.rsplit(" (", 1)))
        fig.tight_layout()


IKM_SCALE = (constants.IKM_CONVERSION * constants.U_RANGE[0], constants.IKM_CONVERSION * constants.U_RANGE[1])


def ikm_view(values: Sequence[float], lows: Sequence[float], highs: Sequence[float]) -> tuple[float, float]:
    """The IKM axis: 6 points either side of the values, widened to hold every 95% interval whole (REVIEW6b 4: an
    axis cut at 70-82 drew an interval of 54,82-97,96 as a band filling the plot, its width unseen), never past the
    scale's 25-100."""
    margin = 1.5  # the interval's end stays off the frame, so the reader sees where it ends
    low = min(min(values) - 6, min(lows, default=np.inf) - margin)
    high = max(max(values) + 6, max(highs, default=-np.inf) + margin)
    return max(low, IKM_SCALE[0]), min(high, IKM_SCALE[1])


def ikm_periods(rows: Sequence[PeriodIkm], lang: str):
    """IKM by period with its 95% band, over the category bands of PermenPAN-RB 14/2017; a period whose IKM rests
    on too few service units for an interval (`rata_ikm`, analysis.ikm.summarise) as an open point without band."""
    theme()
    shown = [r for r in rows if r["cukup_data"] or r.get("rata_ikm") is not None]
    ok = [r for r in shown if r["cukup_data"]]
    fig, ax = plt.subplots(figsize=(WIDTH, 2.8))
    positions = np.arange(len(shown))
    lowers = sorted((lower, letter) for lower, letter, _, _ in constants.IKM_CATEGORIES)
    top = constants.IKM_CONVERSION * constants.U_RANGE[1]  # 100
    bands = [(lo, hi, letter) for (lo, letter), (hi, _) in zip(lowers, [*lowers[1:], (top, "")], strict=True)]
    values = [point(r) if r["cukup_data"] else float(r.get("rata_ikm") or 0.0) for r in shown] or [75]
    low_view, high_view = ikm_view(values, [bounds(r)[0] for r in ok], [bounds(r)[1] for r in ok])
    for lo, hi, letter in bands:
        if hi > low_view and lo < high_view:
            ax.axhspan(lo, hi, color=PALETTE[{"A": 2, "B": 0, "C": 1, "D": 3}[letter]], alpha=0.08, lw=0)
            ax.text(len(shown) - 0.45 if shown else 0, min(max(lo, low_view) + 0.5, high_view - 1.5), letter,
                    fontsize=8, color=GREY)
    if shown:
        lows = [bounds(r)[0] if r["cukup_data"] else np.nan for r in shown]
        highs = [bounds(r)[1] if r["cukup_data"] else np.nan for r in shown]
        ax.fill_between(positions, lows, highs, color=MAIN, alpha=0.2, lw=0)
        ax.plot(positions, values, "-", color=MAIN)
        for xi, value, row in zip(positions, values, shown, strict=True):
            ax.plot([xi], [value], "o", color=MAIN, markerfacecolor=MAIN if row["cukup_data"] else "white")
            ax.annotate(fmt.number(value, 2, lang), (xi, value), xytext=(0, 7), textcoords="offset points", ha="center",
                        fontsize=7.5)
    ax.set_xticks(positions)
    ax.set_xticklabels([r["periode"] for r in shown])
    ax.set_ylim(low_view, high_view)
    ax.set_xlim(-0.5, len(shown) - 0.3)
    ax.set_ylabel("IKM (25–100)")
    ax.set_xlabel(label("periode", lang))
    _decimal_axis(ax, "y", lang)
    _not_from_zero(ax, "y", "IKM (25–100)", lang, scale_min=IKM_SCALE[0])
    if shown:
        _describe(fig, t("alt_ikm", lang, periode=shown[-1]["periode"], nilai=fmt.ikm(values[-1], lang)))
    fig.tight_layout()
    return fig


def did_lines(means: CellMeans, before: str, after: str, lang: str, ylabel: str = "IKM (25–100)"):
    """Mean outcome of trained and comparison units, before and after."""
    theme()
    fig, ax = plt.subplots(figsize=(WIDTH * 0.7, 2.8))
    arms = ((label("dilatih", lang), MAIN, "o", [means.get("dilatih_sebelum"), means.get("dilatih_sesudah")]),
            (label("pembanding", lang), ACCENT, "s", [means.get("tidak_sebelum"), means.get("tidak_sesudah")]))
    for name, colour, marker, ys in arms:
        ax.plot([0, 1], [np.nan if value is None else value for value in ys], marker=marker, color=colour, label=name)
        for xi, value in zip((0, 1), ys, strict=True):
            if value is not None:
                ax.annotate(fmt.number(value, 1, lang), (xi, value), xytext=(8 if xi else -8, 0),
                            textcoords="offset points", ha="left" if xi else "right", va="center", fontsize=7.5)
    ax.set_xticks([0, 1])
    ax.set_xticklabels([f"{label('sebelum', lang)}\n{before}", f"{label('sesudah', lang)}\n{after}"])
    ax.set_xlim(-0.45, 1.45)
    ax.set_ylabel(ylabel)
    _decimal_axis(ax, "y", lang)
    _not_from_zero(ax, "y", ylabel, lang)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, frameon=False, borderaxespad=0.2)
    shown = {k: fmt.number(value, 1, lang) for k, value in means.items() if isinstance(value, (int, float))}
    if len(shown) == 4:
        _describe(fig, t("alt_did", lang, d0=shown["dilatih_sebelum"], d1=shown["dilatih_sesudah"],
                         p0=shown["tidak_sebelum"], p1=shown["tidak_sesudah"]))
    fig.tight_layout()
    return fig


def event_study(events: Sequence[EventTime], lang: str, ylabel: str | None = None,
                references: Sequence[int] | None = None):
    """Event-study estimates with 95% intervals by period relative to training; pre-period
    points (the pre-trend check) in grey, the reference periods (the cohorts' ``e_acuan``) drawn at
    zero. Event time counts calendar periods, so a period missing from the data stays a gap."""
    theme()
    fig, ax = plt.subplots(figsize=(WIDTH * 0.8, 2.8))
    shown = [ev for ev in events if ev["cukup_data"]]
    ax.axhline(0, color=GREY, lw=0.8)
    named: set[str] = set()
    for ev in shown:
        colour, marker = PHASE_STYLE.get(ev["fase"], PHASE_STYLE["pre"])
        value, (low, high) = point(ev), bounds(ev)
        name = label(f"fase_{ev['fase']}", lang) if ev["fase"] not in named else None
        named.add(ev["fase"])
        ax.errorbar(ev["e"], value, yerr=[[value - low], [high - value]],
                    fmt=marker, color=colour, ecolor=colour, capsize=3, ms=5, label=name)
    refs = (sorted(set(references) - {ev["e"] for ev in events}) if references
            else sorted({e for e in range(min(ev["e"] for ev in events), 1)} - {ev["e"] for ev in events}))
    for number, ref in enumerate(refs):
        ax.plot(ref, 0, "D", color=ACCENT, ms=5, ls="none", label=label("fase_acuan", lang) if number == 0 else None)
    # the legend names each colour (the caption's grey is the pre-trend check only; the transition its own)
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, frameon=False, borderaxespad=0.2, fontsize=7.5)
    ax.axvline(-0.5, color=GREY, lw=0.8, ls="--")
    ticks = sorted({ev["e"] for ev in shown} | set(refs))
    ax.set_xticks(ticks)
    ax.set_xlabel(label("waktu_relatif", lang))
    ax.set_ylabel(ylabel or label("selisih_ikm", lang))
    ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    step = float(np.diff(ax.get_yticks()[:2])[0]) if len(ax.get_yticks()) > 1 else 1.0
    _decimal_axis(ax, "y", lang, decimals=0 if step >= 1 else 1)
    fig.tight_layout()
    return fig


def budget_scatter(activities: pd.DataFrame, lang: str, per_doubling: Interval | None = None,
                   province: bool = False):
    """Each activity's mean gain against its cost per participant (log scale), coloured by
    method, with the adjusted model's slope (``per_doubling``: points per doubling of cost, the estimate
    the text gives) drawn through the activities' mean; no line without it. An unadjusted trend
    (the mean of each fifth of cost) looked far steeper than the estimate beside it (issue 22.7). ``province``: the
    slope is the province-wide model's, drawn over a dinas's activities, and its legend says so (LOOK26 X-9)."""
    theme()
    fig, ax = plt.subplots(figsize=(WIDTH, 3.2))
    # thousands of activities (the province) would hide one another: smaller, fainter points
    size, alpha = (14, 0.6) if len(activities) <= 1000 else (5, max(0.15, min(0.6, 600 / len(activities))))
    for number, metode in enumerate(constants.METODE):
        rows = activities[activities["metode"] == metode]
        if len(rows):
            ax.scatter(rows["biaya_per_peserta_rp"], rows["gain"], s=size, alpha=alpha, color=PALETTE[number],
                       marker=MARKERS[number], label=label(metode, lang), edgecolors="none")
    costs = activities["biaya_per_peserta_rp"]
    if per_doubling is not None and per_doubling.get("cukup_data") and len(activities) and (costs > 0).all():
        slope = point(per_doubling)  # points per doubling: gain = centre + slope * log2(cost / centre cost)
        centre_cost, centre_gain = float(np.exp(np.log(costs).mean())), float(activities["gain"].mean())
        xs = np.geomspace(costs.min(), costs.max(), 50)
        ax.plot(xs, centre_gain + slope * np.log2(xs / centre_cost), "-", color="#222222", lw=2,
                label=label("garis_per_dobel_provinsi" if province else "garis_per_dobel", lang,
                            nilai=fmt.number(slope, 1, lang)))
    ax.set_xscale("log")
    span = activities["biaya_per_peserta_rp"].max() / max(activities["biaya_per_peserta_rp"].min(), 1)
    subs = (1.0, 2.0, 5.0) if span < 1e3 else (1.0,)  # enough ticks to read, never two labels in one place
    ax.xaxis.set_major_locator(matplotlib.ticker.LogLocator(base=10, subs=subs))
    ax.xaxis.set_major_formatter(TickFormat(lang, compact=True))
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.set_xlabel(label("biaya_log", lang))
    ax.set_ylabel(label("gain_kegiatan", lang))
    _decimal_axis(ax, "y", lang)
    # three columns where they fit the figure's width once laid out, else two (a long method name, 'classroom
    # training', beside the model line's label ran past the right edge)
    for columns in (3, 2):
        legend = ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=columns, frameon=False, borderaxespad=0.2,
                           markerscale=14 / size)
        fig.tight_layout()
        if legend.get_window_extent().x1 <= fig.bbox.width:
            break
    for handle in legend.legend_handles:
        if handle is not None:
            handle.set_alpha(1)
    if len(activities):
        costs = activities["biaya_per_peserta_rp"]
        _describe(fig, t("alt_scatter", lang, n=fmt.integer(len(activities), lang),
                         murah=fmt.rupiah(costs.min(), lang), mahal=fmt.rupiah(costs.max(), lang)))
    fig.tight_layout()
    return fig
