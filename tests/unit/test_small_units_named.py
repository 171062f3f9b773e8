"""LOOK37 L-4: Dispora's 20 JP step said "mulai dari Suku Dinas Pemuda dan Olahraga Jakarta Selatan dan satu unit
dengan kurang dari 10 PNS" without naming the unit. No rule withholds it: constants.MIN_N (10) is the guard for an
interval, not a privacy threshold; the small units were pooled for their share and their names dropped. The results
now keep the names (`unit_kecil.unit_kerja`, `cakupan_unit_kecil.unit_kerja`, lowest share first) and the steps name
them (jp_rule.small_named), up to constants.SMALL_UNITS_NAMED."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import compliance
from evalasn.report.chapters import coverage_rule, jp_rule


def test_the_results_keep_the_small_units_names_lowest_first():
    rows = ([("dispora", "Bidang Besar", 30.0)] * 20 + [("dispora", "Sekretariat Dinas", 0.0)] * 6
            + [("dispora", "Sekretariat Dinas", 25.0)] * 2 + [("dispora", "Pos Kecil", 0.0)] * 3)
    per_asn = pd.DataFrame(rows, columns=["dinas", "unit_kerja", "jp"])
    small = compliance.coverage_small(per_asn)
    assert small["n_unit"] == 2 and small["unit_kerja"] == ["Pos Kecil", "Sekretariat Dinas"]


SMALL = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 8, "jumlah": 3, "cukup_data": False, "n_unit": 1,
         "unit_kerja": ["Sekretariat Dinas"]}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "; satu unit kecil (< 10 PNS), yaitu Sekretariat Dinas: 3 dari 8 PNS memenuhi 20 JP (37,5%), juga "
           "dengan estimasi di bawah 77,6%"),
    ("en", "; one small unit (< 10 PNS), namely Agency Secretariat (Sekretariat Dinas): 3 of 8 PNS met 20 JP (37.5%), "
           "also with an estimate below 77.6%"),
])
def test_the_20_jp_step_names_the_small_unit(lang, said):
    assert jp_rule._small(SMALL, "77,6%" if lang == "id" else "77.6%", lang) == said


def test_more_small_units_than_are_named_are_counted():
    many = {**SMALL, "n_unit": constants.SMALL_UNITS_NAMED + 1,
            "unit_kerja": [f"Pos {i}" for i in range(constants.SMALL_UNITS_NAMED + 1)]}
    assert jp_rule.small_named(many, "id") == "" and jp_rule.small_named(SMALL, "id") == ", yaitu Sekretariat Dinas"
    assert jp_rule.small_named({k: v for k, v in SMALL.items() if k != "unit_kerja"}, "id") == ""  # older results


def test_the_coverage_table_row_names_the_small_unit():
    share = {"estimasi": 0.75, "ci_bawah": 0.6, "ci_atas": 0.85, "n": 60, "jumlah": 45, "cukup_data": True}
    hasil: Any = {"cakupan": {"slug": "dispora", "nama": "Dinas Pemuda dan Olahraga"},
             "pelaksanaan": {"cakupan_asn": share, "cakupan_unit_terendah": [],
                             "cakupan_unit_kecil": {**SMALL, "jumlah": 2}}}
    assert "satu unit kecil (&lt;\u00a010 ASN), yaitu Sekretariat Dinas" in coverage_rule.coverage_table(hasil, "id")
