"""The key-figures workbook of a report (.xlsx), written from its hasil.json.

The sheets follow hasil.json's sections, in its order (pelaksanaan, level1_reaksi, ... perbandingan_dinas):
a contents sheet first, linking every sheet and table, then an "about" sheet (then the key figures and the
follow-up plan when given), the sections' sheets, and a definitions sheet last.
A section's one-row tables are gathered on one sheet named by the section, each under its whole name with its
header above its row; a table of several rows has a sheet of its own, its header row kept in view while the
reader scrolls (a sheet of long tables one below the other has no one header to keep, and a single rectangle is
what Excel's sort, filter and pivot expect). A list of records (per method, per unit, per dinas) is one row per
record; a single estimate is one row; an object of plain values is one row of them.
Nested estimates are flattened into columns ("efek.estimasi", "efek.ci_bawah", ...). Numbers
stay numbers, with formats by unit (shares as percent, rupiah with "Rp", counts with thousands
separators: Excel shows them with the reader's own separators, 1.234,5 in Indonesian); an
interval is two columns, ci_bawah and ci_atas. The definitions sheet gives the meaning and unit
of every object and column, from the same source as docs/hasil-json.md (evalasn.docs), so a new
field of hasil.json reaches the workbook and its definition without a change here.
"""

from __future__ import annotations

import copy
import datetime as dt
import weakref
from collections.abc import Sequence

from evalasn import constants, sheets
from evalasn.analysis.contract import walk
from evalasn.analysis.contract.fields import FIELDS
from evalasn.clock import utc
from evalasn.files import workbook_bytes
from evalasn.report import facts
from evalasn.report.chapters import plan_records, review_sheet
from evalasn.report.formats import workbook_against, workbook_review
from evalasn.report.formats.workbook_names import (
    COSTED_BASE,
    DECLARED,
    FORMATS,
    NONE_DECLARED,
    NOT_FOR_READERS,
    SHOWN_MEANINGS,
    YEAR_CHANGE,
    column_name,
    column_unit,
    definition_text,
    header,
    header_groups,
    object_name,
    object_unit,
    reader_scope,
    scope_words,
    sheet_name,
    unit_format,
    unit_words,
)
from evalasn.report.formats.workbook_words import worded
from evalasn.report.words import fmt, names, phrases, reasons, titles, uncertainty, unit_accounting
from evalasn.report.words.text import label, t

# on the about sheet; the follow-up plan's records on its own sheet (_plan, from the same rows)
LEFT_OUT = ("versi_skema", "cakupan", "tahun", "sintetis", "parameter", "provenans", "rencana_tindak_lanjut")
HEADER_FILL = "EEF2F6"
HIDDEN_PLAN_COLUMNS = ("ukuran",)
INTERVAL_ENDS = ("ci_bawah", "ci_atas")  # a year's change's interval: none for a census (column_names)


def hidden_plan_columns(plan_rows: list) -> tuple[str, ...]:
    """The plan sheet's columns left out: HIDDEN_PLAN_COLUMNS, the dinas's own rows on the same finding
    (plan.PlanRow.dinas_rows) when no row has any (a dinas's workbook), and the province rows a dinas row carries out
    (plan.PlanRow.province_rows) when none does (the province's)."""
    return HIDDEN_PLAN_COLUMNS + (() if any(row.dinas_rows for row in plan_rows) else ("baris_dinas",)) + \
        (() if any(row.province_rows for row in plan_rows) else ("baris_provinsi",))
# the sheet listing every sheet and table (the workbook's first): its name and headers
CONTENTS = {"sheet": ("Daftar Isi", "Contents"), "tab": ("Lembar", "Sheet"), "bagian": ("Bab", "Chapter"),
            "tabel": ("Tabel", "Table"), "baris": ("Baris", "Rows")}
# the regulation's Indonesian words among hasil.json's values (IKM categories, SKM element names), as the English
# report writes them (the English workbook showed "Tidak Baik" and "Penanganan Pengaduan, Saran dan Masukan")
ENGLISH_VALUES = {**{words: english for _, _, words, english in constants.IKM_CATEGORIES},
                  **{constants.IKM_ELEMENTS[key]: constants.IKM_ELEMENTS_EN[key] for key in constants.IKM_ELEMENTS}}
ACCENT = "0B5394"
WORD_JOINER = "\u2060"


