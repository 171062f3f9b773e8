"""A threshold and the value compared with it print so that the comparison shows (REVIEW 7): the weak-element
threshold as the regulation prints it (3,0644), an element's mean with the same four decimals (P2, session 8: one
precision for the elements, the threshold and the IKM, whose two decimals on the 25-100 scale are four on the 1-4
scale), and more only where four would put it on the wrong side."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn import constants
from evalasn.report.words import fmt, phrases


@pytest.mark.parametrize(("value", "lang", "shown"), [
    pytest.param(3.0595, "id", "3,0595", id="U3-below-reads-below-3,0644"),
    pytest.param(3.0645, "id", "3,0645", id="just-above"),
    pytest.param(3.0650, "id", "3,0650", id="half-way"),
    pytest.param(3.0680, "id", "3,0680", id="above"),
    pytest.param(3.0639, "en", "3.0639", id="just-below-english"),
    pytest.param(3.0644, "id", "3,0644", id="exactly-the-threshold-is-not-below"),
    pytest.param(3.06438, "id", "3,06438", id="four-decimals-would-read-at-the-threshold"),
    pytest.param(2.7312, "id", "2,7312", id="weak-as-the-ikm-prints-68,28"),
    pytest.param(3.45, "id", "3,4500", id="far-above"),
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
    # the rounding said once, with the regulation's conversion (76,61 / 25)
    assert text.count("empat desimal") == 1 and "3,0644 = 76,61 : 25" in text


def test_gambar_7_labels_the_elements_as_the_tables_print_them(pipeline_root):
    """Gambar 7's value labels (and its text alternative) had two decimals beside Tabel 9's four (P2, session 8)."""
    from evalasn.paths import project
    from evalasn.report.chapters import results
    from evalasn.report.context import load_context

    ctx = load_context("kesehatan", "id", project(pipeline_root))
    elements = [r for r in ctx.hasil["komunikasi"]["unsur"] if r["cukup_data"]]
    lowest = min(elements, key=lambda r: r["estimasi"] or 0.0)
    text = results.communication(ctx)
    assert f"terendah: {phrases.element_name(lowest['unsur'], 'id')}, {fmt.element(lowest['estimasi'], 'id')}" in text


@pytest.mark.parametrize("value", [2.43, 2.7312, 3.0595, 3.0644, 3.1, 3.5324, 3.99991])
def test_an_element_has_the_precision_of_the_ikm_it_converts_to(value):
    """Four decimals on the 1-4 scale are finer than the converted IKM's two (x 25: steps of 0,0025 < 0,01), never
    coarser: the element printed, converted, rounds to the IKM printed for it."""
    printed = float(fmt.element(value, "en"))
    assert fmt.ikm(printed * constants.IKM_CONVERSION, "en") == fmt.ikm(value * constants.IKM_CONVERSION, "en") \
        or abs(printed - value) <= 0.00005 + 1e-12


def _element(value: float, low: float, high: float) -> dict:
    return {"unsur": "u3", "n": 300, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": True}


WEAK_TARGET = "≥ 3,0644 (seluruh rentang di atas batas Baik)"


@pytest.mark.parametrize(("element", "before", "today"), [
    pytest.param(_element(3.0595, 2.98, 3.0649), None, "3,0595", id="interval-end-just-above-threshold"),
    pytest.param(_element(2.73, 2.69, 2.77), None, "2,7300", id="whole-interval-below"),
    # REVIEW3 11: Dispora's 94 respondents put U2's interval end, last year's target, at 3,43 near the top of B
    pytest.param(_element(3.04, 2.65, 3.43), None, "3,0400", id="a-wide-interval-end-is-not-the-target"),
    pytest.param(_element(2.73, 2.69, 2.77), 3.43, "2,7300", id="last-years-noise-driven-target-not-kept"),
    pytest.param(_element(2.73, 2.69, 2.77), 3.07, "2,7300", id="last-years-band-target-is-the-same-line"),
])
def test_an_element_row_targets_the_line_that_removes_the_finding(element, before, today):
    """BAB X's element rows print today's mean with fmt.element (BAB VI's formatter) and target the B band's lower
    edge, 3,0644, judged on the whole interval: never an end of today's interval, which grows with sampling noise
    (REVIEW3 11: 'U2 3,04 → ≥ 3,43' for a small survey), nor a last year's target that was one."""
    from evalasn.report.chapters import plan_targets, recommendation

    hasil: Any = {"tahun": 2025, "komunikasi": {"unsur": [element]}}
    goal = plan_targets.goal(recommendation.Recommendation("rec_weak", "", subject="u3"), hasil, None, "id",
                             None if before is None else {"": before})
    assert goal is not None
    assert (goal.today_text, goal.target_text) == (today, WEAK_TARGET)
    assert goal.target == constants.WEAK_ELEMENT_THRESHOLD  # reaching it leaves the element not weak


@pytest.mark.parametrize(("values", "shown"), [
    pytest.param((3.0645, 3.01, 3.119), "3,0645 (3,0100–3,1190)", id="just-above"),
    pytest.param((3.0595, 3.0, 3.0645), "3,0595 (3,0000–3,0645)", id="an-end-just-above-too"),
])
def test_next_years_review_prints_an_element_as_bab_vi_does(values, shown):
    from evalasn.report.chapters import followup_measure, followup_review, plan, published_rows

    row = plan.PlanRow("kesehatan-2024-U3", "U3", "rec_weak", "aksi", "indikator", 2.9, "2,90", 3.065, "≥ 3,065", True,
                       "pj", 2, "Triwulan II 2025")
    value, low, high = values
    hasil: Any = {"komunikasi": {"unsur": [_element(value, low, high)]}}
    now = followup_measure.measure(row, "u3", hasil, "id")
    assert followup_review.show(now, "id") == shown
    assert published_rows.target_text(row, 3.065, "id") == "≥ 3,0650"  # a signed target likewise
