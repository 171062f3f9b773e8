"""LOOK26 X-9: Kominfotik's Gambar 4 (cost against gain) drew the province model's slope, its own model short of
data, under the legend "model disesuaikan: 2,1 poin per biaya 2×", and the caption said "tanpa garis bila model tidak
cukup data": the reader took the province's line for the agency's own fit. The legend and the caption name the
province-wide model whenever its slope stands in."""

from __future__ import annotations

import copy
import html
import re
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis.contract import Interval
from evalasn.report.chapters import results
from evalasn.report.charts import figures

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

LEGEND = {("id", False): "model disesuaikan: 2,0 poin per biaya 2×",
          ("id", True): "model seluruh provinsi: 2,0 poin per biaya 2×",
          ("en", False): "adjusted model: 2.0 points per doubling of cost",
          ("en", True): "province-wide model: 2.0 points per doubling of cost"}
CAPTION = {("id", False): "garis: kemiringan model yang disesuaikan",
           ("id", True): "garis: kemiringan model seluruh provinsi, seperti di teks, ditarik melalui rata-rata "
                         "kegiatan dinas ini (model dinas ini tidak cukup data)",
           ("en", False): "line: the slope of the adjusted model",
           ("en", True): "line: the slope of the province-wide model, as in the text, drawn through this agency's "
                         "activities' mean (the agency's own model has too little data)"}
CASES = [pytest.param(lang, province, id=f"{lang}-{'province-slope' if province else 'own-slope'}")
         for lang in ("id", "en") for province in (False, True)]


@pytest.mark.parametrize("lang, province", CASES)
def test_the_legend_names_whose_slope_the_line_is(lang, province):
    costs = np.geomspace(100_000, 3_200_000, 30)
    activities = pd.DataFrame({"biaya_per_peserta_rp": costs, "gain": 5 + np.log2(costs / costs[0]),
                               "metode": ["pelatihan", "seminar"] * 15})
    slope = Interval(n=30, estimasi=2.0, ci_bawah=1.0, ci_atas=3.0, cukup_data=True)
    fig = figures.budget_scatter(activities, lang, slope, province=province)
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert LEGEND[(lang, province)] in legend, legend


@pytest.mark.parametrize("lang, province", CASES)
def test_the_caption_names_the_province_model_when_its_slope_is_drawn(contexts, monkeypatch, lang, province):
    ctx = contexts[("kesehatan", lang)]
    hasil: Any = copy.deepcopy(ctx.hasil)
    budget = hasil["anggaran_vs_peningkatan"]
    budget["model_provinsi"]["gain_per_dobel"].update(estimasi=2.0, ci_bawah=1.0, ci_atas=3.0, cukup_data=True)
    own = budget["model"]["gain_per_dobel"]
    own.update(estimasi=None, ci_bawah=None, ci_atas=None, cukup_data=False, alasan="kegiatan_kurang") if province \
        else own.update(estimasi=2.5, ci_bawah=1.5, ci_atas=3.5, cukup_data=True)
    drawn: list[bool] = []
    real = figures.budget_scatter

    def scatter(activities, lang, per_doubling=None, province=False):
        drawn.append(province)
        return real(activities, lang, per_doubling, province)

    monkeypatch.setattr(figures, "budget_scatter", scatter)
    section = html.unescape(re.sub(r"<[^>]+>", " ", results.budget(replace(ctx, hasil=hasil))))
    assert drawn == [province]
    assert CAPTION[(lang, province)] in " ".join(section.split()), section
    assert ("tanpa garis" not in section and "no line" not in section) if province else True
