"""One record per key figure (report.facts, issue 22.1): every scope, both languages, each key figure in
the summary equals the same figure in BAB VII, in the province report's table of dinas and in the index,
rounded the same way; one gain measure (the mixed model's, with the raw mean beside it)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import lxml.html
import pytest

from evalasn import constants
from evalasn.analysis import key_figures, results
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG, official_name
from evalasn.report import facts
from evalasn.report.chapters import comparison, fact_targets, ikm_units, key_findings, sections, year_difference
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.formats.index import index_page
from evalasn.report.words import names
from evalasn.report.words.units import unit_name

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures


def _text(node) -> str:
    """A cell's text as a reader sees it: no-break spaces and word joiners are layout, not content."""
    text = html_lib.unescape(node.text_content()).replace("\u00a0", " ").replace("\u2060", "")
    return re.sub(r"\s+", " ", text).strip()


def _cells(fragment: str) -> list[list[str]]:
    """Every table body row of an HTML fragment, as its cells' texts."""
    doc = lxml.html.fromstring(f"<div>{fragment}</div>")
    return [[_text(cell) for cell in row.xpath("./td|./th")] for row in doc.xpath("//tr[td]")]


def _rows(fragment: str, column: int = 0) -> dict[str, list[str]]:
    """Every table row of an HTML fragment by the text of one of its cells (the first by default)."""
    rows: dict[str, list[str]] = {}
    for cells in _cells(fragment):
        if len(cells) > column:
            rows.setdefault(cells[column], cells)
    return rows


INDEX_LEAD = 3  # the index's columns before the key figures: dinas, its reports' links (REVIEW7 R7-2), year


def _index_page(paths, lang: str) -> tuple[dict[str, list[str]], dict[str, str], lxml.html.HtmlElement]:
    """The index's first table by scope name and the reasons under it by their marks."""
    page = lxml.html.fromstring(index_page(paths, lang)[0])
    table = page.xpath('//table[contains(@class, "index-table")]')[0]
    heads = [_text(th) for th in table.xpath(".//thead//th")]
    assert heads[INDEX_LEAD - 1] == facts.label("tahun", lang), heads  # the key figures start after the year
    rows = {cells[0]: cells for cells in ([_text(td) for td in tr.xpath("./td")] for tr in table.xpath(".//tbody/tr"))}
    notes = table.getparent().getnext()
    reasons = {sup.text: _plain(sup.tail).strip(";. ") for sup in notes.xpath("./sup")} \
        if notes is not None and "why" in (notes.get("class") or "") else {}
    return rows, reasons, page


def _index_expected(fact: facts.Fact, column: facts.Column, lang: str) -> tuple[str, str | None]:
    """('show', text) or ('why', reason or None when any reason will do) of a record in an index column."""
    if column.key == "gain" and not column.raw:
        if not fact.adjusted:
            return "why", None
        return "show", facts.show_value("gain", fact.value, lang)
    figure = fact.raw if column.raw and fact.adjusted else fact.value
    if facts.as_target_unit(column.key, figure) is None:
        return "why", facts.why_missing(column.key, figure, lang)
    # the raw mean as a number; every other figure as the province's table of dinas (an IKM with its range)
    return "show", (facts.short_value if column.raw else facts.table_value)(column.key, figure, lang)


def _check_index_cell(cell: str, expected: tuple[str, str | None], reasons: dict[str, str], where) -> None:
    kind, text = expected
    if kind == "show":
        assert cell == _plain(text or ""), where
        return
    mark = re.fullmatch(r"–([a-z]+)", cell)  # a missing figure: a dash with the mark of its reason under the table
    assert mark and mark[1] in reasons, (where, cell)
    assert text is None or reasons[mark[1]] == _plain(text), (where, reasons[mark[1]])


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u2060", "")).strip()


def _dashed(cells: list[str], lang: str) -> list[str]:
    """A table row's cells with every range written with a dash, as one cell prints it alone: the trend table writes
    all its ranges in words when one end is below zero (html.one_range_style), as its change column's often are."""
    return [cell.replace(f" {facts.label('ik_to', lang)} ", "–") for cell in cells]


