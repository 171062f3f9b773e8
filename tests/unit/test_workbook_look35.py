"""LOOK35b H-11: the workbook's money in whole rupiah, a p-value below a thousandth a number, and a sheet of several
one-row tables with its first column kept in view."""

from __future__ import annotations

import openpyxl
import pytest

from evalasn.report.formats import workbook

COST_PATH = "anggaran_vs_peningkatan.biaya_per_poin"
COSTS = [{"metode": "pelatihan", "n": 40, "estimasi": 294313.37, "ci_bawah": 200000.5, "ci_atas": 400000.49,
          "p": 0.0, "cukup_data": True, "n_kegiatan": 5, "rata_gain": 15.65, "anggaran_rp": 294313000.12,
          "biaya_per_peserta_rp": 7213558.336}]


def _sheet(blocks, lang: str = "en"):
    sheet = openpyxl.Workbook().active
    workbook._section(sheet, blocks, {}, {}, lang, False)
    return sheet


def _row(sheet, row: int) -> dict:
    return {sheet.cell(2, col).value: sheet.cell(row, col) for col in range(1, sheet.max_column + 1)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_money_is_written_in_whole_rupiah(lang):
    cells = _row(_sheet([(COST_PATH, COSTS * 2)], lang), 3)
    money = [cell for cell in cells.values() if "Rp" in (cell.number_format or "")]
    assert {cell.value for cell in money} >= {294313000, 7213558}, [cell.value for cell in money]
    assert all(float(cell.value).is_integer() for cell in money)


@pytest.mark.parametrize(("lang", "shown"), [pytest.param("id", "< 0,001", id="id"),
                                             pytest.param("en", "< 0.001", id="en")])
def test_a_p_value_below_a_thousandth_is_a_number_shown_as_the_report_writes_it(lang, shown):
    small = [{**COSTS[0], "p": 0.0004}] * 2  # a p-value held as 0 is words (LOOK37b M-29(c): test_look37b_workbook)
    sheet = _sheet([(COST_PATH, small)], lang)
    p_cells = [cell for cell in _row(sheet, 3).values() if f'"{shown}"' in (cell.number_format or "")]
    assert len(p_cells) == 1 and p_cells[0].value == 0.0004


@pytest.mark.parametrize(("blocks", "frozen"), [
    pytest.param([(COST_PATH, COSTS), ("anggaran_vs_peningkatan.biaya_per_poin_semua", COSTS)], "B1",
                 id="several-one-row-tables"),
    pytest.param([(COST_PATH, COSTS * 2)], "B3", id="one-list"),
])
def test_a_sheet_keeps_its_first_column_or_its_header_in_view(blocks, frozen):
    assert _sheet(blocks).freeze_panes == frozen
