"""A marker style copied the light way (evalasn.run.fastpath.markers) is the style matplotlib's deep copy gives,
owns what it may change, and the report figures keep their PNG bytes."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from matplotlib.markers import TICKLEFT, MarkerStyle
from matplotlib.path import Path
from matplotlib.transforms import Affine2D

from evalasn.analysis.contract import Interval
from evalasn.report.chapters import html
from evalasn.report.charts import figures
from evalasn.run.fastpath import markers as fast_markers


@pytest.fixture
def plain_matplotlib():
    """matplotlib's own copy before and after each test."""
    fast_markers.uninstall()
    yield
    fast_markers.uninstall()


STYLES = {
    "tick": lambda: MarkerStyle(TICKLEFT),
    "circle": lambda: MarkerStyle("o"),
    "half-filled-square": lambda: MarkerStyle("s", fillstyle="left"),
    "rotated-triangle": lambda: MarkerStyle("^").rotated(deg=30),
    "scaled-cross": lambda: MarkerStyle("x", transform=Affine2D().scale(2, 1)),
    "path": lambda: MarkerStyle(Path(np.array([[0, 0], [1, 0.5], [0, 1], [0, 0]]), closed=True)),
    "vertices": lambda: MarkerStyle(np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0]])),
}


def _seen(style: Any) -> tuple:
    """What a renderer takes from a style."""
    alt, given = style.get_alt_path(), style.get_marker()  # Any: a letter, a Path or vertices
    if isinstance(given, Path):
        given = (np.asarray(given.vertices).tolist(), None if given.codes is None else np.asarray(given.codes).tolist())
    return (given.tolist() if isinstance(given, np.ndarray) else given,
            style.get_path().vertices.tolist(),
            None if style.get_path().codes is None else style.get_path().codes.tolist(),
            style.get_transform().get_matrix().tolist(), None if alt is None else alt.vertices.tolist(),
            None if alt is None else style.get_alt_transform().get_matrix().tolist(),
            style.get_fillstyle(), style.get_joinstyle(), style.get_capstyle(), style.is_filled(), bool(style))


@pytest.mark.parametrize("make", STYLES.values(), ids=STYLES.keys())
def test_a_copied_style_is_the_one_matplotlib_copies_and_owns_what_it_may_change(plain_matplotlib, make):
    plain = _seen(MarkerStyle(make()))
    fast_markers.install()
    original = make()
    copied = MarkerStyle(original)
    assert _seen(copied) == plain
    before = _seen(original)
    copied.rotated(deg=45)  # a new style from the copy ...
    turned: Any = MarkerStyle(copied)
    if turned._user_transform is not None:
        turned._user_transform.rotate_deg(10)  # ... or the copy's own transform turned in place
    assert _seen(original) == before and _seen(copied) == plain  # the style copied from is untouched


def test_a_report_figure_gives_the_same_png_bytes(plain_matplotlib):
    def dot_plot():
        rows = [Interval(n=100, estimasi=5 + i / 3, ci_bawah=4.5 + i / 3, ci_atas=5.5 + i / 3, cukup_data=True)
                for i in range(12)]
        return figures.estimates(rows, [f"Unit kerja {i}" for i in range(12)], "Kenaikan nilai (poin)", "id", ref=5.0)

    plain = html.png_rgb(dot_plot())
    fast_markers.install()
    assert fast_markers.installed()
    assert html.png_rgb(dot_plot()) == plain


def test_switched_off_it_leaves_matplotlib_alone(plain_matplotlib, monkeypatch):
    monkeypatch.setenv("EVALASN_FASTPATH", "0")
    fast_markers.install()
    assert not fast_markers.installed()
