"""A dinas whose SKM of the evaluated year was not received (CHECK12 C12-1): its IKM of that year is withheld with
the reason "skm_tidak_diterima" and the last earlier period named, never an earlier period's IKM printed as this
year's, ranked, tested against B or used to judge last year's plan rows."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import attention, ikm, results, trend
from evalasn.analysis.contract.budget import Pooling
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.words import reasons

ELEMENTS = list(constants.IKM_ELEMENTS)


def _survey(periods: tuple[str, ...], level: float = 0.6, seed: int = 3) -> pd.DataFrame:
    """Four service units of one dinas, 12 respondents each per period: answers 1-4 on the nine elements."""
    rng = np.random.default_rng(seed)
    frames = [pd.DataFrame(1 + rng.binomial(3, level, size=(12, len(ELEMENTS))), columns=ELEMENTS)
              .assign(unit_kerja=f"Unit {unit}", periode=period)
              for period in periods for unit in range(4)]
    frame = pd.concat(frames, ignore_index=True)
    return frame.assign(dinas="kominfotik", responden_id=[f"R{i}" for i in range(len(frame))])


def _sections(periods: tuple[str, ...], tahun: int = 2025, level: float = 0.6) -> Any:
    """The parts of one scope's results key_figures and attention.findings read (inline, as the model writes)."""
    rows = ikm.by_period(_survey(periods, level)) if periods else []
    return {"tahun": tahun, "level4_hasil": {"ikm_per_periode": rows},
            "pelaksanaan": {"cakupan_asn": None, "jp_20": {"keseluruhan": {"jumlah": 0, "n": 0, "cukup_data": False}},
                            "realisasi_anggaran": []},
            "level2_pembelajaran": {"keseluruhan": None}, "anggaran_vs_peningkatan": {"biaya_per_poin_semua": None}}


@pytest.mark.parametrize("periods,expected", [
    (("2024-S1", "2024-S2"), "withheld"),
    (("2024-S2", "2025-S1"), "2025-S1"),
    (("2025-S2",), "2025-S2"),
    ((), None),
], ids=["previous-year-only", "this-year-too", "this-year-only", "no-survey"])
def test_the_key_ikm_comes_only_from_the_evaluated_year(periods, expected):
    figure = results.key_figures(_sections(periods))["ikm"]
    if expected is None:
        assert figure is None
    elif expected == "withheld":
        assert figure is not None and figure["estimasi"] is None and not figure["cukup_data"]
        assert figure["alasan"] == results.IKM_NOT_RECEIVED and figure["periode"] == "2025"
        assert figure["terakhir"]["periode"] == "2024-S2" and figure["terakhir"]["estimasi"] is not None
    else:
        assert figure is not None and figure["periode"] == expected and figure["cukup_data"]


def test_a_previous_year_ikm_is_neither_ranked_nor_tested_against_b():
    """The old key figure and attention test read the last period whatever its year: Kominfotik's 2024-S2 IKM was
    ranked 1-3 of 3 among other dinas' 2025 surveys and named below B in the province's 2025 finding."""
    scopes = {"kominfotik": _sections(("2024-S2",), level=0.45),
              **{f"d{k}": _sections(("2025-S2",), level=0.6 + 0.05 * k) for k in range(3)}}
    ranked = trend.ranks({slug: results.key_figures(res) for slug, res in scopes.items()}, "ikm")
    assert set(ranked) == {"d0", "d1", "d2"} and all(r["dari"] == 3 for r in ranked.values())
    found = attention.findings({**scopes, PROVINCE_SLUG: _sections(("2025-S2",))},
                               Pooling(metode="mixedlm", per_dinas=[]))  # type: ignore[typeddict-item]
    assert "kominfotik" not in {test["dinas"] for test in found["uji"] if test["temuan"] == "ikm"}
    assert {test["dinas"] for test in found["uji"] if test["temuan"] == "ikm"} == {"d0", "d1", "d2"}


@pytest.mark.parametrize("lang,said,brief", [
    ("id", "SKM 2025 tidak diterima (terakhir 2024-S2: 75,39; rentang keyakinan 95%: 73,41 s.d. 77,37; "
           "92 responden)", "SKM 2025 tidak diterima"),
    ("en", "no 2025 SKM was received (latest 2024-S2: 75.39; 95% CI: 73.41 to 77.37; 92 respondents)",
     "no 2025 SKM received"),
], ids=["id", "en"])
def test_the_reason_names_the_missing_year_and_the_last_period(lang, said, brief):
    last = {"n": 92, "estimasi": 75.3925, "ci_bawah": 73.4145, "ci_atas": 77.3706, "cukup_data": True,
            "kategori": "C", "label": "Kurang Baik", "kategori_bawah": "C", "kategori_atas": "B", "periode": "2024-S2"}
    withheld = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "kategori": None,
                "periode": "2025", "alasan": results.IKM_NOT_RECEIVED, "terakhir": last}
    assert reasons.reason(withheld, lang) == said
    assert reasons.short(withheld, lang) == brief
