"""The plan's DATA row counts participations with all three values, pre, post and a behaviour rating, as its label
says: rows, not the smallest of the counts (REVIEW3 #10)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import kirkpatrick
from evalasn.report.chapters import plan


def _participations() -> pd.DataFrame:
    """10 participations: rows 0-2 without a post-test, rows 3-5 without a behaviour rating."""
    post = np.full(10, 70.0)
    post[:3] = np.nan
    behaviour = np.full(10, 3.0)
    behaviour[3:6] = np.nan
    return pd.DataFrame({"nilai_pre": 60.0, "nilai_post": post, "skor_perilaku": behaviour})


def test_complete_rows_are_counted_not_the_smallest_count():
    assert kirkpatrick.complete_participations(_participations()) == 4  # min of counts would say 7


@pytest.mark.parametrize("complete, total, share", [
    pytest.param(4, 10, 40.0, id="four-of-ten-rows-complete"),
    pytest.param(784, 1196, 100 * 784 / 1196, id="kesehatan-sample-65.6"),
    pytest.param(0, 0, None, id="no-participations"),
    # the dinas's year not received (CHECK11 C11-7): its DATA row asks for it, from 0%
    pytest.param(0, 0, 0.0, id="year-not-received"),
])
def test_the_data_row_is_the_share_of_complete_rows(request, complete, total, share):
    frame = _participations()
    missing = ["kesehatan"] if request.node.callspec.id == "year-not-received" else []
    hasil: Any = {"data": {"n_partisipasi_tahun": total, "n_partisipasi_lengkap": complete}, "tahun": 2025,
                  "cakupan": {"jenis": "dinas", "slug": "kesehatan"},
                  "tren": [{"tahun": 2025, "dinas_tanpa_data_kegiatan": missing}],
                  # the two counts the old measure took the smaller of: 7 scored, 7 rated
                  "level2_pembelajaran": {"keseluruhan": {"n": int(frame["nilai_post"].notna().sum())}},
                  "level3_perilaku": {"keseluruhan": {"n": int(frame["skor_perilaku"].notna().sum())}}}
    value = plan.data_share(hasil)
    assert value == (None if share is None else pytest.approx(share))


def test_the_row_names_its_measure():
    assert plan.MEASURED["rec_data"].path == "data.n_partisipasi_lengkap / data.n_partisipasi_tahun (× 100)"
