"""`make lab` serves the notebooks (as root too, where Jupyter refuses to start without
--allow-root), with jupytext pairing active and figures drawn inline even where the server's
environment sets MPLBACKEND: a test starts it on a free port and stops it."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import psutil
import pytest

from evalasn.paths import CODE_ROOT
from tests.integration.helpers import one_cell_notebook

pytestmark = pytest.mark.environment  # .ci/run runs these again as on a server (MPLBACKEND, LANG, TZ set)
START_TIMEOUT_S = 120  # JupyterLab starts in a few seconds; a busy shared machine takes longer


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """make lab on a free port (one server for the module's tests): (base url, token, pid of make)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    tmp_path = tmp_path_factory.mktemp("lab")
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, "MAKEFLAGS": "", "MPLBACKEND": "Agg",  # as on many servers: make lab must not pass it on
           "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"), "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}
    args = f"--port={port} --no-browser --ServerApp.ip=127.0.0.1 --IdentityProvider.token={token}"
    log = open(tmp_path / "lab.log", "w+")
    proc = subprocess.Popen(["make", "--no-print-directory", "-C", str(CODE_ROOT), "lab", f"LAB_ARGS={args}"],
                            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                status, _ = _get(f"{base}/api/status?token={token}")
                if status == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"make lab did not serve (exit {proc.poll()}):\n{log.read()[-3000:]}")
            time.sleep(0.5)
        yield base, token, proc.pid
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # make and the server it started: their own session
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()


def test_make_lab_serves_the_notebooks_and_their_scripts_as_notebooks(lab):
    base, token, _ = lab
    status, body = _get(f"{base}/api/contents/notebooks?token={token}")
    assert status == 200
    names = {item["name"] for item in json.loads(body)["content"]}
    assert {"01_bersihkan.ipynb", "02_model.ipynb", "03_laporan.ipynb", "03_laporan.py"} <= names
    status, body = _get(f"{base}/api/contents/notebooks/03_laporan.py?type=notebook&token={token}")
    assert status == 200, "jupytext opens the paired script as a notebook"
    cells = json.loads(body)["content"]["cells"]
    assert any("tampilkan_tabel" in c["source"] for c in cells)
    status, _ = _get(f"{base}/lab/tree/notebooks/03_laporan.ipynb?token={token}")
    assert status == 200


def test_make_lab_starts_kernels_without_the_servers_mplbackend(lab):
    """MPLBACKEND=Agg in the environment of make lab does not reach its kernels, which therefore draw
    inline (next test); it would make plt.show() in JupyterLab show nothing."""
    base, token, make_pid = lab
    request = urllib.request.Request(f"{base}/api/kernels", data=b"{}", method="POST",
                                     headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        kernel_id = json.loads(response.read())["id"]
    deadline = time.monotonic() + START_TIMEOUT_S
    kernels: list = []
    while not kernels and time.monotonic() < deadline:
        kernels = [p for p in psutil.Process(make_pid).children(recursive=True)
                   if any(kernel_id in part for part in p.cmdline())]
        time.sleep(0.2)
    assert kernels, "the kernel process was not found"
    environment = kernels[0].environ()
    assert "MPLBACKEND" not in environment and environment.get("JUPYTER_RUNTIME_DIR"), "the kernel's own environment"


BACKEND_PROBE = """import json
import matplotlib
import matplotlib.pyplot as plt
from evalasn.report import evaluator
from evalasn.report.charts import figures  # what the report notebook's setup cell imports
plt.plot([1, 2, 3])
json.dump({"backend": matplotlib.get_backend().lower()}, open("backend.json", "w"))
plt.show()
"""




def test_in_a_kernel_figures_show_inline_after_importing_the_report_code(tmp_path, monkeypatch):
    """A kernel started the way JupyterLab starts one (a new interpreter): plt.show() draws in the notebook."""
    import nbformat

    from evalasn.run import batch
    from evalasn.run.fastpath import kernels

    monkeypatch.setattr(kernels, "_CLIENT", None)
    monkeypatch.delenv("MPLBACKEND", raising=False)  # as make lab starts its kernels (test above)
    path = one_cell_notebook(tmp_path / "lab", BACKEND_PROBE)
    batch.run_notebook(path, tmp_path / "lab" / "out.ipynb", tmp_path / "lab", {})
    outputs = nbformat.read(tmp_path / "lab" / "out.ipynb", as_version=4).cells[0].outputs
    assert "inline" in json.loads((tmp_path / "lab" / "backend.json").read_text())["backend"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the figure is drawn in the notebook"


def test_the_batch_kernels_stay_headless(tmp_path, monkeypatch):
    """Kernels forked by the batch's fork server draw with Agg: no display needed, nothing shown."""
    from evalasn.run import batch
    from evalasn.run.fastpath import kernels, zygote

    client = zygote.ZygoteClient()
    monkeypatch.setattr(kernels, "_CLIENT", client)
    try:
        path = one_cell_notebook(tmp_path / "batch", BACKEND_PROBE)
        batch.run_notebook(path, tmp_path / "batch" / "out.ipynb", tmp_path / "batch", {})
    finally:
        client.close()
    assert json.loads((tmp_path / "batch" / "backend.json").read_text())["backend"] == "agg"
