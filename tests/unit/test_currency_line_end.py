"""'Rp' and its amount on one line (LOOK11 L-11), 'BAB' and its number (LOOK15 Q-3: 'BAB' / 'X)'): the page every
format is made from (HTML, PDF, Word) binds them."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from evalasn.report.formats import render, word

BUILT = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("1.239 peserta; Rp 408.332 per poin", "1.239 peserta; Rp\u00a0408.332 per poin"),
    ("Rp 1,2 juta s.d. Rp 3,4 juta", "Rp\u00a01,2 juta s.d. Rp\u00a03,4 juta"),
    ("(95% CI: Rp 353,538 to Rp 441,226)", "(95% CI: Rp\u00a0353,538 to Rp\u00a0441,226)"),
    ("selisih Rp −1,2 juta", "selisih Rp\u00a0−1,2 juta"),
    ("Rp dan rupiah", "Rp dan rupiah"),
    ("target ≤ Rp 238.866 (rencana tindak lanjut 2024, BAB X)",
     "target ≤ Rp\u00a0238.866 (rencana tindak lanjut 2024, BAB\u00a0X)"),
    ("(Chapter VII) BAB ini", "(Chapter\u00a0VII) BAB ini"),
], ids=["amount", "range-breaks-between-its-ends", "english-range", "negative", "no-amount-left-alone",
        "chapter-with-its-number", "english-chapter-not-a-word"])
def test_rp_and_bab_are_bound_to_their_numbers_in_the_text(text, expected):
    assert render.keep_currency(f"<p>{text}</p>") == f"<p>{expected}</p>"


def test_markup_style_and_script_keep_their_spaces():
    page = ('<img alt="Rp 5" src="a.png"><style>p::after{content:"Rp 5"}</style><script>x="Rp 5"</script>'
            '<p title="Rp 5">Rp 5</p>')
    assert render.keep_currency(page) == page.replace(">Rp 5</p>", ">Rp\u00a05</p>")


def test_the_word_version_keeps_rp_with_its_amount():
    """The Word version is made from the same page: its run holds the no-break space LibreOffice and Word keep."""
    page = render.keep_currency("<html lang='id'><body><p>biaya per poin Rp 408.332 (Rp 385.774 s.d. Rp 517.069)"
                                "</p></body></html>")
    data = word.from_html(page, "id", "Uji", {}, BUILT)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "Rp\u00a0408.332 (Rp\u00a0385.774 s.d. Rp\u00a0517.069)" in xml
    assert "Rp 408" not in xml