def build(hasil: dict, lang: str, built: dt.datetime, plan_rows: list | None = None,
          key_facts: Sequence[facts.Fact] | None = None, review: review_sheet.Sheet | None = None,
          opened: dt.date | None = None) -> bytes:
    """The workbook of ``hasil`` in ``lang``, as bytes (equal content gives equal bytes): the contents sheet first,
    then the about sheet, the key figures' records (report.facts) when given, the follow-up plan's rows
    (report.chapters.plan) when given, the review of last year's plan (report.chapters.review_sheet) when given,
    the sections' sheets (_layout) and the definitions; ``opened``: the report's date when its year is not over on it
    (facts.open_on)."""
    from openpyxl import Workbook

    which = 0 if lang == "id" else 1
    fixed = {name: label(name, lang)[:31] for name in ("tentang", "xf_sheet", "rencana_tindak_lanjut", "definisi")}
    reviewed, by_dinas = workbook_review.sheet_names(review, lang) if review is not None else (None, None)
    taken = {name.lower() for name in (*fixed.values(), reviewed, by_dinas, CONTENTS["sheet"][which]) if name}
    # the comparison with the province as the report prints it: each figure's one record (LOOK22 Y-3)
    # and the year's totals' changes as the trend table judges them (LOOK29 A-2)
    shown = workbook_against.changes_as_reported(workbook_against.as_reported(hasil, key_facts), key_facts, opened)
    layout = _layout(shown, lang, taken)
    # the sheets before the sections', with the report chapter showing the same (Tabel 1 in the summary, BAB X), and
    # the table's name where it is not the sheet's
    front: list[tuple[str, str | None, int | None, str]] = [(fixed["tentang"], None, None, fixed["tentang"])]
    if key_facts is not None:
        front.append((fixed["xf_sheet"], t("ch_summary", lang), len(key_facts), fixed["xf_sheet"]))
    if plan_rows is not None:
        front.append((fixed["rencana_tindak_lanjut"], t("ch_followup", lang), len(plan_rows),
                      fixed["rencana_tindak_lanjut"]))
    if review is not None and reviewed is not None:
        front.append((reviewed, t("ch_followup", lang), len(review.lines), review.caption))
        if by_dinas is not None:
            front.append((by_dinas, t("ch_followup", lang), len(review.agencies), review.agencies_caption))
    book = Workbook(write_only=True)  # rows streamed to the file: the province's thousands of unit rows stay cheap
    _contents(book.create_sheet(CONTENTS["sheet"][which]), front, layout, fixed["definisi"], shown, lang)
    _about(book.create_sheet(fixed["tentang"]), hasil, lang, built)
    if key_facts is not None:
        _key_figures(book.create_sheet(fixed["xf_sheet"]), key_facts, lang)
    if plan_rows is not None:
        _plan(book.create_sheet(fixed["rencana_tindak_lanjut"]), hasil, plan_rows, lang)
    if review is not None and reviewed is not None:
        _table(book.create_sheet(reviewed), *workbook_review.review_rows(review, lang), workbook_review.REVIEW_WIDTHS,
               "C2")
        if by_dinas is not None:
            _table(book.create_sheet(by_dinas), *workbook_review.agency_rows(review, lang),
                   workbook_review.AGENCY_WIDTHS, "B2")
    used: dict[str, str] = {}  # object path -> unit, for the definitions
    columns: dict[str, set[str]] = {}  # column key -> the tables showing it
    unknown = phrases.status_unknown(hasil)  # who the 20 JP duty counts, in the data's words (scope_words)
    province = hasil["cakupan"].get("jenis") == "provinsi"  # what the data are of, in the reports' words (ditto)
    for _, name, blocks in layout:
        _section(book.create_sheet(name), blocks, used, columns, lang, unknown, province)
    _definitions(book.create_sheet(fixed["definisi"]), used, columns, lang, unknown, province)
    book.properties.creator = t("doc_author", lang)
    scope = hasil["cakupan"]
    book.properties.title = titles.document_title(scope["slug"], scope["nama"], hasil["tahun"], lang)
    book.properties.created = book.properties.modified = utc(built)
    book.properties.language = lang
    book.properties.keywords = constants.REPORT_WORKBOOK_KEYWORD  # read back when an agency returns it (issue 24)
    return workbook_bytes(book)


def _cell(sheet, value, number_format: str | None = None, bold: bool = False, colour: str | None = None,
          size: float | None = None, fill: bool = False, wrap: bool = False):
    """``value`` for ``sheet.append`` (text kept as text: evalasn.sheets) with the style asked for. A workbook's
    cells share a few styles: each one is built once and copied to the next cell (_styled)."""
    if isinstance(value, str):
        value = value.replace(WORD_JOINER, "")  # the HTML's line-break guard: invisible junk in a cell
    style = (number_format, bold, colour, size, fill, wrap)
    if style == PLAIN:
        return sheets.value_or_cell(sheet, value)
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    _styled(cell, style)
    sheets.set_value(cell, value)  # after the style: text that needs the quote prefix gets it
    return cell


def _number(sheet, value: float, number_format: str):
    """``_cell(sheet, value, number_format)`` for a number (not a bool): the same cell, without the steps only text
    needs, and once its style is known a copy of it (a report workbook's most common cell: 34,000 in the province's)."""
    known = _STYLES.get(sheet.parent)
    style = (number_format, False, None, None, False, False)
    if not STYLE_COPIES or known is None or style not in known:
        return _cell(sheet, value, number_format)
    cell = _write_only_cell(sheet)
    cell._style = copy.copy(known[style])
    cell.value = value
    return cell


def _write_only_cell(sheet):
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet)


PLAIN = (None, False, None, None, False, False)
# workbook -> style -> openpyxl's record of that style's ids (StyleArray); see _styled
_STYLES: weakref.WeakKeyDictionary[object, dict[tuple, object]] = weakref.WeakKeyDictionary()


def _styled(cell, style: tuple) -> None:
    """Give ``cell`` the style (number format, bold, colour, size, header fill, wrap). The first cell of a style
    gets it through openpyxl's attributes (Font, PatternFill, Alignment: each looked up in the workbook's
    lists); later cells of the same workbook get a copy of that cell's ``_style``, the ids it was given.

    Saves: 0.10-0.12 s of a dinas workbook's 0.35 s and 0.4-0.5 s of the province's 1.5 s (with
    sheets.value_or_cell; Jakarta scale, medians of 5, 5 Dec 2026). Relies on openpyxl's ``Cell._style``
    (a StyleArray of ids, copied with copy.copy as openpyxl itself does; pinned openpyxl 3.1);
    tests/unit/test_workbook_styles.py compares the bytes with and without the copies."""
    from openpyxl.styles import Alignment, Font, PatternFill

    known = _STYLES.setdefault(cell.parent.parent, {})
    if STYLE_COPIES and style in known:
        cell._style = copy.copy(known[style])
        return
    number_format, bold, colour, size, fill, wrap = style
    if number_format:
        cell.number_format = number_format
    if bold or colour or size:
        cell.font = Font(bold=bold, color=colour, size=size)
    if fill:
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    known[style] = copy.copy(cell._style)


