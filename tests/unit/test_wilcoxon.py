"""analysis.stats.wilcoxon_p gives scipy.stats.wilcoxon's p, also where it enumerates the sign flips itself."""

import numpy as np
import pytest
from scipy import stats as sps

from evalasn.analysis.stats import WILCOXON_PERMUTATION_MAX_N, wilcoxon_p

CASES = {
    "small-tied": [1, 1, 2, -1, 3, 3, 4, 2, 5, -2, 1, 6],
    "small-with-zeros": [0, 0, 1, 2, -1, 3, 4, 5, -2, 6, 7],
    "thirteen-tied-and-zero": [0, 2, 2, 2, -1, 3, 5, 5, -4, 6, 6, 1, 8],
    "small-untied": [0.5, 1.25, -0.75, 2.0, 3.5, -1.5, 4.0, 2.25],
    "small-all-negative-tied": [-1, -1, -2, -2, -3, -3, -4],
    "fourteen-tied": [1, 1, 2, -1, 3, 3, 4, 2, 5, -2, 1, 6, 7, -3],
    "large-tied": list(np.round(np.random.default_rng(3).normal(1.0, 5.0, 80))),
    "two-nonzero": [0, 0, 0, 1, -1],
}


@pytest.mark.parametrize("diff", CASES.values(), ids=CASES.keys())
def test_the_same_p_as_scipy(diff):
    values = np.asarray(diff, dtype="float64")
    assert wilcoxon_p(values) == pytest.approx(float(sps.wilcoxon(values).pvalue), rel=1e-12, abs=0)


@pytest.mark.parametrize("seed", range(6), ids=lambda s: f"seed-{s}")
def test_the_same_p_as_scipy_on_small_rounded_samples(seed):
    """Scores are whole points, so small groups have ties and zeros: the path that enumerates the flips."""
    rng = np.random.default_rng(seed)
    values = np.round(rng.normal(0.8, 2.0, int(rng.integers(5, WILCOXON_PERMUTATION_MAX_N + 1))))
    if not (values != 0).any():
        values[0] = 1.0
    assert wilcoxon_p(values) == pytest.approx(float(sps.wilcoxon(values).pvalue), rel=1e-12, abs=0)


def test_no_change_at_all_is_p_one():
    assert wilcoxon_p(np.zeros(6)) == 1.0


def test_ranks_that_ignore_the_ties_fail_the_check(monkeypatch):
    """The comparison can fail: with ties broken by order instead of midranks, the p differs from scipy's."""
    values = np.asarray(CASES["small-tied"], dtype="float64")
    expected = float(sps.wilcoxon(values).pvalue)  # scipy's own ranking, not the patched public function
    monkeypatch.setattr(sps, "rankdata", lambda a: np.argsort(np.argsort(a, kind="stable")) + 1.0)
    assert wilcoxon_p(values) != pytest.approx(expected, rel=1e-12, abs=0)
