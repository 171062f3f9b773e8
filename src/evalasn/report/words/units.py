"""Work-unit names as the agencies' exports write them ('Suku Dinas Perhubungan Jakarta Timur', 'Bidang Pelayanan',
'Puskesmas Kecamatan Tebet'). The Indonesian build shows them unchanged. The English build (LOOK20 W-4: Tabel 3, Tabel
9, 8.5, the recommendations and the plan printed 'Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat'
untranslated) names each unit in English by its structure, with the name as written in brackets so the reader can
still find it in the agency's SIMPEG or SKM data (REVIEW6b 15): 'West Jakarta Manpower, Transmigration and Energy
Sub-agency (Suku Dinas Tenaga Kerja, Transmigrasi dan Energi Jakarta Barat)', 'Development Division (Bidang
Pengembangan)'. Every word of the name is in the English (LOOK21 X-6: the agency's short English name 'Manpower and
Energy' dropped 'Transmigrasi'). One form in tables and sentences alike; the bracket at the unit's first mention
only, in a paragraph or a list (bracket_once) and in the whole English report (bracket_once_in_page; LOOK35 H-8). A
name whose words are not all known (a field outside FIELDS_EN and the agencies' own names, a name of no listed kind)
is data: it is quoted as written, never half-translated ('“Bidang Layanan”', not 'Layanan Division' beside
'Programme Division', REVIEW6b 15). The English list of abbreviations still
explains each Indonesian kind of unit the brackets use, once (report.words.abbreviations)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from evalasn.registry import AGENCIES, PROVINCE_SLUG, short_name
from evalasn.report.words.names import ENGLISH_NAMES, short_name_in


@dataclass(frozen=True)
class UnitType:
    """A kind of work unit: the Indonesian words a unit name of this kind begins with (the official term
    first, then its usual abbreviations), its English term, and what it is (said once in the abbreviations)."""

    words: tuple[str, ...]
    english: str
    meaning: str


# Perda DKI 5/2016 and the Pergub on each agency's organisation: the kinds of unit an agency's staff belong to
UNIT_TYPES: tuple[UnitType, ...] = (
    UnitType(("Suku Dinas", "Suku Badan", "Sudin", "Suban"), "Sub-agency",
             "an agency's office in one of Jakarta's administrative cities"),
    UnitType(("Sekretariat",), "Secretariat", "an agency's administrative office"),
    UnitType(("Bidang",), "Division", "a division of an agency's head office"),
    UnitType(("Subbagian", "Sub Bagian", "Subbag"), "Subdivision", "a subdivision of a secretariat or office"),
    UnitType(("Bagian",), "Department", "a department of a secretariat"),
    UnitType(("Seksi",), "Section", "a section of a division or sub-agency"),
    UnitType(("Satuan Pelaksana", "Satlak"), "Implementing Unit", "an agency's unit in a sub-district"),
    UnitType(("Unit Pelaksana Teknis", "UPT"), "Technical Implementing Unit",
             "an agency's unit that runs one service or facility"),
    UnitType(("Unit Pengelola",), "Management Unit", "an agency's unit that manages one facility or programme"),
    UnitType(("Puskesmas", "Pusat Kesehatan Masyarakat"), "Health Centre",
             "a community health centre of a sub-district or urban village"),
    UnitType(("Rumah Sakit Umum Daerah", "RSUD"), "Regional General Hospital", "a hospital of the province"),
    UnitType(("Kantor",), "Office", "an agency's office"),
)
# the areas a unit's name may end with, explained like the kinds of unit
PLACES: tuple[UnitType, ...] = (
    UnitType(("Kecamatan",), "Sub-district", "a district of one of Jakarta's administrative cities"),
    UnitType(("Kelurahan",), "Urban Village", "the smallest administrative area, within a sub-district"),
)
_TERMS = sorted(((word, kind) for kind in UNIT_TYPES + PLACES for word in kind.words), key=lambda pair: -len(pair[0]))


# where a unit is: 'Kecamatan Tebet' -> 'Tebet Sub-district'; the five administrative cities and the regency in English
# ('Kota Administrasi Jakarta Timur' or 'Jakarta Timur' -> 'East Jakarta')
CITIES_EN = {"jakarta pusat": "Central Jakarta", "jakarta utara": "North Jakarta", "jakarta barat": "West Jakarta",
             "jakarta selatan": "South Jakarta", "jakarta timur": "East Jakarta",
             "kepulauan seribu": "Thousand Islands"}

# the field of a division, section or sub-agency, where the whole field is one of these (keys lower case, spaces
# single, no commas); the agencies' own fields come from the registry and report.words.names (_agency_fields)
FIELDS_EN: dict[str, str] = {
    "dinas": "Agency", "badan": "Agency",
    "pelayanan": "Service", "pengembangan": "Development", "pengawasan": "Supervision",
    "perencanaan": "Planning", "program": "Programme", "perencanaan dan anggaran": "Planning and Budget",
    "program dan pelaporan": "Programme and Reporting", "umum": "General Affairs", "keuangan": "Finance",
    "kepegawaian": "Personnel", "umum dan kepegawaian": "General Affairs and Personnel",
    "pengendalian": "Control", "pengendalian operasional": "Operations Control", "operasional": "Operations",
    "penegakan": "Enforcement", "penegakan peraturan daerah": "Regional Regulation Enforcement",
    "ketertiban umum": "Public Order", "perlindungan masyarakat": "Community Protection",
    "pencegahan": "Prevention", "penyelamatan": "Rescue", "data dan informasi": "Data and Information",
    "sarana dan prasarana": "Facilities and Infrastructure", "pembinaan": "Guidance", "hukum": "Legal Affairs",
    "pelayanan kesehatan": "Health Services", "kesehatan masyarakat": "Public Health",
    "pencegahan dan pengendalian penyakit": "Disease Prevention and Control",
    "sumber daya kesehatan": "Health Resources",
}


def _key(text: str) -> str:
    return " ".join(text.replace(",", " ").split()).casefold()


def agency_field(slug: str) -> str | None:
    """An agency's field in English as a unit's name carries it: its whole English name without 'Agency' or 'Unit'
    ('Manpower, Transmigration and Energy', 'Civil Service Police'), every field the official name lists (LOOK21
    X-6: the short name 'Manpower and Energy' dropped 'Transmigrasi' from 'Suku Dinas Tenaga Kerja, Transmigrasi
    dan Energi Jakarta Barat', so the English and the name in its bracket differed). None for an agency without an
    English name: its units' names are data, quoted as written (never its Indonesian short name among English
    words)."""
    if slug not in ENGLISH_NAMES or slug == PROVINCE_SLUG:
        return None
    return ENGLISH_NAMES[slug].removesuffix(" Agency").removesuffix(" Unit")


def _agency_fields() -> dict[str, str]:
    """An agency's field as a unit name writes it ('Perhubungan', 'Tenaga Kerja, Transmigrasi dan Energi', 'Satuan
    Polisi Pamong Praja', or its usual short name 'Nakertransgi', 'Satpol PP') -> its English field
    ('Transportation', 'Manpower, Transmigration and Energy', 'Civil Service Police'); only agencies with an English
    name."""
    fields: dict[str, str] = {}
    for slug, official in AGENCIES.items():
        if (field := agency_field(slug)) is None:
            continue
        fields.setdefault(_key(official.removeprefix("Dinas ")), field)
        if official.startswith("Dinas "):  # 'Sekretariat Dinas Kesehatan'
            fields.setdefault(_key(official), ENGLISH_NAMES[slug])
    for slug in AGENCIES:  # 'Suku Dinas Nakertransgi Jakarta Barat': the short name stands for the whole field
        if (field := agency_field(slug)) is not None:
            fields.setdefault(_key(short_name(slug)), field)
    return fields


# a unit named as its agency (its head office): 'Dinas Kesehatan' -> 'Health Agency'
OFFICIAL_EN = {_key(official): ENGLISH_NAMES[slug] for slug, official in AGENCIES.items() if slug in ENGLISH_NAMES}


FIELDS = {**{_key(k): v for k, v in FIELDS_EN.items()}, **_agency_fields()}
# kinds of unit whose name is the kind and an area alone ('Puskesmas Senen', 'RSUD Tarakan')
NAMED_BY_PLACE = frozenset({"Health Centre", "Regional General Hospital"})
_KINDS = sorted(((word, kind) for kind in UNIT_TYPES for word in kind.words), key=lambda pair: -len(pair[0]))
_AREA = re.compile(r"^(?P<rest>.*?)\s*\b(?P<kind>kecamatan|kelurahan)\s+(?P<place>\S.*)$", re.IGNORECASE)
_CITY = re.compile(r"^(?P<rest>.*?)\s*(?:\b(?:kota|kabupaten)\s+administrasi\s+)?\b(?P<city>" +
                   "|".join(city.replace(" ", r"\s+") for city in CITIES_EN) + r")$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<rest>.*?)\s+(?P<number>\d+[A-Za-z]?)$")


def english_unit_name(name: str) -> str | None:
    """A unit's name in English from its structure, or None when any of its words is not known (then it is data):
    'Suku Dinas Perhubungan Jakarta Timur' -> 'East Jakarta Transportation Sub-agency', 'Sekretariat Dinas' ->
    'Agency Secretariat', 'Satuan Pelaksana Pendidikan Kecamatan Tebet' -> 'Tebet Sub-district Education
    Implementing Unit', 'Puskesmas Kecamatan Tebet' -> 'Tebet Sub-district Health Centre', 'UPT Perhubungan 12' ->
    'Transportation Technical Implementing Unit 12'. The place first, as English names an office."""
    text = " ".join(str(name).split())
    if _key(text) in OFFICIAL_EN:
        return OFFICIAL_EN[_key(text)]
    folded = text.casefold()
    word, kind = next(((w, k) for w, k in _KINDS if folded == w.casefold() or folded.startswith(w.casefold() + " ")),
                      ("", None))
    if kind is None:
        return None
    rest, place = text[len(word):].strip(), ""
    if match := _CITY.match(rest):
        place, rest = CITIES_EN[" ".join(match["city"].split()).casefold()], match["rest"]
    elif match := _AREA.match(rest):
        if any(term.casefold() in _key(match["place"]).split() for term in ("kecamatan", "kelurahan")):
            return None
        area = next(k.english for k in PLACES if k.words[0].casefold() == match["kind"].casefold())
        place, rest = f"{match['place']} {area}", match["rest"]
    if rest and not place and kind.english in NAMED_BY_PLACE and _key(rest) not in FIELDS:
        place, rest = rest, ""  # 'Puskesmas Senen': a health centre named by its area -> 'Senen Health Centre'
    number = ""
    if match := _NUMBER.match(f" {rest}"):
        rest, number = match["rest"].strip(), match["number"]
    if rest and _key(rest) not in FIELDS:
        return None  # a field the vocabulary does not know: not 'Layanan Division'
    field = FIELDS[_key(rest)] if rest else ""
    return " ".join(part for part in (place, field, kind.english, number) if part)


def unit_name(name: str, lang: str, dinas: str | None = None, note: str = "") -> str:
    """A work unit's name in the report's language, its spaces made single, in tables and sentences alike. In
    Indonesian as written ('Bidang Pengembangan', with ``dinas`` 'Bidang Pengembangan (Satpol PP)'). In English
    its English name with the name as written in brackets ('Development Division (Bidang Pengembangan)'), the
    agency ``dinas`` before it where the English name does not already carry its field ('Satpol PP Development
    Division (Bidang Pengembangan)', 'Social Affairs Agency Secretariat (Sekretariat Dinas)', but 'Kembangan
    Sub-district Health Centre (Puskesmas Kecamatan Kembangan)'); a name not all of whose words are known quoted
    as data ('“Gedung Graha Mental Spiritual” (Social Affairs)'). A ``note`` ('14 PNS') joins the bracket, never a
    second one: 'Bidang Pengembangan (Satpol PP; 14 PNS)', 'Satpol PP Development Division (Bidang Pengembangan;
    14 PNS)'."""
    written = " ".join(str(name).split())
    agency = short_name_in(dinas, lang) if dinas else ""
    english = english_unit_name(written) if lang == "en" else None
    if lang == "en" and english is not None:
        field = agency_field(dinas) if dinas else None
        if agency and (field is None or field not in english) and agency not in english:
            english = f"{agency} {english}"
        shown, inside = english, [written]
    else:
        shown, inside = (f"\u201c{written}\u201d" if lang == "en" else written), [agency] if agency else []
    inside += [note] if note else []
    return f"{shown} ({'; '.join(inside)})" if inside else shown


