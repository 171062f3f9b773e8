"""Which gain measure the comparison of dinas used, in words (issue 22): the mixed model's estimate, adjusted for
the mix of methods and drawn towards the province mean, when the model was fitted; otherwise (too few dinas, or
no fit: hasil.json ``pooling.metode`` "tanpa_pooling") each dinas's participants' mean with its interval clustered
by activity. Every label, caption, legend, note and method sentence that names the measure takes its words here,
through the one test of analysis.contract.budget.pooling_fitted: a text ``key`` names the model, its variant
``key + MEAN`` (report.words.text_gain) what was used without it."""

from __future__ import annotations

from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Pooling
from evalasn.analysis.contract.budget import POOLING_BOUNDARY, own_data_weighed, pooling_fitted
from evalasn.report.words import fmt
from evalasn.report.words.text import label, t

MEAN = "_mean"  # the suffix of a text's variant for the participants' mean
# glossary terms that only a fitted model uses
MODEL_TERMS = ("mixed",)


def fitted(pooling: Pooling | None) -> bool:
    """Whether the gain of the comparison is the mixed model's estimate (else each dinas's participants' mean)."""
    return pooling_fitted(pooling)


def key(name: str, pooling: Pooling | None) -> str:
    """The catalogue key of a text that names the gain measure: ``name`` with the model, its ``_mean`` variant
    without."""
    return name if fitted(pooling) else name + MEAN


def text(name: str, pooling: Pooling | None, lang: str, **values) -> str:
    """The sentence ``name`` for the measure used; a variant without the model says why there is none
    (``{alasan}``)."""
    return t(key(name, pooling), lang, **values, **({} if fitted(pooling) else {"alasan": why_no_model(pooling, lang)}))


def header(label_key: str, pooling: Pooling | None, lang: str) -> str:
    """The label ``label_key`` (a column header) for the measure used."""
    return label(key(label_key, pooling), lang)


def why_no_model(pooling: Pooling | None, lang: str) -> str:
    """Why the comparison has no model: fewer dinas with test scores than the model needs, or no fit."""
    count = (pooling.get("jumlah_dinas") or len(pooling.get("per_dinas") or [])) if pooling else 0
    if count < constants.MIN_GROUPS_POOLING:
        return t("gm_why_few", lang, min=constants.MIN_GROUPS_POOLING, n=fmt.integer(count, lang))
    return t("gm_why_fit", lang)


def province_mean_only(pooling: Pooling | None) -> bool:
    """Whether the model's figure of this dinas (`pooling.dinas_ini`) is the province mean, its own data carrying
    (almost) no weight in it (analysis.contract.budget.own_data_weighed): its reports then give its participants'
    own mean and interval, and say why (weightless_reason; CHECK15 E15-7)."""
    mine = pooling.get("dinas_ini") if pooling else None
    return bool(fitted(pooling) and mine and mine["pooled"].get("cukup_data") and not own_data_weighed(mine["pooled"]))


def weightless_reason(pooling: Pooling, lang: str) -> str:
    """Why the model's figure of this dinas is the province mean: no difference between dinas beyond chance (tau2 = 0),
    or its own data's weight below the floor."""
    if pooling.get("metode") == POOLING_BOUNDARY:
        return t("gain_weightless_boundary", lang)
    mine = pooling.get("dinas_ini")
    weight: Any = mine["pooled"].get("bobot_data_sendiri") if mine else None  # Estimate or PooledEstimate
    weight = float(weight or 0.0)
    return t("gain_weightless_floor", lang, bobot=fmt.percent(100 * weight, 0, lang),
             batas=fmt.percent(100 * constants.POOLING_MIN_OWN_WEIGHT, 0, lang))
