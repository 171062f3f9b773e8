"""Who has not reported last year's plan: the agency in its own report, the offices carrying the province's plan in
the province report (LOOK26, 'seen': the English province report said 'the agency has not reported')."""

from __future__ import annotations

import pytest

from evalasn.report.chapters import followup_review

CASES = [
    ("kesehatan", "id", "status pelaksanaan belum dilaporkan dinas.", "pelaksananya"),
    ("kesehatan", "en", "the agency has not reported execution.", "offices carrying it out"),
    ("provinsi", "id", "status pelaksanaan belum dilaporkan para pelaksananya.", "belum dilaporkan dinas."),
    ("provinsi", "en", "the offices carrying it out have not reported execution.", "the agency has not reported"),
]


@pytest.mark.parametrize(("slug", "lang", "said", "not_said"), CASES, ids=[f"{s}-{lang}" for s, lang, *_ in CASES])
def test_the_missing_sheet_names_who_has_not_reported(contexts, slug, lang, said, not_said):
    chapter = followup_review.chapter(contexts[(slug, lang)])
    assert said in chapter
    assert not_said not in chapter
