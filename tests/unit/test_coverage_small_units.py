"""The coverage step starts with the units too small to rank when every ranked unit is at or above the dinas's own
coverage (CHECK11 C11-2: 12 of Sumber Daya Air's 13 ASN without any activity were in four units of 3 ASN)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from evalasn.analysis import compliance
from evalasn.report.chapters import rules


def _share(value: float, low: float, high: float, n: int) -> Any:
    return {"n": n, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None, "cukup_data": True,
            "jumlah": round(value * n)}


def _sda(small: Any) -> Any:
    """Set D's Sumber Daya Air: coverage 78,3% of 60 ASN; its four ranked units at 91,7% and 100%."""
    ranked = [{"dinas": "sumber-daya-air", "unit_kerja": f"Suku Dinas SDA {w}", "cakupan": _share(v, lo, 1.0, 12)}
              for w, v, lo in (("Selatan", 0.917, 0.646), ("Barat", 1.0, 0.758), ("Pusat", 1.0, 0.758),
                               ("Utara", 1.0, 0.758))]
    return {"cakupan": {"slug": "sumber-daya-air", "jenis": "dinas"},
            "pelaksanaan": {"cakupan_asn": _share(0.783, 0.664, 0.869, 60), "cakupan_unit_terendah": ranked,
                            **({"cakupan_unit_kecil": small} if small else {})}}


POS_POMPA = {**_share(0.0, 0.0, 0.243, 12), "n_unit": 4}
FEW = {"n": 6, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False, "jumlah": 1,
       "n_unit": 2}


@pytest.mark.parametrize(("small", "lang", "said", "step"), [
    pytest.param(POS_POMPA, "id", "unit dengan kurang dari 10 ASN, yang tidak diurutkan sendiri (4 unit): bersama "
                 "0,0% (0,0–24,3; 12 ASN), di bawah 78,3%",
                 "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, dimulai dari unit dengan kurang "
                 "dari 10 ASN", id="sda-four-pump-units-id"),
    pytest.param(FEW, "en", "the units with fewer than 10 staff, not ranked on their own (2 units): together 1 of 6 "
                 "staff took part, below 78.3%",
                 "Schedule at least one activity for staff who have taken none, starting with the units with fewer "
                 "than 10 staff", id="too-few-for-an-interval-en"),
    pytest.param({**POS_POMPA, "estimasi": 0.9, "jumlah": 11}, "id", "", "di setiap unit",
                 id="small-units-above-the-figure-not-said"),
    pytest.param(None, "id", "", "di setiap unit", id="results-without-the-field"),
])
def test_the_coverage_step_starts_with_the_small_units_below_the_figure(small, lang, said, step):
    hasil = _sda(small)
    assert rules.coverage_small(hasil, lang).replace("\xa0", " ").replace("\u2060", "") == said
    assert step in rules.coverage_action(hasil, lang, 100.0)


def test_the_units_under_ten_asn_are_counted_together_for_coverage():
    """analysis.compliance.coverage_small: units with fewer than MIN_N ASN, their ASN who took part, together."""
    per_asn = pd.DataFrame({"dinas": "sumber-daya-air",
                            "unit_kerja": ["Besar"] * 12 + ["Pompa A"] * 3 + ["Pompa B"] * 3 + ["Pompa C"] * 6,
                            "jp": [8.0] * 12 + [0.0] * 3 + [0.0, 0.0, 4.0] + [6.0] * 6})
    small = compliance.coverage_small(per_asn)
    assert (small["n_unit"], small["n"], small["jumlah"]) == (3, 12, 7)
    low, high = small["ci_bawah"], small["ci_atas"]
    assert small["cukup_data"] and low is not None and high is not None and low < 7 / 12 < high