def the_unit(name: str, lang: str, dinas: str | None = None, note: str = "") -> str:
    """unit_name in the middle of an English sentence: with 'the' where the name is formed in English and ends in
    its kind of unit ('Start with the Agency Secretariat (Sekretariat Dinas; 30 respondents), the Service Division
    …'; LOOK36 K-8: "Start with Agency Secretariat"); a unit named by its place alone ('Senen Health Centre',
    NAMED_BY_PLACE), a name quoted as data and the Indonesian as unit_name."""
    shown = unit_name(name, lang, dinas, note)
    english = english_unit_name(" ".join(str(name).split())) if lang == "en" else None
    if english is None or any(english.endswith(kind) for kind in NAMED_BY_PLACE):
        return shown
    return f"the {shown}"


# the bracket after a unit's English name in an English text: the name as written (it begins with a kind of unit),
# then maybe a note ('; 35 respondents'); the space before it goes with it
_BRACKET = re.compile(r" \((?P<written>(?:" + "|".join(re.escape(word) for word, _ in _KINDS) +
                      r")\b[^;()]*?)(?:; (?P<note>[^()]*))?\)", re.IGNORECASE)
# the agencies' English short names, longest first: in the province report a unit's name begins with its agency's
# ('Social Affairs Agency Secretariat (Sekretariat Dinas)' and 'Health Agency Secretariat' are two units)
_AGENCIES_EN = sorted({short_name_in(slug, "en") for slug in AGENCIES}, key=len, reverse=True)