STYLE_COPIES = True  # False: every cell styled through openpyxl's attributes (tests compare the two)


def _about(sheet, hasil: dict, lang: str, built: dt.datetime) -> None:
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    sheet.freeze_panes = "A2"  # the title: a sheet of label and value rows has no header row
    sheet.append([_cell(sheet, t("title", lang), bold=True, size=14, colour=ACCENT)])
    sheet.append([])
    date_format = "d mmmm yyyy hh:mm" if lang == "en" else "[$-421]d mmmm yyyy hh:mm"
    slug, official = hasil["cakupan"]["slug"], hasil["cakupan"]["nama"]
    english = names.scope_name(slug, official, lang)  # in English: 'Health Agency', its official name once
    # the report's subject as the reports name it: the dinas, or the province (LOOK37 item 4: "Dinas: Pemerintah
    # Provinsi DKI Jakarta")
    subject = label("provinsi" if hasil["cakupan"].get("jenis") == "provinsi" else "dinas", lang)
    rows = [(subject, names.with_official(slug, english)), (label("tahun", lang), hasil["tahun"]),
            (label("data_sintetis", lang), label("ya" if hasil.get("sintetis") else "tidak", lang)),
            (label("dibuat", lang), built)]
    for name, value in rows:
        shown = _cell(sheet, value, date_format if isinstance(value, dt.datetime) else None)
        sheet.append([_cell(sheet, name, bold=True), shown])
    sheet.append([])
    if hasil.get("sintetis"):
        sheet.append([_cell(sheet, t("synthetic_banner", lang), bold=True, colour="8A5A00")])
    for text in (t("xlsx_about", lang, nama=english, tahun=hasil["tahun"],
                   definisi=label("definisi", lang), isi=CONTENTS["sheet"][0 if lang == "id" else 1]),
                 t("xlsx_not_enough", lang)):
        sheet.append([None, _cell(sheet, text, wrap=True)])


def _key_figures(sheet, key_facts: Sequence[facts.Fact], lang: str) -> None:
    """One row per key figure, as the report's tables show it (report.facts): numbers in the target's unit
    (percent for shares), the reason in words where a figure cannot be computed; the header row stays in view. Like
    with like, as Tabel 1 (Angka Kunci): an adjusted gain's earlier years are the mixed model's, each year's
    participants' mean in a column of its own."""
    names = ("indikator_kunci", "xf_definisi", "xf_nilai", "xf_bawah", "xf_atas", "xf_n", "xf_mentah",
             "xf_tahun_lalu", "xf_tahun_lalu_bawah", "xf_tahun_lalu_atas", "xf_tahun_lalu_mentah", "xf_tahun_awal",
             "xf_nilai_awal", "xf_nilai_awal_mentah", "provinsi", "xf_provinsi_bawah", "xf_provinsi_atas",
             "xf_provinsi_mentah", "target", "status", "peringkat_dari", "xf_alasan")
    widths = (28, 50, 12, 12, 12, 8, 14, 12, 12, 12, 14, 10, 12, 14, 12, 12, 12, 14, 14, 30, 16, 40)
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[_letter(col)].width = width
    sheet.freeze_panes = "B2"
    tahun = key_facts[0].tahun if key_facts else 0
    sheet.append([_cell(sheet, label(name, lang, tahun=tahun, tahun_lalu=tahun - 1), bold=True, fill=True, wrap=True)
                  for name in names])
    for fact in key_facts:
        first = fact.first_year
        first_value, first_raw = _first_year(fact)
        target = fact.target.nilai if fact.target is not None else None
        # the province mean the row is set against, with its interval where Tabel 1 prints one: beside an adjusted
        # gain the same model's (the province's own gain row is that mean itself: its Provinsi columns stay empty)
        against, with_ci = fact.province, fact.adjusted
        definition = fact.definition(lang)
        sheet.append([_cell(sheet, fact.name(lang), bold=True), _cell(sheet, definition, wrap=True),
                      _key_number(sheet, fact.key, fact.value), _key_number(sheet, fact.key, fact.value, 1),
                      _key_number(sheet, fact.key, fact.value, 2),
                      _cell(sheet, fact.sample_size) if fact.sample_size is not None else None,
                      _key_number(sheet, fact.key, fact.raw), _key_number(sheet, fact.key, fact.last_year),
                      _key_number(sheet, fact.key, fact.last_year, 1), _key_number(sheet, fact.key, fact.last_year, 2),
                      _key_number(sheet, fact.key, fact.last_year_raw),
                      _cell(sheet, first[0]) if first else None,
                      _key_number(sheet, fact.key, first_value), _key_number(sheet, fact.key, first_raw),
                      _key_number(sheet, fact.key, against),  # an adjusted gain's: the same model's
                      *((_key_number(sheet, fact.key, against, 1), _key_number(sheet, fact.key, against, 2))
                        if with_ci else (None, None)),
                      _key_number(sheet, fact.key, fact.province_raw),
                      _cell(sheet, fact.target_cell(lang)) if target is not None or fact.followup or fact.planned
                      else None,
                      _cell(sheet, fact.status(lang), wrap=True),
                      _cell(sheet, facts.rank_text(fact.rank, lang)) if fact.rank else None,
                      _cell(sheet, reason, wrap=True) if (reason := _key_reason(fact, lang)) else None])


