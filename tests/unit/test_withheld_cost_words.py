"""One wording per cause of a withheld cost per point (hasil.json `alasan`): the workbook's reason words, Tabel 1's
Status cell and Tabel 8's cost cell (its closing words) read one catalogue entry (closing note 6: the workbook said
"score gain not positive" where the report said "gain not positive")."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import cast

import openpyxl
import pytest

from evalasn.analysis.contract.fields import FIELDS
from evalasn.report import facts
from evalasn.report.chapters import results
from evalasn.report.context import Context
from evalasn.report.formats import workbook, workbook_names, workbook_words
from evalasn.report.words import reasons
from evalasn.report.words.text import t
from tests.unit.test_workbook_reader import BUILT, _hasil

WORDS = {
    ("gain_tidak_positif", "id"): "rata-rata kenaikan peserta tidak positif",
    ("gain_tidak_positif", "en"): "participants' mean gain not positive",
    ("gain_belum_jelas", "id"): "rata-rata kenaikan peserta belum pasti di atas nol",
    ("gain_belum_jelas", "en"): "participants' mean gain not yet certain to be above zero",
    ("rasio_tak_terbatas", "id"): "biaya per poin bisa sangat tinggi, karena kenaikannya bisa mendekati nol",
    ("rasio_tak_terbatas", "en"): "cost per point could be very high, as the gain may be close to zero",
}


def _withheld(cause: str) -> dict:
    return {"n": 97, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "alasan": cause,
            "n_kegiatan": 6, "gain_n_kegiatan": 6, "anggaran_rp": 50_600_000.0, "rata_gain": -1.0,
            "gain_bawah": -2.4, "gain_atas": 0.4, "porsi_replikasi_tidak_positif": 0.03}


def _texts(book: openpyxl.Workbook) -> list[str]:
    return [value for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for value in row
            if isinstance(value, str)]


@pytest.mark.parametrize("cause, lang", list(WORDS), ids=[f"{cause}-{lang}" for cause, lang in WORDS])
def test_the_workbook_and_the_report_tables_name_a_withheld_cost_alike(cause, lang):
    words = WORDS[(cause, lang)]
    cost = _withheld(cause)
    fact = facts.Fact(key="biaya_per_poin", tahun=2025, value=cost)
    # Tabel 1 (and the workbook's key-figure sheet): the cause, then what the gain rests on (a mean of −1,0: the
    # count is not the reason, LOOK14 P-10)
    assert fact.status(lang) == f"{words} ({t('why_gain_basis', lang, k='6')})"
    # the workbook's words for the code, in the reason columns' definitions
    assert workbook_words.VALUE_WORDS[cause] == (WORDS[(cause, "id")], WORDS[(cause, "en")])
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(_hasil(), lang, BUILT, key_facts=(fact,))))
    texts = _texts(book)
    meaning = getattr(FIELDS["alasan"], lang)  # the reason column's definition, as the workbook's sheets print it
    defined = workbook_names.definition_text(meaning, lang)
    assert f"“{words}”" in defined
    # the share of replicates as a percent in the reader's notation, not the constant's 0.025
    assert ("2,5%" if lang == "id" else "2.5%") in defined and "0.025" not in defined
    assert " or “gain not positive”" not in defined  # one 'or', before the last of the causes
    assert fact.status(lang) in texts, "the key-figure sheet's status differs from Tabel 1's"
    # Tabel 8's cost cell: "tidak dihitung: " and the cause words' closing words (short at 390 px, LOOK13 M-6/M-7)
    ctx = SimpleNamespace(lang=lang, t=lambda key, **kw: t(key, lang, **kw))
    cell = results._cost_cell(cast(Context, ctx), cost)
    prefix = {"id": "tidak\u00a0dihitung: ", "en": "not\u00a0computed: "}[lang]
    # the cause's closing words (a cell at most three lines: "gain not clearly above zero" for "... not yet certain
    # to be above zero", LOOK14)
    assert cell.startswith(prefix) and words.split()[-2:] == cell.split()[-2:], cell
    assert reasons.cause_words(cause, lang) == words
