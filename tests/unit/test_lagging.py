"""Reader review 3, item 22: the province summary's lagging dinas carry their numbers: a dinas listed for a low
gain with its adjusted gain and the same model's province mean, as Tabel 11 and its own report print them."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import front
from evalasn.report.words import coverage


def _estimate(value: float, low: float, high: float) -> dict[str, Any]:
    return {"estimasi": value, "ci_bawah": low, "ci_atas": high, "n": 900, "cukup_data": True}


def _province(mean: dict[str, Any] | None) -> Any:
    return {"perhatian": {"uji": [], "gain_di_bawah_rata": ["kesehatan"]},
            "pooling": {"rata_provinsi": mean,
                        "per_dinas": [{"dinas": "kesehatan", "pooled": _estimate(6.42, 5.81, 6.93)}]}}


@pytest.mark.parametrize(("mean", "lang", "expected"), [
    pytest.param(_estimate(9.21, 8.46, 9.97), "id", "kenaikan nilai 6,4 (5,8–6,9), di bawah rata-rata provinsi "
                 "9,2 (8,5–10,0)", id="id-with-numbers"),
    pytest.param(_estimate(9.21, 8.46, 9.97), "en", "gain 6.4 (5.8–6.9), below the province mean 9.2 (8.5–10.0)",
                 id="en-with-numbers"),
    pytest.param(None, "id", "kenaikan nilai di bawah rata-rata provinsi", id="no-model-mean-words-only"),
])
def test_a_dinas_lagging_for_its_gain_is_named_with_its_numbers(mean, lang, expected):
    assert front.lagging(_province(mean), lang) == [("kesehatan", [expected])]


@pytest.mark.parametrize(("realised", "lang", "expected"), [
    pytest.param([88.6, None, 74.7], "id", ", atas 2 dinas; tanpa data anggaran: Kebudayaan", id="one-without-id"),
    pytest.param([88.6, None, 74.7], "en", ", over 2 agencies; no budget data: Culture", id="one-without-en"),
    pytest.param([88.6, 90.1, 74.7], "id", "", id="every-dinas-has-a-figure"),
])
def test_the_province_realisation_says_which_dinas_it_leaves_out(realised, lang, expected):
    """Reader review 3, item 13: 'Realisasi 82,5%' over 6 of 7 dinas said so, with the dinas without anggaran."""
    hasil: Any = {"perbandingan_dinas": [{"dinas": slug, "persen_realisasi": value} for slug, value in
                                         zip(("kesehatan", "kebudayaan", "dispora"), realised, strict=True)]}
    assert coverage.budget_basis(hasil, lang) == expected
