"""Small HTML builders for the report cells: every text from the data is escaped here.

The renderer numbers figure and table captions ("Gambar 3", "Tabel 2") and lists them in the
Daftar Gambar / Daftar Tabel; chapters are <h2 id=...> the Daftar Isi links to.
"""

from __future__ import annotations

import base64
import functools
import html
import math
import re
import struct
import zlib
from collections.abc import Iterable
from typing import NamedTuple

from evalasn import constants
from evalasn.report.chapters import page_tail, wrap
from evalasn.report.chapters.measure import text_width
from evalasn.report.words.text import t
from evalasn.report.words.units import bracket_once

escape = html.escape
FIGURE_DPI = 150  # sharp on A4 print and on laptop screens
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_ZLIB_LEVEL = 6  # zlib's default: level 4 costs a fifth less for 1-6% larger figures, level 9 five times as much

# a plan row's id ("satpol-pp-2025-KENAIKAN") stays on one line with its characters unchanged (report.css span.kode:
# no break after its hyphens), so a reader copies it whole from the PDF (FOUND8, plancode8: "satpol-pp-2025-KECIL-" /
# "SEMINAR"), in a paragraph, a note or a table cell (measured as one piece there, _pieces); a row's code
# ("KECIL-E-LEARNING") too in a paragraph or note, which have the room, and in a table's column wide enough for it: a
# column of codes is, when the line has the room (column_shares, LOOK9 #8: "KECIL-" / "E-LEARNING")
PLAN_ID = re.compile(rf"(?<![\w-]){constants.PLAN_ROW_ID}(?![\w-])")
PLAN_CODE = re.compile(rf"(?<![\w-])(?:{constants.PLAN_ROW_ID}|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?![\w-])")


def keep_codes(escaped: str, pattern: re.Pattern[str] = PLAN_CODE) -> str:
    """``escaped`` (HTML-escaped text) with each plan id or code (``pattern``) in a span that does not break."""
    return pattern.sub(lambda found: f'<span class="kode">{found.group(0)}</span>', escaped)


ONE_CODE = re.compile(r'<span class="kode">[^<]*</span>')
_CODE_SPAN = re.compile(r'<span class="kode">([^<]*)</span>')


def print_codes(page: str) -> str:
    """``page`` (the report's HTML) for print: each code's span (nowrap) replaced by its text with a word joiner after
    each hyphen, which holds it on one line as well. WeasyPrint breaks a line before a nowrap box that does not fit
    after the first word of a line continuing a paragraph's text ('... cannot be' / 'judged' / 'with the 2025 data
    ...', then the code: kebudayaan en BAB X, FOUND agree15); the joiner is not in the PDF's text, so a code copied
    from the PDF is the plan's (the screen keeps the span: a joiner would be copied from a browser)."""
    return _CODE_SPAN.sub(lambda found: found.group(1).replace("-", "-" + WORD_JOINER), page)


def one_item(cell: str) -> str:
    """A stacked cell's content (markup) as one element: the cell is a grid of its column's name and its content
    (report.css .stack td), and a text with a code's span in it was three grid items, the code dropped into the
    column of names (LOOK11 L-1)."""
    return cell if "<" not in cell or ONE_CODE.fullmatch(cell) else f'<span class="isi">{cell}</span>'


def heading(level: int, text: str, anchor: str | None = None) -> str:
    ident = f' id="{escape(anchor)}"' if anchor else ""
    return f"<h{level}{ident}>{escape(text)}</h{level}>"


def para(text: str, cls: str | None = None) -> str:
    """A paragraph of plain text (escaped); use ``markup`` for trusted inline HTML. A unit named again in it is
    its English name alone (units.bracket_once), in this and the other builders of a paragraph, item or note."""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{keep_codes(escape(bracket_once(text)))}</p>"


def markup(trusted_html: str, cls: str | None = None) -> str:
    """A paragraph whose inline HTML (<strong>, <em>) was built from escaped parts."""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{bracket_once(trusted_html)}</p>"


# a list item taller than this may break across pages (report.css li.long): kept whole, the province summary's
# 27-line finding 3 left page 6 of the English build 30% blank (REVIEW6 R6-19); a shorter item moves whole
LONG_ITEM_PT = 0.3 * page_tail.BODY_PT


def lines(text: str) -> str:
    """Plain ``text`` escaped, codes kept whole, each of its lines ('\n') on a line of its own (a list item of one
    line per dinas; LOOK9 #9); for ``bullets(..., trusted=True)``."""
    return "<br>".join(keep_codes(escape(line)) for line in text.split("\n"))


