"""Total rows in an export: 'Jumlah ASN: 144' under a SIASN/SIMPEG table (or 'Total' with a sum beside it) is
no record. Without this each such row gives one "sel kosong" per required column and never shows the text
that makes it a total; here it is one problem for the row, quoting that text and where it is."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from evalasn.ingest.errors import Violation

# The words a report export's total or subtotal row starts with ('Jumlah ASN: 144', 'TOTAL', 'Sub Total Dinas')
TOTAL_WORDS = re.compile(r"(jumlah|total|grand\s*total|sub\s*total|subtotal|rekapitulasi)\b", re.IGNORECASE)
TOTAL_TEXT_MAX = 80  # a label with a count, not a sentence in a free-text column that happens to start so


def total_rows(cells: pd.DataFrame, rows: pd.Series, source: str,
               origins: dict[str, tuple[str, str]]) -> tuple[np.ndarray, list[Violation]]:
    """Which rows of ``cells`` (stripped text, one column per export column) are total rows, and one problem
    for each: its first filled cell starts with a total word and at most half of the row's cells are filled."""
    if cells.empty or not len(cells.columns):
        return np.zeros(len(cells), dtype=bool), []
    values = cells.to_numpy(dtype=object)
    filled = values != ""
    first = filled.argmax(axis=1)
    lead = pd.Series(values[np.arange(len(values)), first], dtype=object)
    total = (filled.sum(axis=1) * 2 <= values.shape[1]) & lead.str.len().le(TOTAL_TEXT_MAX).to_numpy() \
        & lead.str.match(TOTAL_WORDS).to_numpy()
    if not total.any():
        return total, []
    below = np.flatnonzero(~total).max(initial=-1)  # rows past the last record: under the table
    problems = []
    for position in np.flatnonzero(total):
        name = cells.columns[first[position]]
        header, letter = origins.get(name, (str(name), ""))
        others = "sel lain di baris ini kosong" if filled[position].sum() == 1 else \
            "sel lain di baris ini hampir semua kosong"
        where = "di bawah tabel" if position > below else "di tengah tabel (subtotal)"
        problems.append(Violation(source, int(rows.iat[position]), header, lead.iat[position],
                                  f"baris jumlah {where}? {others}; hapus baris itu dari ekspor",
                                  letter=letter or None))
    return total, problems
