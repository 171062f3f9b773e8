"""The print stylesheet laid out by WeasyPrint: a long table splits across pages, never leaving fewer than three
of its rows (or its caption with fewer) at the foot of a page or at the top of the next (REVIEW 13/14); a table
of tall rows splits rather than moving on and leaving the page before it mostly blank, a short one moves whole,
and no row is ever split (issue 22.8)."""

from __future__ import annotations

import io
import re
import shutil

import pytest

from evalasn.report.chapters import html, print_breaks

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
    (12.0, 6, 100), (15.0, 8, 100), (14.0, 5, 160), (13.0, 4, 200)],
    ids=["6-rows-of-5-lines-after-12cm", "8-rows-of-5-lines-after-15cm", "5-rows-of-8-lines-after-14cm",
         "4-rows-of-10-lines-after-13cm"])
def test_a_table_of_tall_rows_splits_instead_of_leaving_the_page_mostly_blank(spacer_cm, rows, words):
    """Kept whole by its row count (eight or fewer) or held three rows at its start, such a table moved to the
    next page and left a third to a half of this one blank; now its first rows fill this page's foot, with the
    caption, every row whole on one page."""
    pages = _pages(spacer_cm, _tall_rows(rows, words), header=["Kode", "Tindakan"])
    starts = [[int(n) for n in ROW.findall(text)] for text in pages]
    ends = [[int(n) for n in END.findall(text)] for text in pages]
    assert starts == ends, (starts, ends)  # no row split across pages
    assert sorted(n for page in starts for n in page) == list(range(rows))
    assert starts[0], "the table left the first page, though rows fit below the spacer"
    assert "Tabel 1" in pages[0]  # the caption with its first row, not left behind


@pytest.mark.parametrize(("spacer_cm", "rows", "words"), [
    (16.0, 4, 200), (17.0, 4, 200), (18.0, 4, 200), (18.0, 6, 160), (19.0, 6, 160), (20.0, 6, 160)],
    ids=["4-rows-of-10-lines-after-16cm", "4-rows-of-10-lines-after-17cm", "4-rows-of-10-lines-after-18cm",
         "6-rows-of-8-lines-after-18cm", "6-rows-of-8-lines-after-19cm", "6-rows-of-8-lines-after-20cm"])
def test_a_table_never_starts_with_one_row_at_a_page_foot(spacer_cm, rows, words):
    """Issue 22.8 (provinsi en Tabel 18): a table whose first row is tall began with its caption, header and that
    one row at a page's foot, the rest overleaf. Where fewer than two rows fit, the caption and header go on with
    them; where two fit, they stay."""
    pages = _pages(spacer_cm, _tall_rows(rows, words), header=["Kode", "Tindakan"])
    starts = [[int(n) for n in ROW.findall(text)] for text in pages]
    assert sorted(n for page in starts for n in page) == list(range(rows))
    first = next(page for page in starts if page)
    assert len(first) >= 2, starts
    (captioned,) = [k for k, text in enumerate(pages) if "Tabel 1" in text]
    assert starts[captioned][:2] == [0, 1], starts  # the caption and header with the first two rows


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
    assert print_breaks.KEEP_HEIGHT_PT == pytest.approx(BODY_CM / 2.54 * 72 / 3)
    eight_tall = html.table(["Kode", "Tindakan"], _tall_rows(8, 100), "Rencana")
    ten_short = html.table(["Kode", "n"], [[f"K{index}", str(index)] for index in range(10)], "Unit", numeric={1})
    forty_short = html.table(["Kode", "n"], [[f"K{index}", str(index)] for index in range(40)], "Unit", numeric={1})
    assert not eight_tall.startswith('<div class="keep">')
    assert ten_short.startswith('<div class="keep">')
    assert not forty_short.startswith('<div class="keep">') and not forty_short.startswith('<div class="lead')


