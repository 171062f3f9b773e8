"""LOOK20 W-3: the province seminar finding listed 13 dinas with too few seminars to judge (9.1), then said "Belum dapat
dinilai per dinas: seminar Rp 320 juta di 11 dinas": 2 of the 13 recorded no cost (BAB IV). The sentence now counts
both, so the counts add up to the list."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import key_findings
from tests.unit.test_money_without_estimate import PAIRS, _mixes, _province


@pytest.mark.parametrize(("lang", "said"), [
    ("id", " Belum dapat dinilai per dinas karena terlalu sedikit kegiatan atau peserta: seminar Rp 49,2 juta di 2 "
           "dinas dengan biaya tercatat dan 2 dinas lain tanpa biaya tercatat (BAB IV)."),
    ("en", " Not yet judged per agency, with too few activities or participants: seminar Rp 49.2 million in 2 "
           "agencies with a recorded cost and 2 more agencies with no cost recorded (Chapter IV)."),
], ids=["id", "en"])
def test_the_unjudged_seminar_money_counts_the_dinas_without_recorded_cost_too(lang, said):
    hasil = _province(PAIRS[:2])
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"][0]["metode"] = "seminar"  # the finding is the seminar's
    hasil["pooling"] = _mixes(("bina-marga", "seminar", 1, 12), ("dpmptsp", "seminar", 1, 24),
                              ("dispora", "seminar", 1, 12), ("ppkukm", "seminar", 1, 10))
    found = key_findings.without_gain(hasil, [], lang)
    assert found is not None
    assert found.text.endswith(said), found.text
