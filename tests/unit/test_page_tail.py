"""A chapter's last page is never nearly empty (issue 22.8, REVIEW5 D5): laid out by WeasyPrint with report.css, a
chapter whose closing blocks spill over a full page takes enough of them along that its last page is at least a
quarter full (tools/page_fill.py's measure); without report.chapters.page_tail the same chapters left recommendations
4-5, a section's one-row table or the summary's closing notice alone on a page under 25% full."""

from __future__ import annotations

import shutil

import pytest

from evalasn.report.chapters import html, page_tail
from tests.unit.test_print_pages import _page_fill

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
LINE = "kata " * 15  # most of one printed line of body text


def _filler(lines: int) -> list[str]:
    """Paragraphs of five lines each, ``lines`` lines in all (a page holds about 45)."""
    return [html.para(LINE * min(5, lines - start)) for start in range(0, lines, 5)]


def _recommendations(count: int) -> list[str]:
    return [html.heading(3, "9.2 Rekomendasi"), html.bullets([LINE * 3 for _ in range(count)], ordered=True)]


def _plan_section() -> list[str]:
    return [html.heading(3, "6.1 Tindak lanjut unsur layanan"),
            html.table(["Unsur", "Nilai", "Tindakan"], [["U8 Penanganan", "2,90", LINE * 2]], "Tabel 10. Rencana",
                       numeric={1})]


def _closing_notes() -> list[str]:
    return [html.para(LINE * 2), html.para(LINE * 5, cls="late-notice"), html.para(LINE * 2, cls="note")]


CASES = {"recommendations-4-5": (_filler(34), _recommendations(5)),
         "section-one-row-table": (_filler(43), _plan_section()),
         "summary-closing-notice": (_filler(43), _closing_notes())}


def _fills(tmp_path, parts: list[str]) -> list[float]:
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'{html.section("uji", "BAB I Uji", *parts)}</main></body></html>')
    pdf = tmp_path / "bab.pdf"
    weasyprint.HTML(string=page).write_pdf(pdf)
    return _page_fill().fills(pdf)


@pytest.mark.parametrize("case", list(CASES))
def test_a_chapters_last_page_is_at_least_a_quarter_full(tmp_path, case, monkeypatch):
    before, closing = CASES[case]
    fills = _fills(tmp_path, [*before, *closing])
    assert len(fills) == 2 and min(fills) >= 0.25, fills
    monkeypatch.setattr(page_tail, "hold", list)  # the same chapter without the rule: its last page nearly empty
    unheld = _fills(tmp_path, [*before, *closing])
    assert len(unheld) == 2 and unheld[-1] < 0.25, unheld


def test_a_short_chapter_and_a_chapter_closing_with_a_tall_block_are_left_as_they_are():
    short = [html.para(LINE * 3), html.para(LINE * 2)]
    assert page_tail.hold(short) == short
    figure = ('<figure><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA+gAAAUUCAIAAAA" style="width:6.30in" '
              'alt=""/><figcaption>Gambar 1. Uji</figcaption></figure>')  # 1000 x 1300 px at 6.3 in: 590 pt
    tall = [*_filler(20), html.para(LINE), figure]
    assert page_tail.hold(tall) == tall


def test_the_heights_are_those_of_the_printed_blocks():
    """A paragraph of five lines at 10 pt and 1.5 leading, a table by the height html.table records (which keeps a
    table of at most a third of a page whole), a list by its items."""
    assert page_tail.block_height(html.para(LINE * 5)) == pytest.approx(5 * 15 + 10, abs=15)
    short = html.table(["Kode", "n"], [[f"K{index}", str(index)] for index in range(10)], "Unit", numeric={1})
    assert short.startswith('<div class="keep">')
    assert 0 < (page_tail.block_height(short) or 0) <= html.KEEP_HEIGHT_PT
    assert page_tail.block_height(html.bullets([LINE, LINE])) == pytest.approx(2 * 15 + 10, abs=15)
    assert page_tail.block_height("<dl><dt>a</dt></dl>") is None
