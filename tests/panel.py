"""Small simulated panels for the impact estimators, in the processed-table shapes they read.

Units have staff, an outcome measured on respondents per period (IKM-like, converted points),
a level of their own, a shock shared by their respondents in each period, and a common trend.
Treatment is decided here, independently of the analysis's rule: chosen units send 80% of their
staff to one class, with selection on levels (worse units likelier) and, when ``staggered``,
earlier classes for worse units; the effect starts in the first period that starts after the class.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

PERIODS = ("2024-S1", "2024-S2", "2025-S1", "2025-S2")
QUARTERS = tuple(f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5))


@dataclass
class Panel:
    pegawai: pd.DataFrame
    part: pd.DataFrame
    outcome: pd.DataFrame  # dinas, unit_kerja, periode, periode_mulai, periode_selesai, y
    truth: float  # the average effect over treated units' post periods


def _bounds(code: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    year = int(code[:4])
    if "-S" in code:
        start = pd.Timestamp(year, 1 if code.endswith("1") else 7, 1)
        return start, start + pd.DateOffset(months=6) - pd.Timedelta(days=1)
    start = pd.Timestamp(year, 3 * int(code[-1]) - 2, 1)
    return start, start + pd.DateOffset(months=3) - pd.Timedelta(days=1)


def simulate(seed: int, n_treated: int = 12, n_control: int = 12, effect: float = 3.0, respondents: int = 20,
             unit_sd: float = 4.0, shock_sd: float = 2.0, respondent_sd: float = 8.0, staggered: bool = False,
             selection: float = 3.0, quarterly: bool = False) -> Panel:
    """One panel; treated units are the ``n_treated`` lowest-level units (selection on levels)
    when ``selection`` > 0, else a random set."""
    rng = np.random.default_rng(seed)
    periods = QUARTERS if quarterly else PERIODS
    n = n_treated + n_control
    level = rng.normal(0, unit_sd, n)
    order = np.argsort(level + rng.normal(0, selection, n)) if selection > 0 else rng.permutation(n)
    treated = np.zeros(n, bool)
    treated[order[:n_treated]] = True
    units = [f"U{i:02d}" for i in range(n)]
    # class end dates: in the evaluated year's first half (semesters) or spread over Feb-Sep (quarters)
    last = 210 if (staggered or quarterly) else 140
    rank = np.empty(n)
    rank[order] = np.arange(n)
    day = (20 + (last - 20) * rank / max(n - 1, 1)) if staggered else rng.uniform(20, last, n)
    ends = pd.Timestamp(2025, 1, 1) + pd.to_timedelta(np.round(day), unit="D")
    staff = 10
    pegawai = pd.DataFrame({"pegawai_id": [f"P{i:02d}{j}" for i in range(n) for j in range(staff)],
                            "dinas": "uji", "unit_kerja": np.repeat(units, staff)})
    part = pegawai[np.repeat(treated, staff) & (np.tile(np.arange(staff), n) < 8)][["pegawai_id"]].copy()
    part["kegiatan_id"] = "K-PROG"
    part["tanggal_selesai"] = np.repeat(ends[treated], 8)
    part["jp"] = 24.0
    rows, effects = [], []
    for p_index, code in enumerate(periods):
        start, end = _bounds(code)
        shock = rng.normal(0, shock_sd, n)
        on = treated & (start > ends)
        effects += [effect] * int(on.sum())
        y = (75 + level + 0.5 * p_index + shock + effect * on)[:, None] + rng.normal(0, respondent_sd, (n, respondents))
        rows.append(pd.DataFrame({"dinas": "uji", "unit_kerja": np.repeat(units, respondents), "periode": code,
                                  "periode_mulai": start, "periode_selesai": end, "y": y.ravel()}))
    return Panel(pegawai, part, pd.concat(rows, ignore_index=True), float(np.mean(effects)) if effects else 0.0)
