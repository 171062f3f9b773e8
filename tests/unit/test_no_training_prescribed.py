"""With no intervention declared (the shipped config declares none), no follow-up action or recommendation
prescribes a named training or claims an effect (issue 22.3; reader review 4, item 16: the U7 row read
"Pelatihan layanan prima dan komunikasi efektif; mentoring oleh petugas senior" in every report).

Rendered on the session's sample with every SKM element made weak, so each element's fixed action is shown
(BAB VI's table 6.1 and BAB X's rows, one per weak element) next to the recommendations of BAB IX."""

from __future__ import annotations

import copy
import dataclasses
import html as html_lib
import re

import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import plan, results, rules
from evalasn.report.words import names

# a clause names a training when it holds one of these; it prescribes it unless it opens with a verb that reviews,
# measures, redesigns or stops what is already running
TRAINING = {"id": r"\b(pelatihan|diklat|bimtek|mentoring|kursus)\b", "en": r"\b(training|mentoring|course)\b"}
NOT_PRESCRIBING = {"id": ("tinjau", "periksa", "ukur", "petakan", "rancang", "hentikan", "evaluasi", "nilai"),
                   "en": ("review", "check", "measure", "map", "redesign", "design", "stop", "evaluate", "assess")}
# the training as a point in time, not as the thing prescribed
WHEN = {"id": r"\b(sebelum|sesudah) pelatihan\b", "en": r"\b(before|after) training\b"}
# rules about the methods of Tabel 4 (pelatihan and mentoring are two): formats compared by their observed cost per
# point, not a training prescribed
METHOD_RULES = {"rec_method", "rec_stop", "rec_little", "rec_budget_cheaper"}


def prescriptions(text: str, lang: str) -> list[str]:
    """The clauses of ``text`` that prescribe a training (empty when none does)."""
    text = re.sub(WHEN[lang], "", text, flags=re.IGNORECASE)
    out = []
    for clause in re.split(r"[;.:]\s*", text):
        words = re.findall(r"[\w-]+", clause.lower())
        if re.search(TRAINING[lang], clause, flags=re.IGNORECASE) and (not words
                                                                        or words[0] not in NOT_PRESCRIBING[lang]):
            out.append(clause.strip())
    return out


@pytest.mark.parametrize(("text", "lang", "found"), [
    pytest.param("Pelatihan layanan prima dan komunikasi efektif; mentoring oleh petugas senior", "id", 2,
                 id="old-u7-id"),
    pytest.param("Service-excellence and communication training; mentoring by senior staff", "en", 2, id="old-u7-en"),
    pytest.param("Pelatihan kompetensi teknis bagi petugas layanan", "id", 1, id="old-u6-id"),
    pytest.param("Perluas pelatihan layanan ke unit yang belum dilatih", "id", 1, id="expand-id"),
    pytest.param("Tinjau materi dan cara pelatihan layanan yang sudah berjalan; ukur U7 di unit peserta", "id", 0,
                 id="review-id"),
    pytest.param("Adakan pendampingan perubahan sebelum pelatihan bagi unit dengan resistensi tinggi", "id", 0,
                 id="training-as-time-id"),
])
def test_the_detector(text, lang, found):
    assert len(prescriptions(text, lang)) == found


def _all_weak(ctx):
    hasil = copy.deepcopy(ctx.hasil)
    for row in hasil["komunikasi"]["unsur"]:  # below the B band's edge (3,0644), as a weak element is
        row.update(lemah=True, estimasi=2.80, ci_bawah=2.70, ci_atas=2.90, cukup_data=True)
    results_ = {slug: copy.deepcopy(result) for slug, result in ctx.dinas_results.items()}
    return dataclasses.replace(ctx, hasil=hasil, dinas_results=results_)


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_action_or_recommendation_prescribes_a_training(contexts, slug, lang):
    ctx = _all_weak(contexts[(slug, lang)])
    assert not ctx.hasil["parameter"].get("intervensi"), "the sample declares no intervention"
    rows = plan.rows(ctx)
    elements = [r for r in rows if r.rule == "rec_weak"]
    assert {r.code.lower() for r in elements} == {f"u{i}" for i in range(1, 10)}
    chapter = html_lib.unescape(results.communication(ctx))
    for row in elements:  # BAB VI's table 6.1 prints the same action as BAB X's row
        assert row.action in chapter, row.code
    texts = [(r.code, r.action) for r in rows if r.rule not in METHOD_RULES]
    texts += [(rec.rule, part) for rec in rules.recommendations(ctx.hasil, lang, ctx.targets)
              if rec.rule not in METHOD_RULES for part in (rec.text, rec.action)]
    found = {code: prescriptions(text, lang) for code, text in texts if prescriptions(text, lang)}
    assert not found, found
    # nor is a theme of the data's activities (Tabel 5: "layanan prima") named as the remedy
    themes = {names.theme_in(row["tema"], lang).lower() for row in ctx.hasil["pelaksanaan"]["tema"]}
    assert names.theme_in("layanan prima", lang) in themes
    named = {code: theme for code, text in texts for theme in themes if theme in text.lower()}
    assert not named, named