def bullets(items: Iterable[str], ordered: bool = False, cls: str | None = None, trusted: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    klass = f' class="{cls}"' if cls else ""
    seen: set[tuple[str, str]] = set()  # a unit's name as written at its first mention in the list only
    shown = [bracket_once(item, seen) if trusted else keep_codes(escape(bracket_once(item, seen))) for item in items]
    findings = "findings" in (cls or "").split()
    long = ' class="long"'
    body = "".join(f'<li{long if page_tail._item_height(item, findings) > LONG_ITEM_PT else ""}>{item}</li>'
                   for item in shown)
    return f"<{tag}{klass}>{body}</{tag}>"


# a table that text elsewhere names by its number (html.table ``ref``): text holds table_ref(its key), which the
# renderer replaces, once the tables are numbered, by ", Tabel 9" ("" when the report has no such table:
# report.formats.render.number_and_list); the key of BAB VI's plan for the weak service elements (LOOK28 Z-6)
WEAK_ELEMENTS_PLAN = "rencana-unsur"
TABLE_REF = re.compile(r"\[\[tabel:([a-z-]+)\]\]")


def table_ref(key: str) -> str:
    """The place in a text where the number of the table ``key`` goes (TABLE_REF): plain characters, unchanged by
    escaping."""
    return f"[[tabel:{key}]]"


def table(header: list[str], rows: list[list[str]], caption: str, numeric: set[int] | None = None,
          note: str | list[str] | None = None, keep: bool | None = None,
          keep_rows: bool = False, held_ranges: set[int] | None = None, stack: bool | None = None,
          ref: str = "") -> str:
    """A captioned table; cells are escaped; ``numeric`` column indexes are right-aligned; ``note``: one note, or
    several, each its own paragraph (a reader on a phone gets short paragraphs, not a wall); ``keep`` whole on one
    page (default: when its printed height is at most KEEP_HEIGHT_PT, see ``print_breaks``). A number stays with
    its unit and a range with its ends (``hold_together``). On a phone a table that is not stacked keeps its label
    column (``label_column``) in view while it scrolls sideways (``.pin``), as the index keeps its agency names
    (LOOK25 W-3). ``keep_rows``: the rows whole on one page, its notes free to follow overleaf (report.css
    ``.keep-rows``), for a table too tall with its notes to be kept whole without leaving a page half empty.
    ``held_ranges``: column indexes whose bracketed ranges of numbers never break inside (``hold_range``).
    ``stack``: stacked on a phone (report.css ``.stack``); None: when a cell's text is long (``stacks_on_phone``).
    ``ref``: the key by which a text names the table's number (table_ref)."""
    numeric = numeric or set()
    held_ranges = held_ranges or set()
    header = [hold_together(str(h)) for h in header]
    rows = [[hold_together(hold_range(c) if i in held_ranges else c) for i, c in enumerate(row)]
            for row in one_range_style([[str(c) for c in row] for row in rows])]
    tight, shares = layout(header, rows, numeric)
    # a plan code is kept whole (span.kode) in a column wide enough for it, an id everywhere
    kept = [PLAN_CODE if whole else PLAN_ID for whole in whole_words(header, rows, numeric, shares, tight)]
    notes = [note] if isinstance(note, str) else [text for text in note or [] if text]
    notes = [bracket_once(text) for text in notes]
    whole, held, height, printed = print_breaks(header, rows, numeric, caption, notes, shares, tight)
    stack = stacks_on_phone(header, rows, numeric) if stack is None else stack
    pinned = None if stack else label_column(header, numeric)
    # a stacked cell names its column (report.css .stack td::before)
    labels = [f' data-label="{escape(h)}"' if stack else "" for h in header]
    fill = one_item if stack else str
    head = "".join(f'<th{" class=num" if i in numeric else PIN if i == pinned else ""}>{escape(h)}</th>'
                   for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{PIN if i == pinned else _cell_class(i in numeric, c)}"
                         f"{labels[i] if i < len(labels) else ''}>{fill(keep_codes(escape(c), kept[i]))}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    foot = "".join(f'<p class="table-note{" long" if note_lines(text) > NOTE_WHOLE_LINES else ""}">'
                   f'{keep_codes(escape(text))}</p>' for text in notes)
    cols = "".join(f'<col style="--w:{share:.1f}%">' for share in shares)
    # its printed height, its body rows' and its notes', for the chapter's closing blocks (report.chapters.page_tail)
    heights = " ".join(f"{row:.0f}" for row in printed.rows)
    group = (f'<colgroup data-tinggi="{height:.0f}" data-baris="{heights}" data-catatan="{printed.notes:.0f}">'
             f"{cols}</colgroup>")
    phone = " stack" if stack else " pin" if pinned is not None else ""
    # the pinned column's name, for the renderer's hint over a table that scrolls (render.number_and_list)
    named = f' data-pin="{escape(header[pinned])}"' if pinned is not None else ""
    named += f' data-ref="{escape(ref)}"' if ref else ""
    block = (f'<div class="table-block{phone}"{named}><table>'
             f"<caption>{escape(caption)}</caption>{group}<thead><tr>{head}</tr></thead>"
             f"<tbody>{body}</tbody></table>{foot}</div>")
    if tight:  # a wrapper, so the renderer's numbering of <div class="table-block"><table> keeps working
        block = f'<div class="tight">{block}</div>'
    if whole if keep is None else keep:
        return f'<div class="keep">{block}</div>'
    if keep_rows:
        return f'<div class="keep-rows">{block}</div>'
    return f'<div class="{held}">{block}</div>' if held else block


PIN = ' class="pin"'  # a cell of the pinned column (report.css .table-block .pin: sticky at the box's left)


def label_column(header: list[str], numeric: set[int]) -> int | None:
    """The column that names a table's rows, pinned on a phone: its first text column (an indicator, a plan row's
    code, a method, an agency after its rank in provinsi Tabel 11); None when every column holds numbers."""
    return next((index for index in range(len(header)) if index not in numeric), None)


# On a phone (report.css, max-width 40rem: table text .8rem, a text column at least 7rem, cells .45rem padded at each
# side, 26rem of screen inside the page's padding) a table wider than the screen scrolls sideways in its box; one that
# holds long texts is stacked instead, each row a block and each cell a line under its column's name (report.css
# .stack): Tabel 18's plan actions, 7rem wide, were twenty lines a cell and the table four screens wide (issue 22.8).
PHONE_LINE_EM = 26 / 0.8  # the screen's width in em of the table text
PHONE_TEXT_EM, PHONE_PAD_EM = 7 / 0.8, 0.9 / 0.8
STACK_LINES = 8  # a text cell this many lines long in a 7rem column is a paragraph, not a table cell


def stacks_on_phone(header: list[str], rows: list[list[str]], numeric: set[int]) -> bool:
    """Whether the table is stacked on a phone: wider than the screen, and a text cell of it longer than
    STACK_LINES lines of its narrowest column."""
    if not rows:
        return False
    cells = _measure(header, rows, numeric)
    columns = range(len(cells[0]))
    texts = [col for col in columns if col not in numeric]
    width = sum(max(PHONE_TEXT_EM if col in texts else 0.0, *(row[col][1] for row in cells)) + PHONE_PAD_EM
                for col in columns)
    longest = max((row[col][0] for row in cells[1:] for col in texts), default=0.0)
    return width > PHONE_LINE_EM and longest > STACK_LINES * PHONE_TEXT_EM


# Where a printed table may break (report.css @media print), from its height as laid out with the column widths
# above: a table whose moving to the next page leaves at most a third of a page empty is kept whole (a short
# table split left one row alone on a page, and kept whole by its row count, a table of eight tall rows left
# the page before it nearly empty); a longer one splits between rows, never leaving its caption and header
# with less than HOLD_LINES lines of rows (or three rows) at a page's foot, and never with fewer than HOLD_LEAST
# rows however tall (issue 22.8: provinsi en Tabel 18 began with its header and one row of ten lines at the foot
# of a page, the rest of the plan overleaf). Its last three rows stay together, or two when its first ones are
# tall: let go (one tall row), the table ended on the page before and a chapter's closing note was left alone on
# a page (provinsi en, BAB X).
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
# Print tables keep the body's leading: at 1.35 and .25rem padding the sample's 44 reports were 26 pages shorter
# (1,479 of 1,505) but more chapters ended on a nearly empty page (133 pages under a quarter full; 123 without)
TABLE_LINE_HEIGHT = 1.5  # report.css: html line-height, which tables inherit
CELL_EDGE_PT = 2 * 3.0 + 0.75  # report.css: .3rem cell padding above and below (10 pt print rem), the 1 px rule
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


def row_lines(header: list[str], rows: list[list[str]], numeric: set[int], shares: list[float],
              tight: bool) -> list[int]:
    """Printed lines of the header row and of each body row (its tallest cell) at the given column shares."""
    return [max(1, *row) for row in cell_lines(header, rows, numeric, shares, tight)]


def cell_lines(header: list[str], rows: list[list[str]], numeric: set[int], shares: list[float] | None = None,
               tight: bool | None = None) -> list[list[int]]:
    """Printed lines of every cell of the header row and the body rows, at the given column shares (by default the
    ones ``table`` lays the table out with)."""
    if tight is None or shares is None:
        chosen, chosen_shares = layout(header, rows, numeric)
        tight = chosen if tight is None else tight
        shares = chosen_shares if shares is None and tight == chosen else shares
    if shares is None:
        shares = column_shares(header, rows, numeric, tight)
    font, padding = (TIGHT_FONT_PT, TIGHT_PADDING_PT) if tight else (TABLE_FONT_PT, TABLE_PADDING_PT)
    line, pad = TEXT_WIDTH_PT / font, 2 * padding / font
    widths = [share / 100 * line - pad for share in shares]
    return [[cell.lines(width) for cell, width in zip(row, widths, strict=True)]
            for row in _wraps(header, rows, numeric)]


NBSP, WORD_JOINER = "\u00a0", "\u2060"
_UNITS = r"(?:juta|miliar|ribu|triliun|poin|JP|pp|million|billion|thousand|trillion|points?)\b"
# where a line may not break inside a cell: "Rp 1,2–3,4 juta" broke as "Rp 1,2–" / "3,4 juta" and
# "≤ Rp 337.605" as "≤ Rp" / "337.605"; Word and the browsers keep no-break spaces and word joiners too. A range
# whose second end carries its own currency ("Rp 337.606–Rp 481.348") may break after its dash: each line still reads
# as an amount, and held whole it kept Tabel 1's year columns half empty beside indicator and status columns set a
# word a line (REVIEW6 R6-12)
ONE_LETTER_HYPHEN = re.compile(r"(?<=(?<![\w-])[^\W\d_])-(?=[^\W\d_])")  # not in a code: "KECIL-E-LEARNING"
_HOLDS = (
    (re.compile(r"(?<=\bRp) (?=[\d−-])"), NBSP),  # "Rp 405.194"
    (re.compile(r"\b(BAB|Chapter) (?=[IVXLC]+\b)"), r"\1" + NBSP),  # "BAB X" (LOOK15 Q-3: "BAB" / "X)")
    (re.compile(r"(?<=[≥≤<>±]) (?=[\d−(]|Rp\b)"), NBSP),  # "≥ 100%", "≤ Rp 337.605"
    (re.compile(r"(?<=[\d%]) (?=" + _UNITS + ")"), NBSP),  # "167 juta", "−1,0 poin", "20 JP"
    (re.compile(r"([\d%)]|" + _UNITS + r")–(?=[\d−(])"), r"\1–" + WORD_JOINER),  # "62,6–70,4": one range
    # a word whose first part is one letter ("e-learning"): "peserta e-" / "learning 2025" read as two words (LOOK21
    # X-8); the hyphen of a longer part ("Sub-" / "district") may still end a line
    (ONE_LETTER_HYPHEN, "-" + WORD_JOINER),
    (re.compile(r"\bn = (?=\d)"), "n" + NBSP + "=" + NBSP),  # "n = 276" (LOOK24 V2-5: "n = / 276", "n / = 276")
    # the English verdict 'not met' on one line: a status column set it 'not' / 'met' in every row of the English
    # Table 1, the column beside it with room (LOOK22 Y-11). Not 'belum tercapai': half as wide again, held whole it
    # took an agency's Tabel 1 label column to six lines; three words ('belum dapat dinilai') are wrap.unstacked_room's
    (re.compile(re.escape(t("status_not_met", "en"))), lambda found: found.group(0).replace(" ", NBSP)),
)
# a bracketed range of numbers written with its word ("(9,7 s.d. 11,1)": one_range_style, fmt.span), held whole in
# the columns a table names (``held_ranges``; LOOK13 M-6: Tabel 8 broke "10,4 (9,7 / s.d. 11,1)"); not everywhere:
# a plan cell's "−1,6 (−2,7 s.d. −0,5) poin, Rp 52,8 juta" held whole widened its column and set the indicator
# beside it a word a line (issue 22.8). A range of amounts with its currency at both ends keeps its break.
# an amount's range may end in its scale word, said once ('(800 s.d. 1.600 juta)', fmt.amount_span)
_SCALE_END = r"(?:[ \u00a0](?:juta|miliar|triliun|million|billion|trillion))?"
# a range may follow another part of its bracket ('(C s.d. B; 74,25 s.d. 79,51)': an IKM's categories, then its range)
_RANGE_OPEN = r"(?:\(|;[ \u00a0])"
_WORD_RANGE_HELD = re.compile(r"(" + _RANGE_OPEN + r"[−-]?\d[\d.,]*%?) (s\.d\.|to) (?=[−-]?\d[\d.,]*%?" + _SCALE_END
                              + r"\))")


def hold_range(text: str) -> str:
    """``text`` with its bracketed ranges of numbers written with their word held on one line: '(9,7 s.d. 11,1)'."""
    return _WORD_RANGE_HELD.sub(r"\1" + NBSP + r"\2" + NBSP, text)


# a range in brackets written with a word because an end is negative ('(−3,7 s.d. −1,5)', fmt.span), and one written
# with a dash ('(63,3%–66,4%)'): inside one table all are written with the word (LOOK9 #14: two styles in Tabel 16)
_WORD_RANGE = re.compile(r"\([^()]*?\d%?[ \u00a0](s\.d\.|to)[ \u00a0](?:Rp[ \u00a0])?[−\d]")
_DASH_RANGE = re.compile(r"(" + _RANGE_OPEN + r")((?:Rp[ \u00a0])?\d[\d.,]*%?)–((?:Rp[ \u00a0])?\d[\d.,]*%?"
                         + _SCALE_END + r")(?=\))")
# the IKM categories an interval reaches, before its range in the same bracket ('78,76 B (C–B; 75,87–81,66)',
# facts.show_value)
_CATEGORY_RANGE = re.compile(r"\(([A-D])–\u2060?([A-D])(?=[;)])")


def one_range_style(rows: list[list[str]]) -> list[list[str]]:
    """The rows with one style of bracketed range: when some cell writes a range with its word ('s.d.', 'to'; an end
    is negative), every bracketed dash range of the table is written with the same word, a range after another part
    of its bracket and an IKM's categories too ('(C s.d. B; 74,25 s.d. 79,51)', not '(C–B; 74,25–79,51)' in KPKP's
    trend table of 's.d.' ranges); unchanged otherwise."""
    word = next((found[1] for row in rows for cell in row if (found := _WORD_RANGE.search(cell))), None)
    if word is None:
        return rows

    def styled(cell: str) -> str:
        cell = _DASH_RANGE.sub(lambda m: f"{m[1]}{m[2]} {word} {m[3]}", cell)
        return _CATEGORY_RANGE.sub(lambda m: f"({m[1]}{NBSP}{word}{NBSP}{m[2]}", cell)

    return [[styled(cell) for cell in row] for row in rows]


def hold_together(text: str) -> str:
    """``text`` with no-break spaces between a number and its currency, unit or comparison sign, and a word
    joiner after the dash of a range, so a narrow column wraps between figures, never inside one."""
    for pattern, joined in _HOLDS:
        text = pattern.sub(joined, text)
    return text


# Print tables are laid out with these column widths (report.css: table-layout: fixed), as the
# browser's automatic layout would share them: each column at least its longest word (a number
# cell: its whole text) measured in the print font (report.chapters.measure), the rest of the line
# shared out. WeasyPrint's automatic layout measures every cell several times: fixed widths make the
# PDF about 10% cheaper (0.3 s a report), and the screen keeps the automatic layout.
TEXT_WIDTH_PT = 17 / 2.54 * 72 * 0.98  # the 17 cm text width (report.css @page), 2% spare
TABLE_FONT_PT, TABLE_PADDING_PT = 8.5, 4.5  # report.css print: table font, .45rem cell padding each side
# a table whose columns' longest words do not fit side by side at that size is set smaller (report.css
# .tight), rather than breaking a word, a code or a range inside a squeezed column
TIGHT_FONT_PT, TIGHT_PADDING_PT = 7.5, 3.0
STUB_SHARE = 2 / 3
TOWER_LINES = 6  # a cell's lines a column is widened for before the rest is shared (column_shares)
HEADER_LINES = 3  # a header's lines a column is widened for first (column_shares)
STUB_LINES = 3  # a row's name in at most this many lines, when a line is too much (share_out)
SHARE_STEPS = 60  # the smallest widening share_out gives a column: this share of the spare width
SLACK_EMS = 0.15  # per column: the percentages are printed to 0.1 (0.5 pt), and kerning is not measured


# a table whose columns' longest words fit at the usual size, but whose texts then stand in towers (a plan's actions
# in 15-18 lines beside columns of long words: kominfotik Tabel 16), is set smaller when that makes it at least
# SQUEEZE_GAIN shorter: the 30 such plans of the sample were 14,000 pt (20 pages) shorter in all, their tallest
# cells about half as tall (issue 22.8)
SQUEEZE_LINES, SQUEEZE_GAIN = 12, 0.7


def layout(header: list[str], rows: list[list[str]], numeric: set[int]) -> tuple[bool, list[float]]:
    """Whether the printed table is set smaller (``fits``; SQUEEZE_LINES, SQUEEZE_GAIN) and its column shares."""
    if not fits(header, rows, numeric):
        return True, column_shares(header, rows, numeric, True)
    shares = column_shares(header, rows, numeric)
    lines = row_lines(header, rows, numeric, shares, False)
    if max(lines) <= SQUEEZE_LINES:
        return False, shares
    small = column_shares(header, rows, numeric, True)
    smaller = row_lines(header, rows, numeric, small, True)

    def height(counts: list[int], font: float) -> float:
        return sum(count * font * TABLE_LINE_HEIGHT + CELL_EDGE_PT for count in counts)

    if height(smaller, TIGHT_FONT_PT) < SQUEEZE_GAIN * height(lines, TABLE_FONT_PT):
        return True, small
    return False, shares


def fits(header: list[str], rows: list[list[str]], numeric: set[int]) -> bool:
    """Whether every column gets at least its longest unbreakable piece at the usual table size."""
    pieces = _measure(header, rows, numeric)
    padding = 2 * TABLE_PADDING_PT / TABLE_FONT_PT + SLACK_EMS
    least = [max(row[col][1] for row in pieces) + padding for col in range(len(pieces[0]))]
    return sum(least) <= TEXT_WIDTH_PT / TABLE_FONT_PT


def column_shares(header: list[str], rows: list[list[str]], numeric: set[int], tight: bool = False) -> list[float]:
    """Percent of the table width for each column (``tight``: at the smaller size of .tight).

    Each column is at least as wide as its longest unbreakable piece (a word, a number with its unit, a range;
    a number cell whole, a column of codes each code whole); if those do not fit the line, or the table is
    ``tight``, long codes ("KENAIKAN-" / "KESEHATAN:" in a sentence) may break after their hyphens, widest column
    first, a column of codes last. Then each column is
    widened towards its longest cell in TOWER_LINES lines, as far as the line allows; the rest of the line goes, a
    slice at a time, to the column where it saves the most lines (``share_out``)."""
    font, padding = (TIGHT_FONT_PT, TIGHT_PADDING_PT) if tight else (TABLE_FONT_PT, TABLE_PADDING_PT)
    line, pad = TEXT_WIDTH_PT / font, 2 * padding / font + SLACK_EMS
    codes = code_column(rows)
    cells = _measure(header, rows, numeric)
    texts = _wraps(header, rows, numeric)
    columns = range(len(cells[0]))
    least, soft, most = ([max(row[col][kind] for row in cells) + pad for col in columns] for kind in (1, 2, 0))
    # a squeezed table (tight) lets codes in sentences break after their hyphens ("KECIL-E-" / "LEARNING:") rather
    # than keep a column of prose at its longest code's width; a wide table gives them their width while the line
    # allows
    floor = list(soft) if tight else list(least)
    if codes and sum(floor) - floor[0] + least[0] <= line:  # a column of codes: each code whole (LOOK9 #8)
        floor[0] = least[0]
    for col in sorted(columns, key=lambda col: (codes and col == 0, -least[col])):  # the codes' last
        if sum(floor) <= line:
            break
        floor[col] = soft[col]
    # a column's header in at most HEADER_LINES lines, as far as the line allows: the lines saved per em went to the
    # rows, and left Tabel 17's '% tercapai dari yang dapat dinilai' over a column of numbers a word a line (LOOK15 Q-3)
    header_room = [texts[0][col].room(HEADER_LINES) + pad for col in columns]
    floor = _part_way(floor, most, [max(low, room) for low, room in zip(floor, header_room, strict=True)], line)
    # every column, as far as the line allows, wide enough for its longest cell in TOWER_LINES lines (``widen``): the
    # greedy share alone saves the most lines in all, and left the IKM-UKUR plan row's indicator 12 lines of one or
    # two words beside a 5-line action (issue 22.8); a first column of codes (one word each) is as wide as its
    # longest code and no wider: the rest of the line goes to the columns of sentences (as
    # report.formats.word_ooxml.column_widths; REVIEW3 19: the plan's actions stood in 15 lines beside a wide code
    # column)
    if sum(most) <= line:
        widths = most
    else:
        widths = widen(floor, most, most, [list(row) for row in texts], pad, line,
                       stub_share=0.0 if codes else STUB_SHARE,
                       stub=[max(row[0].room(lines) for row in texts) + pad for lines in (1, STUB_LINES)])
        # then no cell a word a line where the other columns give the room without a taller row (``mend``)
        widths = mend(widths, floor, most, texts, pad)
    return [100 * width / sum(widths) for width in widths]


def towards_lines(floor: list[float], most: list[float], pad: float, line: float,
                  cells: list[list[wrap.Cell]] | None = None, laid: list[float] | None = None) -> list[float]:
    """``floor`` widened towards the width that shows each column's longest cell (``most``, with ``pad``) in
    TOWER_LINES lines, each column by the same part of the way, as far as ``line`` allows. With ``cells`` (per row,
    each cell's text as it wraps, without ``pad``) and the widths a first layout gave them (``laid``), a column is
    widened only for its towers there, the cells taller than TOWER_LINES and than every other cell of their row: a
    cell no taller than its row costs no height, and widening its column for it took the room of the column that
    sets the rows' height (LOOK14 P-3: the province plan's 'Penanggung jawab' widened for 8-line cells beside
    actions of 20)."""
    if not cells or not laid:
        return _part_way(floor, most, [(high - pad) / TOWER_LINES + pad for high in most], line)

    towers = [0.0] * len(floor)
    for row in cells:
        now = [cell.lines(width - pad) for cell, width in zip(row, laid, strict=True)]
        for col, cell in enumerate(row):
            others = max((n for other, n in enumerate(now) if other != col), default=1)
            towers[col] = max(towers[col], cell.room(max(TOWER_LINES, others)) + pad)
    return _part_way(floor, most, towers, line)


def widen(floor: list[float], longest: list[float], most: list[float], cells: list[list[wrap.Cell]], pad: float,
          line: float, stub_share: float, stub: list[float] | None = None) -> list[float]:
    """Column widths from ``floor``: towards each column's ``longest`` cell in TOWER_LINES lines (``towards_lines``),
    then the rest of ``line`` where it saves the most lines (``share_out``, up to ``most``); laid out once so, then
    again widening only the columns whose cells stood taller than their rows in that first layout (LOOK14 P-3)."""
    raised = towards_lines(floor, longest, pad, line)
    first = share_out(raised, most, cells, pad, max(line - sum(raised), 0.0), stub_share, stub)
    raised = towards_lines(floor, longest, pad, line, cells, first)
    return share_out(raised, most, cells, pad, max(line - sum(raised), 0.0), stub_share, stub)


MEND_LINES = 1  # columns are widened to mend cells set a word a line at the cost of at most this line (``mend``)
MEND_STEPS = 8  # the room a mending takes at a cost, in this many slices (``mend``)


def mend(widths: list[float], floor: list[float], most: list[float], cells: Wraps | list[list[wrap.Cell]],
         pad: float) -> list[float]:
    """``widths`` with a column widened where its cells stand a word a line: first to the room in which none of its
    cells is set a word a line ('belum / dapat / dinilai': ``wrap.unstacked_room``), then to the room in which at
    most one word stands alone on a line (``wrap.pair_room``), each with ``pad`` and at most ``most``. The room is
    taken from the other columns (none below ``floor``, none set a word a line for it) where that makes no row
    taller, the rest a slice at a time where it costs the fewest lines: for no word a line at most MEND_LINES line
    of the table for all its mendings and none on its tallest row (a tower of prose made taller: the kominfotik
    plan's CAKUPAN action, 9 lines to 11), for two words a line none. ``share_out`` gives the line where it saves
    lines: Tabel 1's status 'belum / dapat / dinilai' beside a rank of four lines saved none and stood a word a line
    (LOOK15 Q-3)."""
    widths, floor = list(widths), list(floor)
    columns = list(zip(*cells, strict=True))

    def heights(trial: list[float]) -> list[int]:
        return [max(cell.lines(width - pad) for cell, width in zip(row, trial, strict=True)) for row in cells]

    def total(trial: list[float]) -> int:
        return sum(heights(trial))

    def room(kind: str) -> list[float]:
        return [min(max(getattr(cell, kind) for cell in column) + pad, high) for column, high in zip(columns, most,
                                                                                                   strict=True)]

    unstacked = room("unstacked")
    # a column none of whose cells stands a word a line is not narrowed into it for another
    floor = [max(low, stack) if width >= stack - 1e-9 and stack > pad else low
             for low, stack, width in zip(floor, unstacked, widths, strict=True)]
    start, tallest = total(widths), max(heights(widths))
    for kind in ("unstacked", "pair"):
        wanted = room(kind)
        for col in sorted(range(len(widths)), key=lambda col: widths[col] - wanted[col]):
            need = wanted[col] - widths[col]
            if wanted[col] <= pad or need <= 1e-9:
                continue
            trial = [*widths[:col], wanted[col], *widths[col + 1:]]
            rows = heights(trial)  # the rows' heights with this column widened, once for every other column
            free = {other: widths[other] - max(floor[other], *(row[other].room(height) + pad
                                                              for row, height in zip(cells, rows, strict=True)))
                    for other in range(len(widths)) if other != col}
            for other in sorted(free, key=free.__getitem__, reverse=True):  # what costs no line
                take = min(max(free[other], 0.0), need)
                trial[other] -= take
                need -= take
            steps = MEND_STEPS
            while need > 1e-9 and steps:  # the rest a slice at a time where it costs the fewest lines
                step = need / steps
                costs = [(total(narrower), -free[other], narrower) for other in free
                         if (narrower := [*trial[:other], trial[other] - step, *trial[other + 1:]])[other]
                         >= floor[other] - 1e-9]
                if not costs:
                    break
                _, _, trial = min(costs, key=lambda cost: cost[:2])
                need -= step
                steps -= 1
            budget = MEND_LINES if kind == "unstacked" else 0  # two words a line only where it costs no line
            if need > 1e-9 or total(trial) - start > budget or max(heights(trial)) > tallest:
                continue
            widths = trial
            floor[col] = widths[col]  # a column mended gives no room back to the next
    return widths


def _part_way(floor: list[float], most: list[float], wanted: list[float], line: float) -> list[float]:
    """Each column from ``floor`` towards ``wanted`` (no wider than ``most``), all by the same part of the way, as
    far as ``line`` allows."""
    raised = [max(low, min(high, want)) for low, high, want in zip(floor, most, wanted, strict=True)]
    more = sum(raised) - sum(floor)
    if more <= 0:
        return list(floor)
    part = min(1.0, max(line - sum(floor), 0.0) / more)
    return [low + part * (high - low) for low, high in zip(floor, raised, strict=True)]


def code_column(rows: list[list[str]]) -> bool:
    """Whether the first column holds codes: one word in every row ("JP20", "KECIL-E-LEARNING")."""
    return bool(rows) and all(" " not in str(row[0]).strip() for row in rows if row)


def whole_words(header: list[str], rows: list[list[str]], numeric: set[int], shares: list[float],
                tight: bool) -> list[bool]:
    """Per column, whether it is wide enough at ``shares`` for its longest word on one line, a plan code included
    (column_shares gives a column of codes that width when the line has the room): there a code is kept whole."""
    font, padding = (TIGHT_FONT_PT, TIGHT_PADDING_PT) if tight else (TABLE_FONT_PT, TABLE_PADDING_PT)
    cells = _measure(header, rows, numeric)
    return [share / 100 * TEXT_WIDTH_PT / font >= max(row[col][1] for row in cells) + 2 * padding / font + SLACK_EMS
            - 1e-6 for col, share in enumerate(shares)]


Measured = tuple[tuple[tuple[float, float, float], ...], ...]


def _measure(header: list[str], rows: list[list[str]], numeric: set[int]) -> Measured:
    """Per cell, in em: its width on one line, its longest unbreakable piece, and the same with codes broken
    after their hyphens (a plan id never: a missing cell counts as empty). A table is measured once: whether it
    stacks on a phone, fits, its column shares and whole words ask again for the same cells (~6 times a table)."""
    return _measured(tuple(header), tuple(map(tuple, rows)), frozenset(numeric))


def _grid(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
          numeric: frozenset[int]) -> list[list[tuple[str, bool, bool]]]:
    """Every cell of the header and the rows, short rows padded, as (text, bold: the header's, whole: a number
    cell of a numeric column, never broken); what _measured and _wrapped both walk."""
    count = max([len(header), *(len(row) for row in rows)])
    out = []
    for row in [header, *rows]:
        bold = row is header
        cells = [row[col] if col < len(row) else "" for col in range(count)]
        out.append([(cell, bold, col in numeric and not bold and _cell_class(True, cell) == " class=num")
                    for col, cell in enumerate(cells)])
    return out


@functools.lru_cache(maxsize=64)
def _measured(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], numeric: frozenset[int]) -> Measured:
    out = []
    for row in _grid(header, rows, numeric):
        measured = []
        for cell, bold, whole in row:
            words = [cell] if whole else [part for word in _BREAKS.split(cell) for part in _DASH_BREAKS.split(word)]
            pieces = words if whole else [part for word in words for part in _pieces(word)]
            measured.append((text_width(cell, bold), max(text_width(word, bold) for word in words),
                             max(text_width(piece, bold) for piece in pieces)))
        out.append(tuple(measured))
    return tuple(out)


