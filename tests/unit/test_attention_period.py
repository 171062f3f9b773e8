"""The attention list tests a dinas's IKM only in the province's survey period, and says which it leaves out and
why (CHECK14 E14-4, set F: Perhubungan's 2025-S1 IKM among the province's '17 uji' on 2025-S2, unsaid)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.analysis import attention, results
from evalasn.analysis.contract.budget import Pooling
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.words import uncertainty


def _scope(period: str | None, ikm: float = 70.0) -> dict:
    periods = [] if period is None else [{"periode": period, "estimasi": ikm, "se": 1.0, "df": 20, "cukup_data": True}]
    return {"tahun": 2025, "level4_hasil": {"ikm_per_periode": periods},
            "pelaksanaan": {"jp_20": {"keseluruhan": {"jumlah": 50, "n": 100, "cukup_data": True}}}}


def test_an_ikm_of_another_period_is_not_tested():
    scopes = {"kesehatan": _scope("2025-S2"), "perhubungan": _scope("2025-S1"), "sosial": _scope("2025-S2"),
              PROVINCE_SLUG: _scope("2025-S2")}
    scopes[PROVINCE_SLUG]["pelaksanaan"]["jp_20"]["keseluruhan"].update(jumlah=150, n=300)
    found = attention.findings(cast(Any, scopes), cast(Pooling, {"metode": "mixedlm", "per_dinas": []}))
    tested = {test["dinas"] for test in found["uji"] if test["temuan"] == "ikm"}
    assert tested == {"kesehatan", "sosial"}, found["uji"]  # old: perhubungan's 2025-S1 too


@pytest.mark.parametrize("lang, said", [("id", "IKM Perhubungan tidak diuji: hanya SKM 2025-S1."),
                                        ("en", "The IKM of Transportation is not tested: only a 2025-S1 SKM.")],
                         ids=["id", "en"])
def test_the_attention_sentence_says_which_ikm_it_leaves_out(lang, said):
    other = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
             "alasan": results.IKM_OTHER_PERIOD, "periode": "2025-S2", "terakhir": {"periode": "2025-S1"}}
    hasil: Any = {"tahun": 2025, "perhatian": {"q_fdr": 0.05, "jumlah_uji": 2, "uji": [], "gain_di_bawah_rata": []},
                  "perbandingan_dinas": [{"dinas": "perhubungan", "ikm": other},
                                         {"dinas": "kesehatan", "ikm": {"cukup_data": True, "estimasi": 80.0}}],
                  "pooling": {}}
    text = uncertainty.attention(hasil, lang)
    assert said in text, text
