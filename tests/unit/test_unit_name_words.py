"""LOOK21 X-6: every word of a unit's official name comes through in its English name. The English province report
printed 'West Jakarta Manpower and Energy Sub-agency (Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta
Barat)' and 'South Jakarta Communication and Informatics Sub-agency (Suku Dinas Komunikasi, Informatika dan Statistik
Jakarta Selatan)': the unit's field came from the agency's short English name, which leaves out 'Transmigrasi' and
'Statistik', so the English and the name in its bracket differed. A name built of known parts translates whole; a
name with a word the code does not know is quoted as data, never translated with the word left out."""

from __future__ import annotations

import csv
import re

import pytest

from evalasn import sample
from evalasn.registry import AGENCIES, short_name
from evalasn.report.words import names, units
from evalasn.report.words.units import english_unit_name, unit_name

# The test's own glossary, independent of the code's vocabulary: each Indonesian phrase of a unit name and the
# English words it must bring into the English name. Longest phrases are matched first; a word the glossary does not
# list must appear in the English as written (a place: 'Gambir', a number: '12').
GLOSSARY: dict[str, str] = {
    # kinds of unit and areas
    "Suku Dinas": "Sub-agency", "Sudin": "Sub-agency", "Sekretariat": "Secretariat", "Bidang": "Division",
    "Satuan Pelaksana": "Implementing Unit", "UPT": "Technical Implementing Unit", "Puskesmas": "Health Centre",
    "Kecamatan": "Sub-district", "Kelurahan": "Urban Village", "Dinas": "Agency",
    # the administrative cities
    "Jakarta Pusat": "Central Jakarta", "Jakarta Utara": "North Jakarta", "Jakarta Barat": "West Jakarta",
    "Jakarta Selatan": "South Jakarta", "Jakarta Timur": "East Jakarta",
    # the fields of the sample's divisions
    "Pelayanan": "Service", "Pengembangan": "Development", "Pengawasan": "Supervision",
    # the agencies' fields, word by word
    "Pendidikan": "Education", "Kesehatan": "Health", "Perhubungan": "Transportation", "Bina Marga": "Highways",
    "Sumber Daya Air": "Water Resources", "Cipta Karya": "Public Works", "Tata Ruang": "Spatial Planning",
    "Pertanahan": "Land", "Pertamanan": "Parks", "Hutan Kota": "Urban Forests", "Lingkungan Hidup": "Environment",
    "Sosial": "Social Affairs", "Pariwisata": "Tourism", "Ekonomi Kreatif": "Creative Economy",
    "Pemberdayaan": "Empowerment", "Perlindungan Anak": "Child Protection",
    "Pengendalian Penduduk": "Population Control", "Pemuda": "Youth", "Olahraga": "Sports",
    "Penanaman Modal": "Investment", "Pelayanan Terpadu Satu Pintu": "One-Stop Integrated Services",
    "Penanggulangan Kebakaran": "Fire", "Penyelamatan": "Rescue", "Perumahan Rakyat": "Public Housing",
    "Kawasan Permukiman": "Settlements", "Tenaga Kerja": "Manpower", "Transmigrasi": "Transmigration",
    "Energi": "Energy", "Ketahanan Pangan": "Food Security", "Kelautan": "Marine Affairs",
    "Pertanian": "Agriculture", "Perindustrian": "Industry", "Perdagangan": "Trade", "Koperasi": "Cooperatives",
    "Usaha Kecil dan Menengah": "Small and Medium Enterprises", "Komunikasi": "Communication",
    "Informatika": "Informatics", "Statistik": "Statistics", "Kebudayaan": "Culture",
    "Satuan Polisi Pamong Praja": "Civil Service Police", "dan": "and",
}
_PHRASES = sorted(GLOSSARY, key=lambda phrase: (-len(phrase.split()), -len(phrase)))
# an agency's usual short name stands for its official field ('Nakertransgi' = 'Tenaga Kerja, Transmigrasi dan Energi')
SHORT_FOR = {short_name(slug): AGENCIES[slug].removeprefix("Dinas ") for slug in AGENCIES
             if short_name(slug) != AGENCIES[slug].removeprefix("Dinas ")}