def _first_year(fact: facts.Fact) -> tuple[facts.Figure, facts.Figure]:
    """The first data year's value measured as this year's, and its participants' mean (the adjusted gain only:
    that year's mixed-model estimate, the trend's, REVIEW5 D14)."""
    if fact.first_year is None:
        return None, None
    return fact.first_year[1], (fact.first_year_raw if fact.adjusted else None)


def _key_reason(fact: facts.Fact, lang: str) -> str | None:
    """Why this year's figure, last year's or the first data year's has no value, in words true to the cause
    (facts.year_reason: an adjusted gain without that year's model says why, never 'not run'); None when all
    have."""
    now = fact.reason(lang)
    said = [now] if now else []
    # last year's only when the year has a record (without one, the column is simply empty); the first year's always
    earlier = [(fact.tahun - 1, fact.last_year, fact.last_year_raw)] if (
        fact.last_year is not None or (fact.adjusted and fact.last_year_raw is not None)) else []
    if fact.first_year is not None and fact.first_year[0] != fact.tahun - 1:
        earlier.append((*fact.first_year, fact.first_year_raw))
    for year, figure, raw in earlier:
        if facts.as_target_unit(fact.key, figure) is not None:
            continue
        said.append(label("xf_alasan_tahun", lang, tahun=year, alasan=facts.year_reason(fact, figure, raw, lang)))
    return "; ".join(dict.fromkeys(said)) or None


def _key_number(sheet, key: str, figure, part: int = 0):
    """The value (0), lower (1) or upper (2) bound of a key figure in its target's unit; None without it."""
    values = facts.as_target_unit(key, figure)
    if values is None or (part and not isinstance(figure, dict)):  # a plain number has no interval: empty bounds
        return None
    return _cell(sheet, values[part], FORMATS[facts.kind(key)])


def _plan(sheet, hasil: dict, plan_rows: list, lang: str) -> None:
    """The follow-up plan with its stable row ids, then empty columns for the agency to fill: execution
    (a list to choose from), date, evidence, notes; the header row stays in view."""
    from openpyxl.worksheet.datavalidation import DataValidation

    # the hasil.json key an indicator is read from (plan.PlanRow.measure) is software text: the indicator column
    # names the figure with its unit and population
    shown = [index for index, name in enumerate(plan_records.SHEET_COLUMNS)
             if name not in hidden_plan_columns(plan_rows)]
    names = [*(plan_records.SHEET_COLUMNS[index] for index in shown), *plan_records.FILL_COLUMNS]
    widths = {"id": 30, "kode": 18, "baris_dinas": 30, "baris_provinsi": 30, "tindak_lanjut": 50, "indikator": 40,
              "ukuran": 40, "nilai_kini": 18, "target": 22, "nilai_kini_angka": 14, "target_angka": 14, "pj": 36,
              "waktu": 18, "pelaksanaan": 16, "tanggal": 14, "bukti": 36, "catatan": 36}
    for col, name in enumerate(names, 1):
        sheet.column_dimensions[_letter(col)].width = widths[name]
    sheet.freeze_panes = "C2"
    execution = _letter(names.index("pelaksanaan") + 1)
    last = len(plan_rows) + 1
    choices = ",".join(plan_records.EXECUTION[lang])
    check = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    check.add(f"{execution}2:{execution}{max(last, 2)}")
    sheet.data_validations.append(check)
    header = [label(f"rtl_{name}", lang, tahun=hasil["tahun"], tahun_berikut=hasil["tahun"] + 1,
                    pilihan=" / ".join(plan_records.EXECUTION[lang])) for name in names]
    sheet.append([_cell(sheet, text, bold=True, fill=True, wrap=True) for text in header])
    fill = len(plan_records.FILL_COLUMNS)
    today = names.index("nilai_kini_angka")
    for row, cells in zip(plan_rows, plan_records.sheet_rows(plan_rows, lang), strict=True):
        kept = [cells[index] for index in shown] + cells[len(cells) - fill:]
        # this year's value as a number ('61,6%' is 61.5854, shown 61.6): next year's check compares numbers
        written = [None if value is None else _cell(sheet, value, wrap=True) for value in kept]
        if isinstance(number := kept[today], (int, float)):  # shown with the decimals of the text beside it
            written[today] = _cell(sheet, round(number, 10), FORMATS.get(row.unit))
        sheet.append(written)


def _table(sheet, header: list[str], rows: list[list[workbook_review.Cell]], widths: Sequence[int],
           frozen: str) -> None:
    """A sheet of one table: its header row kept in view (with the columns left of ``frozen``), then its rows."""
    for col, width in enumerate(widths, 1):
        sheet.column_dimensions[_letter(col)].width = width
    sheet.freeze_panes = frozen
    sheet.append([_cell(sheet, text, bold=True, fill=True, wrap=True) for text in header])
    for row in rows:
        sheet.append([None if value is None else _cell(sheet, value, number_format, wrap=number_format is None)
                      for value, number_format in row])


