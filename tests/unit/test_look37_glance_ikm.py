"""LOOK37 item 3: the summary's opening line ("Sekilas") named what went well, and not the dinas's own IKM in
category C (Kebudayaan: '75,56 C (C–B; 72,76–78,36)' in Tabel 1 beside it) or, in the province report, the lowest
dinas IKM. Now a short clause names it, with its interval and category (constants.IKM_CATEGORIES), only where the
summary's findings do not state it already."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import glance, ikm_units
from evalasn.report.chapters.finding import Finding
from evalasn.report.config import Target

from .test_summary_glance import COVERAGE_SAME, LEVEL, TAHUN, without_pppk_change

IKM = {"estimasi": 75.56, "ci_bawah": 72.76, "ci_atas": 78.36, "n": 204, "cukup_data": True, "kategori": "C"}
IKM_C = facts.Fact("ikm", TAHUN, IKM, target=Target("ikm", 76.61, {}, True), verdict=facts.Verdict("cannot"))
IKM_SURE = {"estimasi": 74.0, "ci_bawah": 72.0, "ci_atas": 76.0, "n": 204, "cukup_data": True, "kategori": "C"}
IKM_MISSED = dataclasses.replace(IKM_C, value=IKM_SURE, verdict=facts.Verdict("not_met"))


def _ctx(contexts: Any, scope: str, lang: str) -> Any:
    ctx = contexts[(scope, lang)]
    return dataclasses.replace(ctx, hasil=without_pppk_change({**ctx.hasil, "tahun": TAHUN}))


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "Sekilas, dari tabel angka kunci: kenaikan nilai tidak jelas di atas rata-rata provinsi; tidak ada angka "
           "yang mencapai targetnya atau jelas membaik dari 2024 (selisihnya di BAB VII, 7.1). IKM 75,56 (rentang "
           "keyakinan 95%: 72,76 s.d. 78,36), kategori C (Kurang Baik), rentangnya sampai kategori B."),
    ("en", "At a glance, from the key-figure table: the gain is not clearly above the province mean; no figure meets "
           "its target or is clearly better than in 2024 (the changes in Chapter VII, 7.1). IKM 75.56 (95% CI: 72.76 "
           "to 78.36), category C (Poor), its interval reaching category B."),
])
def test_a_dinas_ikm_in_category_c_is_said_in_the_opening_line(contexts, monkeypatch, lang, said):
    ctx = _ctx(contexts, "kesehatan", lang)
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (LEVEL, COVERAGE_SAME, IKM_C))
    assert glance.line(ctx) == said


def test_a_dinas_ikm_a_finding_states_is_not_said_twice(contexts, monkeypatch):
    """The missed IKM target's finding states the figure with its interval: the opening line leaves it out."""
    ctx = _ctx(contexts, "kesehatan", "id")
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (LEVEL, COVERAGE_SAME, IKM_MISSED))
    assert "IKM 74,00\u00a0C (rentang keyakinan 95%: 72,00 s.d. 76,00)" in " ".join(
        f.brief or f.text for f in glance.key_findings.ranked(ctx))
    assert "IKM 74,00" not in glance.line(ctx) and "kategori C" not in glance.line(ctx)


LOWEST = ikm_units.BelowB("nakertransgi", {**IKM, "estimasi": 74.78, "ci_bawah": 68.56, "ci_atas": 81.0},  # type: ignore[typeddict-item]
                          False, True)


@pytest.mark.parametrize(("lang", "clause"), [
    ("id", ". IKM dinas terendah: Nakertransgi 74,78 (rentang keyakinan 95%: 68,56 s.d. 81,00), kategori C (Kurang "
           "Baik), rentangnya sampai kategori B."),
    ("en", ". Lowest agency IKM: Manpower and Energy 74.78 (95% CI: 68.56 to 81.00), category C (Poor), its interval "
           "reaching category B."),
])
def test_the_province_names_its_lowest_dinas_ikm_unless_a_finding_does(contexts, monkeypatch, lang, clause):
    ctx = _ctx(contexts, "provinsi", lang)
    met = facts.Fact("persen_realisasi", TAHUN, 96.0, target=Target("persen_realisasi", 95.0, {}, True),
                     verdict=facts.Verdict("met"))
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: (met,))
    monkeypatch.setattr(glance.ikm_units, "ikm_below_b", lambda _hasil: [LOWEST])
    monkeypatch.setattr(glance.key_findings, "ranked", lambda _ctx: [])
    monkeypatch.setattr(glance.key_findings, "left_over", lambda _ctx: "")
    assert glance.line(ctx).endswith(clause)
    named = f"{LOWEST.shown(lang)} {'74,78' if lang == 'id' else '74.78'} (…)"
    monkeypatch.setattr(glance.key_findings, "ranked", lambda _ctx: [Finding("ikm_cd", named, "")])
    assert "IKM" not in glance.line(ctx).split(":", 1)[1].replace("Public Satisfaction", "")
