"""LOOK26 X-10: the English Kominfotik report's running head read "Communication and Informatics Agency" on every
page, a short name defined nowhere in the report and a word short of the name on its cover ("Communication,
Informatics and Statistics Agency"); so did five others ("Manpower and Energy Agency", "Industry and Trade Agency",
…), and the notes used the same names. Every short name a report uses is the full name, or is spelled out in its
List of Abbreviations (Daftar Singkatan), in both languages."""

from __future__ import annotations

import pytest

from evalasn.registry import AGENCIES, official_name
from evalasn.report.chapters.front import HEADER_NAME_MAX
from evalasn.report.words import abbreviations, names

CASES = [pytest.param(slug, lang, id=f"{slug}-{lang}") for slug in AGENCIES for lang in ("id", "en")]


@pytest.mark.parametrize("slug, lang", CASES)
def test_the_running_heads_name_is_the_full_one_or_spelled_out(slug, lang):
    full = names.scope_name(slug, official_name(slug), lang)
    head = names.running_name(slug, full, lang, HEADER_NAME_MAX)
    if head == full:
        return
    listed = abbreviations.used(head, lang)
    assert listed, head
    assert any(abbreviation in head and full in meaning for abbreviation, meaning in listed), (head, listed)


@pytest.mark.parametrize("slug", [slug for slug in AGENCIES if names.needs_key(slug)])
def test_an_english_short_name_that_leaves_words_out_is_in_the_list(slug):
    """In a note ('… to each agency that carries them out, Communication and Informatics Agency included') or a list,
    the English short name is spelled out with the English and the official name."""
    short = names.short_name_in(slug, "en")
    listed = dict(abbreviations.used(f"Rows are carried out by {short} and others.", "en"))
    assert names.with_official(slug, names.ENGLISH_NAMES[slug]) in listed.get(short, ""), listed


@pytest.mark.parametrize("slug, keyed", [
    pytest.param("kominfotik", True, id="communication-and-informatics"),
    pytest.param("nakertransgi", True, id="manpower-and-energy"),
    pytest.param("satpol-pp", True, id="satpol-pp"),
    pytest.param("kesehatan", False, id="health-reads-as-it-is"),
    pytest.param("prkp", False, id="public-housing-and-settlements-reads-as-it-is"),
])
def test_only_a_short_name_that_leaves_words_out_needs_a_key(slug, keyed):
    assert names.needs_key(slug) is keyed
