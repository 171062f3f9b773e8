"""Many files per table: every file and sheet holding one table combined into one frame, each row
keeping its place (file, sheet, spreadsheet row), and the problems only the combination shows.

- The same key in two files is one problem naming both places; rows that are identical in every
  contract column are counted once, with one note per pair of files.
- Two staff exports (pegawai) holding the same dinas are a re-export, refused with both names,
  unless their file or sheet names give two different years: the newer one is then the year-end
  staff list and the older only tells who worked there before (see ``ingest.leavers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from evalasn.ingest.errors import Violation
from evalasn.ingest.readers import FILE, ROW, SHEET, place
from evalasn.ingest.validate import Parsed
from evalasn.registry import official_name
from evalasn.schema import Table

# '2025' in 'SIMPEG_Dinkes_2025.xlsx'; not the year of a date ('2026-01-05', '05.01.2026': a download's
# stamp) nor part of a longer number ('20260105')
YEAR_IN_NAME = re.compile(r"(?<!\d)(?<!\d[-/.])(19[5-9]\d|20\d\d)(?!\d)(?![-/.]\d)")
DIFFERENCES_SHOWN = 3  # differing columns named in a cross-file key problem


@dataclass
class Staff:
    """The staff exports sorted out: the year-end ones, the older ones, and what was refused."""

    current: list[Parsed]
    earlier: list[Parsed] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)


def combine(name: str, parts: list[Parsed]) -> Parsed:
    """One table from its parts: rows in file order with their place, every part's problems; the
    parts themselves stay in ``parts`` with their own notes."""
    if not parts:
        raise ValueError(f"no part for table {name}")
    frames = [p.frame for p in parts if len(p.frame)]
    frame = pd.concat(frames, ignore_index=True) if frames else parts[0].frame.iloc[:0].reset_index(drop=True)
    return Parsed(name, frame, "; ".join(p.source for p in parts),
                  violations=[v for p in parts for v in p.violations], parts=list(parts),
                  warnings=[w for p in parts for w in p.warnings], written=_written(parts, frame))


def _written(parts: list[Parsed], frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Each kept column's text as written (Parsed.written), on the combined frame's index; a part without the column
    gives blanks, as its values are."""
    filled = [p for p in parts if len(p.frame)]
    out = {}
    for column in dict.fromkeys(column for p in parts for column in p.written):
        pieces = [p.written.get(column, pd.Series("", index=p.frame.index, dtype=object)) for p in filled]
        joined = pd.concat(pieces, ignore_index=True) if pieces else pd.Series(dtype=object)
        out[column] = joined.set_axis(frame.index)
    return out


def year_of(source: str) -> int | None:
    """The year a file or sheet name gives ('SIMPEG Dinkes 2025.xlsx' -> 2025), the latest if several."""
    years = [int(y) for y in YEAR_IN_NAME.findall(source)]
    return max(years) if years else None


def sort_staff(parts: list[Parsed]) -> Staff:
    """The staff exports that make the year-end staff list; two holding the same dinas are a
    re-export (refused) unless their names give two different years (the older is kept apart)."""
    out = Staff(current=list(parts))
    dinas = {id(p): set(p.frame["dinas"].dropna()) if "dinas" in p.frame else set() for p in parts}
    for index, first in enumerate(parts):
        for second in parts[index + 1:]:
            if first not in out.current or second not in out.current:
                continue
            shared = sorted(dinas[id(first)] & dinas[id(second)])
            if not shared:
                continue
            year_first, year_second = year_of(first.source), year_of(second.source)
            names = ", ".join(official_name(s) for s in shared[:3]) + (" ..." if len(shared) > 3 else "")
            if year_first is not None and year_second is not None and year_first != year_second:
                older, newer = (first, second) if year_first < year_second else (second, first)
                out.current.remove(older)
                out.earlier.append(older)
                older.notes.append(f"ekspor pegawai tahun {min(year_first, year_second)}; daftar pegawai akhir tahun "
                                   f"diambil dari {newer.source} (tahun {max(year_first, year_second)}); ekspor ini "
                                   "hanya dipakai untuk mengenali peserta yang sudah pindah atau pensiun")
                continue
            out.current.remove(second)  # one problem, not one per NIP the two files share
            out.violations.append(Violation(
                second.source, None, "dinas", names,
                f"dua ekspor pegawai untuk dinas yang sama: {first.source} dan {second.source} (ekspor ulang?); "
                "pakai satu saja: tandai yang lain 'tabel: abaikan' di data/raw/pemetaan.yml, atau hapus dari "
                "data/raw/ (ekspor tahun yang berbeda: tulis tahunnya di nama file, mis. SIMPEG_Dinkes_2024.xlsx)",
                kind="sumber"))
    return out


