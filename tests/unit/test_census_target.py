"""A 100% target on a count of all persons (coverage: every ASN; 20 JP: every PNS) is judged by the count, not by
a Wilson interval that can never lie wholly at 100% (REVIEW3 #8): 26 of 26 is met, 25 of 26 is not met. Sampled
figures and targets below 100% keep the interval rule."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis.stats import proportion_ci
from evalasn.report import facts
from evalasn.report.config import Target


def _target(key: str, value: float, higher_better: bool = True) -> Target:
    return Target(key, value, {"id": "dasar", "en": "basis"}, higher_better)


def _share(met: int, counted: int) -> Any:
    """The key figure as hasil.json holds it: a proportion 0-1 with its Wilson interval."""
    return proportion_ci(met, counted)


@pytest.mark.parametrize("key, met, counted, goal, status", [
    pytest.param("cakupan_asn", 26, 26, 100, "met", id="coverage-26-of-26-met"),
    pytest.param("cakupan_asn", 25, 26, 100, "not_met", id="coverage-25-of-26-not-met"),
    pytest.param("jp_20", 492, 492, 100, "met", id="20jp-every-pns-met"),
    pytest.param("jp_20", 491, 492, 100, "not_met", id="20jp-one-pns-short-not-met"),
    pytest.param("cakupan_asn", 26, 26, 90, "cannot", id="coverage-below-100-target-keeps-interval-rule"),
    pytest.param("cakupan_asn", 900, 1000, 80, "met", id="coverage-80-target-interval-above"),
])
def test_a_100pct_target_on_everyone_is_judged_by_the_count(key, met, counted, goal, status):
    figure = _share(met, counted)
    assert figure["cukup_data"]
    verdict = facts.judge(key, figure, _target(key, goal), "id")
    assert verdict.status == status, verdict.text("id")


@pytest.mark.parametrize("key, figure, goal, status", [
    pytest.param("ikm", {"n": 94, "estimasi": 88.5, "ci_bawah": 86.0, "ci_atas": 91.0, "p": None,
                         "cukup_data": True}, 88.31, "cannot", id="sampled-ikm-interval-holds-target"),
    pytest.param("gain", {"n": 40, "estimasi": 2.0, "ci_bawah": -0.5, "ci_atas": 4.5, "p": None,
                          "cukup_data": True}, 0.0, "cannot", id="sampled-gain-interval-holds-target"),
])
def test_sampled_figures_keep_the_interval_rule(key, figure, goal, status):
    assert facts.judge(key, figure, _target(key, goal), "id").status == status


def test_the_printed_rule_says_the_count_decides():
    from evalasn.report.words.text import t

    for key in ("pos_judge_note", "fr_rule"):
        assert "dinilai dengan hitungannya" in t(key, "id") and "judged by the count" in t(key, "en")
