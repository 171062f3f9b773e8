"""Resistance is measured before the activity, so the missing-data table counts only truly empty scores and the
share with a high score describes everyone with a score; the regression on the gain keeps the participations with
a pre/post pair (REVIEW3 #9)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import kirkpatrick
from evalasn.report.chapters import limitations


def _participations(n: int = 120, without_pair: int = 30, empty_scores: int = 0) -> pd.DataFrame:
    """n participations, every one with a resistance score except ``empty_scores``; the last ``without_pair``
    have no post-test, and they are the most resistant (so the two bases give different shares)."""
    rng = np.random.default_rng(11)
    score = np.round(rng.uniform(1.0, 3.4, n), 1)
    score[n - without_pair:] = 4.0  # high resistance, no post-test
    gain = rng.normal(8.0, 4.0, n) - score
    gain[n - without_pair:] = np.nan
    score[:empty_scores] = np.nan
    return pd.DataFrame({"skor_resistensi": score, "gain": gain,
                         "metode": np.where(np.arange(n) % 2, "pelatihan", "seminar")})


@pytest.mark.parametrize("empty_scores", [0, 7], ids=["no-empty-score", "seven-empty-scores"])
def test_the_share_and_the_missing_table_count_everyone_with_a_score(empty_scores):
    frame = _participations(empty_scores=empty_scores)
    out = kirkpatrick.resistance(frame)
    scored = frame["skor_resistensi"].notna()
    assert out["rata_resistensi"]["n"] == scored.sum()
    assert out["resistensi_tinggi"]["n"] == scored.sum()
    expected = (frame.loc[scored, "skor_resistensi"] >= constants.HIGH_RESISTANCE_SCORE).mean()
    assert out["resistensi_tinggi"]["estimasi"] == pytest.approx(expected)
    # the regression keeps its n: rows with both a gain and a score
    assert out["gain_per_poin_resistensi"]["n"] == (scored & frame["gain"].notna()).sum()
    hasil: Any = {"data": {"n_partisipasi_tahun": len(frame)}, "level1_reaksi": {"keseluruhan": {"n": len(frame)}},
                  "level2_pembelajaran": {"keseluruhan": {"n": int(frame["gain"].notna().sum())}},
                  "level3_perilaku": {"keseluruhan": {"n": len(frame)}}, "tantangan": {"resistensi": out}}
    missing = {key: gone for key, gone, _ in limitations.missing_rows(hasil)}
    assert missing["v_resistensi"] == empty_scores  # not the 30 without a post-test
    assert missing["v_nilai"] == 30


def test_too_few_for_the_regression_still_describes_the_scores():
    frame = _participations(n=60, without_pair=50)  # 10 pairs: too few for a regression, 60 scores
    out = kirkpatrick.resistance(frame)
    assert not out["gain_per_poin_resistensi"]["cukup_data"]
    assert out["resistensi_tinggi"]["cukup_data"] and out["resistensi_tinggi"]["n"] == 60
