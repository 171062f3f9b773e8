"""LOOK37 L-18: Bina Marga's budget realisation (a census) said "17 dari 21 (sama dengan 1 dinas pada pembulatan)",
but Dispora's coverage 78,9%, printed the same as PPAPP's 78,9%, said "7 dari 21 (1–19)" with no tie: the tie rule
was kept for census figures only. analysis.trend.ranks now counts, for every figure with an interval, the other
dinas printing the same point (`sama_pembulatan`, a share compared in percent as printed), and report.facts.rank_text
says it beside the place and its range."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import trend
from evalasn.report import facts


def _coverage(shares: dict[str, float]) -> Any:
    return {slug: {"cakupan_asn": {"estimasi": v, "ci_bawah": v - 0.2, "ci_atas": min(v + 0.15, 1.0), "n": 60,
                                   "cukup_data": True}} for slug, v in shares.items()}


# 21 dinas; Dispora 0,78912 and PPAPP 0,78876 both print 78,9%; no other two print alike
SHARES = {f"dinas-{i:02d}": 0.95 - 0.011 * i for i in range(19)} | {"dispora": 0.78912, "ppapp": 0.78876}


def test_a_figure_with_an_interval_counts_the_dinas_printed_the_same():
    ranked = trend.ranks(_coverage(SHARES), "cakupan_asn")
    assert ranked["dispora"]["sama_pembulatan"] == 1 and ranked["ppapp"]["sama_pembulatan"] == 1
    assert ranked["dispora"]["peringkat"] != ranked["ppapp"]["peringkat"]  # the finer value keeps the places apart
    assert "sama_pembulatan" not in ranked["dinas-00"] and "sensus" not in ranked["dispora"]


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "7\u00a0dari\u00a021 (1–\u206019), sama dengan 1\u00a0dinas pada pembulatan"),
    ("en", "7\u00a0of\u00a021 (1–\u206019), tied with 1\u00a0agency as rounded"),
])
def test_the_rank_of_a_figure_with_an_interval_says_its_printed_tie(lang, said):
    rank = {"peringkat": 7, "peringkat_terbaik": 1, "peringkat_terburuk": 19, "dari": 21, "sama_pembulatan": 1}
    assert facts.rank_text(rank, lang) == said
