"""A threshold and the value compared with it print so that the comparison shows (REVIEW 7): the weak-element
threshold as the regulation prints it (3,0644), an element's mean with more decimals only where fewer would
put it on the wrong side."""

from __future__ import annotations

import pytest

from evalasn import constants
from evalasn.report.words import fmt


@pytest.mark.parametrize(("value", "lang", "shown"), [
    pytest.param(3.0595, "id", "3,06", id="U3-below-reads-below-3,0644"),
    pytest.param(3.0645, "id", "3,0645", id="just-above-needs-four-decimals"),
    pytest.param(3.0650, "id", "3,065", id="half-way-would-round-below"),
    pytest.param(3.0680, "id", "3,07", id="rounds-up-stays-above"),
    pytest.param(3.0639, "en", "3.06", id="just-below-english"),
    pytest.param(3.0644, "id", "3,0644", id="exactly-the-threshold-is-not-below"),
    pytest.param(3.45, "id", "3,45", id="far-above"),
    pytest.param(None, "id", "–", id="missing"),
])
def test_an_element_mean_prints_on_its_side_of_the_threshold(value, lang, shown):
    printed = fmt.element(value, lang)
    assert printed == shown
    if value is not None:
        threshold = fmt.element_threshold(lang)
        assert (float(printed.replace(",", ".")) < float(threshold.replace(",", "."))) is (
            value < constants.WEAK_ELEMENT_THRESHOLD)


@pytest.mark.parametrize(("lang", "shown"), [("id", "3,0644"), ("en", "3.0644")], ids=["id", "en"])
def test_the_threshold_prints_as_the_regulation_prints_it(lang, shown):
    assert fmt.element_threshold(lang) == shown


def test_bab_vi_says_the_threshold_in_full(pipeline_root):
    from evalasn.paths import project
    from evalasn.report.chapters import results
    from evalasn.report.context import load_context

    text = results.communication(load_context("kesehatan", "id", project(pipeline_root)))
    assert "Unsur di bawah 3,0644 (skala 1–4)" in text
