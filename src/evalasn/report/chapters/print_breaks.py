"""Where a printed report table may break across pages (report.css @media print): its printed height from the
column widths it is laid out with (report.chapters.table_layout), kept whole, split with its first or last rows held,
and its notes' lines."""

from __future__ import annotations

import math
from typing import NamedTuple

from evalasn.report.chapters.measure import text_width
from evalasn.report.chapters.table_layout import (
    CELL_EDGE_PT,
    TABLE_FONT_PT,
    TABLE_LINE_HEIGHT,
    TEXT_WIDTH_PT,
    TIGHT_FONT_PT,
    row_lines,
)

# Where a printed table may break (report.css @media print), from its height as laid out with the column widths of
# report.chapters.table_layout: a table whose moving to the next page leaves at most a third of a page empty is kept
# whole (a short table split left one row alone on a page, and kept whole by its row count, a table of eight tall rows
# left the page before it nearly empty); a longer one splits between rows, never leaving its caption and header with
# less than HOLD_LINES lines of rows (or three rows) at a page's foot, and never with fewer than HOLD_LEAST rows
# however tall (issue 22.8: provinsi en Tabel 18 began with its header and one row of ten lines at the foot of a page,
# the rest of the plan overleaf). Its last three rows stay together, or two when its first ones are tall: let go (one
# tall row), the table ended on the page before and a chapter's closing note was left alone on a page (provinsi en,
# BAB X).
BODY_HEIGHT_PT = (29.7 - 2 * 2.2) / 2.54 * 72  # A4 less the 2.2 cm top and bottom margins (report.css @page)
KEEP_HEIGHT_PT = BODY_HEIGHT_PT / 3
HOLD_LINES, HOLD_ROWS, HOLD_LEAST = 5, 3, 2
# ... save a first row this tall (``lead-1``): it starts the table alone under its caption and header, a block of
# about a quarter of a page, no orphan; held with the next (lead-2), a plan's first two rows of 18 and 9 lines moved
# the whole table on and left the page before 45% blank (pertamanan en p.33, Tabel 15; LOOK34 F-4). Its last two
# rows stay together, as lead-2's do.
LEAD_ALONE_LINES = 3 * HOLD_LINES
# a last row this tall opens a page alone, with the table's note: held to the row before it, two rows of 17 and 18
# lines left the page before half empty (provinsi en Tabel 18, DATA and IKM-CD-DINAS; LOOK14 P-3)
END_ALONE_LINES = 2 * HOLD_LINES
CAPTION_PT, NOTE_PT, BLOCK_MARGIN_PT = 8.8, 8.0, 10.0  # caption .88rem, note .8rem, .table-block 1rem (10 pt)
WRAP_WASTE = 1.1  # a wrapped line holds whole words: about a tenth less than the column's width


class Printed(NamedTuple):
    """A printed table's heights in points: each body row's (its tallest cell's lines) and its notes' together."""

    rows: tuple[float, ...]
    notes: float


def print_breaks(header: list[str], rows: list[list[str]], numeric: set[int], caption: str, notes: list[str],
                 shares: list[float], tight: bool) -> tuple[bool, str, float, Printed]:
    """Whether the printed table is kept whole, the classes of a split table whose first rows are tall:
    ``lead-2`` (two rows held at its start and at its end, not three; ``lead-1``: a first row of LEAD_ALONE_LINES
    may stand alone at a page's foot, two rows held at its end), and whose last row is (``end-1``: that row
    alone may open a page), else "", its printed height in points, and its rows' and notes' heights (``Printed``)."""
    lines = row_lines(header, rows, numeric, shares, tight)
    font = TIGHT_FONT_PT if tight else TABLE_FONT_PT
    printed = [count * font * TABLE_LINE_HEIGHT + CELL_EDGE_PT for count in lines]
    noted = sum(note_lines(note) * NOTE_PT * 1.5 + NOTE_PT for note in notes)
    height = BLOCK_MARGIN_PT + sum(printed) + noted
    height += math.ceil(text_width(caption, True) * CAPTION_PT / TEXT_WIDTH_PT * WRAP_WASTE) * CAPTION_PT * 1.5
    lead = 1 if len(lines) > 3 and lines[1] >= LEAD_ALONE_LINES else _held(lines[1:])
    held = [f"lead-{lead}"] if lead < HOLD_ROWS else []
    held += ["end-1"] if len(lines) > 2 and lines[-1] >= END_ALONE_LINES else []
    return height <= KEEP_HEIGHT_PT, " ".join(held), height, Printed(tuple(printed[1:]), noted)


# A table's note is kept whole in print (report.css .table-note), as the Word version keeps it (formats.word):
# provinsi Tabel 8's seven-line note split 4 + 3, its last three lines alone on the chapter's last page (LOOK14 P-1).
# One longer than this many printed lines may split (.table-note.long, orphans and widows 3): Tabel 18's eleven-line
# note kept whole took the plan's last two rows with it and left the page before half empty.
NOTE_WHOLE_LINES = 8


def note_lines(note: str) -> int:
    """A table note's printed lines across the text width, as ``print_breaks`` counts them."""
    return math.ceil(text_width(note) * NOTE_PT / TEXT_WIDTH_PT * WRAP_WASTE)


def _held(lines: list[int]) -> int:
    """How many rows from the start of ``lines`` stay together: HOLD_ROWS, or fewer (at least HOLD_LEAST) when
    they already make HOLD_LINES lines (tall rows)."""
    total = 0
    for count, row in enumerate(lines[:HOLD_ROWS], 1):
        total += row
        if total >= HOLD_LINES and count >= HOLD_LEAST:
            return count
    return HOLD_ROWS
