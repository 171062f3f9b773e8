"""A follow-up target set at an end of a year's 95% interval says so where the targets' basis is given (LOOK19 V-7:
Tabel 13 gave 'Biaya per poin ≤ Rp 361.488 | Rencana tindak lanjut 2024, baris BIAYA-POIN' beside 2024's
'Rp 461.820 (Rp 361.488–Rp 646.439)', and the reader could not tell where the number came from)."""

from __future__ import annotations

import pytest

from evalasn.report import facts
from evalasn.report.chapters import comparison

COST = {"estimasi": 461820.3, "ci_bawah": 361488.2, "ci_atas": 646439.0, "cukup_data": True, "n": 1089}
SHARE = {"estimasi": 0.666, "ci_bawah": 0.626, "ci_atas": 0.704, "cukup_data": True, "n": 566}


@pytest.mark.parametrize(("key", "figure", "target", "lang", "expected"), [
    ("biaya_per_poin", COST, "≤ Rp 361.488", "id", ("bawah", "Rp 361.488–Rp 646.439")),
    ("biaya_per_poin", COST, "≤ Rp 361,488", "en", ("bawah", "Rp 361,488–Rp 646,439")),
    ("cakupan_asn", SHARE, "≥ 70,4%", "id", ("atas", "62,6–70,4")),
    ("biaya_per_poin", COST, "≤ Rp 361.489", "id", None),
    ("cakupan_asn", SHARE, "≥ 75%", "id", None),
    ("biaya_per_poin", {**COST, "cukup_data": False}, "≤ Rp 361.488", "id", None),
], ids=["cost-lower-end", "cost-lower-end-en", "share-upper-end", "one-rupiah-off", "configured-target",
        "no-interval"])
def test_a_target_is_an_interval_end_only_as_printed(key, figure, target, lang, expected):
    assert facts.interval_end(key, figure, target, lang) == expected


@pytest.mark.parametrize(("lang", "words"), [
    ("id", "target = batas bawah rentang keyakinan 95% nilai 2024"),
    ("en", "the target is the lower end of the 2024 value's 95% confidence interval"),
])
def test_the_targets_table_says_the_cost_target_is_the_interval_end(contexts, figures_not_drawn, lang, words):
    """The sample's kesehatan: BIAYA-POIN of the 2024 plan, '≤ Rp 361.488', the lower end of 2024's interval."""
    ctx = contexts[("kesehatan", lang)]
    table = comparison.targets_table(ctx)
    assert words.replace("'", "&#x27;") in table, table
