"""Where a line may not break inside a report's text: a number with its unit, currency or sign, a range with its
ends (``hold_together``, ``hold_range``, ``one_range_style``), and a plan row's id or code kept whole (``keep_codes``
on screen, ``print_codes`` in print). Used by the HTML builders (report.chapters.html) and the table layout that
measures the held text (report.chapters.table_layout)."""

from __future__ import annotations

import re

from evalasn import constants
from evalasn.report.words.text import t

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