@pytest.fixture(scope="module")
def scopes(pipeline_root) -> list[str]:
    paths = project(pipeline_root)
    return sorted(p.name for p in paths.reports.iterdir() if p.is_dir() and paths.hasil_years(p.name))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_key_figure_reads_the_same_in_summary_chapter_province_table_and_index(pipeline_root, scopes, lang):
    paths = project(pipeline_root)
    index, index_reasons, _ = _index_page(paths, lang)
    province = sections.load_context(PROVINCE_SLUG, lang, paths)
    province_rows = {row["dinas"]: row for row in province.hasil["perbandingan_dinas"]}
    province_table = _rows(sections.position(province), column=1)  # rank, dinas, ...
    compared = 0
    gained_any = False
    assert len(scopes) > 3 and PROVINCE_SLUG in scopes
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        records = fact_targets.of(ctx)
        assert [f.key for f in records] == list(key_figures.KEYS)
        summary, chapter = _rows(sections.summary(ctx)), _rows(comparison.key_figure_table(ctx))
        for fact in records:
            name, shown = _plain(fact.name(lang)), _plain(fact.cell(lang, with_n=True))
            assert summary[name][1] == shown == chapter[name][1], (slug, fact.key)
            assert summary[name][-1] == chapter[name][-1] == _plain(fact.status(lang, cell=True)), (slug, fact.key)
            assert summary[name][2] == _plain(fact.last_year_cell(lang)) != "–", (slug, fact.key)
            if slug != PROVINCE_SLUG:  # the rank with its interval: the summary as BAB VII
                assert summary[name][4] == chapter[name][3] == _plain(fact.rank_cell(lang)) != "–", (slug, fact.key)
        # one name per gain measure: the key figures' is the adjusted one where it is adjusted; the trend gives that
        # measure every year, this year's and last year's as the key figures do, the participants' mean below it
        # (REVIEW5 D14: the trend showed only the mean, 3,8 for 2024 beside Tabel 1's 4,8)
        gain_fact = fact_targets.by_key(ctx)["gain"]
        trend = _rows(comparison.trend_table(ctx))
        if gain_fact.adjusted:
            adjusted_name = _plain(facts.label("gain_adjusted", lang))
            assert _plain(gain_fact.name(lang)) == adjusted_name and adjusted_name in trend, slug
            # the year columns by their place (the change from last year follows them, LOOK28 Z-1)
            this_year = len(ctx.hasil["tren"])
            by_year = _dashed(trend[adjusted_name], lang)
            assert by_year[this_year] == _plain(facts.show_value("gain", gain_fact.value, lang)), slug
            if facts.as_target_unit("gain", gain_fact.last_year) is not None:
                assert by_year[this_year - 1] == _plain(facts.show_value("gain", gain_fact.last_year, lang)), slug
            gained_any = True
        assert _plain(facts.label("gain_raw", lang)) in trend, slug
        # in English the agency's English name with its official Indonesian one, which the reader can check
        # (the full English name: the running text's may be its short form, names.running_text_name)
        row = index[names.with_official(slug, names.scope_name(slug, ctx.hasil["cakupan"]["nama"], lang))]
        assert official_name(slug) in row[0], slug
        by_key = fact_targets.by_key(ctx)
        gain = by_key["gain"]
        # one index column per registered key figure (and the gain's raw mean beside it, then its rank), as the
        # records show them: the adjusted gain with its interval; a missing figure with the mark of its reason
        columns = facts.columns()
        assert len(columns) == len(key_figures.KEYS) + len(facts.RAW_BESIDE)
        cells = iter(row[INDEX_LEAD:])
        for column in columns:
            _check_index_cell(next(cells), _index_expected(by_key[column.key], column, lang), index_reasons,
                              (slug, column))
            if column.key == "gain" and column.raw:
                _check_index_cell(next(cells), ("show", facts.rank_text(gain.rank, lang)) if gain.rank else
                                  ("why", facts.t("index_rank_province", lang) if slug == PROVINCE_SLUG else None),
                                  index_reasons, (slug, "rank"))
        if slug == PROVINCE_SLUG:  # the province's mixed-model mean, which every dinas compares itself with
            _check_index_cell(row[INDEX_LEAD + [c.key for c in columns].index("gain")],
                              ("show", facts.show_value("gain", province.hasil["pooling"]["rata_provinsi"], lang)),
                              index_reasons, slug)
        if slug == PROVINCE_SLUG or slug not in province_rows:
            continue
        # the province's table of dinas shows the dinas's own records (every registered figure), with the same rank
        listed = province_table[_plain(names.short_name_in(slug, lang))]
        # (with the model the gain adjusted, the participants' mean beside it, as in the index: REVIEW6 R6-8)
        assert len(listed) == 2 + len(columns), slug
        for column, text in zip(columns, listed[2:], strict=True):
            if column.raw and gain.adjusted:  # the dinas's own participants' mean, as its Tabel 1 prints it
                assert text == _plain(facts.short_value("gain", gain.raw, lang)), slug
            elif column.key != "gain" and by_key[column.key].has_value:
                assert text.startswith(_plain(facts.short_value(column.key, by_key[column.key].value, lang))), \
                    (slug, column.key)
        listed_gain = province_rows[slug]["gain_pooled"]
        if listed_gain is not None and listed_gain["cukup_data"]:
            assert _plain(facts.show_value("gain", gain.value, lang)) in listed, slug
            assert gain.rank is not None and gain.rank["peringkat"] == province_rows[slug]["peringkat"], slug
            compared += 1
    assert compared >= 3  # dinas whose gain the province table shows beside their own report's
    assert gained_any


def test_a_dinas_gain_is_the_mixed_models_with_the_raw_mean_beside_it(pipeline_root, scopes):
    paths = project(pipeline_root)
    ctx = next(ctx for ctx in (sections.load_context(slug, "id", paths) for slug in scopes if slug != PROVINCE_SLUG)
               if ctx.hasil["pooling"].get("dinas_ini"))
    gain = facts.by_key(ctx)["gain"]
    mine = ctx.hasil["pooling"]["dinas_ini"]
    assert mine is not None
    assert gain.value == mine["pooled"] and gain.raw == ctx.hasil["level2_pembelajaran"]["keseluruhan"]
    assert gain.rank == {"peringkat": mine["peringkat"], "peringkat_terbaik": mine["peringkat_bawah"],
                         "peringkat_terburuk": mine["peringkat_atas"], "dari": ctx.hasil["pooling"]["jumlah_dinas"]}
    assert "rata-rata peserta" in gain.cell("id") and "model campuran" in comparison.key_figure_table(ctx)
    province = sections.load_context(PROVINCE_SLUG, "id", paths)
    # the province's gain is the same model's province mean, its participants' mean beside it (REVIEW6 R6-8)
    own = facts.by_key(province)["gain"]
    assert own.value == province.hasil["pooling"]["rata_provinsi"] and own.adjusted
    assert own.raw == province.hasil["level2_pembelajaran"]["keseluruhan"] and own.rank is None