def missing_words(written: str, english: str) -> list[str]:
    """The Indonesian words of ``written`` whose English is not in ``english``: each glossary phrase it contains
    (longest first) must bring its English words, each word left over must be there as written."""
    text, lost = " ".join(written.split()), []
    for short, official in SHORT_FOR.items():
        text = re.sub(rf"(?<!\S){re.escape(short)}(?!\S)", official, text, flags=re.IGNORECASE)
    text = " ".join(text.replace(",", " ").split())
    for phrase in _PHRASES:
        pattern = rf"(?<!\S){re.escape(phrase)}(?!\S)"
        if re.search(pattern, text, re.IGNORECASE):
            if not re.search(rf"\b{re.escape(GLOSSARY[phrase])}\b", english):
                lost.append(phrase)
            text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    lost += [word for word in text.split() if not re.search(rf"(?<!\S){re.escape(word)}(?!\S)", english)]
    return lost


def _registry_names(slug: str) -> list[str]:
    """The names the synthetic sample can give an agency's units (every one the generator makes, the registry's
    sub-agency pattern 'Suku Dinas <official name without Dinas> <city>' among them), and the same units by the
    agency's usual short name ('Sudin Nakertransgi Jakarta Barat')."""
    written = sample._units_for(slug, 10_000)
    written += [f"Sudin {short_name(slug)} {city}" for city in sample.WILAYAH]
    written += [f"Sekretariat {AGENCIES[slug]}"] if AGENCIES[slug].startswith("Dinas ") else []
    return written


@pytest.mark.parametrize("slug", sorted(AGENCIES))
def test_every_word_of_every_unit_name_the_registry_and_sample_make_comes_through(slug):
    """Every unit name the sample generator makes for an agency (its sub-agencies, secretariat, divisions,
    implementing units of each sub-district, UPTs) translates, and every word of it is in the English."""
    lost = {}
    for written in _registry_names(slug):
        english = english_unit_name(written)
        assert english is not None, f"{written!r} is built of known parts but is not translated"
        if missing := missing_words(written, english):
            lost[written] = (english, missing)
    assert not lost, lost


def test_every_word_of_every_unit_name_in_the_synthetic_sample_comes_through(sample_raw):
    """The unit names of the synthetic sample as the tests build it (data/sample is made the same way): each in
    English with every word, or, if not all its words are known, quoted whole as data."""
    with open(sample_raw / "pegawai.csv", encoding="utf-8") as file:
        written = sorted({row["unit_kerja"] for row in csv.DictReader(file)})
    assert written
    for name in written:
        shown = unit_name(name, "en")
        english = english_unit_name(name)
        if english is None:
            assert shown == f"\u201c{' '.join(name.split())}\u201d", shown
        else:
            assert not missing_words(name, english), (name, english)
            assert shown == f"{english} ({' '.join(name.split())})"


@pytest.mark.parametrize("written, english", [
    ("Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat",
     "West Jakarta Manpower, Transmigration and Energy Sub-agency"),
    ("Suku Dinas Komunikasi, Informatika dan Statistik Jakarta Selatan",
     "South Jakarta Communication, Informatics and Statistics Sub-agency"),
    ("Suku Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Jakarta Barat",
     "West Jakarta Empowerment, Child Protection and Population Control Sub-agency"),
    ("Suku Dinas Ketahanan Pangan, Kelautan dan Pertanian Jakarta Utara",
     "North Jakarta Food Security, Marine Affairs and Agriculture Sub-agency"),
    ("Suku Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah Jakarta Timur",
     "East Jakarta Industry, Trade, Cooperatives and Small and Medium Enterprises Sub-agency"),
    ("Suku Dinas Cipta Karya, Tata Ruang dan Pertanahan Jakarta Pusat",
     "Central Jakarta Public Works, Spatial Planning and Land Sub-agency"),
    ("Sudin Nakertransgi Jakarta Barat", "West Jakarta Manpower, Transmigration and Energy Sub-agency"),
    ("Satuan Pelaksana Komunikasi, Informatika dan Statistik Kecamatan Tebet",
     "Tebet Sub-district Communication, Informatics and Statistics Implementing Unit"),
], ids=["nakertransgi-transmigration", "kominfotik-statistics", "ppapp-population-control", "kpkp-agriculture",
        "ppkukm-five-fields", "citata-land", "short-name-stands-for-whole-field", "satlak-kominfotik"])
