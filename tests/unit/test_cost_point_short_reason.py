"""LOOK36 J-2 (Kebudayaan): Tabel 1's cost per point "belum dapat dinilai (biaya tidak tercatat)" read as "no cost
recorded" beside Rp 153 juta realised, where 4 activities had a cost and 5 were needed; and BAB IX 9.1 had no cost per
point conclusion at all where the figure could not be computed (other reports have one where it can)."""

from __future__ import annotations

import dataclasses

import pytest

from evalasn import constants
from evalasn.report import facts
from evalasn.report.chapters import fact_targets, key_findings
from evalasn.report.words import reasons


def _unrecorded(costed: int, uncosted: int) -> dict:
    return {"estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "n": 61 if costed else 0,
            "n_kegiatan": costed, "kegiatan_tanpa_biaya": uncosted, "alasan": "biaya_tidak_tercatat"}


SHORT = [
    pytest.param(4, 2, "id", f"kegiatan berbiaya tercatat kurang dari {constants.MIN_ACTIVITIES_COST}",
                 id="id-four-costed-two-not"),
    pytest.param(1, 9, "en", f"fewer than {constants.MIN_ACTIVITIES_COST} activities with a recorded cost",
                 id="en-one-costed-nine-not"),
    pytest.param(0, 3, "id", "biaya tidak tercatat", id="id-none-costed"),
    pytest.param(0, 3, "en", "cost not recorded", id="en-none-costed"),
]


@pytest.mark.parametrize(("costed", "uncosted", "lang", "said"), SHORT)
def test_the_short_reason_says_what_is_short(costed, uncosted, lang, said):
    assert reasons.short(_unrecorded(costed, uncosted), lang) == said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_ix_states_a_cost_per_point_it_cannot_compute_beside_its_target(contexts, monkeypatch, lang):
    ctx = contexts[("kesehatan", lang)]
    figures = fact_targets.by_key(ctx)
    withheld = _unrecorded(4, 2)
    short = reasons.short(withheld, lang)
    fact = dataclasses.replace(figures["biaya_per_poin"], value=withheld, change=None,
                               verdict=facts.Verdict("cannot", why=short))
    assert not fact.has_value and fact.judged is not None
    monkeypatch.setattr(fact_targets, "by_key", lambda _ctx: {**figures, "biaya_per_poin": fact})
    said = key_findings.own_figures(ctx, {})["biaya_per_poin"]
    opening = {"id": "Biaya per poin kenaikan nilai: belum dapat dihitung. ",
               "en": "Cost per point of gain: cannot be computed. "}[lang]
    assert said.startswith(opening), said
    whole = facts.why_missing("biaya_per_poin", withheld, lang)
    assert f"{whole[0].upper()}{whole[1:]}." in said, said  # the whole reason, once, a sentence of its own
    assert said.count(short) <= 1 and fact.target_text(lang, chapter=False) in said, said
    # the target's verdict without the reason the sentence has just given
    assert key_findings.target_status(dataclasses.replace(fact, verdict=facts.Verdict("cannot")), lang) in said, said
