"""A chapter's last page is never nearly empty (issue 22.8, REVIEW5 D5): laid out by WeasyPrint with report.css, a
chapter whose closing blocks spill over a full page takes enough of them along that its last page is at least a
quarter full (tools/page_fill.py's measure); without report.chapters.page_tail the same chapters left recommendations
4-5, a section's one-row table or the summary's closing notice alone on a page under 25% full."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from evalasn.report.chapters import html, page_tail, print_breaks
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


def _pdf(tmp_path, parts: list[str]):
    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'{html.section("uji", "BAB I Uji", *parts)}</main></body></html>')
    pdf = tmp_path / "bab.pdf"
    weasyprint.HTML(string=page).write_pdf(pdf)
    return pdf


def _fills(tmp_path, parts: list[str]) -> list[float]:
    return _page_fill().fills(_pdf(tmp_path, parts))


def _page_of(tmp_path, parts: list[str], codes: list[str]) -> tuple[list[float], list[int]]:
    """The pages' fill and the page (1-based) each row code of ``codes`` is printed on."""
    pdf = _pdf(tmp_path, parts)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    return _page_fill().fills(pdf), [next(number for number, page in enumerate(pages, 1)
                                          if re.search(rf"\b{code}\b", page)) for code in codes]


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
    assert 0 < (page_tail.block_height(short) or 0) <= print_breaks.KEEP_HEIGHT_PT
    assert page_tail.block_height(html.bullets([LINE, LINE])) == pytest.approx(2 * 15 + 10, abs=15)
    assert page_tail.block_height("<dl><dt>a</dt></dl>") is None


def test_a_long_list_item_breaks_across_pages_rather_than_leave_one_mostly_blank(tmp_path):
    """REVIEW6 R6-19 (provinsi en p.6 70% full): a 27-line summary finding kept whole went to the next page. An item
    taller than html.LONG_ITEM_PT may break (li.long, orphans and widows 3); a short one still moves whole."""
    long_item = LINE * 30
    listed = html.bullets([LINE * 3, long_item], ordered=True, cls="findings")
    assert listed.count('class="long"') == 1
    fills = _fills(tmp_path, [*_filler(20), listed, *_filler(10)])
    assert fills[0] >= 0.85, fills  # the first page is filled by the first lines of the long item
    held = listed.replace(' class="long"', "")  # the same item kept whole, as before
    unbroken = _fills(tmp_path, [*_filler(20), held, *_filler(10)])
    assert unbroken[0] < 0.7, unbroken


def test_a_long_item_among_a_chapters_closing_items_keeps_its_class():
    items = html.bullets([LINE * 3, LINE * 30, LINE * 3], ordered=True)
    marked = page_tail._last_items(items, 100.0)
    assert marked is not None and '<li class="long tail">' in marked and '<li class="tail">' in marked


def _figure(height_in: float) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.3, height_in))
    ax.plot([0, 1], [0, 1])
    return html.figure(fig, "Gambar 5. Uji", "Uji")


def test_a_figure_before_a_chapters_closing_table_is_not_moved_off_a_page_it_fits():
    """REVIEW6 R6-19 (gulkarmat p.15, kpkp p.17, 9 reports): the closing figure, paragraph and table were held as one
    group of 60% of a page, which moved whole and left the page before under 40%; now the figure stays where it
    falls and only the blocks after it are held."""
    closing = [_figure(3.2), html.para(LINE * 2),
               html.table(["Metode", "n"], [["pelatihan", "7"], ["mentoring", "1"]], "Tabel 8. Uji", numeric={1})]
    opening = _filler(15)
    held = page_tail.hold([*opening, *closing])
    assert held[len(opening)] == closing[0]  # the figure stays a block of its own
    assert held[len(opening) + 1:] == [f'<div class="tail">{closing[1]}{closing[2]}</div>']


def test_a_figure_fits_the_page_after_the_chapters_opening_text(tmp_path):
    """Laid out: 40% of text, a figure of 38%, then a paragraph and a table of 28% closing the chapter. Held as one
    group, they left the first page at 40% (and the last at 63%); now 77% and 26%."""
    closing = [_figure(3.2), html.para(LINE * 2),
               html.table(["Metode", "n"], [[f"metode {i}", str(i)] for i in range(6)], "Tabel 8. Uji", numeric={1})]
    fills = _fills(tmp_path, [*_filler(18), *closing])
    assert len(fills) == 2 and min(fills) >= 0.25 and fills[0] >= 0.5, fills


def _plan(short: int, tall: int, tall_words: int, short_words: int = 2) -> str:
    """A plan table of ``short`` rows K0.. and ``tall`` rows T0.. of action text, and a note."""
    rows = [[f"K{i}", "kata " * short_words, "1,0"] for i in range(short)]
    rows += [[f"T{i}", "kata " * tall_words, "2,0"] for i in range(tall)]
    return html.table(["Kode", "Kegiatan tindak lanjut", "Nilai"], rows, "Tabel 16. Rencana", numeric={2},
                      note="Catatan: " + LINE * 2)


def _printed(plan: str) -> tuple[list[float], float]:
    """The body rows' and the notes' printed heights html.table records on a table."""
    found = re.search(r'data-baris="([\d ]+)" data-catatan="(\d+)"', plan)
    assert found is not None
    return [float(height) for height in found.group(1).split()], float(found.group(2))


