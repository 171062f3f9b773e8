"""LOOK20 W-22: the index's follow-up cell read "0 dari 10 yang dapat dinilai tercapai (0,0%)" / "0 of 10 judged met
(0.0%)"; none met is said in words, as the dinas summary does (fr_summary_none_met)."""

from __future__ import annotations

import re

import pytest

from evalasn.report.chapters import followup_attention
from evalasn.report.formats import index


@pytest.mark.parametrize(("lang", "not_met", "said", "never"), [
    ("id", 10, "tidak satu pun dari 10 yang dapat dinilai tercapai; 4 belum dapat dinilai", ("0 dari", "0,0%")),
    ("en", 10, "none of 10 judged met", ("0 of", "0.0%")),
    ("id", 1, "satu-satunya yang dapat dinilai belum tercapai", ("0 dari", "0,0%")),
    ("en", 1, "the one judged target not met", ("0 of", "0.0%")),
], ids=["id", "en", "one-id", "one-en"])
def test_none_met_is_said_in_words(lang, not_met, said, never):
    agency = followup_attention.AgencyFollowUp("bina-marga", "Dinas Bina Marga", not_met + 4, 0, 0, False, not_met)
    text = " ".join(re.sub(r"<[^>]+>", " ", index._follow_up_text(agency, lang)).split())
    assert said in text and not any(word in text for word in never), text
