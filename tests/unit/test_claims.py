"""Claims name their subject (issue 22.3): with no intervention declared (the shipped config declares
none), no sentence of the summary, the IKM finding, the conclusions, the recommendations or the
follow-up plan uses a causal word or recommends a specific training, in any scope or language; the
summary says what was compared. With an intervention declared and a design that earns it, the causal
sentence is still written."""

from __future__ import annotations

import copy
import re

import pytest

from evalasn.paths import project
from evalasn.report.chapters import rules, sections
from evalasn.report.words import impact, narrative

pytestmark = pytest.mark.usefixtures("figures_not_drawn")  # the chapters' words, not their pictures

CAUSAL = re.compile(r"\bberdampak\b|\bdampak\w*\b[^.;:]{0,60}\bpada\b|\bimpact|\beffect (?:of|on)\b|\bhad an effect\b|"
                    r"\bperluas\b|\bexpand\b", re.IGNORECASE)


def _text(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def scopes(pipeline_root) -> list[str]:
    paths = project(pipeline_root)
    return sorted(p.name for p in paths.reports.iterdir() if p.is_dir() and paths.hasil_years(p.name))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_causal_word_without_a_declared_intervention(pipeline_root, scopes, lang):
    paths = project(pipeline_root)
    compared = 0
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        assert not impact.declared(ctx.hasil), "the shipped config declares no intervention"
        written = [sections.summary(ctx), sections.conclusion(ctx), sections.follow_up(ctx),
                   narrative.did_ikm(ctx.hasil, lang) or "",
                   *rules.recommendation_texts(ctx.hasil, lang, ctx.targets)]
        found = [match.group(0) for part in written for match in CAUSAL.finditer(_text(part))]
        assert found == [], (slug, found)
        said = impact.compared(ctx.hasil, lang)
        if ctx.hasil["level4_hasil"]["did_ikm"].get("tersedia"):
            assert said and _text(said) in _text(sections.summary(ctx)), slug
            compared += 1
    assert compared > 0  # the sample has scopes whose IKM comparison ran


def test_a_declared_intervention_with_an_earned_design_keeps_its_causal_sentence(pipeline_root):
    ctx = sections.load_context("kesehatan", "id", project(pipeline_root))
    hasil = copy.deepcopy(ctx.hasil)
    did = hasil["level4_hasil"]["did_ikm"]
    assert did.get("tersedia")
    hasil["parameter"]["intervensi"] = "layanan prima"
    did["intervensi"] = {**did.get("intervensi", {}), "teks": "layanan prima", "dipilih": True}
    did["efek"] |= {"estimasi": 3.0, "ci_bawah": 1.0, "ci_atas": 5.0, "cukup_data": True}
    did["putusan"] = {"boleh_kausal": True, "kode_alasan": []}
    assert impact.declared(hasil) and impact.compared(hasil, "id") is None
    assert "berdampak" in (narrative.did_ikm(hasil, "id") or "")
    assert any(r.rule == "rec_did_expand" for r in rules.recommendations(hasil, "id"))


# that no programme is declared, in either of its wordings (the finding's reason, the note under it)
NO_PROGRAMME = re.compile(r"tidak ada program pelatihan|no (?:specific )?training programme", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_iii_says_once_that_no_programme_is_declared(pipeline_root, scopes, lang):
    """REVIEW5b 18: the IKM finding's reason and the note under it said it twice in a row."""
    paths = project(pipeline_root)
    said = {}
    for slug in scopes:
        ctx = sections.load_context(slug, lang, paths)
        if ctx.hasil["level4_hasil"]["did_ikm"].get("tersedia"):
            paragraphs = re.findall(r"<p\b[^>]*>.*?</p>", sections.kirkpatrick(ctx), re.S)  # not the table's cells
            said[slug] = len(NO_PROGRAMME.findall(_text(" ".join(paragraphs))))
    assert said and set(said.values()) == {1}, said
