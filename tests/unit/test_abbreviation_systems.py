"""LOOK20 W-24: 8.2 says "Ekspor SIMDIKLAT mengisi 0 …" but the Daftar Singkatan, built from the abbreviations the text
uses (report.words.abbreviations.used), had no SIMDIKLAT entry. Every system name (SIM…) the catalogue's sentences use
is declared."""

from __future__ import annotations

import re

import pytest

from evalasn.report.words.abbreviations import ABBREVIATIONS, used
from evalasn.report.words.text import TEXT


@pytest.mark.parametrize("lang", ["id", "en"])
def test_simdiklat_is_in_the_list_when_the_text_uses_it(lang):
    assert "SIMDIKLAT" in dict(used("Ekspor SIMDIKLAT mengisi 0 bila biayanya ada di mata anggaran lain.", lang))


def test_every_system_name_the_sentences_use_is_declared():
    names = {word for entry in TEXT.values() for words in entry.values() if isinstance(words, str)
             for word in re.findall(r"\bSIM[A-Z]{2,}\b", words)}
    assert names and names <= set(ABBREVIATIONS), names - set(ABBREVIATIONS)
