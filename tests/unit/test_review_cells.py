"""The review of last year's plan (BAB X, 10.1) keeps its value cells short: a withheld value's long reason goes once
under the table with a mark (LOOK16 R-12: KPKP's BIAYA-POIN "Nilai 2024" cell ran 20 lines)."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import followup_review
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.words.text import t

LONG = {"id": "rata-rata kenaikan nilai peserta belum pasti di atas nol (6 kegiatan, jadi rentangnya lebar; 3,3 poin)",
        "en": "the participants' mean gain is not clearly above zero (6 activities, so its interval is wide; 3.3)"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_reason_leaves_the_cell_for_the_note_under_the_table(lang):
    marks = NoteMarks()
    text = t("not_enough_because", lang, alasan=LONG[lang])
    cell = followup_review.marked(text, marks, lang)
    assert cell == t("not_computed", lang) + "ᵃ"
    assert marks.note() == f"ᵃ {LONG[lang]}."
    assert followup_review.marked(text, marks, lang) == cell and len(marks) == 1  # one reason, one mark


@pytest.mark.parametrize(("text", "lang"), [
    pytest.param("Rp 314.851 (Rp 240.249 s.d. Rp 396.105)", "id", id="a-value"),
    pytest.param("belum dapat dihitung: tidak ada data", "id", id="a-short-reason-stays"),
    pytest.param("cannot be computed: no data", "en", id="a-short-reason-stays-en"),
])
def test_a_value_or_a_short_reason_stays_in_its_cell(text, lang):
    marks = NoteMarks()
    assert followup_review.marked(text, marks, lang) == text and not marks and marks.note() == ""
