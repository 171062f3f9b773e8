"""A report table's cells measured once (report.chapters.html._measure): stacking, fitting, column shares and whole
words asked ~6 times a table for the same measurements (issue 25)."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import html, table_layout

HEADER = ["Indikator", "Nilai", "95% CI"]
ROWS = [["Kenaikan nilai, disesuaikan (model campuran; poin)", "12,3", "(10,1–14,5)"],
        ["KECIL-E-LEARNING: tinjau e-learning", "tidak cukup data untuk estimasi", "–"],
        ["Biaya per peserta", "Rp 337.606–Rp 481.348", ""]]


def _uncached(header, rows, numeric):
    return table_layout._measured.__wrapped__(tuple(header), tuple(map(tuple, rows)), frozenset(numeric))


@pytest.mark.parametrize("numeric", [set(), {1}, {1, 2}], ids=["text", "one-number-column", "two"])
def test_measured_once_with_the_same_widths(numeric):
    table_layout._measured.cache_clear()
    first = html._measure(HEADER, ROWS, numeric)
    assert first == _uncached(HEADER, ROWS, numeric)
    assert html._measure(list(HEADER), [list(row) for row in ROWS], set(numeric)) is first  # equal cells: kept
    assert table_layout._measured.cache_info().misses == 1
    changed = [*ROWS[:-1], ["Biaya per peserta", "Rp 1", ""]]
    assert html._measure(HEADER, changed, numeric) == _uncached(HEADER, changed, numeric) != first


def test_the_header_is_measured_bold_and_short_rows_as_empty_cells():
    cells = html._measure(["Nilai"], [["Nilai"], []], set())
    assert cells[0][0][0] > cells[1][0][0] and cells[2][0] == (0.0, 0.0, 0.0)

