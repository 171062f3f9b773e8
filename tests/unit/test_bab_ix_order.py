"""BAB IX lists its conclusions and recommendations in the summary's order of consequence (REVIEW5b 3: the
summary put money spent without gain first, 9.2 listed it fifth after 20 JP, coverage and the budget slope, and 9.1
and 9.2 disagreed in order too)."""

from __future__ import annotations

import pytest

from evalasn.paths import project
from evalasn.report.chapters import key_findings, sections
from evalasn.report.chapters.key_findings import Finding
from evalasn.report.context import load_context
from evalasn.report.words import narrative


def test_the_rule_order_is_the_summarys():
    found = [Finding("tanpa_kenaikan", "", ""), Finding("target", "", "", "jp_20"), Finding("ikm_cd", "", ""),
             Finding("target", "", "", "cakupan_asn")]
    assert key_findings.rule_order(found) == ["rec_stop", "rec_little", "rec_jp", "rec_weak", "rec_ikm_units",
                                              "rec_coverage"]


@pytest.mark.parametrize("scope", ["kesehatan", "provinsi"])
def test_bab_ix_recommendations_follow_the_summary(pipeline_root, scope):
    ctx = load_context(scope, "id", project(pipeline_root))
    order = key_findings.rule_order(key_findings.ranked(ctx))
    recs = key_findings.ordered_recommendations(ctx)
    ranks = [order.index(r.rule) if r.rule in order else len(order) for r in recs]
    assert ranks == sorted(ranks) and any(rank < len(order) for rank in ranks)
    chapter = sections.conclusion(ctx)
    places = [chapter.find(r.text.split(":")[0][:60].replace("'", "&#x27;")) for r in recs]
    assert all(place > 0 for place in places) and places == sorted(places)


@pytest.mark.parametrize("scope", ["kesehatan", "provinsi"])
def test_bab_ix_conclusions_follow_the_summary(pipeline_root, scope):
    ctx = load_context(scope, "id", project(pipeline_root))
    found = key_findings.ranked(ctx)
    conclusions = key_findings.ordered_conclusions(ctx)
    money = key_findings.without_gain(ctx.hasil, [], "id")
    if money:  # with the spread of a province-wide method over the dinas, at the summary's place of the finding
        assert money.text in conclusions
    topics = []
    for finding in found:
        topics += [t for t in key_findings.KIND_TOPICS.get(finding.topic or finding.kind, ()) if t not in topics]
    keyed = dict((sentence, topic) for topic, sentence in narrative.keyed_findings(ctx.hasil, "id"))
    # a conclusion that states a missed target's figure carries the target after it (LOOK28 Z-2)
    shown = [topic for conclusion in conclusions for sentence, topic in keyed.items()
             if conclusion.startswith(sentence)]
    ranks = [topics.index(topic) if topic in topics else len(topics) for topic in shown]
    assert ranks == sorted(ranks) and len(shown) == len(keyed)
