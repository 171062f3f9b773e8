"""Small estimators shared by the analyses; each returns an ``Estimate`` dict for hasil.json.

An estimate is {"n", "estimasi", "ci_bawah", "ci_atas", "p", "cukup_data"}: below the
minimum n (constants.MIN_N and friends) it keeps n and sets the numbers to None and
cukup_data to False, so no report shows a precise-looking number for noise.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, TypeVar, cast

import numpy as np
import pandas as pd
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis.contract.estimate import Coefficient, Estimate, MeanEstimate, PairedChange, ProportionEstimate

Kind = TypeVar("Kind", bound=Estimate)
Z = float(sps.norm.ppf(0.5 + constants.CONFIDENCE / 2))


def estimate(n: int, value: float | None, low: float | None = None, high: float | None = None,
             p: float | None = None) -> Estimate:
    """The standard estimate record (numbers as plain floats). An estimator adds its own keys after
    these: ``{**estimate(...), "sd": ...}`` (the kinds are in analysis.contract.estimate)."""
    return {"n": int(n), "estimasi": _f(value), "ci_bawah": _f(low), "ci_atas": _f(high), "p": _f(p),
            "cukup_data": bool(value is not None and np.isfinite(value))}


def not_enough(n: int) -> Estimate:
    """An estimate withheld because n is below the minimum."""
    return estimate(n, None)


def as_kind(kind: type[Kind], record: Estimate) -> Kind:
    """``record`` as the start of an estimate of ``kind`` (a TypedDict extending Estimate), to which the
    estimator adds ``kind``'s own keys: ``{**as_kind(Kind, estimate(...)), "extra": ...}``. A
    record without ``kind``'s NotRequired keys is a valid ``kind``; mypy cannot see that, hence
    the cast (the literal that adds the keys is still checked against ``kind``)."""
    return cast(Kind, record)


def withheld(kind: type[Kind], n: int) -> Kind:
    """A withheld estimate of ``kind``: the base keys only (an estimator adds its own keys only when
    it has the data; they are NotRequired in ``kind``)."""
    return as_kind(kind, not_enough(n))


def withheld_because(why: str, n: int, activities: int | None = None) -> Coefficient:
    """A coefficient (or a figure read from one) withheld by rule ``why`` (hasil.json `alasan`), with its ``n`` and,
    for a figure clustered by activity, the ``activities`` it rests on: what the reader's reason is made of
    (report.words.reasons), never a default cause."""
    record: Coefficient = {**as_kind(Coefficient, not_enough(n)), "alasan": why}
    return record if activities is None else {**record, "n_kegiatan": activities}


def _f(x: Any) -> float | None:
    if x is None:
        return None
    x = float(x)
    return x if np.isfinite(x) else None


def mean_ci(values: pd.Series, min_n: int = constants.MIN_N) -> MeanEstimate:
    """Mean with a t interval."""
    clean = pd.Series(values, dtype="float64").dropna()
    n = len(clean)
    if n < min_n:
        return withheld(MeanEstimate, n)
    mean, se = clean.mean(), clean.std(ddof=1) / np.sqrt(n)
    t = sps.t.ppf(0.5 + constants.CONFIDENCE / 2, n - 1)
    return {**as_kind(MeanEstimate, estimate(n, mean, mean - t * se, mean + t * se)), "sd": float(clean.std(ddof=1))}


def proportion_ci(successes: int, n: int, min_n: int = constants.MIN_N) -> ProportionEstimate:
    """Share (0-1) with a Wilson score interval."""
    if n < min_n:
        return withheld(ProportionEstimate, n)
    p = successes / n
    denom = 1 + Z**2 / n
    centre = (p + Z**2 / (2 * n)) / denom
    half = Z * np.sqrt(p * (1 - p) / n + Z**2 / (4 * n**2)) / denom
    return cast(ProportionEstimate, {**estimate(n, p, max(0.0, centre - half), min(1.0, centre + half)),
                                     "jumlah": int(successes)})


def paired_change(pre: pd.Series, post: pd.Series, min_n: int = constants.MIN_N) -> PairedChange:
    """Mean of post - pre with t interval and paired t-test p, effect size d_z, share improved,
    and the Wilcoxon signed-rank p as a check."""
    both = pd.DataFrame({"pre": pre, "post": post}).dropna()
    diff = both["post"] - both["pre"]
    n = len(diff)
    if n < min_n:
        return {**withheld(PairedChange, n), "d_z": None, "persen_naik": None, "persen_naik_bawah": None,
                "persen_naik_atas": None, "p_wilcoxon": None}
    base = mean_ci(diff, min_n)
    rose = proportion_ci(int((diff > 0).sum()), n, min_n)
    sd = diff.std(ddof=1)
    p = sps.ttest_1samp(diff, 0.0).pvalue if sd > 0 else (0.0 if diff.mean() != 0 else 1.0)
    p_w = wilcoxon_p(diff.to_numpy(dtype="float64"))
    return {**estimate(n, base["estimasi"], base["ci_bawah"], base["ci_atas"], p),
            "d_z": _f(diff.mean() / sd) if sd > 0 else None,
            "persen_naik": _percent(rose["estimasi"]), "persen_naik_bawah": _percent(rose["ci_bawah"]),
            "persen_naik_atas": _percent(rose["ci_atas"]), "p_wilcoxon": _f(p_w),
            "rata_pre": float(both["pre"].mean()), "rata_post": float(both["post"].mean())}


# scipy.stats.wilcoxon(method="auto") turns to an exact sign-flip permutation test when a sample of at most
# this many differences has zeros or tied magnitudes (2**13 = 8192 < its 9999 resamples: every flip is drawn)
WILCOXON_PERMUTATION_MAX_N = 13


def wilcoxon_p(diff: np.ndarray) -> float | None:
    """The two-sided p of scipy.stats.wilcoxon(diff) (zeros dropped, method "auto"), the same number: where scipy
    enumerates every sign flip of a small sample with zeros or ties, the signed-rank sum is computed for all flips
    at once (scipy evaluates it one flip at a time: ~2.5 s of CPU for 13 differences, a fifth of the model stage on
    a small sample; tests/unit/test_wilcoxon.py compares the two)."""
    if not (diff != 0).any():
        return 1.0
    magnitudes = np.abs(diff[diff != 0])
    small_with_ties = len(diff) <= WILCOXON_PERMUTATION_MAX_N and (
        len(magnitudes) < len(diff) or len(np.unique(magnitudes)) < len(magnitudes))
    try:
        if not small_with_ties:
            return _f(sps.wilcoxon(diff).pvalue)
        ranks = np.zeros(len(diff))
        ranks[diff != 0] = sps.rankdata(magnitudes)  # a flip keeps every magnitude, so every rank

        def positive_rank_sum(flipped: np.ndarray, axis: int = -1) -> np.ndarray:
            return np.asarray(np.sum((flipped > 0) * ranks, axis=axis))

        return _f(sps.permutation_test((diff,), positive_rank_sum, permutation_type="samples", vectorized=True,
                                       alternative="two-sided", axis=-1).pvalue)
    except ValueError:
        return None


def _percent(share: float | None) -> float | None:
    return None if share is None else share * 100


def ols(y: pd.Series, terms: pd.DataFrame, categorical: pd.DataFrame | None = None, cov: str = "HC3",
        groups: pd.Series | None = None) -> Any:
    """OLS of ``y`` on an intercept, the numeric ``terms`` and dummies of the ``categorical``
    columns (first level dropped), with HC3 or cluster-robust (``groups``) standard errors.
    Design matrices are built directly (patsy formulas cost more than the fit at this scale)."""
    import statsmodels.api as sm

    parts = [pd.DataFrame({"Intercept": 1.0}, index=terms.index), terms.astype("float64")]
    if categorical is not None:
        parts += [pd.get_dummies(categorical[column].astype(str), prefix=column, drop_first=True, dtype=float)
                  for column in categorical.columns]
    X = pd.concat(parts, axis=1)
    model = sm.OLS(y.astype("float64"), X)
    if groups is not None:
        result, _ = fit_quietly(model.fit, cov_type="cluster", cov_kwds={"groups": pd.factorize(groups)[0]})
    else:
        result, _ = fit_quietly(model.fit, cov_type=cov)
    return result


def coefficient(result: Any, name: str, n: int, scale: float = 1.0) -> Estimate:
    """One coefficient of a fitted statsmodels result (times ``scale``) as an estimate."""
    low, high = result.conf_int(alpha=1 - constants.CONFIDENCE).loc[name]
    return estimate(n, result.params[name] * scale, low * scale, high * scale, result.pvalues[name])


def fit_quietly(fit: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, list[str]]:
    """Call a statsmodels fit with its warnings captured (they never reach a report);
    returns (result, list of warning texts)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fit(*args, **kwargs)
    return result, [str(w.message) for w in caught]


