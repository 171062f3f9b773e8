"""A panel or a figure without data says why in words, with no axis of its own (REVIEW6b 5: empty trend panels whose
y ticks read '1 1 1 0 0 0', an empty frame for the province's gain by dinas)."""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import cast

import pytest

from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.report.chapters import comparison, sections
from evalasn.report.charts import trend

KEYS = comparison.KEYS


def _missing(n: int, why: str) -> dict:
    return {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "alasan": why}


def _years():
    """Set B's Kebudayaan: coverage and IKM known, no gain, no budget and no cost per point in either year."""
    def known(value: float) -> dict:
        return {"n": 20, "estimasi": value, "ci_bawah": value - 0.1, "ci_atas": value + 0.1, "cukup_data": True}
    return [{"tahun": 2024, "cakupan_asn": _missing(0, "tanpa_data"), "jp_20": _missing(0, "tanpa_data"),
             "gain": _missing(0, "tanpa_data"), "ikm": {**known(76.4), "kategori": "C"}, "persen_realisasi": None,
             "biaya_per_poin": _missing(0, "tanpa_data")},
            {"tahun": 2025, "cakupan_asn": known(0.35), "jp_20": known(0.0), "gain": _missing(7, "peserta_kurang"),
             "ikm": {**known(75.8), "kategori": "C"}, "persen_realisasi": None,
             "biaya_per_poin": _missing(1, "kegiatan_kurang")}]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_trend_panel_without_a_value_says_why_and_draws_no_axis(lang):
    years = _years()
    names = {key: comparison.trend_label(key, lang) for key in KEYS}
    missing = {key: comparison.trend_reasons(years, key, lang) for key in KEYS}
    budget = (trend.TargetLine({2024: 95.0, 2025: 95.0}),)
    grid = trend.small_multiples(cast(list, years), KEYS, names, {"persen_realisasi": budget}, ("cakupan_asn", "jp_20"),
                                 lang, missing=missing)
    grid.canvas.draw()
    panels = dict(zip(KEYS, grid.axes, strict=True))
    for key in ("gain", "persen_realisasi", "biaya_per_poin"):
        ax = panels[key]
        assert not ax.has_data() and not ax.lines, key  # no target line alone in an empty panel
        assert [tick.get_text() for tick in ax.get_yticklabels() if tick.get_text()] == [], key
        said = " ".join(" ".join(text.get_text().split()) for text in ax.texts)
        assert said.startswith("belum dapat dihitung" if lang == "id" else "cannot be computed"), key
        assert " ".join(missing[key].split()) in said, key
        renderer = grid.canvas.get_renderer()
        for text in ax.texts:  # the words stay inside their panel
            box, frame = text.get_window_extent(renderer), ax.bbox
            assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1, key
    assert "2024: " in missing["gain"] and ("hanya 7 peserta" if lang == "id" else "only 7 participants") \
        in missing["gain"]  # each year's reason when they differ, with its n
    for key in ("cakupan_asn", "ikm"):
        labels = [tick.get_text() for tick in panels[key].get_yticklabels() if tick.get_text()]
        assert len(labels) >= 2 and len(set(labels)) == len(labels), (key, labels)  # no '1 1 1 0 0 0'


def test_a_narrow_panel_gets_the_decimals_its_ticks_need():
    years = [{"tahun": 2024, **{key: 0.4 for key in KEYS}}, {"tahun": 2025, **{key: 0.6 for key in KEYS}}]
    from unittest import mock

    with mock.patch.object(trend.results, "key_figure", lambda row, key: row[key]):
        grid = trend.small_multiples(cast(list, years), KEYS, {key: key for key in KEYS}, {}, (), "id")
    grid.canvas.draw()
    labels = [tick.get_text() for tick in grid.axes[0].get_yticklabels() if tick.get_text()]
    assert len(set(labels)) == len(labels) >= 2, labels


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_draws_no_empty_frame_for_the_gain_by_dinas(pipeline_root, lang):
    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    drawn = sections.position(ctx)
    assert 'class="figure"' in drawn or "<figure" in drawn
    hasil = copy.deepcopy(cast(dict, ctx.hasil))
    for row in hasil["pooling"]["per_dinas"]:
        row["pooled"] = _missing(3, "peserta_kurang")
        row["mentah"] = _missing(3, "peserta_kurang")
    html_text = sections.position(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)))
    before = drawn.count("<figure")
    assert html_text.count("<figure") == before - 1
    count = len(hasil["pooling"]["per_dinas"])
    said = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html_text))
    expected = (f"tidak satu pun dari {count} dinas punya cukup data ({3 * count} peserta" if lang == "id"
                else f"none of the {count} agencies has enough data ({3 * count} participants")
    assert expected in said
