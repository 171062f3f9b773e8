"""Small HTML builders for the report cells: every text from the data is escaped here.

The renderer numbers figure and table captions ("Gambar 3", "Tabel 2") and lists them in the
Daftar Gambar / Daftar Tabel; chapters are <h2 id=...> the Daftar Isi links to.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Iterable

from evalasn.report.chapters import page_tail
from evalasn.report.chapters.figure_png import png_rgb
from evalasn.report.chapters.print_breaks import NOTE_WHOLE_LINES, note_lines, print_breaks
from evalasn.report.chapters.table_layout import _cell_class, _measure, layout, whole_words
from evalasn.report.chapters.text_holds import (
    ONE_CODE,
    PLAN_CODE,
    PLAN_ID,
    hold_range,
    hold_together,
    keep_codes,
    one_range_style,
)
from evalasn.report.words.units import bracket_once

escape = html.escape


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
# BAB X's review of last year's plan, named from the summary and from its own chapter (LOOK37 L-15)
FOLLOW_UP_REVIEW = "tinjauan-rencana"
# ``bare``: "Tabel 14" alone, for a sentence in the table's own chapter ("" without the table, as the other)
TABLE_REF = re.compile(r"\[\[tabel(-bare)?:([a-z-]+)\]\]")


def table_ref(key: str, bare: bool = False) -> str:
    """The place in a text where the number of the table ``key`` goes (TABLE_REF): plain characters, unchanged by
    escaping; ``bare``: without the leading comma."""
    return f"[[tabel{'-bare' if bare else ''}:{key}]]"


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



def note(text: str) -> str:
    """A one-line note, e.g. why a section is left out."""
    return f'<p class="note">{escape(bracket_once(text))}</p>'


def section(anchor: str, title: str, *parts: str, cls: str = "chapter") -> str:
    """A chapter (or front section): its heading and parts, the closing parts held together on its last page
    (report.chapters.page_tail)."""
    body = "".join(page_tail.hold(list(parts)))
    return f'<section class="{cls}" id="{escape(anchor)}-bab">{heading(2, title, anchor)}{body}</section>'
