"""The coverage step starts with the units too small to rank when every ranked unit is at or above the dinas's own
coverage (CHECK11 C11-2: 12 of Sumber Daya Air's 13 ASN without any activity were in four units of 3 ASN)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from evalasn.analysis import compliance
from evalasn.report.chapters import coverage_rule


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
    pytest.param(POS_POMPA, "id", "4 unit kecil (< 10 ASN) bersama-sama: 0,0% (0,0–24,3; 12 ASN), dengan estimasi di "
                                  "bawah 78,3%",
                 "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, dimulai dari 4 unit kecil "
                 "dengan kurang dari 10 ASN", id="sda-four-pump-units-id"),
    pytest.param(FEW, "en", "the 2 small units (< 10 staff) together: 1 of 6 staff took part (16.7%), with an "
                            "estimate below 78.3%",
                 "Schedule at least one activity for staff who have taken none, starting with the 2 small units "
                 "with fewer than 10 staff", id="too-few-for-an-interval-en"),
    pytest.param({**FEW, "n_unit": 1}, "id", "satu unit kecil (< 10 ASN): 1 dari 6 ASN ikut (16,7%), dengan estimasi "
                                             "di bawah 78,3%",
                 "dimulai dari satu unit kecil dengan kurang dari 10 ASN", id="one-small-unit-id"),
    pytest.param({**POS_POMPA, "estimasi": 0.9, "jumlah": 11}, "id", "", "di setiap unit",
                 id="small-units-above-the-figure-not-said"),
    pytest.param(None, "id", "", "di setiap unit", id="results-without-the-field"),
])
def test_the_coverage_step_starts_with_the_small_units_below_the_figure(small, lang, said, step):
    hasil = _sda(small)
    assert _plain(coverage_rule.coverage_small(hasil, lang)) == said
    assert step in _plain(coverage_rule.coverage_action(hasil, lang, 100.0))


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u2060", "")


def _with_ranked_below(small: Any) -> Any:
    """Set D's Sumber Daya Air with Suku Dinas SDA Selatan at 50,0%, below the dinas's 78,3%."""
    hasil = _sda(small)
    hasil["pelaksanaan"]["cakupan_unit_terendah"][0]["cakupan"] = _share(0.5, 0.25, 0.75, 12)
    return hasil


@pytest.mark.parametrize(("small", "lang", "text", "action", "brief"), [
    pytest.param(POS_POMPA, "id", "dimulai dari unit dengan cakupan terendah: Suku Dinas SDA Selatan 50,0% (25,0–75,0; "
                 "12 ASN); 4 unit kecil (< 10 ASN) bersama-sama: 0,0% (0,0–24,3; 12 ASN), juga dengan estimasi di "
                 "bawah 78,3% (BAB II[[tabel:cakupan-unit]]).",
                 "dimulai dari unit dengan cakupan terendah: Suku Dinas SDA Selatan, serta 4 unit kecil bersama-sama "
                 "(kurang dari 10 ASN) yang estimasi cakupannya juga di bawah 78,3%",
                 "mulai dari Suku Dinas SDA Selatan dan 4 unit dengan kurang dari 10 ASN (BAB IX, 9.2).",
                 id="a-ranked-unit-and-the-small-units-id"),
    pytest.param(POS_POMPA, "en", "starting with the units with the lowest coverage: “Suku Dinas SDA Selatan” 50.0% "
                 "(25.0–75.0; 12 staff); 4 small units (< 10 staff) together: 0.0% (0.0–24.3; 12 staff), also with an "
                 "estimate below "
                 "78.3% (Chapter II[[tabel:cakupan-unit]]).",
                 "starting with the units with the lowest coverage: “Suku Dinas SDA Selatan”, and the 4 small units "
                 "together (fewer than 10 staff), whose coverage estimate is also below 78.3%",
                 "starting with “Suku Dinas SDA Selatan” and the 4 units with fewer than 10 staff (Chapter IX, 9.2).",
                 id="a-ranked-unit-and-the-small-units-en"),
    pytest.param({**POS_POMPA, "estimasi": 0.9, "jumlah": 11}, "id", "dimulai dari unit dengan cakupan terendah: Suku "
                 "Dinas SDA Selatan 50,0% (25,0–75,0; 12 ASN) (BAB II[[tabel:cakupan-unit]]).",
                 "dimulai dari unit dengan cakupan terendah: Suku Dinas SDA Selatan",
                 "mulai dari Suku Dinas SDA Selatan (BAB IX, 9.2).", id="small-units-above-the-figure-not-said"),
])
def test_the_coverage_advice_follows_the_20_jp_rule_for_small_units(small, lang, text, action, brief):
    """LOOK12 K-6: the 20 JP advice said where the small units below the dinas's figure are, its coverage sibling only
    when no ranked unit was below the figure; both now say it whenever the small units together are below it (and
    one unit is named, not counted: K-5)."""
    said, step, short = coverage_rule.coverage_recommendation(_with_ranked_below(small), lang, 100.0)
    assert _plain(said).endswith(text), said
    assert _plain(step).endswith(action), step
    assert _plain(short).endswith(brief), short
    assert "Pusat" not in said and "Pusat" not in step  # 100%: above the figure


def test_the_units_under_ten_asn_are_counted_together_for_coverage():
    """analysis.compliance.coverage_small: units with fewer than MIN_N ASN, their ASN who took part, together."""
    per_asn = pd.DataFrame({"dinas": "sumber-daya-air",
                            "unit_kerja": ["Besar"] * 12 + ["Pompa A"] * 3 + ["Pompa B"] * 3 + ["Pompa C"] * 6,
                            "jp": [8.0] * 12 + [0.0] * 3 + [0.0, 0.0, 4.0] + [6.0] * 6})
    small = compliance.coverage_small(per_asn)
    # Pompa C (6 of 6) is above the dinas's 79,2%: not pooled with those below it (CHECK12 C12-10)
    assert (small["n_unit"], small["n"], small["jumlah"]) == (2, 6, 1)
    assert not small["cukup_data"]  # 6 ASN: a count, no interval


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut (1 dari 27 ASN; cakupan kini 96,3%; "
           "target 100,0%), dimulai dari satu unit kecil (< 10 ASN): 8 dari 9 ASN ikut (88,9%), dengan estimasi di "
           "bawah 96,3%; semua "
           "unit kurang dari 10 ASN."),
    ("en", "Schedule at least one activity for staff who have taken none (1 of 27 staff; coverage now 96.3%; target "
           "100.0%), starting with the one small unit (< 10 staff): 8 of 9 staff took part (88.9%), with an estimate "
           "below 96.3%; every "
           "unit has fewer than 10 staff."),
], ids=["id", "en"])
def test_a_dinas_of_small_units_only_says_how_many_are_left_not_that_no_larger_unit_is_below(lang, text):
    """CHECK13 D13-7, set F PPAPP (three units of 9 ASN): '… 3 unit kecil … 96,3% (81,7–99,3; 27 ASN), di bawah 96,3%,
    sedangkan tidak ada unit yang lebih besar di bawah angka itu' — a figure below itself and larger units that do not
    exist."""
    hasil: Any = {"cakupan": {"slug": "ppapp", "jenis": "dinas"},
                  "pelaksanaan": {"cakupan_asn": _share(26 / 27, 0.817, 0.993, 27), "cakupan_unit_terendah": [],
                                  "cakupan_unit_kecil": {**FEW, "n": 9, "jumlah": 8, "n_unit": 1}}}
    said, _step, _short = coverage_rule.coverage_recommendation(hasil, lang, 100.0)
    assert _plain(said) == text
