"""Last year's share row whose method's cost per point is withheld this year could not be judged; it is not 'gone'
(LOOK12 K-1: Kesehatan's PORSI-MENTORING read 'temuannya tidak muncul lagi')."""
from types import SimpleNamespace
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.report.chapters import followup
from evalasn.report.context import Context

# as the sample's Kesehatan mentoring: 4 of 5 activities costed, one short of the minimum
WITHHELD = {"metode": "mentoring", "n": 91, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
            "n_kegiatan": 4, "kegiatan_tanpa_biaya": 1, "alasan": "biaya_tidak_tercatat", "rata_gain": 7.61}
COMPUTED = {**WITHHELD, "estimasi": 150_000.0, "ci_bawah": 120_000.0, "ci_atas": 190_000.0, "cukup_data": True,
            "n_kegiatan": 5, "kegiatan_tanpa_biaya": 0, "alasan": None}


def _reason(cost: dict, lang: str, rule: str = "rec_method") -> str:
    ctx = Context(cast(Any, {"anggaran_vs_peningkatan": {"biaya_per_poin": [cost]}}), lang, pd.DataFrame())
    return followup.unjudged_reason(ctx, cast(Any, SimpleNamespace(rule=rule, code="PORSI-MENTORING")))


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "biaya mentoring tidak tercatat: 1 kegiatan dengan anggaran Rp 0 atau kosong; hanya 4 kegiatan dengan "
           "biaya tercatat, perlu sedikitnya 5 untuk biaya per poin"),
    ("en", "mentoring cost not recorded: 1 activity with a budget of Rp 0 or blank; only 4 with a recorded cost, at "
           "least 5 needed for a cost per point"),
], ids=["id", "en"])
def test_a_withheld_cost_per_point_leaves_the_share_row_unjudged(lang, said):
    assert _reason(WITHHELD, lang) == said


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("cost", "rule"), [(COMPUTED, "rec_method"), (WITHHELD, "rec_jp")],
                         ids=["cost-computed", "other-rule"])
def test_a_judged_row_is_closed_as_before(cost, rule, lang):
    assert _reason(cost, lang, rule) == ""


def _hasil(cost: dict) -> dict:
    cheap = {"metode": "pelatihan", "n": 539, "estimasi": 396_047.0, "ci_bawah": 353_538.0, "ci_atas": 442_127.0,
             "cukup_data": True, "n_kegiatan": 26, "kegiatan_tanpa_biaya": 1, "boot": None}
    dear = {**cheap, "metode": "workshop", "estimasi": 900_000.0, "ci_bawah": 800_000.0, "ci_atas": 1_000_000.0}
    return {"anggaran_vs_peningkatan": {"biaya_per_poin": [cheap, dear, cost]},
            "pelaksanaan": {"kegiatan_per_metode": [{"metode": "mentoring", "kegiatan_tanpa_biaya": 1}]}}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "Biaya per poin mentoring tidak dihitung: hanya 4 kegiatan dengan biaya tercatat, perlu sedikitnya 5 "
           "(1 kegiatan beranggaran Rp 0 atau kosong)."),
    ("en", "The cost per point of mentoring is not computed: only 4 activities with a recorded cost, at least 5 "
           "needed (1 activity with a budget of Rp 0 or blank)."),
], ids=["id", "en"])
def test_efficiency_says_the_cost_per_point_is_withheld_and_why(lang, said):
    """Old code: 'Tidak dibandingkan karena biayanya tidak tercatat …: 1 kegiatan mentoring', as if one activity
    were left aside rather than the method's whole cost per point."""
    from evalasn.report.words import narrative

    text = narrative.cheapest_method(cast(Any, _hasil(WITHHELD)), lang)
    assert text is not None and text.endswith(said) and "Tidak dibandingkan" not in text, text


@pytest.mark.parametrize(("lang", "cell"), [("id", "tidak dihitung: hanya 4 kegiatan dengan biaya tercatat (min. 5)"),
                                            ("en", "not computed: only 4 with a recorded cost (min. 5)")],
                         ids=["id", "en"])
def test_the_table_cell_gives_the_costed_count_against_the_minimum(lang, cell):
    from evalasn.report.chapters import results

    ctx = Context(cast(Any, {}), lang, pd.DataFrame())
    assert results._cost_cell(ctx, WITHHELD) == cell
