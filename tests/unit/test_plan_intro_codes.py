"""LOOK22 Y-7: the 10.2 rule text says which findings a KECIL- row covers: the summary's "tanpa kenaikan yang
berarti" (an estimate at or below zero whose interval reaches above zero) as well as "kenaikan sangat kecil"; a
STOP- row, an interval wholly at or below zero."""

from __future__ import annotations

import re

import pytest

from evalasn.report.words.text import t


@pytest.mark.parametrize(("lang", "redesign", "stop", "labels"), [
    pytest.param("id", "baris rancang ulang (KECIL-…", "baris hentikan (STOP-…",
                 ('"kenaikan sangat kecil"', '"tanpa kenaikan yang berarti"', "mencapai di atas nol"), id="id"),
    pytest.param("en", "a redesign row (KECIL-…", "a stop row (STOP-…",
                 ('"a very small gain"', '"without a meaningful gain"', "reaches above zero"), id="en"),
])
def test_the_rule_text_says_what_redesign_rows_cover(lang, redesign, stop, labels):
    text = t("pl_intro", lang, tahun=2025, tahun_berikut=2026, langkah="10", batas="3,0644", efek="0,2")
    clause = re.search(re.escape(redesign) + r"(.*?)" + re.escape(stop), text, re.S)
    assert clause, text
    for label in labels:
        assert label in clause[1], clause[1]
    assert "at or below zero" in text.split(stop, 1)[1][:120] or "pada atau di bawah nol" in \
        text.split(stop, 1)[1][:120]
