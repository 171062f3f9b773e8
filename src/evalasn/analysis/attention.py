"""Which dinas need attention in the province report, with the multiplicity of 21 dinas in view.

Two tests per dinas, each one-sided: its latest IKM below the B band (t on the dinas's clustered
standard error, units - 1 df), and its PNS share meeting 20 JP below the rest of the province
(two-proportion z). Across every test of every dinas, the Benjamini-Hochberg procedure keeps the
false-discovery rate at constants.FDR_Q (Benjamini & Hochberg 1995): with 21 dinas, about one
would fall "below" at p < 0.05 by chance alone. The learning gain needs no such correction: its
comparison uses the pooled model, whose shrinkage already pulls chance differences to the mean
(Gelman, Hill & Yajima 2012); a dinas is flagged when its BLUP's interval lies below zero.

A third reason, last year's follow-up (share of targets met, of rows reported done), is added where the list is
rendered (report.chapters.followup_review.attention, rule constants.FOLLOW_UP_ATTENTION_SHARE): judging last
year's plan regenerates it with the report's code, which this layer does not import.
"""

from __future__ import annotations

import numpy as np
from scipy import stats as sps
from statsmodels.stats.multitest import multipletests

from evalasn import constants
from evalasn.analysis.contract import Sections
from evalasn.analysis.contract.budget import PooledDinas, Pooling
from evalasn.analysis.contract.comparison import Attention, AttentionTest, DinasAttention, TestResult
from evalasn.analysis.contract.estimate import ProportionEstimate
from evalasn.analysis.results import current_ikm
from evalasn.analysis.stats import proportion_ci
from evalasn.registry import PROVINCE_SLUG

B_BAND = next(lower for lower, letter, _, _ in constants.IKM_CATEGORIES if letter == "B")


def findings(scopes: dict[str, Sections], pooled: Pooling) -> Attention:
    """Every test with its p and Benjamini-Hochberg adjusted q, which are flagged, and the dinas
    whose pooled gain lies below the province mean."""
    province_jp = scopes[PROVINCE_SLUG]["pelaksanaan"]["jp_20"]["keseluruhan"]
    tests: list[TestResult] = []
    among = len(scopes) - 1 >= constants.MIN_DINAS_COMPARISON  # against "the rest of the province": enough dinas
    # one survey period, the province's last, as its comparison of dinas reads it (results.in_period): a dinas with
    # only an earlier period is not tested on it (CHECK14 E14-4: Perhubungan's 2025-S1 among the tests, unsaid)
    province_ikm = current_ikm(scopes[PROVINCE_SLUG])
    period = province_ikm["periode"] if province_ikm else None
    for slug in sorted(s for s in scopes if s != PROVINCE_SLUG):
        res = scopes[slug]
        latest = current_ikm(res)  # the evaluated year's: an earlier year's survey is not tested as this year's
        if latest and latest["cukup_data"] and latest.get("se") and period in (None, latest["periode"]):
            tests.append(_ikm_test(slug, latest["periode"], latest["estimasi"], latest.get("se"), latest.get("df")))
        jp = res["pelaksanaan"]["jp_20"]["keseluruhan"]
        if among and jp["cukup_data"] and province_jp["cukup_data"] and province_jp["n"] > jp["n"]:
            tests.append(_jp_test(slug, jp, province_jp))
    judged: list[AttentionTest] = []
    if tests:
        reject, q, _, _ = multipletests([t["p"] for t in tests], alpha=constants.FDR_Q, method="fdr_bh")
        judged = [{**test, "q_bh": float(q_value), "ditandai": bool(flagged)}
                  for test, flagged, q_value in zip(tests, reject, q, strict=True)]
    low_gain = sorted(r["dinas"] for r in pooled.get("per_dinas", []) if _below_the_mean(r))
    return {"metode_fdr": "benjamini_hochberg", "q_fdr": constants.FDR_Q, "jumlah_uji": len(tests), "uji": judged,
            "gain_di_bawah_rata": low_gain, "metode_gain": pooled["metode"]}


def _below_the_mean(row: PooledDinas) -> bool:
    """The dinas's BLUP interval (``selisih_rata``) lies wholly below zero."""
    contrast = row["selisih_rata"]
    return bool(contrast and contrast["cukup_data"] and contrast["ci_atas"] is not None and contrast["ci_atas"] < 0)


def _ikm_test(slug: str, periode: str, value: float | None, se: float | None, df: int | None) -> TestResult:
    """H1: the dinas's IKM is below the B band (one-sided t, df from the clustered interval)."""
    if value is None or not se or df is None:
        raise ValueError(f"{slug} {periode}: the IKM test needs the estimate, its standard error and df")
    t = (value - B_BAND) / se
    return {"dinas": slug, "temuan": "ikm", "estimasi": value, "pembanding": B_BAND,
            "periode": periode, "p": float(sps.t.cdf(t, max(int(df), 1)))}


def _jp_test(slug: str, jp: ProportionEstimate, province: ProportionEstimate) -> TestResult:
    """H1: the dinas's share meeting 20 JP is below that of the rest of the province (one-sided
    two-proportion z with the pooled share); the rest's share with its Wilson interval and count (`dinas_lain`)."""
    x, n = jp["jumlah"], jp["n"]
    rest_x, rest_n = province["jumlah"] - x, province["n"] - n
    pooled = (x + rest_x) / (n + rest_n)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n + 1 / rest_n))
    diff = x / n - rest_x / rest_n
    p = float(sps.norm.cdf(diff / se)) if se > 0 else (0.0 if diff < 0 else 1.0)
    # the other agencies' share with its interval and count, as the reports print it beside this one (LOOK32 D-2:
    # "dinas lain 65,7%" had neither, beside Tabel 1's province figure of every PNS)
    return {"dinas": slug, "temuan": "jp_20", "estimasi": x / n, "pembanding": rest_x / rest_n, "periode": None,
            "p": p, "dinas_lain": proportion_ci(rest_x, rest_n)}


def for_dinas(found: Attention, slug: str) -> DinasAttention:
    """What the province's attention list says about one dinas, for its own report
    (`perbandingan_provinsi.perhatian`): its tests with their adjusted q, whether any of them or
    its pooled gain puts it on the list, and the rule's q and number of tests."""
    tests = [test for test in found["uji"] if test["dinas"] == slug]
    low_gain = slug in found["gain_di_bawah_rata"]
    return {"dalam_daftar": low_gain or any(test["ditandai"] for test in tests), "uji": tests,
            "gain_rendah": low_gain, "q_fdr": found["q_fdr"], "jumlah_uji": found["jumlah_uji"]}
