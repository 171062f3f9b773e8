"""The province's budget realisation carries its basis wherever it is given (reader review 3, item 13): when some
dinas sent no anggaran rows, the summary, 2.3 (under the table of pagu and realisasi) and 5.2 say "82,5%, atas 6
dinas; tanpa data anggaran: Kebudayaan" from one function over one record (`perbandingan_dinas`)."""

from __future__ import annotations

import copy
import html as html_escape

import pytest

from evalasn.analysis import results as analysis_results
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import front, results, sections
from evalasn.report.words import coverage, fmt


def _without_budget(ctx, slugs: tuple[str, ...]):
    """The province ``ctx`` with ``slugs`` (dinas of its comparison) sending no anggaran rows this year."""
    hasil = copy.deepcopy(ctx.hasil)
    for row in hasil["perbandingan_dinas"]:
        if row["dinas"] in slugs:
            row["persen_realisasi"] = None
    return type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)


def _places(ctx) -> dict[str, str]:
    return {"ringkasan": "".join(front.province_first_page(ctx)), "2.3": sections.implementation(ctx),
            "5.2": results.challenges(ctx)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_realisation_says_its_basis_in_the_summary_and_in_2_3_and_5_2(contexts, lang):
    ctx = contexts[(PROVINCE_SLUG, lang)]
    missing = tuple(row["dinas"] for row in ctx.hasil["perbandingan_dinas"][:2])
    ctx = _without_budget(ctx, missing)
    basis = coverage.budget_basis(ctx.hasil, lang)
    assert basis  # ', atas N dinas; tanpa data anggaran: A, B'
    spent = analysis_results.realisation_in_year(ctx.hasil)
    assert spent is not None
    percent = fmt.percent(spent["persen_realisasi"], 1, lang)
    places = _places(ctx)
    for place in ("ringkasan", "2.3"):  # as the summary says it: the figure, then its basis
        assert html_escape.escape(percent + basis, quote=False) in places[place], place
    # 5.2: the figure with pagu and realisasi, then the same basis, in one sentence
    sentence = next(p for p in places["5.2"].split("<p>") if percent in p)
    assert sentence.index(percent) < sentence.index(html_escape.escape(basis, quote=False)), sentence


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_dinas_with_a_budget_adds_nothing(contexts, lang):
    ctx = contexts[(PROVINCE_SLUG, lang)]
    assert all(row["persen_realisasi"] is not None for row in ctx.hasil["perbandingan_dinas"])
    assert coverage.budget_basis(ctx.hasil, lang) == ""
    for text in _places(ctx).values():
        assert "tanpa data anggaran" not in text and "no budget data" not in text


def test_a_dinas_report_has_no_basis(contexts):
    ctx = contexts[("kesehatan", "id")]
    assert coverage.budget_basis(ctx.hasil, "id") == ""
