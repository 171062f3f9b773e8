"""A table cell's long text replaced by a mark ('ᵃ', 'ᵇ', …), each text written once under the table.

Used by the province's table of dinas (a missing figure's reason), the plan table (a withheld value's whole reason),
the review of last year's plan (a withheld value's long reason, ``reason_cell``) and the trend of BAB VII (every
missing year's reason, comparison.missing_cell): one ``NoteMarks`` per table, so each table's marks start at 'ᵃ'.
"""

from __future__ import annotations

from evalasn.report.words.text import t

SUPERSCRIPT = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"


class NoteMarks:
    """The marks of one table: the first text marked gets 'ᵃ', the next new one 'ᵇ', the same text its mark again."""

    def __init__(self) -> None:
        self.marks: dict[str, str] = {}  # text -> its mark, in the order first marked

    def mark(self, text: str | None) -> str:
        """The mark of ``text`` in this table, given on its first use; '' for no text (a cell with nothing to note)."""
        if not text:
            return ""
        return self.marks.setdefault(text, SUPERSCRIPT[len(self.marks) % len(SUPERSCRIPT)])

    def note(self) -> str:
        """'ᵃ first text; ᵇ second text.' for under the table; '' when nothing was marked."""
        return "; ".join(f"{mark} {text}" for text, mark in self.marks.items()) + "." if self.marks else ""

    def __len__(self) -> int:
        return len(self.marks)


# a withheld value's reason longer than this goes under the review table with a mark, the cell keeping "belum dapat
# dihitung" (LOOK16 R-12: KPKP's BIAYA-POIN "Nilai 2024" cell ran 20 lines of its narrow column; a short reason,
# 'tidak ada data', stays in the cell)
CELL_REASON_MAX = 40


def reason_cell(whole: str, reason: str, marks: NoteMarks, lang: str, longest: int = CELL_REASON_MAX,
                shown: str | None = None) -> str:
    """A withheld value's cell: ``whole`` (the cell with its reason) when ``reason`` is at most ``longest``
    characters, else ``shown`` ('belum dapat dihitung' by default) with the mark of ``reason`` for the note."""
    return whole if len(reason) <= longest else (shown or t("not_computed", lang)) + marks.mark(reason)


def withheld_reason(text: str, lang: str) -> str | None:
    """The reason of a value cell that is withheld with one ('belum dapat dihitung: <alasan>') when it is too long
    for the cell (CELL_REASON_MAX); None otherwise."""
    head = t("not_enough_because", lang, alasan="")
    reason = text[len(head):] if text.startswith(head) else ""
    return reason if len(reason) > CELL_REASON_MAX else None


def marked(text: str, marks: NoteMarks, lang: str) -> str:
    """``text``, or 'belum dapat dihitungᵃ' with its long reason marked in ``marks`` for the note under the table."""
    reason = withheld_reason(text, lang)
    return text if reason is None else reason_cell(text, reason, marks, lang)
