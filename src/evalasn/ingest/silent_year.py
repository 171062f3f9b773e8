"""A dinas on the staff list that sent nothing for the newest year: no activity, no survey answer and no budget row
of that year (CHECK15 E15-11, set H stage 2: Nakertransgi's 29 staff in the 2025 export, its 2024 rows, and not a
2025 row anywhere; `periksa` named PRKP's missing survey but not this). Its report will say the year's data were not
received; the evaluator should hear it before publishing is one command away."""

from __future__ import annotations

import pandas as pd

from evalasn import schema
from evalasn.ingest.errors import Violation
from evalasn.ingest.validate import Parsed

# the tables whose rows of a year show that a dinas sent that year's exports; kinerja_unit and the plan sheet are
# not asked of every dinas
YEAR_TABLES = ("kegiatan", "skm", "anggaran")


def _years(name: str, frame: pd.DataFrame) -> pd.Series:
    """The year of each row of a year table: an activity's end date's (as the cleaning stage gives it `tahun`),
    the budget's `tahun`, the survey period's ('2025-S1')."""
    if name == "kegiatan":
        return pd.to_datetime(frame["tanggal_selesai"], errors="coerce").dt.year
    if name == "skm":
        return pd.to_numeric(frame["periode"].astype("string").str[:4], errors="coerce")
    return pd.to_numeric(frame["tahun"], errors="coerce")


def note(frames: dict[str, pd.DataFrame]) -> str | None:
    """The warning naming the staff's dinas without a row of the newest activity year in any YEAR_TABLES table,
    or None when every dinas has one (or there is no activity year)."""
    kegiatan, staff = frames.get("kegiatan"), frames.get("pegawai")
    if kegiatan is None or staff is None or "tanggal_selesai" not in kegiatan or "dinas" not in staff:
        return None
    years = _years("kegiatan", kegiatan).dropna()
    if years.empty:
        return None
    newest = int(years.max())
    sent: set[str] = set()
    for name in YEAR_TABLES:
        frame = frames.get(name)
        if frame is None or "dinas" not in frame or not len(frame):
            continue
        sent |= set(frame.loc[_years(name, frame).eq(newest), "dinas"].dropna().astype(str))
    silent = sorted(set(staff["dinas"].dropna().astype(str)) - sent)
    if not silent:
        return None
    return (f"{len(silent)} dinas ada di tabel pegawai tetapi tidak punya kegiatan, SKM atau anggaran {newest}: "
            f"{', '.join(silent)}; ekspor {newest} dinas itu belum diterima? {schema.ABSENT_ASK[0]} (laporannya "
            f"akan menyebut bahwa data {newest} tidak diterima)")


def check(parsed: dict[str, Parsed]) -> None:
    """The warning on the staff table (`periksa` lists it, the cleaning stage logs it; the build goes on)."""
    said = note({name: table.frame for name, table in parsed.items()})
    if said and "pegawai" in parsed:
        parsed["pegawai"].warnings.append(Violation(parsed["pegawai"].source, None, "dinas", None, said,
                                                    kind="peringatan"))
