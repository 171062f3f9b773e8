"""wildboottest's unrestricted wild cluster bootstrap-t (WCU '11', Webb weights, CR1 in every draw), run to its
draws: the reference the project's few_clusters.bootstrap_t is checked against (test_few_clusters,
test_budget_reference)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest


def webb_draws(X: np.ndarray, y: np.ndarray, cluster: np.ndarray, contrast: np.ndarray, seed: int) -> Any:
    """The reference after its draws (``.v`` weights, ``.t_boot`` t statistics); skips without wildboottest."""
    wildboottest = pytest.importorskip("wildboottest.wildboottest")
    reference = wildboottest.WildboottestCL(X=X, Y=y, cluster=cluster, R=contrast, B=999, seed=seed, parallel=False)
    reference.get_scores(bootstrap_type="11", impose_null=False)
    reference.get_weights(weights_type="webb")
    reference.get_numer()
    reference.get_denom()
    reference.get_tboot()
    return reference
