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
    # two one-row tables, each header right above its row: no row frozen, the first column (LOOK35b H-11)
    assert implementation.freeze_panes == "B1"


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
    pytest.param("control terms (jp, C(metode), C(dinas))", "en", "control terms (JP, method, agency)",
                 id="model-terms-in-words"),
    # LOOK35b H-11: the element codes as the sheets show them, the JP term as the report writes it
    pytest.param("communication elements (u7, u8).", "en", "communication elements (U7, U8).",
                 id="element-codes-as-shown"),
    pytest.param("Suku kontrol model (jp, C(metode)); unsur u1–u9.", "id",
                 "Suku kontrol model (JP, metode); unsur U1–U9.", id="indonesian-codes-as-shown"),
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


# a dinas's impact and cost sections as the sample's Kesehatan hasil.json has them (LOOK20): no intervention declared,
# a dose, the verdict, a performance indicator, p-values stored as 0, cost per point over the costed activities
_DECLARED_NONE = {"teks": "", "dipilih": False, "n_kegiatan": 887, "penugasan": "observasional", "penjamin": ""}
_VERDICT = {"boleh_kausal": False, "kode_alasan": ["intervensi_tidak_dipilih", "uji_tren_lemah"]}
_DOSE = {"n": 23, "estimasi": 0.517377, "ci_bawah": 0.140239, "ci_atas": 0.894515, "p": 0.009526, "cukup_data": True,
         "per_poin_persen": 10, "se": 0.18135, "df": 21, "n_klaster": 23, "bootstrap_liar": True}
_EVENT = [{"n": 23, "estimasi": 0.9, "ci_bawah": -1.3, "ci_atas": 3.1, "p": 0.41, "cukup_data": True, "e": e,
           "fase": fase, "n_unit_dilatih": 14} for e, fase in ((-3, "pre"), (-1, "transisi"), (0, "pasca"))]


def _impact_hasil() -> dict:
    design = {"tersedia": True, "periode_sebelum": "2024-Q4", "periode_sesudah": "2025-Q4",
              "jendela_kegiatan": ["2024-12-31", "2025-10-01"], "ambang_persen_dilatih": 50.0,
              "intervensi": dict(_DECLARED_NONE), "desain": "studi_peristiwa", "putusan": dict(_VERDICT)}
    return {
        "versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan", "jenis": "dinas"},
        "tahun": 2025, "sintetis": True,
        "level2_pembelajaran": {"keseluruhan": {**ESTIMATE, "p": 0.0, "p_wilcoxon": 0.0},
                                "per_metode": [{"metode": "pelatihan", **ESTIMATE, "p": 0.000461},
                                               {"metode": "seminar", **ESTIMATE, "p": 0.2}]},
        "level4_hasil": {"did_ikm": {**design, "jendela_kegiatan": ["2024-12-31", "2025-07-01"],
                                     "studi_peristiwa": _EVENT, "dosis": dict(_DOSE)},
                         "did_kinerja": [{"indikator": "layanan_tepat_waktu_persen", "arah": "naik_baik", **design,
                                          "efek": {**ESTIMATE, "unit_dilatih": 16, "unit_pembanding": 9},
                                          "membaik": True},
                                         {"indikator": "waktu_tunggu_menit", "arah": "turun_baik", **design}]},
        "anggaran_vs_peningkatan": {"biaya_per_poin": [
            {"metode": "pelatihan", "n": 539, "estimasi": 396047.26, "ci_bawah": 353537.7, "ci_atas": 442126.5,
             "p": None, "cukup_data": True, "n_kegiatan": 26, "kegiatan_tanpa_biaya": 1, "rata_gain": 10.311688,
             "porsi_replikasi_tidak_positif": 0.0, "biaya_per_peserta_rp": 4083915.9},
            {"metode": "workshop", "n": 150, "estimasi": 463000.0, "ci_bawah": 300000.0, "ci_atas": 700000.0,
             "p": None, "cukup_data": True, "n_kegiatan": 6, "kegiatan_tanpa_biaya": 0, "rata_gain": 5.4,
             "porsi_replikasi_tidak_positif": 0.0, "biaya_per_peserta_rp": 2500000.0}]},
    }


def _impact_book(lang: str) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook.build(_impact_hasil(), lang, BUILT)))


def _cells(book: openpyxl.Workbook) -> list[tuple[str, str, object]]:
    return [(sheet.title, cell.coordinate, cell.value) for sheet in book.worksheets for row in sheet.iter_rows()
            for cell in row if cell.value is not None]


