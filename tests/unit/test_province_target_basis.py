"""LOOK26 X-12: where a dinas's cost-per-point target came from the province's plan (its own 2024 figure withheld:
Kominfotik, Parekraf, KPKP), Tabel 12 "Target dan dasarnya" printed '≤ Rp 238.866 (target rencana provinsi 2024)'
and named the plan row only. The reviewer was not told that the number is the lower end of the province's 2024 95%
interval (Rp 238.866–Rp 282.677), nor that it was used because the agency's own 2024 figure could not be computed.
The basis says both, from the records the plan was made from (the province's results of that year)."""

from __future__ import annotations

import copy
import html
import re
from dataclasses import replace
from typing import Any

import pytest

from evalasn.report.chapters import comparison, fact_targets

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

WITHHELD = {"n": 40, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
            "alasan": "kegiatan_kurang", "n_kegiatan": 3}
SAID = {"id": "; target = batas bawah rentang keyakinan 95% nilai seluruh provinsi 2024 (Rp 238.866–Rp 282.677), "
              "dipakai karena nilai dinas ini 2024 belum dapat dihitung (hanya 3 kegiatan)",
        "en": "; the target is the lower end of the 95% confidence interval of the province-wide 2024 value "
              "(Rp 238,866–Rp 282,677), used because this agency's own 2024 value could not be computed (only 3 "
              "activities)"}
TARGET = {"id": "≤ Rp 238.866 (target rencana provinsi 2024)", "en": "≤ Rp 238,866 (the 2024 province plan's target)"}


def _table(ctx, monkeypatch, own: dict) -> str:
    """Tabel 12 of ``ctx``'s dinas with last year's BIAYA-POIN target the province plan's, the lower end of the
    province's 2024 interval, and the dinas's own 2024 figure ``own``."""
    province = ctx.province_ctx
    before: Any = copy.deepcopy(province.year_before.hasil)
    before["anggaran_vs_peningkatan"]["biaya_per_poin_semua"].update(
        estimasi=260_236.0, ci_bawah=238_866.2, ci_atas=282_677.4, cukup_data=True)
    ctx = replace(ctx, province_ctx=replace(province, year_before=replace(province.year_before, hasil=before)))
    facts = fact_targets.by_key(ctx)
    cost = facts["biaya_per_poin"]
    assert cost.followup is not None  # the sample's kesehatan has last year's BIAYA-POIN row
    facts["biaya_per_poin"] = replace(cost, last_year=own, followup=replace(cost.followup, target=TARGET[ctx.lang],
                                                                            nilai=238_866.0))
    monkeypatch.setattr(comparison.fact_targets, "by_key", lambda _: facts)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", comparison.targets_table(ctx))).split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_target_from_the_province_plan_says_what_number_it_is_and_why(contexts, monkeypatch, lang):
    table = _table(contexts[("kesehatan", lang)], monkeypatch, WITHHELD)
    assert " ".join(SAID[lang].split()) in table, table


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_with_its_own_figure_is_not_said_to_have_taken_the_provinces(contexts, monkeypatch, lang):
    """The dinas's own 2024 figure computed: its row's target is its own interval's end (end_words) or none, never
    the province's, whatever the numbers."""
    own = {"n": 400, "estimasi": 300_000.0, "ci_bawah": 250_000.0, "ci_atas": 350_000.0, "cukup_data": True,
           "n_kegiatan": 20}
    table = _table(contexts[("kesehatan", lang)], monkeypatch, own)
    assert "seluruh provinsi 2024" not in table and "province-wide 2024" not in table, table
