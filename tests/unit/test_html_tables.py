"""Print column widths of report tables (report.chapters.html.column_shares): what the automatic layout
would give, fixed so that WeasyPrint measures each cell once."""

from __future__ import annotations

import re

import pytest

from evalasn.report.chapters import html


def test_shares_fill_the_table_and_are_in_the_markup():
    header = ["Unit kerja", "ASN", "% ≥ 20 JP"]
    rows = [["Puskesmas Kelurahan Pasar Baru 1", "59", "1,7% (0,3–9,0)"], ["Suku Dinas", "7", "–"]]
    shares = html.column_shares(header, rows, {1, 2})
    assert sum(shares) == pytest.approx(100)
    markup = html.table(header, rows, "Tabel", numeric={1, 2})
    assert re.findall(r'<col style="--w:([\d.]+)%">', markup) == [f"{share:.1f}" for share in shares]


@pytest.mark.parametrize("rows, wide, narrow", [
    ([["Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk", "12"]], 0, 1),  # text wider than a count
    ([["Ya", "Rp 271.638 (Rp 260.260–Rp 282.926)"]], 1, 0),  # a long range wider than a short word
], ids=["long-text", "long-range"])
def test_a_column_with_longer_cells_gets_more_width(rows, wide, narrow):
    shares = html.column_shares(["a", "b"], rows, {1})
    assert shares[wide] > shares[narrow]


def test_an_overfull_table_keeps_each_column_at_least_its_longest_word_or_number():
    words = " ".join(["kata"] * 60)  # far more than a line
    header, rows = ["Uraian", "Nilai", "Kode"], [[words, "1.234.567", "Penyelenggaraan"]]
    shares = html.column_shares(header, rows, {1})
    line = html.PRINT_TABLE_CHARS
    assert shares[1] / 100 * line >= len("1.234.567")  # a number cell is never broken
    assert shares[2] / 100 * line >= len("Penyelenggaraan")  # nor a word
    assert shares[0] > shares[2]  # the rest of the line goes to the column that needs it


def test_a_range_in_a_text_column_is_one_word_wide():
    """A rank with its range ("17 dari 21 (7–21)") wraps at spaces: its column is at least "(7–21)" wide."""
    header, rows = ["Indikator", "Peringkat", "Status"], [[" ".join(["kata"] * 40), "17 dari 21 (7–21)", "ok"]]
    shares = html.column_shares(header, rows, set())
    assert shares[1] / 100 * html.PRINT_TABLE_CHARS >= len("(7–21)") + html.CELL_PADDING_CHARS


def test_a_rank_held_together_by_no_break_spaces_is_one_word_wide():
    """The rank cell as the reports write it ("17\u00a0dari\u00a021\u00a0(7–\u206021)") does not wrap: its column
    is as wide as the whole rank (WeasyPrint broke "21 (20" / "–21)" in a column only "(20–21)" wide)."""
    rank = "17\u00a0dari\u00a021\u00a0(7–\u206021)"
    header, rows = ["Indikator", "Peringkat", "Status"], [[" ".join(["kata"] * 40), rank, "ok"]]
    shares = html.column_shares(header, rows, set())
    assert shares[1] / 100 * html.PRINT_TABLE_CHARS >= len(rank) + html.CELL_PADDING_CHARS


def test_print_css_wraps_long_cells_and_keeps_table_rows_together():
    """Fixed column widths: a long cell (a file hash, a rank with its range) wraps inside its column; no table
    ends a page after one row or starts one with its last row; phone figures at the screen's width; a
    scroll cue on tables."""
    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    print_rules = css[css.index("@media print"):]
    phone_rules = css[css.index("@media screen and (max-width"):css.index("@media print")]
    assert "td { overflow-wrap: break-word; }" in print_rules
    assert "td.num { white-space: normal; }" not in print_rules  # "Rp 187.210" is never broken
    assert "tbody tr:first-child, tbody tr:nth-child(2) { break-after: avoid; }" in print_rules
    assert "tbody tr:last-child { break-before: avoid; }" in print_rules
    assert "figure img { max-width: 100%; width: 100% !important; height: auto; }" in phone_rules
    assert "160%" not in css
    assert "background-attachment: local, local, scroll, scroll" in css


def test_the_phone_index_hides_only_the_raw_gain_and_the_follow_up():
    """At 390 px the index keeps the dinas, the year (one row per year built), every key figure of the registry
    (the adjusted gain among them) and the links; the columns classed raw (the gain's raw mean) and fu (the
    follow-up, in the years-side-by-side table below) are left out, the year only when one year is built."""
    import lxml.html

    from evalasn.paths import TEMPLATES
    from evalasn.report import facts
    from evalasn.report.formats import index
    from evalasn.report.words.text import label, t

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    phone = css[css.index("@media screen and (max-width"):css.index("@media print")]
    hidden_rule = re.search(r"([^{}]*)\{ display: none; \}", phone[phone.index(".index-table"):])
    assert hidden_rule is not None
    hidden = set(re.findall(r"\.index-table \.([\w-]+)", hidden_rule.group(1)))
    assert hidden == {"raw", "fu", "kf-persen_realisasi", "kf-biaya_per_poin"}
    assert ".index-table.one-year .year{display:none}" in index.INDEX_CSS
    page = lxml.html.fromstring(index._page([], [], "id", False))
    table = page.xpath("//table[contains(@class, 'index-table')]")[0]
    heads = [(th.text_content(), th.get("class") or "") for th in table.xpath(".//th")]
    assert [h for h, kind in heads if kind in hidden] == [label("gain_raw", "id"), label("kf_persen_realisasi", "id"),
                                                          label("kf_biaya_per_poin", "id"), t("index_followup", "id")]
    assert [h for h, kind in heads if kind == "year"] == [label("tahun", "id")]
    figures = [h for h, kind in heads if kind == "raw" or kind.startswith("kf-")]
    assert [label(f"kf_{key}", "id") for key in facts.KEYS] == [h for h in figures if h != label("gain_raw", "id")]
