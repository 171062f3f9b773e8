"""The rule of a pre-trend check too weak to support a causal word, without the estimation code: the report layer
applies it to printed records and imports no scipy (analysis.did imports scipy.stats through analysis.inference;
test_fastpath_imports)."""

from __future__ import annotations

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