CAUSAL_FLAG = re.compile(r"Aturan kata|Wording rule|Boleh memakai kata sebab-akibat|May use a causal word|"
                         r"belum disebut efek|not yet called an effect", re.I)
DOSE_AS_EFFECT = re.compile(r"\b(?:efek|effect) per\b", re.I)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_causal_switch_and_no_dose_called_an_effect(lang):
    """LOOK20 W-6: with no intervention declared the workbook showed the program's switch as reader columns
    ("Aturan kata: Boleh memakai kata sebab-akibat" | "tidak", a table "Aturan kata" on "Level 4 Hasil" and in the
    contents) and defined the dose as "Efek per 10 poin persen staf yang dilatih", "Satuan dosis: efek per …"."""
    found = [(sheet, where, value) for sheet, where, value in _cells(_impact_book(lang)) if isinstance(value, str)
             and (CAUSAL_FLAG.search(value) or DOSE_AS_EFFECT.search(value))]
    assert not found, found
    definitions = {row[0]: row[1] for row in _impact_book(lang).worksheets[-1].iter_rows(min_row=2, values_only=True)}
    dose = definitions[workbook_names.object_name("level4_hasil.did_ikm.dosis", lang)]
    assert ("hubungan, bukan bukti sebab-akibat" if lang == "id" else "an association, not proof of cause") in dose


@pytest.mark.parametrize("lang, window, dose_window", [
    ("id", "1 Januari–30 September 2025", "1 Januari–30 Juni 2025"),
    ("en", "1 January–30 September 2025", "1 January–30 June 2025")], ids=["id", "en"])
