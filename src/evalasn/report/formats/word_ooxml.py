"""WordprocessingML that python-docx has no API for, written as XML: fixed-width tables with a
repeated header row, fields (SEQ, PAGEREF, PAGE), bookmarks, the document language and "update fields on
open".

The report's HTML walker (word.py) decides what goes where; this module only spells it in
Office Open XML (ECMA-376), so the walker stays readable and the XML is in one place.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple
from xml.sax.saxutils import escape as xml_escape

from evalasn.report.chapters import wrap
from evalasn.report.chapters.measure import text_width
from evalasn.report.chapters.table_layout import (
    SQUEEZE_GAIN,
    SQUEEZE_LINES,
    STUB_SHARE,
    mend,
    share_out,
    towards_lines,
)
from evalasn.report.chapters.text_holds import PLAN_CODE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
TEXT_WIDTH_TWIPS = 9638  # 17 cm: A4 less the 2 cm side margins
MIN_COLUMN_TWIPS = 600  # about 1 cm: a column narrower than this cannot hold a number
TABLE_FONT_PT = 9  # "Isi Tabel" (word_reference)
SMALL_FONT_PT = 8  # a table whose longest words do not fit side by side at 9 pt
TWIPS_PER_PT = 20
LONGEST_RUN_EMS = 33  # about 60 characters; a longer cell wraps rather than widening its column further
CELL_MARGIN_TWIPS = 170  # the cell's left and right margins (70 twips each, table_xml) and some air
LONG_NUMBER_CELL = 16  # report.chapters.table_layout.LONG_CELL: a longer cell of a number column may wrap at its spaces
SHORT_TABLE_ROWS = 8  # a table of at most this many body rows stays on one page (unless its HTML says otherwise)
KEEP_END_ROWS = 3  # a longer table keeps at least this many body rows together at its start and at its end
# and at its start a quarter of its rows, up to LEAD_MAX_ROWS (REVIEW3 19: LibreOffice began provinsi Tabel 11, 21
# rows, with its header and 3 rows at the foot of p.20): a page ends with a table's first part, not a sliver of
# it; the rest of its rows are free, so a table too long for the page's rest is not pushed whole to the next
LEAD_SHARE, LEAD_MAX_ROWS = 0.25, 6
SPACES = re.compile(r"[ \t\n\r\f]+")
LEAD = re.compile(r"lead-\d")  # report.chapters.html.print_breaks: the first rows held
END_ALONE = "end-1"  # report.chapters.html.print_breaks: the last row, tall, not held to the one before it

# the elements CT_Settings (ECMA-376 17.15.1.78) puts after updateFields
SETTINGS_AFTER_UPDATE = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                         "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                         "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                         "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def collapse(text: str) -> str:
    """HTML white space as one space."""
    return SPACES.sub(" ", text)


def _span(cell) -> int:
    return int(cell.get("colspan", "1") or 1)


def _numeric(cell) -> bool:
    return "num" in (cell.get("class") or "").split()


# --- tables -------------------------------------------------------------------------------------
class Notes(NamedTuple):
    """A table's notes (report.chapters.html.table: p.table-note), written as the table's last rows: one cell across
    the table under its closing rule, in the note style, each row whole and kept with the next note. As paragraphs
    after the table, LibreOffice left LH en's plan note alone on a page (LOOK25 W-7): it keeps a table's last row
    with the paragraph after it only for a table on one page (sw tabfrm.cxx, the last row's "magic move" is for a
    table without a follow), while a row kept with the next row holds at every page break, in Word as in LibreOffice.
    ``kept``: the last note keeps with the paragraph after the table (a p.note)."""

    texts: tuple[str, ...]
    style_id: str
    kept: bool = False


def table_xml(grid: list[list[tuple]], cell_style_id: str, noted: bool = False, whole: bool | None = None,
              held: tuple[int, int] = (KEEP_END_ROWS, KEEP_END_ROWS), closing: set[int] | None = None,
              notes: Notes | None = None) -> str:
    """A <w:tbl> for ``grid`` (rows of (HTML cell, is-header) pairs): fixed column widths, the
    leading header rows repeated on each page, rows not split, number cells right-aligned; ``noted``: the last
    row keeps with the note after the table; ``whole`` and ``held`` as ``kept_rows``; ``closing``: rows
    that keep with the next whatever the rest (a chapter's closing rows); ``notes``: the table's notes as its
    last rows (``Notes``), the last row of ``grid`` kept with them."""
    columns = max(sum(_span(cell) for cell, _ in row) for row in grid)
    measured = Measured(grid, columns)
    font_pt = TABLE_FONT_PT if fits(grid, columns, measured) and not squeezed(grid, columns, measured) \
        else SMALL_FONT_PT
    widths = column_widths(grid, columns, font_pt, measured)
    size = "" if font_pt == TABLE_FONT_PT else f'<w:sz w:val="{font_pt * 2}"/><w:szCs w:val="{font_pt * 2}"/>'
    xml = [f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="6" w:color="0B5394"/>'
           '<w:bottom w:val="single" w:sz="6" w:color="0B5394"/>'
           '<w:insideH w:val="single" w:sz="4" w:color="D5DBE1"/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
           '<w:right w:w="70" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0420" w:firstRow="1"/></w:tblPr>'
           "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{width}"/>' for width in widths) + "</w:tblGrid>"]
    leading_header = True
    kept = kept_rows(grid, whole, held) | ({len(grid) - 1} if noted else set()) | (closing or set())
    for index, row in enumerate(grid):
        header = all(is_head for _, is_head in row)
        leading_header = leading_header and header
        props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header and leading_header else "")
        keep = "<w:keepNext/>" if index in kept else ""
        xml.append(f"<w:tr><w:trPr>{props}</w:trPr>")
        col = 0
        for cell, is_head in row:
            span = _span(cell)
            width = sum(widths[col:col + span])
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F6"/>' if is_head else ""
            grid_span = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            align = '<w:jc w:val="right"/>' if _numeric(cell) else ""
            bold = "<w:b/>" if is_head else ""
            runs = "".join(f'<w:r><w:rPr>{bold}{size}</w:rPr>{"<w:br/>" if index else ""}'
                           f'<w:t xml:space="preserve">{xml_escape(line)}</w:t></w:r>'
                           for index, line in enumerate(cell_lines(collapse(cell.text_content()).strip(),
                                                                   width, font_pt, is_head)))
            xml.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid_span}{shade}</w:tcPr>'
                       f'<w:p><w:pPr><w:pStyle w:val="{cell_style_id}"/>{keep}{align}</w:pPr>{runs}</w:p></w:tc>')
            col += span
        xml.append("</w:tr>")
    if notes:
        xml += _note_rows(notes, widths)
    xml.append("</w:tbl>")
    return "".join(xml)


def _note_rows(notes: Notes, widths: list[int]) -> list[str]:
    """``notes`` as rows of one cell across the table: the first under the table's closing rule (a note is no
    body row: no rule between notes, none under the last), each whole (not split, its lines together), each but
    the last kept with the next (the last too when ``notes.kept``). No space after a note: in a cell it is part of
    the row's height, which must fit the page, and sosial's Tabel 7 and its note, 2 pt above the foot of p.16 as a
    paragraph, went overleaf with the 8 pt; a table without a note ends without space too."""
    rule, none = '<w:top w:val="single" w:sz="6" w:color="0B5394"/>', '<w:top w:val="nil"/>'
    rows = []
    for index, text in enumerate(notes.texts):
        last = index == len(notes.texts) - 1
        keep = "<w:keepNext/>" if not last or notes.kept else ""
        borders = f'<w:tcBorders>{none if index else rule}<w:bottom w:val="nil"/></w:tcBorders>'
        rows.append(f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{sum(widths)}" w:type="dxa"/>'
                    f'<w:gridSpan w:val="{len(widths)}"/>{borders}</w:tcPr>'
                    f'<w:p><w:pPr><w:pStyle w:val="{notes.style_id}"/>{keep}<w:keepLines/>'
                    f'<w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p></w:tc></w:tr>')
    return rows


# A plan code inside a sentence of a cell may still end a line at its hyphen: Word has no run that does not break,
# and its non-breaking hyphen (w:noBreakHyphen) is copied out as U+2011 (0x1E in 8-bit text), not the '-' of the
# plan sheet's codes (ingest.plan_ids reads them exactly); the plan's sentences leave out the code their row's Kode
# column already shows (followup_review.history, LOOK10 N-10).
# the dash of a money range whose second end carries its own currency ("(Rp 337.606–Rp 481.348)"): the one place
# inside a range where a cell's line may end (report.chapters.html._DASH_BREAKS, as the PDF breaks it)
MONEY_DASH = re.compile(r"(?<=–)(?=Rp\b)")


def cell_lines(text: str, width_twips: int, font_pt: float, bold: bool = False) -> list[str]:
    """``text`` of a cell ``width_twips`` wide as the lines it must start (a line break, <w:br/>, before each but the
    first): a new line after the dash of a money range wider than the cell, so that range wraps there and not inside
    an amount. LibreOffice does not break after that dash where the range opens a line: it broke Kesehatan's
    "(Rp 337.606–Rp 481.348)" inside the amount, "Rp 481." / "348" (LOOK10 N-6), and a zero-width space after the
    dash did not change that; an explicit break holds in Word and LibreOffice alike, and each amount a reader copies
    keeps its characters (no joiner or special hyphen inside it). A range that fits, and every other text, is one
    line left to wrap at its spaces."""
    room = (width_twips - CELL_MARGIN_TWIPS) / (font_pt * TWIPS_PER_PT)
    lines, start = [], 0
    for word in re.finditer(r"[^ ]+", text):
        if MONEY_DASH.search(word.group()) and text_width(word.group(), bold, "arial") > room:
            for dash in MONEY_DASH.finditer(word.group()):
                lines.append(text[start:word.start() + dash.start()])
                start = word.start() + dash.start()
    return [*lines, text[start:]]


def kept_rows(grid: list[list[tuple]], whole: bool | None = None,
              held: tuple[int, int] = (KEEP_END_ROWS, KEEP_END_ROWS)) -> set[int]:
    """Indexes of the rows kept with the next one (keepNext on their paragraphs): the header rows, every row
    but the last of a table kept whole on one page, else its first and last ``held`` body rows (at its start at
    least a quarter of its rows, up to LEAD_MAX_ROWS), so a page never ends with the header and a few rows or
    starts with a table's last row alone. ``whole`` and ``held`` are the
    print layout's (report.chapters.html.print_breaks: by printed height, tall rows held fewer); unknown
    (another table), a table of at most SHORT_TABLE_ROWS rows is whole."""
    body = [index for index, row in enumerate(grid) if not all(is_head for _, is_head in row)]
    heads = set(range(len(grid))) - set(body)
    if len(body) <= SHORT_TABLE_ROWS if whole is None else whole:
        return heads | set(body[:-1])
    lead, tail = held
    if lead >= KEEP_END_ROWS:  # rows of ordinary height (tall first rows: the print layout's fewer, kept)
        lead = max(lead, min(math.ceil(len(body) * LEAD_SHARE), LEAD_MAX_ROWS))
    # held longer than the table (the Daftar Singkatan's sixteen rows, LOOK25 W-7: a negative start took none of
    # sosial's fifteen and LibreOffice put PP ... UU alone on p.5): all of it
    return heads | set(body[:lead - 1]) | set(body[max(len(body) - tail, 0):-1])


def print_breaks(table) -> tuple[bool | None, tuple[int, int]]:
    """How the PDF breaks an HTML <table> of report.chapters.html.table, from its wrappers: whole (``div.keep``, or
    ``div.keep-rows``: its rows; a Word table's notes are paragraphs of their own either way),
    or its first and last rows held (``lead-N``; else KEEP_END_ROWS; ``end-1``: the last row alone); whole is None
    for a table of another kind (no ``div.table-block`` around it)."""
    block = table.getparent()
    if block is None or "table-block" not in (block.get("class") or "").split():
        return None, (KEEP_END_ROWS, KEEP_END_ROWS)
    classes: set[str] = set()
    for wrapper in block.iterancestors():  # the wrappers html.table puts around the block, nearest first
        names = set((wrapper.get("class") or "").split())
        if wrapper.tag != "div" or not names or any(name not in ("keep", "keep-rows", "tight", END_ALONE)
                                                    and not LEAD.fullmatch(name) for name in names):
            break
        classes |= names
    lead = min((int(name[len("lead-"):]) for name in classes if LEAD.fullmatch(name)), default=KEEP_END_ROWS)
    # tall rows: as many held at its end as at its start, a tall last row alone (report.css)
    # (a tall first row alone, lead-1: its last two rows still held, as report.css holds them; LOOK34 F-4)
    return bool(classes & {"keep", "keep-rows"}), (lead, 1 if END_ALONE in classes else max(lead, 2))


class Measured:
    """A table's cells measured once (``_measure``), their wraps once per size (``_wraps``) and its column widths once
    per font size: ``table_xml`` asked ``fits``, ``squeezed`` and ``column_widths`` for the same cells, the widths at
    the size it chose twice and the wraps up to four times (a third of a report's Word version, cProfile)."""

    def __init__(self, grid: list[list[tuple]], columns: int) -> None:
        self.grid, self.columns = grid, columns
        self.cells = _measure(grid, columns)
        self._wraps: dict[float, list[list[wrap.Cell]]] = {}
        self._widths: dict[float, list[int]] = {}

    def wraps(self, em: float) -> list[list[wrap.Cell]]:
        if em not in self._wraps:
            self._wraps[em] = _wraps(self.grid, self.columns, em)
        return self._wraps[em]

    def widths(self, font_pt: float) -> list[int]:
        if font_pt not in self._widths:
            self._widths[font_pt] = _column_widths(self, font_pt)
        return self._widths[font_pt]


def squeezed(grid: list[list[tuple]], columns: int, measured: Measured | None = None) -> bool:
    """Whether a table whose longest words fit at TABLE_FONT_PT is set smaller all the same: its texts stand in
    towers there and the smaller size makes it much shorter (report.chapters.html.layout's rule, in Word's fonts)."""
    measured = measured or Measured(grid, columns)

    def heights(font_pt: float) -> list[int]:
        widths = measured.widths(font_pt)
        return [max(1, *(cell.lines(width - CELL_MARGIN_TWIPS) for cell, width in zip(row, widths, strict=True)))
                for row in measured.wraps(font_pt * TWIPS_PER_PT)]

    usual = heights(TABLE_FONT_PT)
    if max(usual) <= SQUEEZE_LINES:
        return False
    return SMALL_FONT_PT * sum(heights(SMALL_FONT_PT)) < SQUEEZE_GAIN * TABLE_FONT_PT * sum(usual)


def column_widths(grid: list[list[tuple]], columns: int, font_pt: float = TABLE_FONT_PT,
                  measured: Measured | None = None) -> list[int]:
    """Twips per column at ``font_pt``: each column at least its longest word (a number cell: its whole text),
    measured in Arial (bold in the header), so no word is broken inside a narrow column ("mentorin g",
    "RESISTEN SI"); each column's longest cell in a few lines; the rest of the line where it saves the most lines,
    the cells' lines counted as their words wrap (report.chapters.table_layout.share_out, report.chapters.wrap); then no
    cell a word a line where other columns give the room (report.chapters.table_layout.mend). ``measured``: the table's
    ``Measured``, when the caller has one (its widths are worked out once per size)."""
    return list((measured or Measured(grid, columns)).widths(font_pt))


def _column_widths(measured: Measured, font_pt: float) -> list[int]:
    grid, columns, cells = measured.grid, measured.columns, measured.cells
    em = font_pt * TWIPS_PER_PT
    least = [max(MIN_COLUMN_TWIPS, max(row[col][1] for row in cells) * em + CELL_MARGIN_TWIPS)
             for col in range(columns)]
    most = [max(low, min(max(row[col][0] for row in cells), LONGEST_RUN_EMS) * em + CELL_MARGIN_TWIPS)
            for col, low in enumerate(least)]
    if sum(most) <= TEXT_WIDTH_TWIPS:  # everything fits on one line: spread the spare room alike
        widths = most
    else:
        texts = measured.wraps(em)
        # a first column of codes (one word each, "PORSI-MENTORING") is as wide as its longest code and no wider:
        # the rest goes to the columns of sentences (REVIEW3 19: Kode wide, Kegiatan tindak lanjut 20 lines a cell)
        firsts = [collapse(row[0][0].text_content()).strip() for row in grid
                  if row and not all(is_head for _, is_head in row)]
        codes = bool(firsts) and all(" " not in first for first in firsts)
        # each column towards its longest cell in a few lines first (the IKM-UKUR plan row's indicator: 13 lines)
        longest = [max(row[col][0] for row in cells) * em + CELL_MARGIN_TWIPS for col in range(columns)]
        floor = towards_lines(least, longest, CELL_MARGIN_TWIPS, TEXT_WIDTH_TWIPS)
        widths = share_out(floor, most, texts, CELL_MARGIN_TWIPS, max(TEXT_WIDTH_TWIPS - sum(floor), 0.0),
                           stub_share=0.0 if codes else STUB_SHARE)
        widths = mend(widths, least, most, texts, CELL_MARGIN_TWIPS)
    scale = TEXT_WIDTH_TWIPS / sum(widths)  # the table is as wide as the text (narrower only when words force it)
    return [int(width * scale) for width in widths]


def fits(grid: list[list[tuple]], columns: int, measured: Measured | None = None) -> bool:
    """Whether the columns' longest words fit side by side at the table font's size (else SMALL_FONT_PT)."""
    em = TABLE_FONT_PT * TWIPS_PER_PT
    cells = (measured or Measured(grid, columns)).cells
    return sum(max(MIN_COLUMN_TWIPS, max(row[col][1] for row in cells) * em + CELL_MARGIN_TWIPS)
               for col in range(columns)) <= TEXT_WIDTH_TWIPS


def _wraps(grid: list[list[tuple]], columns: int, em: float) -> list[list[wrap.Cell]]:
    """Per row and column, how the cell's text wraps (report.chapters.wrap.Cell) in twips at ``em`` twips to the em:
    at its spaces, after its hyphens and a money range's dash (as ``_measure`` splits it), a number cell whole; cells
    spanning columns count as empty."""
    space = text_width(" ", False, "arial")
    out = []
    for row in grid:
        col, cells = 0, [wrap.Cell(((0.0, 0.0),), (False,), em)] * columns
        for cell, is_head in row:
            span = _span(cell)
            if span == 1 and col < columns:
                cells[col] = wrap.Cell(*_word_pieces(collapse(cell.text_content()).strip(), col, _numeric(cell),
                                                     is_head, space if not is_head else text_width(" ", True, "arial")),
                                       em)
            col += span
        out.append(cells)
    return out


def _word_pieces(text: str, col: int, numeric: bool, is_head: bool,
                 space: float) -> tuple[wrap.Pieces, tuple[bool, ...]]:
    """A cell's pieces (width, and the space after it, in em) and whether each is a word (no digit), as _measure
    splits it."""
    words = text.split(" ")
    if numeric and not is_head and (len(text) <= LONG_NUMBER_CELL or len(words) == 1):
        return ((text_width(text, is_head, "arial"), 0.0),), (False,)
    pieces: list[tuple[float, float]] = []
    kinds: list[bool] = []
    for index, word in enumerate(words):
        parts = ([word] if col == 0 and PLAN_CODE.fullmatch(word)
                 else [part for part in re.split(r"(?<=-)|(?<=–)(?=Rp\b)", word) if part]) or [""]
        after = space if index < len(words) - 1 else 0.0
        pieces += [(text_width(part, is_head, "arial"), 0.0) for part in parts[:-1]]
        pieces.append((text_width(parts[-1], is_head, "arial"), after))
        kinds += [not re.search(r"\d", part) for part in parts]
    return tuple(pieces), tuple(kinds)


def _measure(grid: list[list[tuple]], columns: int) -> list[list[tuple[float, float]]]:
    """Per row and column (cells spanning columns count as empty), in em: the cell's text on one line and its
    longest unbreakable piece."""
    out = []
    for row in grid:
        col, measured = 0, [(0.0, 0.0)] * columns
        for cell, is_head in row:
            span = _span(cell)
            if span == 1 and col < columns:
                text = collapse(cell.text_content()).strip()
                # not at a no-break space ("Rp\u00a0316.908" is one word), but after a hyphen, where Word and
                # LibreOffice break a long run such as a plan row id ("kesehatan-2024-STOP-E-LEARNING:"), and after
                # the dash of a money range ("(Rp 337.606–" / "Rp 481.348)": html.hold_together, REVIEW6 R6-12); a
                # plan row's code in the first column is one piece: a column of codes is as wide as its longest
                # (LOOK9 #25: "KECIL-" / "E-LEARNING")
                words = [part for word in text.split(" ")
                         for part in ([word] if col == 0 and PLAN_CODE.fullmatch(word)
                                      else re.split(r"(?<=-)|(?<=–)(?=Rp\b)", word)) if part]
                # a number stays whole; words or a range in a number column ("kenaikan tidak positif") wrap
                whole = _numeric(cell) and not is_head and (len(text) <= LONG_NUMBER_CELL or len(words) == 1)
                pieces = [text] if whole else words or [""]
                measured[col] = (text_width(text, is_head, "arial"),
                                 max(text_width(piece, is_head, "arial") for piece in pieces))
            col += span
        out.append(measured)
    return out


# --- fields -------------------------------------------------------------------------------------
def _fld_char(kind: str):
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r xmlns:w="{W_NS}"><w:fldChar w:fldCharType="{kind}"/></w:r>')


def field_begin(para, instruction: str) -> None:
    """Open a field in paragraph ``para``; its current result is the runs added until field_end."""
    from docx.oxml import parse_xml

    para._p.append(_fld_char("begin"))
    para._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:instrText xml:space="preserve">{xml_escape(instruction)}'
                             "</w:instrText></w:r>"))
    para._p.append(_fld_char("separate"))


