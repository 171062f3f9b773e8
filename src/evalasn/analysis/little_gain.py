"""The rule of a very small gain, without the estimation code: the report layer judges printed gains with it and
imports no scipy (analysis.budget imports scipy.stats through analysis.clustered; test_fastpath_imports)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn import constants


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
    without either the rule cannot say it is cheap."""
    if not cost or not overall or not cost.get("cukup_data") or not overall.get("cukup_data"):
        return False
    mine, scope = cost.get("estimasi"), overall.get("estimasi")
    return mine is not None and scope is not None and float(mine) <= float(scope)
