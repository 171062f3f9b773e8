"""Work-unit names in English (REVIEW3 20): a unit's kind ('Suku Dinas', 'Bidang', 'Puskesmas') is named in
English from one table of unit kinds, with the Indonesian term once in the list of abbreviations; the name's
proper parts (places, a field not in the vocabulary) stay as written; the Indonesian build is unchanged. Also one
convention for agencies in an English list."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from evalasn.registry import AGENCIES, PROVINCE_SLUG, short_name
from evalasn.report.chapters import results, sections
from evalasn.report.words import abbreviations, names, phrases
from evalasn.report.words.units import UNIT_TYPES, unit_name


@pytest.mark.parametrize("name, english", [
    ("Suku Dinas Perhubungan Jakarta Timur", "East Jakarta Transportation Sub-agency"),
    ("Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat",
     "West Jakarta Manpower and Energy Sub-agency"),
    ("Suku Dinas Pertamanan dan Hutan Kota Jakarta Barat", "West Jakarta Parks and Urban Forests Sub-agency"),
    ("SUDIN PERHUBUNGAN KOTA ADMINISTRASI JAKARTA TIMUR", "East Jakarta Transportation Sub-agency"),
    ("Sudin KPKP Jakarta Utara", "North Jakarta KPKP Sub-agency"),
    ("Bidang Pelayanan", "Service Division"),
    ("Bidang Sarana Prasarana", "Sarana Prasarana Division"),
    ("Sekretariat Dinas", "Agency Secretariat"),
    ("Sekretariat Dinas Kesehatan", "Health Agency Secretariat"),
    ("Satuan Pelaksana Pendidikan Kecamatan Mampang Prapatan",
     "Mampang Prapatan Sub-district Education Implementing Unit"),
    ("Puskesmas Kecamatan Tebet", "Tebet Sub-district Health Centre"),
    ("puskesmas  kelurahan Menteng 2", "Menteng 2 Urban Village Health Centre"),
    ("UPT Perhubungan 12", "Transportation Technical Implementing Unit 12"),
    ("Dinas Kesehatan", "Health Agency"),
    ("Gedung Graha Mental Spiritual", "Gedung Graha Mental Spiritual"),
    ("Bidangan Utama", "Bidangan Utama"),
], ids=["sub-agency-city", "sub-agency-long-field", "hutan-kota-is-a-field", "upper-case-abbreviated",
        "acronym-field", "division", "unknown-field-kept", "secretariat", "secretariat-of-agency",
        "implementing-unit-sub-district", "puskesmas", "puskesmas-urban-village", "upt-numbered", "head-office",
        "no-kind-kept", "kind-word-inside-a-word"])
def test_a_unit_name_is_english_by_its_kind_and_unchanged_in_indonesian(name, english):
    assert unit_name(name, "en") == english
    assert unit_name(name, "id") == " ".join(name.split())


@pytest.mark.parametrize("slug", sorted(AGENCIES))
def test_a_unit_named_after_its_agency_has_no_comma_in_english(slug):
    """A list of units is separated by commas: 'Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat'
    is the agency's English short name in the unit's English name, never a name with commas of its own."""
    field = AGENCIES[slug].removeprefix("Dinas ")
    english = unit_name(f"Suku Dinas {field} Jakarta Barat", "en")
    assert english == f"West Jakarta {names.short_name_in(slug, 'en')} Sub-agency"
    assert "," not in english


def test_every_kind_the_english_text_uses_is_explained_once_with_its_indonesian_term():
    text = ", ".join(unit_name(f"{kind.words[0]} Pelayanan", "en") for kind in UNIT_TYPES)
    listed = dict(abbreviations.used(text, "en"))
    for kind in UNIT_TYPES:
        assert listed[kind.english].startswith(f"“{kind.words[0]}”:"), listed
    assert "Implementing Unit" not in dict(abbreviations.used("Transportation Technical Implementing Unit 3", "en"))
    assert abbreviations.used("Suku Dinas Perhubungan Jakarta Timur", "id") == []  # Indonesian names need no key


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
def test_the_unit_tables_name_units_in_the_reports_language(contexts, slug):
    """Tabel 3 (lowest 20 JP share) and Tabel 9 (lowest IKM) of the sample: Indonesian names in the Indonesian
    build, English ones in the English build (none left beginning with an Indonesian kind of unit)."""
    kinds = tuple(word for kind in UNIT_TYPES for word in kind.words)
    for lang in ("id", "en"):
        hasil = contexts[(slug, lang)].hasil
        written = [r["unit_kerja"] for r in hasil["pelaksanaan"]["jp_20"]["unit_terendah"]]
        written += [u["unit_kerja"] for u in hasil["level4_hasil"]["ikm_unit"]
                    if u["cukup_data"] and u["periode"] == hasil["komunikasi"]["periode"]][:10]
        assert any(name.startswith(kinds) for name in written)  # the sample has units of a listed kind
        page = _text(sections.implementation(contexts[(slug, lang)]) + results.communication(contexts[(slug, lang)]))
        for name in written:
            assert unit_name(name, lang) in page
            if lang == "en" and name.startswith(kinds):
                assert name not in page


@pytest.mark.parametrize("slug", sorted(AGENCIES))
def test_an_agency_in_an_english_list_is_english_words_or_its_capital_acronym(slug):
    """'Highways, Water Resources, Citata, … Parekraf' mixed English names with clipped Indonesian ones: every
    agency is English words, but those known by a capital acronym (and Satpol PP), spelled out elsewhere."""
    shown = names.short_name_in(slug, "en")
    assert shown != short_name(slug) or short_name(slug).replace(" ", "").isupper() or slug == "satpol-pp", shown
    assert "," not in shown


@pytest.mark.parametrize("items, joined", [
    (["Highways", "Water Resources", "Health"], "Highways, Water Resources and Health"),
    (["Highways", "Youth and Sports", "Fire and Rescue"], "Highways, Youth and Sports, and Fire and Rescue"),
], ids=["plain", "items-with-and"])
def test_an_english_list_of_names_with_and_keeps_its_items_apart(items, joined):
    assert phrases.and_(items, "en") == joined
