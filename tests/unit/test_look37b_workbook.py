"""LOOK37b M-29, the English workbook: (b) "Lowest coverage (units)" had seven headers that all began with the same
87-character definition, so no two columns could be told apart at their width: the shared name once, in a title
row, over short headers ("n", "Estimate (%)", "Lower 95% bound (%)", …), in both languages; (c) the Wilcoxon p-value
hasil.json holds as 0 (below its 6 decimals) was a cell of 0 behind a "< 0.001" format: the words "< 0.001", never
a 0 that reads as exactly zero; the English Definitions said blank = "(tanpa tema)" and the cells said it too: "(no
theme)". (a) a sheet of several one-row tables keeps its first column in view (each table's header is the row right
above its one row): test_workbook_look35."""

from __future__ import annotations

import openpyxl
import pytest

from evalasn.report.formats import workbook
from evalasn.report.formats.workbook_names import GROUP_TITLE_MIN
from evalasn.report.words import names

LOWEST = "pelaksanaan.cakupan_unit_terendah[]"
UNITS = [{"dinas": "kominfotik", "nama": f"Unit {k}", "cakupan": {"n": 14, "estimasi": 0.857, "ci_bawah": 0.6,
                                                                  "ci_atas": 0.96, "p": None, "cukup_data": True,
                                                                  "jumlah": 12}} for k in range(3)]
GAIN = "level2_pembelajaran.keseluruhan"
GAINS = [{"n": 127, "estimasi": 6.37, "ci_bawah": 0.62, "ci_atas": 12.1, "p": 0.034, "cukup_data": True,
          "p_wilcoxon": 0.0}]


def _sheet(blocks, lang: str):
    sheet = openpyxl.Workbook().active
    workbook._section(sheet, [(path, [workbook._flat(r, lang=lang) for r in rows]) for path, rows in blocks], {}, {},
                      lang, False)
    return sheet


def _values(sheet, row: int) -> list:
    return [sheet.cell(row, col).value for col in range(1, sheet.max_column + 1)]


@pytest.mark.parametrize(("lang", "short"), [("en", ["n", "Estimate (%)", "Lower 95% bound (%)"]),
                                             ("id", ["n", "Estimasi (%)", "Batas bawah 95% (%)"])])
def test_columns_sharing_a_long_name_get_it_once_above_short_headers(lang, short):
    sheet = _sheet([(LOWEST, UNITS)], lang)
    title, headers = _values(sheet, 2), _values(sheet, 3)
    shared = [value for value in title if value]
    assert len(shared) == 1 and len(shared[0]) > GROUP_TITLE_MIN, title
    assert headers[2:5] == short, headers
    assert len({str(value)[:GROUP_TITLE_MIN] for value in headers}) == len(headers), headers  # told apart
    assert sheet.freeze_panes == "B4"  # the title and the header stay in view
    assert _values(sheet, 4)[2] == 14  # the rows right below


def test_the_contents_link_each_table_below_a_title_row():
    blocks = [(LOWEST, [workbook._flat(r, lang="en") for r in UNITS[:1]]),
              (GAIN, [workbook._flat(r, lang="en") for r in GAINS])]
    assert workbook.block_rows(blocks, "en") == [1, 1 + 1 + 3 + 1]  # name, title, header, its row, empty row


@pytest.mark.parametrize(("lang", "shown"), [("en", "< 0.001"), ("id", "< 0,001")])
def test_a_p_value_held_as_zero_is_written_in_words(lang, shown):
    sheet = _sheet([(GAIN, GAINS)], lang)
    cells = dict(zip(_values(sheet, 2), _values(sheet, 3), strict=True))
    wilcoxon = next(value for header, value in cells.items() if "Wilcoxon" in str(header))
    assert wilcoxon == shown, cells
    assert 0 not in [value for value in cells.values() if not isinstance(value, bool)]


def test_an_activity_without_a_theme_in_english():
    assert names.theme_in("(tanpa tema)", "en") == "(no theme)"
    assert names.theme_in("(tanpa tema)", "id") == "(tanpa tema)"
    said = 'Up to 8 themes (lower case; blank = "(tanpa tema)") of the evaluated year\'s activities.'
    assert '"(no theme)"' in names.no_theme_in(said, "en") and names.no_theme_in(said, "id") == said
