"""Last year's plan reviewed once per report context (report.chapters.followup_review.review): the chapters ask up
to six times, the province report three times for each dinas (issue 25: 1.72 -> 1.51 CPU-s of the province
report's cells at Jakarta scale)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import followup_review, followup_rows
from evalasn.report.context import Context


def _counted(monkeypatch) -> list[Context]:
    made: list[Context] = []

    def review_again(ctx: Context) -> list[str]:
        made.append(ctx)
        return [f"row of {len(made)}"]

    monkeypatch.setattr(followup_rows, "_review", review_again)
    return made


def _review(ctx: Context) -> list[Any]:
    return list(followup_rows.review(ctx))


def _context() -> Context:
    return Context(cast(Any, {"tahun": 2025}), "id", pd.DataFrame())


def test_made_once_per_context_and_each_caller_gets_its_own_list(monkeypatch):
    made = _counted(monkeypatch)
    ctx = _context()
    first = _review(ctx)
    first.append("changed by a caller")
    assert _review(ctx) == ["row of 1"] and made == [ctx]
    assert replace(ctx) == ctx  # the kept review is not one of the context's fields


@pytest.mark.parametrize(("field", "value"), [
    pytest.param("lang", "en", id="another-language"),
    pytest.param("previous", {"tahun": 2024}, id="last-years-results"),
    pytest.param("signed", pd.DataFrame({"id": ["x"]}), id="a-returned-sheet"),
    pytest.param("dinas_results", {"kesehatan": {"tahun": 2025}}, id="the-dinas-results"),
])
def test_made_again_when_a_field_is_given_another_value(monkeypatch, field, value):
    made = _counted(monkeypatch)
    ctx = _context()
    _review(ctx)
    setattr(ctx, field, value)
    assert _review(ctx) == ["row of 2"] and len(made) == 2
    assert _review(replace(ctx)) == ["row of 3"]  # another context: its own review


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
def test_the_kept_review_is_the_review(contexts, slug):
    """On the sample: what the chapters get is what reviewing again gives, for the report and each dinas of the
    province report."""
    ctx = contexts[(slug, "id")]
    for each in [ctx, *ctx.agencies.values()]:
        assert followup_review.review(each) == followup_rows._review(each)
        assert followup_review.review(each) is not followup_review.review(each)
