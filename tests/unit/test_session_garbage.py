"""Each test process collects garbage as a batch worker does (tests/conftest.py, pytest_collection_finish): the
objects alive after collection frozen, young collections less often. Without it the cycle collector walked the
test modules and libraries again and again (about a tenth of a unit module's CPU)."""

from __future__ import annotations

import gc

import pytest

from evalasn.run import fastpath
from evalasn.run.fastpath import garbage


@pytest.mark.skipif(not fastpath.enabled(), reason="EVALASN_FASTPATH=0 keeps CPython's defaults, as the batch does")
def test_the_test_process_collects_garbage_as_a_batch_worker():
    assert gc.get_threshold() == garbage.WORKER_THRESHOLDS
    assert gc.get_freeze_count() > 0
