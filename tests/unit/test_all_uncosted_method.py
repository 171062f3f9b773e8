"""A method whose every activity is at Rp 0 (cost not recorded) is withheld for its missing cost, however few its
activities, never as "no activity" on a row that counts them; its gain column keeps the participants' mean from the
gain record (CHECK12 C12-3: set D "seminar | 2 | 33 | tidak dihitung: belum dapat dihitung: tidak ada kegiatan pada
periode ini | – | –")."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
import pytest

from evalasn.analysis import budget, learning
from evalasn.report.chapters import results
from evalasn.report.context import Context
from tests.unit.test_unrecorded_cost import _frame


def _cost(costs: list[float | None]) -> dict[str, Any]:
    frame = _frame(costs)
    gain: Any = {"metode": "seminar", **learning.paired_change_clustered(frame)}
    return cast(dict, next(r for r in budget.cost_per_point(frame, [gain]) if r["metode"] == "seminar"))


@pytest.mark.parametrize("costs", [[0.0] * 2, [None] * 4, [0.0]], ids=["2-at-rp-0", "4-blank", "1-at-rp-0"])
def test_a_method_with_no_costed_activity_is_missing_cost_not_no_activity(costs):
    row = _cost(costs)
    assert row["alasan"] == "biaya_tidak_tercatat" and row["kegiatan_tanpa_biaya"] == len(costs)
    # no costed participant, so no mean over them (LOOK36 J-1); the gain column reads the gain record (test below)
    assert row["n_kegiatan"] == 0 and row["n"] == 0 and row["rata_gain"] is None


@pytest.mark.parametrize(("lang", "cell"), [
    ("id", "tidak\u00a0dihitung: biaya tidak tercatat (2 kegiatan Rp\u00a00)"),
    ("en", "not\u00a0computed: cost not recorded (2 activities at Rp\u00a00)")], ids=["id", "en"])
def test_the_cost_cell_names_the_missing_cost(lang, cell):
    ctx = Context(cast(Any, {}), lang, pd.DataFrame())
    assert results._cost_cell(ctx, _cost([0.0, 0.0])) == cell


def test_the_gain_column_keeps_the_mean_the_gain_rule_left_without_interval():
    gain = {"metode": "seminar", "n": 33, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
            "alasan": "kegiatan_kurang_klaster", "n_kegiatan": 2, "rata_peserta": 1.1}
    cell = results.gain_cell({"rata_gain": None}, gain, "id")
    assert cell.startswith("1,1\u00a0") and "2 kegiatan" in cell.replace("\u00a0", " ")