def share_out(floor: list[float], most: list[float], cells: list[list[wrap.Cell]], pad: float,
              spare: float, stub_share: float = STUB_SHARE, stub: list[float] | None = None) -> list[float]:
    """Column widths from ``floor`` up: ``spare`` goes, widening by widening, where it saves the most lines of
    table per em (a row is as tall as its tallest cell; a cell's lines as its words wrap: ``wrap.Cell``), what
    is left in proportion to what each column still needs to show its longest cell on one line. A browser
    shares all in proportion to the longest cells, which wrapped a column of short labels beside one of long
    prose."""
    widths = list(floor)
    # the first column names the row (an indicator, a code): on one line when that takes at most 2/3 of the spare,
    # else in at most STUB_LINES lines when that does (kesehatan Tabel 11's indicator names stood one word a line,
    # "Kenaikan / nilai, / disesuaikan / (model / campuran; / poin)", beside columns of two lines: issue 22.8)
    # (``stub``: those two widths as the caller measured them, its words wrapped: ``stub_room``; then, when neither
    # fits that share, as near the second as it allows: the measured room for three lines no longer fitting, the
    # Indonesian label 'Kenaikan nilai, disesuaikan (model campuran; poin)' fell from four lines to six)
    wrapped = stub is not None
    stub = stub or ([max(row[0].room(lines) for row in cells) + pad for lines in (1, STUB_LINES)] if cells else [])
    for wanted in stub:
        if 0 < wanted - widths[0] <= spare * stub_share:
            spare -= wanted - widths[0]
            widths[0] = wanted
            break
    else:
        if wrapped and stub and stub[-1] > widths[0]:
            more = min(stub[-1] - widths[0], spare * stub_share)
            spare -= more
            widths[0] += more

    def lines(cell: wrap.Cell, width: float) -> int:
        return cell.lines(width - pad)

    step = spare / SHARE_STEPS  # no widening smaller than this: a long prose column took hundreds of them
    while spare > 1e-6:
        now = [[lines(row[col], widths[col]) for col in range(len(widths))] for row in cells]
        # each row's tallest and second tallest cell: the row's height without one column's cell
        tops = [sorted(row_lines, reverse=True)[:2] + [1] for row_lines in now]
        best: tuple[float, int, float] | None = None
        for col in range(len(widths)):
            others = [top[1] if row_lines[col] == top[0] else top[0] for row_lines, top in zip(now, tops, strict=True)]
            # the widths at which a cell of this column loses a line, nearest first
            stops = sorted({max(row[col].room(row_lines[col] - 1) + pad, widths[col] + step)
                            for row, row_lines in zip(cells, now, strict=True) if row_lines[col] > 1})
            for stop in [stop for stop in stops if stop - widths[col] <= spare][:3]:
                saved = sum(max(other, row_lines[col]) - max(other, lines(row[col], stop))
                            for row, row_lines, other in zip(cells, now, others, strict=True))
                rate = saved / max(stop - widths[col], 1e-6)
                if saved and (best is None or rate > best[0]):
                    best = (rate, col, stop)
        if best is None:
            break
        _, col, stop = best
        spare -= stop - widths[col]
        widths[col] = stop
    need = [max(high - width, 0.0) for width, high in zip(widths, most, strict=True)]
    total = sum(need)
    return [width + (spare * more / total if total else spare / len(widths)) for width, more in zip(widths, need,
                                                                                                       strict=True)]


