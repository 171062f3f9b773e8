"""The words name the gain measure the comparison of dinas used (issue 22; reader review 2, item 2): with the
mixed model fitted, its estimate is named as such; without it (too few dinas, hasil.json `pooling.metode`
"tanpa_pooling") no label, caption, legend, note or method sentence of the province or a dinas report, id or en,
names the mixed model or claims an adjustment that did not happen. The session's small sample (five dinas) is
fitted; its fallback is the same results with the pooling that analysis.pooling writes without a model."""

from __future__ import annotations

import html as html_lib
import re
import shutil
from dataclasses import replace
from typing import Any, cast

import lxml.html
import pytest

from evalasn.analysis import model, pooling, results
from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, sections
from evalasn.report.context import Context
from evalasn.report.formats.index import index_page
from evalasn.report.words import gain_measure, narrative

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

MODEL_WORDS = re.compile(r"model campuran|mixed[- ]model", re.IGNORECASE)
# an adjustment claimed: in the parts that show the gain (the ANCOVA's and the budget model's, which ran, are
# elsewhere: BAB III and IV)
ADJUSTED_WORDS = re.compile(r"disesuaikan|\badjusted\b", re.IGNORECASE)
# the whole report, as notebooks/03_laporan.py shows it
CHAPTERS = ("cover", "foreword", "front_matter", "summary", "method", "implementation", "kirkpatrick", "budget",
            "challenges", "communication", "position", "limitations", "conclusion", "follow_up", "closing", "annex")


def _text(fragment: str) -> str:
    """What a reader reads of an HTML fragment (the alt text and captions included, the tags not)."""
    alts = " ".join(re.findall(r'alt="([^"]*)"', fragment))
    text = html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment) + " " + alts).replace("\u2060", "")
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _gain_parts(ctx: Context) -> str:
    """The parts of a report that show the gain of the comparison of dinas: BAB VII, the summary's key figures,
    the methods and the glossary, the learning sentence of BAB III."""
    # BAB I's level-2 method (the ANCOVA, which ran: "nilai akhir yang disesuaikan dengan nilai awal") left out
    method = _text(sections.method(ctx)).replace(ctx.t("m_l2"), "")
    return _text(" ".join([sections.position(ctx), sections.summary(ctx), comparison.key_figure_table(ctx),
                           narrative.learning(ctx.hasil, ctx.lang)])) + " " + method