def test_the_attention_list_does_not_contradict_the_gain_beside_it(pipeline_root, scopes):
    """'Perlu perhatian: kenaikan nilai di bawah rata-rata provinsi' stands beside a gain that is below it."""
    paths = project(pipeline_root)
    checked = 0
    for slug in scopes:
        ctx = sections.load_context(slug, "id", paths)
        against = ctx.hasil.get("perbandingan_provinsi")
        listing = against["perhatian"] if against else None
        gain = facts.by_key(ctx)["gain"]
        if listing and gain.adjusted:  # the status says what the list says (reader review 3, item 6)
            assert (gain.status("id") == "di bawah rata-rata provinsi") is listing["gain_rendah"], slug
            assert "tercapai" not in gain.status("id") or "belum" in gain.status("id"), slug
        if listing and listing["gain_rendah"] and gain.has_value and gain.province is not None:
            province_mean = gain.province["estimasi"] if isinstance(gain.province, dict) else gain.province
            assert gain.value["estimasi"] < province_mean, slug
            checked += 1
    if not checked:
        pytest.skip("no dinas of the small sample is listed for a low gain")


def test_a_record_is_built_once_per_context(pipeline_root):
    ctx = sections.load_context("kesehatan", "id", project(pipeline_root))
    assert facts.of(ctx) is facts.of(ctx)
    english = sections.load_context("kesehatan", "en", project(pipeline_root))
    assert facts.of(english) is not facts.of(ctx)


@pytest.mark.parametrize("lang, sheet", [("id", "Angka Kunci"), ("en", "Key figures")])
def test_the_workbook_has_the_key_figures_as_the_tables_show_them(pipeline_root, lang, sheet):
    import datetime as dt
    import io

    import openpyxl

    from evalasn.report.formats import workbook

    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    records = facts.of(ctx)
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(dict(ctx.hasil), lang, dt.datetime(2026, 1, 5),
                                                            key_facts=records)))
    contents = workbook.CONTENTS["sheet"][0 if lang == "id" else 1]
    assert book.sheetnames[:3] == [contents, workbook.label("tentang", lang), sheet]
    rows = list(book[sheet].iter_rows(values_only=True))
    header = [str(cell) for cell in rows[0]]
    assert not [h for h in header if "_" in h] and str(ctx.hasil["tahun"]) in header[2]  # words, not JSON keys
    assert book[sheet].freeze_panes == "B2"
    assert [row[0] for row in rows[1:]] == [fact.name(lang) for fact in records]
    status, why = header.index(workbook.label("status", lang)), header.index(workbook.label("xf_alasan", lang))
    province = header.index(workbook.label("provinsi", lang))
    for row, fact in zip(rows[1:], records, strict=True):
        shown = facts.as_target_unit(fact.key, fact.value)
        assert row[2] == (pytest.approx(shown[0]) if shown else None), fact.key
        assert row[status] == fact.status(lang), fact.key
        beside = facts.as_target_unit(fact.key, fact.province)  # an adjusted gain's: the same model's province mean
        assert row[province] == (pytest.approx(beside[0]) if beside else None), fact.key
        if not fact.has_value:  # a reason in words where the value is missing
            assert row[why] and row[why].startswith(fact.reason(lang)), fact.key
        else:  # or where an earlier year's value is: '2023: ...'
            assert row[why] is None or row[why][:4].isdigit(), fact.key


@pytest.mark.parametrize("key", key_figures.KEYS, ids=str)
def test_every_registered_key_figure_has_its_words_in_both_languages_and_a_documented_field(key):
    from typing import get_type_hints

    from evalasn.analysis.contract.comparison import KeyFigures
    from evalasn.report.words.text import LABELS, TEXT

    for lang in ("id", "en"):
        assert LABELS[f"kf_{key}"][lang] and TEXT[f"kfs_{key}"][lang] and TEXT[f"fact_def_{key}"][lang]
    assert TEXT[f"fact_def_{key}"]["id"] != TEXT[f"fact_def_{key}"]["en"]
    assert key in get_type_hints(KeyFigures)


# the regulation's category table as printed (PermenPAN-RB 14/2017), written out: not read from the code under test
IKM_CUT_OFFS = (("A", 88.31), ("B", 76.61), ("C", 65.00), ("D", 25.00))


