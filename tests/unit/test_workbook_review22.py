"""Small reader-review defects of the workbook (issue 22, REVIEW2 items 12, 16, 19): one English name for the
IKM and for each agency, as the English reports give them."""

from __future__ import annotations

import io

import openpyxl
import pytest

from evalasn.report import facts
from evalasn.report.formats import workbook
from evalasn.report.words import abbreviations, names
from evalasn.report.words.text import TEXT
from tests.unit.test_workbook_reader import BUILT, _hasil

IKM = {"estimasi": 78.1, "ci_bawah": 76.5, "ci_atas": 79.6, "n": 659, "cukup_data": True}


def _book(lang: str) -> openpyxl.Workbook:
    hasil = _hasil()
    hasil["data"] = {"dinas_registri": 21, "dinas_dengan_data": ["kesehatan"],
                     "dinas_tanpa_data": ["citata", "kpkp", "pendidikan"], "minimum_dinas_perbandingan": 5,
                     "perbandingan_antar_dinas": False}
    records = (facts.Fact("ikm", 2025, IKM),)
    return openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT, key_facts=records)))


def _texts(book: openpyxl.Workbook) -> list[str]:
    return [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row
            if isinstance(value, str)]


def test_the_english_workbook_names_the_ikm_as_the_report_does():
    """The key figure's definition said 'Converted Community Satisfaction Index'; the English PDF and its list
    of abbreviations say 'Public Satisfaction Index'."""
    english = abbreviations.ABBREVIATIONS["IKM"]["en"]
    texts = _texts(_book("en"))
    assert any(english in text for text in texts)
    assert not [text for text in texts if "Satisfaction Index" in text and english not in text]
    other = [key for key, words in TEXT.items() if "Satisfaction Index" in words.get("en", "")
             and english not in words["en"]]
    assert not other, f"another English name of the IKM in the catalogue: {other}"


@pytest.mark.parametrize("lang,expected", [
    pytest.param("en", "Public Works, Spatial Planning and Land Agency; Food Security, Marine and Agriculture Agency; "
                       "Education Agency", id="english-names-of-the-reports"),
    pytest.param("id", "Dinas Citata, Dinas KPKP, Dinas Pendidikan", id="indonesian-official-short-names"),
])
def test_data_available_names_agencies_as_the_reports_do(lang, expected):
    """'Citata Agency, KPKP Agency' was a name no report uses; English names hold commas, so ';' separates them."""
    sheet = _book(lang)[workbook.SHEET_NAMES["data"][0 if lang == "id" else 1]]
    rows = list(sheet.iter_rows(values_only=True))
    header, values = rows[1], rows[2]
    missing = values[header.index(workbook.column_name("dinas_tanpa_data", "data", lang))]
    assert missing == expected
    if lang == "en":
        assert values[header.index(workbook.column_name("dinas_dengan_data", "data", lang))] == \
            names.ENGLISH_NAMES["kesehatan"]
