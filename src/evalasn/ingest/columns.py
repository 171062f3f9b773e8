"""Which contract column an export column is, for the draft mapping (``make pemetaan``): by its name or
another name the contract knows, by the words of a longer header (a survey question, 'Nilai Perilaku Kerja
oleh Atasan'), by its cells (questionnaire labels, dates, agency names), or as a column to leave out on
purpose (personal data, legal standing, a respondent's profile); else the most similar name, as a guess.
Every guess carries a CHECK ('# PERIKSA:') comment.
"""

from __future__ import annotations

import difflib
import re

import pandas as pd

from evalasn import constants, registry
from evalasn.ingest import survey, validate
from evalasn.schema import Table, column_keys
from evalasn.schema_aliases import (
    DEFAULT_PERIOD_UNIT,
    IGNORED,
    IKM_LABELS,
    LEGAL_STANDING,
    PERIOD_UNITS,
    SCORE_KEYWORDS,
    SURVEY_PROFILE,
    UNNEEDED_PERSONAL,
    header_key,
    matches_name,
)

FUZZY_CUTOFF = 0.75  # difflib ratio from which a header is proposed (with a PERIKSA comment) for a column
CHECK = "# PERIKSA:"
DATE_SHARE = 0.8  # a column is a date column when this share of its filled cells are dates or times
UNIT_WORDS = ("unit", "unit layanan", "lokasi layanan", "tempat layanan", "puskesmas", "kantor layanan")
DATE_WORDS = ("tanggal", "tgl", "waktu", "date", "time", "timestamp", "cap waktu")


def best_column(table: Table, header: str) -> tuple[str | None, float]:
    """The contract column ``header`` names (ratio 1.0 for an exact name or synonym), or the most
    similar one above FUZZY_CUTOFF, or None."""
    key = header_key(header)
    best, ratio = None, 0.0
    for col in table.columns:
        keys = column_keys(col)
        if key in keys:
            return col.name, 1.0
        similarity = max(difflib.SequenceMatcher(None, key, k).ratio() for k in keys)
        if similarity > ratio:
            best, ratio = col.name, similarity
    return (best, ratio) if ratio >= FUZZY_CUTOFF else (None, ratio)


Candidate = tuple[list[str], float, str | None]  # contract columns in order of preference, certainty, comment


def candidates(table: Table, header: str, cells: list[str]) -> Candidate:
    """What ``header`` (with its column's ``cells``) is: a contract name or synonym (certain); a column
    to leave out on purpose (personal data, legal standing, a respondent's profile: no column, with the
    reason); a survey element recognised by its words or its answers; a date column for 'periode';
    else the most similar contract name (a guess) or nothing."""
    name, ratio = best_column(table, header)
    if ratio == 1.0:
        return [name] if name else [], 1.0, None
    key = header_key(header)
    if matches_name(key, UNNEEDED_PERSONAL):
        return [], 1.0, "# data pribadi yang tidak diperlukan; dibuang saat dibaca"
    ignored = matches_name(key, list(IGNORED))
    if ignored:
        return [], 1.0, f"# {IGNORED[ignored]}"
    if set(IKM_LABELS) <= set(table.names):
        found = _survey_candidate(table, header, cells)
        if found is not None:
            return found
    score = next((column for column, words in SCORE_KEYWORDS.items() if column in table.names
                  and any(re.search(rf"\b{re.escape(w)}\b", key) for w in words)), None)
    if score:
        return [score], 0.95, f"# {table.column(score).description} (kata kunci judul)"
    filled = {c for c in cells if c}
    if "dinas" in table.names and filled and all(registry.resolve(c) for c in filled):
        return ["dinas"], 0.9, "# nilainya nama dinas di registri"
    return ([name], ratio, f"{CHECK} perkiraan (mirip '{name}', {ratio:.0%}); periksa") if name else ([], ratio, None)


