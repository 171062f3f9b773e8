"""Work-unit names as the agencies' exports write them ('Suku Dinas Perhubungan Jakarta Timur', 'Bidang Pelayanan',
'Puskesmas Kecamatan Tebet'), in both builds: the reader of the English build looks the unit up in the agency's own
SIMPEG or SKM data, where an English rendering ('East Jakarta Transportation Sub-agency') cannot be found, and a
rendering of the known words only read 'Programme Division' beside 'Layanan Division' in one table (REVIEW6b 15).
The English build explains each Indonesian kind of unit its text uses, once, in the list of abbreviations
(report.words.abbreviations): 'Bidang: Division, a division of an agency's head office'."""
from __future__ import annotations

import re
from dataclasses import dataclass


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


def unit_name(name: str, lang: str) -> str:  # noqa: ARG001  (one name in every language: the module's docstring)
    """A work unit's name as the agency's data write it, in either language, its spaces made single."""
    return " ".join(str(name).split())


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
