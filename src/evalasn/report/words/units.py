"""Work-unit names in the report's language. A unit name comes from the agencies' exports as written
('Suku Dinas Perhubungan Jakarta Timur', 'Bidang Pelayanan', 'Puskesmas Kecamatan Tebet'): the Indonesian
build shows it unchanged; the English build (REVIEW3 20: 'Suku Dinas …', 'Bidang Pelayanan (Satpol PP)' and
'Puskesmas Kecamatan …' printed untranslated and unexplained) names it in English from its kind, the word it
begins with, in one table (UNIT_TYPES): 'East Jakarta Transportation Sub-agency', 'Service Division',
'Tebet Sub-district Health Centre'. Each kind the English text uses is given once with its Indonesian
term in the list of abbreviations (report.words.abbreviations), so the reader can match a unit to the agency's
own data. A name of no listed kind is a proper name and stays as written; so do place names, and the words of a
unit's field that are not in the vocabulary below ('Bidang Sarana Prasarana' -> 'Sarana Prasarana Division')."""
from __future__ import annotations

import re
from dataclasses import dataclass

from evalasn.registry import AGENCIES, short_name
from evalasn.report.words.names import ENGLISH_NAMES, ENGLISH_SHORT


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
# the areas a unit's name may end with, said once like the kinds of unit
PLACES: tuple[UnitType, ...] = (
    UnitType(("Kecamatan",), "Sub-district", "a district of one of Jakarta's administrative cities"),
    UnitType(("Kelurahan",), "Urban Village", "the smallest administrative area, within a sub-district"),
)

# where a unit is: 'Kecamatan Tebet' -> 'Tebet Sub-district'; the five administrative cities in English ('Kota
# Administrasi Jakarta Timur' or 'Jakarta Timur' -> 'East Jakarta'; a bare 'Kota' is a word of a field: 'Hutan Kota')
PLACE_KINDS = {"kecamatan": "Sub-district", "kelurahan": "Urban Village"}
CITIES_EN = {"jakarta pusat": "Central Jakarta", "jakarta utara": "North Jakarta", "jakarta barat": "West Jakarta",
             "jakarta selatan": "South Jakarta", "jakarta timur": "East Jakarta",
             "kepulauan seribu": "Thousand Islands"}

# the field of a division, section or sub-agency, where the whole field is one of these (keys lower case); the
# agencies' own fields come from the registry (below)
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


def _agency_fields() -> dict[str, str]:
    """An agency's field as a unit name writes it ('Perhubungan', 'Tenaga Kerja, Transmigrasi dan Energi', 'Dinas
    Kesehatan', 'KPKP') -> the agency's English short name, as English lists name it (report.words.names:
    'Transportation', 'Manpower and Energy', 'Health Agency', 'KPKP'; never a comma inside a unit's name)."""
    fields: dict[str, str] = {}
    for slug, official in AGENCIES.items():
        short = short_name(slug)
        english = ENGLISH_SHORT.get(slug, short)
        for written in (official.removeprefix("Dinas "), short):
            fields.setdefault(_key(written), english)
        if official.startswith("Dinas "):
            for written in (official, f"Dinas {short}"):
                fields.setdefault(_key(written), f"{english} Agency")
    return fields


OFFICIAL_EN = {_key(official): ENGLISH_NAMES[slug] for slug, official in AGENCIES.items() if slug in ENGLISH_NAMES}
FIELDS = {**{_key(k): v for k, v in FIELDS_EN.items()}, **_agency_fields()}
_TYPES = sorted(((word, kind) for kind in UNIT_TYPES for word in kind.words), key=lambda pair: -len(pair[0]))
_PLACE = re.compile(r"^(?P<rest>.*?)\s*\b(?P<kind>" + "|".join(PLACE_KINDS) + r")\s+(?P<place>\S.*)$", re.IGNORECASE)
_CITY = re.compile(r"^(?P<rest>.*?)\s*(?:\b(?:kota|kabupaten)\s+administrasi\s+)?\b(?P<city>" +
                   "|".join(city.replace(" ", r"\s+") for city in CITIES_EN) + r")$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?P<rest>.*?)\s+(?P<number>\d+[A-Za-z]?)$")


def unit_type(name: str) -> UnitType | None:
    """The kind of unit ``name`` is by the words it begins with (any case), or None (a proper name)."""
    folded = " ".join(str(name).split()).casefold()
    for word, kind in _TYPES:
        if folded == word.casefold() or folded.startswith(word.casefold() + " "):
            return kind
    return None


def unit_name(name: str, lang: str) -> str:
    """A work unit's name in the report's language: as written in Indonesian; in English from its kind
    ('Suku Dinas Perhubungan Jakarta Timur' -> 'East Jakarta Transportation Sub-agency', 'Sekretariat Dinas' ->
    'Agency Secretariat', 'Satuan Pelaksana Pendidikan Kecamatan Tebet' -> 'Tebet Sub-district Education
    Implementing Unit', 'UPT Perhubungan 12' -> 'Transportation Technical Implementing Unit 12'); a name of no
    listed kind as written."""
    text = " ".join(str(name).split())
    if lang != "en":
        return text
    if _key(text) in OFFICIAL_EN:  # the agency's head office, named as the agency
        return OFFICIAL_EN[_key(text)]
    kind = unit_type(text)
    if kind is None:
        return text
    word = next(w for w in sorted(kind.words, key=len, reverse=True)
                if text.casefold() == w.casefold() or text.casefold().startswith(w.casefold() + " "))
    rest, place = text[len(word):].strip(), ""
    if match := _CITY.match(rest):
        place, rest = CITIES_EN[" ".join(match["city"].split()).casefold()], match["rest"]
    elif match := _PLACE.match(rest):
        place, rest = f"{match['place']} {PLACE_KINDS[match['kind'].casefold()]}", match["rest"]
    number = ""
    if match := _NUMBER.match(f" {rest}"):
        rest, number = match["rest"].strip(), match["number"]
    field = FIELDS.get(_key(rest), rest) if rest else ""
    # the place first, as English names an office ('East Jakarta Transportation Sub-agency'): no comma inside a
    # name that a list of names separates with commas
    return " ".join(part for part in (place, field, kind.english, number) if part)


def types_used(text: str) -> list[UnitType]:
    """The kinds of unit whose English term ``text`` uses ('Sub-agency', 'Division'; 'Implementing Unit' not
    within 'Technical Implementing Unit')."""
    found = []
    for kind in sorted(UNIT_TYPES + PLACES, key=lambda kind: -len(kind.english)):
        pattern = rf"(?<![\w-]){re.escape(kind.english)}(?![\w-])"
        if re.search(pattern, text):
            found.append(kind)
            text = re.sub(pattern, " ", text)
    return found
