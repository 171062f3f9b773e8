"""The rule of a pre-trend check too weak to support a causal word, without the estimation code: the report layer
applies it to printed records and imports no scipy (analysis.did imports scipy.stats through analysis.inference;
test_fastpath_imports)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from evalasn import constants


def pretrend_shortfall(test: Mapping[str, Any], effect: Mapping[str, Any],
                       events: Sequence[Mapping[str, Any]] | None = None) -> str | None:
    """Why a pre-trend check that did not reject still does not rule out a pre-training difference of half the
    effect (constants, docs/metode.md): ``daya`` when its minimum detectable difference is above
    PRETREND_MDE_MAX_RATIO x |estimate|, ``selisih`` when the nearest pre-period estimate's interval (``events``,
    the record's ``studi_peristiwa``) reaches PRETREND_GAP_MAX_RATIO x |estimate| on either side; None otherwise."""
    value = effect.get("estimasi") if effect.get("cukup_data") else None
    mde = test.get("selisih_minimum_terdeteksi")
    if value is None or mde is None:
        return None
    if mde > constants.PRETREND_MDE_MAX_RATIO * abs(value):
        return "daya"
    lead = next((ev for ev in events or [] if ev.get("e") == test.get("e_terdekat") and ev.get("cukup_data")), None)
    if lead is None or lead.get("ci_bawah") is None or lead.get("ci_atas") is None:
        return "selisih"  # no interval to show the gap is small
    if max(abs(lead["ci_bawah"]), abs(lead["ci_atas"])) >= constants.PRETREND_GAP_MAX_RATIO * abs(value):
        return "selisih"
    return None


def weak_pretrend(test: Mapping[str, Any], effect: Mapping[str, Any],
                  events: Sequence[Mapping[str, Any]] | None = None) -> bool:
    """Whether a pre-trend check that did not reject leaves a pre-training difference of half the effect possible
    (``pretrend_shortfall``)."""
    return pretrend_shortfall(test, effect, events) is not None


def units_to_pass(test: Mapping[str, Any], effect: Mapping[str, Any], events: Sequence[Mapping[str, Any]] | None,
                  units: int) -> int | None:
    """About how many units (today ``units``) a pre-trend check that falls short (pretrend_shortfall) would need to
    pass, an estimate of today's size assumed: standard errors shrink with the square root of the units, so
    ``daya`` needs units x (MDE / (PRETREND_MDE_MAX_RATIO x |estimate|))^2 and ``selisih`` units x (the nearest
    pre-period interval's half-width / (PRETREND_GAP_MAX_RATIO x |estimate| - |its estimate|))^2; None when the check
    does not fall short, or when the pre-period estimate itself reaches the bound (no number of units rules it
    out) (CHECK10 C10-2: a "measure the impact" recommendation without a plan row)."""
    why = pretrend_shortfall(test, effect, events)
    value = effect.get("estimasi")
    if why is None or value is None or units <= 0:
        return None
    if why == "daya":
        ratio = test["selisih_minimum_terdeteksi"] / (constants.PRETREND_MDE_MAX_RATIO * abs(value))
    else:
        lead = next((ev for ev in events or [] if ev.get("e") == test.get("e_terdekat") and ev.get("cukup_data")),
                    None)
        if lead is None or lead.get("ci_bawah") is None or lead.get("ci_atas") is None:
            return None
        room = constants.PRETREND_GAP_MAX_RATIO * abs(value) - abs(lead["estimasi"])
        if room <= 0:
            return None
        ratio = (lead["ci_atas"] - lead["ci_bawah"]) / 2 / room
    return int(math.ceil(units * float(ratio) ** 2))
