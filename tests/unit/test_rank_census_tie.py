"""LOOK32 D-8: Bina Marga's budget realisation ranked "17 dari 21 (17–18)" in Tabel 1 and Tabel 10, under a note that
the bracket is the rank range from 95% intervals and that realisation (a census) has none. The bracket was a tie at
the printed rounding with Kebudayaan (77,1% each: analysis.trend.ranks compares a census figure as printed). The
record marks a census figure's rank (`sensus`), and the one rank formatter (report.facts.rank_text: Tabel 1, Tabel 10,
the index and the workbook) says the tie."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import trend
from evalasn.report import facts
from evalasn.report.formats import workbook_names

KEY = "persen_realisasi"
# 21 agencies as in the sample: Bina Marga 77,120 and Kebudayaan 77,064 print 77,1 each
REALISATION = ({f"dinas-{i:02d}": 99.0 - 1.1 * i for i in range(16)} | {"bina-marga": 77.120, "kebudayaan": 77.064}
               | {f"dinas-{i}": 54.0 + i for i in (16, 17, 18)})


def _rows(values: dict[str, float]) -> Any:
    return {slug: {KEY: value} for slug, value in values.items()}


def test_a_census_figure_tied_as_printed_is_marked_and_shares_its_rank():
    ranked = trend.ranks(_rows(REALISATION), KEY)
    assert ranked["bina-marga"] == {"peringkat": 17, "peringkat_terbaik": 17, "peringkat_terburuk": 18, "dari": 21,
                                    "sensus": True}
    assert ranked["kebudayaan"]["peringkat"] == 17 and ranked["dinas-00"]["sensus"]


def test_a_figure_with_an_interval_is_not_marked_a_census():
    rows: Any = {slug: {"jp_20": {"estimasi": v / 100, "ci_bawah": v / 100 - 0.05, "ci_atas": v / 100 + 0.05, "n": 100,
                             "cukup_data": True}} for slug, v in REALISATION.items()}
    assert not any("sensus" in rank for rank in trend.ranks(rows, "jp_20").values())


@pytest.mark.parametrize(("rank", "said"), [
    pytest.param({"peringkat": 17, "peringkat_terbaik": 17, "peringkat_terburuk": 18, "dari": 21, "sensus": True},
                 {"id": "17\u00a0dari\u00a021 (sama dengan 1\u00a0dinas pada pembulatan)",
                  "en": "17\u00a0of\u00a021 (tied with 1\u00a0agency as rounded)"}, id="bina-marga-tied-with-one"),
    pytest.param({"peringkat": 3, "peringkat_terbaik": 3, "peringkat_terburuk": 5, "dari": 6, "sensus": True},
                 {"id": "3\u00a0dari\u00a06 (sama dengan 2\u00a0dinas pada pembulatan)",
                  "en": "3\u00a0of\u00a06 (tied with 2\u00a0agencies as rounded)"}, id="tied-with-two"),
    # every agency on the same printed figure: a shared first place, not "cannot be told apart" (a 95% range's words)
    pytest.param({"peringkat": 1, "peringkat_terbaik": 1, "peringkat_terburuk": 6, "dari": 6, "sensus": True},
                 {"id": "1\u00a0dari\u00a06 (sama dengan 5\u00a0dinas pada pembulatan)",
                  "en": "1\u00a0of\u00a06 (tied with 5\u00a0agencies as rounded)"}, id="all-tied"),
    pytest.param({"peringkat": 21, "peringkat_terbaik": 21, "peringkat_terburuk": 21, "dari": 21, "sensus": True},
                 {"id": "21\u00a0dari\u00a021", "en": "21\u00a0of\u00a021"}, id="satpol-pp-alone"),
    # a figure with an interval keeps its 95% rank range
    pytest.param({"peringkat": 19, "peringkat_terbaik": 17, "peringkat_terburuk": 21, "dari": 21},
                 {"id": "19\u00a0dari\u00a021 (17–\u206021)", "en": "19\u00a0of\u00a021 (17–\u206021)"},
                 id="estimate-keeps-its-range"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_rank_says_a_tie_where_the_figure_has_no_interval(rank, said, lang):
    assert facts.rank_text(rank, lang) == said[lang]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_workbook_names_the_census_column_of_a_rank(lang):
    """The comparison sheet's best and worst rank of a census figure are a tie, not a 95% range: its column says so."""
    name = workbook_names.column_name("sensus", "perbandingan_provinsi.indikator[]", lang)
    assert {"id": "pembulatan", "en": "as rounded"}[lang] in name
