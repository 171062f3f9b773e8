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
