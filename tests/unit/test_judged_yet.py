"""LOOK36 K-5: "cannot be judged yet" of 2025 figures judged now, in 9.1 ("The IKM target of ≥ 76.61 cannot be judged
yet (interval holds the target)") and in every agency row of the index ("7 cannot be judged yet"): "yet" only where
the reason is a year not over (facts.Verdict.provisional); the Indonesian keeps the tables' "belum dapat dinilai"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, cast

import pytest

from evalasn.report import facts
from evalasn.report.chapters import followup_attention, key_findings
from evalasn.report.formats import index
from evalasn.report.words.text import t


@pytest.mark.parametrize(("lang", "open_year", "judged", "said"), [
    pytest.param("en", False, 10, "7 cannot be judged;", id="due-en"),
    pytest.param("en", True, 10, "7 cannot be judged yet;", id="open-year-en"),
    pytest.param("en", False, 0, "7 targets cannot be judged;", id="none-judged-due-en"),
    pytest.param("en", True, 0, "7 targets cannot be judged yet;", id="none-judged-open-year-en"),
    pytest.param("id", False, 10, "7 belum dapat dinilai;", id="due-id"),
    pytest.param("id", True, 10, "7 belum dapat dinilai;", id="open-year-id"),
])
def test_the_index_says_yet_only_for_an_open_year(lang, open_year, judged, said):
    agency = followup_attention.AgencyFollowUp("sumber-daya-air", "Dinas Sumber Daya Air", judged + 7, 0, 0, False,
                                            judged, open_year=open_year)
    text = " ".join(re.sub(r"<[^>]+>", " ", index._follow_up_text(agency, lang)).split())
    assert said in text, text


@dataclass
class _Fact:
    judged: facts.Verdict
    key: str = "ikm"
    placed: bool = False

    def target_text(self, lang: str, chapter: bool = False) -> str:
        return "≥ 76.61" if lang == "en" else "≥ 76,61"


@pytest.mark.parametrize(("lang", "open_year", "said"), [
    pytest.param("en", False, "The IKM target of ≥ 76.61 cannot be judged (interval holds the target).",
                 id="interval-holds-en"),
    pytest.param("en", True, "The IKM target of ≥ 76.61 cannot be judged yet (provisional", id="open-year-en"),
    pytest.param("id", False, "Target IKM ≥ 76,61, belum dapat dinilai (rentang memuat target).",
                 id="interval-holds-id"),
])
def test_a_conclusion_says_yet_only_for_an_open_year(lang, open_year, said):
    verdict = facts.not_over(dt.date(2025, 11, 30), lang) if open_year else \
        facts.Verdict("cannot", t("status_ci_holds", lang))
    text = key_findings.target_status(cast(Any, _Fact(verdict)), lang)
    assert text.startswith(said), text
