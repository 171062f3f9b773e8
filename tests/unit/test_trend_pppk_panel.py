"""LOOK33 E-1: the trend figure (BAB VII, after the trend table) drew a fixed 2 x 3 grid of the six key figures, all
rising or flat, under "Angka kunci … per tahun", and left out the table's last row, "PPPK di atas batas 24 JP (%)",
the one figure that got clearly worse (province 32,3% → 60,7%). Wherever the table has that row the figure has its
panel (2 x 4, the eighth cell removed) with the table's values from the same records: a year's interval as a bar, a
count of fewer than 10 PPPK as a point without one, the legal cap's ≤ 0% as a dashed target where 7.2 prints it; the
panel's title and the caption say lower is better. A scope without PPPK keeps the 2 x 3 grid and its caption."""

from __future__ import annotations

import copy
import re
from typing import Any

import lxml.html
import pytest

from evalasn.analysis.stats import proportion_ci
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, pppk_cap
from evalasn.report.context import Context
from evalasn.report.words.text import label


def _share(k: int, n: int, low: float | None = None, high: float | None = None) -> dict:
    if low is None:  # fewer than constants.MIN_N PPPK: the count kept, no estimate (compliance.over_cap_share)
        return {**proportion_ci(k, n), "jumlah": k}
    return {"estimasi": k / n, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "n": n, "jumlah": k}


# the province's sample: 30,1 / 32,3 / 60,7% of 458 PPPK; DPMPTSP-like 2 / 5 / 11 of 12; Kominfotik-like 2, 4, 4 of 5
PROVINCE = [_share(138, 458, 0.261, 0.345), _share(148, 458, 0.282, 0.367), _share(278, 458, 0.562, 0.651)]
TWELVE = [_share(2, 12, 0.047, 0.448), _share(5, 12, 0.193, 0.680), _share(11, 12, 0.646, 0.985)]
FIVE = [_share(2, 5), _share(4, 5), _share(4, 5)]
NONE: list[dict] = [dict(proportion_ci(0, 0))] * 3
TITLE = {lang: label("kf_pppk_di_atas_batas", lang) for lang in ("id", "en")}
LOWER = {"id": "makin kecil makin baik", "en": "lower is better"}


def _with(ctx: Context, shares: list[dict]) -> Context:
    """``ctx`` with the last years of its trend carrying ``shares`` (an earlier year: no PPPK, n 0)."""
    hasil: Any = copy.deepcopy(ctx.hasil)
    years = hasil["tren"]
    given = [proportion_ci(0, 0)] * (len(years) - len(shares)) + shares[-len(years):]
    for row, share in zip(years, given, strict=True):
        row[facts.PPPK_OVER_CAP] = share
    return Context(hasil, ctx.lang, ctx.activities, config=ctx.config)


def _drawn(ctx: Context, monkeypatch) -> tuple[Any, str, str]:
    """The figure trend_figure draws (a matplotlib Figure, not drawn into pixels), its caption and alt text."""
    kept: dict[str, Any] = {}

    def keep(fig, caption: str, alt: str, note: str | None = None) -> str:
        kept.update(fig=fig, caption=caption, alt=alt)
        return ""

    monkeypatch.setattr(comparison.html, "figure", keep)
    comparison.trend_figure(ctx)
    assert kept["alt"].startswith(kept["caption"])  # the alt text says what the caption says, and maybe more
    return kept["fig"], kept["caption"], kept["alt"]


def _panel(fig, lang: str):
    found = [ax for ax in fig.axes if " ".join(ax.get_title().split()).startswith(TITLE[lang])]
    return found[0] if found else None


def _points(ax) -> dict[int, tuple[float, float, float]]:
    """(value, low, high) at each year position of a panel's errorbar."""
    (bars,) = ax.containers
    line, _caps, (segments,) = bars
    xs, ys = line.get_data()
    ends = {round(seg[0][0]): (min(seg[0][1], seg[1][1]), max(seg[0][1], seg[1][1])) for seg in segments.get_segments()}
    return {round(x): (y, *ends[round(x)]) for x, y in zip(xs, ys, strict=True)}


def _table_row(ctx: Context) -> list[str]:
    page = lxml.html.fromstring(comparison.trend_table(ctx))
    for tr in page.xpath("//tbody/tr"):
        # the row's name with the unit of its cells (a count below 10 PPPK: LOOK34 F-5), the panel's '(%)'
        name = comparison.trend_row_label(facts.PPPK_OVER_CAP, ctx.hasil, ctx.lang)
        if tr[0].text_content().replace("\u00a0", " ").replace("\u2060", "") == name:
            return [td.text_content().replace("\u00a0", " ") for td in tr.xpath("./td")]
    raise AssertionError("no PPPK row in the trend table")


def _number(text: str, lang: str) -> float:
    return float(text.replace(".", "").replace(",", ".") if lang == "id" else text.replace(",", ""))


