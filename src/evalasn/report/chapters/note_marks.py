"""A table cell's long text replaced by a mark ('ᵃ', 'ᵇ', …), each text written once under the table.

Used by the province's table of dinas (a missing figure's reason), the plan table (a withheld value's whole reason)
and the review of last year's plan (a withheld value's long reason): one ``NoteMarks`` per table, so each table's
marks start at 'ᵃ'.
"""

from __future__ import annotations

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