# where a cell's text may wrap: spaces and slashes, not the no-break space that holds "17 dari 21 (7–21)"
# together; a range "(7–21)" or "e-learning" counts as one word, so its column is made wide enough for it
# (breaking "17 dari 21 (7–" / "21)" reads badly, and WeasyPrint breaks at the dash of a narrower column)
_BREAKS = re.compile(r"[ \t\n\r/]+")
# a line may also break after a hyphen followed by a letter (Unicode line breaking; not before a digit)
_HYPHEN_BREAKS = re.compile(r"(?<=-)(?<!(?<![\w-])[^\W\d_]-)(?=[^\W\d_])")  # not after one letter's: ONE_LETTER_HYPHEN
def _pieces(word: str) -> list[str]:
    """Where a word may break after its hyphens: a word holding a plan id never (keep_codes, PLAN_ID)."""
    return [word] if PLAN_ID.search(word) else _HYPHEN_BREAKS.split(word)


# and after the dash of a range whose second end is an amount of its own ("Rp 337.606–" / "Rp 481.348": _HOLDS)
_DASH_BREAKS = re.compile(r"(?<=–)(?=Rp\b)")
_WRAP_WORD = re.compile(r"([^ \t\n\r/]*/*)([ \t\n\r]*)")


_FIGURE = re.compile(r"\d")