def _table_points(cells: list[str], lang: str) -> dict[int, tuple[float, float, float]]:
    """The table's year cells as (value, low, high) by year position: an interval's three numbers, a count's share
    three times (no interval), nothing for a year without PPPK."""
    found = {}
    for position, cell in enumerate(cells):
        counted = re.search(r"(\d+(?:[.,]\d+)?)%", cell)
        numbers = [_number(n, lang) for n in re.findall(r"\d+(?:[.,]\d+)?", cell)]
        if "PPPK" in cell and counted:
            found[position] = (_number(counted.group(1), lang),) * 3
        elif len(numbers) >= 3 and "PPPK" not in cell:
            found[position] = (numbers[0], numbers[1], numbers[2])
    return found


CASES = [
    pytest.param(PROVINCE_SLUG, "id", PROVINCE, id="province-id-458-pppk-intervals"),
    pytest.param(PROVINCE_SLUG, "en", PROVINCE, id="province-en-458-pppk-intervals"),
    pytest.param("kesehatan", "id", TWELVE, id="dinas-id-12-pppk-intervals"),
    pytest.param("kesehatan", "en", FIVE, id="dinas-en-5-pppk-counts-without-bars"),
]


@pytest.mark.parametrize(("slug", "lang", "shares"), CASES)
def test_the_trend_figure_has_a_pppk_panel_with_the_table_s_values(contexts, monkeypatch, slug, lang, shares):
    ctx = _with(contexts[(slug, lang)], shares)
    fig, _caption, alt = _drawn(ctx, monkeypatch)
    assert len(fig.axes) == len(comparison.KEYS) + 1
    assert {ax.get_subplotspec().get_geometry()[:2] for ax in fig.axes} == {(2, 4)}
    panel = _panel(fig, lang)
    assert panel is not None, [ax.get_title() for ax in fig.axes]
    assert LOWER[lang] in " ".join(panel.get_title().split())
    drawn = _points(panel)
    cells = _table_row(ctx)[1:1 + len(ctx.hasil["tren"])]  # the year columns
    table = _table_points(cells, lang)
    assert set(drawn) == set(table) and table, (drawn, table)
    for position, values in table.items():  # the table's one-decimal numbers, the panel's unrounded
        assert drawn[position] == pytest.approx(values, abs=0.05), (position, drawn[position], values)
        # the alt text reads the panel's years as the table's cells print them (a range with a dash, as the table
        # writes it where no range of its has a negative end: html.one_range_style)
        cell = cells[position].replace(f" {label('ik_to', lang)} ", "–")
        assert f"{ctx.hasil['tren'][position]['tahun']} {cell}" in alt.replace("\u00a0", " "), alt
    # the legal cap '≤ 0%' where 7.2 prints its row, over every charted year
    zero = [line for line in panel.lines if line.get_linestyle() == "--" and set(line.get_ydata()) == {0.0}]
    assert bool(zero) == (pppk_cap.over_cap(ctx.hasil) is not None)


@pytest.mark.parametrize(("slug", "lang", "shares"), CASES)
def test_the_caption_names_the_pppk_panel_lower_being_better(contexts, monkeypatch, slug, lang, shares):
    ctx = _with(contexts[(slug, lang)], shares)
    _fig, caption, _alt = _drawn(ctx, monkeypatch)
    assert caption.endswith({"id": "; panel PPPK: makin kecil makin baik",
                             "en": "; PPPK panel: lower is better"}[lang]), caption


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_pppk_panel_where_the_trend_table_has_no_pppk_row(contexts, monkeypatch, slug, lang):
    ctx = _with(contexts[(slug, lang)], NONE)
    fig, caption, alt = _drawn(ctx, monkeypatch)
    assert TITLE[lang] not in comparison.trend_table(ctx)
    assert _panel(fig, lang) is None and len(fig.axes) == len(comparison.KEYS)
    assert {ax.get_subplotspec().get_geometry()[:2] for ax in fig.axes} == {(2, 3)}  # today's grid
    assert "PPPK" not in alt and LOWER[lang] not in caption


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_pppk_panel_without_any_point_says_why_in_words(contexts, monkeypatch, lang):
    """Results from before the count was kept (no `jumlah`) with fewer than 10 PPPK: the table's row, the panel with
    the table's reason and no axis, as every empty panel (REVIEW6b 5)."""
    withheld = [dict(proportion_ci(3, 7))] * 3
    ctx = _with(contexts[("kesehatan", lang)], withheld)
    fig, _caption, _alt = _drawn(ctx, monkeypatch)
    panel = _panel(fig, lang)
    assert panel is not None and not panel.has_data() and not panel.lines
    reason = comparison.trend_reasons(ctx.hasil["tren"], facts.PPPK_OVER_CAP, lang, ctx.hasil)
    assert [" ".join(text.get_text().split()) for text in panel.texts] == [
        comparison.t("not_enough_because", lang, alasan=reason)]
