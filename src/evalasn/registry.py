"""The perangkat daerah (agencies) of Pemprov DKI Jakarta the project knows.

Structure per Perda DKI 5/2016. A dinas is written in the data either as its slug or as its
official name; ``resolve`` also accepts other case, extra spaces and the name without the
leading "Dinas". New badan or units are added to ``AGENCIES``.
"""

from __future__ import annotations

import re

PROVINCE_SLUG = "provinsi"  # the province-wide scope: all dinas together

# slug -> official name
AGENCIES: dict[str, str] = {
    "pendidikan": "Dinas Pendidikan",
    "kesehatan": "Dinas Kesehatan",
    "perhubungan": "Dinas Perhubungan",
    "bina-marga": "Dinas Bina Marga",
    "sumber-daya-air": "Dinas Sumber Daya Air",
    "citata": "Dinas Cipta Karya, Tata Ruang dan Pertanahan",
    "pertamanan": "Dinas Pertamanan dan Hutan Kota",
    "lingkungan-hidup": "Dinas Lingkungan Hidup",
    "sosial": "Dinas Sosial",
    "parekraf": "Dinas Pariwisata dan Ekonomi Kreatif",
    "ppapp": "Dinas Pemberdayaan, Perlindungan Anak dan Pengendalian Penduduk",
    "dispora": "Dinas Pemuda dan Olahraga",
    "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "gulkarmat": "Dinas Penanggulangan Kebakaran dan Penyelamatan",
    "prkp": "Dinas Perumahan Rakyat dan Kawasan Permukiman",
    "nakertransgi": "Dinas Tenaga Kerja, Transmigrasi dan Energi",
    "kpkp": "Dinas Ketahanan Pangan, Kelautan dan Pertanian",
    "ppkukm": "Dinas Perindustrian, Perdagangan, Koperasi, Usaha Kecil dan Menengah",
    "kominfotik": "Dinas Komunikasi, Informatika dan Statistik",
    "kebudayaan": "Dinas Kebudayaan",
    "satpol-pp": "Satuan Polisi Pamong Praja",
}

# Other spellings seen in exports, already in normalised form (see _key).
EXTRA_ALIASES: dict[str, str] = {
    "dinkes": "kesehatan",
    "disdik": "pendidikan",
    "dishub": "perhubungan",
    "dki satpol pp": "satpol-pp",
    "satpol pp": "satpol-pp",
    "sda": "sumber-daya-air",
    "dinas sda": "sumber-daya-air",
    "dinas lh": "lingkungan-hidup",
    "dlh": "lingkungan-hidup",
    "dinsos": "sosial",
}


def _key(text: str) -> str:
    """Case-, space- and punctuation-insensitive form of a name or slug."""
    text = text.lower().replace("&", " dan ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _build_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for slug, name in AGENCIES.items():
        aliases[_key(slug)] = slug
        aliases[_key(name)] = slug
        short = re.sub(r"^(dinas|badan|satuan)\s+", "", _key(name))
        aliases.setdefault(short, slug)
    for alias, slug in EXTRA_ALIASES.items():
        aliases[_key(alias)] = slug
    return aliases


_ALIASES = _build_aliases()


def resolve(text: object) -> str | None:
    """The slug for a dinas written as slug, official name or known alias; None if unknown."""
    if text is None or not isinstance(text, str):
        return None
    key = _key(text)
    # exports often add the province: "Dinas Kesehatan Provinsi DKI Jakarta", "Dinkes Prov. DKI Jakarta"
    return _ALIASES.get(key) or _ALIASES.get(PROVINCE_SUFFIX.sub("", key))


PROVINCE_SUFFIX = re.compile(r"\s+(?:(?:pemerintah\s+)?(?:provinsi|prov|pemprov)\s+)?(?:daerah\s+khusus\s+ibukota\s+)?"
                             r"(?:dki\s+)?jakarta$")


def official_name(slug: str) -> str:
    """The official name of a slug ('provinsi' -> the province)."""
    if slug == PROVINCE_SLUG:
        return "Pemerintah Provinsi DKI Jakarta"
    return AGENCIES[slug]


# the names Jakarta's officials use for an agency in a table or a list (their usual abbreviation)
SHORT_NAMES: dict[str, str] = {
    "citata": "Citata", "ppapp": "PPAPP", "dispora": "Dispora", "dpmptsp": "DPMPTSP", "gulkarmat": "Gulkarmat",
    "prkp": "PRKP", "nakertransgi": "Nakertransgi", "kpkp": "KPKP", "ppkukm": "PPKUKM", "kominfotik": "Kominfotik",
    "parekraf": "Parekraf", "satpol-pp": "Satpol PP", "pertamanan": "Pertamanan dan Hutan Kota",
}


def short_name(slug: str) -> str:
    """'dpmptsp' -> 'DPMPTSP', 'kesehatan' -> 'Kesehatan': the agency's usual short name."""
    if slug in SHORT_NAMES:
        return SHORT_NAMES[slug]
    return official_name(slug).removeprefix("Dinas ") if is_valid_slug(slug) else slug


def compact_name(slug: str, limit: int = 40) -> str:
    """The official name when it fits ``limit`` characters, else its kind and short name: 'Dinas
    PPAPP' (a running header, a table cell)."""
    name = official_name(slug) if is_valid_slug(slug) else slug
    if len(name) <= limit:
        return name
    kind = name.split(" ", 1)[0]
    short = short_name(slug)
    # an acronym that already begins with the kind's letter names it (DPMPTSP, not "Dinas DPMPTSP")
    return short if short.isupper() and short.startswith(kind[0]) else f"{kind} {short}"


def is_valid_slug(slug: str) -> bool:
    return slug == PROVINCE_SLUG or slug in AGENCIES
