"""The fast path's glyph bitmaps (evalasn.run.fastpath.glyph_bitmaps): the report figures, rotated and mathtext text
and text without anti-aliasing give the same PNG bytes as matplotlib's own loop, and a kept bitmap is reused."""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pytest

from evalasn.report.chapters import html
from evalasn.run.fastpath import glyph_bitmaps
from tests.unit.test_fastpath_figures import FIGURES


@pytest.fixture
def plain_matplotlib():
    """matplotlib's own loop before and after each test."""
    glyph_bitmaps.uninstall()
    yield
    glyph_bitmaps.uninstall()


def _texts(mathtext: bool = True):
    """Text at many sub-pixel positions, rotated, italic and bold, mathtext, and without anti-aliasing."""
    fig, ax = plt.subplots(figsize=(4, 3), dpi=150)
    for i, x in enumerate(np.linspace(0.01, 0.9, 23)):
        ax.text(x, 0.05 + i * 0.037, f"Nilai {x:.3f} – ÆØ ‰", fontsize=6 + i % 5, rotation=(0, 90, 33, -15)[i % 4],
                style=("normal", "italic")[i % 2], weight=("normal", "bold")[i % 3 == 0],
                antialiased=i % 5 != 0)
    ax.set_title(r"$\alpha_i^2 + \sqrt{x}$ dan teks" if mathtext else "Judul dan teks", fontsize=9)
    ax.set_ylabel("Sumbu tegak (poin)")
    return fig


CASES = {**FIGURES, "texts-rotated-mathtext-aliased": _texts}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_same_png_bytes_with_and_without(plain_matplotlib, make):
    plain = html.png_rgb(make())
    glyph_bitmaps.install()
    assert glyph_bitmaps.installed()
    first = html.png_rgb(make())
    again = html.png_rgb(make())  # drawn from the kept bitmaps
    assert first == plain and again == plain


def test_a_kept_bitmap_is_reused(plain_matplotlib, monkeypatch):
    from matplotlib.ft2font import FT2Font

    glyph_bitmaps.install()
    html.png_rgb(_texts(mathtext=False))  # mathtext's glyphs are drawn by matplotlib's loop (with its rules)
    kept = len(glyph_bitmaps._BITMAPS)
    rendered = []
    font_class: Any = FT2Font  # _render_glyph: private, not in matplotlib's stubs
    own = font_class._render_glyph

    def counted(self, *args):
        rendered.append(args)
        return own(self, *args)

    monkeypatch.setattr(FT2Font, "_render_glyph", counted)
    html.png_rgb(_texts(mathtext=False))
    assert kept > 100 and len(glyph_bitmaps._BITMAPS) == kept
    assert not rendered  # every glyph of the same figure drawn from a kept bitmap
