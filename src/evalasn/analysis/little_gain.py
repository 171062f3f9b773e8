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