def _without_model(ctx: Context, province: Context) -> Context:
    """``ctx`` with the pooling analysis.pooling writes when it fits no model (each dinas's participants' mean,
    ranked with its clustered interval), as analysis.model hands it to every file."""
    fitted = province.hasil["pooling"]
    fallback = pooling._unpooled({row["dinas"]: row["mentah"] for row in fitted["per_dinas"]})
    by_dinas = {row["dinas"]: row for row in fallback["per_dinas"]}
    hasil = cast(dict[str, Any], dict(ctx.hasil))
    slug = hasil["cakupan"]["slug"]
    hasil["pooling"] = model._pooling_for(fallback, slug)
    if slug == PROVINCE_SLUG:
        hasil["perbandingan_dinas"] = [
            {**row, "gain_pooled": by_dinas[row["dinas"]]["pooled"] if row["dinas"] in by_dinas else None,
             **{key: by_dinas[row["dinas"]][key] if row["dinas"] in by_dinas else None
                for key in ("peringkat", "peringkat_bawah", "peringkat_atas")}}
            for row in hasil["perbandingan_dinas"]]
        if hasil.get("perhatian"):
            hasil["perhatian"] = {**hasil["perhatian"], "gain_di_bawah_rata": [], "metode_gain": fallback["metode"]}
    elif hasil.get("perbandingan_provinsi") and hasil["perbandingan_provinsi"].get("perhatian"):
        against = hasil["perbandingan_provinsi"]
        hasil["perbandingan_provinsi"] = {**against, "perhatian": {**against["perhatian"], "gain_rendah": False}}
    return replace(ctx, hasil=cast(Hasil, hasil))


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_with_the_model_the_reports_name_it(contexts, slug, lang):
    ctx = contexts[slug, lang]
    assert gain_measure.fitted(ctx.hasil["pooling"]), "the five-dinas sample fits the mixed model"
    shown = _gain_parts(ctx)
    assert MODEL_WORDS.search(shown) and ADJUSTED_WORDS.search(shown), slug
    if slug != PROVINCE_SLUG:
        gain = facts.by_key(ctx)["gain"]
        assert gain.adjusted and gain.value == ctx.hasil["pooling"]["dinas_ini"]["pooled"]


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_the_model_no_report_text_names_it(contexts, slug, lang):
    ctx = _without_model(contexts[slug, lang], contexts[PROVINCE_SLUG, lang])
    assert not gain_measure.fitted(ctx.hasil["pooling"])
    whole = _text(" ".join(getattr(sections, chapter)(ctx) for chapter in CHAPTERS))
    assert not MODEL_WORDS.search(whole), MODEL_WORDS.findall(whole)
    shown = _gain_parts(ctx)
    assert not ADJUSTED_WORDS.search(shown), [shown[max(m.start() - 80, 0):m.end() + 40]
                                              for m in ADJUSTED_WORDS.finditer(shown)]
    # what was used instead is said: the participants' mean, and why there is no model
    why = gain_measure.why_no_model(ctx.hasil["pooling"], lang)
    assert why in shown and ("rata-rata peserta" if lang == "id" else "participants' mean") in shown
    if slug == PROVINCE_SLUG:
        assert gain_measure.header("gain_pooled", ctx.hasil["pooling"], lang) in shown
        return
    gain = facts.by_key(ctx)["gain"]
    mine = ctx.hasil["pooling"]["dinas_ini"]
    assert mine is not None and not gain.adjusted and gain.raw is None
    assert gain.value == ctx.hasil["level2_pembelajaran"]["keseluruhan"]
    assert gain.name(lang) == facts.label("gain_raw", lang)
    assert gain.definition(lang) == facts.t("fact_def_gain_mean", lang)
    # ranked as the province ranks the participants' means
    assert gain.rank is not None and gain.rank["peringkat"] == mine["peringkat"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_the_model_the_index_shows_the_participants_mean_alone(pipeline_root, tmp_path, lang):
    """The index names the measure too: without the model one gain column, the participants' mean with its
    interval and rank, and no adjusted column or note."""
    root = tmp_path / "proyek"
    shutil.copytree(pipeline_root, root, ignore=shutil.ignore_patterns("*.pdf", "*.docx", "*.xlsx", "*.html"))
    paths = project(root)
    province = sections.load_context(PROVINCE_SLUG, lang, paths)
    for folder in (p for p in paths.reports.iterdir() if p.is_dir()):
        for year in paths.hasil_years(folder.name):
            path = paths.hasil(folder.name, year)
            ctx = replace(province, hasil=results.read(path))
            results.write(path, _without_model(ctx, province).hasil)
    document = lxml.html.fromstring(index_page(paths, lang)[0])
    page = _text(lxml.html.tostring(document.xpath("//main")[0], encoding="unicode"))
    assert not MODEL_WORDS.search(page) and not ADJUSTED_WORDS.search(page), page[:400]
    heads = [_text(lxml.html.tostring(th, encoding="unicode")).strip()
             for th in document.xpath('//table[contains(@class, "index-table")]//th')]
    assert facts.label("gain_raw", lang) in heads and facts.label("gain_adjusted", lang) not in heads
    health = sections.load_context("kesehatan", lang, paths)
    mean = facts.show_value("gain", health.hasil["level2_pembelajaran"]["keseluruhan"], lang)
    rank = facts.rank_text(facts.by_key(health)["gain"].rank, lang)
    assert _text(mean).strip() in page and _text(rank).strip() in page, (mean, rank)


def _dinas_row(slug: str, gain: float, rank: int, low: int, high: int) -> dict:
    """A row of the province's table of dinas (`perbandingan_dinas`), as far as the gain's rank goes."""
    return {"dinas": slug, "gain_pooled": {"n": 500, "estimasi": gain, "ci_bawah": gain - 0.4, "ci_atas": gain + 0.4,
                                           "cukup_data": True},
            "peringkat": rank, "peringkat_bawah": low, "peringkat_atas": high}


@pytest.mark.parametrize("rows, says", [
    ([_dinas_row("satpol-pp", 6.38, 20, 19, 21), _dinas_row("kesehatan", 6.352, 21, 20, 21)],
     ["2 dinas sama-sama 6,4 poin", "Satpol PP 6,38 (peringkat 20); Kesehatan 6,35 (peringkat 21)", "tumpang tindih"]),
    ([_dinas_row("satpol-pp", 6.381, 1, 1, 1), _dinas_row("kesehatan", 6.379, 2, 2, 2)],
     ["6,381 (peringkat 1)", "6,379 (peringkat 2)", "mengikuti angka yang lebih rinci itu."]),
    ([_dinas_row("satpol-pp", 6.38, 20, 19, 21), _dinas_row("kesehatan", 6.38, 20, 19, 21)], []),
    ([_dinas_row("satpol-pp", 6.48, 20, 19, 21), _dinas_row("kesehatan", 6.352, 21, 20, 21)], []),
], ids=["same-rounding-overlapping", "apart-three-decimals", "same-rank", "different-rounding"])
def test_gains_that_read_the_same_but_rank_apart_are_explained(rows, says):
    """Reader review 2, item 19: Satpol PP (rank 20) and Kesehatan (rank 21) both read '6,4' with no reason for
    their order; the table's note gives the finer figures and whether the rank intervals overlap (the cells keep
    the one rounding every report uses)."""
    note = facts.tied_note(rows, "id")
    assert all(part in note for part in says) and bool(note) == bool(says), note
    assert ("tumpang tindih" in note) == any("tumpang tindih" in part for part in says)
