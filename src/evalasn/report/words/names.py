"""Official names in the English build: the agency or the province in English, with its Indonesian
name in brackets where the reader first meets it (the cover), so the document can still be matched
to the official one. The Indonesian build uses the official names unchanged."""
from __future__ import annotations

import re

from evalasn.registry import AGENCIES, PROVINCE_SLUG, compact_name, official_name, short_name

# slug -> English name (the registry keeps the official Indonesian one)
ENGLISH_NAMES: dict[str, str] = {
    PROVINCE_SLUG: "Jakarta Provincial Government",
    "pendidikan": "Education Agency",
    "kesehatan": "Health Agency",
    "perhubungan": "Transportation Agency",
    "bina-marga": "Highways Agency",
    "sumber-daya-air": "Water Resources Agency",
    "citata": "Public Works, Spatial Planning and Land Agency",
    "pertamanan": "Parks and Urban Forests Agency",
    "lingkungan-hidup": "Environment Agency",
    "sosial": "Social Affairs Agency",
    "parekraf": "Tourism and Creative Economy Agency",
    "ppapp": "Empowerment, Child Protection and Population Control Agency",
    "dispora": "Youth and Sports Agency",
    "dpmptsp": "Investment and One-Stop Integrated Services Agency",
    "gulkarmat": "Fire and Rescue Agency",
    "prkp": "Public Housing and Settlements Agency",
    "nakertransgi": "Manpower, Transmigration and Energy Agency",
    "kpkp": "Food Security, Marine Affairs and Agriculture Agency",
    "ppkukm": "Industry, Trade, Cooperatives and Small and Medium Enterprises Agency",
    "kominfotik": "Communication, Informatics and Statistics Agency",
    "kebudayaan": "Culture Agency",
    "satpol-pp": "Civil Service Police Unit",
}

# slug -> English short name, where the usual short name is Indonesian words ("Kesehatan") or a clipped form of
# them read as a word ("Citata", "Parekraf": an English list mixed "Highways, Water Resources, Citata, … Parekraf",
# REVIEW3 20) or an Indonesian acronym (LOOK20 W-18: Table 11 listed "Fire and Rescue" beside "PRKP" and "KPKP",
# the plan "KPKP Agency secretariat"). One convention in English: every agency by English words, a long name by two
# of its fields ("Manpower and Energy", "Food Security and Marine Affairs"); only Satpol PP stays as it is, the name
# English writing about Jakarta uses. No name here has a comma, so a list of them reads as one. A short name that is
# not the agency's English name without "Agency" leaves fields out ("Communication and Informatics" for the
# Communication, Informatics and Statistics Agency): an abbreviation, which the List of Abbreviations spells out
# wherever the text uses it (abbreviations.used, needs_key; LOOK26 X-10: the English running head "Communication and
# Informatics Agency" was defined nowhere); every short name is also spelled out before the summary uses it
ENGLISH_SHORT: dict[str, str] = {
    "pendidikan": "Education",
    "kesehatan": "Health",
    "perhubungan": "Transportation",
    "bina-marga": "Highways",
    "sumber-daya-air": "Water Resources",
    "pertamanan": "Parks and Urban Forests",
    "lingkungan-hidup": "Environment",
    "sosial": "Social Affairs",
    "kebudayaan": "Culture",
    "citata": "Public Works and Spatial Planning",
    "parekraf": "Tourism and Creative Economy",
    "dispora": "Youth and Sports",
    "gulkarmat": "Fire and Rescue",
    "nakertransgi": "Manpower and Energy",
    "kominfotik": "Communication and Informatics",
    "ppapp": "Empowerment and Child Protection",
    "dpmptsp": "Investment and One-Stop Services",
    "prkp": "Public Housing and Settlements",
    "kpkp": "Food Security and Marine Affairs",
    "ppkukm": "Industry and Trade",
}


SHORT_ENOUGH = 40  # characters: a longer English name is shortened in narrow table cells and, after its first
# mention, in running text (running_text_name)


