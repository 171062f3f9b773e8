"""Report kernels forked by this worker's fork server (``zygote``), handed to jupyter_client as if
it had launched them.

jupyter_client has no public way to adopt a process it did not start, so ``launch`` fills in what
``LocalProvisioner.launch_kernel`` would have set (``process``, ``pid``, ``pgid``, ``cwd``) and calls
the kernel manager's private ``_reconcile_connection_info``, as its own ``_async_launch_kernel`` does.
``ForkedKernel`` offers the Popen methods the provisioner calls afterwards (poll, wait,
send_signal, kill).

Saves: the start-up of a kernel and the report's imports, about 2.4 s of CPU per report (more than a
third of a report). Measured with the whole fast path on and off (4 small-sample reports in one
worker session, 29 Nov 2026, host at load 13-15 on 2 CPUs): CPU 16.0-18.4 s against 27.5-28.8 s,
wall 56-57 s against 103-110 s (CPU counts the worker, its fork server and every kernel).

Breaks if: jupyter_client renames those provisioner fields or ``_reconcile_connection_info``, or
starts calling another Popen method on ``provisioner.process`` (pinned: jupyter_client 8.10;
tests/integration/test_kernels.py runs a forked kernel through papermill, so an upgrade that breaks
it fails there).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable
from typing import Any

from evalasn.run.fastpath import enabled, zygote

_CLIENT: zygote.ZygoteClient | None = None  # this worker's fork server for report kernels
_SHARED: zygote.SharedServer | None = None  # the batch's one fork server, inherited by its forked workers


def start_server() -> None:
    """Start this worker's fork server (it preloads in the background) when the fast path is on, or
    connect to the batch's shared one when this worker was forked after ``start_shared_server``."""
    global _CLIENT
    if _CLIENT is not None or not enabled() or not hasattr(os, "fork"):
        return
    if _SHARED is None:
        _CLIENT = zygote.ZygoteClient()
        return
    try:
        _CLIENT = zygote.ZygoteClient.connect(_SHARED.address)
    except zygote.ZygoteError as error:
        print(f"Peringatan: {error}; kernel dijalankan sebagai proses baru.", file=sys.stderr)


def start_shared_server(root: str | None = None, provinces: Iterable[tuple[int, str]] = ()) -> None:
    """In the batch's own process, before it forks its pool workers: one fork server for all of them (``root``: the
    batch's project, whose results it parses once for every kernel; ``provinces``: the year and language of each
    agency report, whose province context and plans it makes once)."""
    global _SHARED
    if _SHARED is None and enabled() and hasattr(os, "fork"):
        _SHARED = zygote.SharedServer(root, provinces)


def stop_shared_server() -> None:
    """Stop the shared fork server (after the pool's workers have ended) and reap it."""
    global _SHARED
    if _SHARED is not None:
        _SHARED.close()
        _SHARED = None


def stop_server() -> None:
    """Stop this worker's fork server, if any, and reap it."""
    global _CLIENT
    if _CLIENT is not None:
        _CLIENT.close()
        _CLIENT = None


def launch(manager: Any, kernel_cmd: list[str], cwd: str, env: dict[str, str]) -> bool:
    """Give ``manager`` (a jupyter_client AsyncKernelManager) a kernel forked by the fork server.
    False when there is none or it cannot run ``kernel_cmd``: the caller launches the usual way."""
    from jupyter_client.provisioning import LocalProvisioner

    if _CLIENT is None or not _CLIENT.can_run(kernel_cmd):
        return False
    try:
        kernel = _CLIENT.spawn(kernel_cmd, cwd, env)
    except zygote.ZygoteError as error:
        print(f"Peringatan: {error}; kernel dijalankan sebagai proses baru.", file=sys.stderr)
        return False
    provisioner = manager.provisioner
    assert isinstance(provisioner, LocalProvisioner), "the fork server stands in for a local kernel"
    provisioner.process = kernel  # type: ignore[assignment]  # the Popen methods the provisioner calls
    provisioner.pid = provisioner.pgid = kernel.pid
    provisioner.cwd = cwd
    manager._reconcile_connection_info(provisioner.connection_info)
    return True


# --- less waiting around each kernel ---------------------------------------------------------
# jupyter_client waits for 0.2 s of silence on IOPub after a kernel's first reply, and polls a
# killed kernel every 0.1 s until it has gone: 0.3 s of a report's ~2 s notebook in which neither
# the worker nor the kernel uses the CPU (timed around wait_for_ready and shutdown_kernel: 0.33-0.39 s
# and 0.11 s, 29 Nov 2026). nbclient reads only the IOPub messages of the request it sent, so
# messages left from the start-up need no draining; a killed kernel is gone within milliseconds.
EXIT_POLL_S = 0.005  # seconds between checks that a killed kernel has exited (jupyter_client: 0.1)


def exit_poll_interval(usual: float) -> float:
    """Seconds between checks that a killed kernel has exited."""
    return EXIT_POLL_S if enabled() else usual


def client_class() -> type:
    """The kernel client class the report kernel manager uses."""
    if enabled():
        return _ready_client()
    from jupyter_client.asynchronous import AsyncKernelClient

    return AsyncKernelClient


@functools.cache  # the class is built on first use: jupyter_client is heavy to import
def _ready_client() -> type:
    import time
    from queue import Empty

    from jupyter_client.asynchronous import AsyncKernelClient

    class ReadyClient(AsyncKernelClient):
        """jupyter_client's client, ready as soon as the kernel has answered kernel_info and IOPub
        delivers (its ``wait_for_ready`` then waits for 0.2 s of silence on IOPub as well).

        Breaks if: jupyter_client renames ``_handle_kernel_info_reply`` (pinned 8.10; the kernel tests
        run a forked kernel through papermill, so an upgrade that breaks it fails there)."""

        async def wait_for_ready(self, timeout: float | None = None) -> None:
            deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
            while True:
                self.kernel_info()
                try:
                    reply = await self.shell_channel.get_msg(timeout=1)
                except Empty:
                    reply = None
                if reply is not None and reply["msg_type"] == "kernel_info_reply":
                    try:  # the kernel's busy/idle status for that request shows that IOPub is connected
                        await self.iopub_channel.get_msg(timeout=0.2)
                    except Empty:
                        pass
                    else:
                        self._handle_kernel_info_reply(reply)
                        return
                if not await self.is_alive():
                    raise RuntimeError("Kernel died before replying to kernel_info")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")

    return ReadyClient

