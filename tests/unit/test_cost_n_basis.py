"""Tabel 1's cost per point rests on the costed activities' scored participants, fewer than the gain's when some
activities are at Rp 0: its cell says so and the table note gives that base (CHECK12 C12-8: set E Kesehatan "n = 157"
beside the gain's "n = 217" under a note that gave both the same base)."""

from __future__ import annotations

import pytest

from evalasn.report import facts
from evalasn.report.words.text import t

COST = {"n": 157, "estimasi": 447419.9, "ci_bawah": 288395.5, "ci_atas": 710665.5, "p": None, "cukup_data": True,
        "n_kegiatan": 8, "kegiatan_tanpa_biaya": 4}


@pytest.mark.parametrize(("key", "figure", "lang", "cell"), [
    ("biaya_per_poin", COST, "id", "; n\u00a0=\u00a0157; 4 kegiatan tanpa biaya tercatat"),
    ("biaya_per_poin", COST, "en", "; n\u00a0=\u00a0157; 4 activities without a recorded cost"),
    ("biaya_per_poin", {**COST, "kegiatan_tanpa_biaya": 0}, "id", "; n\u00a0=\u00a0157"),
    ("gain", {**COST, "n": 217}, "id", "; n\u00a0=\u00a0217"),
], ids=["uncosted-id", "uncosted-en", "all-costed", "gain-unchanged"])
def test_the_cost_cell_marks_the_activities_left_out(key, figure, lang, cell):
    assert facts.basis(key, figure, lang) == cell


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "biaya per poin: peserta bernilai pada kegiatan dengan biaya tercatat"),
    ("en", "cost per point: participants with both scores in the activities with a recorded cost")], ids=["id", "en"])
def test_the_table_note_gives_the_cost_its_own_base(lang, said):
    assert said in t("kt_tab_note_n", lang)
