"""LOOK23 Z-5: the workbooks named the report's figures with the words its body dropped (LOOK22 Y-8): "Hedges g
(rata-rata SD)" for the effect size of the summary and Tabel 2, "Ukuran efek d (rata-rata SD)" beside it for one the
report does not print, "Selang dari bootstrap klaster", "Bagian replikasi bootstrap …", and "Dinas yang selang
BLUP-nya …" on the definitions sheet. Every header (and every name the workbook can give a table or a column) uses the
report's glossary terms, "besar efek" and "rentang keyakinan 95%" (effect size, 95% CI); a method's name (Hedges,
Wilson, bootstrap, BLUP) only in brackets after the term ("Besar efek (Hedges g)") or in a definition's explanation,
never in its first words; the Indonesian definitions say "rentang", not "selang"."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest

from evalasn.analysis.contract import walk
from evalasn.analysis.contract.fields import FIELDS
from evalasn.report.formats import workbook, workbook_names
from tests.unit.test_workbook_reader import BUILT, ESTIMATE, _hasil

# the words the report's body no longer uses, per language; a method's name among them
DROPPED = {"id": re.compile(r"selang|hedges|ukuran efek|bootstrap|blup|wilson", re.I),
           "en": re.compile(r"hedges|bootstrap|blup|wilson|effect size d\b|paired effect size", re.I)}
# a method's name is allowed in brackets right after the report's term: "Besar efek (Hedges g)"
AFTER_TERM = re.compile(r"(Besar efek|Effect size)\s*\([^()]*\)")
GAIN = {**ESTIMATE, "estimasi": 6.4, "ci_bawah": 5.8, "ci_atas": 6.9, "sd": 9.0, "d_z": 0.7, "d_av": 0.4,
        "g_av": 0.39, "g_av_bawah": 0.35, "g_av_atas": 0.43, "besar_efek": "kecil", "persen_naik": 71.0,
        "persen_naik_bawah": 68.0, "persen_naik_atas": 74.0, "p_wilcoxon": 0.0004}
EFFECT = {**ESTIMATE, "estimasi": 1.2, "ci_bawah": -0.8, "ci_atas": 3.2, "efek_minimum_terdeteksi": 2.9,
          "unit_untuk_estimasi_ini": 64, "bootstrap_liar": True}


def _book(lang: str) -> openpyxl.Workbook:
    """A workbook holding every column Z-5 found: the effect sizes and their interval, the cost per point's share of
    draws without a gain, the wild bootstrap's flag, the units needed, an agency's weight in the mixed model."""
    hasil = _hasil()
    hasil["level2_pembelajaran"]["keseluruhan"] = GAIN
    hasil["level2_pembelajaran"]["per_metode"] = [{"metode": method, **GAIN} for method in ("seminar", "pelatihan")]
    hasil["level4_hasil"]["did_ikm"] = {"tersedia": True, "efek": EFFECT}
    hasil["anggaran_vs_peningkatan"] = {
        "biaya_per_poin": [{"metode": method, **ESTIMATE, "estimasi": 150000.0, "porsi_replikasi_tidak_positif": 0.01,
                            "n_kegiatan": 26} for method in ("seminar", "pelatihan")],
        "sedikit_kenaikan": [{"metode": method, "anggaran_kegiatan_rp": 3.2e8, "g_av": -0.09, "g_av_bawah": -0.22,
                              "g_av_atas": 0.04} for method in ("seminar", "e_learning")]}
    hasil["pooling"] = {"per_dinas": [{"dinas": slug, **ESTIMATE, "bobot_data_sendiri": 0.8} for slug in
                                      ("kesehatan", "kpkp")], "gain_di_bawah_rata": ["kpkp"]}
    return openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))


def _header_cells(book) -> list[tuple[str, str]]:
    """(sheet, header) of every header row of every sheet (the rows with the header fill), and the names column of
    the definitions sheet."""
    cells = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            if any(isinstance(rgb := cell.fill.fgColor.rgb, str) and rgb.endswith(workbook.HEADER_FILL)
                   for cell in row):
                cells += [(sheet.title, cell.value) for cell in row if isinstance(cell.value, str)]
    definitions = book.worksheets[-1]
    cells += [(definitions.title, row[0]) for row in definitions.iter_rows(min_row=2, values_only=True)
              if isinstance(row[0], str)]
    return cells


def _dropped(text: str, lang: str) -> list[str]:
    return DROPPED[lang].findall(AFTER_TERM.sub(r"\1", text))


def _first_words(text: str) -> str:
    """A definition's opening: up to its first ':', ';' or sentence end, its brackets left out, at most 8 words."""
    head = re.split(r": |; |\. ", text, maxsplit=1)[0]
    return " ".join(re.sub(r"\([^()]*\)", "", head).split()[:8])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_header_of_a_built_workbook_uses_the_reports_terms(lang):
    book = _book(lang)
    headers = _header_cells(book)
    assert len(headers) > 50, headers
    wrong = [(sheet, text) for sheet, text in headers if _dropped(text, lang)]
    assert not wrong, wrong
    names = {text for _, text in headers}
    printed = workbook_names.COLUMN_NAMES["g_av"][lang != "id"]
    assert printed in names and printed.startswith(("Besar efek", "Effect size")), names


@pytest.mark.parametrize("lang", ["id", "en"])
def test_definitions_open_with_the_reports_terms_and_say_rentang(lang):
    rows = list(_book(lang).worksheets[-1].iter_rows(min_row=2, values_only=True))
    texts = [row[1] for row in rows if isinstance(row[1], str)]
    wrong = [text for text in texts if _dropped(_first_words(text), lang)]
    assert not wrong, wrong
    if lang == "id":
        assert not [text for text in texts if re.search(r"\bselang", text, re.I)]
    # the method stays in the explanation: the effect size the report prints is Hedges' g
    printed = workbook_names.COLUMN_NAMES["g_av"][lang != "id"]
    defined = {row[0]: row[1] for row in rows}
    assert "Hedges" in defined[printed], defined[printed]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_name_the_workbook_can_give_uses_the_reports_terms(lang):
    """Beyond the built sheets: every column, owner, table and sheet name (a province's, a new field's too)."""
    which = lang != "id"
    names = [pair[which] for table in (workbook_names.COLUMN_NAMES, workbook_names.OWNER_NAMES,
                                        workbook_names.OBJECT_NAMES, workbook_names.TABLE_SHEETS,
                                        workbook_names.SHEET_NAMES) for pair in table.values()]
    names += [workbook_names.column_name(key, "", lang) for key in FIELDS]
    names += [workbook_names.object_name(path, lang) for path in walk.object_docs()]
    wrong = sorted({name for name in names if _dropped(name, lang)})
    assert not wrong, wrong


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_column_header_is_a_key(lang):
    """LOOK24 V2-1: the province's 'Anggaran_dikecualikan_rp sebagai persen …' and '… di dinas_dikecualikan': two
    columns named among the owners took their documented meaning, keys and all, as headers. Every leaf a workbook
    may show gets a header without a hasil.json key in it."""
    keyed = {key: name for key in FIELDS
             if re.search(r"[a-z]_[a-z]", name := workbook_names.column_name(key, "", lang))}
    assert not keyed, keyed
