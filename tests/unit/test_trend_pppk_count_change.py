"""LOOK34 F-5: PPAPP's and Citata's trend tables (BAB VII, 7.1) gave the change of PPPK above the 24-JP cap as a bare
'–' (2 → 4 of 7; 4 → 7 of 9) with no reason anywhere, under a row label '(%)' over cells that are counts ('4 dari 7
PPPK (57,1%; hitungan, tanpa rentang)'). With fewer than 10 PPPK in either year the analysis records no change, so
the cell now gives both counts, 'tidak dinilai', and the mark of why (under the table, as other withheld changes);
the label names the unit its cells have."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis.stats import proportion_ci
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import comparison
from tests.unit.test_pppk_trend_row import LEVELS, WORSE, _rows, _with_pppk


def _counted(jumlah: int, n: int) -> dict[str, Any]:
    return {"n": n, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
            "jumlah": jumlah}


CASES = [
    # PPAPP: 2 then 4 of 7, no change recorded
    pytest.param("id", (_counted(2, 7), _counted(4, 7)), None, "PPPK di atas batas 24 JP",
                 "2 → 4 dari 7 PPPK (hitungan; tidak dinilai: kurang dari 10 PPPK)", id="id-ppapp-2-to-4-of-7"),
    pytest.param("en", (_counted(4, 9), _counted(7, 9)), None, "PPPK above the 24-JP cap",
                 "4 → 7 of 9 PPPK (a count; not judged: fewer than 10 PPPK)", id="en-citata-4-to-7-of-9"),
    # last year with an interval, this year too few: both units in the label, both counts in the cell, the year named
    pytest.param("id", (LEVELS[2024], _counted(4, 7)), None, "PPPK di atas batas 24 JP (%; hitungan bila kurang dari "
                 "10 PPPK)", "25 dari 74 → 4 dari 7 PPPK (hitungan; tidak dinilai: kurang dari 10 PPPK pada {tahun})",
                 id="id-interval-then-count"),
    pytest.param("en", (_counted(4, 7), LEVELS[2025]), None, "PPPK above the 24-JP cap (%; a count when fewer than "
                 "10 PPPK)", "4 of 7 → 43 of 74 PPPK (a count; not judged: fewer than 10 PPPK in {lalu})",
                 id="en-count-then-interval"),
    # both with an interval: the record's change as before, '(%)' kept
    pytest.param("id", (LEVELS[2024], LEVELS[2025]), WORSE, "PPPK di atas batas 24 JP (%)",
                 "+24,3 poin persen (8,5 s.d. 40,1): memburuk", id="id-kesehatan-intervals"),
]


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize(("lang", "levels", "change", "name", "cell"), CASES)
def test_the_pppk_rows_change_says_why_it_is_not_judged_and_its_label_fits_its_cells(contexts, slug, lang, levels,
                                                                                     change, name, cell):
    """Both years' counts and why there is no verdict, in the cell (no mark: a note under the table moved PPAPP's
    trend figure to a page of its own); the row's name with the unit its cells have."""
    ctx = contexts[(slug, lang)]
    tahun = ctx.hasil["tahun"]
    table = comparison.trend_table(_with_pppk(ctx, dict(zip((tahun - 1, tahun), levels, strict=True)), change))
    _, rows = _rows(table)
    assert name in rows, list(rows)
    assert rows[name][-1] == cell.format(tahun=tahun, lalu=tahun - 1)


def test_no_counted_change_without_last_years_pppk(contexts):
    """No PPPK last year (n 0): nothing to compare, the cell stays '–'."""
    ctx = contexts[("kesehatan", "id")]
    tahun = ctx.hasil["tahun"]
    levels = {tahun - 1: {**proportion_ci(0, 0)}, tahun: _counted(4, 7)}
    _, rows = _rows(comparison.trend_table(_with_pppk(ctx, levels, None)))
    assert rows["PPPK di atas batas 24 JP"][-1] == "–"