def _page_fill():
    """tools/page_fill.py, the measure of the issue's before/after counts."""
    import importlib.util

    from evalasn.paths import CODE_ROOT

    spec = importlib.util.spec_from_file_location("page_fill", CODE_ROOT / "tools" / "page_fill.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_page_fill_measures_how_far_down_a_page_its_content_reaches(tmp_path):
    """Two pages with blocks of 60% and 10% of the body's height: the tool reads 60% and 10%, and counts the
    second as nearly empty, not as a chapter's last page."""
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    blocks = "".join(f'<div style="height:{share * BODY_CM:.2f}cm;background:#000;break-after:page"></div>'
                     for share in (0.6, 0.1))
    pdf = tmp_path / "uji.pdf"
    weasyprint.HTML(string=f"<html><head><style>{css}</style></head><body>{blocks}</body></html>").write_pdf(pdf)
    page_fill = _page_fill()
    assert page_fill.fills(pdf)[:2] == pytest.approx([0.6, 0.1], abs=0.03)
    assert "under 25%: 1 [2]" in page_fill.report(pdf)


def _chapter_pages(body: str) -> list[str]:
    """The text of each page of one chapter (section.chapter) holding ``body``, laid out with report.css."""
    import pypdf
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'<section class="chapter">{body}</section></main></body></html>')
    reader = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=page).write_pdf()))
    return [p.extract_text() for p in reader.pages]


@pytest.mark.parametrize("rows", [31, 32], ids=["second-note-alone", "both-notes-alone"])
def test_the_notes_under_a_table_go_on_with_its_last_rows(rows):
    """REVIEW3 15: a page held the two notes under BAB X's table and nothing else (kesehatan p.34). A table that
    fills its page takes its last rows on with its notes; without the rule the notes (or the second) went alone."""
    table = html.table(["Metode", "n"], [[f"baris{index:02d}", str(index)] for index in range(rows)], "Tabel 1. Uji",
                       numeric={1})
    pages = _chapter_pages(f'<div style="height:1cm"></div>{table}<p class="note">catatansatu</p>'
                           '<p class="note">catatandua</p>')
    assert len(pages) == 2
    assert sum(len(ROW.findall(text)) for text in pages) == rows
    for page in pages:
        if "catatansatu" in page or "catatandua" in page:
            assert "catatansatu" in page and "catatandua" in page and len(ROW.findall(page)) >= 3, pages


@pytest.mark.parametrize("spacer_cm", [19.0, 22.0], ids=["19cm", "22cm"])
def test_a_chapters_last_table_does_not_stand_alone_on_its_last_page(spacer_cm):
    """REVIEW3 15: Tabel 7 and Tabel 8 were alone on a chapter's last page: its lead-in paragraph goes with it."""
    table = html.table(["Metode", "n"], [[f"baris{index:02d}", str(index)] for index in range(6)], "Tabel 1. Uji",
                       numeric={1})
    pages = _chapter_pages(f'<div style="height:{spacer_cm}cm"></div><p>pengantar tabel</p>{table}')
    assert [(len(ROW.findall(text)), "pengantar" in text) for text in pages] == [(0, False), (6, True)]


def _summary_end(spacer_cm: float) -> list[str]:
    """The pages of a summary whose last blocks (last year's follow-up line, the late-plan notice, the reading
    note) start ``spacer_cm`` down the page, marked at both ends of the notice."""
    import pypdf
    import weasyprint

    from evalasn.paths import TEMPLATES
    from evalasn.report.chapters import followup

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    notice = "AWALPEMBERITAHUAN " + "rencana tindak lanjut ini terbit terlambat " * 14 + "AKHIRPEMBERITAHUAN"
    section = html.section("ringkasan", "Ringkasan Eksekutif", f'<div style="height:{spacer_cm}cm"></div>',
                           html.para("BARISSEBELUM 1 dari 16 target tindak lanjut 2024 tercapai."),
                           html.para(notice, cls=followup.LATE_CLASS), html.para("Cara membaca: …", cls="note"))
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">{section}</main>'
            "</body></html>")
    reader = pypdf.PdfReader(io.BytesIO(weasyprint.HTML(string=page).write_pdf()))
    return [p.extract_text() for p in reader.pages]


@pytest.mark.parametrize("spacer_cm", [19.0, 19.5, 20.0, 20.5, 21.0, 21.5, 22.0], ids=lambda cm: f"start-{cm}cm")
def test_the_late_notice_stays_whole_and_with_the_line_before_it(spacer_cm):
    """REVIEW4 8: the province summary's last page held the bold late-plan notice alone (17% full), and the held-out
    province split it, its last three lines alone at the top of the page."""
    pages = _summary_end(spacer_cm)
    (start,) = [k for k, text in enumerate(pages) if "AWALPEMBERITAHUAN" in text]
    assert "AKHIRPEMBERITAHUAN" in pages[start], "the notice is split across pages"
    assert "BARISSEBELUM" in pages[start], "the notice left the line before it behind"
