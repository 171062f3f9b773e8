"""Unit performance indicators for a reader: the data's column-like name ('layanan_tepat_waktu_persen')
as words with their unit, in the report's language.

An indicator is named by whoever fills the performance sheet, so the English build translates the
names it knows word group by word group and shows any other name as quoted data, never as a label
in Indonesian."""
from __future__ import annotations

UNIT_WORDS = {
    "id": {"persen": "%", "menit": "menit", "jam": "jam", "hari": "hari", "rp": "Rp", "orang": "orang"},
    "en": {"persen": "%", "menit": "minutes", "jam": "hours", "hari": "days", "rp": "Rp", "orang": "people"},
}

# word groups of indicator names as Jakarta's service units write them, longest first when matched
ENGLISH_WORDS = {
    "layanan tepat waktu": "services completed on time",
    "tepat waktu": "on time",
    "waktu tunggu": "waiting time",
    "waktu penyelesaian": "completion time",
    "waktu layanan": "service time",
    "jumlah pengaduan": "number of complaints",
    "pengaduan selesai": "complaints resolved",
    "pengaduan": "complaints",
    "jumlah layanan": "number of services",
    "jumlah pengunjung": "number of visitors",
    "kepuasan": "satisfaction",
    "antrean": "queue",
    "layanan": "services",
    "permohonan": "applications",
    "selesai": "completed",
    "terlambat": "late",
    "rata rata": "mean",
}


def indicator_name(raw: str, lang: str = "id") -> str:
    """'waktu_tunggu_menit' -> 'Waktu tunggu (menit)' (id) or 'Waiting time (minutes)' (en); a name the
    English catalogue cannot translate whole is shown quoted, as data: '"Indeks zona hijau"'."""
    words = raw.replace("_", " ").replace("-", " ").split()
    units = UNIT_WORDS[lang]
    unit = units.get(words[-1].lower()) if len(words) > 1 else None
    text = " ".join(words[:-1] if unit else words)
    if lang == "en":
        text = _english(text)
    text = text[:1].upper() + text[1:]
    return f"{text} ({unit})" if unit else text


def _english(text: str) -> str:
    """The English of an indicator name, or the name in quotes when any of its words is unknown."""
    rest, out = text.lower(), []
    groups = sorted(ENGLISH_WORDS, key=len, reverse=True)
    while rest:
        group = next((g for g in groups if rest == g or rest.startswith(g + " ")), None)
        if group is None:
            return f"“{text}”"
        out.append(ENGLISH_WORDS[group])
        rest = rest[len(group):].strip()
    return " ".join(out)
