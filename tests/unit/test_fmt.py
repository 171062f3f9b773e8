"""Indonesian and English formats of numbers, money, percentages and dates."""

import datetime as dt

import pytest

from evalasn.report import fmt


@pytest.mark.parametrize("value,decimals,lang,expected", [
    (1234567.891, 2, "id", "1.234.567,89"),
    (1234567.891, 2, "en", "1,234,567.89"),
    (12.5, 1, "id", "12,5"),
    (-3.25, 1, "id", "−3,2"),
    (-0.01, 1, "id", "0,0"),
    (None, 1, "id", "–"),
    (float("nan"), 1, "id", "–"),
], ids=["id-thousands", "en-thousands", "id-decimal", "negative-minus-sign", "no-negative-zero", "none", "nan"])
def test_number(value, decimals, lang, expected):
    assert fmt.number(value, decimals, lang) == expected


@pytest.mark.parametrize("value,lang,expected", [
    (1.2e9, "id", "Rp 1,2 miliar"),
    (450e6, "id", "Rp 450 juta"),
    (12_500, "id", "Rp 12.500"),
    (2.5e12, "id", "Rp 2,5 triliun"),
    (1.2e9, "en", "Rp 1.2 billion"),
    (345e9, "id", "Rp 345 miliar"),
], ids=["miliar", "juta", "below-million-in-full", "triliun", "english-billion", "hundreds-no-decimal"])
def test_rupiah(value, lang, expected):
    assert fmt.rupiah(value, lang) == expected


def test_percent_share_date_and_interval():
    assert fmt.percent(12.5) == "12,5%"
    assert fmt.share(0.125) == "12,5%"
    assert fmt.date(dt.date(2026, 11, 28)) == "28 November 2026"
    assert fmt.date("2025-03-01", "en") == "1 March 2025"
    assert fmt.interval(1.234, 3.456) == "IK 95%: 1,2 s.d. 3,5"
    assert fmt.interval(1.234, 3.456, lang="en") == "95% CI: 1.2 to 3.5"
    assert fmt.p_value(0.0001) == "p < 0,001"
