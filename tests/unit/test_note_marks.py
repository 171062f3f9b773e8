"""One note-mark design for every table (report.chapters.note_marks): a long text of a cell becomes a mark, the text
is written once under the table. Used by the province's table of dinas, the plan table and the review of last year's
plan."""

from __future__ import annotations

import pytest

from evalasn.report.chapters.note_marks import NoteMarks


def test_marks_are_given_in_order_of_first_use():
    marks = NoteMarks()
    assert [marks.mark(text) for text in ("tidak ada data", "biaya tidak tercatat", "n < 5")] == ["ᵃ", "ᵇ", "ᶜ"]
    assert marks.note() == "ᵃ tidak ada data; ᵇ biaya tidak tercatat; ᶜ n < 5."


def test_the_same_text_gets_the_same_mark_and_is_noted_once():
    marks = NoteMarks()
    assert [marks.mark(text) for text in ("x", "y", "x", "y", "x")] == ["ᵃ", "ᵇ", "ᵃ", "ᵇ", "ᵃ"]
    assert len(marks) == 2 and marks.note() == "ᵃ x; ᵇ y."


def test_each_table_starts_again_at_a():
    first, second = NoteMarks(), NoteMarks()
    first.mark("x")
    first.mark("y")
    assert second.mark("y") == "ᵃ" and second.note() == "ᵃ y."
    assert first.note() == "ᵃ x; ᵇ y."  # the second table took nothing of the first's


@pytest.mark.parametrize("text", [pytest.param("", id="empty"), pytest.param(None, id="none")])
def test_a_cell_with_nothing_to_note_gets_no_mark(text):
    marks = NoteMarks()
    assert marks.mark(text) == "" and not marks and marks.note() == ""
    assert marks.mark("x") == "ᵃ"  # and takes no letter

