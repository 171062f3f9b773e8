"""Staff who left during the year: training rows whose NIP is not in the year-end staff export.

A year-end staff export lacks the people who moved or retired during the year, while the training
system still lists their activities. Their rows are kept: they count for the activity's figures
(scores, reaction, cost per participant and per point: an activity's participants are everyone
who took part) and not for a dinas's coverage or the 20 JP rule (whose denominator is the staff
list). Each training file gets one warning with its count; a NIP found in no staff export at all
(no other dinas, no earlier year) is also listed row by row in the problem file, since it may be a
typing error. The build goes on. ``clean._peserta`` gives these rows the organising dinas.
"""

from __future__ import annotations

import pandas as pd

from evalasn.ingest.errors import Violation
from evalasn.ingest.readers import FILE, ROW, SHEET, place
from evalasn.ingest.validate import Parsed, listed

WARNING = "peringatan"


def note(rows: int, people: int) -> str:
    """The warning line of one training file (also a quality-log note, translated in report/words/quality.py)."""
    return (f"{rows} baris peserta ({people} NIP) tidak ada di ekspor pegawai akhir tahun (pindah atau pensiun "
            "selama tahun berjalan?): dihitung untuk angka kegiatan (nilai, reaksi, biaya per poin), tidak untuk "
            "cakupan dan 20 JP")


def check(peserta: Parsed, staff_nips: pd.Series, earlier_nips: pd.Series) -> None:
    """Warnings for the rows of ``peserta`` whose NIP is not in ``staff_nips`` (the year-end staff);
    a NIP also missing from ``earlier_nips`` (older staff exports) is listed row by row."""
    frame = peserta.frame
    if "nip" not in frame or staff_nips.dropna().empty:  # no usable staff list: reported on its own
        return
    left = frame["nip"].notna() & ~frame["nip"].isin(staff_nips.dropna())
    if not left.any():
        return
    rejected = int(staff_nips.isna().sum())
    unknown = left & ~frame["nip"].isin(earlier_nips.dropna())
    by_part = {p.source: p for p in peserta.parts}
    rows = frame.loc[left]
    for (file, sheet), group in rows.groupby([FILE, SHEET], dropna=False, sort=False):
        source = place(file, sheet)
        line = note(len(group), group["nip"].nunique())
        never = int(frame.loc[group.index].loc[unknown, "nip"].nunique())
        if never:
            line += (f"; {never} NIP di antaranya tidak ada di ekspor pegawai mana pun (dinas lain, tahun lain): "
                     "tercantum di daftar masalah")
        (by_part.get(source) or peserta).notes.append(line)
        peserta.warnings.append(Violation(source, None, "nip", None, line, kind=WARNING))
    expected = ("NIP tidak ada di ekspor pegawai mana pun (dinas lain, tahun lain): dihitung sebagai peserta yang "
                "sudah pindah atau pensiun; bila orang ini masih bekerja, periksa NIP-nya atau tambahkan ekspor "
                "pegawai dinasnya" + (f" (di tabel pegawai ada {rejected} NIP yang ditolak; mungkin salah satunya "
                                     "yang dimaksud)" if rejected else ""))
    found = frame.loc[unknown]
    counts = found.groupby([FILE, SHEET, "nip"], dropna=False, sort=False)[ROW].transform("size")

    def warning(row: pd.Series) -> Violation:
        rows = int(counts.loc[row.name])
        repeated = f"; {rows} baris peserta dengan NIP ini di file ini, yang pertama di baris ini" if rows > 1 else ""
        return Violation(place(row[FILE], row[SHEET]), int(row[ROW]), "nip", row["nip"], expected + repeated,
                         kind=WARNING)
    peserta.warnings += listed(found.drop_duplicates([FILE, SHEET, "nip"]), warning)  # one line per NIP and file