def _survey_candidate(table: Table, header: str, cells: list[str]) -> Candidate | None:
    key = header_key(header)
    element, how = survey.element_of_header(header)
    answered = sorted(survey.elements_of_answers(cells))
    if not answered and "periode" in table.names and (any(w in key for w in DATE_WORDS) or _separated(cells)) \
            and is_dated(cells):  # 'Waktu kunjungan' holding dates is a time of visit, not U3
        return ["periode"], 0.95, (f"# tanggal-waktu pengisian; dikelompokkan per {DEFAULT_PERIOD_UNIT} (ubah "
                                   f"satuan_periode: {', '.join(PERIOD_UNITS)})")
    if element and not answered and not survey.looks_scored(cells):  # 'Alasan jawaban (persyaratan)': free text
        return [element], 0.6, (f"{CHECK} kata judul menunjuk {element.upper()}, tetapi jawabannya bukan skor 1–4 "
                                "atau label kuesioner; periksa")
    if element and answered and element not in answered:
        return answered, 0.9, (f"{CHECK} kata judul menunjuk {element.upper()}, tetapi jawabannya label "
                               f"{'/'.join(u.upper() for u in answered)}; periksa")
    if element:
        words = {"kode": "kode unsur", "kata": "kata kunci pertanyaan",
                 "kode berbeda": "kata kunci pertanyaan; kode unsur di judul berbeda, periksa"}[how or "kata"]
        prefix = CHECK if how == "kode berbeda" else "#"
        return [element], 0.95, f"{prefix} unsur {element.upper()} {constants.IKM_ELEMENTS[element]} ({words})"
    if answered:
        return answered, 0.9, (f"{CHECK} jawabannya label kuesioner "
                               f"{'/'.join(u.upper() for u in answered)}; periksa unsurnya")
    if any(re.search(rf"\b{re.escape(w)}\b", key) for w in UNIT_WORDS):
        return ["unit_kerja"], 0.9, "# unit layanan yang disurvei (dari judul kolom)"
    if any(re.search(rf"\b{re.escape(w)}\b", key) for w in SURVEY_PROFILE):
        return [], 1.0, "# profil responden atau teks bebas; tidak dipakai untuk IKM, diabaikan"
    return None


def _separated(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and sum(bool(re.search(r"\d[/.:-]\d", c)) for c in filled) >= DATE_SHARE * len(filled)


def is_dated(cells: list[str]) -> bool:
    """Whether most filled cells are dates or times ('7/10/2024 12:57:11', '2024-10-07T12:57:11')."""
    filled = pd.Series([c for c in cells[:500] if c], dtype=object).astype(str)
    if filled.empty:
        return False
    dates = validate._parse_dates(filled)[0]
    return bool(dates.notna().mean() >= DATE_SHARE)


def match_columns(table: Table, headers: list[str], cells: dict[str, list[str]] | None = None
                   ) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    used: dict[str, str] = {}
    matches = [(h, *candidates(table, h, (cells or {}).get(h, []))) for h in headers]
    for header, names, _, comment in sorted(matches, key=lambda m: -m[2]):  # certain ones claim first
        free = [n for n in names if n not in used]
        if names and not free:
            out.append((header, None, f"{CHECK} mirip '{names[0]}', tetapi '{names[0]}' sudah dipetakan dari "
                                      f"'{used[names[0]]}'; null = diabaikan"))
        elif free:
            used[free[0]] = header
            out.append((header, free[0], comment))
        elif comment:
            out.append((header, None, comment))
        else:
            out.append((header, None, f"{CHECK} tidak dikenali; isi nama kolom kontrak ({', '.join(table.names)}) "
                                      "atau biarkan null (diabaikan)"))
    order = {h: i for i, h in enumerate(headers)}
    return sorted(out, key=lambda m: order[m[0]])


def legal_standing(header: str, name: str | None, comment: str | None, cells: list[str]
                    ) -> tuple[str, str | None, str | None]:
    """A column proposed as 'status' whose values are legal standing ('Aktif', 'Pensiun'), not PNS/PPPK,
    is left out with the reason."""
    values = {header_key(c) for c in cells if c}
    if name == "status" and values and values <= set(LEGAL_STANDING):
        return header, None, ("# isinya kedudukan hukum (mis. Aktif), bukan status kepegawaian PNS/PPPK; diabaikan")
    return header, name, comment
