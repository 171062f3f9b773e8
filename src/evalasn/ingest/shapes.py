"""What the reader does for the shapes national-system downloads and survey forms come in, after the
mapping and the contract's other column names have been applied to a table as read:

* personal columns the contract does not need (SIASN's PNS ID, TANGGAL LAHIR, GELAR BELAKANG; a form's
  jenis kelamin or alamat) are dropped here and named in the log, so they go no further;
* a column the contract must not read as one of its own (KEDUDUKAN HUKUM is legal standing, not the
  employee type) is dropped with the reason;
* a survey export without a respondent id gets one made from its file, sheet and spreadsheet row
  (``respondent_ids``): the same file gives the same ids on every run.
"""

from __future__ import annotations

import pandas as pd

from evalasn.schema import Table
from evalasn.schema_aliases import IGNORED, UNNEEDED_PERSONAL, header_key, matches_name

RESPONDENT = "responden_id"


def adapt(frame: pd.DataFrame, table: Table, source: str, row_column: str) -> tuple[pd.DataFrame, list[str]]:
    """``frame`` without the columns it must not carry, and with the ids a survey form lacks."""
    notes: list[str] = []
    contract = set(table.names) | {row_column}
    personal = [c for c in frame.columns if c not in contract and matches_name(header_key(c), UNNEEDED_PERSONAL)]
    if personal:
        notes.append("kolom data pribadi yang tidak diperlukan kontrak dibuang saat dibaca (tidak diproses, tidak "
                     f"dilaporkan): {', '.join(personal)}")
    ignored = [(c, IGNORED[name]) for c in frame.columns
               if c not in contract and (name := matches_name(header_key(c), list(IGNORED)))]
    for column, reason in ignored:
        notes.append(f"kolom '{column}' diabaikan: {reason}")
    frame = frame.drop(columns=personal + [c for c, _ in ignored])
    if RESPONDENT in table.names and RESPONDENT not in frame.columns:  # a form without answers too: no false
        frame = frame.assign(**{RESPONDENT: respondent_ids(source, frame[row_column])})  # "kolom wajib tidak ada"
        if len(frame):
            notes.append(f"kolom '{RESPONDENT}' tidak ada; dibuat dari nama file dan nomor baris untuk "
                         f"{len(frame)} responden (mis. '{frame[RESPONDENT].iat[0]}')")
    return frame, notes


def respondent_ids(source: str, rows: pd.Series) -> pd.Series:
    """'<file>[, sheet <sheet>] #<spreadsheet row>': unique within a file, and the same on every run of
    the same file (a respondent keeps an id as long as the rows above do not move)."""
    return (source + " #" + rows.astype(int).astype(str)).to_numpy()
