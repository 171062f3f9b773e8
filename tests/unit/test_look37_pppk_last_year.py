"""LOOK37 item 2: BAB II's PPPK paragraph gave this year's share of PPPK above the cap alone, while the trend table
(BAB VII, 7.1) had last year's by the same definition: last year's beside it where the data have it, and why not
where they do not."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import key_findings
from evalasn.report.words import uncertainty

SHARE_2024 = {"n": 74, "jumlah": 25, "estimasi": 25 / 74, "ci_bawah": 0.240, "ci_atas": 0.451, "cukup_data": True}
COUNT_2024 = {"n": 9, "jumlah": 4, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False}


def _hasil(tren: list[dict[str, Any]]) -> Any:
    return {"tahun": 2025, "tren": tren}


@pytest.mark.parametrize(("lang", "tren", "said"), [
    pytest.param("id", [{"tahun": 2024, "pppk_di_atas_batas": SHARE_2024}, {"tahun": 2025}],
                 "Pada 2024, dengan definisi yang sama: 33,8% (24,0% s.d. 45,1%; 25 dari 74 PPPK) di atas 24 JP "
                 "(BAB VII, 7.1).", id="id-share"),
    pytest.param("en", [{"tahun": 2024, "pppk_di_atas_batas": SHARE_2024}, {"tahun": 2025}],
                 "In 2024, by the same definition: 33.8% (24.0% to 45.1%; 25 of 74 PPPK) above 24 JP "
                 "(Chapter VII, 7.1).", id="en-share"),
    pytest.param("id", [{"tahun": 2024, "pppk_di_atas_batas": COUNT_2024}, {"tahun": 2025}],
                 "Pada 2024, dengan definisi yang sama: 4 dari 9 PPPK (44,4%; hitungan, tanpa rentang) di atas 24 JP "
                 "(BAB VII, 7.1).", id="id-count"),
    pytest.param("id", [{"tahun": 2025}],
                 "Angka 2024 untuk PPPK di atas batas tidak ada: tidak ada data 2024.", id="id-no-year"),
    pytest.param("en", [{"tahun": 2024, "pppk_di_atas_batas": {"n": 0}}, {"tahun": 2025}],
                 "There is no 2024 figure for PPPK above the cap: the 2024 data record no PPPK.", id="en-no-pppk"),
    pytest.param("id", [{"tahun": 2024}, {"tahun": 2025}],
                 "Angka 2024 untuk PPPK di atas batas tidak ada: hasil tren 2024 tidak memuat hitungannya.",
                 id="id-not-held"),
])
def test_bab_ii_gives_last_years_pppk_share_or_why_not(lang, tren, said):
    assert key_findings.pppk_last_year(_hasil(tren), lang) == said


def test_last_years_share_follows_this_years_count():
    """In the paragraph: after this year's count of PPPK above the cap, before the note on the withheld share."""
    jp_20: Any = {"pppk": {"n": 9, "rata_jp_asn": {"cukup_data": False}, "di_atas_batas": {"cukup_data": False},
                           "jumlah_di_atas_batas": 7, "biaya_di_atas_batas_rp": None}}
    then = key_findings.pppk_last_year(_hasil([{"tahun": 2024, "pppk_di_atas_batas": COUNT_2024}]), "id")
    assert uncertainty.pppk_sentences(jp_20, "id", then) == [
        "PPPK (9 orang) tidak dihitung dalam kewajiban 20 JP (batas 24 JP per tahun, PP 49/2018).",
        "7 dari 9 PPPK mengikuti lebih dari 24 JP. Pada 2024, dengan definisi yang sama: 4 dari 9 PPPK (44,4%; "
        "hitungan, tanpa rentang) di atas 24 JP (BAB VII, 7.1).",
        "Porsi dan rata-rata JP PPPK tanpa rentang keyakinan: hanya 9 PPPK, perlu sedikitnya 10."]
