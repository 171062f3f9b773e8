"""LOOK22 Y-7: the 10.2 rule text says which findings a KECIL- row covers: the summary's "tanpa kenaikan yang
berarti" (an estimate at or below zero whose interval reaches above zero) as well as "kenaikan sangat kecil"; a
STOP- row, "nilai tidak naik" (an interval wholly at or below zero). LOOK23 Z-4: the target rules are a list, one
item per row kind, each with its code first and no bracket inside a bracket."""

from __future__ import annotations

import re

import pytest

from evalasn.report.chapters import followup
from evalasn.report.chapters.followup import rule_items
from evalasn.report.words import impact
from evalasn.report.words.text import t

# the row kinds that take the value removing their finding, by the code each item starts with
KINDS = ("U1–U9", "KECIL-…", "STOP-…", "PPPK-JP", "DATA", "IKM-CD", "KENAIKAN", "IKM-UKUR")


@pytest.mark.parametrize(("lang", "labels", "stop_label"), [
    pytest.param("id", ('"kenaikan sangat kecil"', '"tanpa kenaikan yang berarti"'), "nilai tidak naik", id="id"),
    pytest.param("en", ('"a very small gain"', '"without a meaningful gain"'), "scores did not rise", id="en"),
])
def test_the_rule_text_says_what_redesign_rows_cover(lang, labels, stop_label):
    items = rule_items(lang)
    little = next(item for item in items if item.startswith("KECIL-…"))
    stop = next(item for item in items if item.startswith("STOP-…"))
    for label in labels:
        assert label.strip('"') in little, little
    assert stop_label in stop, stop
    # the labels are the rule's (BAB IX, rule 1), not "sangat kecil" for both
    assert {"id": "BAB IX, aturan 1", "en": "Chapter IX, rule 1"}[lang] in little


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_target_rules_are_list_items_one_per_row_kind(lang):
    items = rule_items(lang)
    starts = [next((kind for kind in KINDS if item.startswith(kind)), None) for item in items]
    assert [s for s in starts if s] == list(KINDS), items
    assert items[-1].startswith({"id": "baris lanjutan", "en": "a row carried on"}[lang]), items[-1]
    for item in items:  # LOOK23 Z-4: "(KECIL-…, … (…): …)", a bracket inside a bracket
        depth = 0
        for char in item:
            depth += {"(": 1, ")": -1}.get(char, 0)
            assert depth <= 1, item
    intro = t("pl_intro", lang, tahun=2025, tahun_berikut=2026)
    assert not any(kind in intro for kind in KINDS), intro  # the general rule, then the list


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_chapter_prints_the_rules_as_a_list(contexts, figures_not_drawn, lang):
    """10.2 prints the rule items as a <ul> (the PDF and DOCX render it as bullets) between the general rule and the
    rest of the rule text."""
    text = followup.chapter(contexts[("kesehatan", lang)])
    lists = re.findall(r"<ul[^>]*>(.*?)</ul>", text, re.S)
    rules = next((body for body in lists if "KECIL-…" in body), None)
    assert rules is not None, text[:3000]
    ctx = contexts[("kesehatan", lang)]
    assert rules.count("<li") == len(rule_items(lang, ctx.province, impact.declared(ctx.hasil))), rules
    assert text.index(t("pl_intro", lang, tahun=2025, tahun_berikut=2026)[:40]) < text.index(rules)
