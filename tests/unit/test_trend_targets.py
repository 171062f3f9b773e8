"""The trend chart draws the targets Tabel 1 and BAB X use, from the same records, in the years they are targets for
(LOOK17 S-4: kesehatan's gain panel drew its dashed line at 0 while Tabel 1 judged the gain against the province mean,
9,2, 'di bawah rata-rata provinsi'; the cost-per-point panel drew the 2024 plan's target for 2025 across 2023 and
2024 as well)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import numpy as np
import pytest
from matplotlib.lines import Line2D

from evalasn.report import facts
from evalasn.report.chapters import comparison, fact_targets
from evalasn.report.charts import trend
from evalasn.report.charts.trend import TargetLine
from evalasn.report.config import Target

YEARS = (2023, 2024, 2025)
GAIN = {"n": 1140, "estimasi": 6.4, "ci_bawah": 5.8, "ci_atas": 6.9, "cukup_data": True}
RAW = {"n": 1140, "estimasi": 6.9, "ci_bawah": 6.1, "ci_atas": 7.6, "cukup_data": True}
PROVINCE = {"n": 21062, "estimasi": 9.2, "ci_bawah": 8.5, "ci_atas": 10.0, "cukup_data": True}
COST = {"n": 1089, "estimasi": 440_863.0, "ci_bawah": 385_774.0, "ci_atas": 517_069.0, "cukup_data": True}


def _target(key: str, value: float, higher_better: bool = True) -> Target:
    return Target(key, value, {"id": "dasar", "en": "basis"}, higher_better)


def _ctx(monkeypatch, fact: facts.Fact, lang: str = "id", year_targets: dict | None = None) -> Any:
    monkeypatch.setattr(fact_targets, "of", lambda _ctx: (fact,))
    return SimpleNamespace(hasil={"tahun": 2025, "tren": [{"tahun": year} for year in YEARS]}, lang=lang,
                           year_targets=year_targets or {})


@pytest.mark.parametrize(("lang", "against"), [
    pytest.param("id", "below", id="id-below-the-province"),
    pytest.param("en", "level", id="en-level-with-the-province"),
])
def test_the_gain_line_is_the_province_mean_tabel_1_judges_it_against(monkeypatch, lang, against):
    gain = facts.Fact("gain", 2025, GAIN, raw=RAW, province=PROVINCE, target=_target("gain", 0.0),
                      verdict=facts.Verdict("met"), against=against)
    every_year = {year: {"gain": _target("gain", 0.0)} for year in YEARS[:2]}
    lines = comparison.trend_targets(_ctx(monkeypatch, gain, lang, every_year))["gain"]
    assert gain.target_cell(lang).startswith(facts.t("fact_gain_target_place", lang))  # Tabel 1: beside the province
    # this year only, the mean of this year's model, dotted; beside it the configured '> 0' of every year
    assert lines == (TargetLine({2025: 9.2}, province_mean=True), TargetLine({2023: 0.0, 2024: 0.0, 2025: 0.0}))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_caption_names_the_dotted_line_as_tabel_1_s_target(monkeypatch, lang):
    gain = facts.Fact("gain", 2025, GAIN, raw=RAW, province=PROVINCE, target=_target("gain", 0.0),
                      verdict=facts.Verdict("met"), against="below")
    ctx = _ctx(monkeypatch, gain, lang)
    ctx.hasil |= {"cakupan": {"nama": "Dinas Kesehatan"}}
    ctx.t = lambda key, **values: facts.t(key, lang, **values)
    monkeypatch.setattr(comparison, "gain_adjusted", lambda _ctx: True)
    monkeypatch.setattr(comparison, "trend_reasons", lambda *_args: "")
    monkeypatch.setattr(comparison.trend_figures, "small_multiples", lambda *_args, **_kw: "figure")
    monkeypatch.setattr(comparison.html, "figure", lambda _fig, caption, _alt: caption)
    caption = comparison.trend_figure(ctx)
    assert caption.endswith({"id": "; garis titik-titik: rata-rata provinsi 2025 (9,2), target \"tidak di bawah "
                                   "provinsi\" di tabel angka kunci",
                             "en": "; dotted line: the 2025 province mean (9.2), the key-figure table's target "
                                   "\"not below province\""}[lang])
    assert facts.t("fact_gain_target_place", lang) in gain.target_cell(lang)  # the words Tabel 1's cell prints


def test_a_gain_the_status_does_not_place_has_no_province_line(monkeypatch):
    """The province's own gain (no place beside itself): its configured target alone, as provinsi p27 drew it."""
    gain = facts.Fact("gain", 2025, PROVINCE, raw=RAW, target=_target("gain", 0.0), verdict=facts.Verdict("met"))
    lines = comparison.trend_targets(_ctx(monkeypatch, gain, year_targets={2023: {"gain": _target("gain", 0.0)},
                                                                             2024: {"gain": _target("gain", 0.0)}}))
    assert lines == {"gain": (TargetLine({2023: 0.0, 2024: 0.0, 2025: 0.0}),)}


