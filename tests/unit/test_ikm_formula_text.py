"""LOOK20 W-23: 1.6 wrote the IKM as "rata-rata sembilan unsur × 1/9 × 25", which read literally gives 8,7 for an IKM of
78,09: PermenPAN-RB 14/2017 sums the nine element means, weights each 1/9 and multiplies by 25."""

from __future__ import annotations

import pytest

from evalasn.report.words.text import t


@pytest.mark.parametrize(("lang", "formula", "wrong"), [
    ("id", "jumlah nilai rata-rata sembilan unsur × 1/9 × 25", "(rata-rata sembilan unsur × 1/9"),
    ("en", "the sum of the nine element means × 1/9 × 25", "(mean of the nine elements × 1/9"),
])
def test_the_ikm_formula_sums_the_nine_element_means(lang, formula, wrong):
    text = t("m_l4", lang, ambang="50%")
    assert formula in text and wrong not in text, text