def _running(slug: str) -> str:
    english = ENGLISH_NAMES[slug]
    return f"{ENGLISH_SHORT[slug]} Agency" if len(english) > SHORT_ENOUGH and slug in ENGLISH_SHORT else english


# names that take 'the' in an English sentence ('of the Health Agency'; report.words.text puts it there): the English
# names and the running-text forms of the long ones ('the Industry and Trade Agency')
PROSE_NAMES = frozenset(ENGLISH_NAMES.values()) | frozenset(_running(slug) for slug in ENGLISH_NAMES
                                                              if slug in ENGLISH_SHORT)


def short_name_in(slug: str, lang: str) -> str:
    """A dinas's usual short name in the report's language: 'Kesehatan', in English 'Health' (an English
    table or sentence said 'Kesehatan', and 'Food Security and Marine Affairs' for 'KPKP'); 'Satpol PP' in both."""
    return ENGLISH_SHORT.get(slug, short_name(slug)) if lang == "en" else short_name(slug)


def needs_key(slug: str) -> bool:
    """Whether an agency's English short name is an abbreviation a reader needs spelled out: not its English name
    without "Agency" or "Unit" ('Health', 'Public Housing and Settlements' read as they are; 'Communication and
    Informatics', 'Manpower and Energy', 'Satpol PP' leave words out)."""
    english = ENGLISH_NAMES.get(slug)
    return english is not None and short_name_in(slug, "en") != english.removesuffix(" Agency").removesuffix(" Unit")


def scope_name(slug: str, official: str, lang: str) -> str:
    """The name of a scope in the report's language; a scope without an English name keeps its
    official name (an agency added to the registry later)."""
    return ENGLISH_NAMES.get(slug, official) if lang == "en" else official


def running_text_name(slug: str, official: str, lang: str) -> str:
    """A scope's name in the report's running text: in English a long name (over SHORT_ENOUGH characters) by its short
    name with 'Agency', as the running head and the plan's owner cells name it ('Industry and Trade Agency'), once the
    Kata Pengantar has given the full name with it (front.foreword, "foreword_hereafter"; LOOK37 item 4: PPKUKM's
    70-character name 25 times after its short form was defined); the full name otherwise, and the official name in
    Indonesian."""
    if lang != "en" or slug not in ENGLISH_NAMES or slug not in ENGLISH_SHORT:
        return scope_name(slug, official, lang)
    return _running(slug)


def running_name(slug: str, official: str, lang: str, limit: int) -> str:
    """A scope's name for the running head of every page, in the report's language: the full name when it fits
    ``limit`` characters, else a compact one ('Dinas PPAPP'; in English 'Empowerment and Child Protection Agency',
    never 'Dinas …')."""
    shown = scope_name(slug, official, lang)
    if len(shown) <= limit:
        return shown
    compact_official = compact_name(slug, limit) if slug == PROVINCE_SLUG or slug in AGENCIES else shown
    return compact(slug, compact_official, lang)


def with_official(slug: str, shown: str) -> str:
    """'Health Agency (Dinas Kesehatan)' when ``shown`` is the English name of a known scope; ``shown``
    itself otherwise (the Indonesian build, or a scope without an English name)."""
    official = official_name(slug) if slug in ENGLISH_NAMES and (slug == PROVINCE_SLUG or slug in AGENCIES) else shown
    return f"{shown} ({official})" if official != shown else shown


def spelled_out(slug: str) -> str:
    """An agency's English short name with what it stands for: 'Health = Health Agency (Dinas Kesehatan)', 'Food
    Security and Marine Affairs = Food Security, Marine Affairs and Agriculture Agency (Dinas Ketahanan Pangan,
    Kelautan dan Pertanian)', 'Satpol PP = Civil Service Police Unit (Satuan Polisi Pamong Praja)'."""
    return f"{short_name_in(slug, 'en')} = {with_official(slug, scope_name(slug, official_name(slug), 'en'))}"