def bracket_once(text: str, seen: set[tuple[str, str]] | None = None) -> str:
    """``text`` (one paragraph, list item or note of an English build, plain or HTML) with each unit's name as
    written in brackets at its first mention only; a later mention of the same unit is its English name alone, its
    note in a bracket of its own: 'West Jakarta … Sub-agency (Suku Dinas … Jakarta Barat) 73.41 … Start with West
    Jakarta … Sub-agency, whose …', '… Sub-agency (35 respondents)' (LOOK21 X-6: the PPAPP summary's finding 3 gave
    a 170-character name with its bracket three times). A bracket that does not follow its unit's English name (the
    Indonesian build, a name quoted as data) is left as it is. ``seen``: the units a list's earlier items gave
    with their bracket (shared by the items of one list, which the reader reads as one block)."""
    seen = set() if seen is None else seen

    def once(found: re.Match[str]) -> str:
        english = english_unit_name(found["written"])
        before = text[max(0, found.start() - 400):found.start()]  # the names before the bracket, not the paragraph
        if english is None or not re.search(rf"(?<![\w-]){re.escape(english)}$", before):
            return found[0]
        head = before[:-len(english)]
        agency = next((name for name in _AGENCIES_EN if re.search(rf"(?<![\w-]){re.escape(name)} $", head)), "")
        unit = (agency, _key(found["written"]))
        if unit not in seen:
            seen.add(unit)
            return found[0]
        return f" ({found['note']})" if found["note"] else ""

    return _BRACKET.sub(once, text)


