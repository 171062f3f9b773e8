"""LOOK30 B-2, B-3, B-4: words that said more than the report's own rules allow.

B-2: BAB VII's rank sentences said that agencies whose rank intervals overlap "cannot be told apart", against the
glossary's rule that two overlapping intervals do not by themselves make a difference uncertain. B-3: 9.2's
"participants moved would learn less" predicted the result of moving them, and "bought" made the cost-gain association
a price, with no declared intervention. B-4: the summary's "Dinas yang tertinggal" was BAB VII's "Dinas yang perlu
perhatian" under a second name."""

from __future__ import annotations

import pytest

from evalasn.report.words.text import TEXT, t

LANGS = [pytest.param("id", id="id"), pytest.param("en", id="en")]

# the words that said overlapping rank intervals make an order unknown, and the words that say what the ranks show
OVERLAP_UNKNOWN = {"id": ("tidak dapat dibedakan",), "en": ("cannot be told apart",)}
RANKS_ALONE = {"id": "Bila rentang peringkat dua dinas tidak tumpang tindih, urutannya jelas; bila tumpang tindih, "
                     "urutan keduanya tidak ditunjukkan oleh peringkat saja.",
               "en": "Where two agencies' rank intervals do not overlap, their order is clear; where they overlap, "
                     "the order of the two is not shown by the ranks alone."}


@pytest.mark.parametrize("key", [pytest.param("p_intro", id="mixed-model"),
                                 pytest.param("p_intro_none", id="raw-means")])
@pytest.mark.parametrize("lang", LANGS)
def test_the_rank_interval_sentence_keeps_the_glossarys_rule(key, lang):
    """B-2 (BAB VII, first paragraph): overlap alone does not make two agencies' order unknown."""
    said = TEXT[key][lang]
    assert RANKS_ALONE[lang] in said, said
    assert not any(words in said for words in OVERLAP_UNKNOWN[lang]), said


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "rentang peringkat mereka tumpang tindih, jadi urutan itu belum pasti.", id="id"),
    pytest.param("en", "their rank intervals overlap, so their order is not certain.", id="en"),
])
def test_tied_gains_are_an_uncertain_order_not_one_that_cannot_be_told(lang, said):
    """B-2 (Tabel 11's note on gains that read the same when rounded)."""
    text = t("p_tied", lang, jumlah=2, nilai="6,4", rinci="A 6,38 (peringkat 7), B 6,35 (peringkat 8)")
    assert text.endswith(said), text
    assert not any(words in text for words in OVERLAP_UNKNOWN[lang]), text


# what moving participants would do, and the association said as a price
CAUSAL = {"id": ("dialihkan belajar", "belajar lebih sedikit", "dibeli", "lewat biaya per peserta"),
          "en": ("would learn", "learn less", "bought", "buys")}


@pytest.mark.parametrize("key", [pytest.param(k, id=k) for k in (
    "rec_method_lower", "rec_method_lower_brief", "rec_budget_marginal", "rec_budget_marginal_brief",
    "rec_budget_marginal_province", "rec_budget_marginal_brief_province")])
@pytest.mark.parametrize("lang", LANGS)
def test_the_method_and_cost_recommendations_say_what_was_observed(key, lang):
    """B-3 (9.2 rec. 7 and 8, and their summary forms): no prediction of what moving participants would do, no price
    for an association; the numbers stay ({rincian}, {selisih}, {marginal})."""
    said = TEXT[key][lang]
    assert not any(words in said for words in CAUSAL[lang]), said
    assert any(slot in said for slot in ("{rincian}", "{selisih}", "{marginal}")), said


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "Dinas yang perlu perhatian (BAB VII) — Satpol PP.", id="id"),
    pytest.param("en", "Agencies needing attention (Chapter VII) — Satpol PP.", id="en"),
])
def test_the_summarys_list_has_chapter_sevens_name(lang, said):
    """B-4: one list, one name: the summary's first page names BAB VII's list and says where its rule is."""
    summary = t("prov_first_lagging", lang, daftar="Satpol PP", n=2)
    assert summary == said, summary
    chapter = t("p_attention", lang, daftar="Satpol PP")
    assert summary.split(" (")[0] == chapter.split(",")[0], (summary, chapter)
