"""Parse and check raw tables against the contract in ``schema.RAW``; generated from it.

``parse_table`` turns a table of text cells into typed columns, one parser per column kind,
vectorised over the column. Every cell that fails becomes a Violation naming file, row,
column, value and what was expected; every accepted normalisation becomes a note for the
data-quality log. Checks between tables (keys, references, dates) follow in ``check_*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from evalasn import clock, constants, registry
from evalasn.ingest import errors, numbers, survey
from evalasn.ingest.errors import Violation
from evalasn.ingest.readers import FILE, ROW, SHEET, RawTable, place
from evalasn.schema import PROCESSED, Column, Table
from evalasn.schema_aliases import DEFAULT_PERIOD_UNIT, IKM_LABELS, LEGAL_STANDING, VALUE_ALIASES, brief, header_key

WHITESPACE, SPACE = numbers.WHITESPACE, numbers.SPACES  # Python's \s as the characters themselves (numbers.py)

# what exports write in an empty cell; blank in a column that may be blank, an error elsewhere
MISSING_MARKERS = ("#N/A", "N/A", "n/a", "NA", "#NA", "-", "--", "—", "–", "#REF!", "#VALUE!", "(kosong)")
# Indonesian month names and abbreviations (and the English ones exports mix in), lower case
MONTHS = {name: i for i, names in enumerate((
    ("januari", "jan"), ("februari", "feb", "peb", "pebruari"), ("maret", "mar"), ("april", "apr"),
    ("mei", "may"), ("juni", "jun"), ("juli", "jul"), ("agustus", "agu", "agt", "ags", "aug", "august"),
    ("september", "sep", "sept"), ("oktober", "okt", "oct", "october"), ("november", "nov", "nop", "nopember"),
    ("desember", "des", "dec", "december")), start=1) for name in names}
EXCEL_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's date serial numbers (1900 system)
EXCEL_SERIAL_RANGE = (20_000, 80_000)  # serials of years 1954-2119: anything else is not a date


@dataclass(eq=False)  # compared by identity: a part is one file or sheet
class Parsed:
    """A table parsed to typed columns, with the problems and normalisations found."""

    name: str
    frame: pd.DataFrame
    source: str
    violations: list[Violation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the files and sheets of a table fed by several (ingest.sources.combine), each with its notes
    parts: list[Parsed] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)  # kind "peringatan": listed, the build goes on
    # the cells of the QUOTED_AS_WRITTEN columns as written in the file, on the frame's index, for the checks after
    # parsing that quote them (check_zero_ceiling: '0,00' as the file has it, not the parsed 0)
    written: dict[str, pd.Series] = field(default_factory=dict)
    # staff exports of earlier years kept apart from the year-end list (ingest.sources.sort_staff), combined
    # per year: each its year's own staff list (schema pegawai_tahun)
    earlier: dict[int, Parsed] = field(default_factory=dict)


# columns a check after parsing quotes as written (check_zero_ceiling); only these keep their text beside the parsed
# frame, so a large table holds no second copy of itself
QUOTED_AS_WRITTEN = {"anggaran": ("pagu_rp",)}


def parse_table(raw: RawTable, table: Table) -> Parsed:
    """Typed columns of ``raw`` per ``table``; unknown columns dropped, missing ones reported."""
    out = Parsed(table.name, pd.DataFrame({FILE: raw.path.name, SHEET: raw.sheet, ROW: raw.frame[ROW].to_numpy()},
                                          index=range(len(raw.frame))), raw.source, notes=list(raw.notes))
    present = set(raw.frame.columns) - {ROW}
    out.frame[FILE] = out.frame[FILE].astype(object)
    out.frame[SHEET] = out.frame[SHEET].astype(object)
    extra = sorted(present - set(table.names))
    if extra:
        out.notes.append("kolom di luar kontrak diabaikan (tidak diproses dan tidak dilaporkan): "
                         + ", ".join(brief(raw.origins.get(c, (c,))[0]) for c in extra))
    candidates = _unmapped(raw, extra)
    for col in table.columns:
        if col.name not in present:
            if col.required:
                out.violations.append(Violation(raw.source, 1, col.name, None,
                                                f"kolom wajib tidak ada; kolom ekspor yang belum dipetakan (calon): "
                                                f"{candidates or 'tidak ada'}; petakan salah satunya ke "
                                                f"'{col.name}' ({col.description}) di data/raw/pemetaan.yml "
                                                "(make pemetaan) atau tambahkan kolomnya", kind="kolom"))
            else:  # an optional column that is absent is an all-blank column of its type
                out.notes.append(f"kolom opsional '{col.name}' tidak ada; dianggap kosong")
                if col.section:
                    suggestion = (f"; calon dari kolom ekspor yang belum dipetakan: {candidates} (petakan yang berisi "
                                  f"{col.description[:1].lower()}{col.description[1:]} ke '{col.name}' di "
                                  "data/raw/pemetaan.yml)" if candidates else "")
                    out.warnings.append(Violation(raw.source, None, col.name, None,
                                                  f"kolom opsional tidak ada: bagian laporan '{col.section[0]}' tidak "
                                                  f"dibuat{suggestion}", kind="peringatan"))
                out.frame[col.name] = pd.Series([None] * len(raw.frame), dtype=col.dtype).to_numpy()
            continue
        text = raw.frame[col.name].fillna("").astype(str).str.strip()
        written = text  # as in the file, for the messages
        if col.name in QUOTED_AS_WRITTEN.get(table.name, ()):
            out.written[col.name] = written.set_axis(out.frame.index)
        marker = text.isin(MISSING_MARKERS)  # '#N/A', '-', '—' ...: what exports write in an empty cell
        if marker.any():
            text = text.where(~marker, "")
            if col.nullable:
                out.notes.append(f"kolom '{col.name}': {int(marker.sum())} sel berisi penanda kosong "
                                 f"({', '.join(sorted(set(written[marker])))}); dibaca sebagai kosong")
        values, bad, note = PARSERS[col.kind](text, col, raw)
        blank = text.eq("")
        if not col.nullable:
            bad = bad | blank
        elif blank.any():
            out.notes.append(f"kolom '{col.name}': {int(blank.sum())} sel kosong (boleh kosong); dibiarkan kosong")
            if blank.all() and len(text):
                removed = (f"bagian laporan '{col.section[0]}' tidak dapat dibuat" if col.section else
                           "kolom ini tidak menambah apa pun pada laporan")
                out.warnings.append(Violation(raw.source, None, col.name, None,
                                              f"kolom ada tetapi kosong di semua {len(text)} baris: {removed}; "
                                              "periksa apakah kolom ekspor yang benar dipetakan ke kolom ini",
                                              kind="peringatan"))
        out.violations += cell_problems(raw, col, written, text.eq("").to_numpy(), np.flatnonzero(bad.to_numpy()))
        if note:
            out.notes.append(f"kolom '{col.name}': {note}")
        out.frame[col.name] = values.to_numpy() if hasattr(values, "to_numpy") else values
    if len(raw.frame) == 0 and table.required:
        out.violations.append(Violation(raw.source, None, None, None, "tabel hanya berisi baris judul, tanpa "
                                        "baris data", kind="tabel"))
    elif len(raw.frame) == 0:  # an optional table not filled yet (a survey form nobody has answered): said, not stopped
        out.warnings.append(Violation(raw.source, None, None, None, _header_only(raw, table), kind="peringatan"))
    return out


def _header_only(raw: RawTable, table: Table) -> str:
    """The warning for an optional table with its header and no rows, naming the dinas the mapping gives it."""
    slug = raw.constants.get("dinas")
    whose = f" {registry.official_name(slug)}" if slug and registry.resolve(slug) else ""
    if table.name == "skm":
        return (f"belum ada jawaban (hanya baris judul); formulir ini belum menambah data IKM{whose}; laporan "
                "tetap dibuat")
    return f"belum ada baris data (hanya baris judul); file ini belum menambah apa pun ke tabel {table.name}"


def cell_problems(raw: RawTable, col: Column, written: pd.Series, blank: np.ndarray, at: np.ndarray) -> list[Violation]:
    """The problems of the bad cells at positions ``at`` of one column: the first
    PROBLEMS_LISTED_PER_COLUMN one by one, the rest folded per pattern (expectation and shape of
    value). Each distinct value is explained once, so a column of a million bad cells costs its
    distinct values, not a Python object per cell."""
    if not len(at):
        return []
    values = written.iloc[at].reset_index(drop=True)
    empty = blank[at]
    rows = raw.frame[ROW].to_numpy()[at].astype(np.int64)
    distinct = pd.Series(pd.unique(values[~empty]), dtype=object)
    explained = pd.Series(_hints(col, distinct), index=distinct.to_numpy(), dtype=object).fillna(col.expected())
    expected = values.map(explained).astype(object)
    if empty.any():  # a blank (or a marker such as '-') where a value is required
        marker = values.ne("")
        expected[empty & marker.to_numpy()] = f"sel kosong (penanda kosong); {col.expected()}"
        expected[empty & ~marker.to_numpy()] = f"sel kosong; {col.expected()}"
    limit = constants.PROBLEMS_LISTED_PER_COLUMN
    out = [Violation(raw.source, int(row), col.name, value, text)
           for row, value, text in zip(rows[:limit].tolist(), values.iloc[:limit], expected.iloc[:limit], strict=True)]
    if len(at) > limit:
        rest = pd.DataFrame({"row": rows[limit:], "value": values.iloc[limit:].to_numpy(),
                             "expected": expected.iloc[limit:].to_numpy()})
        rest["shape"] = shapes(rest["value"])
        for _, part in rest.groupby(["expected", "shape"], sort=False):
            out.append(Violation(raw.source, int(part["row"].iat[0]), col.name, part["value"].iat[0],
                                 part["expected"].iat[0], folded=part["row"].to_numpy()))
    return out


def shapes(values: pd.Series) -> pd.Series:
    """``errors.shape`` of each value, vectorised (a column of a million distinct bad values)."""
    text = values.astype(object).fillna("").astype(str).str.strip()
    out = pd.Series("teks", index=values.index, dtype=object)
    for name, pattern in reversed(errors.SHAPES):  # the first pattern that matches wins, as in errors.shape
        out[text.str.fullmatch(pattern.pattern)] = name
    return out


def _hints(col: Column, values: pd.Series) -> list[str | None]:
    """``_hint`` of each value (not blank), dates explained all at once; equal texts kept once (a million
    bad numbers share a handful of hints)."""
    if col.kind == "date" and col.name != "status":
        return _date_hints(col, values).tolist()
    seen: dict[str, str] = {}
    out = []
    for value in values:
        hint = _hint(col, value)
        out.append(None if hint is None else seen.setdefault(hint, hint))
    return out


def listed(flagged: pd.DataFrame, make) -> list[Violation]:
    """``make(row)`` for the first PROBLEMS_LISTED_PER_COLUMN rows of ``flagged`` (rows of one check
    between rows or tables), one by one; for the rest one folded problem per file and sheet."""
    limit = constants.PROBLEMS_LISTED_PER_COLUMN
    out = [make(row) for _, row in flagged.iloc[:limit].iterrows()]
    rest = flagged.iloc[limit:]
    if len(rest):
        for _, part in rest.groupby([FILE, SHEET], dropna=False, sort=False):
            out.append(replace(make(part.iloc[0]), folded=part[ROW].to_numpy().astype(np.int64)))
    return out


def _unmapped(raw: RawTable, extra: list[str]) -> str:
    """The export columns no contract column takes, as written with their letters: "'Timestamp' (A), ..."."""
    shown = []
    for name in extra:
        header, letter = raw.origins.get(name, (name, ""))
        shown.append(f"'{brief(header)}'" + (f" ({letter})" if letter else ""))
    return ", ".join(shown)


# --- parsers: (text series, column, raw table) -> (values, bad mask, note or None) ------------
def _text(text: pd.Series, col: Column, raw: RawTable):
    return text.where(text != "", None).astype("string"), pd.Series(False, index=text.index), None


def _number(text: pd.Series, col: Column, raw: RawTable):
    labels: list[str] = []
    if col.name in IKM_LABELS:  # a survey form's answers: the questionnaire's labels are scores
        text, labels = survey.read_labels(text, col.name)
    values, notes = numbers.read(text, col.name, raw.decimal_comma)
    notes = labels + notes
    bad = values.isna() & (text != "")
    if col.min is not None:
        bad |= values < col.min
    if col.max is not None:
        bad |= values > col.max
    if col.kind == "int":
        bad |= values.notna() & (values % 1 != 0)
    return values.where(~bad), bad, "; ".join(notes) or None


# Dates must fall in the years a processed kegiatan may have (schema.PROCESSED kegiatan.tahun).
_KEGIATAN_TAHUN = PROCESSED["kegiatan"].column("tahun")
assert _KEGIATAN_TAHUN.min is not None and _KEGIATAN_TAHUN.max is not None
DATE_YEARS = (int(_KEGIATAN_TAHUN.min), int(_KEGIATAN_TAHUN.max))


def _date(text: pd.Series, col: Column, raw: RawTable):
    values, dmy, serial = _parse_dates(text)
    # a date after today has not happened: one mistyped year (2027 for 2024) would make a year to come the evaluated
    # year of every report (CHECK13 D13-1); an activity only scheduled has no post-test to evaluate either
    values = values.where(values.dt.year.between(*DATE_YEARS) & (values <= pd.Timestamp(clock.today())))
    bad = values.isna() & (text != "")
    notes = []
    if dmy.notna().any():
        notes.append(f"{int(dmy.notna().sum())} tanggal berformat DD/MM/YYYY")
    if serial.notna().any():
        notes.append(f"{int(serial.notna().sum())} tanggal berupa nomor seri Excel")
    named = _named_month_dates(text)
    if named.notna().any():
        notes.append(f"{int(named.notna().sum())} tanggal dengan nama bulan (mis. 6 Januari 2025, 06-Jan-2025)")
    return values.astype("datetime64[ms]"), bad, "; ".join(notes) + " dikonversi" if notes else None


def _named_month_dates(text: pd.Series) -> pd.Series:
    """'6 Januari 2025', '6 Jan 2025', '06-Jan-2025', '20 Agustus 2023' as dates (else NaT)."""
    parts = text.str.extract(r"^(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.]+(\d{4})$")
    month = parts[1].str.lower().map(MONTHS)
    joined = parts[2] + "-" + month.astype("Int64").astype("string").str.zfill(2) + "-" + parts[0].str.zfill(2)
    return pd.to_datetime(joined.where(month.notna()), format="%Y-%m-%d", errors="coerce")


# a time after a date, as forms and systems write it: '12:57:11', 'T12:57', '11:57:11 PM GMT+7', '08.30 WIB'
TIME_AFTER_DATE = (r"(?:[ T,]+|(?<=\d)T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
                   r"(?:\s*(?:GMT|UTC|WIB|WITA|WIT|Z))?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?$")


# a weekday before a date, as some forms and systems write it: 'Senin, 7 Oktober 2024'
WEEKDAY_BEFORE_DATE = r"(?i)^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*"


def _parse_dates(text: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Dates written as YYYY-MM-DD or YYYY/MM/DD, DD/MM/YYYY (or DD/MM/YY: 20YY), with a month name
    (Indonesian or English, full or short) or as an Excel serial number; any of them may carry a time
    of day ('7/10/2024 12:57:11', an Excel serial with a fraction), which is dropped. Each distinct
    text is parsed once (a column of dates repeats a few hundred values)."""
    unique = pd.Series(text.unique())
    at = pd.Index(unique).get_indexer(text)
    parsed = _parse_distinct_dates(unique)
    return tuple(pd.Series(part.to_numpy()[at], index=text.index) for part in parsed)


