"""An axis' ticks remembered within one layout or draw of its axes (evalasn.run.fastpath.ticks): the report figures'
PNG bytes are the same, repeated questions are answered from memory, and a changed view is worked out again."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.report.chapters import html
from evalasn.run.fastpath import ticks
from tests.unit.test_fastpath_figures import FIGURES


@pytest.fixture
def plain_matplotlib():
    """matplotlib's own tick updates before and after each test."""
    ticks.uninstall()
    yield
    ticks.uninstall()


def _event_study():
    from evalasn.report.charts import figures

    events = [{"e": e, "fase": "pre" if e < 0 else "pasca", "n": 40, "estimasi": 0.3 * e, "ci_bawah": 0.3 * e - 1,
               "ci_atas": 0.3 * e + 1, "cukup_data": True} for e in (-3, -2, 0, 1, 2)]
    return figures.event_study(cast(Any, events), "id")


CASES = {**FIGURES, "event-study-reference-period": _event_study}


@pytest.mark.parametrize("make", CASES.values(), ids=CASES.keys())
def test_a_report_figure_gives_the_same_png_bytes(plain_matplotlib, make):
    plain = html.png_rgb(make())
    ticks.install()
    assert ticks.installed()
    before = dict(ticks.COUNTS)
    assert html.png_rgb(make()) == plain
    asked, worked_out = (ticks.COUNTS[key] - before[key] for key in ("asked", "worked_out"))
    assert worked_out < asked / 2, "most questions were answered from memory"


def test_a_view_changed_between_draws_or_within_one_is_worked_out_again(plain_matplotlib):
    import matplotlib.pyplot as plt

    def drawn(limits: list[tuple[float, float]]) -> list[bytes]:
        fig, ax = plt.subplots(figsize=(3, 2), dpi=72)
        ax.plot([0, 10], [0, 5])
        images = []
        for low, high in limits:
            ax.set_xlim(low, high)
            fig.canvas.draw()
            images.append(bytes(cast(Any, fig.canvas).buffer_rgba()))
        plt.close(fig)
        return images

    plain = drawn([(0, 10), (0, 3), (-50, 50)])
    ticks.install()
    assert drawn([(0, 10), (0, 3), (-50, 50)]) == plain
    fig, ax = plt.subplots()
    remember = ticks._scoped(lambda axes: ([tick.get_loc() for tick in axes.xaxis._update_ticks()],
                                           axes.set_xlim(0, 100),
                                           [tick.get_loc() for tick in axes.xaxis._update_ticks()]))
    ax.set_xlim(0, 1)
    first, _, second = remember(ax)
    plt.close(fig)
    assert max(first) <= 1 and max(second) == 100, "inside one scope a new view interval gives its own ticks"
    assert not ticks._SCOPE, "nothing is remembered once the layout or draw has ended"


def test_switched_off_it_leaves_matplotlib_alone(plain_matplotlib, monkeypatch):
    from matplotlib.axis import Axis

    original = vars(Axis)["_update_ticks"]
    monkeypatch.setenv("EVALASN_FASTPATH", "0")
    ticks.install()
    assert not ticks.installed() and vars(Axis)["_update_ticks"] is original
