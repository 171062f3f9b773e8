"""LOOK37b M-7: with one current staff list, the trend table's note said "Staff data are the latest list, so earlier
years' coverage and 20 JP are computed over today's civil servants", but BAB VIII said nothing of what that does to
the rises the summary calls improvements. BAB VIII 8.1 now lists it whenever an earlier year is counted over the
latest list (the years that note names), and only then."""

from __future__ import annotations

import copy
import dataclasses
from html import unescape

import pytest

from evalasn.report.chapters import comparison, limitations

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

SAID = {"id": "Cakupan dan 20 JP {tahun} dihitung atas daftar pegawai terakhir",
        "en": "Coverage and 20 JP of {tahun} are computed over today's staff list"}
OVERSTATED = {"id": "kenaikan sejak itu mungkin terlalu besar", "en": "a rise since then may be overstated"}


def _with_lists(ctx, kinds):
    hasil = copy.deepcopy(ctx.hasil)
    for row in hasil["tren"]:
        row["daftar_pegawai"] = kinds.get(row["tahun"], "tahun_itu")
    return dataclasses.replace(ctx, hasil=hasil)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_earlier_years_on_todays_list_are_a_limitation(contexts, lang):
    ctx = contexts[("kesehatan", lang)]
    tahun = ctx.hasil["tahun"]
    earlier = [row["tahun"] for row in ctx.hasil["tren"] if row["tahun"] < tahun]
    assert earlier
    latest = _with_lists(ctx, {year: "terakhir" for year in [*earlier, tahun]})
    page = unescape(limitations.chapter(latest))
    note = comparison.staff_notes(latest.hasil["tren"], tahun, lang)
    assert note == [latest.t("pos_trend_staff_latest")]  # the trend table's note, for the same years
    years = " dan ".join(map(str, earlier)) if lang == "id" else " and ".join(map(str, earlier))
    assert SAID[lang].format(tahun=years) in page and OVERSTATED[lang] in page, page
    design = page.split(unescape(limitations.html.heading(3, latest.t("lim_missing_h"))))[0]
    assert OVERSTATED[lang] in design  # an item of 8.1's list


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_such_limitation_when_each_year_has_its_own_list(contexts, lang):
    ctx = contexts[("kesehatan", lang)]
    own = _with_lists(ctx, {})
    assert OVERSTATED[lang] not in unescape(limitations.chapter(own))
    assert not comparison.latest_list_years(own.hasil["tren"], own.hasil["tahun"])
