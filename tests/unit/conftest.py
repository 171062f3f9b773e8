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


@pytest.fixture(scope="module")
def figures_not_drawn():
    """For a module whose tests read the chapters' words, never their pictures: each figure is still made by the
    report's chart code (its caption, alt text and key numbers too) but not drawn into pixels (html.png_rgb
    gives a fixed stand-in; drawing was a third of a chapter's CPU). Drawn figures are checked where they matter:
    test_figure_layout, test_empty_figures and every report the integration tests build."""
    import matplotlib.pyplot as plt

    from evalasn.report.chapters import html

    def not_drawn(fig) -> bytes:
        plt.close(fig)
        return b"not drawn"

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html, "png_rgb", not_drawn)
        yield