def _wrap_cell(cell: str, bold: bool) -> wrap.Cell:
    """``cell`` as it wraps (``wrap.Cell``): where a line may end, each piece (a word, or a part of one after its
    hyphen before a letter, its slash, or a money range's dash) with the width of the spaces after it, in em; a piece
    with a digit is a figure, not a word."""
    pieces: list[tuple[float, float]] = []
    words: list[bool] = []
    for found in _WRAP_WORD.finditer(cell):
        word, spaces = found.group(1), found.group(2)
        if not word:
            continue
        parts = [piece for part in _DASH_BREAKS.split(word) for piece in _pieces(part)]
        pieces += [(text_width(part, bold), 0.0) for part in parts[:-1]]
        pieces.append((text_width(parts[-1], bold), text_width(spaces, bold)))
        words += [not _FIGURE.search(part) for part in parts]
    return wrap.Cell(tuple(pieces) or ((0.0, 0.0),), tuple(words) or (False,))


Wraps = tuple[tuple[wrap.Cell, ...], ...]


@functools.lru_cache(maxsize=64)
def _wrapped(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...], numeric: frozenset[int]) -> Wraps:
    return tuple(tuple(wrap.Cell(((text_width(cell, bold), 0.0),), (False,)) if whole else _wrap_cell(cell, bold)
                       for cell, bold, whole in row) for row in _grid(header, rows, numeric))