def _category_of_printed(text: str, lang: str) -> str:
    value = float(text.replace(".", "").replace(",", ".") if lang == "id" else text.replace(",", ""))
    return next(letter for letter, lower in IKM_CUT_OFFS if value >= lower)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_unit_ikm_reads_the_same_in_summary_service_chapter_and_limitations(pipeline_root, scopes, lang):
    """A unit's IKM and category: the same two decimals in the summary's finding, BAB VI's table and BAB VIII's
    list of uncertain categories, and each category range follows the interval's ends as printed."""
    from evalasn.report.chapters import limitations, results
    from evalasn.report.words import fmt

    paths = project(pipeline_root)
    rows_checked = named = listed = 0
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        period = ctx.hasil["komunikasi"]["periode"]
        units = [u for u in ctx.hasil["level4_hasil"]["ikm_unit"] if u["periode"] == period and u["cukup_data"]]
        if slug == PROVINCE_SLUG or not units:
            continue
        table = _rows(results.communication(ctx))
        summary = _plain(html_lib.unescape(lxml.html.fromstring(f"<div>{sections.summary(ctx)}</div>").text_content()))
        boundary = _plain(" ".join(limitations.boundary_items(ctx)))
        in_five = "ikm_cd" in {finding.kind for finding in key_findings.ranked(ctx)}
        poor = sorted((u for u in units if u["kategori"] in constants.POOR_IKM), key=lambda u: u["estimasi"] or 0.0)
        sure = [u for u in poor if _category_of_printed(fmt.ikm(u["ci_atas"], lang), lang) in constants.POOR_IKM]
        named_units = sure[:3] + [u for u in poor if u not in sure][:3]  # the summary names up to three of each
        for unit in units:
            value, low, high = (fmt.ikm(unit[k], lang) for k in ("estimasi", "ci_bawah", "ci_atas"))
            shown = unit_name(unit["unit_kerja"], lang)  # as the data write it, in English too
            if shown in table:
                row = table[shown]
                assert row[2:4] == [_plain(cell) for cell in results.unit_ikm_cells(unit, lang)], (slug, unit)
                assert row[2] == f"{value} ({low}–{high})", (slug, unit)
                letters = row[3].rstrip("*").replace("(", " ").replace(")", " ").replace("–", " ").split()
                assert letters[0] == _category_of_printed(value, lang), (slug, row)
                ends = (_category_of_printed(low, lang), _category_of_printed(high, lang))
                assert tuple(letters[1:]) == (ends if ends[0] != ends[1] or ends[0] != letters[0] else ()), \
                    (slug, row)
                rows_checked += 1
            # its IKM as printed, then its interval (key_findings.poor_service); a finding the five-finding cap leaves
            # out names its units after the five only when they are few (key_findings.left_over, R6-5)
            if unit in named_units and (in_five or len(poor) <= ikm_units.NAMED_AT_MOST):
                assert f"{shown} {value} (" in summary, (slug, unit)
                named += 1
            if limitations.crossing(unit) and f"{value} ({low}–{high})" in boundary:
                listed += 1
    assert rows_checked >= 5 and named >= 1 and listed >= 1, (rows_checked, named, listed)


def _adjusted_dinas(paths, scopes, lang: str = "id"):
    """A dinas report context whose gain is the mixed model's and whose last year was modelled too."""
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        mine = ctx.previous["pooling"].get("dinas_ini") if ctx.previous else None
        if slug != PROVINCE_SLUG and facts.by_key(ctx)["gain"].adjusted and mine and mine["pooled"]["cukup_data"]:
            return ctx
    raise AssertionError("no dinas with an adjusted gain this year and last year in the sample")


def test_last_years_gain_beside_this_years_is_last_years_adjusted_estimate(pipeline_root, scopes):
    """Like with like (issue 22.5): the key figures' last-year gain is last year's mixed model, not the raw mean."""
    import dataclasses

    ctx = _adjusted_dinas(project(pipeline_root), scopes)
    gain = facts.by_key(ctx)["gain"]
    last = ctx.previous["pooling"]["dinas_ini"]["pooled"]
    raw_last = facts.last_year(ctx.hasil, "gain")
    assert gain.last_year == last and gain.last_year_raw == raw_last and last["estimasi"] != raw_last["estimasi"]
    summary = _rows(sections.summary(ctx))[_plain(gain.name("id"))]
    assert summary[2] == _plain(f'{facts.show_value("gain", last, "id")}; rata-rata peserta '
                                f'{facts.show_value("gain", raw_last, "id", False)}')
    # without last year's results file, the trend's mixed-model gain of that year (the same fit) stands in, never
    # the raw mean (REVIEW5 D14)
    alone = next(f for f in facts.build(ctx.hasil, "id", previous=None) if f.key == "gain")
    assert alone.last_year is not None and alone.last_year["estimasi"] == pytest.approx(last["estimasi"])
    # the province's gain is adjusted this year and last, the participants' mean beside each (REVIEW6 R6-8)
    province_ctx = sections.load_context(PROVINCE_SLUG, "id", project(pipeline_root))
    province = facts.by_key(province_ctx)["gain"]
    assert province.adjusted and province.last_year == facts.trend_model(province_ctx.hasil["tren"], 2024)
    assert province.last_year_raw == facts.last_year(province_ctx.hasil, "gain")
    assert dataclasses.replace(gain, raw=None).name("id") == facts.label("gain_raw", "id")


