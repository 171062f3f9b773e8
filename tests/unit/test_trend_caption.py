"""LOOK20 W-16: the trend figure's caption said the dashed target line is drawn "hanya pada tahun yang menjadi
sasarannya" while the annual targets (Cakupan, 20 JP, IKM, realisasi) run across every charted year
(comparison.trend_targets: a configured target in each year that sets it, a plan row's in its year only)."""

from __future__ import annotations

import pytest

from evalasn.report.words.text import t


@pytest.mark.parametrize(("lang", "said", "never"), [
    ("id", "target tahunan: setiap tahun; target rencana tindak lanjut: hanya tahun sasarannya",
     "target, hanya pada tahun"),
    ("en", "an annual target: every year; a follow-up plan target: only the year it is for", "target, only in"),
])
def test_the_trend_caption_says_annual_targets_run_every_year(lang, said, never):
    caption = t("pos_trend_fig", lang, nama="Dinas Kesehatan")
    assert said in caption and never not in caption, caption
