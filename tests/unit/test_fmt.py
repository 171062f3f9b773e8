"""Indonesian and English formats of numbers, money, percentages and dates."""

import datetime as dt

import pytest

from evalasn import constants
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
    (1.2e9, "id", "Rp 1,20 miliar"),
    (450e6, "id", "Rp 450 juta"),
    (12_500, "id", "Rp 12.500"),
    (2.5e12, "id", "Rp 2,50 triliun"),
    (1.2e9, "en", "Rp 1.20 billion"),
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


@pytest.mark.parametrize("kind,low,high,expected", [
    ("poin_tes", 1.234, 3.456, "1,2 s.d. 3,5"),
    ("poin_tes", 1.995, 2.136, "2,0 s.d. 2,1"),  # narrow: no more decimals than a wide one (REVIEW3 24)
    ("poin_tes", -1.52, -1.31, "−1,5 s.d. −1,3"),
    ("skor_1_5", 3.9213, 3.9452, "3,92 s.d. 3,95"),  # the province's reaction, as an agency's '3,80 s.d. 3,87'
    ("koefisien", 0.987, 1.018, "0,99 s.d. 1,02"),
    ("perilaku_per_10", 0.572, 0.604, "0,57 s.d. 0,60"),
    ("proporsi", 0.845, 0.861, "84,5% s.d. 86,1%"),
    ("persen", 91.04, 98.2, "91,0% s.d. 98,2%"),
    ("ikm", 77.5, 78.681, "77,50 s.d. 78,68"),
    ("skor_1_4", 2.981, 3.0645, "2,9810 s.d. 3,0645"),  # an SKM element as BAB VI prints it: as 3,0644
    ("jp", 0.6, 0.6, "0,6 s.d. 0,6"),  # zero width (all 0 JP): the kind's decimals
    ("rp_per_poin", 230943.0, 2301234.0, "Rp 230.943 s.d. Rp 2.301.234"),  # one unit per interval
    ("rp", 90.1e6, 250e6, "Rp 90,1 juta s.d. Rp 250,0 juta"),
], ids=["points-wide", "points-narrow", "points-negative", "score-1-5", "coefficient", "behaviour-per-10",
        "share-in-percent", "percent", "ikm", "element-beside-threshold", "zero-width", "cost-per-point-one-unit",
        "budget-one-scale"])
def test_an_interval_prints_with_its_kinds_decimals_whatever_its_width(kind, low, high, expected):
    assert fmt.interval(low, high, kind) == f"rentang keyakinan 95%: {expected}"


@pytest.mark.parametrize("kind", sorted(constants.DECIMALS))
def test_every_kind_of_figure_is_a_documented_unit_of_the_results_contract(kind):
    from evalasn.analysis.contract.doc import UNITS

    assert kind in UNITS


def test_every_unit_an_estimate_is_printed_in_has_its_decimals():
    """Each unit of an object with an estimate and 95% interval in hasil.json (contract.walk) is a kind of figure
    with its decimals declared (constants.DECIMALS), or money (fmt.rupiah_alike)."""
    from evalasn.analysis.contract import walk

    units = {doc.unit for doc in walk.object_docs().values()} - {"-", "lihat_objek", "teks"}
    assert units <= set(constants.DECIMALS) | set(fmt.MONEY_KINDS), units - set(constants.DECIMALS)


@pytest.mark.parametrize("estimate,low,high,expected", [
    (-1.42, -1.52, -1.31, {"besar": "1,4", "arah": "lebih rendah", "ik": "rentang keyakinan 95%: 1,3 s.d. 1,5"}),
    (2.07, 1.995, 2.136, {"besar": "2,1", "arah": "lebih tinggi", "ik": "rentang keyakinan 95%: 2,0 s.d. 2,1"}),
], ids=["drop-said-as-a-size", "rise"])
def test_a_sentence_that_says_the_direction_in_words_gets_the_interval_of_the_size(estimate, low, high, expected):

    e: Interval = {"estimasi": estimate, "ci_bawah": low, "ci_atas": high, "n": 100, "cukup_data": True}
    assert phrases.size_with_ci(e, "id") == expected
