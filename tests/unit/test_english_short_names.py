"""LOOK20 W-18: the English build names every agency by English words, and its summary says what each short name
stands for before it first uses one. Before: Table 11 listed "Fire and Rescue" beside "PRKP", "DPMPTSP", "PPAPP",
"PPKUKM" and "KPKP"; the plan "KPKP Agency secretariat"; the summary "Health: gain clearly below the province mean"
with the key under Table 11, 20 pages on."""

from __future__ import annotations

import re

import pytest

from evalasn.registry import AGENCIES, PROVINCE_SLUG, compact_name, official_name, short_name
from evalasn.report.chapters import front, sections
from evalasn.report.words import names, units

ACRONYMS = ("prkp", "dpmptsp", "ppapp", "ppkukm", "kpkp")


@pytest.mark.parametrize("slug, english", [
    ("prkp", "Public Housing and Settlements"),
    ("dpmptsp", "Investment and One-Stop Services"),
    ("ppapp", "Empowerment and Child Protection"),
    ("ppkukm", "Industry and Trade"),
    ("kpkp", "Food Security and Marine Affairs"),
    ("satpol-pp", "Satpol PP"),
], ids=["prkp", "dpmptsp", "ppapp", "ppkukm", "kpkp", "satpol-pp-a-name-english-uses"])
def test_an_agency_known_by_an_acronym_has_an_english_short_name(slug, english):
    assert names.short_name_in(slug, "en") == english
    assert names.short_name_in(slug, "id") == short_name(slug)  # the Indonesian build keeps its acronym


@pytest.mark.parametrize("slug", sorted(set(AGENCIES) - {"satpol-pp"}))
def test_every_english_short_name_is_english_words_without_a_comma(slug):
    """One naming system in a table or a list: no Indonesian acronym in capitals, no comma inside a name."""
    short = names.short_name_in(slug, "en")
    assert not re.fullmatch(r"[A-Z]{3,}", short) and "," not in short, short
    assert short != short_name(slug) and slug in names.ENGLISH_SHORT, short


@pytest.mark.parametrize("slug, compact", [
    ("kpkp", "Food Security and Marine Affairs Agency"),
    ("ppapp", "Empowerment and Child Protection Agency"),
    ("ppkukm", "Industry and Trade Agency"),
    ("dpmptsp", "Investment and One-Stop Services Agency"),
    ("prkp", "Public Housing and Settlements Agency"),
])
def test_a_narrow_cell_and_the_running_head_name_the_agency_in_english(slug, compact):
    """Table 18 read 'KPKP Agency secretariat' (KPKP already holds 'Dinas')."""
    assert names.compact(slug, compact_name(slug), "en") == compact
    assert names.compact(slug, compact_name(slug), "id") == compact_name(slug)
    head = names.running_name(slug, official_name(slug), "en", front.HEADER_NAME_MAX)
    assert not re.search(r"\b[A-Z]{4,}\b", head) and len(head) <= front.HEADER_NAME_MAX, head


def test_a_unit_name_carries_the_agency_in_english():
    assert units.unit_name("Sekretariat Dinas", "en", "kpkp") == \
        "Food Security and Marine Affairs Agency Secretariat (Sekretariat Dinas)"
    assert units.unit_name("Sekretariat Dinas", "id", "kpkp") == "Sekretariat Dinas (KPKP)"


@pytest.mark.parametrize("slug, said", [
    ("kesehatan", "Health = Health Agency (Dinas Kesehatan)"),
    ("kpkp", "Food Security and Marine Affairs = Food Security, Marine Affairs and Agriculture Agency (Dinas "
             "Ketahanan Pangan, Kelautan dan Pertanian)"),
    ("satpol-pp", "Satpol PP = Civil Service Police Unit (Satuan Polisi Pamong Praja)"),
])
def test_a_short_name_is_spelled_out_with_its_official_name(slug, said):
    assert names.spelled_out(slug) == said


