"""A dinas with one service unit: that unit's IKM is the dinas's, which from fewer than MIN_CLUSTERS units has no
interval and no category in the key figures; the summary follows the same rule and does not judge the unit "mungkin
di bawah B" on its respondents' interval (CHECK12 C12-4: set E Gulkarmat, 40 answers, "75,28 (rentang keyakinan 95%:
73,03 s.d. 77,53)" in the summary, "75,28 (tanpa rentang) … belum dapat dinilai" in Tabel 1)."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import ikm_units, key_findings


def _unit(name: str, estimasi: float, low: float, high: float, dinas: str | None = None) -> dict[str, Any]:
    letter = lambda v: "B" if round(v, 2) >= 76.61 else "C"  # noqa: E731
    return {"unit_kerja": name, "periode": "2025-S2", "estimasi": estimasi, "ci_bawah": low, "ci_atas": high,
            "cukup_data": True, "n": 40, "kategori": letter(estimasi), "kategori_bawah": letter(low),
            "kategori_atas": letter(high), **({"dinas": dinas} if dinas else {})}


def _own(units: int) -> dict[str, Any]:
    """The dinas's own IKM record of the period: from one unit withheld, with its mean (analysis.ikm.summarise)."""
    if units >= 3:
        return {"periode": "2025-S2", "cukup_data": True, "n_unit_layanan": units}
    return {"periode": "2025-S2", "n": 40, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
            "alasan": "unit_kurang_klaster", "n_unit_layanan": units, "rata_ikm": 75.277778}


def _dinas(*units: dict[str, Any]) -> Any:
    return {"cakupan": {"jenis": "dinas"}, "komunikasi": {"periode": "2025-S2"},
            "level4_hasil": {"ikm_unit": list(units), "ikm_per_periode": [_own(len(units))]}}


@pytest.mark.parametrize(("units", "judged"), [
    pytest.param([_unit("Seksi Penanggulangan Kebak Pusat", 75.28, 73.03, 77.53)], [], id="one-unit-maybe-below-b"),
    pytest.param([_unit("Seksi Pusat", 70.1, 66.0, 74.0)], [], id="one-unit-whole-interval-in-c"),
    pytest.param([_unit("Seksi Pusat", 75.28, 73.03, 77.53), _unit("Seksi Barat", 80.0, 78.0, 82.0)],
                 ["Seksi Pusat"], id="two-units-each-its-own-figure"),
])
def test_the_one_unit_of_a_dinas_is_judged_as_the_key_figure_judges_the_dinas(units, judged):
    hasil = _dinas(*units)
    assert [row.name for row in ikm_units.ikm_below_b(hasil)] == judged
    found = key_findings.poor_service(hasil, [], "id")
    assert (found is None) == (not judged)
    if found is None:
        assert ikm_units.ikm_below_b_count(hasil) is None  # nothing judged, not "0 units below B"


def test_the_province_does_not_judge_a_dinas_s_only_unit_either():
    hasil: Any = {"cakupan": {"jenis": "provinsi"}, "komunikasi": {"periode": "2025-S2"},
                  "perbandingan_dinas": [{"dinas": "gulkarmat", "ikm": _own(1)}, {"dinas": "sosial", "ikm": _own(2)}],
                  "level4_hasil": {"ikm_unit": [_unit("Seksi Pusat", 70.1, 66.0, 74.0, "gulkarmat"),
                                                _unit("Seksi A", 70.1, 66.0, 74.0, "sosial"),
                                                _unit("Seksi B", 80.0, 78.0, 82.0, "sosial")]}}
    assert [(row.name, row.of) for row in ikm_units.units_below_b(hasil)] == [("Seksi A", "sosial")]
