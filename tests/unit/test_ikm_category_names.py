"""LOOK35b H-5: one set of IKM category names per language (constants.IKM_CATEGORIES, PermenPAN-RB 14/2017) in the
PDF's glossary, the workbook's cells and its Definitions sheet: the English workbook called C "Poor" and its
Definitions gave the names in Indonesian, where the glossary called D "poor"."""

from __future__ import annotations

import pytest

from evalasn import constants
from evalasn.analysis.contract.fields import FIELDS
from evalasn.report.formats import workbook
from evalasn.report.words.text import GLOSSARY

NAMES = {"id": [label for _, _, label, _ in constants.IKM_CATEGORIES],
         "en": [english for _, _, _, english in constants.IKM_CATEGORIES]}


def test_the_english_names_follow_the_regulations_order():
    assert NAMES["en"] == ["Very good", "Good", "Poor", "Very poor"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_names_a_and_d_as_the_categories_do(lang):
    meaning = GLOSSARY["ikm"][lang][1]
    word = "sampai" if lang == "id" else "to"
    assert f"A ({NAMES[lang][0].lower()}) {word} D ({NAMES[lang][-1].lower()})" in meaning, meaning


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_definitions_give_the_names_the_cells_show(lang):
    meaning = getattr(FIELDS["label"], lang)
    assert ", ".join(NAMES[lang]) in meaning, meaning
    if lang == "en":
        assert not [name for name in NAMES["id"] if name in meaning], meaning
        assert [workbook.ENGLISH_VALUES[name] for name in NAMES["id"]] == NAMES["en"]
