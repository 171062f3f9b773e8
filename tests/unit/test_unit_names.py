"""Work-unit names: as the agency's data write them in Indonesian; in English by their structure with the name as
written in brackets (LOOK20 W-4), a name with an unknown word quoted as data (REVIEW6b 15: never half-translated),
each Indonesian kind of unit explained once in the English list of abbreviations. Also one convention for agencies
in an English list."""

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
     "West Jakarta Manpower, Transmigration and Energy Sub-agency"),
    ("Suku Dinas Perumahan Rakyat dan Kawasan Permukiman Jakarta Barat",
     "West Jakarta Public Housing and Settlements Sub-agency"),
    ("SUDIN PERHUBUNGAN KOTA ADMINISTRASI JAKARTA TIMUR", "East Jakarta Transportation Sub-agency"),
    ("Bidang Program", "Programme Division"), ("Bidang Pengembangan", "Development Division"),
    ("Sekretariat Dinas", "Agency Secretariat"), ("Sekretariat Dinas Kesehatan", "Health Agency Secretariat"),
    ("Puskesmas Kecamatan Kembangan", "Kembangan Sub-district Health Centre"),
    ("puskesmas  kelurahan Menteng 2", "Menteng 2 Urban Village Health Centre"),
    ("Satuan Pelaksana Pendidikan Kecamatan Mampang Prapatan",
     "Mampang Prapatan Sub-district Education Implementing Unit"),
    ("Satuan Pelaksana Satuan Polisi Pamong Praja Kecamatan Sawah Besar",
     "Sawah Besar Sub-district Civil Service Police Implementing Unit"),
    ("Seksi Pelayanan Kepulauan Seribu", "Thousand Islands Service Section"),
    ("UPT Perhubungan 12", "Transportation Technical Implementing Unit 12"),
    ("Dinas Kesehatan", "Health Agency"),
], ids=["sub-agency-city", "sub-agency-long-field", "sub-agency-acronym-agency", "upper-case-abbreviated",
        "division-known-field", "division-development", "secretariat", "secretariat-of-agency", "puskesmas",
        "puskesmas-urban-village", "satlak-sub-district", "satlak-satpol-pp", "section-regency", "upt-numbered",
        "head-office"])
def test_an_english_unit_name_is_english_with_the_name_as_written_in_brackets(name, english):
    """LOOK20 W-4: the English province report printed 'Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta
    Barat', 'Bidang Pengembangan' and 'Puskesmas Kecamatan Kembangan' untranslated in Tables 3, 9 and 18, 8.5 and
    the recommendations. Now English by the name's structure, the name as the agency's data write it in brackets
    (so it can still be found there, REVIEW6b 15); the Indonesian build as written."""
    written = " ".join(name.split())
    assert unit_name(name, "en") == f"{english} ({written})"
    assert unit_name(name, "id") == written


@pytest.mark.parametrize("name", ["Bidang Layanan", "Gedung Graha Mental Spiritual", "Seksi Layanan Kecamatan Tebet",
                                  "Puskesmas Kecamatan Kelurahan Gambir"],
                         ids=["division-unknown-field", "no-kind", "section-unknown-field", "two-areas"])
def test_an_english_unit_name_not_all_of_whose_words_are_known_is_quoted_as_data(name):
    """REVIEW6b 15: 'Programme Division' beside 'Layanan Division' (one field word translated, the other not). A
    name with a word the vocabulary does not know is quoted whole, never half-translated."""
    assert unit_name(name, "en") == f"\u201c{name}\u201d"
    assert unit_name(name, "en", "sosial") == f"\u201c{name}\u201d (Social Affairs)"
    assert unit_name(name, "id", "sosial") == f"{name} (Sosial)"


@pytest.mark.parametrize("name, dinas, english, indonesian", [
    ("Bidang Pengembangan", "satpol-pp", "Satpol PP Development Division (Bidang Pengembangan; 14\u00a0PNS)",
     "Bidang Pengembangan (Satpol PP; 14\u00a0PNS)"),
    ("Sekretariat Dinas", "sosial", "Social Affairs Agency Secretariat (Sekretariat Dinas; 14\u00a0PNS)",
     "Sekretariat Dinas (Sosial; 14\u00a0PNS)"),
    ("Puskesmas Kecamatan Kembangan", "kesehatan",
     "Kembangan Sub-district Health Centre (Puskesmas Kecamatan Kembangan; 14\u00a0PNS)",
     "Puskesmas Kecamatan Kembangan (Kesehatan; 14\u00a0PNS)"),
    ("Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat", "nakertransgi",
     "West Jakarta Manpower, Transmigration and Energy Sub-agency (Suku Dinas Tenaga Kerja, Transmigrasi dan Energi"
     " Jakarta Barat; 14\u00a0PNS)",
     "Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat (Nakertransgi; 14\u00a0PNS)"),
], ids=["division", "secretariat", "field-in-name", "sub-agency"])
def test_a_unit_of_the_province_report_names_its_agency_once_in_one_bracket(name, dinas, english, indonesian):
    """LOOK20 W-4, Table 18 row JP20: 'Bidang Pengembangan (Satpol PP)'. In English the agency goes before the
    English name unless that already carries the agency's field, and a note joins the one bracket."""
    assert unit_name(name, "en", dinas, "14\u00a0PNS") == english
    assert unit_name(name, "id", dinas, "14\u00a0PNS") == indonesian


def test_every_kind_the_english_text_keeps_is_explained_once_in_english():
    text = ", ".join(f"{kind.words[0]} Pelayanan" for kind in UNIT_TYPES)
    listed = dict(abbreviations.used(text, "en"))
    for kind in UNIT_TYPES:
        assert kind.words[0] in listed, listed
        assert listed[kind.words[0]].startswith(f"{kind.english}:") or kind.words[0] == "Puskesmas", listed
    assert "Bagian" not in dict(abbreviations.used("Sub Bagian Umum", "en"))  # the longer term only
    assert abbreviations.used("Suku Dinas Perhubungan Jakarta Timur", "id") == []  # Indonesian names need no key


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
def test_the_unit_tables_name_units_in_the_reports_language(contexts, slug):
    """Tabel 3 (lowest 20 JP share) and Tabel 9 (lowest IKM) of the sample: the agency's own names in both builds
    (REVIEW6b 15), the English build explaining their kinds in its list of abbreviations."""
    kinds = tuple(word for kind in UNIT_TYPES for word in kind.words)
    for lang in ("id", "en"):
        hasil = contexts[(slug, lang)].hasil
        written = [r["unit_kerja"] for r in hasil["pelaksanaan"]["jp_20"]["unit_terendah"]]
        written += [u["unit_kerja"] for u in hasil["level4_hasil"]["ikm_unit"]
                    if u["cukup_data"] and u["periode"] == hasil["komunikasi"]["periode"]][:10]
        assert any(name.startswith(kinds) for name in written)  # the sample has units of a listed kind
        page = _text(sections.implementation(contexts[(slug, lang)]) + results.communication(contexts[(slug, lang)]))
        for name in written:
            assert unit_name(name, lang) in page and " ".join(name.split()) in page


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
