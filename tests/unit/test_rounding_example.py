"""BAB I 1.6's rounding example (LOOK32 D-9): Kesehatan's '6,35 − 9,21 = −2,86 tercetak 6,4, 9,2 dan −2,9' stood in
every report, and Satpol PP's own headline printed '6,4 … 9,2 … selisih −2,8' beside it. The example's figures are
printed by the report's own formatter, their difference printed differs by 0,1 from the difference of the printed
figures, and they lie above every 0-100 scale a report's scores, gains, IKM and percentages live on."""

from __future__ import annotations

import re

import pytest

from evalasn import constants
from evalasn.report.words import fmt
from evalasn.report.words.text import t

NUMBER = r"−?\d+[.,]\d+"


def _example(lang: str) -> tuple[list[float], list[str]]:
    """(the three figures before rounding, the three as printed) of the example in the method's sentence."""
    text = t("m_rounding", lang)
    link = {"id": "tercetak", "en": "prints as"}[lang]
    match = re.search(rf"({NUMBER}) − ({NUMBER}) = ({NUMBER}) {link} ({NUMBER}), ({NUMBER}) (?:dan|and) ({NUMBER})",
                      text)
    assert match, text
    decimal = "," if lang == "id" else "."
    values = [float(g.replace("−", "-").replace(decimal, ".")) for g in match.groups()[:3]]
    return values, list(match.groups()[3:])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_rounding_example_is_right_as_printed(lang):
    (a, b, difference), printed = _example(lang)
    assert round(a - b, 2) == difference
    assert printed == [fmt.figure(v, "poin_tes", lang) for v in (a, b, difference)]  # the report's own rounding
    shown = [float(p.replace("−", "-").replace(",", ".")) for p in printed]
    assert round(abs((shown[0] - shown[1]) - shown[2]), 2) == 0.1  # what the sentence says can happen


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_rounding_example_is_no_report_s_figure(lang):
    (a, b, _), _ = _example(lang)
    top = max(constants.NILAI_RANGE[1], *(high for _, high in constants.SCALE_BOUNDS.values()))
    assert min(a, b) > top, (a, b)
