"""A Word table's cells measured once (report.formats.word_ooxml.Measured): ``table_xml`` asked ``fits``,
``squeezed`` and ``column_widths`` for the same cells, the widths at the size it chose twice and the cells' wraps up
to four times (issue 25: a third of a report's Word version)."""

from __future__ import annotations

import lxml.html
import pytest

from evalasn.report.chapters import html
from evalasn.report.formats import word_ooxml

HEADER = ["Kode", "Uraian", "Penanggung", "Pelaksanaan", "Kepegawaian", "Penyelenggara", "Triwulan"]
TOWER = [["A1", " ".join(["kata"] * 120), *HEADER[2:]]]  # set smaller: a column of 24 lines at 9 pt
SHORT = [["A1", "satu dua tiga", "Sekretariat", "Triwulan IV", "ya", "BPSDM", "IV"]]


def _grid(rows):
    table = lxml.html.fromstring(html.table(HEADER, rows, "Uji")).find(".//table")
    return [[(cell, cell.tag == "th") for cell in row.iter("th", "td")] for row in table.iter("tr")]


@pytest.mark.parametrize("rows, font", [(TOWER, word_ooxml.SMALL_FONT_PT), (SHORT, word_ooxml.TABLE_FONT_PT)],
                         ids=["squeezed", "usual-size"])
def test_a_table_is_measured_once_and_laid_out_once_per_size(monkeypatch, rows, font):
    grid = _grid(rows)
    expected = word_ooxml.column_widths(grid, 7, font)  # as before: a table's own measurement
    measures: list[int] = []
    ems: list[float] = []
    sizes: list[float] = []
    measure, wraps, widths = word_ooxml._measure, word_ooxml._wraps, word_ooxml._column_widths

    def counted_measure(*args):
        measures.append(len(args))
        return measure(*args)

    def counted_wraps(grid, columns, em):
        ems.append(em)
        return wraps(grid, columns, em)

    def counted_widths(measured, font_pt):
        sizes.append(font_pt)
        return widths(measured, font_pt)

    monkeypatch.setattr(word_ooxml, "_measure", counted_measure)
    monkeypatch.setattr(word_ooxml, "_wraps", counted_wraps)
    monkeypatch.setattr(word_ooxml, "_column_widths", counted_widths)
    xml = word_ooxml.table_xml(grid, "IsiTabel")
    assert len(measures) == 1
    assert ems and len(ems) == len(set(ems)) and sizes and len(sizes) == len(set(sizes))
    assert "".join(f'<w:gridCol w:w="{width}"/>' for width in expected) in xml  # the same widths
    assert (f'<w:sz w:val="{font * 2}"/>' in xml) == (font != word_ooxml.TABLE_FONT_PT)


def test_widths_asked_again_are_a_copy():
    measured = word_ooxml.Measured(_grid(SHORT), 7)
    first = word_ooxml.column_widths(measured.grid, 7, word_ooxml.TABLE_FONT_PT, measured)
    first[0] = -1
    assert word_ooxml.column_widths(measured.grid, 7, word_ooxml.TABLE_FONT_PT, measured)[0] > 0
