"""The report workbook as its reader opens it (issue 22.8/22.9, review defects 11-12): one table per sheet, its
header kept in view and the sheet linked from the contents sheet, headers are whole, codes are words in the
report's language, no invisible characters, a figure without an interval has empty bounds and a missing earlier
value has its reason in words."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest

from evalasn.report import facts
from evalasn.report.formats import workbook, workbook_names, workbook_words

BUILT = dt.datetime(2026, 1, 2, 3, 4, 5)
ESTIMATE = {"estimasi": 0.61, "ci_bawah": 0.52, "ci_atas": 0.7, "n": 120, "cukup_data": True}


def _unit(number: int) -> dict:
    return {"periode": "2025-S2", "dinas": "kesehatan", "unit_kerja": f"Puskesmas {number}", "n": 30,
            "estimasi": 70.0 + number / 10, "ci_bawah": 68.0, "ci_atas": 72.0, "cukup_data": True, "kategori": "C",
            "label": "Kurang Baik", "unsur_terlemah": "u8"}


def _hasil() -> dict:
    return {
        "versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan", "jenis": "dinas"},
        "tahun": 2025, "sintetis": True,
        "pelaksanaan": {"cakupan_asn": ESTIMATE, "jp_20": {
            "per_jenis_jabatan": [{"jenis_jabatan": "fungsional", **ESTIMATE},
                                  {"jenis_jabatan": "pelaksana", **ESTIMATE}],
            "unit_terendah": [{"dinas": "kesehatan", "unit_kerja": "Puskesmas 1\u2060A", "n": 12}]}},
        "level2_pembelajaran": {"per_metode": [{"metode": "seminar", **ESTIMATE, "besar_efek": "sangat_kecil",
                                                "persen_naik_bawah": 40.0, "persen_naik_atas": 55.0}]},
        "level4_hasil": {"periode_terbaru": "2025-S2",
                         "ikm_unit": [_unit(number) for number in range(20)]},
        "komunikasi": {"unsur": [{"unsur": "u8", "nama": "Penanganan Pengaduan, Saran dan Masukan", **ESTIMATE}]},
    }


def _book(lang: str, key_facts=None) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook.build(_hasil(), lang, BUILT, key_facts=key_facts)))


def _texts(sheet) -> list[str]:
    return [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]


def _header_rows(sheet) -> list[int]:
    """The rows whose cells carry the header fill: one per table of the sheet."""
    return [row[0].row for row in sheet.iter_rows()
            if any(isinstance(rgb := cell.fill.fgColor.rgb, str) and rgb.endswith(workbook.HEADER_FILL)
                   for cell in row)]


def _tables_under(sheet, headers: list[int]) -> list[int]:
    """The number of rows under each header row, to the next empty row."""
    rows = [any(cell.value is not None for cell in row) for row in sheet.iter_rows()]
    counts = []
    for header in headers:
        end = header
        while end < len(rows) and rows[end]:
            end += 1
        counts.append(end - header)
    return counts


def frozen_header_problems(book: openpyxl.Workbook) -> list[str]:
    """Sheets whose column names scroll away from their rows: a table of several rows not alone on its sheet (tables
    one below the other have no one header to keep in view), or with panes not frozen just below its header. One-row
    tables gathered on a section's sheet have each its header right above its row. The about sheet (label and value
    rows, no header) keeps its title in view."""
    found = []
    abouts = {workbook.label("tentang", lang) for lang in ("id", "en")}
    for sheet in book.worksheets:
        if sheet.title in abouts:
            if sheet.freeze_panes != "A2":
                found.append(f"{sheet.title}: title not kept in view ({sheet.freeze_panes})")
            continue
        headers = _header_rows(sheet)
        rows = _tables_under(sheet, headers)
        if len(headers) > 1 and any(count != 1 for count in rows):
            found.append(f"{sheet.title}: {len(headers)} header rows (rows {headers}) over {rows} rows, none of "
                         "them kept in view")
        elif len(headers) == 1 and (sheet.freeze_panes is None or
                                    openpyxl.utils.cell.coordinate_to_tuple(sheet.freeze_panes)[0] != headers[0] + 1):
            found.append(f"{sheet.title}: header row {headers[0]}, panes frozen at {sheet.freeze_panes}")
        elif not headers and sheet.max_row > 1:
            found.append(f"{sheet.title}: rows without a header row")
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_sheet_keeps_its_one_header_in_view(lang):
    book = _book(lang)
    assert not frozen_header_problems(book)
    units = book["IKM per Unit"]
    assert units.freeze_panes == "B3" and units.max_row == 2 + 20  # a list: its first column names each row
    implementation = book[{"id": "Pelaksanaan", "en": "Implementation"}[lang]]
    assert implementation["A1"].value == workbook_names.object_name("pelaksanaan.cakupan_asn", lang)
    assert implementation.freeze_panes is None  # two one-row tables, each header right above its row


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_row_tables_share_their_sections_sheet(lang):
    """REVIEW7 R7-4: 52 of the 79 sheets held a title, a header and one row. A section's one-row tables are on one
    sheet named by the section, each under its whole name; a table of several rows has a sheet of its own."""
    book = _book(lang)
    implementation = book[{"id": "Pelaksanaan", "en": "Implementation"}[lang]]
    names = [row[0] for row in implementation.iter_rows(values_only=True)]
    assert names[0] == workbook_names.object_name("pelaksanaan.cakupan_asn", lang)
    assert names[4] == workbook_names.object_name("pelaksanaan.jp_20.unit_terendah[]", lang)
    assert implementation.max_row == 7 and workbook.block_rows([("a", [{}]), ("b", [{}])]) == [1, 5]
    jobs = book[workbook_names.sheet_name("pelaksanaan", lang, set(), "pelaksanaan.jp_20.per_jenis_jabatan[]")]
    assert jobs["A1"].value == workbook_names.object_name("pelaksanaan.jp_20.per_jenis_jabatan[]", lang)
    assert jobs.max_row == 4  # its name, its header and its two rows


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_contents_sheet_comes_first_and_links_every_table_at_its_name(lang):
    book = _book(lang)
    contents = book[workbook.CONTENTS["sheet"][0 if lang == "id" else 1]]
    assert book.sheetnames[0] == contents.title  # the sheet the workbook opens on
    assert [cell.value for cell in contents[1]] == [workbook.CONTENTS[name][0 if lang == "id" else 1]
                                                    for name in ("tab", "bagian", "tabel", "baris")]
    rows = list(contents.iter_rows(min_row=2))
    linked = []
    for row in rows:  # each link lands on the table's whole name, as the contents sheet gives it
        sheet, cell = row[0].hyperlink.location.rsplit("!", 1)
        sheet = sheet.strip("'").replace("''", "'")
        assert sheet == row[0].value
        linked.append(sheet)
        if row[3].value:
            assert book[sheet][cell].value == row[2].value
    assert list(dict.fromkeys(linked)) == book.sheetnames[1:]  # every other sheet, in the workbook's order
    tables = [(row[0].value, row[2].value) for row in rows]
    assert len(set(tables)) == len(tables), "two tables with the same name on one sheet"
    chapters = {row[1].value for row in rows if row[1].value}
    assert workbook.t("ch_implementation", lang) in chapters and workbook.t("ch_results", lang) in chapters


@pytest.mark.parametrize("lang", ["id", "en"])
def test_headers_are_whole_and_free_of_invisible_characters(lang):
    book = _book(lang)
    for sheet in book.worksheets:
        for text in _texts(sheet):
            assert "\u2060" not in text, f"{sheet.title}: a word joiner in {text!r}"
            assert not text.endswith("…"), f"{sheet.title}: a cut header {text!r}"


def test_english_workbook_shows_codes_as_english_words():
    texts = {text for sheet in _book("en").worksheets for text in _texts(sheet)}
    assert {"functional", "administrative", "Health Agency", "Poor", "negligible",
            "Handling of complaints and suggestions", "U8"} <= texts
    assert not {"fungsional", "pelaksana", "kesehatan", "Kurang Baik", "sangat_kecil", "u8",
                "Penanganan Pengaduan, Saran dan Masukan"} & texts


def test_indonesian_workbook_names_the_agency_not_its_slug():
    texts = {text for sheet in _book("id").worksheets for text in _texts(sheet)}
    assert {"Dinas Kesehatan", "fungsional", "Kurang Baik", "sangat kecil"} <= texts and "kesehatan" not in texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_key_figure_without_interval_has_empty_bounds_and_a_missing_year_its_reason(lang):
    records = (facts.Fact("persen_realisasi", 2025, 88.6),
               facts.Fact("ikm", 2025, {"estimasi": 78.1, "ci_bawah": 76.5, "ci_atas": 79.6, "n": 659,
                                        "cukup_data": True}, first_year=(2023, None)))
    sheet = _book(lang, records)[workbook.label("xf_sheet", lang)]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    value, low, high = (header.index(workbook.label(name, lang, tahun=2025)) for name in ("xf_nilai", "xf_bawah",
                                                                                         "xf_atas"))
    realisation, ikm = rows[1], rows[2]
    assert realisation[value] == pytest.approx(88.6) and realisation[low] is None and realisation[high] is None
    assert ikm[low] == pytest.approx(76.5) and ikm[high] == pytest.approx(79.6)
    reason = ikm[-1]
    assert reason and reason.startswith("2023: ") and facts.why_missing("ikm", None, lang) in reason


def test_shares_are_percent_with_the_unit_in_the_header():
    sheet = _book("en")["Implementation"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    name = workbook_names.object_name("pelaksanaan.cakupan_asn", "en")
    start = next(i for i, row in enumerate(rows) if row[0] == name)
    header, values = rows[start + 1], rows[start + 2]
    assert values[header.index("Estimate (%)")] == pytest.approx(61.0)
    assert values[header.index("Lower 95% bound (%)")] == pytest.approx(52.0)
    assert values[header.index("n")] == 120


SOFTWARE = re.compile(r"[a-z]+_[a-z_]+|~|ln\(|…|\u2060|hasil\.json|= (?:tidak|no)\b")
INDONESIAN_EN = re.compile(r"\b(?:dinas|golongan|keseluruhan|Proporsi|Kurang Baik|Tidak Baik|fungsional|pelaksana|"
                           r"struktural|studi peristiwa|observasional|Penanganan|Persyaratan)\b")


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_sample_workbook_headers_and_codes_are_words_of_the_report_language(pipeline_root, slug, lang):
    """Every sheet of the sample's workbooks keeps its one header in view; headings, headers and worded codes (all
    but the definitions sheet, which gives each key its meaning): no JSON key, formula or cut text; in English no
    Indonesian word."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    ctx = sections.load_context(slug, lang, project(pipeline_root))
    records = facts.of(ctx)
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(dict(ctx.hasil), lang, BUILT, key_facts=records)))
    assert not frozen_header_problems(book)
    # at most one sheet of a title, a header and one row per section (R7-4: 50 of kesehatan's 77 sheets)
    small = [sheet.title for sheet in book.worksheets if sheet.max_row <= 3]
    keys = [key for key in ctx.hasil if key not in workbook.LEFT_OUT]
    assert len(small) <= len(keys) // 3, small
    found = []
    for sheet in book.worksheets[:-1]:
        if sheet.title == workbook.CONTENTS["sheet"][0 if lang == "id" else 1]:  # short names beside whole ones
            continue
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or not (cell.font.bold or cell.column_letter == "A"):
                    continue
                if SOFTWARE.search(text) or (lang == "en" and INDONESIAN_EN.search(text)):
                    found.append(f"{sheet.title}!{cell.coordinate}: {text}")
    assert not found, "\n".join(found)


