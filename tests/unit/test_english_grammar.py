"""LOOK35b H-9: grammar slips in the English summaries and conclusions.

- "20-JP compliance 63.2% (51.4–73.7) below the other agencies' 64.9% …, but not beyond chance" had no verb;
- "Neither Environment's participants' mean (7.1) nor its adjusted gain …" used the agency's short name as a
  possessive: the agency's own name takes it, with its article ("the Environment Agency's");
- "How many data lie behind a number" and "Figures with too few data": data is a mass noun in the report's English.
"""

from __future__ import annotations

import re

import pytest

from evalasn.report.formats import workbook_words
from evalasn.report.words import method_mix
from evalasn.report.words.text import GLOSSARY, TEXT, t

COUNTED_DATA = re.compile(r"\b(?:few|many|fewer) data\b(?! points)|\bdata (?:are|lie) too few\b")


def _english() -> list[tuple[str, str]]:
    """Every English text of the catalogues (sentences, glossary entries, the workbook's reason words)."""
    said = [(key, entry["en"]) for key, entry in TEXT.items() if "en" in entry]
    said += [(key, " ".join(entry["en"])) for key, entry in GLOSSARY.items()]
    said += [(key, pair[1]) for key, pair in workbook_words.VALUE_WORDS.items()]
    return said


@pytest.mark.parametrize("key, text", [pytest.param(key, text, id=key) for key, text in _english()
                                       if "data" in text])
def test_data_is_not_counted_in_english(key, text):
    assert not COUNTED_DATA.search(text), text


@pytest.mark.parametrize("key, values", [
    pytest.param("pos_clear_jp_chance", {"persen": "63.2% (51.4–73.7)", "pembanding": "64.9%"}, id="jp-20"),
    pytest.param("pos_clear_ikm_chance", {"nilai": "75.10", "batas": "76.61"}, id="ikm"),
])
def test_a_gap_within_chance_has_a_verb(key, values):
    said = t(key, "en", **values)
    assert re.search(r"\d\)? is below ", said), said


ADJUSTED = {"estimasi": 7.6, "cukup_data": True}
# holds the province participants' mean 7.3: neither measure clearly off its province mean
RAW = {"estimasi": 7.1, "ci_bawah": 5.0, "ci_atas": 9.2, "cukup_data": True}


@pytest.mark.parametrize("slug, possessive", [
    pytest.param("lingkungan-hidup", "Neither the Environment Agency's participants' mean", id="environment"),
    pytest.param("satpol-pp", "Neither the Civil Service Police Unit's participants' mean", id="satpol-pp"),
    # a long name by its short form with "Agency" after the Kata Pengantar's full one (LOOK37 item 4)
    pytest.param("kpkp", "Neither the Food Security and Marine Affairs Agency's participants' mean", id="kpkp"),
])
def test_the_mix_sentence_names_the_agency_in_the_possessive(slug, possessive):
    mix = [{"metode": "pelatihan", "n": 120, "n_kegiatan": 6, "rata_gain": 7.0, "rata_gain_provinsi": 8.0,
            "porsi_peserta": 1.0, "porsi_peserta_provinsi": 1.0}]
    hasil = {"cakupan": {"slug": slug}, "pooling": {"dinas_ini": {"campuran_metode": mix}}}
    said = method_mix.sentence(hasil, ADJUSTED, RAW, 7.4, 7.3, "en", against="level")
    assert said.startswith(possessive), said
    indonesian = method_mix.sentence(hasil, ADJUSTED, RAW, 7.4, 7.3, "id", against="level")
    assert indonesian.startswith("Rata-rata peserta "), indonesian