def by_year(earlier: list[Parsed], table: Table) -> dict[int, Parsed]:
    """The staff exports of earlier years (``Staff.earlier``: each name gives its year) combined per year,
    the same key in two of them checked as for the year-end list."""
    out: dict[int, Parsed] = {}
    years = {year_of(part.source) for part in earlier}
    for year in sorted(y for y in years if y is not None):
        out[year] = combine(table.name, [part for part in earlier if year_of(part.source) == year])
        check_across_files(out[year], table)
    return out


def check_across_files(parsed: Parsed, table: Table) -> None:
    """The same key in two files or sheets: rows identical in every contract column are kept once
    (one note per pair of places); otherwise one problem per key naming both places."""
    frame = parsed.frame
    key = list(table.key)
    if frame.empty or not set(key) <= set(frame.columns):
        return
    where = frame[FILE].astype(str) + "\x00" + frame[SHEET].fillna("").astype(str)
    filled = frame[key].notna().all(axis=1)
    repeated = filled & frame.duplicated(key, keep=False)
    if not repeated.any():
        return
    rows = frame.loc[repeated].assign(_where=where[repeated])
    first = rows.drop_duplicates(key, keep="first")
    later = rows.loc[~rows.index.isin(first.index)]
    paired = later.reset_index().merge(first, on=key, suffixes=("", "_pertama"), how="left")
    paired = paired.loc[paired["_where"] != paired["_where_pertama"]]  # within one file: check_unique's
    if paired.empty:
        return
    compared = [c for c in table.names if c in frame.columns and c not in key]
    same = pd.Series(True, index=paired.index)
    for column in compared:
        mine, theirs = paired[column], paired[f"{column}_pertama"]
        same &= (mine == theirs).fillna(False).astype(bool) | (mine.isna() & theirs.isna())
    drop: list[int] = []
    counts: dict[tuple, int] = {}
    for index, row in paired.iterrows():
        here, there = place(row[FILE], row[SHEET]), place(row[f"{FILE}_pertama"], row[f"{SHEET}_pertama"])
        if same.loc[index]:
            drop.append(int(row["index"]))
            counts[(here, there)] = counts.get((here, there), 0) + 1
            continue
        differing = [c for c in compared if not _equal(row[c], row[f"{c}_pertama"])]
        shown = ", ".join(_difference(table, c, row[f"{c}_pertama"], row[c]) for c in differing[:DIFFERENCES_SHOWN])
        parsed.violations.append(Violation(  # what differs row by row is its detail: one summary line a pair of files
            here, int(row[ROW]), "+".join(key), " / ".join(str(row[c]) for c in key),
            f"kunci yang sama ada di {there} dengan isi lain; {table.row_means} hanya dicatat sekali: hapus "
            "salah satu baris, atau tandai file yang tidak dipakai 'tabel: abaikan' di data/raw/pemetaan.yml",
            kind="rujukan", detail=f"di sana baris {int(row[f'{ROW}_pertama'])}; {shown}"))
    if drop:
        parsed.frame = frame.drop(index=drop).reset_index(drop=True)
        parsed.written = {column: text.drop(index=drop).reset_index(drop=True)
                          for column, text in parsed.written.items()}
    by_source = {p.source: p for p in parsed.parts}
    for (here, there), count in counts.items():
        note = (f"{count} baris sama persis dengan baris di {there} (kunci dan isi sama, mis. ekspor yang "
                "tumpang tindih); dihitung sekali")
        (by_source.get(here) or parsed).notes.append(note)


def _equal(mine, theirs) -> bool:
    if pd.isna(mine) and pd.isna(theirs):
        return True
    return bool(mine == theirs) if not (pd.isna(mine) or pd.isna(theirs)) else False


def _difference(table: Table, column: str, first, second) -> str:
    """'dinas: kesehatan / perhubungan'; a personal column (nama) by its name only."""
    if table.column(column).personal:
        return f"{column} berbeda"
    return f"{column}: {_shown(first)} / {_shown(second)}"


def _shown(value) -> str:
    if pd.isna(value):
        return "(kosong)"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(str(value))
