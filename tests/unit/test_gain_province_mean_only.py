"""A dinas whose own data carry no weight in the mixed model's figure (tau2 = 0 at the REML boundary, or its weight
below constants.POOLING_MIN_OWN_WEIGHT) is told so, with its own mean and interval, and is given no place in the
ranking (CHECK15 E15-7, set H: every dinas's Tabel 1 "4,4 (3,4–5,3)", the province's figure and interval, with no word
that it is not the dinas's; BAB VII "peringkat 1 dari 5" beside Tabel 1's "tidak dapat dibedakan"; the province
workbook "Peringkat 1" for all five)."""

from __future__ import annotations

import copy
import dataclasses
import html
from typing import Any, cast

import pytest

from evalasn import constants
from evalasn.analysis.contract.budget import own_data_weighed
from evalasn.paths import project
from evalasn.report.chapters import comparison, sections
from evalasn.report.formats import workbook
from evalasn.report.words import phrases
from evalasn.report.words.text import t


@pytest.mark.parametrize(("weight", "own"), [
    pytest.param(0.0, False, id="boundary-weight-0"),
    pytest.param(constants.POOLING_MIN_OWN_WEIGHT / 2, False, id="below-floor"),
    pytest.param(constants.POOLING_MIN_OWN_WEIGHT, True, id="at-floor"),
    pytest.param(0.9, True, id="usual"),
    pytest.param(None, True, id="no-pooling-own-mean"),
])
def test_the_one_rule_of_a_weightless_figure(weight, own):
    assert own_data_weighed({"estimasi": 4.35, "bobot_data_sendiri": weight}) is own


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_rank_that_spans_every_place_is_not_a_place(lang):
    tied = [{"dinas": d, "peringkat": 1, "peringkat_bawah": 1, "peringkat_atas": 5} for d in "abcde"]
    rows = workbook._ranks_apart(tied, [dict(r) for r in tied], lang)
    assert {row["peringkat"] for row in rows} == {t("rank_apart_cell", lang)}  # old: 1 for all five
    assert all(row["peringkat_bawah"] == 1 and row["peringkat_atas"] == 5 for row in rows)
    apart = [{"dinas": d, "peringkat": k + 1, "peringkat_bawah": k + 1, "peringkat_atas": min(k + 2, 5)}
             for k, d in enumerate("abcde")]
    assert [row["peringkat"] for row in workbook._ranks_apart(apart, [dict(r) for r in apart], lang)] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_rank_range_of_every_place_gives_no_place_in_chapter_seven(lang):
    """Inline: a mixed model with tau2 > 0 whose rank range still spans every place (REVIEW7 R7-17's rule)."""
    from evalasn.report.context import Context

    pooled = {"n": 56, "estimasi": 4.3, "ci_bawah": 2.0, "ci_atas": 6.6, "cukup_data": True, "bobot_data_sendiri": 0.6}
    mine = {"dinas": "sosial", "pooled": pooled, "peringkat": 2, "peringkat_bawah": 1, "peringkat_atas": 5}
    hasil: Any = {"cakupan": {"slug": "sosial", "nama": "Dinas Sosial"},
                  "pooling": {"metode": "mixedlm", "jumlah_dinas": 5, "dinas_ini": mine}}
    text = comparison.pooled_rank_sentence(Context(cast(Any, hasil), lang, None)) or ""
    assert ("peringkat 2 dari 5" if lang == "id" else "ranks 2 of 5") not in text, text  # old: a place
    assert t("pos_rank_apart", lang, a=1, b=5, n=5) in text, text


@pytest.fixture(scope="module")
def weightless(pipeline_root):
    """The sample's Kesehatan report at the boundary: tau2 = 0, its own-data weight 0, every rank 1 (1–G)."""
    out = {}
    for lang in ("id", "en"):
        ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
        hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
        pooling = hasil["pooling"]
        mine, mean = pooling["dinas_ini"], pooling["rata_provinsi"]
        pooling["metode"] = "mixedlm_batas"
        mine["pooled"] = {**mean, "n": mine["pooled"]["n"], "bobot_data_sendiri": 0.0}
        mine.update(peringkat=1, peringkat_bawah=1, peringkat_atas=pooling["jumlah_dinas"])
        out[lang] = dataclasses.replace(ctx, hasil=cast(Any, hasil))
    return out


def _plain(text: str | None) -> str:
    return html.unescape(text or "").replace("\u2060", "")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_chapter_seven_says_the_figure_is_the_province_mean_and_gives_no_place(weightless, lang):
    ctx = weightless[lang]
    sentence = _plain(comparison.pooled_rank_sentence(ctx))
    n = ctx.hasil["pooling"]["jumlah_dinas"]
    assert ("peringkat 1 dari" if lang == "id" else "ranks 1 of") not in sentence, sentence  # old: R7-17's place
    assert t("gain_weightless_boundary", lang) in sentence and f"1–{n}" in sentence
    own = ctx.hasil["level2_pembelajaran"]["keseluruhan"]
    assert _plain(phrases.ci(own, lang)) in sentence  # the dinas's own interval


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_key_figure_note_names_the_dinas_own_mean_and_interval(weightless, lang):
    note = _plain(comparison.gain_note(weightless[lang]))
    own = weightless[lang].hasil["level2_pembelajaran"]["keseluruhan"]
    assert t("gain_weightless_boundary", lang) in note, note  # old: only "drawn towards the province mean"
    assert _plain(phrases.ci(own, lang)) in note and _plain(phrases.estimate(own, lang)) in note
