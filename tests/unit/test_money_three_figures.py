"""LOOK35 H-3: Lingkungan Hidup's 2025 ceiling of Rp 1.062.000.000 printed 'Rp 1,1 miliar' beside 'Rp 845 juta
terealisasi ... (realisasi anggaran 79,5%)', and 845 / 1.100 is 76,8%; G-11(a): the province's 'Rp 3,1 miliar …
Rp 676 juta … Rp 1,1 miliar; bersama Rp 4,8 miliar' added up to 4,9 as printed. Money in a scale word keeps three
significant figures (fmt.MONEY_SIGNIFICANT), the smallest of amounts shown together too."""

from __future__ import annotations

import pytest

from evalasn.report.words import fmt


@pytest.mark.parametrize(("value", "lang", "expected"), [
    pytest.param(1_062_000_000, "id", "Rp 1,06 miliar", id="lh-ceiling-id"),
    pytest.param(1_062_000_000, "en", "Rp 1.06 billion", id="lh-ceiling-en"),
    pytest.param(844_508_000, "id", "Rp 845 juta", id="three-figures-already"),
    pytest.param(21_200_000_000, "id", "Rp 21,2 miliar", id="province-tens-of-billions-unchanged"),
    pytest.param(3_076_673_000, "id", "Rp 3,08 miliar", id="province-part"),
    pytest.param(4_835_312_000, "id", "Rp 4,84 miliar", id="province-total"),
    pytest.param(1_375_470, "id", "Rp 1,38 juta", id="millions"),
    pytest.param(48_200_000, "id", "Rp 48,2 juta", id="tens-of-millions"),
    pytest.param(405_194, "id", "Rp 405.194", id="below-a-million-in-full"),
])
def test_money_keeps_three_significant_figures(value, lang, expected):
    assert fmt.rupiah(value, lang) == expected


def test_printed_ceiling_and_realisation_give_the_printed_share():
    """845 / 1.060 (as printed) is 79,7%, within the rounding of the printed 79,5%; 845 / 1.100 was 76,8%."""
    ceiling, realised = 1_062_000_000, 844_508_000
    printed = float(fmt.rupiah(ceiling, "en").split()[1]) * 1e9, float(fmt.rupiah(realised, "en").split()[1]) * 1e6
    assert abs(printed[1] / printed[0] - realised / ceiling) < 0.005


def test_parts_add_to_their_total_as_printed():
    parts = (3_076_673_000, 676_160_000, 1_082_479_000)
    shown = [fmt.rupiah(part, "en") for part in parts]
    assert shown == ["Rp 3.08 billion", "Rp 676 million", "Rp 1.08 billion"]
    total = fmt.rupiah(sum(parts), "en")
    assert total == "Rp 4.84 billion"
    assert round(3.08 + 0.676 + 1.08, 2) == 4.84


@pytest.mark.parametrize(("values", "expected"), [
    pytest.param((1.2e9, 8e8, 1.6e9), ["Rp 1.200 juta", "Rp 800 juta", "Rp 1.600 juta"], id="scale-of-the-smallest"),
    pytest.param((2.5e9, 1.06e9, 4.1e9), ["Rp 2,50 miliar", "Rp 1,06 miliar", "Rp 4,10 miliar"],
                 id="one-decimals-for-all-three-figures-for-the-smallest"),
])
def test_amounts_shown_together_share_scale_and_decimals(values, expected):
    assert fmt.rupiah_alike(values, "id") == expected