def test_a_unit_of_an_agency_with_several_fields_names_them_all(written, english):
    """The reviewer's two names and the other agencies whose official name lists several fields: the English names
    every one, as the agency's own English name does ('Manpower, Transmigration and Energy Agency')."""
    assert unit_name(written, "en") == f"{english} ({written})"
    assert not missing_words(written, english)


@pytest.mark.parametrize("written, dinas, shown", [
    ("Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat", "nakertransgi",
     "West Jakarta Manpower, Transmigration and Energy Sub-agency (Suku Dinas Tenaga Kerja, Transmigrasi dan Energi "
     "Jakarta Barat; 31 respondents)"),
    ("Bidang Pelayanan", "kominfotik",
     "Communication and Informatics Service Division (Bidang Pelayanan; 31 respondents)"),
], ids=["field-in-name-no-agency-before", "agency-before-division"])
def test_a_province_row_puts_the_agency_before_only_a_name_without_its_field(written, dinas, shown):
    assert unit_name(written, "en", dinas, "31 respondents") == shown


@pytest.mark.parametrize("written", [
    "Suku Dinas Tenaga Kerja dan Energi Jakarta Barat",
    "Suku Dinas Tenaga Kerja, Transmigrasi, Energi dan Pariwisata Jakarta Barat",
    "Suku Dinas Komunikasi, Informatika dan Persandian Jakarta Selatan",
    "Bidang Transmigrasi",
], ids=["a-field-left-out", "a-field-added", "an-unknown-field-word", "one-field-alone"])
def test_a_unit_name_with_a_word_or_field_the_code_does_not_know_is_quoted_whole(written):
    """Never a translation with a word left out: a field list that is not an agency's (a word missing, one added,
    one unknown) is data, quoted as written."""
    assert english_unit_name(written) is None
    assert unit_name(written, "en") == f"\u201c{written}\u201d"


def test_an_agency_without_an_english_name_gives_no_field_and_its_units_are_quoted(monkeypatch):
    """An agency added to the registry without an English name: its units were named with its Indonesian short name
    among English words ('West Jakarta Kebudayaan Sub-agency'); now they are data, quoted as written."""
    monkeypatch.delitem(names.ENGLISH_NAMES, "kebudayaan")
    monkeypatch.delitem(names.ENGLISH_SHORT, "kebudayaan")
    fields = units._agency_fields()
    assert "kebudayaan" not in fields, fields.get("kebudayaan")
    monkeypatch.setattr(units, "FIELDS", {**{units._key(k): v for k, v in units.FIELDS_EN.items()}, **fields})
    written = "Suku Dinas Kebudayaan Jakarta Barat"
    assert unit_name(written, "en") == f"\u201c{written}\u201d"


WEST = "Suku Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Jakarta Barat"
EAST = "Suku Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk Jakarta Timur"
WEST_EN = "West Jakarta Empowerment, Child Protection and Population Control Sub-agency"
EAST_EN = "East Jakarta Empowerment, Child Protection and Population Control Sub-agency"