def bootstrap_ratio(numerator: np.ndarray, denominator: np.ndarray, reps: int = constants.BOOTSTRAP_REPS,
                    seed: int = constants.RANDOM_SEED) -> tuple[float, float, float, float]:
    """sum(numerator) / sum(denominator), its percentile bootstrap interval resampling units (rows) with
    replacement, and the share of replicates whose denominator is at or below zero.

    Such a replicate is counted, not dropped: as the denominator falls to zero the ratio grows without bound, so it
    ranks above every finite ratio (+inf). Dropping it would condition the interval on a positive denominator and
    hide the data's support for none. When more than (1 - CONFIDENCE) / 2 of the replicates are such, the upper
    bound is inf: the data allow no finite upper bound (constants.COST_UNBOUNDED_SHARE)."""
    numerator = np.asarray(numerator, float)
    denominator = np.asarray(denominator, float)
    point = numerator.sum() / denominator.sum()
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(numerator), size=(reps, len(numerator)))
    num, den = numerator[idx].sum(axis=1), denominator[idx].sum(axis=1)
    positive = den > 0
    ratios = np.full(reps, np.inf)
    ratios[positive] = num[positive] / den[positive]
    alpha = constants.COST_UNBOUNDED_SHARE
    # np.quantile interpolates; an end that touches an infinite replicate is infinite (the sentinel marks it)
    sentinel = np.finfo(float).max
    largest = ratios[positive].max() if positive.any() else -np.inf
    low, high = (float(q) if q <= largest else np.inf
                 for q in np.quantile(np.where(positive, ratios, sentinel), [alpha, 1 - alpha]))
    return float(point), low, high, float(1 - positive.mean())