def _parse_distinct_dates(text: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    text = text.str.replace(TIME_AFTER_DATE, "", regex=True).str.replace(WEEKDAY_BEFORE_DATE, "", regex=True)
    iso_text = text.where(text.str.fullmatch(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}")).str.replace("/", "-", regex=False)
    iso = pd.to_datetime(iso_text, format="%Y-%m-%d", errors="coerce")
    dmy_text = text.where(text.str.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})"))
    dmy_text = dmy_text.str.replace(r"[.-]", "/", regex=True).str.replace(r"/(\d{2})$", r"/20\1", regex=True)
    dmy = pd.to_datetime(dmy_text, format="%d/%m/%Y", errors="coerce")
    serial_num = pd.to_numeric(text.where(text.str.fullmatch(r"\d{5}(\.\d+)?")), errors="coerce")
    in_range = serial_num.between(*EXCEL_SERIAL_RANGE)
    serial = EXCEL_EPOCH + pd.to_timedelta(serial_num.where(in_range).floordiv(1), unit="D")
    return iso.fillna(dmy).fillna(serial).fillna(_named_month_dates(text)), dmy, serial


def _digits(part: slice) -> str:
    return rf"(\d{{{part.stop - part.start}}})"


# birth date, TMT CPNS, sex digit, serial (constants.NIP_*)
NIP_PATTERN = re.compile("^" + _digits(constants.NIP_BIRTH_DATE) + _digits(constants.NIP_TMT_CPNS)
                         + f"([{''.join(constants.NIP_SEX)}])" + _digits(constants.NIP_SERIAL) + "$")


def _nip(text: pd.Series, col: Column, raw: RawTable):
    cleaned = text.str.replace(r"^'", "", regex=True).str.replace(f"[{WHITESPACE}.\\-]", "", regex=True)
    changed = int(((cleaned != text) & ~text.str.contains(r"[eE]\+", regex=True)).sum())
    parts = cleaned.str.extract(NIP_PATTERN.pattern)
    birth = pd.to_datetime(parts[0], format="%Y%m%d", errors="coerce")
    tmt = pd.to_datetime(_pppk_as_month(parts[1]) + "01", format="%Y%m%d", errors="coerce")
    ok = parts[0].notna() & birth.notna() & tmt.notna() & (parts[3] != "000")
    ok &= (birth.dt.year.between(*constants.NIP_BIRTH_YEARS)
           & (tmt.dt.year >= birth.dt.year + constants.NIP_MIN_YEARS_BIRTH_TO_TMT))
    note = f"{changed} NIP ditulis dengan spasi, titik atau tanda hubung; dirapikan" if changed else None
    return cleaned.where(ok).astype("string"), ~ok & (text != ""), note


def _pppk_rows(raw: RawTable, index: pd.Index) -> pd.Series:
    """Rows whose status cell says PPPK (as written: 'PPPK', 'P3K', 'PPPK Paruh Waktu')."""
    if "status" not in raw.frame:
        return pd.Series(False, index=index)
    aliases = {header_key(k): v for k, v in VALUE_ALIASES.get("status", {}).items()} | {"pppk": "PPPK"}
    status = raw.frame["status"].fillna("").astype(str).map(lambda v: aliases.get(header_key(v)))
    return pd.Series((status == "PPPK").to_numpy(), index=index)


def _pppk_as_month(tmt: pd.Series) -> pd.Series:
    """Digits 9-14 with a PPPK's work-agreement code (constants.NIP_PPPK_CODES) read as January of the
    year of appointment, so the year checks still apply."""
    return tmt.where(~tmt.str[4:].isin(constants.NIP_PPPK_CODES), tmt.str[:4] + "01")


def _slug(text: pd.Series, col: Column, raw: RawTable):
    unique = pd.Series(text.unique())
    mapping = dict(zip(unique, unique.map(registry.resolve), strict=True))
    values = text.map(mapping)
    bad = values.isna() & (text != "")
    renamed = int(((values != text) & values.notna()).sum())
    note = f"{renamed} nama dinas ditulis dengan ejaan lain; diganti dengan slug registri" if renamed else None
    return values.astype("string"), bad, note


ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
GOLONGAN_PATTERN = r"^([IV]+|[1-4])[/\-.]?([A-E])$"  # III/a, III-a, III a, III.A, IIIa, 3a


def _category(text: pd.Series, col: Column, raw: RawTable):
    unique = pd.Series(text.unique())
    pppk_note = None
    if col.name == "golongan":
        key = unique.str.upper().str.replace(SPACE + "+", "", regex=True)
        parts = key.str.extract(GOLONGAN_PATTERN)
        # a rank written with its name, as SIMPEG's "Pangkat/Gol": "Penata Muda (III/a)", "Pembina, IV/a"
        within = unique.str.upper().str.extract(r"(?:^|[\s(,;])(IV|III|II|I)\s*[/\-.]\s*([A-E])\)?\s*$")
        parts = parts.where(parts[0].notna(), within)
        canonical = parts[0].replace(ROMAN) + "/" + parts[1].str.lower()
        mapping = dict(zip(unique, canonical.where(canonical.isin(col.choices or ())), strict=True))
        grade = text.str.upper().str.replace(r"^(GOL(ONGAN)?\.?\s*)", "", regex=True).str.strip()
        pppk = grade.isin(constants.PPPK_GRADES) | (grade.isin(ROMAN.values()) & _pppk_rows(raw, text.index))
        if pppk.any():  # a PPPK grade: no golongan ruang of the contract, read as blank and said
            pppk_note = (f"{int(pppk.sum())} golongan PPPK (mis. '{text[pppk].iloc[0]}', golongan I–XVII Perpres "
                         "98/2020) dibaca sebagai kosong: kontrak memuat golongan ruang PNS")
            text = text.where(~pppk, "")
    else:
        known = {header_key(c): c for c in col.choices or ()} | {header_key(k): v for k, v in col.aliases.items()}
        mapping = {v: known.get(header_key(v)) for v in unique}
    values = text.map(mapping)
    ok = values.notna()
    changed = ok & (values != text)
    alias_keys = {header_key(k) for k in col.aliases}
    relabelled = changed & text.map({v: header_key(v) in alias_keys for v in unique}).fillna(False).astype(bool)
    notes = [pppk_note] if pppk_note else []
    if (changed & ~relabelled).any():
        notes.append(f"{int((changed & ~relabelled).sum())} nilai ditulis dengan huruf atau ejaan lain; diseragamkan")
    if relabelled.any():
        pairs = sorted({f"'{a}' → '{b}'" for a, b in zip(text[relabelled], values[relabelled], strict=True)})
        notes.append(f"{int(relabelled.sum())} nilai ditulis dengan label ekspor; dibaca sebagai nilai kontrak: "
                     + ", ".join(pairs[:8]) + (" ..." if len(pairs) > 8 else ""))
    return values.where(ok).astype("string"), ~ok & (text != ""), "; ".join(notes) or None


PERIOD_PATTERNS = (
    (re.compile(r"^(\d{4})$"), lambda y: f"{y}"),
    (re.compile(r"^(\d{4})[\s\-_/]*S(?:EM(?:ESTER)?)?\s*([12])$"), lambda y, s: f"{y}-S{s}"),
    (re.compile(r"^(\d{4})[\s\-_/]*(?:Q|TW|TRIWULAN)\s*([1-4])$"), lambda y, q: f"{y}-Q{q}"),
    (re.compile(r"^(\d{4})[\-/](0[1-9]|1[0-2])$"), lambda y, m: f"{y}-{m}"),
)


def normalise_periode(text: str) -> str | None:
    """The canonical form (YYYY, YYYY-S1, YYYY-Q3, YYYY-07) of a period, or None."""
    key = text.strip().upper()
    for pattern, build in PERIOD_PATTERNS:
        match = pattern.match(key)
        if match:
            return build(*match.groups())
    return None


def period_bounds(periode: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day of each canonical period (computed once per distinct period)."""
    bounds = {p: _bounds(p) for p in periode.dropna().unique()}
    start = periode.map({p: b[0] for p, b in bounds.items()})
    end = periode.map({p: b[1] for p, b in bounds.items()})
    return start.astype("datetime64[ms]"), end.astype("datetime64[ms]")


def _bounds(periode: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    year, rest = int(periode[:4]), periode[5:]
    if rest.startswith("S"):
        first, months = (int(rest[1]) - 1) * 6 + 1, 6
    elif rest.startswith("Q"):
        first, months = (int(rest[1]) - 1) * 3 + 1, 3
    elif rest:
        first, months = int(rest), 1
    else:
        first, months = 1, 12
    start = pd.Timestamp(year, first, 1)
    return start, start + pd.DateOffset(months=months) - pd.Timedelta(days=1)


def _periode(text: pd.Series, col: Column, raw: RawTable):
    unique = pd.Series(text.unique())
    mapping = dict(zip(unique, unique.map(normalise_periode), strict=True))
    values = text.map(mapping)
    changed = int(((values != text) & values.notna()).sum())
    notes = [f"{changed} periode ditulis dalam bentuk lain; diseragamkan"] if changed else []
    undecided = unique[unique.map(mapping).isna() & (unique != "")]
    if len(undecided):  # dates or times of submission (a survey form's Timestamp): binned into periods
        undecided = undecided.reset_index(drop=True)
        readable, swapped = _month_first_column(undecided)
        if swapped.any():
            notes.append(f"{int(text.isin(undecided[swapped]).sum())} tanggal ditulis bulan/hari/tahun (format "
                         "Amerika: tidak ada angka pertama di atas 12, ada angka kedua di atas 12); dibaca bulan "
                         "lebih dulu")
        dates = _parse_dates(readable)[0]
        dates = dates.where(dates.dt.year.between(*DATE_YEARS) & (dates <= pd.Timestamp(clock.today())))
        binned = dict(zip(undecided, survey.bin_period(dates, raw.period_unit), strict=True))
        dated = values.isna() & text.map(binned).notna()
        if dated.any():
            values = values.where(~dated, text.map(binned))
            example = text[dated].iloc[0]
            notes.append(f"{int(dated.sum())} tanggal dikelompokkan per {raw.period_unit or DEFAULT_PERIOD_UNIT} "
                         f"(mis. '{example}' → {binned[example]})")
    bad = values.isna() & (text != "")
    return values.astype("string"), bad, "; ".join(notes) or None


DAY_MONTH = r"^(\d{1,2})([/.-])(\d{1,2})([/.-]\d{2,4}.*)$"


def _month_first_column(dates: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The dates with day and month swapped when the column can only be month first (an export made
    with English regional settings: no first number above 12 and some second number above 12), and
    which were swapped. Day first is the rule (Indonesian forms): otherwise nothing is swapped."""
    parts = dates.str.extract(DAY_MONTH)
    written = parts[0].notna()
    none = pd.Series(False, index=dates.index)
    if not written.any():
        return dates, none
    first, second = parts[0][written].astype(int), parts[2][written].astype(int)
    if first.max() > 12 or second.max() <= 12:
        return dates, none
    return dates.where(~written, parts[2] + parts[1] + parts[0] + parts[3]), written


PARSERS = {"text": _text, "int": _number, "float": _number, "date": _date, "nip": _nip, "slug": _slug,
           "category": _category, "periode": _periode, "pseudonym": _text}


def _hint(col: Column, value: str) -> str | None:
    """A more specific explanation for the commonest mistakes."""
    if col.kind == "nip" and value:
        if re.search(r"[eE]\+", value) or re.fullmatch(r"\d{15}0{3}|\d+\.0+", value.replace(" ", "")):
            return ("NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; format kolom "
                    "sebagai Teks dan isi ulang dari sumbernya (" + col.expected() + ")")
        if re.search(r"[^0-9\s.\-\u00a0']", value):
            return f"NIP hanya berisi angka, boleh dipisah spasi atau titik ({col.expected()})"
        digits = re.sub(r"\D", "", value)
        if len(digits) != constants.NIP_LENGTH:
            return f"NIP harus {constants.NIP_LENGTH} digit, ini {len(digits)} digit ({col.expected()})"
        return f"NIP tidak sah: {_nip_problem(digits)} ({col.expected()})"
    if col.name in IKM_LABELS and value and not re.fullmatch(r"\d+([.,]\d+)?", value):
        return f"jawaban tidak dikenal; {survey.expected_labels(col.name)}"
    if col.kind == "periode" and value and re.search(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", value):
        date_part = re.sub(TIME_AFTER_DATE, "", value)
        read = _parse_dates(pd.Series([date_part], dtype=object))[0].iat[0]
        if pd.notna(read) and read > pd.Timestamp(clock.today()):
            return future_hint()
        if pd.notna(pd.to_datetime(date_part, format="%m/%d/%Y", errors="coerce")):
            return ("tanggal ditulis bulan/hari/tahun (format Amerika); tanggal dibaca hari lebih dulu "
                    "(DD/MM/YYYY, seperti formulir berbahasa Indonesia): ekspor ulang dengan pengaturan Indonesia "
                    "atau tulis YYYY-MM-DD")
        return "tanggal tidak terbaca atau tidak ada di kalender; " + col.expected()
    if col.name == "status" and header_key(value) in LEGAL_STANDING:
        return (f"'{value}' adalah kedudukan hukum, bukan status kepegawaian; petakan kolom jenis pegawai (mis. JENIS "
                f"PEGAWAI NAMA: PNS Daerah, PPPK) ke status; {col.expected()}")
    if col.kind in ("int", "float") and value and (unit := numbers.hint(value, col.name, col.min, col.max)):
        return f"{unit}; {col.expected()}"
    if col.kind == "slug" and value:
        return ("dinas tidak dikenal; gunakan kode dinas atau nama resmi dari registri (docs/kontrak-data.md), "
                "atau petakan nilainya di data/raw/pemetaan.yml")
    if col.kind == "date" and value:
        return _date_hints(col, pd.Series([value], dtype=object)).iat[0]
    return None


def _date_hints(col: Column, values: pd.Series) -> pd.Series:
    """Why each date (not blank) was refused, when it is one of the common mistakes (else None): a year out
    of range, month first, a day or month the calendar does not have. Vectorised over the values."""
    values = values.astype(object).reset_index(drop=True)
    out = pd.Series(None, index=values.index, dtype=object)
    parsed = _parse_dates(values)[0]
    known = parsed.notna() & ~parsed.dt.year.between(*DATE_YEARS)
    if known.any():
        out[known] = ("tahun " + parsed[known].dt.year.astype(str) + f" di luar rentang {DATE_YEARS[0]}–"
                      f"{DATE_YEARS[1]} (salah ketik?); " + col.expected())
    future = parsed.notna() & ~known & (parsed > pd.Timestamp(clock.today()))
    out[future] = future_hint()
    month_first = out.isna() & pd.to_datetime(values, format="%m/%d/%Y", errors="coerce").notna()
    out[month_first] = "tanggal ditulis bulan/hari/tahun (format Amerika); tulis DD/MM/YYYY atau YYYY-MM-DD"
    impossible = out.isna() & values.astype(str).str.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}")
    out[impossible] = "tanggal ini tidak ada di kalender (hari atau bulan mustahil); " + col.expected()
    return out


def future_hint() -> str:
    """Why a date after today is refused, with today's date (Jakarta)."""
    return (f"tanggal sesudah hari ini ({clock.today().isoformat()}): belum terjadi; periksa tahunnya (salah ketik?), "
            "atau hapus baris yang baru dijadwalkan")


def _nip_problem(digits: str) -> str:
    """Which part of an 18-digit NIP is impossible, in words (digit positions counted from 1)."""
    birth_part, tmt_part = constants.NIP_BIRTH_DATE, constants.NIP_TMT_CPNS
    sex_at, serial_part = constants.NIP_SEX_DIGIT, constants.NIP_SERIAL
    born, appointed = digits[birth_part], digits[tmt_part]
    birth = pd.to_datetime(born, format="%Y%m%d", errors="coerce")
    tmt = pd.to_datetime(_pppk_as_month(pd.Series([appointed])).iat[0] + "01", format="%Y%m%d", errors="coerce")
    if pd.isna(birth):
        return (f"tanggal lahir (digit {birth_part.start + 1}–{birth_part.stop}) {born[:4]}-{born[4:6]}-{born[6:]} "
                "bukan tanggal yang ada")
    first, last = constants.NIP_BIRTH_YEARS
    if not first <= birth.year <= last:
        return f"tahun lahir (digit {birth_part.start + 1}–{birth_part.start + 4}) {birth.year} di luar {first}–{last}"
    if pd.isna(tmt):
        return (f"TMT CPNS (digit {tmt_part.start + 1}–{tmt_part.stop}) {appointed[:4]}-{appointed[4:]} "
                "bukan bulan yang ada")
    if tmt.year < birth.year + constants.NIP_MIN_YEARS_BIRTH_TO_TMT:
        return (f"TMT CPNS {tmt.year} kurang dari {constants.NIP_MIN_YEARS_BIRTH_TO_TMT} tahun sesudah tahun lahir "
                f"{birth.year}")
    if digits[sex_at] not in constants.NIP_SEX:
        return f"kode jenis kelamin (digit {sex_at + 1}) {digits[sex_at]} bukan {' atau '.join(constants.NIP_SEX)}"
    return f"nomor urut (digit {serial_part.start + 1}–{serial_part.stop}) {digits[serial_part]} tidak dipakai"


# --- checks between columns and tables ----------------------------------------------------
def row_place(row) -> str:
    """The file (and sheet) of one parsed row, as messages write it."""
    return place(row[FILE], row[SHEET])


def check_unique(parsed: Parsed, key: tuple[str, ...]) -> None:
    """Report every row whose key repeats an earlier row of the same file and sheet (a key found
    in two files is ``ingest.sources``' business: one problem naming both places)."""
    frame = parsed.frame
    if not set(key) <= set(frame.columns) or frame.empty:
        return
    within = [FILE, SHEET, *key] if FILE in frame else list(key)
    filled = frame[list(key)].notna().all(axis=1)
    dup = frame.duplicated(within, keep="first") & filled
    first_row = frame.loc[filled].groupby(within, dropna=False, sort=False)[ROW].transform("first")

    def problem(row: pd.Series) -> Violation:
        return Violation(row_place(row), int(row[ROW]), "+".join(key), " / ".join(str(row[c]) for c in key),
                         "kunci harus unik; baris dengan kunci yang sama sudah ada di atasnya", kind="rujukan",
                         detail=f"sama dengan baris {int(first_row.loc[row.name])}")
    parsed.violations += listed(frame.loc[dup], problem)


def check_reference(parsed: Parsed, column: str, valid: pd.Series, target: str) -> None:
    """Report rows whose ``column`` is not among ``valid`` (the key of table ``target``)."""
    frame = parsed.frame
    if column not in frame or valid.dropna().empty:  # an empty or unusable target is reported on its own
        return
    missing = frame[column].notna() & ~frame[column].isin(valid)
    rejected = int(valid.isna().sum())
    expected = f"tidak ada di tabel {target}" + (
        f" (di tabel {target} ada {rejected} nilai {column} yang ditolak di atas; mungkin salah satunya yang "
        "dimaksud)" if rejected else "")
    parsed.violations += listed(frame.loc[missing], lambda row: Violation(row_place(row), int(row[ROW]), column,
                                                                          row[column], expected, kind="rujukan"))


def check_order(parsed: Parsed, first: str, second: str) -> None:
    """Report rows where ``second`` comes before ``first`` (dates)."""
    frame = parsed.frame
    if first not in frame or second not in frame:
        return
    wrong = frame[second] < frame[first]
    parsed.violations += listed(frame.loc[wrong], lambda row: Violation(
        row_place(row), int(row[ROW]), second, row[second].date().isoformat(),
        f"harus sama dengan atau sesudah {first}", kind="rujukan", detail=f"{first} {row[first].date().isoformat()}"))


def check_zero_ceiling(parsed: Parsed) -> None:
    """Warn of every anggaran row whose pagu is Rp 0 (build goes on): a ceiling of Rp 0 is a missing figure, as a cost
    of Rp 0 is (analysis.budget.recorded_ceiling), so that dinas's realisation cannot be computed that year (CHECK14
    E14-6: "gulkarmat;2025;0,00;0,00" read silently)."""
    frame = parsed.frame
    if "pagu_rp" not in frame:
        return
    zero = frame[pd.to_numeric(frame["pagu_rp"], errors="coerce").eq(0)]
    # the cell as the file has it ('0,00', '0'), as every other message quotes it; the parsed value for a frame built
    # without its text
    written = parsed.written.get("pagu_rp", frame["pagu_rp"].map("{:g}".format))
    parsed.warnings += listed(zero, lambda row: Violation(
        row_place(row), int(row[ROW]), "pagu_rp", written[row.name],
        "pagu di atas Rp 0; pagu Rp 0 dibaca sebagai pagu yang tidak terisi: realisasi anggaran dinas itu tahun itu "
        "tidak dihitung (periksa ekspor anggaran)", kind="peringatan",
        detail=f"dinas {row.get('dinas')}, tahun {row.get('tahun')}"))


def check_future_budget_year(parsed: Parsed) -> None:
    """Warn of every anggaran row of a year after today's (build goes on, the row is kept for that year's report):
    an inbox in December holds next year's approved ceiling with realisasi 0, which no report of this year or before
    uses (analysis.model keeps a scope's budget rows up to the evaluated year); a later date is refused, but a budget
    year is a plan, not an event (CHECK15 E15-12: "2027 | Rp 200 juta | Rp 0 | 0,0%" in the 2026 report)."""
    frame = parsed.frame
    if "tahun" not in frame:
        return
    today = clock.today()
    later = frame[pd.to_numeric(frame["tahun"], errors="coerce").gt(today.year)]
    parsed.warnings += listed(later, lambda row: Violation(
        row_place(row), int(row[ROW]), "tahun", str(int(row["tahun"])),
        f"tahun anggaran yang belum dimulai (hari ini {today.isoformat()}): tidak dipakai untuk laporan "
        f"{today.year}; barisnya disimpan untuk laporan tahun itu", kind="peringatan",
        detail=f"dinas {row.get('dinas')}"))


def check_plan_ids(parsed: Parsed) -> None:
    """Report follow-up rows whose id is not a plan row's ('<dinas>-<tahun>-<KODE>', report.chapters.plan) of a
    known dinas (or the province) and a year in range; whether the row was in that plan is checked where the plan
    is regenerated (the report of the year after)."""
    frame = parsed.frame
    if "id" not in frame:
        return
    parts = frame["id"].astype("string").str.strip().str.extract(f"^{constants.PLAN_ROW_ID}$")
    known = set(registry.AGENCIES) | {registry.PROVINCE_SLUG}
    low, high = constants.YEAR_RANGE
    year = pd.to_numeric(parts["tahun"], errors="coerce")
    bad = frame["id"].notna() & (parts["dinas"].isna() | ~parts["dinas"].isin(known) | ~year.between(low, high))
    expected = ("ID baris rencana tindak lanjut seperti pada sheet Rencana Tindak Lanjut laporan: "
                f"'<dinas>-<tahun>-<KODE>' dengan kode dinas yang dikenal dan tahun {low}–{high} (contoh: "
                "kesehatan-2024-JP20)")
    parsed.violations += listed(frame.loc[bad], lambda row: Violation(row_place(row), int(row[ROW]), "id", row["id"],
                                                                      expected, kind="nilai"))