def test_the_learning_chapter_names_the_participants_mean_and_gives_the_adjusted_one(pipeline_root, scopes):
    from evalasn.report.words import narrative, phrases

    ctx = _adjusted_dinas(project(pipeline_root), scopes)
    sentence = narrative.learning(ctx.hasil, "id")
    adjusted = facts.by_key(ctx)["gain"].value
    assert "Angka ini rata-rata peserta" in sentence
    assert f"disesuaikan (model campuran, seperti di Angka Kunci dan laporan provinsi) adalah " \
           f"{phrases.estimate(adjusted, 'id')} poin ({phrases.ci(adjusted, 'id')})" in sentence
    province = sections.load_context(PROVINCE_SLUG, "id", project(pipeline_root))
    mean: Any = province.hasil["pooling"]["rata_provinsi"]
    said = narrative.learning(province.hasil, "id")
    assert "Rata-rata provinsi yang disesuaikan (model campuran, seperti di Angka Kunci dan di laporan setiap dinas) " \
           f"adalah {phrases.estimate(mean, 'id')} poin ({phrases.ci(mean, 'id')})" in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_year_without_a_figure_says_why_in_the_trend(pipeline_root, lang):
    """IKM 2023 '–' (reader review 15): a year without a survey says so, in its cell 'tidak ada data' with a mark and
    the reason under the table (LOOK24 V2-5)."""
    import copy

    from evalasn.report.context import Context

    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    hasil = copy.deepcopy(ctx.hasil)
    hasil["tren"][0]["ikm"] = None
    table = comparison.trend_table(Context(hasil, lang, ctx.activities, config=ctx.config))
    cells = _rows(table)[_plain(facts.label("kf_ikm", lang))][1:len(hasil["tren"]) + 1]  # the years' cells
    assert cells[0] == _plain(facts.t("no_data", lang)) + "ᵃ" and "–" not in cells
    assert "ᵃ " + _plain(facts.why_missing("ikm", None, lang)) in _plain(table)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_missing_year_in_the_index_says_why(pipeline_root, lang):
    """'2023 –' for the IKM or the cost per point (reader review 15): each dash carries the mark of its reason,
    and the reasons under the years table are the ones each figure has."""
    paths = project(pipeline_root)
    _, _, page = _index_page(paths, lang)
    table = page.xpath('//table[contains(@class, "years-table")]')[0]
    notes = table.getparent().getnext()
    reasons = {sup.text: _plain(sup.tail).strip(";. ") for sup in notes.xpath("./sup")}
    dashes = 0
    for year in table.xpath(".//span[@class='yr'][not(ancestor::td[contains(@class, 'fu')])]"):
        text = _text(year)
        if "–" in text.split(" ", 1)[1] and "(" not in text:
            mark = re.fullmatch(r"\d{4} –([a-z]+)", text)
            assert mark and mark[1] in reasons, text
            dashes += 1
    expected = set()
    for slug in (p.name for p in paths.reports.iterdir() if p.is_dir() and paths.hasil_years(p.name)):
        for row in sections.load_context(slug, lang, paths).hasil.get("tren") or []:
            for key in key_figures.KEYS:
                figure = results.key_figure(row, key)
                if facts.as_target_unit(key, figure) is None:
                    expected.add(_plain(facts.why_missing(key, figure, lang)))
    assert expected and set(reasons.values()) == expected and dashes > 0  # the sample has years without a figure


def test_an_adjusted_gain_stands_beside_the_same_models_province_mean(pipeline_root, scopes):
    """BAB VII and the summary's Angka Kunci: beside a dinas's adjusted (mixed-model) gain the Province column
    shows the same model's province mean with its interval (`pooling.rata_provinsi`), the province participants'
    mean beside it as the dinas's participants' mean stands beside its gain; the other figures are unchanged."""
    paths = project(pipeline_root)
    province_hasil = sections.load_context(PROVINCE_SLUG, "id", paths).hasil
    checked = 0
    for slug in scopes:
        ctx = sections.load_context(slug, "id", paths)
        gain = facts.by_key(ctx)["gain"]
        if slug == PROVINCE_SLUG or not gain.adjusted:
            continue
        model_mean: Any = ctx.hasil["pooling"]["rata_provinsi"]
        assert model_mean == province_hasil["pooling"]["rata_provinsi"], slug  # one model, one province mean
        against: Any = ctx.hasil["perbandingan_provinsi"]
        raw_mean: Any = next(r["provinsi_rata_peserta"] for r in against["indikator"] if r["kunci"] == "gain")
        assert gain.province == model_mean and gain.province_raw == raw_mean, slug
        expected = _plain(facts.show_value("gain", model_mean, "id")
                          + facts.t("fact_raw_beside", "id", mentah=facts.show_value("gain", raw_mean, "id", False)))
        assert "(" in expected and model_mean["estimasi"] != raw_mean["estimasi"]  # with its interval; unlike values
        name = _plain(gain.name("id"))
        chapter, summary = _rows(comparison.key_figure_table(ctx)), _rows(sections.summary(ctx))
        assert chapter[name][2] == summary[name][3] == expected, slug
        assert _plain(facts.t("fact_gain_province", "id")) in _plain(comparison.key_figure_table(ctx))
        for fact in facts.of(ctx):  # raw figures beside raw figures, as before
            if fact.key != "gain":
                assert fact.province_raw is None and chapter[_plain(fact.name("id"))][2] == _plain(
                    facts.show_value(fact.key, fact.province, "id", False)), (slug, fact.key)
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_mean_every_dinas_compares_with_reads_the_same_in_the_province_report_and_index(
        pipeline_root, scopes, lang):
    """Reader review 3, item 4, REVIEW6 R6-8: each dinas sets its adjusted gain against the mixed model's province
    mean (`pooling.rata_provinsi`); the province's Angka Kunci, its BAB VII, its table of dinas (the Provinsi row) and
    the index's province row lead with that same figure, the province participants' mean beside it."""
    paths = project(pipeline_root)
    province = sections.load_context(PROVINCE_SLUG, lang, paths)
    model_mean: Any = province.hasil["pooling"]["rata_provinsi"]
    assert model_mean is not None and model_mean["cukup_data"]
    expected = _plain(facts.show_value("gain", model_mean, lang))
    gain = facts.by_key(province)["gain"]
    assert gain.value == model_mean and gain.adjusted  # the province's own gain is the model's, as every dinas's
    raw = _plain(facts.t("fact_raw_beside", lang, mentah=facts.show_value("gain", gain.raw, lang, False)))
    name = _plain(gain.name(lang))
    assert name == _plain(facts.label("gain_adjusted", lang))
    for table in (sections.summary(province), comparison.key_figure_table(province)):
        cell = _rows(table)[name][1]
        assert cell == _plain(expected + facts.basis("gain", model_mean, lang) + raw), cell  # its n (LOOK9 #3)
    listed = _rows(sections.position(province), column=1)[_plain(facts.label("provinsi", lang))]
    gain_column = 2 + [c.key for c in facts.columns(raw=False)].index("gain")
    assert listed[gain_column] == expected
    index, _, _ = _index_page(paths, lang)
    row = index[names.with_official(PROVINCE_SLUG, province.hasil["cakupan"]["nama"])]
    assert row[INDEX_LEAD + [c.key for c in facts.columns()].index("gain")] == expected
    compared = [facts.by_key(sections.load_context(slug, lang, paths))["gain"] for slug in scopes
                if slug != PROVINCE_SLUG]
    beside = {_plain(facts.show_value("gain", f.province, lang)) for f in compared if f.adjusted}
    assert beside == {expected}  # the figure every adjusted dinas prints in its Province column


