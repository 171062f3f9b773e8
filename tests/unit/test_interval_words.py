"""How the reports explain a 95% interval to their reader (REVIEW7 R7-20)."""

from __future__ import annotations

import pytest

from evalasn.report.words.text import GLOSSARY, TEXT


@pytest.mark.parametrize(("lang", "odds", "overclaim"), [
    pytest.param("id", "1 dari 20", "hampir pasti", id="id"),
    pytest.param("en", "1 in 20", "almost surely", id="en"),
])
def test_the_interval_is_explained_with_its_misses(lang, odds, overclaim):
    """The foreword and the glossary called a 95% interval "hampir pasti" to hold the true value, though a report
    prints over a hundred of them and about one in twenty misses (set C's Sosial interval missed the planted value)."""
    for said in (TEXT["foreword_ci"][lang], GLOSSARY["ik"][lang][1]):
        assert odds in said and overclaim not in said and "95%" in said
