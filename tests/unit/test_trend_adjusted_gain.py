"""Every year of the trend carries the key table's gain measure (REVIEW5 D14): the workbook's first-year cell said
'model campuran tidak dijalankan untuk tahun itu' and Tabel 12 / Gambar 8 showed only the participants' mean (3,8
for 2024) while Tabel 1 gave the adjusted gain (4,8). The model stage now fits the comparison of agencies for every
year of the trend (analysis.model.province_fits, about a second a year) and writes each scope's estimate in
`tren[].gain_model`."""

from __future__ import annotations

import html

import pytest

from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import comparison, sections
from evalasn.report.words.text import label


@pytest.fixture(scope="module")
def kesehatan(pipeline_root):
    return {lang: sections.load_context("kesehatan", lang, project(pipeline_root)) for lang in ("id", "en")}


def test_every_trend_year_has_the_mixed_model_gain_of_that_year(kesehatan):
    ctx = kesehatan["id"]
    years = ctx.hasil["tren"]
    assert len(years) >= 2 and all("gain_model" in year for year in years)
    assert all(year["gain_model"] and year["gain_model"]["cukup_data"] for year in years)
    # this year's is Tabel 1's (pooling.dinas_ini), last year's the one last year's results give
    assert years[-1]["gain_model"]["estimasi"] == pytest.approx(ctx.hasil["pooling"]["dinas_ini"]["pooled"]["estimasi"])
    if ctx.previous is not None:
        before = next(y for y in years if y["tahun"] == ctx.previous["tahun"])
        assert before["gain_model"]["estimasi"] == pytest.approx(
            ctx.previous["pooling"]["dinas_ini"]["pooled"]["estimasi"])


def test_the_first_year_of_the_key_figures_is_the_adjusted_gain_with_the_mean_beside_it(kesehatan):
    ctx = kesehatan["id"]
    gain = facts.by_key(ctx)["gain"]
    first = ctx.hasil["tren"][0]
    assert gain.adjusted and gain.first_year is not None and gain.first_year[0] == first["tahun"]
    assert gain.first_year[1] == first["gain_model"] and gain.first_year_raw == first["gain"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_table_shows_the_adjusted_gain_every_year_above_the_mean(kesehatan, lang):
    ctx = kesehatan[lang]
    table = html.unescape(comparison.trend_table(ctx)).replace("\u2060", "")
    adjusted, raw = label("gain_adjusted", lang), label("gain_raw", lang)
    assert adjusted in table and raw in table and table.index(adjusted) < table.index(raw)
    first = ctx.hasil["tren"][0]["gain_model"]
    # in the table's one range style (html.one_range_style: the change column's negative ends, LOOK28 Z-1, write every
    # range of the table in words)
    dashed = table.replace(f"\u00a0{label('ik_to', lang)}\u00a0", "–").replace(f" {label('ik_to', lang)} ", "–")
    assert facts.show_value("gain", first, lang) in dashed