@pytest.mark.parametrize("parts, shown", [
    ([(WEST, None, ""), " 73.41. Start with ", (WEST, None, ""), ", whose IKM is below B."],
     f"{WEST_EN} ({WEST}) 73.41. Start with {WEST_EN}, whose IKM is below B."),
    ([(WEST, None, ""), " 73.41; ", (EAST, None, ""), " 74.84. Start with ", (WEST, None, "35 respondents"), "; then ",
      (EAST, None, "34 respondents"), "."],
     f"{WEST_EN} ({WEST}) 73.41; {EAST_EN} ({EAST}) 74.84. Start with {WEST_EN} (35 respondents); then {EAST_EN} "
     "(34 respondents)."),
    ([(WEST, None, "31 respondents"), " and ", (WEST, None, "")],
     f"{WEST_EN} ({WEST}; 31 respondents) and {WEST_EN}"),
    ([("Sekretariat Dinas", "sosial", ""), ", ", ("Sekretariat Dinas", "kesehatan", ""), " and again ",
      ("Sekretariat Dinas", "sosial", "")],
     "Social Affairs Agency Secretariat (Sekretariat Dinas), Health Agency Secretariat (Sekretariat Dinas) and again "
     "Social Affairs Agency Secretariat"),
    ([("Gedung Graha Mental Spiritual", "sosial", ""), " and ", ("Gedung Graha Mental Spiritual", "sosial", "")],
     "\u201cGedung Graha Mental Spiritual\u201d (Social Affairs) and \u201cGedung Graha Mental Spiritual\u201d "
     "(Social Affairs)"),
], ids=["later-mention-english-alone", "two-units-each-bracketed-once", "first-with-note-keeps-it",
        "same-written-name-two-agencies", "quoted-name-unchanged"])
def test_a_paragraph_gives_a_units_name_as_written_at_its_first_mention_only(parts, shown):
    """LOOK21 X-6: laporan-ppapp-2025-en.pdf's finding 3 gave 'West Jakarta … Sub-agency (Suku Dinas Pemberdayaan,
    Perlindungan Anak dan Pengendalian Penduduk Jakarta Barat)', 170 characters, at every mention. The bracket is
    given once a paragraph; a later mention is the English name alone, its note (respondents) kept."""
    text = "".join(part if isinstance(part, str) else unit_name(part[0], "en", part[1], part[2]) for part in parts)
    assert units.bracket_once(text) == shown


def test_an_indonesian_paragraph_is_unchanged():
    text = f"{unit_name(WEST, 'id', 'ppapp')} 73,41. Mulai dari {unit_name(WEST, 'id', 'ppapp', '35 responden')}."
    assert units.bracket_once(text) == text


def test_the_reports_paragraphs_and_findings_give_the_bracket_once():
    """The report's paragraph and list builders (report.chapters.html) apply it: in a paragraph, and in a list (the
    summary's findings, each with its recommendation) at the unit's first mention in the list."""
    from evalasn.report.chapters import html

    finding = f"{unit_name(WEST, 'en')} 73.41.\nStart with {unit_name(WEST, 'en', None, '35 respondents')}."
    items = html.bullets([finding, f"Then {unit_name(WEST, 'en')}."], ordered=True)
    assert items.count(f"({WEST}") == 1, items
    assert f"Then {WEST_EN}.</li>" in items
    assert f"Start with {WEST_EN} (35 respondents)." in items
    assert html.para(finding).count(f"({WEST}") == 1


def _page(*blocks: str) -> str:
    return f"<html><head><title>{WEST_EN} ({WEST})</title></head><body>{'<hr>'.join(blocks)}</body></html>"


def _unit_table(*written: str) -> str:
    from evalasn.report.chapters import html

    return html.table(["Unit", "n"], [[unit_name(name, "en"), "10"] for name in written], "Units")


def _west_para(note: str = "") -> str:
    from evalasn.report.chapters import html

    return html.para(f"Start with {unit_name(WEST, 'en', None, note)}.")


