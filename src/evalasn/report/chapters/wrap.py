"""How a table cell's text wraps in its column: line by line, as WeasyPrint and LibreOffice fill them (whole pieces,
each line taking pieces while the next fits; a piece wider than the column broken inside it), for column widths from
content (report.chapters.table_layout.column_shares for the PDF, report.formats.word_ooxml.column_widths for Word).

A cell's width over its column's counted its lines as if words filled each line to its end: a column whose cells hold a
word or two a line was given the room for two lines and printed three, 'belum / dapat / dinilai' (LOOK15 Q-3).
"""

from __future__ import annotations

import math

# each unbreakable piece of a cell's text (a word, a part of one after its hyphen, a money range's first end) with the
# width of the spaces after it: its width is counted only when a line goes on after it
Pieces = tuple[tuple[float, float], ...]
_EPSILON = 1e-9
_ROOM_TOLERANCE = 1e-3  # em: the least room for a number of lines is found to this (then made exact: ``room_for``)


def lines(pieces: Pieces, room: float) -> int:
    """Lines ``pieces`` take in ``room``: each line takes pieces while the next fits, a piece wider than the room
    breaks inside it (report.css td overflow-wrap: break-word) and the rest of it opens the next line."""
    room = max(room, 1e-6)
    count, used, gap = 0, 0.0, 0.0
    for width, after in pieces:
        if count and used + gap + width <= room + _EPSILON:
            used += gap + width
        elif width <= room + _EPSILON:
            count, used = count + 1, width
        else:
            over = math.ceil(width / room - _EPSILON)
            count, used = count + over, width - (over - 1) * room
        gap = after
    return max(count, 1)


def widest_line(pieces: Pieces, room: float) -> float:
    """The widest line ``pieces`` make in ``room`` (every piece fits it): at that room they wrap the same way."""
    widest = used = gap = 0.0
    started = False
    for width, after in pieces:
        if started and used + gap + width <= room + _EPSILON:
            used += gap + width
        else:
            used, started = width, True
        widest = max(widest, used)
        gap = after
    return widest


def one_line(pieces: Pieces) -> float:
    """The width of ``pieces`` on one line."""
    return sum(width + after for width, after in pieces) - (pieces[-1][1] if pieces else 0.0)


def room_for(pieces: Pieces, count: int) -> float:
    """The least room in which ``pieces`` take at most ``count`` lines, none broken inside a piece: the widest line
    of their wrapping there (lines only fall as the room grows, so it is searched by halves)."""
    if not pieces:
        return 0.0
    longest = max(width for width, _ in pieces)
    full = one_line(pieces)
    if count <= 1 or full <= longest + _EPSILON:
        return full
    # a wrapped line ends with more than the room less the next piece and its space: this room holds ``count`` lines
    high = min(full, full / count + longest + max(after for _, after in pieces))
    low = max(longest, full / count)
    if lines(pieces, high) > count:
        high = full
    if lines(pieces, low) <= count:
        return widest_line(pieces, low)
    while high - low > _ROOM_TOLERANCE:
        middle = (low + high) / 2
        if lines(pieces, middle) <= count:
            high = middle
        else:
            low = middle
    return widest_line(pieces, high)


WORDS_A_LINE_FROM = 3  # a cell of this many words or more is not set a word a line (``pair_room``)
PAIRED_MOST = 40  # pieces: a longer cell is prose, its column wide for its lines (its pairs not searched)


def _lone_words(pieces: Pieces, words: tuple[bool, ...], room: float, last: bool = False) -> int:
    """How many lines of ``pieces`` in ``room`` hold one word alone, their last counted when ``last``."""
    lone, count, used, gap, alone = 0, 0, 0.0, 0.0, False
    for index, (width, after) in enumerate(pieces):
        if count and used + gap + width <= room + _EPSILON:
            used += gap + width
            count += 1
            alone = False
        else:
            lone += alone
            count, used, alone = 1, width, words[index]
        gap = after
    return lone + (alone and last)


def pair_room(pieces: Pieces, words: tuple[bool, ...]) -> float:
    """The least room in which at most one line of ``pieces`` but their last holds one word alone (``words``: per
    piece, whether it is a word; a figure, 'Rp 440.863', '(1–21', reads alone on a line), not 'belum / dapat /
    dinilai' or 'cannot / be told / apart': one of the widths of two neighbouring pieces with the space between,
    where a line starts to take two; 0 for a cell of fewer than WORDS_A_LINE_FROM words or over PAIRED_MOST pieces."""
    return _least_room(pieces, words, lambda room: _lone_words(pieces, words, room) <= 1)


def unstacked_room(pieces: Pieces, words: tuple[bool, ...]) -> float:
    """The least room in which fewer than WORDS_A_LINE_FROM lines of ``pieces``, their last too, hold a word alone:
    the cell is no longer set a word a line ('Kenaikan nilai, / disesuaikan / (model campuran; / poin)' is not);
    0 as ``pair_room``."""
    return _least_room(pieces, words, lambda room: _lone_words(pieces, words, room, True) < WORDS_A_LINE_FROM)


def _least_room(pieces: Pieces, words: tuple[bool, ...], good) -> float:
    """The least of the rooms where a line starts to take another piece (``pair_room``) that is ``good``."""
    if sum(words) < WORDS_A_LINE_FROM or len(pieces) > PAIRED_MOST:
        return 0.0
    longest = max(width for width, _ in pieces)
    pairs = sorted({width + after + following
                    for (width, after), (following, _) in zip(pieces, pieces[1:], strict=False)})
    return next((room for room in [longest, *pairs] if room >= longest and good(room)), 0.0)


class Cell:
    """A cell's text as column widths weigh it, in the caller's unit (``scale`` to the em): its width on one line
    (``full``), the rooms for no word a line (``unstacked``) and two words a line (``pair``), the lines it takes in a
    room and the least room for a number of lines, each counted once."""

    __slots__ = ("_lines", "_rooms", "full", "pair", "pieces", "scale", "unstacked", "words")

    def __init__(self, pieces: Pieces, words: tuple[bool, ...], scale: float = 1.0) -> None:
        self.pieces, self.words, self.scale = pieces, words, scale
        self.full = one_line(pieces) * scale
        self.pair = pair_room(pieces, words) * scale  # the room for two words a line (``pair_room``)
        self.unstacked = unstacked_room(pieces, words) * scale  # no longer a word a line (``unstacked_room``)
        self._lines: dict[float, int] = {}
        self._rooms: dict[int, float] = {}

    def lines(self, room: float) -> int:
        """Lines in ``room`` (caller's unit)."""
        found = self._lines.get(room)
        if found is None:
            found = self._lines[room] = 1 if self.full <= room + _EPSILON else lines(self.pieces, room / self.scale)
        return found

    def room(self, count: int) -> float:
        """The least room (caller's unit) for at most ``count`` lines."""
        found = self._rooms.get(count)
        if found is None:
            found = self._rooms[count] = room_for(self.pieces, count) * self.scale
        return found
