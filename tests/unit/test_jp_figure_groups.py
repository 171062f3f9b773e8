"""LOOK37 L-20, M-24: Gambar 1 printed each rank group's and position type's share of PNS at 20 JP with an interval
but no n, and a group below the minimum (Golongan II, 9 PNS) was left out without a word. Each row name now carries
its n and a note under the figure names the groups not drawn, with their n and the minimum."""

from __future__ import annotations

import pytest

from evalasn.report.chapters.sections import group_labels


def _share(n: int, enough: bool = True) -> dict:
    return {"estimasi": 0.5 if enough else None, "ci_bawah": 0.3 if enough else None,
            "ci_atas": 0.7 if enough else None, "n": n, "cukup_data": enough}


GROUPS = [("Golongan II", _share(9, enough=False)), ("Golongan III", _share(21)), ("struktural", _share(25))]


@pytest.mark.parametrize(("lang", "labels", "note"), [
    ("id", ["Golongan II (n = 9)", "Golongan III (n = 21)", "Struktural (n = 25)"],
     "Tidak digambar: Golongan II (9 PNS); sedikitnya 10 PNS diperlukan untuk persen dengan rentang keyakinan."),
    ("en", ["Golongan II (n = 9)", "Golongan III (n = 21)", "Struktural (n = 25)"],
     "Not drawn: Golongan II (9 PNS); at least 10 PNS are needed for a share with a confidence interval."),
])
def test_each_group_has_its_n_and_a_group_not_drawn_is_named(lang, labels, note):
    assert group_labels(GROUPS, lang) == (labels, note)


def test_no_note_when_every_group_is_drawn():
    assert group_labels(GROUPS[1:], "id")[1] == ""
