"""Partial coverage said out loud (issue 20.7): how many of the registry's dinas have data, and no
rank or comparison among fewer than constants.MIN_DINAS_COMPARISON of them."""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import pooling, trend
from evalasn.analysis.contract import KeyFigures
from evalasn.analysis.model import dinas_coverage
from evalasn.registry import AGENCIES, PROVINCE_SLUG


def _gain(value: float) -> dict[str, Any]:
    return {"n": 100, "estimasi": value, "ci_bawah": value - 1, "ci_atas": value + 1, "p": None, "cukup_data": True}


def _figures(count: int) -> dict[str, KeyFigures]:
    rows = {f"d{i}": {key: None for key in trend.KEY_FIGURES} | {"gain": _gain(10.0 - 3 * i)} for i in range(count)}
    rows[PROVINCE_SLUG] = {key: None for key in trend.KEY_FIGURES} | {"gain": _gain(8.0)}
    return cast(dict[str, KeyFigures], rows)


@pytest.mark.parametrize(("count", "ranked"), [
    pytest.param(1, False, id="one-dinas-no-rank-1-of-1"),
    pytest.param(constants.MIN_DINAS_COMPARISON - 1, False, id="below-the-minimum"),
    pytest.param(constants.MIN_DINAS_COMPARISON, True, id="at-the-minimum"),
])
def test_ranks_among_dinas_need_the_minimum(count, ranked):
    compared = trend.comparison(_figures(count))
    gain = next(r for r in compared["d0"]["indikator"] if r["kunci"] == "gain")
    assert (gain["peringkat"] == 1) is ranked and (gain["peringkat"] is None) is not ranked
    assert gain["dari"] == count


@pytest.mark.parametrize(("count", "ranked"), [
    pytest.param(1, False, id="one-dinas"),
    pytest.param(constants.MIN_DINAS_COMPARISON - 1, False, id="below-the-minimum"),
    pytest.param(constants.MIN_DINAS_COMPARISON, True, id="at-the-minimum"),
])
def test_the_gain_ranking_needs_the_minimum(count, ranked):
    rng = np.random.default_rng(4)
    frame = pd.DataFrame({"dinas": np.repeat([f"d{i}" for i in range(count)], 40), "metode": "pelatihan",
                          "kegiatan_id": np.repeat(np.arange(4 * count), 10), "gain": rng.normal(8, 5, 40 * count)})
    rows = pooling.pooled_gain(frame)["per_dinas"]
    assert len(rows) == count
    assert all((row["peringkat"] is not None) is ranked for row in rows)


class _Data:
    def __init__(self, dinas: list[str]):
        self.dinas = dinas


@pytest.mark.parametrize("have", [["kesehatan"], ["kesehatan", "perhubungan", "sosial"]], ids=["one", "three"])
def test_the_registry_coverage_names_the_dinas_without_data(have):
    coverage = dinas_coverage(cast(Any, _Data(have)))
    assert coverage["dinas_registri"] == len(AGENCIES)
    assert coverage["dinas_dengan_data"] == have
    assert len(coverage["dinas_tanpa_data"]) == len(AGENCIES) - len(have)
    assert not set(have) & set(coverage["dinas_tanpa_data"])
    assert coverage["perbandingan_antar_dinas"] is (len(have) >= constants.MIN_DINAS_COMPARISON)


def _hasil(have: list[str]) -> Any:
    data = {"dinas_registri": len(AGENCIES), "dinas_dengan_data": have,
            "dinas_tanpa_data": [s for s in AGENCIES if s not in have],
            "minimum_dinas_perbandingan": constants.MIN_DINAS_COMPARISON,
            "perbandingan_antar_dinas": len(have) >= constants.MIN_DINAS_COMPARISON}
    return {"data": data, "cakupan": {"slug": "provinsi", "nama": "Pemerintah Provinsi DKI Jakarta"}}


@pytest.mark.parametrize(("have", "lang", "expected", "absent"), [
    pytest.param(["kesehatan"], "id", ["dibangun dari data satu dinas saja (Dinas Kesehatan)",
                                       f"1 dari {len(AGENCIES)} dinas provinsi; belum ada data: Pendidikan",
                                       "Perbandingan dan peringkat antar-dinas tidak ditampilkan"], [], id="one-id"),
    pytest.param(["kesehatan"], "en", ["built from the data of one agency only (Health Agency)",
                                       f"1 of the {len(AGENCIES)} provincial agencies"], [], id="one-en"),
    pytest.param(["kesehatan", "perhubungan"], "id",
                 [f"2 dari {len(AGENCIES)} dinas", "tidak ditampilkan: diperlukan data sedikitnya 3 dinas, baru ada 2"],
                 ["satu dinas saja", "Kesehatan,", "Perhubungan,"], id="two-id"),
    pytest.param(list(AGENCIES), "id", [f"semua {len(AGENCIES)} dinas provinsi."], ["tidak ditampilkan",
                                                                                  "belum ada data"], id="all"),
    pytest.param(list(AGENCIES), "en", [f"all {len(AGENCIES)} provincial agencies."], [], id="all-en"),
])
def test_the_province_report_says_what_it_stands_on(have, lang, expected, absent):
    from evalasn.report.words import coverage

    text = " ".join(coverage.province_sentences(_hasil(have), lang))
    for phrase in expected:
        assert phrase in text
    for phrase in absent + ["registri", "registry"]:  # a system word, not the reader's (LOOK9 #4/#22)
        assert phrase not in text


@pytest.mark.parametrize(("have", "said"), [
    pytest.param(list(AGENCIES), False, id="all-dinas-nothing"),
    pytest.param(list(AGENCIES)[:-1], True, id="one-missing-said"),
    pytest.param(["kesehatan", "perhubungan"], True, id="too-few-to-compare-said"),
])
def test_the_summary_says_coverage_only_where_it_informs(have, said):
    """LOOK9 #4: the summary opened with 'Data tersedia untuk semua 21 dinas di registri.'; with every dinas in,
    it says nothing of coverage (1.4 does), otherwise the same sentences as 1.4."""
    from evalasn.report.words import coverage

    hasil = _hasil(have)
    assert coverage.summary_sentences(hasil, "id") == (coverage.province_sentences(hasil, "id") if said else [])