GAIN = {"estimasi": 6.4, "ci_bawah": 5.8, "ci_atas": 6.9, "n": 900, "cukup_data": True}


@pytest.mark.parametrize(("against", "verdict", "lang", "expected"), [
    pytest.param("below", "met", "id", "di bawah rata-rata provinsi", id="below-met-target-not-named"),
    pytest.param("above", "met", "en", "above the province mean", id="above-en"),
    pytest.param("level", "met", "id", "tidak jelas berbeda dari rata-rata provinsi", id="level"),
    pytest.param("below", "not_met", "id", "di bawah rata-rata provinsi; target: belum tercapai",
                 id="below-and-target-missed"),
    pytest.param(None, "met", "id", "tercapai", id="no-province-comparison-the-verdict"),
])
def test_an_adjusted_gains_status_is_its_place_beside_the_province_mean(against, verdict, lang, expected):
    """Reader review 3, item 6: 'tercapai' (> 0) beside 'perlu perhatian' for the same gain said nothing."""
    fact = facts.Fact("gain", 2025, GAIN, raw=GAIN, verdict=facts.Verdict(verdict), against=against)
    assert fact.status(lang) == expected


LAST_YEAR_CASES = [
    pytest.param("cakupan_asn", {"estimasi": 0.428, "ci_bawah": 0.387, "ci_atas": 0.469, "n": 500, "cukup_data": True},
                 "id", "42,8 (38,7–46,9)", id="share-with-interval"),
    pytest.param("biaya_per_poin", {"estimasi": 459923.0, "ci_bawah": 361123.0, "ci_atas": 653723.0, "n": 80,
                                    "cukup_data": True}, "en", "Rp 459,923 (Rp 361,123–Rp 653,723)",
                 id="rupiah-with-interval-en"),
    pytest.param("persen_realisasi", 83.7, "id", "83,7", id="accounting-figure-as-is"),
]


@pytest.mark.parametrize("key, last, lang, expected", LAST_YEAR_CASES)
def test_last_years_key_figure_carries_its_interval_as_the_trend_table_does(key, last, lang, expected):
    """REVIEW2 16: Tabel 1's last-year column had no intervals while Tabel 13 printed them for the same figures."""
    fact = facts.Fact(key, 2025, last, last_year=last)
    assert _plain(fact.last_year_cell(lang)) == expected == _plain(fact.cell(lang))


# --- one kind of figure, one decimals (REVIEW3 24) -------------------------------------------------------------------
# sentences that print the same kind of figure in an agency's report and the province's: the reaction and behaviour
# scores (1-5), the learning gain, the share of participants who improved, the pre-score coefficient, the behaviour
# slope, 20 JP and coverage, the budget slope and its curvature, the cost per point and the IKM
SAME_KIND_SENTENCES = ("r_l1", "r_l3", "r_l2_ancova", "r_l3_rel", "f_learning_up", "f_jp", "f_coverage", "f_budget",
                       "a_curve", "b_cost_all", "r_ikm_latest")  # a_curve: the annex's (REVIEW5 D10)
MONEY_WORDS = r"(?:juta|miliar|triliun|million|billion|trillion)"
COUNTS = {"n", "n_keg", "jumlah", "tahun", "periode"}  # placeholders of counts, years and periods


def _sentence(template: str, text: str) -> dict[str, str] | None:
    """The placeholders of ``template`` ('{nilai}', '{n:person|people}') as printed in ``text``, adjacent ones as one
    ('{makna}{plafon}'); a full stop ends a sentence only before a space or the end, and never the one of
    's.d.'; None if absent."""
    parts = re.split(r"((?:\{[^{}]*\})+)", template)
    names_in = ["+".join(re.findall(r"\{([^{}:]*)", part)) for part in parts[1::2]]
    stop = r"(?<!s\\.d)\\.(?=\\s|$)"  # a full stop before a space, not the one of 's.d.' inside an interval
    literal = [re.sub(r"\\\.$", stop, re.sub(r"(\\ )+", r"\\s+", re.escape(part))) for part in parts[::2]]
    pattern = "".join(lit + ("(.*?)" if i < len(names_in) else "") for i, lit in enumerate(literal))
    found = re.search(pattern, text)
    return dict(zip(names_in, found.groups(), strict=True)) if found else None


