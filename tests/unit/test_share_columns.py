"""Shares shown one under another (the province's follow-up table, the index's follow-up cells) have one decimal."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from evalasn.report.chapters import followup_attention
from evalasn.report.chapters.followup_attention import AgencyFollowUp
from evalasn.report.formats import index
from evalasn.report.words import fmt
from evalasn.report.words.text import label, t

AGENCIES = [AgencyFollowUp("a", "Dinas A", 8, 0, 0, True, 8), AgencyFollowUp("b", "Dinas B", 8, 2, 1, True, 6),
            AgencyFollowUp("c", "Dinas C", 8, 1, 4, True, 7), AgencyFollowUp("d", "Dinas D", 14, 1, 0, True, 13)]


@pytest.mark.parametrize("part, whole, lang, shown", [
    (2, 8, "id", "25,0%"), (0, 8, "id", "0,0%"), (1, 8, "id", "12,5%"), (1, 14, "id", "7,1%"), (8, 8, "en", "100.0%"),
], ids=["quarter", "none", "eighth", "fourteenth", "all-english"])
def test_a_share_in_a_column_has_one_decimal(part, whole, lang, shown):
    assert fmt.percent_of(part, whole, lang, column=True) == shown
    assert fmt.percent_of(part, whole, lang) == shown.replace(",0%", "%").replace(".0%", "%")  # in a sentence


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_follow_up_table_shows_every_share_with_one_decimal(monkeypatch, lang):
    """LOOK10 N-18: provinsi Tabel 17 '% tercapai' read '0%', '7,1%', '12,5%', '25%', '37,5%' in one column."""
    monkeypatch.setattr(followup_attention, "by_agency", lambda ctx: AGENCIES)
    ctx = SimpleNamespace(province=True, hasil={"tahun": 2025}, lang=lang, agencies={}, left={},
                          t=lambda key, **v: t(key, lang, **v),
                          label=lambda key, **v: label(key, lang, **v))
    table = followup_attention.province_table(ctx)  # type: ignore[arg-type]
    shares = re.findall(r"<td class=num>(\d+[,.]\d+%|\d+%)</td>", table)
    point = "," if lang == "id" else "."
    assert shares == [f"0{point}0%", f"0{point}0%", f"25{point}0%", f"12{point}5%", f"12{point}5%", f"50{point}0%",
                      f"7{point}1%", f"0{point}0%"], shares


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_index_follow_up_cell_shows_its_shares_with_one_decimal(lang):
    """LOOK10 N-18: the index read '(25%)' in one row and '(6,7%)' in the next."""
    text = " ".join(re.sub(r"<[^>]+>", " ", index._follow_up_text(AGENCIES[1], lang)).split())
    point = "," if lang == "id" else "."
    assert f"(25{point}0%)" in text and f"(12{point}5%)" in text, text
