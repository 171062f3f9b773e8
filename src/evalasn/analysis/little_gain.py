"""The rule of a very small gain, without the estimation code: the report layer judges printed gains with it and
imports no scipy (analysis.budget imports scipy.stats through analysis.clustered; test_fastpath_imports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from evalasn import constants

Row = TypeVar("Row", bound=Mapping[str, Any])  # a scope's row of `sedikit_kenaikan`

# A very small gain without a cost per point to compare (the method's or the scope's not computed, e.g. a gain not
# surely above zero) is not cheap: the rule cannot say so, and the finding is listed. BAB IX's printed rule takes its
# words from this (report.chapters.key_findings.rule_values: "… atau tanpa biaya per poin"; LOOK22 Y-2).
UNPRICED_IS_CHEAP = False


def is_little_gain(gain: Mapping[str, Any]) -> bool:
    """The rule of a very small gain (docs/metode.md, "Temuan utama", rule 1; constants.LITTLE_GAIN_EFFECT_CEILING):
    the gain's interval reaches above zero (constants.NO_GAIN_UPPER: not "without gain"), its effect size (Hedges'
    g_av) is estimated below Cohen's "small" (constants.LITTLE_GAIN_EFFECT_UPPER) and the effect size's interval
    ends below Cohen's "medium": a very small gain, and the data rule out a medium or larger one."""
    high, effect, effect_high = gain.get("ci_atas"), gain.get("g_av"), gain.get("g_av_atas")
    if not gain.get("cukup_data") or high is None or effect is None or effect_high is None:
        return False
    return bool(float(high) > constants.NO_GAIN_UPPER and float(effect) < constants.LITTLE_GAIN_EFFECT_UPPER
                and float(effect_high) < constants.LITTLE_GAIN_EFFECT_CEILING)


def cheap_per_point(cost: Mapping[str, Any] | None, overall: Mapping[str, Any] | None) -> bool:
    """A very small gain bought at a cost per point at or below the scope's (REVIEW7 R7-9: e-learning's Rp 230.109
    per point, below the province's Rp 276.396, was listed as money whose gain does not match its cost): the
    money is not the finding, the small gain at a small price is. Point estimates, both computed (`cukup_data`);
    without either the rule cannot say it is cheap (UNPRICED_IS_CHEAP)."""
    if not cost or not overall or not cost.get("cukup_data") or not overall.get("cukup_data"):
        return UNPRICED_IS_CHEAP
    mine, scope = cost.get("estimasi"), overall.get("estimasi")
    if mine is None or scope is None:
        return UNPRICED_IS_CHEAP
    return float(mine) <= float(scope)


def listed(rows: Sequence[Row], money: Mapping[str, Any]) -> list[Row]:
    """A scope's very small gains (``rows``: its `sedikit_kenaikan`) that its own report lists as a finding
    (report.chapters.no_gain.little_gain): those not cheap per point (cheap_per_point) against the scope's own cost per
    point (``money``: its `anggaran_vs_peningkatan`). The province carries each dinas's pairs on these alone (CHECK13
    D13-9: the province redesigned Satpol PP's seminars, 2,0 poin, while Satpol PP's report, on the same gain, found
    them its cheapest method per point and the finding gone): one rule, one answer in both reports."""
    costs = {r["metode"]: r for r in money.get("biaya_per_poin") or []}
    overall = money.get("biaya_per_poin_semua")
    return [row for row in rows if not cheap_per_point(costs.get(row["metode"]), overall)]
