"""LOOK20 W-13: "bootstrap" (Tabel 8's title, 1.6, 8.2 "bootstrap-nya") and the model's terms ("efek tetap metode",
"random effects per agency and per activity, method fixed effects") in the body before the annex; the body says what
they mean in plain words and the annex keeps the words."""

from __future__ import annotations

import re
from typing import Any, cast

import pytest

from evalasn.report.words import uncertainty
from evalasn.report.words.text import t

JARGON = re.compile(r"bootstrap|efek tetap|efek acak|fixed effect|random effect", re.IGNORECASE)
BODY: dict[str, dict[str, Any]] = {"b_tab_cost": {"tahun": 2025}, "m_budget": {"kontrol": "x", "ulangan": "1.000"},
        "m_pooling": {}, "p_adjust_methods": {},
        "lim_cost_unrecorded": {"k": 3, "n": 52, "tahun": 2025, "daftar": "x"}}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", sorted(BODY))
def test_the_body_says_the_model_in_plain_words(key, lang):
    said = t(key, lang, **BODY[key])
    assert JARGON.findall(said) == [], said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_annex_keeps_the_bootstrap_and_the_model_terms(lang):
    hasil: Any = {"anggaran_vs_peningkatan": {
        "biaya_per_poin": [{"cukup_data": True}],
        "model": {"kuadratik": {"cukup_data": False}, "gain_per_dobel": {"cukup_data": False}},
        "model_provinsi": {"kuadratik": {"cukup_data": False}, "gain_per_dobel": {"cukup_data": False}}},
        "pooling": {"metode": "mixedlm", "per_dinas": []},
        "level4_hasil": {"did_ikm": {"tersedia": False}, "did_kinerja": []}}
    annex = " ".join(uncertainty.method_details(cast(Any, hasil), lang))
    assert "bootstrap" in annex and ("efek tetap metode" if lang == "id" else "method fixed effects") in annex, annex


def test_the_glossary_of_bab_i_leaves_the_bootstrap_to_the_annex():
    from evalasn.report.chapters import front

    assert "bootstrap" in front.TECHNICAL_TERMS  # the annex's terms table (sections), not BAB I's Tabel 2
