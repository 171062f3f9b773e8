"""A report table's print column widths (report.css: table-layout: fixed) and its cells' printed lines: each cell
measured once in the print font (report.chapters.measure) and wrapped where a line may end (report.chapters.wrap);
the widths shared out where they save the most lines (``column_shares``), or the table set smaller (``layout``)."""

from __future__ import annotations

import functools
import re

from evalasn.report.chapters import wrap
from evalasn.report.chapters.measure import text_width
from evalasn.report.chapters.text_holds import PLAN_ID

# Print tables keep the body's leading: at 1.35 and .25rem padding the sample's 44 reports were 26 pages shorter
# (1,479 of 1,505) but more chapters ended on a nearly empty page (133 pages under a quarter full; 123 without)
TABLE_LINE_HEIGHT = 1.5  # report.css: html line-height, which tables inherit
CELL_EDGE_PT = 2 * 3.0 + 0.75  # report.css: .3rem cell padding above and below (10 pt print rem), the 1 px rule


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