def test_the_activity_window_is_the_days_the_report_gives(lang, window, dose_window):
    """LOOK20 W-5: "Jendela kegiatan" showed the open bounds "2024-12-31, 2025-10-01" beside the PDF's "1 Januari–30
    September 2025" (read as a window a day longer at each end); its definition says the days are included."""
    values = [value for _, _, value in _cells(_impact_book(lang))]
    assert values.count(window) == 2 and dose_window in values
    assert not [value for value in values if isinstance(value, str) and "2024-12-31" in value]
    definitions = {row[0]: row[1] for row in _impact_book(lang).worksheets[-1].iter_rows(min_row=2, values_only=True)}
    assert ("keduanya termasuk" if lang == "id" else "both included") in definitions[
        workbook_names.column_name("jendela_kegiatan", "", lang)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_p_value_below_a_thousandth_is_written_as_the_report_writes_it(lang):
    """LOOK20 W-10: p-values stored as 0 (and 0.000461) showed "0,000" where the PDF says "p < 0,001"."""
    book = _impact_book(lang)
    small = "< 0,001" if lang == "id" else "< 0.001"
    header = workbook_names.column_name("p", "", lang)
    shown = []
    for sheet in book.worksheets[1:-1]:
        for column in sheet.iter_cols():
            for above, cell in zip(column, column[1:], strict=False):
                if above.value == header and cell.value is not None:
                    shown.append(cell.value)
    assert 0.009526 in shown, shown
    # a number, as the column's others, shown as the report writes it (LOOK35b H-11: the text '< 0.001' in a column
    # of numbers); one hasil.json holds as 0 (below its 6 decimals) in the report's words, never a 0 (LOOK37b M-29(c))
    assert all(isinstance(value, (int, float)) or value == small for value in shown), shown
    below = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
             and f'"{small}"' in cell.number_format]
    # pelatihan's p (0.000461); the whole's p and Wilcoxon p, held as 0, are the words themselves (LOOK37b M-29(c))
    assert len(below) >= 1 and all(0 < cell.value < 0.001 for cell in below)
    assert sum(cell.value == small for sheet in book.worksheets for row in sheet.iter_rows() for cell in row) >= 2
    assert f'[<0.001]"{small}";' in below[0].number_format


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_indicators_row_does_not_count_every_activity_in_the_data(lang):
    """LOOK20 W-9: "Kegiatan yang diukur: Jumlah kegiatan" = 887 in a dinas workbook, every activity of all dinas
    and years (intervensi.n_kegiatan with nothing declared): the row says nothing was declared, as did_ikm's does."""
    book = _impact_book(lang)
    sheet = book[workbook_names.sheet_name("level4_hasil", lang, set(), "level4_hasil.did_kinerja[]")]
    values = [cell.value for row in sheet.iter_rows(min_row=3) for cell in row]
    assert 887 not in values and values.count(workbook.NONE_DECLARED[0 if lang == "id" else 1]) == 2
    assert 887 not in [value for _, _, value in _cells(book)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_definitions_use_the_phase_words_the_sheet_shows(lang):
    """LOOK20 W-11: the definition of the event study listed "pre", "transisi", "pasca" (Indonesian codes in the
    English workbook too) while the sheet shows "sebelum/transisi/sesudah" ("before/transition/after"); the English
    definition of the model comparison wrote "mixed model gain ~ metode"."""
    book = _impact_book(lang)
    shown = {value for _, _, value in _cells(book)}
    words = ("sebelum", "transisi", "sesudah") if lang == "id" else ("before", "transition", "after")
    assert set(words) <= shown
    definitions = {row[0]: row[1] for row in book.worksheets[-1].iter_rows(min_row=2, values_only=True)}
    event = definitions[workbook_names.object_name("level4_hasil.did_ikm.studi_peristiwa[]", lang)]
    assert all(f"“{word}”" in event for word in words), event
    assert not re.search(r"\bpasca\b|\bpre\b(?!-)", event) and (lang == "id" or "transisi" not in event)
    from evalasn.analysis.contract import walk
    pooling = workbook_names.definition_text(getattr(walk.object_docs()["pooling"], lang), lang, "pooling")
    assert "~" not in pooling and "metode" not in (pooling if lang == "en" else "")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cost_per_point_headers_say_their_base(lang):
    """LOOK20 W-8: "n", "Jumlah kegiatan" and "Rata-rata kenaikan nilai" of "Biaya per poin per metode" (539 / 26 /
    10,31, over the activities with a recorded cost) read as Tabel 8's 563 / 27 / 10,4 (every scored activity)."""
    name = workbook_names.object_name("anggaran_vs_peningkatan.biaya_per_poin[]", lang)
    sheet = next(sheet for sheet in _impact_book(lang).worksheets if sheet["A1"].value == name)
    header = [cell.value for cell in sheet[2]]
    costed = "biaya tercatat" if lang == "id" else "recorded cost"
    row = dict(zip(header, (cell.value for cell in sheet[3]), strict=True))
    based = {name: value for name, value in row.items() if costed in name}
    assert sorted(based.values()) == sorted([539, 26, 1, 10.311688, 4083916]), header  # and those without one
    assert costed in sheet["A1"].value and ("semua kegiatan bernilai" if lang == "id" else "every scored activity") \
        in sheet["A1"].value


@pytest.mark.parametrize("unknown", [0, 7], ids=["none-unrecorded", "seven-unrecorded"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_20_jp_definition_counts_whom_the_report_counts(lang, unknown):
    """LOOK20 W-25: Angka Kunci B3 defined 20 JP over "PNS (dan ASN yang statusnya tidak tercatat)" in every workbook
    while the PDF, for a dinas with no such staff, says only PNS: one source (phrases.counted_pns) for the workbook's
    definition, BAB II's unit table and the summary's target sentence; the unrecorded status only where there is."""
    from evalasn.report.words import phrases

    hasil = _hasil()
    hasil["pelaksanaan"]["jp_20"]["n_status_tidak_diketahui"] = unknown
    fact = facts.Fact("jp_20", 2025, ESTIMATE, status_unknown=phrases.status_unknown(hasil))  # as facts.build has it
    who = phrases.counted_pns(hasil, lang)
    said = "statusnya tidak tercatat" if lang == "id" else "without a recorded status"
    assert who in fact.definition(lang) and (said in fact.definition(lang)) == bool(unknown)
    sheet = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT, key_facts=(fact,))))[
        workbook.label("xf_sheet", lang)]
    assert sheet["B2"].value == fact.definition(lang)
    assert (said in workbook.t("kt_target_pns_only", lang, siapa=who)) == bool(unknown)


def test_the_readme_promises_the_frozen_headers_the_workbook_has():
    """LOOK20 W-12: the README promised "judul kolom dibekukan" for every sheet, while a chapter's sheet of one-row
    tables ("Pelaksanaan", "Level 4 Hasil": each header right above its row) has nothing frozen, as it should not."""
    from evalasn.paths import CODE_ROOT

    line = next(line for line in (CODE_ROOT / "README.md").read_text(encoding="utf-8").splitlines()
                if "laporan-<kode>-<tahun>.xlsx" in line and line.startswith("|"))
    assert "satu sheet per tabel" not in line and "dibekukan" in line, line
    assert "tepat di atas barisnya" in line and "tanpa baris yang dibekukan" in line, line
    book = _book("id")
    assert book["Pelaksanaan"].freeze_panes == "B1" and book["IKM per Unit"].freeze_panes == "B3"