SNAKE_KEY = re.compile(r"\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b")
DINAS = re.compile(r"\bdinas\b", re.I)


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_english_definitions_name_tables_and_columns_in_words(pipeline_root, slug):
    """The English Definitions sheet of the sample (issue 22.9): every table and column as its sheet names it, and
    no hasil.json key ('n_status_tidak_diketahui', 'pelaksanaan.cakupan_asn') or 'dinas' in a name or meaning."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    ctx = sections.load_context(slug, "en", project(pipeline_root))
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(dict(ctx.hasil), "en", BUILT)))
    definitions = book.worksheets[-1]
    assert definitions.title == "Definitions"
    found = [f"{cell.coordinate}: {cell.value[:120]}" for row in definitions.iter_rows() for cell in row
             if isinstance(cell.value, str) and (SNAKE_KEY.search(cell.value) or DINAS.search(cell.value))]
    assert not found, "\n".join(found)
    names = {row[0] for row in definitions.iter_rows(min_row=2, values_only=True)}
    assert {workbook_names.object_name("pelaksanaan.cakupan_asn", "en"), "ASN without a recorded status",
            "Lower 95% bound"} <= names


@pytest.mark.parametrize("text,lang,expected", [
    pytest.param("Wilson interval of `persen_memenuhi`.", "en", "Wilson interval of “% of PNS with ≥ 20 JP”.",
                 id="a-key-by-its-column-name"),
    pytest.param("Level of the pre-trend check (PRETREND_ALPHA).", "en", "Level of the pre-trend check (0.10).",
                 id="a-rule-by-its-value"),
    pytest.param('"besar" (large) ≥ 0.8', "en", "“large” ≥ 0.8", id="a-code-in-words-once"),
    pytest.param("Number of dinas that have this figure", "en", "Number of agencies that have this figure",
                 id="dinas-counted-is-agencies"),
    pytest.param("1 + dinas whose whole interval is better", "en", "1 + agencies whose whole interval is better",
                 id="dinas-whose-is-agencies"),
    pytest.param("Dinas files only: this dinas's row, dinas fixed effects", "en",
                 "Agency files only: this agency's row, agency fixed effects", id="one-dinas-is-an-agency"),
    pytest.param("control terms (jp, C(metode), C(dinas))", "en", "control terms (jp, method, agency)",
                 id="model-terms-in-words"),
    pytest.param("Jumlah dinas yang punya angka ini", "id", "Jumlah dinas yang punya angka ini",
                 id="indonesian-keeps-dinas"),
    pytest.param("Jumlah dinas di registri (src/evalasn/registry.py).", "id", "Jumlah dinas di registri.",
                 id="no-path-to-the-code"),
    pytest.param("bobot `bobot_data_sendiri`", "id", "bobot “Bobot data dinas sendiri”", id="indonesian-key-in-words"),
])
def test_definition_text_puts_keys_and_domain_words_in_the_readers_words(text, lang, expected):
    assert workbook_names.definition_text(text, lang) == expected


@pytest.mark.parametrize("phase,lang,expected", [("pre", "en", "before"), ("transisi", "en", "transition"),
                                                 ("pasca", "en", "after"), ("pasca", "id", "sesudah")])
def test_an_event_study_phase_is_a_word_of_the_report_language(phase, lang, expected):
    assert workbook_words.worded("fase", phase, {}, lang) == expected  # the English workbook showed 'transisi', 'pasca'


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_column_is_named_by_a_capitalised_symbol_or_a_bare_bound(lang):
    """A name taken from a meaning that opens with 'τ²:' became 'Τ²' (a capital tau, read as T²), one that opens
    with 'Upper (worst) bound of the rank's ...' became 'Upper': each field's column says what it is."""
    from evalasn.analysis.contract.fields import FIELDS

    shown = {key: workbook_names.column_name(key, "", lang) for key in FIELDS}
    odd = {key: name for key, name in shown.items()
           if name[:1] in "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ" or name in ("Upper", "Lower", "Atas", "Bawah")}
    assert not odd


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_about_text_names_no_file_staff_do_not_know(lang):
    """REVIEW6 R6-34: the Tentang/About sheet said 'diambil dari hasil.json yang sama dengan laporan PDF'."""
    from evalasn.report.words.text import t

    about = t("xlsx_about", lang, nama="Dinas Kesehatan", tahun=2025, isi="Isi", definisi="Definisi")
    assert not SOFTWARE.search(about), about
