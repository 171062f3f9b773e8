"""A dinas whose own comparison does not earn the causal word, beside the province's that does for the same declared
intervention (CHECK10 C10-1, C10-2): the dinas finding says its own estimate, then the province's with its units and
where to read it; its recommendation points to the province's row and its plan has no measurement row whose target
exceeds the dinas's units."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.analysis import model
from evalasn.analysis.contract import Hasil
from evalasn.report.chapters import plan
from evalasn.report.words import province_impact

PROVINCE = {"teks": "layanan prima", "ambang_persen_dilatih": 50.0, "estimasi": 4.926657, "ci_bawah": 3.428578,
            "ci_atas": 6.424736, "unit_dilatih": 25, "unit_pembanding": 23}


def _did(earned: bool, teks: str = "layanan prima", codes: tuple[str, ...] = ("uji_tren_lemah",)) -> Any:
    return {"tersedia": True, "intervensi": {"teks": teks, "dipilih": bool(teks)}, "ambang_persen_dilatih": 50.0,
            "efek": {"estimasi": 7.54, "ci_bawah": 4.86, "ci_atas": 10.22, "cukup_data": True, "unit_dilatih": 4,
                     "unit_pembanding": 4},
            "putusan": {"boleh_kausal": earned, "kode_alasan": [] if earned else list(codes)}}


def _hasil(did: Any, province: Any = PROVINCE) -> Hasil:
    return cast(Hasil, {"level4_hasil": {"did_ikm": did},
                        "perbandingan_provinsi": {"dampak_provinsi": province} if province else {}})


@pytest.mark.parametrize("did,province,cited", [
    (_did(False), PROVINCE, True),
    (_did(False, codes=("selang_memuat_nol",)), PROVINCE, True),
    (_did(True), PROVINCE, False),
    (_did(False), None, False),
    (_did(False, teks="coaching"), PROVINCE, False),
    (_did(False, teks=""), PROVINCE, False),
], ids=["weak-pretrend", "interval-has-zero", "own-earned", "province-not-earned", "other-intervention",
        "none-declared"])
def test_the_province_s_earned_estimate_only_beside_an_unearned_own_one(did, province, cited):
    assert (province_impact.earned_elsewhere(_hasil(did, province)) is not None) is cited


@pytest.mark.parametrize("lang,expected", [
    ("id", "Di tingkat provinsi, dengan 48 unit (25 dilatih, 23 pembanding; unit dinas ini termasuk di dalamnya), "
           "pelatihan “layanan prima” berdampak positif menurut desain yang sama: IKM naik 4,93 poin lebih banyak "
           "daripada di unit pembanding (rentang keyakinan 95%: 3,43 s.d. 6,42); rinciannya di BAB III laporan "
           "provinsi (3.4)."),
    ("en", "At province level, with 48 units (25 trained, 23 comparison; this agency's units among them), the "
           "“layanan prima” training had a positive effect by the same design: the IKM rose 4.93 points more than "
           "in comparison units (95% CI: 3.43 to 6.42); details in Chapter III of the province report (3.4)."),
], ids=["id", "en"])
def test_the_dinas_finding_names_the_province_s_estimate(lang, expected):
    assert province_impact.sentence(_hasil(_did(False)), lang).strip() == expected


def test_no_measurement_row_of_the_dinas_own_where_the_province_earned_it():
    """C10-1: 'Unit dalam perbandingan dampak … 8 → ≥ 20' in an agency of 8 units; C10-2: Sosial (uji_tren_lemah)
    recommended measuring with no row, DPMPTSP the same with one: now neither has one, the text says why."""
    issued = plan.MEASURED["rec_did_measure"].issued
    assert not issued(_hasil(_did(False)))
    assert issued(_hasil(_did(False), None))


def test_the_model_passes_on_only_an_earned_province_estimate():
    did = _did(True)
    did["efek"] |= {"estimasi": 4.926657, "ci_bawah": 3.428578, "ci_atas": 6.424736, "unit_dilatih": 25,
                    "unit_pembanding": 23}
    assert model.province_impact(did) == PROVINCE
    assert model.province_impact(_did(False)) is None
    assert model.province_impact(_did(True) | {"intervensi": {"teks": "", "dipilih": False}}) is None
