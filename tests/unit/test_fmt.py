"""Indonesian and English formats of numbers, money, percentages and dates."""

import datetime as dt

import pytest

from evalasn.analysis.contract import Interval
from evalasn.report.words import fmt, phrases

pytestmark = pytest.mark.environment  # dates and number formats: .ci/run runs these again with TZ, LANG set


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
    assert fmt.interval(1.234, 3.456) == "rentang keyakinan 95%: 1,2 s.d. 3,5"
    assert fmt.interval(1.234, 3.456, lang="en") == "95% CI: 1.2 to 3.5"
    assert fmt.p_value(0.0001) == "p < 0,001"


@pytest.mark.parametrize("part,whole,lang,expected", [
    (1, 8, "id", "12,5%"),
    (1, 8, "en", "12.5%"),
    (1, 3, "id", "33,3%"),
    (4, 8, "id", "50%"),
    (0, 5, "id", "0%"),
    (3, 0, "id", None),
], ids=["eighth-keeps-its-decimal", "eighth-english", "third-one-decimal", "half-whole", "none-met", "no-rows"])
def test_a_count_share_has_a_decimal_where_it_has_one(part, whole, lang, expected):
    assert fmt.percent_of(part, whole, lang) == expected


@pytest.mark.parametrize("low,high,decimals,expected", [
    (1.234, 3.456, 1, "rentang keyakinan 95%: 1,2 s.d. 3,5"),
    (1.995, 2.136, 1, "rentang keyakinan 95%: 2,00 s.d. 2,14"),  # 2,0 s.d. 2,1 would hide a width of 0,14
    (3.1291, 3.1334, 2, "rentang keyakinan 95%: 3,1291 s.d. 3,1334"),  # at most two decimals more than asked
    (0.6, 0.6, 2, "rentang keyakinan 95%: 0,60 s.d. 0,60"),  # zero width (all 0 JP): more decimals show nothing
    (-1.52, -1.31, 1, "rentang keyakinan 95%: −1,52 s.d. −1,31"),
], ids=["wide-as-asked", "narrow-one-more", "very-narrow-capped", "zero-width", "negative"])
def test_a_narrow_interval_gets_enough_decimals_to_show_its_width(low, high, decimals, expected):
    assert fmt.interval(low, high, decimals) == expected


@pytest.mark.parametrize("estimate,low,high,expected", [
    (-1.42, -1.52, -1.31, {"besar": "1,42", "arah": "lebih rendah", "ik": "rentang keyakinan 95%: 1,31 s.d. 1,52"}),
    (2.07, 1.995, 2.136, {"besar": "2,07", "arah": "lebih tinggi", "ik": "rentang keyakinan 95%: 2,00 s.d. 2,14"}),
], ids=["drop-said-as-a-size", "rise"])
def test_a_sentence_that_says_the_direction_in_words_gets_the_interval_of_the_size(estimate, low, high, expected):

    e: Interval = {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "n": 100, "cukup_data": True}
    assert phrases.size_with_ci(e, "id") == expected
