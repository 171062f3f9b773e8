"""LOOK35a G-15: every note of the Word version in one style: a paragraph's note (Catatan) as small and upright as a
table's (Catatan Tabel), as the PDF sets them."""

from __future__ import annotations

import io
from typing import Any

import docx
import pytest

from evalasn.report.formats import word_reference


@pytest.mark.parametrize("style", ["Catatan"])
def test_a_note_looks_as_a_tables_note(style):
    document: Any = docx.Document(io.BytesIO(word_reference.build()))
    note, table_note = document.styles[style].font, document.styles["Catatan Tabel"].font
    assert (note.size, bool(note.italic), bool(note.bold)) == (table_note.size, bool(table_note.italic),
                                                               bool(table_note.bold))
    assert not note.italic
