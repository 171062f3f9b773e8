"""Sistematika Penulisan in BAB I (issue 22.10): every chapter of the body, in order, under the title its
chapter prints."""

from __future__ import annotations

import re
from typing import cast

import pandas as pd
import pytest

from evalasn.analysis.contract import Hasil
from evalasn.report.chapters.front import outline
from evalasn.report.context import Context


@pytest.mark.parametrize("slug, lang, titles", [
    # REVIEW3 24: the review of last year's plan is BAB X's first section, not an unnumbered chapter before it
    ("kesehatan", "id", ["BAB I Pendahuluan", "BAB VII Perbandingan, Tren dan Target", "BAB IX Kesimpulan",
                         "BAB X Rencana Tindak Lanjut (evaluasi rencana tindak lanjut tahun lalu", "BAB XI Penutup"]),
    ("provinsi", "id", ["BAB VII Perbandingan antar-Dinas", "BAB X Rencana Tindak Lanjut (evaluasi rencana"]),
    ("kesehatan", "en", ["Chapter I Introduction", "Chapter IX Conclusions",
                         "Chapter X Follow-up Plan (the review of last year's follow-up plan", "Chapter XI Closing"]),
], ids=["dinas-id", "province-id", "dinas-en"])
def test_outline_names_every_chapter_in_order(slug, lang, titles):
    text = outline(Context(cast(Hasil, {"cakupan": {"slug": slug}, "tahun": 2025}), lang, pd.DataFrame()))
    positions = [text.find(title) for title in titles]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), text
    numerals = re.findall(r"(?:BAB|Chapter) ([IVX]+) ", text)
    assert numerals == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]
    assert "{" not in text and "Evaluasi Tindak Lanjut 2024" not in text and "Review of the" not in text
