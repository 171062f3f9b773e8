"""The print stylesheet laid out by WeasyPrint: a long table splits across pages, never leaving fewer than three
of its rows (or its caption with fewer) at the foot of a page or at the top of the next (REVIEW 13/14); a table
of tall rows splits rather than moving on and leaving the page before it mostly blank, a short one moves whole,
and no row is ever split (issue 22.8)."""

from __future__ import annotations

import io
import re

import pytest

from evalasn.report.chapters import html

ROW = re.compile(r"baris(\d\d)")
END = re.compile(r"ujung(\d\d)")
BODY_CM = 29.7 - 2 * 2.2  # report.css @page: A4 less the top and bottom margins


def _pages(spacer_cm: float, rows: list[list[str]], header: list[str] | None = None) -> list[str]:
    """The text of each page of a page with ``spacer_cm`` of space above a table of ``rows``."""
    import pypdf
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = html.table(header or ["Metode", "n"], rows, "Tabel 1. Uji", numeric={1})
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'<div style="height:{spacer_cm}cm"></div>{body}</main></body></html>')
    reader = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=page).write_pdf()))
    return [p.extract_text() for p in reader.pages]


def _rows_per_page(spacer_cm: float, rows: int) -> list[tuple[int, bool]]:
    """(table rows, caption present) per page of a page with ``spacer_cm`` of space above a ``rows``-row table."""
    pages = _pages(spacer_cm, [[f"baris{index:02d}", str(index)] for index in range(rows)])
    return [(len(ROW.findall(text)), "Tabel 1" in text) for text in pages]


@pytest.mark.parametrize(("spacer_cm", "rows"), [
    (21.0, 24), (21.3, 24), (21.6, 24), (21.9, 24), (1.0, 34), (1.0, 35)],
    ids=["start-21.0cm", "start-21.3cm", "start-21.6cm", "start-21.9cm", "end-34-rows", "end-35-rows"])
def test_a_long_table_splits_with_at_least_three_rows_on_each_page(spacer_cm, rows):
    """Swept over where the table starts (near a page's foot) and ends (just past it): without the print rules
    (tbody first/last rows, report.css) the caption went with two rows, or two rows were left on the next page."""
    pages = _rows_per_page(spacer_cm, rows)
    assert sum(count for count, _ in pages) == rows
    assert all(count == 0 or count >= 3 for count, _ in pages), pages
    assert all(count >= 3 for count, caption in pages if caption), pages  # the caption with its first rows


def _tall_rows(rows: int, words: int) -> list[list[str]]:
    """Rows of about ``words`` / 20 printed lines each, marked at both ends of their long cell."""
    return [[f"K{index}", f"baris{index:02d} " + "kata " * words + f"ujung{index:02d}"] for index in range(rows)]


@pytest.mark.parametrize(("spacer_cm", "rows", "words"), [
    (12.0, 6, 100), (15.0, 8, 100), (14.0, 5, 160), (17.0, 4, 200)],
    ids=["6-rows-of-5-lines-after-12cm", "8-rows-of-5-lines-after-15cm", "5-rows-of-8-lines-after-14cm",
         "4-rows-of-10-lines-after-17cm"])
def test_a_table_of_tall_rows_splits_instead_of_leaving_the_page_mostly_blank(spacer_cm, rows, words):
    """Kept whole by its row count (eight or fewer) or held three rows at each end, such a table moved to the
    next page and left a third to a half of this one blank; now its first rows fill this page's foot, with the
    caption, every row whole on one page."""
    pages = _pages(spacer_cm, _tall_rows(rows, words), header=["Kode", "Tindakan"])
    starts = [[int(n) for n in ROW.findall(text)] for text in pages]
    ends = [[int(n) for n in END.findall(text)] for text in pages]
    assert starts == ends, (starts, ends)  # no row split across pages
    assert sorted(n for page in starts for n in page) == list(range(rows))
    assert starts[0], "the table left the first page, though rows fit below the spacer"
    assert "Tabel 1" in pages[0]  # the caption with its first row, not left behind


@pytest.mark.parametrize(("spacer_cm", "rows", "words"), [(22.0, 2, 60), (22.5, 4, 10), (23.5, 8, 0)],
                         ids=["2-rows-of-3-lines", "4-short-rows", "8-one-line-rows"])
def test_a_short_table_that_does_not_fit_moves_whole(spacer_cm, rows, words):
    """A table of at most a third of a page is never split: its caption and rows move on together."""
    pages = _pages(spacer_cm, _tall_rows(rows, words), header=["Kode", "Tindakan"])
    assert len(pages) == 2
    assert not ROW.search(pages[0]) and "Tabel 1" not in pages[0]
    assert [int(n) for n in ROW.findall(pages[1])] == list(range(rows)) and "Tabel 1" in pages[1]


def test_the_height_that_keeps_a_table_whole_is_a_third_of_a_page():
    """Whole or split by the printed height the columns give (report.chapters.html.print_breaks): what moving a
    kept table can leave blank."""
    assert html.KEEP_HEIGHT_PT == pytest.approx(BODY_CM / 2.54 * 72 / 3)
    eight_tall = html.table(["Kode", "Tindakan"], _tall_rows(8, 100), "Rencana")
    ten_short = html.table(["Kode", "n"], [[f"K{index}", str(index)] for index in range(10)], "Unit", numeric={1})
    forty_short = html.table(["Kode", "n"], [[f"K{index}", str(index)] for index in range(40)], "Unit", numeric={1})
    assert not eight_tall.startswith('<div class="keep">')
    assert ten_short.startswith('<div class="keep">')
    assert not forty_short.startswith('<div class="keep">') and not forty_short.startswith('<div class="lead')