def _blocks(path: str, value, lang: str = "id") -> list[tuple[str, list[dict]]]:
    """(object path, rows) for every table of a section, in the order of hasil.json."""
    if isinstance(value, list):
        records = [v for v in value if isinstance(v, dict)]
        if records:
            flat = _costed_only(path + "[]", _ranks_apart(records, [_flat(r, lang=lang) for r in records], lang))
            if all(record.get(EMPTY_DINAS) is None for record in flat):  # an agency's own rows (LOOK16 R-11)
                flat = [{key: cell for key, cell in record.items() if key != EMPTY_DINAS} for record in flat]
            return [(path + "[]", flat)]
        return [(path, [{"nilai": ", ".join(str(v) for v in value)}])] if value else []
    if not isinstance(value, dict):
        return []
    if "estimasi" in value or path in walk.free_key_paths():
        return [(path, [_flat(value, lang=lang)])]
    blocks, plain = [], {}
    for key, child in value.items():
        if key in NOT_FOR_READERS:
            continue
        if isinstance(child, dict) or (isinstance(child, list) and child and isinstance(child[0], dict)):
            blocks += _blocks(f"{path}.{key}", child, lang)
        elif child is not None and not isinstance(child, list):
            plain[key] = child
        elif isinstance(child, list) and child:  # an empty list is no column (REVIEW7 R7-6: a blank row under
            plain[key] = ", ".join(str(v) for v in child)  # "Tanpa kenaikan" in the English "Budget and Gain")
    if path == DECLARED:
        plain = declared_intervention(plain, lang)
    return ([(path, [plain])] if plain else []) + blocks


def _costed_only(path: str, flat: list[dict]) -> list[dict]:
    """A costed table's rows (COSTED_BASE) without the columns over costed participants where they have none."""
    if path not in COSTED_BASE:
        return flat
    base, columns = COSTED_BASE[path]
    return [{key: cell for key, cell in row.items() if key not in columns} if not row.get(base) else row
            for row in flat]


def _ranks_apart(records: list[dict], flat: list[dict], lang: str) -> list[dict]:
    """A rank whose 95% range spans every place among the ranked rows (five agencies the mixed model cannot tell
    apart, each 'Peringkat 1') gets words, not a place, as every report's table prints it (uncertainty.spans_all;
    REVIEW7 R7-17, CHECK15 E15-7); its bounds stay in their columns. A row ranking a figure of its own among its
    `dari` dinas (the comparison with the province: peringkat_terbaik/terburuk) likewise (LOOK22 Y-3: IKM
    'Peringkat 13' beside Tabel 11's 'tidak dapat dibedakan (1–21 dari 21)')."""
    ranked = sum(1 for record in records if record.get("peringkat"))
    for record, row in zip(records, flat, strict=True):
        low = record.get("peringkat_bawah", record.get("peringkat_terbaik"))
        high = record.get("peringkat_atas", record.get("peringkat_terburuk"))
        if record.get("peringkat") and uncertainty.spans_all(low, high, record.get("dari") or ranked):
            row["peringkat"] = t("rank_apart_cell", lang)
    return flat


# NOT_FOR_READERS (the program's switches, no column), DECLARED and NONE_DECLARED (the declared intervention's row)
# live in workbook_names, whose definitions must say of them what these sheets show
# the column naming each row's dinas, empty in every row of a dinas's own table (its workbook names it): no column
EMPTY_DINAS = "dinas"
# a difference-in-differences' groups of units (a list of objects in a row): one cell of words
UNIT_GROUPS = "rincian_unit"
# what a row names that the reason of an estimate nested in it names too: a method's adjusted gain withheld for its
# activities reads 'hanya 2 kegiatan workshop' as the report does (LOOK32 D-5; level2_pembelajaran.ancova.per_metode[])
# (a training method, not an estimator's name in a column of the same key)
ROW_NAMES = {"metode": constants.METODE}
# the count of activities matching the declared text over every agency and year: not this scope's (REVIEW5 D6:
# 887 in the Kesehatan workbook, which had 52 in 2025); with nothing declared, every activity of the province
ALL_SCOPES_COUNT = "n_kegiatan"


def declared_intervention(record: dict, lang: str) -> dict:
    """The declared intervention's row as the workbook shows it: what the settings say and whether anything was
    declared; with nothing declared only that (no count of 'measured' activities, no assignment of a programme
    that does not exist); never the province-wide count of matching activities."""
    if not record.get("dipilih"):
        return {"teks": NONE_DECLARED[0 if lang == "id" else 1], "dipilih": False}
    return {key: value for key, value in record.items() if key != ALL_SCOPES_COUNT}