# a tag, whose attributes (a figure's alt text) the reader does not read
_TAG = re.compile(r"(<[^>]*>)")


def bracket_once_in_page(page: str) -> str:
    """The English report's whole ``page`` (its HTML, from which the PDF and the Word version are made) with each
    unit's name as written in brackets once, at its first mention in reading order, a table's row as a sentence
    (LOOK35 H-8: the summary, Tables 3 and 8, 9.2 and BAB X each gave '(Suku Dinas Lingkungan Hidup Jakarta Utara)'
    again; bracket_once went by paragraph or list). Only the text the reader sees: the head of the page (title,
    description) and the tags' attributes (a figure's alt text) are left as they are."""
    seen: set[tuple[str, str]] = set()
    start = max(page.find("<body"), 0)
    texts = _TAG.split(page[start:])  # text, tag, text, ...: a unit's name and its bracket are one text
    return page[:start] + "".join(part if index % 2 else bracket_once(part, seen) for index, part in enumerate(texts))


def terms_used(text: str) -> list[tuple[str, UnitType]]:
    """(the Indonesian term, its kind) of each kind of unit or area ``text`` names ('Suku Dinas', 'Bidang',
    'Kecamatan'), any case, as the term is declared ('Sub Bagian' alone, not 'Bagian' within it)."""
    found = []
    for word, kind in _TERMS:
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        if re.search(pattern, text, re.IGNORECASE):
            found.append((word, kind))
            text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
    return found