def _decimals(printed: str, lang: str) -> list[int]:
    """The decimals of every number printed in ``printed`` ('3,84 … 3,80 s.d. 3,87' -> [2, 2, 2]), thousands
    separators apart."""
    point, thousands = (",", r"\.") if lang == "id" else (r"\.", ",")
    number = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:{point}(\d+))?|\d+(?:{point}(\d+))?"
    return [len(whole or plain or "") for whole, plain in re.findall(number, printed)]


def _paragraphs(ctx) -> list[str]:
    """The texts of the paragraphs and list items of the chapters that print the sentences above."""
    chapters = (sections.summary, sections.kirkpatrick, sections.budget, sections.conclusion, sections.annex)
    page = lxml.html.fromstring("<div>" + "".join(chapter(ctx) for chapter in chapters) + "</div>")
    return [_plain(html_lib.unescape(node.text_content())) for node in page.xpath("//p|//li")]


def _narrowed(figure: Any, factor: float) -> Any:
    """``figure`` with every 95% interval ``factor`` times as narrow about its estimate: the province of a larger
    data set (Jakarta has some 18 times the sample's ASN), whose narrow intervals the old adaptive rounding printed
    with more decimals than an agency's."""
    if isinstance(figure, list):
        return [_narrowed(item, factor) for item in figure]
    if not isinstance(figure, dict):
        return figure
    out = {key: _narrowed(value, factor) for key, value in figure.items()}
    if all(isinstance(out.get(key), (int, float)) for key in ("estimasi", "ci_bawah", "ci_atas")):
        out["ci_bawah"] = out["estimasi"] - (out["estimasi"] - out["ci_bawah"]) / factor
        out["ci_atas"] = out["estimasi"] + (out["ci_atas"] - out["estimasi"]) / factor
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_kind_of_figure_prints_with_the_same_decimals_in_an_agency_and_the_province_report(contexts, lang):
    """REVIEW3 24: '3,84 dari 5 (3,80 s.d. 3,87)' (kesehatan) beside '3,933 (3,921 s.d. 3,945)' (provinsi), the
    pre-score coefficient '1,00' beside '1,002', the budget slope '2,0 poin (1,7 s.d. 2,3)' beside '2,09 (1,98 s.d.
    2,21)'; and money with one unit per interval ('Rp 363.113 (Rp 230.943–Rp 2,3 juta)'). The small sample's
    province is read as is and with intervals four times as narrow, as a province of Jakarta's size has them."""
    import dataclasses

    from evalasn.report.words.text import TEXT

    agency = _paragraphs(contexts[("kesehatan", lang)])
    whole = contexts[(PROVINCE_SLUG, lang)]
    compared = 0
    for province in (_paragraphs(whole), _paragraphs(dataclasses.replace(whole, hasil=_narrowed(whole.hasil, 4.0)))):
        for key in SAME_KIND_SENTENCES:
            mine, theirs = (next(filter(None, (_sentence(TEXT[key][lang], text) for text in texts)), None)
                            for texts in (agency, province))
            assert mine and theirs, (key, lang, "the sample's kesehatan and province reports both print it")
            for name, printed in mine.items():
                shown, shown_theirs = _decimals(printed, lang), _decimals(theirs[name], lang)
                if name in COUNTS or not shown or not shown_theirs:
                    continue  # counts and years; a placeholder without numbers
                assert shown == shown_theirs, (key, name, printed, theirs[name])
                compared += 1
                for one in (printed, theirs[name]):  # one unit per interval: a scale word on every end or on none
                    words = re.findall(rf"Rp\s*[\d.,]+\s*({MONEY_WORDS})?", one)
                    assert len(set(words)) <= 1, (key, name, one)
    assert compared >= 24


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_provinces_gain_of_every_year_is_one_figure_everywhere(pipeline_root, scopes, lang):
    """REVIEW6 R6-8: the province's own Tabel 1 led with the participants' mean (2024 '7,9') while its plan rows,
    every dinas report and the index's first table used the mixed model's province mean (2024 '7,4'); its workbook
    set 9,414 against 9,214 under one name. Every place that shows a year's province gain shows the adjusted one,
    the participants' mean only beside it: Angka Kunci (summary and BAB VII, this year and last), the trend table,
    the index's years table, the workbook, and last year's province mean that the plan rows quote."""
    import datetime as dt
    import io

    import openpyxl

    from evalasn.report.formats import index, workbook

    paths = project(pipeline_root)
    province = sections.load_context(PROVINCE_SLUG, lang, paths)
    gain = facts.by_key(province)["gain"]
    years = province.hasil["tren"]
    tahun = province.hasil["tahun"]
    assert gain.adjusted and gain.value == province.hasil["pooling"]["rata_provinsi"]
    adjusted = {row["tahun"]: facts.trend_model(years, row["tahun"]) for row in years}
    raw = {row["tahun"]: row["gain"] for row in years}
    assert all(facts.as_target_unit("gain", figure) is not None for figure in adjusted.values())
    shown = {year: _plain(facts.show_value("gain", figure, lang)) for year, figure in adjusted.items()}
    assert shown[tahun] == _plain(facts.show_value("gain", gain.value, lang))
    # last year's, as the plan rows read it from last year's results (hasil-<tahun>-tahun-lalu.json)
    if province.previous is not None:
        assert _plain(facts.show_value("gain", province.previous["pooling"]["rata_provinsi"], lang)) == shown[tahun - 1]
    assert any(_plain(facts.show_value("gain", raw[y], lang)) != shown[y] for y in raw)  # the two measures differ
    beside = {year: _plain(facts.t("fact_raw_beside", lang, mentah=facts.show_value("gain", raw[year], lang, False)))
              for year in raw}
    name = _plain(gain.name(lang))
    summary, chapter = _rows(sections.summary(province))[name], _rows(comparison.key_figure_table(province))[name]
    with_n = {year: _plain(facts.basis("gain", figure, lang)) for year, figure in adjusted.items()}  # LOOK9 #3
    assert summary[1] == chapter[1] == shown[tahun] + with_n[tahun] + beside[tahun]
    assert summary[2] == shown[tahun - 1] + beside[tahun - 1]
    trend = _rows(comparison.trend_table(province))
    assert _dashed(trend[name], lang)[1:len(years) + 1] == [shown[row["tahun"]] for row in years]
    assert _dashed(trend[_plain(facts.label("gain_raw", lang))], lang)[1:len(years) + 1] == [
        _plain(facts.show_value("gain", raw[row["tahun"]], lang)) for row in years]
    # and each measure's change from last year its own (`gain_model` beside the adjusted one; LOOK28 Z-1)
    for row_name, model in ((name, True), (_plain(facts.label("gain_raw", lang)), False)):
        change = facts.year_change(province.hasil, "gain", adjusted=model)
        if year_difference.printable(change):
            assert _dashed(trend[row_name], lang)[-1] == _dashed(
                [_plain(year_difference.cell("gain", change, lang, NoteMarks()))], lang)[0], row_name
    # the index's years table: the adjusted column every year, the participants' mean in the next
    page = lxml.html.fromstring(index_page(paths, lang)[0])
    heads = [_text(th) for th in page.xpath("//table[@class='years-table']//th")]
    column = heads.index(name)
    assert heads[column + 1] == _plain(facts.label("gain_raw", lang))
    rows = {_text(tr[0]): tr for tr in page.xpath("//table[@class='years-table']/tbody/tr")}
    own_row = rows[names.scope_name(PROVINCE_SLUG, province.hasil["cakupan"]["nama"], lang)]
    cell = own_row[column]
    listed = [_text(span) for span in cell.xpath("./span[@class='yr']")]
    assert listed == [f"{year} {_plain(facts.short_value('gain', adjusted[year], lang))}" for year in adjusted]
    raw_cell = own_row[column + 1]
    assert [_text(span) for span in raw_cell.xpath("./span[@class='yr']")][-1] == \
        f"{tahun} {_plain(facts.short_value('gain', raw[tahun], lang))}"
    # every dinas's years row leads with its adjusted gain too (KPKP 2024: 6,3 adjusted, not the mean's 3,3)
    checked = 0
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        own = facts.by_key(ctx)["gain"]
        if slug == PROVINCE_SLUG or not own.adjusted:
            continue
        spans = [_text(span) for span in rows[names.scope_name(slug, ctx.hasil["cakupan"]["nama"], lang)][column]
                 .xpath("./span[@class='yr']")]
        assert spans == [f"{point[0]} {_plain(facts.short_value('gain', point[1], lang))}"
                         if facts.as_target_unit("gain", point[1]) is not None else spans[i]
                         for i, point in enumerate(index.year_points(ctx.hasil, own, facts.Column("gain")))], slug
        assert spans[-1] == f"{ctx.hasil['tahun']} {_plain(facts.short_value('gain', own.value, lang))}", slug
        checked += 1
    assert checked >= 3
    # the workbook: the adjusted value in Nilai, the mean in its own column, no province set against itself
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(dict(province.hasil), lang, dt.datetime(2026, 1, 5),
                                                            key_facts=facts.of(province))))
    sheet = book[workbook.label("xf_sheet", lang)]
    header = [str(c) for c in next(sheet.iter_rows(values_only=True))]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == gain.name(lang))
    assert row[2] == pytest.approx(gain.value["estimasi"])
    assert row[header.index(workbook.label("xf_mentah", lang))] == pytest.approx(raw[tahun]["estimasi"])
    last = header.index(workbook.label("xf_tahun_lalu", lang, tahun=tahun, tahun_lalu=tahun - 1))
    assert row[last] == pytest.approx(adjusted[tahun - 1]["estimasi"])
    assert row[header.index(workbook.label("provinsi", lang))] is None


