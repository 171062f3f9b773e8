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
