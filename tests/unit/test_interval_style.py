"""One interval style in every table cell (REVIEW2 19: province Tabel 16 mixed '2,2 (1,4 s.d. 3,0)' and
'2,76 (2,73–2,79)' in one column): each cell formatter writes the interval as fmt.span does, '1,4–3,0'
('1.4–3.0' in English), the words 's.d.'/'to' only where an end is negative (a dash beside a minus sign reads
as one more minus); sentences keep 'rentang keyakinan 95%: 1,4 s.d. 3,0'."""

from __future__ import annotations

import pytest

from evalasn.report import facts
from evalasn.report.chapters import followup_review, plan_parts, published_rows
from evalasn.report.words import phrases

POSITIVE = {"estimasi": 2.2, "ci_bawah": 1.4, "ci_atas": 3.0, "n": 120, "cukup_data": True}
NEGATIVE = {"estimasi": -1.0, "ci_bawah": -2.4, "ci_atas": 0.4, "n": 120, "cukup_data": True}


def _cells(gain: dict, lang: str) -> dict[str, str]:
    values = (gain["estimasi"], gain["ci_bawah"], gain["ci_atas"])
    return {
        "key-figure": facts.show_value("gain", gain, lang),
        "plan-row": plan_parts.gain_text(gain, lang),  # type: ignore[arg-type]
        "follow-up-review": followup_review.show(followup_review.Measured(values, published_rows.POINTS), lang),
        "did-table": phrases.cell_with_ci(gain, lang).split(";")[0],  # type: ignore[arg-type]
    }


@pytest.mark.parametrize(("gain", "lang", "expected"), [
    pytest.param(POSITIVE, "id", "2,2 (1,4–3,0)", id="positive-id"),
    pytest.param(POSITIVE, "en", "2.2 (1.4–3.0)", id="positive-en"),
    pytest.param(NEGATIVE, "id", "−1,0 (−2,4 s.d. 0,4)", id="negative-end-id"),
    pytest.param(NEGATIVE, "en", "−1.0 (−2.4 to 0.4)", id="negative-end-en"),
])
def test_every_table_cell_writes_an_interval_the_same_way(gain, lang, expected):
    cells = _cells(gain, lang)
    assert cells == dict.fromkeys(cells, expected)


def test_the_did_cell_keeps_its_n():
    assert phrases.cell_with_ci(POSITIVE, "id") == "2,2 (1,4–3,0); n = 120"  # type: ignore[arg-type]
