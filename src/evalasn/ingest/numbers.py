"""Numbers as exports write them: a unit after the digits ('40 JP'), rupiah decorations around an
amount ('Rp 12.500.000,-'), Indonesian thousands points and decimal comma ('165.149.183,00') and,
when unambiguous, English thousands commas ('12,500,000.00').

``read`` turns a column of text cells into floats and says, per accepted variant, how many cells
were written that way with one example (a note for the data-quality log). Which units a column
accepts is declared in ``schema_aliases.NUMBER_UNITS``; anything else stays an error, with a hint
when a unit is present that the column does not take ('12 jam' is hours, not JP).
"""

from __future__ import annotations

import re

import pandas as pd

from evalasn.schema_aliases import NUMBER_UNITS, RUPIAH

# Python's \s as an explicit class of the characters themselves (str.isspace: space, tab, line breaks, no-break
# and narrow no-break spaces, ...): pandas runs a pattern with \s or a \u escape through Python's re one value at
# a time (RE2's \s is narrower), but this class through pyarrow's RE2, vectorised, with the same meaning. In the
# clean stage's removal of spaces from every number column: 0.17 -> 0.035 CPU-s per column of 400,000 cells (issue
# 25; 12% of the clean stage's CPU at 4x Jakarta went to it). The validate module uses the same class.
WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
SPACES = f"[{WHITESPACE}]"
# 'Rp', 'Rp.', 'IDR' before an amount; ',-' / '.-' (the dash closing a rupiah amount) or 'rupiah' after it.
# Patterns as text with an inline (?i), not compiled with re.I, and dashes as characters, not \u escapes: pandas
# then runs them in pyarrow, not cell by cell in Python (a column of 400,000 cells: 0.21 -> 0.04 CPU-s)
CURRENCY_PREFIX = rf"(?i)^(?:rp\.?|idr){SPACES}*"
CURRENCY_SUFFIX = rf"(?i)(?:{SPACES}*[,.]{SPACES}*[-{chr(0x2013)}{chr(0x2014)}]+|{SPACES}+rupiah)$"
# '12.345' is ambiguous (twelve thousand or twelve point three): these are not
INDONESIAN_SURE = r"-?\d{1,3}(\.\d{3}){2,}(,\d+)?|-?\d{1,3}(\.\d{3})+,\d+|-?\d+,\d+"
INDONESIAN_ANY = r"-?\d+(\.\d{3})*(,\d+)?"
ENGLISH_SURE = r"-?\d{1,3}(,\d{3}){2,}(\.\d+)?|-?\d{1,3}(,\d{3})+\.\d+"
SEPARATORS = "/\\|:;_#–—"  # marks that join two numbers or codes, never a unit


def read(text: pd.Series, column: str, decimal_comma: bool) -> tuple[pd.Series, list[str]]:
    """Floats of ``text`` (NaN where not a number) and one note per accepted way of writing them."""
    notes: list[str] = []
    cleaned = text
    if column in RUPIAH:
        stripped = cleaned.str.replace(CURRENCY_PREFIX, "", regex=True).str.replace(CURRENCY_SUFFIX, "", regex=True)
        _note(notes, cleaned, stripped != cleaned, "angka ditulis dengan tanda rupiah ({}); tanda dibuang")
        cleaned = stripped
    units = NUMBER_UNITS.get(column, ())
    if units:
        pattern = rf"(?i){SPACES}*(?:{'|'.join(re.escape(u) for u in units)})\.?$"
        stripped = cleaned.str.replace(pattern, "", regex=True)
        unit_hit = (stripped != cleaned) & stripped.str.contains(r"\d$", regex=True)
        _note(notes, cleaned, unit_hit, "angka ditulis dengan satuannya ({}); satuan dibuang")
        cleaned = cleaned.where(~unit_hit, stripped)
    cleaned = cleaned.str.replace(SPACES, "", regex=True)
    if decimal_comma:  # ';'-separated: Indonesian regional settings, '.' groups thousands
        indonesian = cleaned.str.fullmatch(INDONESIAN_ANY)
        english = pd.Series(False, index=cleaned.index)
    else:  # '12.345' is thousands only when the column has unambiguous Indonesian numbers
        sure = cleaned.str.fullmatch(INDONESIAN_SURE)
        indonesian = sure | (cleaned.str.fullmatch(r"-?\d{1,3}\.\d{3}") & sure.any())
        english = cleaned.str.fullmatch(ENGLISH_SURE) & ~sure.any()
    indonesian &= cleaned.str.contains(r"[.,]", regex=True)  # plain digits need no conversion
    converted = cleaned.where(~indonesian, cleaned.str.replace(".", "", regex=False).str.replace(",", ".",
                                                                                                regex=False))
    converted = converted.where(~english, cleaned.str.replace(",", "", regex=False))
    values = pd.to_numeric(converted.where(converted != "", None), errors="coerce")
    formats: list[str] = []  # the number format first, then the decorations dropped
    n_id = int((indonesian & (text != "")).sum())
    if n_id:
        formats.append(f"{n_id} angka berformat Indonesia (titik ribuan, koma desimal) dibaca sebagai angka")
    _note(formats, text, english & values.notna(), "angka berformat Inggris (koma ribuan, titik desimal, {}) dibaca "
                                                   "sebagai angka")
    return values, formats + notes


