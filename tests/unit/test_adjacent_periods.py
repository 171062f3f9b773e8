"""Adjacent SKM periods (CHECK13 D13-6, set F Perhubungan: 2024-S2 and 2025-S1 only): no day lies between the
measurements in which staff could be trained, so the comparison of trained and other units cannot be made; the
report says so with both periods, never a training window '31 Desember 2024–1 Januari 2025'."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn.analysis import did, treatment
from evalasn.report.words import reasons


def _periods(*names: str) -> pd.DataFrame:
    bounds = {"2024-S2": ("2024-07-01", "2024-12-31"), "2025-S1": ("2025-01-01", "2025-06-30"),
              "2025-S2": ("2025-07-01", "2025-12-31")}
    return pd.DataFrame({"periode": names, "periode_mulai": [pd.Timestamp(bounds[p][0]) for p in names],
                         "periode_selesai": [pd.Timestamp(bounds[p][1]) for p in names], "y": 75.0,
                         "dinas": "perhubungan", "unit_kerja": "Seksi A"})


def test_adjacent_periods_give_no_comparison_and_name_both_periods():
    out = did.impact(_periods("2024-S2", "2025-S1"), "y", pd.DataFrame(), pd.DataFrame(), 2025)
    assert out == {"tersedia": False, "alasan": did.ADJACENT, "periode_sebelum": "2024-S2",
                   "periode_sesudah": "2025-S1"}


def test_periods_with_a_semester_between_them_open_a_training_window(monkeypatch):
    def window(_pegawai, _part, _ids, start, end, _share):
        raise LookupError((start.date().isoformat(), end.date().isoformat()))
    monkeypatch.setattr(treatment, "exposure", window)
    with pytest.raises(LookupError) as seen:
        did.impact(_periods("2024-S2", "2025-S2"), "y", pd.DataFrame(), pd.DataFrame(), 2025)
    assert seen.value.args[0] == ("2024-12-31", "2025-07-01")


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "periode sebelum (2024-S2) dan sesudah (2025-S1) berurutan, tanpa jendela pelatihan di antaranya"),
    ("en", "the periods before (2024-S2) and after (2025-S1) follow each other, with no training window between "
           "them"),
], ids=["id", "en"])
def test_the_reason_says_the_periods_are_adjacent(lang, said):
    record = {"tersedia": False, "alasan": did.ADJACENT, "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S1"}
    assert reasons.unavailable(record, lang) == said
