"""reports/index.html, issue 24.3-24.4: last year's follow-up per scope and year, and every key figure for every
year of the data side by side (a small inline SVG line and the numbers), from the records the reports render."""

from __future__ import annotations

import re

import lxml.html
import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import followup_attention, sections
from evalasn.report.formats import index


@pytest.fixture(scope="module")
def page(pipeline_root):
    paths = project(pipeline_root)
    return paths, lxml.html.fromstring(index.index_page(paths, "id")[0])


def _text(node) -> str:
    return re.sub(r"\s+", " ", node.text_content().replace("\u00a0", " ").replace("\u2060", "")).strip()


def test_every_year_of_every_key_figure_is_the_record_the_reports_render(page):
    paths, doc = page
    main = {_text(row[0]): row for row in doc.xpath("//table[contains(@class, 'index-table')]/tbody/tr")}
    years = {_text(row[0]): row for row in doc.xpath("//table[@class='years-table']/tbody/tr")}
    scopes = sorted(p.name for p in paths.reports.iterdir() if p.is_dir() and paths.hasil_years(p.name))
    assert len(years) == len(scopes) > 3
    for slug in scopes:
        ctx = sections.load_context(slug, "id", paths)
        by_key = facts.by_key(ctx)
        row = years[ctx.hasil["cakupan"]["nama"]]
        tren = ctx.hasil["tren"]
        assert [y["tahun"] for y in tren][-1] == ctx.hasil["tahun"] and len(tren) >= 2
        for cell, column in zip(row[1:], index.year_columns(True), strict=False):
            key, fact = column.key, by_key[column.key]
            if key in facts.RAW_BESIDE and not column.raw and not fact.adjusted:
                continue  # no adjusted gain: one dash with its reason (test_facts checks the reasons)
            adjusted = key in facts.RAW_BESIDE and not column.raw
            now = fact.raw if column.raw and fact.raw is not None else fact.value
            # the gain adjusted every year (the trend's mixed-model gain), the participants' mean beside it (REVIEW6
            # R6-8); every other figure as the table above (an IKM with its range)
            shown_as = facts.short_value if key in facts.RAW_BESIDE else facts.table_value
            earlier = [y.get("gain_model") if adjusted else results.key_figure(y, key) for y in tren[:-1]]
            expected = [f"{y['tahun']} {shown_as(key, figure, 'id')}" for y, figure in zip(tren[:-1], earlier,
                                                                                          strict=True)]
            expected.append(f"{ctx.hasil['tahun']} {shown_as(key, now, 'id')}")
            expected = [line.replace("\u00a0", " ").replace("\u2060", "") for line in expected]
            # a missing year is a dash with the mark of its reason (test_facts checks the reasons)
            shown = [re.sub(r"–[a-z]+$", "–", _text(line)) for line in cell.xpath("./span[@class='yr']")]
            assert shown == expected, (slug, key)
            svg = cell.xpath("./*[local-name()='svg']")
            values = [facts.as_target_unit(key, figure) for figure in [*earlier, now]]
            assert bool(svg) == (sum(v is not None for v in values) >= 2), (slug, key)
        # the latest year agrees with the first table's cells (after the name, the links and the year), which
        # test_facts ties to the reports
        cells = [_text(cell) for cell in main[ctx.hasil["cakupan"]["nama"]]]
        assert cells[3] == _text(row[1]).split(f"{ctx.hasil['tahun']} ")[-1]  # coverage
        assert cells[8] == _text(row[5]).split(f"{ctx.hasil['tahun']} ")[-1]  # IKM (after the gain's two columns)


def test_each_row_shows_last_years_follow_up_as_its_report_counts_it(page):
    paths, doc = page
    main = {_text(row[0]): row for row in doc.xpath("//table[contains(@class, 'index-table')]/tbody/tr")}
    for slug in ("kesehatan", "provinsi"):
        ctx = sections.load_context(slug, "id", paths)
        counted = followup_attention.follow_up_of(ctx)
        assert counted.rows
        cell = next(td for td in main[ctx.hasil["cakupan"]["nama"]] if td.get("class") == "fu")  # after the figures
        # the share of the targets that could be judged, never of every row (REVIEW6b 12)
        # none met in words (LOOK20 W-22: "0 dari 10 yang dapat dinilai tercapai (0,0%)")
        none = "satu-satunya yang dapat dinilai belum tercapai" if counted.judged == 1 else \
            f"tidak satu pun dari {counted.judged} yang dapat dinilai tercapai"
        assert _text(cell).startswith((f"{counted.met} dari {counted.judged} yang dapat dinilai tercapai"
                                       if counted.met else none) if counted.judged
                                      else f"{counted.rows} target belum dapat dinilai")
        assert "tidak dilaporkan" in _text(cell)  # no sheet was returned in the sample
        assert float(cell.get("data-v")) == pytest.approx(counted.met_share)


