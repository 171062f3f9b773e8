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
    ("kesehatan", "id", ["BAB I Pendahuluan", "BAB VII Perbandingan, Tren dan Target", "BAB IX Kesimpulan",
                         "Evaluasi Tindak Lanjut 2024", "BAB X Rencana Tindak Lanjut"]),
    ("provinsi", "id", ["BAB VII Perbandingan antar-Dinas", "Evaluasi Tindak Lanjut 2024"]),
    ("kesehatan", "en", ["Chapter I Introduction", "Chapter IX Conclusions", "Review of the 2024 Follow-up",
                         "Chapter X Follow-up Plan", "Chapter XI Closing"]),
], ids=["dinas-id", "province-id", "dinas-en"])
def test_outline_names_every_chapter_in_order(slug, lang, titles):
    text = outline(Context(cast(Hasil, {"cakupan": {"slug": slug}, "tahun": 2025}), lang, pd.DataFrame()))
    positions = [text.find(title) for title in titles]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), text
    numerals = re.findall(r"(?:BAB|Chapter) ([IVX]+) ", text)
    assert numerals == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]
    assert "{" not in text
