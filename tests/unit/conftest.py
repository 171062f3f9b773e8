"""Fixtures shared by unit modules that read the report's contexts of the session's small sample."""

from __future__ import annotations

import pytest

from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import sections
from evalasn.report.context import Context


@pytest.fixture(scope="module")
def contexts(pipeline_root) -> dict[tuple[str, str], Context]:
    """The province's and kesehatan's report contexts in both languages (one set per module: tests may
    derive changed copies of them)."""
    paths = project(pipeline_root)
    return {(slug, lang): sections.load_context(slug, lang, paths)
            for slug in (PROVINCE_SLUG, "kesehatan") for lang in ("id", "en")}