def test_a_tables_closing_rows_are_counted_by_their_own_heights():
    """html.table records each body row's printed height and its notes' (data-baris, data-catatan); the closing rows
    are the fewest last ones that, with the notes, make the need, and at least two (LOOK32 D-7: one alone under the
    repeated header is an orphan). Counted by the rows' mean height, ten short rows made two tall last rows count as
    short ones, and four rows were held where one was needed (LOOK16 R-6)."""
    plan = _plan(10, 2, 240)
    rows, notes = _printed(plan)
    assert len(rows) == 12 and rows[-1] > 5 * rows[0] and notes > 0
    need = rows[-1] + notes - 1.0  # the last row with the notes makes it, but it goes with the one before
    marked = page_tail._last_items(plan, need)
    assert marked is not None and marked.count('<tr class="tail">') == 2 and "tail-open" not in marked
    assert re.search(r'<tr class="tail"><td[^>]*>T0<', marked) and re.search(r'<tr class="tail"><td[^>]*>T1<', marked)
    marked = page_tail._last_items(plan, rows[-1] + rows[-2] + notes + 1.0)  # one more line: K9 too
    assert marked is not None and marked.count('<tr class="tail">') == 3
    # two rows taller than the group may be are a tall block: not held
    assert page_tail._last_items(plan, need, most=rows[-1] + rows[-2] + notes - 1.0) is None
    short = _plan(12, 0, 0)  # short rows: as many as make the need, by their heights
    heights, notes = _printed(short)
    marked = page_tail._last_items(short, notes + 3.5 * heights[-1])
    assert marked is not None and marked.count('<tr class="tail">') == 4
    # the notes go with two rows, not one (bina-marga Tabel 9: its two-line last row alone)
    marked = page_tail._last_items(short, notes - 1.0)
    assert marked is not None and marked.count('<tr class="tail">') == 2


def test_a_table_ending_a_chapter_with_tall_rows_keeps_on_the_page_the_ones_that_fit(tmp_path):
    """LOOK16 R-6 / LOOK17 S-8 (ppapp BAB X p.33 55% blank): the plan's last two rows are tall; two with the notes
    were more than half a page, so they are not held, and the last, of more than ten lines
    (print_breaks.END_ALONE_LINES), goes to the chapter's last page with the notes while the other stays on the page
    before. Counted by the rows' mean, four rows were held with the notes and the page before was 44% full, the last
    67%."""
    parts = [*_filler(4), _plan(10, 2, 240), html.para(LINE * 4, cls="note")]
    fills, pages = _page_of(tmp_path, parts, ["K9", "T0", "T1"])
    assert pages == [1, 1, 2] and fills[0] >= 0.6 and fills[-1] >= 0.25, (fills, pages)


def test_a_tables_closing_rows_go_to_the_chapters_last_page_two_together(tmp_path):
    """LOOK17 S-8 (perhubungan en p.32, 45% blank) let the closing row open the chapter's last page alone; LOOK32 D-7
    found it there an orphan under the repeated header. The last two rows go with the notes, and the page before stays
    more than half full (page_tail.TAIL_MOST_PT)."""
    parts = [*_filler(6), _plan(0, 5, 150), html.para(LINE * 8, cls="note")]
    fills, pages = _page_of(tmp_path, parts, ["T2", "T3", "T4"])
    assert pages == [1, 2, 2] and fills[0] >= 0.5 and fills[-1] >= 0.25, (fills, pages)


# Satpol PP en Tabel 9: service units with their official names, five lines a row
UNIT = ("South Jakarta Civil Service Police Sub-agency Office (Suku Dinas Satuan Polisi Pamong Praja Kota "
        "Administrasi Jakarta Selatan)")


def _units(count: int) -> str:
    rows = [[f"R{i} {UNIT}", "34", "81,78 (79,43–84,13)", "B*", "U7 (2,8824)", "2,8824", "2,9706"]
            for i in range(count)]
    return html.table(["Unit kerja", "Responden", "IKM (95% CI)", "Kategori", "Unsur terlemah", "U7", "U8"], rows,
                      "Tabel 9. Unit layanan dengan IKM terendah", numeric={1, 2, 5, 6}, note="Kategori: " + LINE * 2)


def _follow_up() -> list[str]:
    """6.1 and its three-row plan (Tabel 10), about a quarter of a page, the chapter's close."""
    rows = [[f"U{code} Penanganan pengaduan", "2,71", "kata " * 20, "Sekretariat", "Triwulan IV 2026"]
            for code in (8, 7, 3)]
    return [html.heading(3, "6.1 Tindak lanjut unsur layanan"),
            html.table(["Unsur", "Skor", "Tindakan", "Penanggung jawab", "Tenggat"], rows, "Tabel 10. Rencana",
                       numeric={1})]


@pytest.mark.parametrize("lines", [30, 34, 38, 40, 42, 44])
def test_no_table_leaves_its_last_row_alone_under_its_repeated_header(tmp_path, lines):
    """LOOK32 D-7 (Satpol PP en p.24): Tabel 9's last row, tall, was held with its note, 6.1 and Tabel 10 (page_tail's
    closing group) and allowed to open the page alone (tr.tail-open); the group did not fit on p.23, so the row went
    on alone under the repeated header and left p.23 40% blank. Wherever the table falls, the page of its last row
    holds at least two of its rows, and 6.1 stays with Tabel 10 (no heading alone at a page's foot)."""
    count = 10
    pdf = _pdf(tmp_path, [*_filler(lines), _units(count), *_follow_up()])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")

    def page(pattern: str) -> int:
        return next(number for number, found in enumerate(pages, 1) if re.search(pattern, found))

    rows = [page(rf"\bR{index}\b") for index in range(count)]
    assert rows.count(rows[-1]) >= 2, rows
    assert page(r"6\.1 Tindak") == page(r"Tabel 10\.") == page(r"\bU3 Penanganan"), rows
    assert min(_page_fill().fills(pdf)[:-1]) >= 0.5
