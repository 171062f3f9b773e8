"""LOOK35b H-7: every Indonesian word of a plan row code the English report prints is in its list of abbreviations:
PORSI, printed as the family "PORSI-…", and DINAS of the province's IKM-CD-DINAS were missing; CD is a code, not an
Indonesian word."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import plan_indicators
from evalasn.report.words import abbreviations

# code parts that are English (or an abbreviation with its own entry): no gloss as an Indonesian word
ENGLISH_PARTS = {"DATA", "STOP", "IKM", "PPPK", "JP"}


@pytest.mark.parametrize(("text", "word"), [
    pytest.param("the rows BIAYA-POIN, PORSI-… and RESISTENSI", "PORSI", id="a-family-of-codes"),
    pytest.param("row IKM-CD-DINAS: 0 agencies", "DINAS", id="the-provinces-agency-row"),
    pytest.param("row IKM-CD-DINAS: 0 agencies", "CD", id="categories-code"),
])
def test_a_printed_code_word_is_in_the_list(text, word):
    listed = dict(abbreviations.used(text, "en"))
    assert word in listed, listed
    assert ("kept in Indonesian" in listed[word]) == (word not in abbreviations.NOT_INDONESIAN)


def test_every_word_of_the_plans_codes_is_glossed():
    codes = {code for measure in plan_indicators.MEASURED.values()
             for code in (measure.code, getattr(measure, "province_code", None) or "") if code}
    parts = {part for code in codes for part in code.split("-") if part}
    missing = parts - set(abbreviations.ROW_CODE_WORDS) - set(abbreviations.ABBREVIATIONS) - ENGLISH_PARTS
    assert not missing, missing
