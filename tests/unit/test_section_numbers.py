"""Numbered sections (issue 22.10): the <h3> of each "BAB n" chapter become "n.1", "n.2" … in the heading
and, indented under their chapter, in the Daftar Isi; chapters without a BAB number keep theirs
unnumbered, and so does an evaluator's own text."""

from __future__ import annotations

import re

import pytest

from evalasn.report.formats.render import arabic, number_and_list

BODY = ('<nav class="list" id="daftar-isi" data-title="Daftar Isi"></nav>'
        '<h2 id="ringkasan">Ringkasan Eksekutif</h2><h3>Temuan</h3>'
        '<h2 id="pendahuluan">{bab} I Pendahuluan</h2><h3>Latar Belakang</h3><h3 class="x">Dasar Hukum</h3>'
        '<div class="teks-evaluator"><h3>Catatan evaluator</h3><p>Isi.</p></div>'
        '<h2 id="evaluasi">Evaluasi Tindak Lanjut 2024</h2><h3>Rencana lalu</h3>'
        '<h2 id="rencana">{bab} X Rencana Tindak Lanjut</h2><h3>Rencana</h3>')


@pytest.mark.parametrize("roman, number", [("I", 1), ("IV", 4), ("VIII", 8), ("IX", 9), ("XI", 11)],
                         ids=["I", "IV", "VIII", "IX", "XI"])
def test_arabic(roman, number):
    assert arabic(roman) == number


@pytest.mark.parametrize("bab, lang", [("BAB", "id"), ("Chapter", "en")], ids=["id", "en"])
def test_sections_numbered_in_headings_and_contents(bab, lang):
    html = number_and_list(BODY.format(bab=bab), lang)
    toc, body = html.split("</nav>", 1)
    assert re.findall(r"<h3[^>]*>(.*?)</h3>", body) == [
        "Temuan", "1.1 Latar Belakang", "1.2 Dasar Hukum", "Catatan evaluator", "Rencana lalu", "10.1 Rencana"]
    assert '<h3 id="bagian-1-2" class="x">' in body
    assert re.findall(r'<li class="sub"><a href="#([\w-]+)">(.*?)</a>', toc) == [
        ("bagian-1-1", "1.1 Latar Belakang"), ("bagian-1-2", "1.2 Dasar Hukum"), ("bagian-10-1", "10.1 Rencana")]
    chapters = re.findall(r'<li><a href="#([\w-]+)">', toc)
    assert chapters == ["ringkasan", "pendahuluan", "evaluasi", "rencana"]