def test_the_short_names_a_text_uses_in_the_order_it_uses_them():
    text = ("Agencies needing attention (Chapter VII) — Satpol PP: 20 JP 52.5%; Health: gain below; the Health "
            "Agency's plan; "
            "mainly from Environment and Food Security and Marine Affairs")
    assert names.named_in(text) == ["satpol-pp", "kesehatan", "lingkungan-hidup", "kpkp"]
    assert names.named_in("Programme cost of the Health Agency in 2025") == []


def _paragraphs(section: str) -> list[str]:
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", p)).strip() for p in re.findall(r"<p\b.*?</p>", section,
                                                                                         flags=re.S)]


def test_the_english_summary_says_what_its_short_names_stand_for_before_it_uses_one(contexts, figures_not_drawn):
    summary = _paragraphs(sections.summary(contexts[(PROVINCE_SLUG, "en")]))
    keyed = [i for i, p in enumerate(summary) if p.startswith("Agencies by short name:")]
    assert len(keyed) == 1, summary
    key = summary[keyed[0]]
    before = " ".join(summary[:keyed[0]])
    after = " ".join(summary[keyed[0] + 1:])
    assert names.named_in(before) == [], before
    used = names.named_in(after)
    assert used, after
    for slug in used:
        assert names.spelled_out(slug) in key, (slug, key)
    assert not re.search(r"(?<![\w-])(PRKP|DPMPTSP|PPAPP|PPKUKM|KPKP)(?![\w-])", " ".join(summary))


def test_the_indonesian_summary_has_no_key(contexts, figures_not_drawn):
    summary = sections.summary(contexts[(PROVINCE_SLUG, "id")])
    assert "Nama singkat dinas" not in summary and "short name" not in summary



@pytest.mark.parametrize("nama, said", [
    ("Food Security and Marine Affairs", "Food Security and Marine Affairs' adjusted gain 7.5"),
    ("Social Affairs", "Social Affairs' adjusted gain 7.5"),
    ("Health", "Health's adjusted gain 7.5"),
])
def test_a_name_ending_in_a_plural_takes_the_apostrophe_alone(nama, said):
    """'KPKP's adjusted gain' became 'Food Security and Marine Affairs's adjusted gain' in the agency's report."""
    from evalasn.report.words.text import t

    assert said in t("kt_gain_low", "en", nama=nama, nilai="7.5", prov="9.2", selisih="−1.7", ik_selisih="…",
                     peringkat=19, bukti="…")


def test_the_key_does_not_come_between_a_list_and_the_words_that_open_it(contexts):
    """In an agency's report a short name may first stand in the findings' list ('1. Gain below the province mean:
    Health's adjusted gain …'): the key goes before the line that opens the list with a colon, not after it."""
    parts = ["<p>Programme cost in 2025: Rp 1.2 billion.</p>", "<p>Findings, most costly first:</p>",
             "<ol><li>Gain below the province mean: Health's adjusted gain 6.4, Environment's 9.0.</li></ol>"]
    keyed = sections.short_names_key(contexts[("kesehatan", "en")], parts)
    assert len(keyed) == 4 and "Agencies by short name:" in keyed[1], keyed
    assert "Health = Health Agency (Dinas Kesehatan)" in keyed[1] and "Environment = " in keyed[1], keyed


def test_an_agency_report_naming_only_itself_has_no_key(contexts, figures_not_drawn):
    """LOOK22 Y-11: 'Agencies by short name: Health = Health Agency (Dinas Kesehatan).' in the Health Agency's own
    summary told its reader nothing (its cover names it in full)."""
    parts = ["<p>Findings:</p>", "<ol><li>Gain below the province mean: Health's adjusted gain 6.4.</li></ol>"]
    assert sections.short_names_key(contexts[("kesehatan", "en")], parts) == parts
    summary = sections.summary(contexts[("kesehatan", "en")])
    named = set(names.named_in(re.sub(r"<[^>]+>", " ", summary))) - {"kesehatan"}
    assert ("Agencies by short name:" in summary) == bool(named), named
