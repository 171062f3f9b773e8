"""LOOK34 F-4 (pertamanan en p.33, 45% blank mid-chapter): the plan table's first two rows (18 and 9 lines) were held
together under its caption (lead-2), did not fit in what was left of the page, and took the whole table to the next
page though its caption, header and first row fitted. A first row of at least print_breaks.LEAD_ALONE_LINES lines may
now start the table alone at a page's foot (lead-1); its last two rows stay together (LOOK32 D-7) and the caption never
stands alone."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from evalasn.report.chapters import html
from tests.unit.test_page_tail import LINE, _filler, _pdf
from tests.unit.test_print_pages import _page_fill

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")

HEADER = ["Kode", "Tindakan", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab", "Kapan"]


def _plan(words: list[int]) -> str:
    """A plan table like BAB X's Tabel 15: rows R0.. whose action takes ``words`` words (180: about 17 lines)."""
    rows = [[f"R{i}", "kata " * count, "% PNS dengan ≥ 20 JP", "68,9%", "≥ 100%",
             "Sekretariat dinas (subbagian kepegawaian)", "Triwulan IV 2026"] for i, count in enumerate(words)]
    return html.table(HEADER, rows, "Tabel 15. Rencana tindak lanjut", note="Catatan: " + LINE * 2)


TALL_FIRST = [180, 80, 180, 80, 60, 80, 80]


@pytest.mark.parametrize(("words", "held"), [
    pytest.param(TALL_FIRST, "lead-1", id="first-row-17-lines-alone"),
    pytest.param([100, 80, 180, 80, 60, 80, 80], "lead-2", id="first-row-10-lines-held-with-next"),
    pytest.param([180, 80], "lead-2", id="two-rows-held"),
])
def test_only_a_tall_first_row_may_start_a_table_alone(words, held):
    found = re.match(r'<div class="([^"]*)">', _plan(words))
    assert found is not None and [name for name in found.group(1).split() if name.startswith("lead-")] == [held]


@pytest.mark.parametrize("lines", [22, 24, 26])
def test_a_table_with_a_tall_first_row_starts_where_its_caption_header_and_first_row_fit(tmp_path, lines):
    """About 45% of the page left: the caption, header and first row go there, the page at least 60% full; the rest
    follows, the last two rows together, the note with them."""
    pdf = _pdf(tmp_path, [*_filler(lines), html.para(LINE * 2), _plan(TALL_FIRST)])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")

    def page(pattern: str) -> int:
        return next(number for number, found in enumerate(pages, 1) if re.search(pattern, found))

    rows = [page(rf"\bR{index}\b") for index in range(len(TALL_FIRST))]
    assert page(r"Tabel 15\.") == rows[0] == 1, rows  # the caption with its first row, on the page it began
    assert rows[-1] == rows[-2] == page(r"Catatan:"), rows  # the last two rows together, the note with them
    assert _page_fill().fills(pdf)[0] >= 0.6


def test_the_word_version_holds_the_same_rows():
    """Word (formats.word_ooxml): the header keeps with the first row only, the last two rows kept together, not one
    (a lead-N table kept N at its end, so lead-1 would have left the last row alone)."""
    import lxml.html

    from evalasn.report.formats import word_ooxml

    plan = _plan(TALL_FIRST)
    table = lxml.html.fromstring(plan).find(".//table")
    whole, (lead, tail) = word_ooxml.print_breaks(table)
    assert not whole and lead == 1 and tail == (1 if "end-1" in plan[:plan.index(">")] else 2)


@pytest.mark.parametrize("lines", [38, 41])
def test_a_chapters_closing_note_does_not_go_alone_past_its_table(tmp_path, lines):
    """Pertamanan en after the change above: Tabel 15 ended at p.35's foot and BAB X's closing note went on alone, p.36
    7% full, because the table's last two rows with its notes and the closing note were 52% of a page, past
    page_tail.TAIL_MOST_PT. A table's last rows are held with the blocks after it up to page_tail.TAIL_TABLE_MOST_PT."""
    from tests.unit.test_page_tail import _plan as _closing_plan

    plan = _closing_plan(8, 4, 190)
    closing = html.para(LINE * 3, cls="note")
    fills = _page_fill().fills(_pdf(tmp_path, [*_filler(lines), plan, closing]))
    assert fills[-1] >= 0.25, fills