def _flat(record: dict, prefix: str = "", lang: str = "id", row: dict | None = None) -> dict:
    """A record with nested objects as 'parent.field' columns; lists of plain values joined; an estimate
    without a value gets its reason in words (report.words.reasons) in its 'alasan' column, not a code. ``row``: what
    the row names that a nested estimate's reason names too (ROW_NAMES)."""
    out = {}
    row = {**(row or {}), **{key: record[key] for key, values in ROW_NAMES.items() if record.get(key) in values}}
    for key, value in record.items():
        if key in NOT_FOR_READERS:
            continue
        name = f"{prefix}{key}"
        if key == DECLARED.rsplit(".", 1)[-1] and isinstance(value, dict) and "dipilih" in value:
            # a performance indicator's row carries the same declared intervention as did_ikm: shown the same way, never
            # the count of every activity in all data as "Jumlah kegiatan" (887 in a dinas workbook, LOOK20 W-9)
            value = declared_intervention(value, lang)
        if isinstance(value, dict):
            out.update(_flat(value, name + ".", lang, row))
        elif key == UNIT_GROUPS and value:  # every unit of a comparison's scope, in the report's words (LOOK22 Y-4)
            out[name] = fmt.capitalised(unit_accounting.accounting(record, lang, always=True))
        elif isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                out[name] = ", ".join(str(v) for v in value)
        else:
            out[name] = value
    if record.get("cukup_data") is False or (isinstance(record.get("alasan"), str) and "cukup_data" not in record):
        # a record without the flag that carries its reason code (anggaran_vs_peningkatan.tanpa_estimasi[]: a method
        # x dinas with too few activities for an interval showed "kegiatan_kurang_klaster", LOOK15 Q-13)
        out[f"{prefix}alasan"] = reasons.reason({**row, **record}, lang)
    return out


def column_names(records: list[dict], path: str) -> list[str]:
    """The columns of a table, in order. A nested object that is null in every row gives no column: where other rows
    have its fields, their columns hold it (the trend's first year has no change from the year before: an empty
    'Selisih tahun lalu' column stood beside the change's columns, LOOK27 Y-2); a year's change of a figure that has
    none in any year is left out too (its empty column was headed '…: Gain'), and so are the ends of a year's change's
    interval null in every row (a census's exact difference has none: LOOK28 Z-4)."""
    names = list(dict.fromkeys(k for r in records for k in r))
    objects = walk.object_docs()

    def empty_object(name: str) -> bool:
        if any(r.get(name) is not None for r in records):
            return False
        if f"{path}.{name}" not in objects:
            return name.startswith(YEAR_CHANGE + ".") and name.rsplit(".", 1)[-1] in INTERVAL_ENDS
        return any(n.startswith(name + ".") for n in names) or name.split(".", 1)[0] == YEAR_CHANGE

    return [name for name in names if not empty_object(name)]


def _section(sheet, blocks: list[tuple[str, list[dict]]], used: dict[str, str], columns: dict[str, set[str]],
             lang: str, unknown: bool, province: bool = False) -> None:
    """The tables of a sheet, each a heading, a header row and its rows. A table of several rows is alone on its
    sheet with its header row kept in view (and for a list the first column, which names each row); one-row tables
    gathered on a section's sheet (_layout) have each its header right above its row."""
    widths: dict[int, int] = {}
    for path, records in blocks:  # widths first: a streamed sheet takes them before its rows
        names = column_names(records, path)
        titles, headers = table_headers(names, path, lang, province)
        for col, (name, shown) in enumerate(zip(names, headers, strict=True), 1):
            longest = max((len(value) for r in records if isinstance(value := r.get(name), str)), default=0)
            widths[col] = max(widths.get(col, 8), min(len(shown) + 2, 28), min(longest + 2, 45))
    for col, width in widths.items():
        sheet.column_dimensions[_letter(col)].width = width
    # set before the rows: a streamed sheet writes its view first. A table alone on its sheet keeps its header row
    # (and a title row above it) in view. A sheet of several one-row tables keeps its first column, which names each
    # table's row, in view (LOOK35b H-11: no frozen panes): no header row is every table's, and each table's header
    # is the row right above its one row, so the two scroll together (LOOK37b M-29(a): freezing the first table's
    # header would leave the wrong names above every other table; a sheet per table brings back R7-4's 79 tabs)
    if len(blocks) == 1:
        below = 3 + header_rows(blocks[0], lang, province) - 1
        sheet.freeze_panes = f"{'B' if len(blocks[0][1]) > 1 else 'A'}{below}"
    else:
        sheet.freeze_panes = "B1"
    yes, no = label("ya", lang), label("tidak", lang)  # Excel's TRUE/FALSE would be English
    for path, records in blocks:
        unit = object_unit(path)
        used[path] = unit
        sheet.append([_cell(sheet, scope_words(object_name(path, lang), lang, unknown, province), bold=True,
                            colour=ACCENT)])
        names = column_names(records, path)
        for name in names:
            columns.setdefault(name.rsplit(".", 1)[-1], set()).add(path)
        # a header in the reports' words too ("Dinas cakupan ini …" heads the trend's column of dinas left out); a
        # long name several columns share once, in a title row above their own names (header_groups)
        titles, headers = table_headers(names, path, lang, province)
        if titles is not None:
            sheet.append([_cell(sheet, title, bold=True) if title else None for title in titles])
        sheet.append([_cell(sheet, shown, bold=True, fill=True, wrap=True) for shown in headers])
        # what each column's cells need, worked out once per column, not once per cell (the province has 67,000)
        kinds = [(name, name.rsplit(".", 1)[-1], unit_format(unit), unit == "proporsi", unit == "probabilitas",
                  unit in fmt.MONEY_KINDS) for name in names for unit in (column_unit(name, path),)]
        for record in records:
            row: list[object] = []
            figure: object = _UNSET  # the record's key figure, for _scale: looked up at its first number
            for name, leaf, number_format, share, probability, money in kinds:
                value = record.get(name)
                if value is None:
                    row.append(None)
                elif isinstance(value, bool):
                    row.append(yes if value else no)
                elif probability and isinstance(value, (int, float)) and value < SMALLEST_P:
                    # as the report writes it: a p-value stored as 0 (rounded) showed "0,000" (LOOK20 W-10); a number
                    # still, as the column's others (LOOK35b H-11: the text '< 0.001' among numbers), where it is
                    # one: hasil.json rounds a p-value to 6 decimals, and one it holds as 0 is no zero (LOOK37b
                    # M-29(c): the Wilcoxon p-value a cell of 0 behind the format) but below 0.000001: the words
                    row.append(_number(sheet, value, smallest_p_format(number_format, lang)) if value > 0
                               else _cell(sheet, smallest_p_text(lang)))
                elif money and isinstance(value, (int, float)):  # in whole rupiah, as shown (LOOK35b H-11: 0.12)
                    row.append(_number(sheet, float(round(value)), number_format))
                elif isinstance(value, (int, float)):
                    if share:
                        scale = 100.0
                    else:
                        if figure is _UNSET:
                            figure = record.get("kunci") or record.get("temuan")
                        scale = _bound_scale(figure, leaf)
                    row.append(_number(sheet, round(value * scale, 10) if scale != 1 else value, number_format))
                elif isinstance(value, str) and (word := worded(leaf, value, record, lang)):
                    row.append(_cell(sheet, word))  # "seminar", "pasca", "kesehatan": the reader's word
                elif isinstance(value, str) and lang == "en" and value in ENGLISH_VALUES:
                    row.append(_cell(sheet, ENGLISH_VALUES[value]))  # an IKM category label, an SKM element: in English
                else:
                    row.append(None if value is None else _cell(sheet, value))
            sheet.append(row)
        sheet.append([])


