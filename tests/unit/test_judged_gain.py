"""A withheld cost per point names the gain it was judged on with that gain's own mean and activities (CHECK14 E14-5,
set G: "jelas di atas nol (2,0 poin dari 26 kegiatan)": 2,0 the mean of the 22 activities with a recorded cost, 26
every scored activity, whose mean is 2,2)."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from evalasn.analysis import budget, certainty
from evalasn.report.words import reasons


def test_the_withheld_record_keeps_the_judged_gains_mean_beside_the_costed_one():
    costed = [(f"K{i}", 1e6, 2.0) for i in range(6)]
    free = [(f"F{i}", 0.0, 6.0) for i in range(2)]  # Rp 0: left out of the ratio, in the gain record
    part = pd.DataFrame([{"kegiatan_id": k, "biaya_per_peserta_rp": cost, "gain": gain}
                         for k, cost, gain in costed + free for _ in range(5)])
    gain: Any = {"estimasi": 3.0, "ci_bawah": -0.2, "ci_atas": 6.1, "n_kegiatan": 8, "n": 40, "cukup_data": True,
                 "status_kenaikan": certainty.UNSURE}
    found = budget.cost_per_point_all(part, gain)
    assert found["alasan"] == "gain_belum_jelas" and found["n_kegiatan"] == 6 and found["kegiatan_tanpa_biaya"] == 2
    assert found["rata_gain"] == pytest.approx(2.0) and found["gain_rata"] == pytest.approx(3.0)
    assert found["gain_n_kegiatan"] == 8


@pytest.mark.parametrize("lang, said, old", [
    ("id", "jelas di atas nol (2,2 poin dari 26 kegiatan), tetapi pada 4,5% penarikan ulang 22 kegiatan dengan biaya "
           "tercatat (rata-rata 2,0 poin) totalnya tidak positif", "2,0 poin dari 26 kegiatan"),
    ("en", "clearly above zero (2.2 points over 26 activities), but 4.5% of resamples of the 22 activities with a "
           "recorded cost (mean 2.0 points) have no positive total", "2.0 points over 26 activities"),
], ids=["id", "en"])
def test_the_unbounded_ratio_pairs_each_mean_with_its_own_count(lang, said, old):
    record: Any = {"alasan": "rasio_tak_terbatas", "cukup_data": False, "n": 351, "n_kegiatan": 22,
                   "rata_gain": 1.954, "gain_rata": 2.19, "gain_bawah": 0.42, "gain_atas": 3.95,
                   "gain_n_kegiatan": 26, "porsi_replikasi_tidak_positif": 0.045, "kegiatan_tanpa_biaya": 4}
    text = reasons.reason(record, lang)
    assert said in text and old not in text, text
    every = {**record, "n_kegiatan": 26, "rata_gain": 2.19, "kegiatan_tanpa_biaya": 0}  # all costed: one count
    assert "biaya tercatat" not in reasons.reason(every, lang) and "recorded cost" not in reasons.reason(every, lang)
