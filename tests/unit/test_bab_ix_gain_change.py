"""BAB IX's sentences on the adjusted gain: its change from last year named, a withheld verdict said once, and its
target beside the province mean with that mean's figure and the above-zero target's verdict.

LOOK34 F-1: Satpol PP's 9.1 "Pembelajaran" ended "… ada di butir sebelumnya. Pada 2024: 5,4 poin (4,4 s.d. 6,4);
perubahannya belum pasti (selisih +1,0 …)" right after the participants' mean 5,6, which read as 5,6 − 5,4; 5,4 and
+1,0 are the adjusted gain's (the trend table's other gain row).
LOOK34 F-7: Citata's "perubahannya belum pasti (selisih +2,3 poin; …; rentang selisihnya tidak memuat nol, tetapi
belum pasti: … (aturan (6) BAB IX); BAB VII, 7.1)": three levels of brackets, the verdict twice.
LOOK34 F-8: "Target kenaikan nilai yang disesuaikan: tidak di bawah rata-rata provinsi dan > 0,0; kini …" named the
province mean without its figure, judged one of the two targets, and in English was a fragment.
"""

from __future__ import annotations

import dataclasses

import pytest

from evalasn.report import facts
from evalasn.report.chapters import fact_targets, key_findings, year_difference
from evalasn.report.words import fmt
from evalasn.report.words.text import t

CASES = [pytest.param(slug, lang, id=f"{name}-{lang}")
         for slug, name in (("kesehatan", "agency"), ("provinsi", "province")) for lang in ("id", "en")]
NAMED = {"id": "Kenaikan nilai yang disesuaikan", "en": "The adjusted gain"}
UNSURE = {"id": "belum pasti", "en": "uncertain"}
# LOOK36 J-3: a withheld verdict of a difference clear of zero is not rule (6)'s "belum pasti" (an interval that holds
# zero) but its own word, the trend table cell's
WITHHELD = {"id": "tidak dinilai membaik", "en": "not judged an improvement"}


def _learning(conclusions: list[str], lang: str) -> str:
    return next(c for c in conclusions if c.startswith({"id": "Pembelajaran:", "en": "Learning:"}[lang]))


@pytest.mark.parametrize("lagging", [pytest.param(False, id="gain-stated-here"),
                                     pytest.param(True, id="gain-in-the-item-above")])
@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_the_adjusted_gains_change_names_the_adjusted_gain(contexts, slug, lang, lagging):
    ctx = contexts[(slug, lang)]
    fact = fact_targets.by_key(ctx)["gain"]
    assert fact.measure == facts.ADJUSTED_GAIN and year_difference.printable(fact.change)
    clause = key_findings.year_on_year(ctx, fact)
    year = ctx.hasil["tahun"] - 1
    assert clause.startswith(f" {NAMED[lang]} {'pada' if lang == 'id' else 'in'} {year}"), clause
    learning = _learning(list(key_findings.figure_conclusions(ctx, lagging).values()), lang)
    assert clause.strip() in learning, learning
    # last year's figure only after the name: never right after the participants' mean
    assert learning.count(str(year)) == 1, learning
    # a key figure that is the participants' mean (no mixed model) is the sentence's own figure: not renamed
    plain = key_findings.year_on_year(ctx, dataclasses.replace(fact, raw=None))
    assert plain and NAMED[lang] not in plain, plain


@pytest.mark.parametrize("code", [pytest.param("rata_peserta_tidak_sejalan", id="participants-mean-not-along"),
                                  pytest.param("rata_peserta_tidak_dapat_dibandingkan", id="participants-mean-missing"),
                                  pytest.param("aturan_baru", id="a-code-without-words")])
@pytest.mark.parametrize(("slug", "lang"), CASES)
def test_a_withheld_verdict_is_said_once_with_one_level_of_brackets(contexts, slug, lang, code):
    ctx = contexts[(slug, lang)]
    fact = fact_targets.by_key(ctx)["gain"]
    assert fact.change is not None
    withheld = {**fact.change, "estimasi": 2.3, "ci_bawah": 0.4, "ci_atas": 4.2, "membaik": None,
                "alasan_membaik": code}  # an interval clear of zero, its verdict withheld by rule (6)
    clause = key_findings.year_on_year(ctx, dataclasses.replace(fact, change=withheld))
    assert clause.count(WITHHELD[lang]) == 1 and UNSURE[lang] not in clause, clause
    signed, low, high = year_difference.parts("gain", withheld, lang)
    assert low is not None and high is not None
    assert f"{signed} ({fmt.interval_text(low, high, lang)})" in clause, clause
    reason = f"pos_change_why_{code}"
    if code != "aturan_baru":
        assert t(reason, lang) in clause, clause
    depth = deepest = 0
    for char in clause.replace("(6)", ""):  # the rule's number is its name, not a bracket
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest == 1, clause


