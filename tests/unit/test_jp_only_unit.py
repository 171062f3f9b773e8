"""A dinas whose PNS are all in one work unit is not told to "start from" that unit, and gets no "lowest units" table
of one (CHECK15 E15-10, set H: Sumber Daya Air "Naikkan pemenuhan 20 JP (kini 57,1%; target 100%), mulai dari Unit
Pengelola Pompa dan Pintu Air Manggarai", Tabel 3 holding that unit with the dinas's own figures)."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.report.chapters import jp_rule
from evalasn.report.words.text import t

UNIT = "Unit Pengelola Pompa dan Pintu Air Manggarai"


def _hasil(units: list[tuple[str, int, float]], slug: str = "sumber-daya-air", small_units: int = 0) -> Any:
    share = {"n": 14, "estimasi": 0.571429, "ci_bawah": 0.325906, "ci_atas": 0.786192, "p": None, "cukup_data": True,
             "jumlah": 8}
    ranked = [{"dinas": slug, "unit_kerja": name, "n": n, "persen_memenuhi": pct, "persen_bawah": pct - 20,
               "persen_atas": pct + 20, "rata_jp": 23.7} for name, n, pct in units]
    small = {"n": 4 if small_units else 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
             "cukup_data": False, "jumlah": 1 if small_units else 0, "n_unit": small_units}
    return cast(Any, {"cakupan": {"slug": slug, "nama": "Dinas Sumber Daya Air", "jenis": "dinas"},
                      "pelaksanaan": {"jp_20": {"keseluruhan": share, "unit_terendah": ranked, "unit_kecil": small,
                                                "rata_jp_asn": {"cukup_data": False}},
                                      "cakupan_asn": {"cukup_data": False}}})


@pytest.mark.parametrize(("units", "small", "alone"), [
    pytest.param([(UNIT, 14, 57.142857)], 0, True, id="one-unit-all-pns"),
    pytest.param([(UNIT, 10, 50.0)], 1, False, id="one-ranked-and-a-small-unit"),
    pytest.param([(UNIT, 7, 42.9), ("Seksi B", 7, 71.4)], 0, False, id="two-units"),
])
def test_only_unit(units, small, alone):
    assert (jp_rule.only_unit(_hasil(units, small_units=small)) is not None) is alone


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_one_unit_dinas_is_not_told_to_start_from_it(lang):
    text, action, brief = jp_rule.recommendation(_hasil([(UNIT, 14, 57.142857)]), lang, 100.0)
    start = "mulai dari" if lang == "id" else "starting with"
    for said in (text, action, brief):
        assert start not in said and t("jp_start_units", lang, persen="", unit="")[:8] not in said, said  # old: both
        assert UNIT in said
    only = "satu-satunya unit kerja dinas ini" if lang == "id" else "the agency's only work unit"
    assert only in text and only in action and only in brief


def test_two_units_still_start_from_the_lowest():
    text, action, _ = jp_rule.recommendation(_hasil([(UNIT, 7, 42.9), ("Seksi B", 7, 71.4)]), "id", 100.0)
    assert "utamakan unit dengan estimasi di bawah" in text and UNIT in text
    assert "mulai dari unit dengan estimasi di bawah" in action
