"""The plan's DATA row counts participations with all three values, pre, post and a behaviour rating, as its label
says: rows, not the smallest of the counts (REVIEW3 #10)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import kirkpatrick
from evalasn.report.chapters import plan, plan_indicators, plan_targets


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
    value = plan_indicators.data_share(hasil)
    assert value == (None if share is None else pytest.approx(share))


def test_the_row_names_its_measure():
    assert plan_indicators.MEASURED["rec_data"].path == "data.n_partisipasi_lengkap / data.n_partisipasi_tahun (× 100)"


@pytest.mark.parametrize("lang, said", [("id", "tidak ada data 2025"), ("en", "no 2025 data")], ids=["id", "en"])
def test_the_data_row_of_a_year_not_received_says_so_not_zero_percent(lang, said):
    """CHECK15 E15-9 (set H, Nakertransgi sent nothing for 2025): its DATA row printed '0,0%' (0 of 0
    participations) as its 2025 value, and next year's review quoted '0,0% pada 2025'; E14-2 settled 'tidak ada
    data'."""
    from evalasn.report.chapters import recommendation

    hasil: Any = {"data": {"n_partisipasi_tahun": 0, "n_partisipasi_lengkap": 0}, "tahun": 2025,
                  "cakupan": {"jenis": "dinas", "slug": "nakertransgi"},
                  "tren": [{"tahun": 2025, "dinas_tanpa_data_kegiatan": ["nakertransgi"]}]}
    goal = plan_targets.goal(recommendation.Recommendation("rec_data", ""), hasil, {}, lang)
    assert goal is not None and goal.today_text == said and goal.today == 0.0, goal  # the row still asks, from 0
    hasil["tren"][0]["dinas_tanpa_data_kegiatan"] = []
    hasil["data"].update(n_partisipasi_tahun=10, n_partisipasi_lengkap=4)
    sent = plan_targets.goal(recommendation.Recommendation("rec_data", ""), hasil, {}, lang)
    assert sent is not None and sent.today_text == ("40,0%" if lang == "id" else "40.0%")


@pytest.mark.parametrize("lang, said", [("id", "lanjutan baris ini dari rencana 2025: tidak ada data pada 2025"),
                                        ("en", "carried on from this row of the 2025 plan: no data in 2025")],
                         ids=["id", "en"])
def test_next_years_quote_of_a_year_not_received(lang, said):
    """Old (2026 report, 10.2): '(lanjutan baris ini dari rencana 2025: 0,0% pada 2025, target ≥ 100% belum
    tercapai)'."""
    from evalasn.report import facts
    from evalasn.report.chapters import followup_review
    from evalasn.report.words.text import t

    row = plan.PlanRow("nakertransgi-2025-DATA", "DATA", "rec_data", "", "", 0.0,
                       t("fact_no_last_year", lang, tahun=2025), 100.0, "≥ 100%", True, "", 1, "")
    reviewed = followup_review.Reviewed(row, None, facts.Verdict("not_met"), None)  # type: ignore[arg-type]
    quoted = followup_review.history(reviewed, lang, code="DATA")
    assert said in quoted and "0,0%" not in quoted and "2025 pada 2025" not in quoted, quoted
