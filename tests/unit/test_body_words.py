"""Words a policymaker meets before the annex (issue 22.10; reader review 5, D8 and D10): the budget chapter's note
on few activities said "bootstrap liar per kegiatan" (13 of 21 sample agency reports), 3.4 "distribusi t (17
derajat bebas)"; the inference is said in words, its method and degrees of freedom stay in the annex and hasil.json."""

from __future__ import annotations

import re

import pytest

from evalasn.report.words import impact
from evalasn.report.words.text import t

JARGON = re.compile(r"bootstrap liar|wild bootstrap|derajat bebas|degrees of freedom|distribusi t\b|t distribution",
                    re.IGNORECASE)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_few_activities_note_and_the_impact_inference_are_in_words(lang):
    few = t("b_few", lang, n="42", pada="", min="50", lepas="")
    did = {"efek": {"cukup_data": True, "df": 17.0, "bootstrap_liar": True, "estimasi": 1.0, "ci_bawah": 0.2,
                    "ci_atas": 1.8, "unit_dilatih": 6, "unit_pembanding": 13},
           "intervensi": {"teks": "", "dipilih": False}, "uji_tren_awal": None, "desain": "2x2",
           "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2", "periode_dipakai": ["2024-S2", "2025-S2"]}
    notes = impact.design_notes(did, lang, lambda key, **values: t(key, lang, **values))  # type: ignore[arg-type]
    said = " ".join([few, *notes])
    assert JARGON.findall(said) == [], said
    assert ("rentang keyakinan" in said) if lang == "id" else ("interval" in said)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_glossary_judges_a_difference_on_its_own_interval(lang):
    """Reader review 5b, item 13: Tabel 2 said two overlapping intervals mean the difference is uncertain, beside a
    dinas listed below the province on the interval of its difference (−2,6; −4,6 s.d. −0,6) whose own interval
    overlapped the province's."""
    from evalasn.report.words.text import GLOSSARY

    meaning = GLOSSARY["ik"][lang][1]
    assert "selang yang tumpang tindih berarti" not in meaning and "mean the difference is not certain" not in meaning
    assert ("rentang selisihnya" in meaning) if lang == "id" else ("interval of their difference" in meaning)


def test_no_sentence_names_a_file_path_or_a_code_name():
    """Every sentence of the reports is for a policymaker: no 'data/raw/' path and no snake_case table or field name
    (cycle8: the returned-sheet note said "tabel tindak_lanjut di data/raw/"). The evaluator's paths are in docs/."""
    from evalasn.report.words.text import TEXT

    machinery = re.compile(r"data/(raw|processed)|\b[a-z]+_[a-z_]+\b")
    found = {(key, lang): machinery.findall(re.sub(r"\{[^}]*\}", "", said))
             for key, sentence in TEXT.items() for lang, said in sentence.items() if isinstance(said, str)}
    assert {where: words for where, words in found.items() if words} == {}


def test_no_indonesian_sentence_calls_the_form_a_sheet_or_the_annex_an_xlsx_file():
    """LOOK9 #13: 'Sheet rencana tindak lanjut 2024 yang diisi tidak diterima' and 'lampiran tabel (berkas XLSX)' put
    software words in the body; the reader's are 'lembar isian' and 'Excel'. The workbook's own note (xlsx_about) is
    inside the workbook, where its sheets are what the reader sees."""
    from evalasn.report.words.text import TEXT

    software = re.compile(r"\bsheet\b|\bXLSX\b", re.IGNORECASE)
    found = [key for key, sentence in TEXT.items()
             if key != "xlsx_about" and software.search(re.sub(r"\{[^}]*\}", "", sentence.get("id", "")))]
    assert found == []


@pytest.mark.parametrize("key", ["b_tab_cost", "m_budget"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_bootstrap_in_the_body_points_to_the_glossary(key, lang):
    """LOOK10 N-20: Tabel 8 '(rentang keyakinan 95% bootstrap)' and 1.6 'selang bootstrap' used the English word
    with no pointer to its gloss; LOOK20 W-13: the body says what it is in words, the word stays in the annex."""
    said = t(key, lang, tahun=2025, kontrol="x", ulangan="1.000")
    assert "bootstrap" not in said.lower(), said
    assert ("diambil acak" if lang == "id" else "randomly drawn") in said, said


def test_the_raw_files_table_says_berkas():
    """LOOK10 N-20: the annex's 'Tabel 22. File data mentah yang dibaca' (its title also in the Daftar Tabel)."""
    assert t("a_tab_files", "id") == "Berkas data mentah yang dibaca"
    assert t("a_tab_files", "en") == "Raw data files read"
