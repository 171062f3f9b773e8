"""Sentences describe the model that ran (issue 22.6): the budget model's controls and the periods of
the IKM comparison come from hasil.json, not from a fixed sentence."""

from __future__ import annotations

from typing import cast

import pandas as pd
import pytest

from evalasn.analysis.contract import Hasil
from evalasn.report.chapters.limitations import did_assumption
from evalasn.report.context import Context
from evalasn.report.words.narrative import controls


@pytest.mark.parametrize("names, lang, shown", [
    (["jp", "nilai_pre", "log_ukuran_kelas", "metode", "tahun_kegiatan"], "id", "JP, nilai awal, ukuran kelas, "
                                                                                "metode dan tahun"),
    (["jp", "metode", "tahun_kegiatan", "dinas"], "en", "JP, method, year and agency"),
    (["metode", "shift_kerja"], "en", "method and shift kerja"),
    ([], "en", "no other factor"),
], ids=["dinas-model-id", "province-model-en", "unknown-control", "none"])
def test_controls_are_those_of_the_model(names, lang, shown):
    assert controls(names, lang) == shown


def test_a_dinas_budget_sentence_has_no_agency_control_when_the_model_had_none():
    assert "dinas" not in controls(["jp", "nilai_pre", "metode", "tahun_kegiatan"], "id")


def _ctx(periods: list[str], lang: str) -> Context:
    hasil = {"level4_hasil": {"did_ikm": {"periode_dipakai": periods}}}
    return Context(cast(Hasil, hasil), lang, pd.DataFrame())


@pytest.mark.parametrize("periods, lang, present, absent", [
    (["2024-S2", "2025-S2"], "id", "dua periode", "dapat mendukung"),
    (["2024-S1", "2024-S2", "2025-S1", "2025-S2"], "id", "dengan 4 periode (2024-S1 s.d. 2025-S2)", "dua periode"),
    (["2024-S1", "2024-S2", "2025-S1", "2025-S2"], "en", "with 4 periods (2024-S1 to 2025-S2)", "two periods"),
], ids=["two-periods", "four-periods-id", "four-periods-en"])
def test_parallel_trends_caveat_names_the_periods_used(periods, lang, present, absent):
    text = did_assumption(_ctx(periods, lang))
    assert present in text and absent not in text, text