def _note(notes: list[str], text: pd.Series, hit: pd.Series, template: str) -> None:
    count = int(hit.sum())
    if count:
        notes.append(f"{count} " + template.format(f"mis. '{text[hit].iloc[0]}'"))


def hint(value: str, column: str, low: float | None = None, high: float | None = None) -> str | None:
    """Why a number was refused, when its writing explains it: a unit or sign the column does not take, an English
    number in a column of Indonesian ones (one column, one format: docs/normalisasi-dan-galat.md no. 36), a range of
    years or another mark between digits ('2025/2026'). ``low``/``high``: the column's bounds (an English number
    outside them was refused for its value, which the column's expectation says)."""
    bare = re.sub(CURRENCY_SUFFIX, "", re.sub(CURRENCY_PREFIX, "", value.strip())) if column in RUPIAH else value
    bare = re.sub(SPACES, "", bare)
    if re.fullmatch(ENGLISH_SURE, bare) and (low is None or float(bare.replace(",", "")) >= low) and \
            (high is None or float(bare.replace(",", "")) <= high):
        indonesian = bare.replace(",", "_").replace(".", ",").replace("_", ".")
        return (f"angka berformat Inggris (koma ribuan, titik desimal) di kolom berformat Indonesia (titik ribuan, "
                f"koma desimal; satu kolom, satu format): tulis '{indonesian}'")
    if column == "tahun" and re.fullmatch(r"\d{4}\s*[/\-–]\s*\d{2,4}", value.strip()):  # a fiscal year range
        return f"rentang tahun; tulis satu tahun, mis. '{value.strip()[:4]}'"
    letters = re.sub(r"[\d\s.,\-+]", "", value).lower()
    if not letters or not re.search(r"\d", value):
        return None
    if set(letters) <= set(SEPARATORS):  # '12/5', '3|4': no unit, a mark between digits
        marks = " ".join(f"'{mark}'" for mark in dict.fromkeys(letters))
        return f"tanda {marks} bukan bagian dari angka; tulis satu angka"
    units = NUMBER_UNITS.get(column, ())
    if column == "jp" and letters.startswith(("jam", "hour", "menit", "hari")):
        return "satuan ini bukan JP; tulis jumlah jam pelajaran (1 JP = 45 menit), mis. '40' atau '40 JP'"
    accepted = ([*units] if units else []) + (["Rp", "IDR", ",-"] if column in RUPIAH else [])
    if accepted:
        return (f"angka dengan satuan atau tanda yang tidak dikenal; yang diterima di kolom ini: "
                f"{', '.join(accepted)} (docs/normalisasi-dan-galat.md)")
    return "angka tanpa satuan atau tanda mata uang (kolom ini tidak memakai satuan)"