def test_the_page_needs_nothing_from_the_internet_and_sorts_each_table_by_its_own_columns(page):
    paths, doc = page
    source = index.index_page(paths, "id")[0]
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?:", source)
    assert "th.cellIndex" in source  # the years table sorts by its own column, not the first table's
    assert len(doc.xpath("//table[@class='years-table']//th[@data-sort]")) == 1 + len(index.year_columns(True)) + 1


@pytest.mark.parametrize(("values", "drawn"), [
    ([0.4, 0.5, 0.6], True), ([None, 0.5, 0.6], True), ([None, None, 0.6], False), ([0.5], False),
], ids=["three-years", "one-missing", "one-value", "one-year"])
def test_a_line_needs_two_years_with_a_value(values, drawn):
    def figure(value):
        return None if value is None else {"estimasi": value, "ci_bawah": value, "ci_atas": value, "cukup_data": True}
    points: list[tuple[int, object]] = [(2023 + number, figure(value)) for number, value in enumerate(values)]
    svg = index.sparkline("jp_20", points, "id")
    assert bool(svg) is drawn
    if drawn:
        assert 'aria-label="2023: ' in svg and "<circle" in svg
        drawn_at = re.search(r'points="([^"]+)"', svg)
        assert drawn_at is not None
        ys = [float(pair.split(",")[1]) for pair in drawn_at.group(1).split()]
        assert ys[-1] < ys[0]  # a rising share goes up


def test_the_year_column_is_shown_however_many_years_are_built(page):
    """On a phone too (every column in reach, test_phone_layout): the year is the only place the page names it."""
    _, doc = page
    assert doc.xpath("//table[contains(@class, 'index-table')]")[0].get("class") == "index-table"
    assert not re.search(r"\.(year|raw|rank|fu|kf-\w+)\b[^{}]*\{display:none", index.INDEX_CSS)


def test_the_years_table_names_the_gain_it_shows(page):
    """Its gain is adjusted every year with the participants' mean beside it, as the table above (REVIEW6 R6-8);
    each header names its measure."""
    _, doc = page
    heads = [_text(th) for th in doc.xpath("//table[@class='years-table']//th")]
    adjusted = heads.index("Kenaikan nilai, disesuaikan (model campuran; poin)")
    assert heads[adjusted + 1] == "Kenaikan nilai, rata-rata peserta (poin)"


def _line_ys(svg: str) -> list[float]:
    drawn_at = re.search(r'points="([^"]+)"', svg)
    assert drawn_at is not None
    return [float(pair.split(",")[1]) for pair in drawn_at.group(1).split()]


@pytest.mark.parametrize(("small", "large"), [
    ((0.7574, 0.7556), (0.934, 0.771)), ((0.089, 0.071), (0.60, 0.95)),
], ids=["small-fall-beside-large-fall", "small-fall-beside-large-rise"])
def test_lines_of_one_column_share_its_scale(small, large):
    """REVIEW6 R6-29: a change of 0,18 points is not drawn as steep as one of 16 points in the same column."""
    def figure(value):
        return {"estimasi": value, "ci_bawah": value, "ci_atas": value, "cukup_data": True}
    scale = (min(*small, *large), max(*small, *large))
    flat = _line_ys(index.sparkline("jp_20", [(2024, figure(small[0])), (2025, figure(small[1]))], "id", scale))
    steep = _line_ys(index.sparkline("jp_20", [(2024, figure(large[0])), (2025, figure(large[1]))], "id", scale))
    assert abs(flat[1] - flat[0]) < abs(steep[1] - steep[0]) / 5
    assert abs(steep[1] - steep[0]) > index.SPARK_HEIGHT / 3


def test_the_index_draws_every_line_of_a_column_on_its_scale(page):
    """The page's lines of one column: the lowest value of the column at the foot, the highest at the top."""
    paths, doc = page
    rows = doc.xpath("//table[@class='years-table']/tbody/tr")
    for position in range(1, 1 + len(index.year_columns(True))):
        lines = [svg for row in rows for svg in row[position].xpath("./*[local-name()='svg']")]
        each = [_line_ys(lxml.html.tostring(svg, encoding="unicode")) for svg in lines]
        ys = [y for line in each for y in line]
        if len(lines) > 2:
            bottom, top = index.SPARK_HEIGHT - index.SPARK_PAD, index.SPARK_PAD
            assert min(ys) == pytest.approx(top, abs=0.06) and max(ys) == pytest.approx(bottom, abs=0.06), position
            # not every line from the foot to the top: a scope's own range is part of the column's
            assert any(max(line) - min(line) < bottom - top - 0.5 for line in each), position
