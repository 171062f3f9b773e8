"""A real randomised experiment through the impact estimator and the report's words (issue 23.5):
the National Supported Work demonstration, Dehejia & Wahba's (1999) experimental sample (185 trained,
260 controls; earnings in 1975 and 1978; tests/reference/nsw-dehejia-wahba.csv, the treat, re75 and re78
columns of causaldata's nsw_mixtape, MIT licence). Each person is a unit; the training ended in 1977.

The difference in differences is 1,529.196 dollars (the value the independent re-estimation of issue 23
found); declared random (DESAIN=acak) it is called an effect, declared observational it is not, for want
of a pre-trend check that two periods cannot give.
"""

from pathlib import Path
from typing import cast

import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn.analysis import did
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.outcomes import IkmDid, Intervention
from evalasn.report.words import narrative

NSW = Path(__file__).resolve().parents[1] / "reference" / "nsw-dehejia-wahba.csv"
RANDOM: Intervention = {"teks": "NSW", "dipilih": True, "penugasan": "acak", "penjamin": "MDRC"}
OBSERVATIONAL: Intervention = {"teks": "NSW", "dipilih": True}


def _nsw(intervensi: Intervention) -> IkmDid:
    nsw = pd.read_csv(NSW)
    units = [f"P{i:03d}" for i in range(len(nsw))]
    frame = pd.concat([pd.DataFrame({"dinas": "nsw", "unit_kerja": units, "periode": str(year),
                                     "periode_mulai": pd.Timestamp(year, 1, 1),
                                     "periode_selesai": pd.Timestamp(year, 12, 31), "y": nsw[column]})
                       for year, column in ((1975, "re75"), (1978, "re78"))], ignore_index=True)
    pegawai = pd.DataFrame({"pegawai_id": units, "dinas": "nsw", "unit_kerja": units})
    part = pd.DataFrame({"pegawai_id": [u for u, treated in zip(units, nsw["treat"], strict=True) if treated],
                         "kegiatan_id": "NSW", "tanggal_selesai": pd.Timestamp(1977, 6, 30), "jp": 100.0})
    return did.impact(frame, "y", pegawai, part, 1978, intervensi=intervensi)


def _text(result: IkmDid, lang: str) -> str:
    text = narrative.did_ikm(cast(Hasil, {"level4_hasil": {"did_ikm": result}, "data": {"ada_skm": True}}), lang)
    assert text is not None
    return text


def test_the_difference_in_differences_is_the_reference_value():
    effect = _nsw(RANDOM)["efek"]
    assert (effect["unit_dilatih"], effect["unit_pembanding"]) == (185, 260)
    assert effect["estimasi"] == pytest.approx(1529.196, abs=5e-4)
    assert effect["ci_bawah"] is not None and effect["ci_bawah"] > 0


def test_estimate_and_se_are_statsmodels_hc2_on_the_change():
    """Two periods, one row per unit: the DiD is OLS of the change on treatment, and its CR2 SE (clusters
    of one unit) is statsmodels' HC2 on the same data."""
    nsw = pd.read_csv(NSW)
    reference = sm.OLS((nsw["re78"] - nsw["re75"]).to_numpy(), sm.add_constant(nsw["treat"].to_numpy(float))).fit(
        cov_type="HC2")
    effect = _nsw(RANDOM)["efek"]
    assert effect["estimasi"] == pytest.approx(reference.params[1], rel=1e-9)
    assert effect["se"] == pytest.approx(reference.bse[1], rel=1e-9)


@pytest.mark.parametrize("lang,word", [("id", "berdampak"), ("en", "had a positive effect")], ids=["id", "en"])
def test_declared_random_nsw_is_called_an_effect(lang, word):
    result = _nsw(RANDOM)
    assert result["putusan"] == {"boleh_kausal": True, "kode_alasan": []}
    assert word in _text(result, lang)


@pytest.mark.parametrize("lang,word", [("id", "berdampak"), ("en", "had a positive effect")], ids=["id", "en"])
def test_observational_nsw_is_not(lang, word):
    result = _nsw(OBSERVATIONAL)
    assert result["putusan"]["kode_alasan"] == ["tanpa_uji_tren"]
    assert word not in _text(result, lang)
