"""LOOK37b M-23: the budget scatter (ppapp's Figure 4) plotted the 2023-2024 activities too, seminar and e-learning
points in a year without either, while the text beside it gave 2025 figures; its caption says which years the
points are from, read from the plotted activities (never a fixed range)."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pandas as pd
import pytest

from evalasn.report.chapters import results

pytestmark = pytest.mark.usefixtures("figures_not_drawn")


def _activities(years: list[int]) -> pd.DataFrame:
    return pd.DataFrame({"metode": ["pelatihan"] * len(years), "biaya_per_peserta_rp": [1e5 * (i + 1) for i in
                                                                                         range(len(years))],
                         "gain": [5.0] * len(years), "tahun": years})


@pytest.mark.parametrize(("years", "lang", "expected"), [
    ([2023, 2025, 2024, 2025], "en", "; points: activities of 2023–2025"),
    ([2024, 2025], "id", "; titik: kegiatan tahun 2024–2025"),
    ([2025, 2025], "en", "; points: activities of 2025"),
])
def test_the_years_come_from_the_plotted_activities(years, lang, expected):
    assert results.scatter_years(_activities(years), lang) == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_caption_of_the_sample_scatter_names_its_years(contexts, lang):
    ctx = contexts[("kesehatan", lang)]
    years = sorted({int(year) for year in ctx.activities["tahun"]})
    many = pd.concat([ctx.activities] * 3, ignore_index=True)  # enough points for the scatter
    section = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", results.budget(replace(ctx, activities=many)))).split())
    shown = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
    said = "titik: kegiatan tahun" if lang == "id" else "points: activities of"
    assert f"{said} {shown}" in section, section[:2000]