Block = tuple[str, list[dict]]  # (object path, rows) of one table


def _layout(hasil: dict, lang: str, taken: set[str]) -> list[tuple[str, str, list[Block]]]:
    """(section, sheet name, tables) for every sheet of hasil.json's sections, in its order. A section's one-row
    tables (a single estimate, an object of plain values) are gathered on one sheet named by the section, each
    under its whole name with its header above its row (REVIEW7 R7-4: 52 of 79 sheets held a title, a header and
    one row, and the reader paged through 79 tabs for a figure); a table of several rows has a sheet of its own,
    its one header row kept in view while the reader scrolls (a single rectangle is also what Excel's sort, filter
    and pivot expect). Without one-row tables the section's first table takes the section's name; an empty section
    keeps an empty sheet, so that the reader sees it has nothing. A section whose one-row part is a single value of
    its own beside its one table (komunikasi: its period and its elements) gives that value to the table as a last
    column (the first names each row), the table keeping its own sheet name, instead of a sheet of one cell (LOOK18
    T-7: "Komunikasi" held "Periode 2025-S2" alone)."""
    layout: list[tuple[str, str, list[Block]]] = []
    for key, value in hasil.items():
        if key in LEFT_OUT or not isinstance(value, (dict, list)):
            continue
        blocks = _blocks(key, value, lang)
        single = [block for block in blocks if len(block[1]) <= 1]
        tables = [block for block in blocks if len(block[1]) > 1]
        if len(tables) == 1 and len(single) == 1 and single[0][0] == key and len(single[0][1]) == 1 \
                and len(single[0][1][0]) == 1:
            own = single[0][1][0]
            single, tables = [], [(path, [{**row, **own} for row in rows]) for path, rows in tables]
            folded = True
        else:
            folded = False
        if single or not tables:
            layout.append((key, sheet_name(key, lang, taken), single))
        for index, block in enumerate(tables):
            named = block[0] if index or single or folded else None
            layout.append((key, sheet_name(key, lang, taken, named), [block]))
    return layout


def table_headers(names: list[str], path: str, lang: str, province: bool) -> tuple[list[str] | None, list[str]]:
    """A table's title row (None without one: header_groups) and header row, in the reports' words (reader_scope)."""
    groups = header_groups(names, path, lang)
    if groups is None:
        return None, [reader_scope(header(name, path, lang), lang, province) for name in names]
    return ([reader_scope(title, lang, province) for title, _ in groups],
            [reader_scope(shown, lang, province) for _, shown in groups])


def header_rows(block: Block, lang: str, province: bool = False) -> int:
    """A table's header rows: its header, and a title row above it where header_groups gives one."""
    path, records = block
    return 1 if header_groups(column_names(records, path), path, lang) is None else 2


def block_rows(blocks: list[Block], lang: str = "id", province: bool = False) -> list[int]:
    """The row of each table's name on its sheet (_section: a name, a header (with a title row above it where
    header_groups gives one), the rows, an empty row)."""
    rows, row = [], 1
    for block in blocks:
        rows.append(row)
        row += len(block[1]) + 2 + header_rows(block, lang, province)
    return rows


# the report's chapter that shows each section of hasil.json (the contents sheet's "Bab" column); another section
# is named by its sheet
CHAPTERS = {"data": "ch_intro", "pelaksanaan": "ch_implementation", "level1_reaksi": "ch_results",
            "level2_pembelajaran": "ch_results", "level3_perilaku": "ch_results", "level4_hasil": "ch_results",
            "anggaran_vs_peningkatan": "ch_budget", "tantangan": "ch_challenges", "komunikasi": "ch_communication",
            "pooling": "ch_position", "tren": "ch_position", "perbandingan_provinsi": "ch_position",
            "perbandingan_dinas": "ch_position", "perhatian": "ch_position", "rencana_tahun_lalu": "ch_followup"}


