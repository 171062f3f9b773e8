"""The workbook says every meaning, unit, header and reason in words of the report's language (LOOK15 Q-13, Q-2):
no hasil.json code, no JSON true/false/null beside cells that say ya/tidak, no empty bracket from a dropped module
path, and a decimal comma in Indonesian. Checked at the generator, on every documented meaning of the contract, so a
new field is held to it too (the sample's workbooks: tests/integration/test_workbook_words.py)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from evalasn.analysis.contract import walk
from evalasn.analysis.contract.fields import FIELDS
from evalasn.report.formats import workbook, workbook_names, workbook_words
from tests.xlsx_words import problems

DOCUMENTED = [*walk.object_docs().items(), *(("", doc) for doc in FIELDS.values())]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_documented_meaning_is_in_words(lang):
    """Q-2, Q-13: 'true bila …', '“Dinas” null', '0.7 × efek', 'A ≥ 88.31', 'sangat kecil ():', 'tanpa_dilatih'."""
    found = {}
    for path, doc in DOCUMENTED:
        shown = workbook_names.definition_text(doc.id if lang == "id" else doc.en, lang, path)
        if said := problems(shown, lang):
            found[path or shown[:40]] = said
    assert not found, found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_unit_is_in_words(lang):
    """Q-2: the unit column said 'true/false' beside a column of 'ya'/'tidak'."""
    shown = {unit: workbook_names.unit_words(unit, lang) for unit in {doc.unit for _, doc in DOCUMENTED}}
    assert not {unit: text for unit, text in shown.items() if problems(text, lang)}
    assert shown["boolean"] == ("ya/tidak" if lang == "id" else "yes/no")


@pytest.mark.parametrize("path, column", [
    ("anggaran_vs_peningkatan.di_luar_temuan_dinas[]", "selisih_dengan_temuan.estimasi"),
    ("komunikasi.unsur[]", "lemah"),
], ids=["owner-names-dinas_dikecualikan", "threshold-decimal"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_headers_are_in_words(path, column, lang):
    """Q-13: 7 headers of the province's "Kenaikan di dinas lain" quoted `dinas_dikecualikan`; Q-2: "Rata-rata unsur
    di bawah 3.0644" in the Indonesian header."""
    shown = workbook_names.header(column, path, lang)
    assert not problems(shown, lang), shown


METHOD_WITHOUT_ESTIMATE = {"metode": "seminar", "dinas": "bina-marga", "n": 12, "n_kegiatan": 1,
                           "anggaran_rp": 8088000.0, "alasan": "kegiatan_kurang_klaster", "rata_peserta": 2.833333}


@pytest.mark.parametrize("lang, words", [("id", "hanya 1 kegiatan seminar"), ("en", "only 1 seminar activity")],
                         ids=["id", "en"])
def test_a_reason_code_without_the_flag_is_said_in_words(lang, words):
    """Q-13: 73 rows of "Anggaran tanpa estimasi" had the reason "kegiatan_kurang_klaster" (a record with its reason
    code and no `cukup_data`): now the report's own sentence (reasons.reason)."""
    hasil = {"versi_skema": 1, "cakupan": {"slug": "provinsi", "nama": "Provinsi DKI Jakarta", "jenis": "provinsi"},
             "tahun": 2025, "anggaran_vs_peningkatan": {"tanpa_estimasi": [METHOD_WITHOUT_ESTIMATE,
                                                                          {**METHOD_WITHOUT_ESTIMATE,
                                                                           "dinas": "citata"}]}}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, dt.datetime(2026, 1, 2))))
    texts = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)]
    assert not [(text, said) for text in texts if (said := problems(text, lang))]
    assert sum(words in text for text in texts) == 2


@pytest.mark.parametrize("code, lang, words", [
    ("tanpa_dilatih", "id", "tidak ada unit dilatih"), ("tanpa_dilatih", "en", "there is no trained unit"),
    ("kegiatan_kurang_klaster", "id", "kegiatan terlalu sedikit untuk rentang"),
], ids=["pretrend-id", "pretrend-en", "value-words"])
def test_a_code_in_a_reason_column_is_in_words(code, lang, words):
    assert workbook_words.worded("alasan", code, {}, lang) == words


@pytest.mark.parametrize(("text", "said_once", "twice"), [
    ("diasumsikan 1000 pengguna per unit per periode (`constants.SKM_SERVICE_USERS_ASSUMED`). Unit",
     "diasumsikan 1000 pengguna per unit per periode. Unit", "(1.000)"),
    ("efeknya < 0,2 (`constants.LITTLE_GAIN_EFFECT_UPPER`, di bawah \"kecil\")", "< 0,2 (di bawah", "(0,20"),
    ("besar efeknya (Hedges' g_av) < 0,2", "(“Besar efek (Hedges g)”)", "Hedges' “"),  # LOOK23 Z-5's name
], ids=["users-assumed", "little-gain-bound", "hedges-g"])
def test_a_value_or_name_the_sentence_already_gives_is_not_repeated(text, said_once, twice):
    """xlsx15 (FOUND): 'diasumsikan 1000 pengguna per unit per periode (1.000)', "Hedges' “Hedges g (rata-rata SD)”"."""
    shown = workbook_names.definition_text(text, "id")
    assert said_once in shown and twice not in shown, shown


def test_a_constant_the_sentence_does_not_give_is_still_worded():
    assert workbook_names.definition_text("taraf (`constants.PRETREND_ALPHA`) dipakai", "id") == "taraf (0,10) dipakai"


@pytest.mark.parametrize("code", ["tahun_itu", "campuran", "terakhir"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_staff_list_of_a_year_is_in_words(code, lang):
    """LOOK19 V-1: the trend sheet's staff-list column showed 'terakhir' in both languages (no underscore, so the
    code pattern let it through)."""
    hasil = {"versi_skema": 1, "cakupan": {"slug": "provinsi", "nama": "Provinsi DKI Jakarta", "jenis": "provinsi"},
             "tahun": 2025, "tren": [{"tahun": 2024, "daftar_pegawai": code}]}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, dt.datetime(2026, 1, 2))))
    texts = {cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str)}
    assert workbook_words.STAFF_LIST_WORDS[code][0 if lang == "id" else 1] in texts
    assert code not in texts