def _wraps(header: list[str], rows: list[list[str]], numeric: set[int]) -> Wraps:
    """Per cell, how its text wraps (``wrap.Cell``, in em), each table's once: its lines at a width are counted
    again for the column shares, the whole words and the printed height."""
    return _wrapped(tuple(header), tuple(map(tuple, rows)), frozenset(numeric))


LONG_CELL = 16  # characters: a longer cell of a number column is words ("tidak cukup data ...") or a range


def _cell_class(numeric: bool, text: str) -> str:
    """Number cells stay on one line (the column as narrow as its numbers); a long one with spaces
    may wrap at them, so it cannot push the table off the page."""
    if not numeric:
        return ""
    return ' class="num wrap"' if len(text) > LONG_CELL and " " in text else " class=num"


def figure(fig, caption: str, alt: str, note: str | None = None) -> str:
    """A matplotlib figure as an embedded PNG with a numbered caption and an optional note below
    it (the figure is closed). A figure of many panels (``evalasn_wide``, the trend's small multiples) is marked
    ``wide``: on a phone it keeps its printed width in a box that scrolls sideways (report.css; LOOK28 Z-5)."""
    width_in = fig.get_size_inches()[0]
    wide = ' class="wide"' if getattr(fig, "evalasn_wide", False) else ""
    key_numbers = getattr(fig, "evalasn_alt", "")  # set by report.charts.figures: the figure's key numbers
    if key_numbers and key_numbers not in alt:
        alt = f"{alt}. {key_numbers}" if not alt.endswith(".") else f"{alt} {key_numbers}"
    data = base64.b64encode(png_rgb(fig)).decode("ascii")
    foot = f'<p class="figure-note">{escape(note)}</p>' if note else ""
    return (f'<figure{wide}><img src="data:image/png;base64,{data}" style="width:{width_in:.2f}in" '
            f'alt="{escape(alt)}"/><figcaption>{escape(caption)}</figcaption>{foot}</figure>')