@pytest.mark.parametrize(("blocks", "brackets"), [
    # LOOK35 H-8: the summary, 9.2 and BAB X each gave '(Suku Dinas … Jakarta Utara)' again
    ([_west_para(), _west_para()], [1, 0]),
    ([_west_para(), _west_para("35 respondents")], [1, 0]),
    # a table's row is read as a sentence: the bracket at the unit's first mention, in a table or not
    ([_west_para(), _unit_table(WEST, EAST)], [1, 1]),
    ([_unit_table(WEST, EAST), _unit_table(EAST, WEST)], [2, 0]),
    ([_unit_table(WEST), _west_para(), _unit_table(WEST, EAST)], [1, 0, 1]),
], ids=["paragraph-then-paragraph", "later-mention-keeps-its-note", "table-row-after-a-paragraph",
        "later-table-english-alone", "table-paragraph-table"])
def test_the_english_report_gives_a_units_name_as_written_once(blocks, brackets):
    """LOOK35 H-8: laporan-lingkungan-hidup-2025-en.pdf gave '(Suku Dinas Lingkungan Hidup Jakarta Utara' on pp. 7,
    12, 19, 29, 32 and 34: bracket_once went by paragraph or list. The whole page gives it once, in reading order;
    the head (a title) is not the reader's first mention."""
    page = units.bracket_once_in_page(_page(*blocks))
    body = page[page.index("<body"):]
    assert [sum(block.count(f"({name}") for name in (WEST, EAST)) for block in body.split("<hr>")] == brackets, body
    assert f"<title>{WEST_EN} ({WEST})</title>" in page
    assert "(35 respondents)" in body or "35 respondents" not in "".join(blocks)


def test_a_figures_alt_text_is_not_the_first_mention():
    page = units.bracket_once_in_page(_page(f'<img alt="{unit_name(WEST, "en")}" src="x.png">', _west_para()))
    assert page.count(f"({WEST})") == 3, page  # the title, the alt text and the paragraph


def test_an_indonesian_page_is_unchanged():
    from evalasn.report.chapters import html

    page = _page(html.para(unit_name(WEST, "id", "ppapp")), html.para(unit_name(WEST, "id", "ppapp")),
                 _unit_table(WEST))
    assert units.bracket_once_in_page(page) == page


@pytest.mark.parametrize(("slug", "shown"), [
    ("lingkungan-hidup", "Agency Secretariat (Sekretariat Dinas) 2025-S2"),
    ("provinsi", "Environment Agency Secretariat (Sekretariat Dinas) 2025-S2"),
], ids=["agency-report-as-its-tables", "province-report-with-its-agency"])
def test_the_uncertain_categories_name_a_unit_as_the_tables_do(slug, shown):
    """LOOK35 H-8: 8.5 of the Lingkungan Hidup report said 'Environment Agency Secretariat (Sekretariat Dinas)', its
    Tables 3 and 8 'Agency Secretariat (Sekretariat Dinas)': one English name per unit; the agency goes before a
    unit's name in the province report only."""
    from types import SimpleNamespace

    from evalasn.report.chapters import limitations
    from evalasn.report.words.text import t

    unit = {"unit_kerja": "Sekretariat Dinas", "dinas": "lingkungan-hidup", "periode": "2025-S2", "estimasi": 77.5,
            "ci_bawah": 75.15, "ci_atas": 79.85, "kategori": "B", "kategori_bawah": "C", "kategori_atas": "B",
            "cukup_data": True}
    hasil = {"tahun": 2025, "cakupan": {"nama": "Environment Agency", "slug": slug},
             "komunikasi": {"periode": "2025-S2"}, "level4_hasil": {"ikm_per_periode": [], "ikm_unit": [unit]}}
    ctx = SimpleNamespace(hasil=hasil, lang="en", province=slug == "provinsi",
                          t=lambda key, **values: t(key, "en", **values))
    items = limitations.boundary_items(ctx)  # type: ignore[arg-type]
    assert len(items) == 1 and items[0].startswith(shown), items