def named_in(text: str) -> list[str]:
    """The agencies (slugs) an English ``text`` names by their short name ('Health', 'Satpol PP'), in the order it
    first names them; a short name that is the start of the full one ('Health Agency') is not counted."""
    found: dict[str, int] = {}
    for slug in AGENCIES:
        short = short_name_in(slug, "en")
        first = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?! Agency\b)(?! Unit\b)", text)
        if first:
            found[slug] = first.start()
    return sorted(found, key=lambda slug: found[slug])


# what the results write for an activity without a theme (analysis.model: `tema` blank)
NO_THEME = "(tanpa tema)"
# activity themes (kegiatan.tema, free text) as an English table shows them; keys lower case, spaces single. A
# theme not listed here is data and is shown as the agency wrote it.
THEMES_EN: dict[str, str] = {
    NO_THEME: "(no theme)",  # LOOK37b M-29: the English workbook's cell and its definition said "(tanpa tema)"
    "layanan prima": "service excellence",
    "pelayanan publik": "public service",
    "pemanfaatan ti dalam administrasi": "use of IT in administration",
    "manajemen kinerja": "performance management",
    "kepemimpinan": "leadership",
    "keuangan daerah": "regional finance",
    "pengelolaan keuangan daerah": "regional financial management",
    "pengelolaan pengaduan": "complaint handling",
    "kompetensi teknis": "technical competence",
    "komunikasi efektif": "effective communication",
    "pengadaan barang dan jasa": "procurement of goods and services",
    "perencanaan": "planning",
    "etika dan integritas": "ethics and integrity",
}


def no_theme_in(text: str, lang: str) -> str:
    """``text`` (a documented meaning quoting NO_THEME) with it as an English cell shows it: '(no theme)'."""
    return text.replace(f'"{NO_THEME}"', f'"{THEMES_EN[NO_THEME]}"') if lang == "en" else text


def theme_in(theme: str, lang: str) -> str:
    """An activity theme in the report's language: 'layanan prima' is 'service excellence' in English; a theme
    not in THEMES_EN (and the Indonesian build) as written."""
    if lang != "en":
        return theme
    return THEMES_EN.get(" ".join(str(theme).split()).lower(), theme)


# the tables of the data contract in words (the quality log's first column): the Indonesian annex printed the keys
# "kinerja_unit" and "tindak_lanjut" where the English one had words (LOOK15 Q-8)
TABLE_NAMES = {"pegawai": "staff", "kegiatan": "activities", "peserta": "participants",
               "skm": "satisfaction survey (SKM)", "anggaran": "budget", "kinerja_unit": "unit performance",
               "tindak_lanjut": "returned follow-up plan"}
TABLE_NAMES_ID = {"pegawai": "pegawai", "kegiatan": "kegiatan", "peserta": "peserta", "skm": "SKM",
                  "anggaran": "anggaran", "kinerja_unit": "kinerja unit",
                  "tindak_lanjut": "rencana tindak lanjut yang dikembalikan"}
def table_name(table: str | None, lang: str) -> str:
    """A table of the data contract in the report's language ('kinerja_unit' -> 'kinerja unit', 'unit performance');
    a table not in the contract as written; '–' when there is none."""
    if not table:
        return "–"
    return (TABLE_NAMES if lang == "en" else TABLE_NAMES_ID).get(table, table)


def compact(slug: str, compact_official: str, lang: str) -> str:
    """A scope's name for a narrow cell: the English name when short, else its English short name with 'Agency'
    ('Manpower and Energy Agency', 'Industry and Trade Agency': as English lists name it, not 'Nakertransgi Agency' or
    'PPKUKM Agency'); in
    Indonesian the official short form ('Dinas PPKUKM')."""
    if lang != "en" or slug not in ENGLISH_NAMES:
        return compact_official
    english = ENGLISH_NAMES[slug]
    if len(english) <= SHORT_ENOUGH:
        return english
    return ENGLISH_SHORT.get(slug, compact_official.removeprefix("Dinas ")) + " Agency"
