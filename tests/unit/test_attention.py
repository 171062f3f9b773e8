"""The province report's attention list: one-sided tests per dinas with Benjamini-Hochberg
control of the false-discovery rate, and the gain judged by the pooled model."""

from typing import Any, cast

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

from evalasn import constants
from evalasn.analysis import attention
from evalasn.analysis.contract.budget import Pooling
from evalasn.registry import PROVINCE_SLUG


def _scope(ikm: float | None, se: float = 1.0, df: int = 20, met: int = 50, n: int = 100) -> dict:
    periods = [] if ikm is None else [{"periode": "2025-S2", "estimasi": ikm, "se": se, "df": df, "cukup_data": True}]
    return {"level4_hasil": {"ikm_per_periode": periods},
            "pelaksanaan": {"jp_20": {"keseluruhan": {"jumlah": met, "n": n, "cukup_data": True}}}}


def _province(scopes: dict) -> dict:
    met = sum(s["pelaksanaan"]["jp_20"]["keseluruhan"]["jumlah"] for s in scopes.values())
    n = sum(s["pelaksanaan"]["jp_20"]["keseluruhan"]["n"] for s in scopes.values())
    return {**scopes, PROVINCE_SLUG: _scope(None, met=met, n=n)}


def _pooling(fragment: dict[str, Any]) -> Pooling:
    """A fragment of hasil.json's ``pooling``: only the keys attention.findings reads."""
    return cast(Pooling, fragment)


def test_clear_findings_survive_and_chance_ones_do_not():
    b = attention.B_BAND
    scopes = {f"d{i:02d}": _scope(b + 3.0) for i in range(21)}
    scopes["d00"] = _scope(b - 5.0)  # clearly below B: p ~ 1e-4
    scopes["d01"] = _scope(b - 1.8)  # p ~ 0.04 alone: one of 42 tests, not a discovery
    scopes["d02"] = _scope(b + 3.0, met=20)  # far fewer meet 20 JP than the rest
    out = attention.findings(_province(scopes), _pooling({"metode": "mixedlm", "per_dinas": []}))
    flagged = {(t["dinas"], t["temuan"]) for t in out["uji"] if t["ditandai"]}
    assert flagged == {("d00", "ikm"), ("d02", "jp_20")}
    assert out["jumlah_uji"] == 42 and out["metode_fdr"] == "benjamini_hochberg" and out["q_fdr"] == constants.FDR_Q
    naive = {(t["dinas"], t["temuan"]) for t in out["uji"] if t["p"] < 0.05}
    assert ("d01", "ikm") in naive  # without FDR control the chance finding would be listed


def test_q_values_are_benjamini_hochberg():
    rng = np.random.default_rng(1)
    scopes = {f"d{i:02d}": _scope(attention.B_BAND + rng.normal(0, 2)) for i in range(21)}
    out = attention.findings(_province(scopes), _pooling({"metode": "mixedlm", "per_dinas": []}))
    p = [t["p"] for t in out["uji"]]
    assert [t["q_bh"] for t in out["uji"]] == pytest.approx(list(multipletests(p, method="fdr_bh")[1]))


def test_gain_below_the_mean_comes_from_the_pooled_model():
    pooled = {"metode": "mixedlm", "per_dinas": [
        {"dinas": "a", "selisih_rata": {"cukup_data": True, "ci_bawah": -3.0, "ci_atas": -0.5}},
        {"dinas": "b", "selisih_rata": {"cukup_data": True, "ci_bawah": -3.0, "ci_atas": 0.5}},
        {"dinas": "c", "selisih_rata": None}]}
    out = attention.findings(_province({"a": _scope(None)}), _pooling(pooled))
    assert out["gain_di_bawah_rata"] == ["a"] and out["metode_gain"] == "mixedlm"
