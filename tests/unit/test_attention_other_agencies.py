"""LOOK32 D-2: "… karena 20 JP 52,5% (46,2–58,7), jelas di bawah dinas lain 65,7%": the comparison figure had no
interval and no count, and sat beside Tabel 1's province figure of every PNS (64,8) without saying that it leaves the
agency out. The test records the other agencies' share with its Wilson interval and count (`uji[].dinas_lain`), and
every sentence of the attention tests (the agency report's listing, the province's summary and BAB VII, an unflagged
test) prints it with them and names the agency left out."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import attention
from evalasn.report.chapters import comparison, front
from evalasn.report.formats import workbook_names
from evalasn.report.words import uncertainty

# Satpol PP: 126 of 240 PNS; the province: 2.296 of 3.541 PNS, so the other agencies 2.170 of 3.301
OWN: Any = {"n": 240, "jumlah": 126, "estimasi": 126 / 240, "ci_bawah": 0.461926, "ci_atas": 0.587286,
            "cukup_data": True}
PROVINCE: Any = {"n": 3541, "jumlah": 2296, "estimasi": 2296 / 3541, "ci_bawah": 0.632525, "ci_atas": 0.663962,
                 "cukup_data": True}
TEST: Any = {**attention._jp_test("satpol-pp", OWN, PROVINCE), "q_bh": 0.0001, "ditandai": True}
OTHERS = {"id": "65,7%\u00a0(64,1–\u206067,3; 3.301\u00a0PNS dinas lain, tanpa Satpol PP)",
          "en": "65.7%\u00a0(64.1–\u206067.3; 3,301\u00a0PNS, Satpol PP left out)"}


def test_the_jp_test_records_the_other_agencies_share_with_its_interval_and_count():
    rest = TEST["dinas_lain"]
    assert (rest["n"], rest["jumlah"]) == (3301, 2170)
    assert rest["estimasi"] == pytest.approx(TEST["pembanding"])
    assert (round(100 * rest["ci_bawah"], 1), round(100 * rest["ci_atas"], 1)) == (64.1, 67.3)


@pytest.mark.parametrize(("where", "said"), [
    pytest.param("agency-listing", {"id": "jelas di bawah dinas lain, " + OTHERS["id"],
                                    "en": "clearly below the other agencies' " + OTHERS["en"]}, id="agency-listing"),
    pytest.param("province-summary", {"id": "jelas di bawah dinas lain, " + OTHERS["id"],
                                      "en": "clearly below the other agencies' " + OTHERS["en"]},
                 id="province-summary"),
    pytest.param("unflagged-below", {"id": "di bawah dinas lain, " + OTHERS["id"] + ", tetapi belum melebihi",
                                     "en": "below the other agencies' " + OTHERS["en"] + ", but not beyond"},
                 id="unflagged-below-by-chance"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_sentence_gives_the_comparison_with_its_interval_count_and_who_is_left_out(where, said, lang):
    if where == "agency-listing":  # the agency report's and the province BAB VII's words (test_reason)
        text = uncertainty.test_reason(TEST, lang)
    elif where == "province-summary":  # the province summary's list (front.lagging)
        hasil: Any = {"perhatian": {"uji": [TEST], "gain_di_bawah_rata": []}}
        text = " ".join(front.lagging(hasil, lang)[0][1])
    else:
        empty: Any = {}
        unflagged: Any = {**TEST, "ditandai": False}
        text = comparison.clear_reason(empty, unflagged, lang)
    assert said[lang] in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_record_without_the_other_agencies_interval_prints_the_share_alone(lang):
    old: Any = {key: value for key, value in TEST.items() if key != "dinas_lain"}
    assert uncertainty.others_share(old, lang) == {"id": "65,7%", "en": "65.7%"}[lang]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workbook_heads_the_other_agencies_columns(lang):
    name = workbook_names.column_name("dinas_lain.ci_bawah", "perbandingan_provinsi.perhatian.uji[]", lang)
    assert name.startswith({"id": "Dinas lain (tanpa dinas ini)", "en": "Other agencies (this one left out)"}[lang])