@pytest.mark.parametrize(("fact", "year_targets", "expected"), [
    pytest.param(facts.Fact("biaya_per_poin", 2025, COST, followup=facts.FollowUpTarget(
        "≤ Rp 361.488", 2024, "BIAYA-POIN", facts.Verdict("not_met"), 361_488.0)), {},
        {"biaya_per_poin": (TargetLine({2025: 361_488.0}),)}, id="last-years-plan-row-this-year-only"),
    pytest.param(facts.Fact("biaya_per_poin", 2025, COST, planned=facts.PlannedTarget(
        "≤ Rp 176.167", 2026, "BIAYA-POIN", 176_167.0)), {}, {}, id="this-years-plan-row-is-for-2026-not-drawn"),
    pytest.param(facts.Fact("jp_20", 2025, GAIN, target=_target("jp_20", 80.0), verdict=facts.Verdict("not_met")),
                 {2023: {"jp_20": _target("jp_20", 100.0)}, 2024: {}},
                 {"jp_20": (TargetLine({2023: 100.0, 2025: 80.0}),)}, id="configured-by-each-years-config"),
    pytest.param(facts.Fact("jp_20", 2025, GAIN, target=_target("jp_20", 80.0), verdict=facts.Verdict("not_met")),
                 {}, {"jp_20": (TargetLine({2025: 80.0}),)}, id="earlier-years-config-unknown-no-line"),
    pytest.param(facts.Fact("ikm", 2025, GAIN), {2023: {"ikm": _target("ikm", 76.61)}}, {}, id="no-target-no-line"),
])
def test_a_target_is_drawn_only_in_the_years_it_is_a_target_for(monkeypatch, fact, year_targets, expected):
    assert comparison.trend_targets(_ctx(monkeypatch, fact, year_targets=year_targets)) == expected


def _target_lines(ax) -> list[tuple[float, float, float, str]]:
    """(x from, x to, y, line style) of each dashed or dotted line of a panel."""
    found = []
    for line in ax.get_lines():
        if isinstance(line, Line2D) and line.get_linestyle() in ("--", ":"):
            xs, ys = np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)
            found.append((float(xs.min()), float(xs.max()), float(ys[0]), str(line.get_linestyle())))
    return found


def _grid(targets: dict[str, tuple[TargetLine, ...]]):
    keys = ("a", "b", "c", "d", "e", "f")
    years = [{"tahun": year, **{key: 40.0 + index for key in keys}} for index, year in enumerate(YEARS)]
    from unittest import mock

    with mock.patch.object(trend.results, "key_figure", lambda row, key: row[key]):
        return trend.small_multiples(cast(list, years), keys, {key: key for key in keys}, targets, (), "id")


@pytest.mark.parametrize(("lines", "segments"), [
    pytest.param((TargetLine({2025: 45.0}),), [(1.5, 2.5, 45.0, "--")], id="one-year-over-2025-alone"),
    pytest.param((TargetLine({2023: 45.0, 2024: 45.0, 2025: 45.0}),), [(-0.5, 2.5, 45.0, "--")],
                 id="every-year-one-line"),
    pytest.param((TargetLine({2023: 50.0, 2024: 50.0, 2025: 45.0}),), [(-0.5, 1.5, 50.0, "--"), (1.5, 2.5, 45.0, "--")],
                 id="a-changed-target-steps"),
    pytest.param((TargetLine({2023: 45.0, 2025: 45.0}),), [(-0.5, 0.5, 45.0, "--"), (1.5, 2.5, 45.0, "--")],
                 id="a-year-without-target-no-segment"),
    pytest.param((TargetLine({2025: 45.0}, province_mean=True), TargetLine({year: 0.0 for year in YEARS})),
                 [(1.5, 2.5, 45.0, ":"), (-0.5, 2.5, 0.0, "--")], id="province-mean-dotted-beside-the-target"),
])
def test_the_chart_draws_a_target_over_its_years_only(lines, segments):
    grid = _grid({"a": lines})
    assert _target_lines(grid.axes[0]) == segments
    assert all(not _target_lines(ax) for ax in grid.axes[1:])  # no other panel has a line it was not given
    low, high = grid.axes[0].get_ylim()
    assert all(low <= y <= high for *_, y, _style in segments)  # every line inside its panel's range


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_on_the_sample_every_line_is_a_record_s_target_in_its_years(pipeline_root, slug):
    """The small sample as LOOK17 read it: kesehatan's gain placed below the province mean gets that mean, this year
    only; a plan row's target (cost per point) this year only; a configured target its year's number."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    ctx = sections.load_context(slug, "id", project(pipeline_root))
    tahun, charted = ctx.hasil["tahun"], [row["tahun"] for row in ctx.hasil["tren"]]
    lines = comparison.trend_targets(ctx)
    for fact in fact_targets.of(ctx):
        expected = []
        if fact.province_target is not None:
            expected.append(TargetLine({tahun: cast(tuple, facts.as_target_unit("gain", fact.province))[0]},
                                       province_mean=True))
        if fact.target is not None:
            expected.append(TargetLine({year: ctx.year_targets[year][fact.key].nilai for year in charted
                                        if year < tahun and fact.key in ctx.year_targets[year]}
                                       | {tahun: fact.target.nilai}))
        elif fact.followup is not None and fact.followup.nilai is not None:
            expected.append(TargetLine({tahun: fact.followup.nilai}))
        assert lines.get(fact.key, ()) == tuple(expected), fact.key
    gain = fact_targets.by_key(ctx)["gain"]
    # kesehatan: Tabel 1 'tidak di bawah provinsi' -> the dotted line; the province's own gain: none
    assert (gain.province_target is not None) == (slug == "kesehatan")
    assert [line.years for line in lines["biaya_per_poin"]] == [{tahun: fact_targets.by_key(ctx)["biaya_per_poin"]
                                                                 .target_years[tahun]}]  # the plan's, 2025 alone
