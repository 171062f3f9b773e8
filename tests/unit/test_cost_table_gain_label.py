"""LOOK37b M-15: Tabel 7's "Mean gain" column printed classroom training's participants' mean "12.7 (8.2–17.1)" while
3.2 printed its gain adjusted to a common starting score "12.7 points (95% CI: 8.4 to 17.0)": one value, two intervals,
two near-identical names. The column now carries the report's name for the unadjusted figure (gain_raw: "participants'
mean", "rata-rata peserta")."""

from __future__ import annotations

import pytest

from evalasn.report.words.text import label


@pytest.mark.parametrize(("lang", "name"), [("id", "rata-rata peserta"), ("en", "Participants' mean")])
def test_the_cost_tables_gain_column_says_it_is_the_participants_mean(lang, name):
    column = label("rata_gain_ik", lang)
    assert name in column, column
    assert name.lower() in label("gain_raw", lang).lower()  # the term the key-figure and trend tables use