@pytest.mark.parametrize("status", ["met", "not_met"])
@pytest.mark.parametrize("against", ["below", "level", "above"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_gain_target_sentence_gives_the_province_mean_and_both_verdicts(contexts, lang, against, status):
    ctx = contexts[("kesehatan", lang)]
    fact = dataclasses.replace(fact_targets.by_key(ctx)["gain"], against=against, verdict=facts.Verdict(status))
    assert fact.placed and fact.target is not None
    said = key_findings.target_status(fact, lang)
    assert facts.show_value("gain", fact.province, lang) in said, said  # the mean with its interval, as Tabel 1
    assert t(f"kt_target_placed_{against}", lang) in said, said
    above_zero = t("kt_target_after_met" if status == "met" else "kt_target_after", lang, nama=t("kfs_gain", lang),
                   target=fact.target_text(lang, chapter=False))
    assert above_zero in said, said
    assert ":" not in said, said  # sentences, not a list ("The adjusted gain's target: …; now …")
    # the learning conclusion that states the adjusted gain carries it
    learning = _learning(list(key_findings.figure_conclusions(ctx).values()), lang)
    placed = key_findings.target_status(fact_targets.by_key(ctx)["gain"], lang)
    assert placed in learning, learning


# LOOK35b H-9: "The adjusted gain up from 7.4 points (6.5 to 8.3) in 2024: improved" had no verb; a clause that names
# its figure says which way it went with one, a clause after the figure itself keeps the short "Up from …"
MOVED = [pytest.param(lang, rose, better, named, unnamed, id=f"{lang}-{'rose' if rose else 'fell'}-"
                      f"{'better' if better else 'worse'}")
         for lang, named_words, unnamed_words in (("en", ("rose", "fell"), ("Up", "Down")),
                                                  ("id", ("naik", "turun"), ("Naik", "Turun")))
         for rose, better in ((True, True), (False, False), (True, False), (False, True))
         for named, unnamed in [(named_words[0 if rose else 1], unnamed_words[0 if rose else 1])]]


@pytest.mark.parametrize(("lang", "rose", "better", "named", "unnamed"), MOVED)
def test_a_named_change_has_a_verb(contexts, lang, rose, better, named, unnamed):
    ctx = contexts[("kesehatan", lang)]
    fact = fact_targets.by_key(ctx)["gain"]
    assert fact.change is not None
    size = 1.8 if rose else -1.8
    moved = {**fact.change, "estimasi": size, "ci_bawah": size - 1.2, "ci_atas": size + 1.2, "membaik": better,
             "alasan_membaik": None}
    clause = key_findings.year_on_year(ctx, dataclasses.replace(fact, change=moved))
    year = ctx.hasil["tahun"] - 1
    assert clause.startswith(f" {NAMED[lang]} {named} {'dari' if lang == 'id' else 'from'} "), clause
    assert f"{'pada' if lang == 'id' else 'in'} {year}: " in clause, clause
    plain = key_findings.year_on_year(ctx, dataclasses.replace(fact, raw=None, change=moved))
    assert plain.startswith(f" {unnamed} {'dari' if lang == 'id' else 'from'} "), plain


@pytest.mark.parametrize("lang", ["id", "en"])
def test_rule_six_names_the_word_of_a_withheld_verdict(lang):
    """LOOK36 J-3: rule (6) defined "belum pasti" as an interval that holds zero, and 9.1 used it for a difference
    clear of zero whose verdict the rule withholds; the rule names the word the report prints for that case."""
    from evalasn.report.words.text import TEXT

    rule = TEXT["kt_rules"][lang]
    for key in ("pos_change_withheld_better", "pos_change_withheld_worse"):
        assert f'"{t(key, lang)}"' in rule, rule