def chapter(key: str, hasil: dict, lang: str) -> str:
    """The report chapter holding section ``key``, as its heading reads ('BAB III Hasil per Level Kirkpatrick')."""
    name = CHAPTERS.get(key)
    if name is None:
        return sheet_name(key, lang, set())
    if name == "ch_position" and hasil.get("cakupan", {}).get("jenis") == "provinsi":
        name = "ch_position_prov"
    return t(name, lang)


def _contents(sheet, front: list[tuple[str, str | None, int | None, str]], layout: list[tuple[str, str, list[Block]]],
              definitions: str, hasil: dict, lang: str) -> None:
    """The workbook's first sheet: one row per sheet before the sections' (about, key figures, plan), one row per
    table of the sections, then the definitions: the sheet (a link to the table's name on it), the report chapter
    showing it, the table's whole name and its rows."""
    from openpyxl.worksheet.hyperlink import Hyperlink

    which = 0 if lang == "id" else 1
    for letter, width in (("A", 32), ("B", 40), ("C", 80), ("D", 8)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, CONTENTS[name][which], bold=True, fill=True) for name in ("tab", "bagian", "tabel",
                                                                                          "baris")])

    def link(name: str, row: int = 1):
        cell = _cell(sheet, name, colour=ACCENT)
        quoted = name.replace("'", "''")
        cell.hyperlink = Hyperlink(ref="", location=f"'{quoted}'!A{row}", display=name)
        return cell

    for name, where, rows, title in front:
        sheet.append([link(name), where, title, rows])
    unknown, province = phrases.status_unknown(hasil), hasil["cakupan"].get("jenis") == "provinsi"
    for key, name, blocks in layout:
        where = chapter(key, hasil, lang)
        if not blocks:
            sheet.append([link(name), where, None, 0])
        for (path, records), row in zip(blocks, block_rows(blocks, lang, province), strict=True):
            sheet.append([link(name, row), where, scope_words(object_name(path, lang), lang, unknown, province),
                          len(records)])
    sheet.append([link(definitions), None, definitions, None])


def _scale(column: str, path: str, record: dict) -> float:
    """100 for a share (written in percent), and for the bounds of a key figure that is a share (a row of
    the comparison with the province, named by its key figure: its name says '(%)'); 1 otherwise."""
    if column_unit(column, path) == "proporsi":
        return 100.0
    return _bound_scale(record.get("kunci") or record.get("temuan"), column.rsplit(".", 1)[-1])


def _bound_scale(figure, leaf: str) -> float:
    """100 for the estimate, bounds and comparison value of a row named by a key figure that is a share; else 1."""
    return 100.0 if leaf in FIGURE_VALUES and figure in facts.SHARES else 1.0


SMALLEST_P = 0.001  # below it a p-value is written "< 0,001", as fmt.p_value writes it in the report


def smallest_p_format(number_format: str, lang: str) -> str:
    """The number format of a p-value below SMALLEST_P: shown "< 0,001" ("< 0.001"), as fmt.p_value writes it."""
    shown = fmt.p_value(0.0, lang).removeprefix("p ")
    return f'[<{SMALLEST_P}]"{shown}";{number_format}'


def smallest_p_text(lang: str) -> str:
    """A p-value held as 0 (below hasil.json's 6 decimals) in words, as the report writes it: '< 0,001'."""
    return fmt.p_value(0.0, lang).removeprefix("p ")


FIGURE_VALUES = frozenset(("estimasi", "ci_bawah", "ci_atas", "pembanding"))
_UNSET = object()


def _definitions(sheet, used: dict[str, str], columns: dict[str, set[str]], lang: str, unknown: bool,
                 province: bool = False) -> None:
    """What each table and column of the workbook means, named as its sheet shows it (not by its hasil.json key:
    docs/hasil-json.md has those), with its unit; keys and codes inside a meaning in words too (definition_text), the
    keys beside a column as the table showing it heads them where only one does (``columns``: each column's tables),
    and who the 20 JP duty counts in the words of this scope's data (scope_words, ``unknown``), what the data are
    of in the reports' words (``province``)."""
    lang_index = 0 if lang == "id" else 1
    for letter, width in (("A", 38), ("B", 90), ("C", 30)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"  # one header for both parts: the tables' names, then the columns' names
    sheet.append([_cell(sheet, text, bold=True, fill=True)
                  for text in (label("objek", lang) + " / " + label("field", lang).lower(), label("arti", lang),
                               label("satuan", lang))])
    documented = walk.object_docs()
    rows = [(object_name(path, lang), documented[path], path, "", path) for path in used if path in documented]
    rows += [(column_name(name, "", lang), FIELDS[name], "", name, next(iter(tables)) if len(tables) == 1 else "")
             for name, tables in sorted(columns.items()) if name in FIELDS]
    shown: set[tuple[str, str]] = set()
    for name, doc, path, key, near in rows:
        # a column or table whose cells are written otherwise than hasil.json holds them: its meaning as the sheet
        # shows it
        meaning = names.no_theme_in(SHOWN_MEANINGS.get(key or path, (doc.id, doc.en))[lang_index], lang)
        name, text = (scope_words(words, lang, unknown, province)
                      for words in (name, definition_text(meaning, lang, near)))
        if (name, text) not in shown:  # two keys shown under one name with one meaning: one row
            shown.add((name, text))
            sheet.append(sheets.row(sheet, [name, _cell(sheet, text, wrap=True), unit_words(doc.unit, lang)]))


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(col)