def field_end(para) -> None:
    para._p.append(_fld_char("end"))


def field(para, instruction: str, shown: str) -> None:
    """A complete field in one paragraph with ``shown`` as its current result."""
    field_begin(para, instruction)
    para.add_run(shown)
    field_end(para)


def clearing_field(para, shown: str) -> None:
    """``shown`` as the cached result of a field that computes to nothing: Word's update on open and
    LibreOffice's layout both remove it, a viewer that computes no fields keeps it (the F9 hint)."""
    field(para, ' IF 1 = 2 "-" "" ', shown)


# --- bookmarks and page references ---------------------------------------------------------------
BOOKMARK_PREFIX = "_Ref"  # a leading underscore: a hidden bookmark, as Word's own cross-references use
BOOKMARK_LENGTH = 40  # the longest name Word keeps


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an HTML anchor ("bagian-1-2"): letters, digits and underscores only."""
    import hashlib

    name = BOOKMARK_PREFIX + "_" + re.sub(r"[^A-Za-z0-9]", "_", anchor)
    if len(name) > BOOKMARK_LENGTH:
        name = f"{BOOKMARK_PREFIX}_{hashlib.sha1(anchor.encode()).hexdigest()[:16]}"
    return name


def bookmark(para, name: str, ident: int) -> None:
    """Mark the whole of paragraph ``para`` with bookmark ``name`` (``ident`` unique in the document)."""
    from docx.oxml import parse_xml

    start = parse_xml(f'<w:bookmarkStart xmlns:w="{W_NS}" w:id="{ident}" w:name="{xml_escape(name)}"/>')
    properties = para._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        para._p.insert(0, start)
    para._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W_NS}" w:id="{ident}"/>'))


def page_ref(para, name: str) -> None:
    """The page number of bookmark ``name``, linked to it. A PAGEREF outside a TOC field: LibreOffice
    computes it when it lays the document out (a TOC field's result it shows as saved, so the contents had
    no page numbers there), Word when it updates fields on opening."""
    field(para, f" PAGEREF {name} \\h ", "")


# --- document settings --------------------------------------------------------------------------
def set_language(document, lang: str) -> None:
    """Spelling and hyphenation language of the whole document (Word's docDefaults)."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    tag = "id-ID" if lang == "id" else "en-GB"
    rpr.append(rpr.makeelement(qn("w:lang"), {qn("w:val"): tag, qn("w:eastAsia"): tag, qn("w:bidi"): "ar-SA"}))


def update_fields_on_open(document) -> None:
    """Word refreshes the TOC, table lists and page numbers when the file is opened."""
    from docx.oxml.ns import qn

    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is not None:
        return
    element = settings.makeelement(qn("w:updateFields"), {qn("w:val"): "true"})
    after = {qn(f"w:{name}") for name in SETTINGS_AFTER_UPDATE}
    later = next((child for child in settings if child.tag in after), None)
    if later is not None:
        later.addprevious(element)  # the schema fixes the order of settings; Word refuses others
    else:
        settings.append(element)
