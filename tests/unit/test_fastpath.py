"""The fast path's switch turns each trick off, and each trick does what it says (evalasn.run.fastpath)."""

from __future__ import annotations

import gc

import pytest
from jupyter_client.asynchronous import AsyncKernelClient

from evalasn.run import batch, fastpath
from evalasn.run.fastpath import garbage
from evalasn.run.fastpath import kernels as fast_kernels

# CPython's own thresholds: the test session runs with a batch worker's (tests/conftest.py), so each case starts here
PYTHON_THRESHOLDS = (700, 10, 10)


@pytest.fixture
def gc_restored():
    """The session's collector settings back after the test (its thresholds, its frozen objects frozen again)."""
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count() > 0
    gc.set_threshold(*PYTHON_THRESHOLDS)
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if frozen:
        gc.freeze()


@pytest.mark.parametrize(("switch", "worker", "frozen", "thresholds"), [
    pytest.param("1", True, True, garbage.WORKER_THRESHOLDS, id="on-batch-worker"),
    pytest.param("1", False, True, None, id="on-fork-server-keeps-thresholds"),
    pytest.param("0", True, False, None, id="off-nothing-changes"),
])
def test_settle_freezes_and_collects_less_often_only_when_on(monkeypatch, gc_restored, switch, worker, frozen,
                                                             thresholds):
    monkeypatch.setenv(fastpath.SWITCH, switch)
    gc.unfreeze()
    before = gc.get_threshold()
    garbage.settle(worker=worker)
    assert (gc.get_freeze_count() > 0) is frozen
    assert gc.get_threshold() == (thresholds or before)


def test_cycles_are_still_collected_after_settle(monkeypatch, gc_restored):
    """Collecting less often must not mean never: a reference cycle made afterwards is freed."""
    import weakref

    monkeypatch.setenv(fastpath.SWITCH, "1")
    garbage.settle(worker=True)

    class Node:
        other: object = None

    first, second = Node(), Node()
    first.other, second.other = second, first
    probe = weakref.ref(first)
    del first, second
    gc.collect()
    assert probe() is None


@pytest.mark.parametrize(("switch", "poll_s"), [
    pytest.param("1", fast_kernels.EXIT_POLL_S, id="on"),
    pytest.param("0", 0.1, id="off-jupyter-client-default"),
])
def test_report_kernel_manager_uses_the_quick_client_only_when_on(monkeypatch, switch, poll_s):
    monkeypatch.setenv(fastpath.SWITCH, switch)
    manager = batch.IPCKernelManager(kernel_name="python3")
    client = manager.client_factory
    assert issubclass(client, AsyncKernelClient)
    assert (client is not AsyncKernelClient) is (switch == "1")
    assert fast_kernels.exit_poll_interval(0.1) == poll_s


def _worker_has_inherited_renderer() -> bool:
    from evalasn.report.formats.render import Renderer
    from evalasn.run.fastpath import workers as fast_workers

    return isinstance(fast_workers.inherited_renderer(), Renderer)


@pytest.mark.parametrize(("switch", "forked"), [
    pytest.param("1", True, id="on-workers-forked-with-the-renderer-and-one-kernel-server"),
    pytest.param("0", False, id="off-each-worker-builds-its-own"),
])
def test_pool_workers_start_with_the_renderer_built_once(monkeypatch, switch, forked):
    from concurrent.futures import ProcessPoolExecutor

    from evalasn.run.fastpath import workers as fast_workers

    monkeypatch.setenv(fastpath.SWITCH, switch)
    monkeypatch.setattr(fast_workers, "_BUILT", None)
    with fast_workers.pool_context() as context:
        assert (context is not None and context.get_start_method() == "fork") is forked
        shared = fast_kernels._SHARED
        assert (shared is not None) is forked
        if context is None:
            assert fast_workers.inherited_renderer() is None
            return
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            assert pool.submit(_worker_has_inherited_renderer).result(timeout=60)
    assert fast_kernels._SHARED is None and shared is not None and shared.process.returncode is not None