@pytest.mark.parametrize(("figure", "with_ci", "shown"), [
    ({"estimasi": 76.91, "ci_bawah": 76.05, "ci_atas": 77.76, "cukup_data": True, "kategori": "B"}, True,
     "76,91\u00a0B (C–\u2060B; 76,05–77,76)"),
    ({"estimasi": 76.91, "ci_bawah": 76.05, "ci_atas": 77.76, "cukup_data": True, "kategori": "B"}, False,
     "76,91\u00a0B\u00a0(C–\u2060B)"),
    ({"estimasi": 80.0, "ci_bawah": 79.0, "ci_atas": 81.0, "cukup_data": True, "kategori": "B",
      "kategori_bawah": "B", "kategori_atas": "B"}, True, "80,00\u00a0B (79,00–81,00)"),
], ids=["last-year-reaching-c", "last-year-without-interval", "whole-interval-in-b"])
def test_an_ikm_cell_names_the_categories_its_interval_reaches_in_every_format(figure, with_ci, shown):
    """CHECK10 C10-14: Tabel 1's 2024 IKM '76,91 B (76,05–77,76)' while the index printed 'B (C–B)' for the same
    record (a year of `tren` keeps only its interval: the categories come from its ends)."""
    assert facts.show_value("ikm", figure, "id", with_ci) == shown