def png_rgb(fig) -> bytes:
    """The figure as an opaque RGB PNG at FIGURE_DPI, without metadata (so builds are
    byte-identical); the figure is closed. RGB, not matplotlib's RGBA: the figures have an opaque
    background, the file is smaller, and WeasyPrint embeds it without splitting off an alpha mask."""
    import matplotlib.pyplot as plt
    import numpy as np

    fig.set_dpi(FIGURE_DPI)
    fig.canvas.draw()
    data = png_bytes(np.asarray(fig.canvas.buffer_rgba())[:, :, :3], FIGURE_DPI)
    plt.close(fig)
    return data


def png_bytes(rgb, dpi: int) -> bytes:
    """An 8-bit RGB PNG of the pixels ``rgb`` (height x width x 3 bytes) with its resolution (pHYs) and no other
    chunk. Each row is stored unfiltered (PNG filter type 0) and the rows compressed by zlib at its default level:
    a figure's flat colours and thin lines compress better so than with the per-row adaptive filters Pillow picks,
    and zlib has less to do (a kesehatan report's eight figures: 377 -> 338 KB, PNG writing 0.098 -> 0.060 CPU-s;
    the province's nine: 508 -> 482 KB). The PDF embeds these rows as they are (evalasn.run.fastpath.pdf)."""
    import numpy as np

    height, width, _ = rgb.shape
    rows = np.zeros((height, width * 3 + 1), np.uint8)  # each row: its filter type byte (0), then the pixels
    rows[:, 1:] = np.asarray(rgb, np.uint8).reshape(height, width * 3)
    per_metre = int(dpi / 0.0254 + 0.5)
    return b"".join((PNG_SIGNATURE, _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
                     _png_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)),
                     _png_chunk(b"IDAT", zlib.compress(rows.tobytes(), PNG_ZLIB_LEVEL)), _png_chunk(b"IEND", b"")))


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def note(text: str) -> str:
    """A one-line note, e.g. why a section is left out."""
    return f'<p class="note">{escape(bracket_once(text))}</p>'


def section(anchor: str, title: str, *parts: str, cls: str = "chapter") -> str:
    """A chapter (or front section): its heading and parts, the closing parts held together on its last page
    (report.chapters.page_tail)."""
    body = "".join(page_tail.hold(list(parts)))
    return f'<section class="{cls}" id="{escape(anchor)}-bab">{heading(2, title, anchor)}{body}</section>'
