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

import os
import sys
from typing import Any

from evalasn.run.fastpath import enabled, zygote

_CLIENT: zygote.ZygoteClient | None = None  # this worker's fork server for report kernels


def start_server() -> None:
    """Start this worker's fork server (it preloads in the background) when the fast path is on."""
    global _CLIENT
    if _CLIENT is None and enabled() and hasattr(os, "fork"):
        _CLIENT = zygote.ZygoteClient()


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
