"""What the batch's own process and the kernels' fork server import (evalasn.run.fastpath.imports): no scipy.stats
and no scipy.cluster, which nothing they run needs (0.4-0.75 CPU-s each per batch; bench/README.md), and seaborn's
clustermap still gets scipy's hierarchy when an evaluator's cell draws one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from evalasn.run import fastpath

BATCH_PROCESS = """
import evalasn.run.cli, evalasn.run.batch
from evalasn.report.formats.render import Renderer
from evalasn.report.formats.index import write_index
Renderer()
"""
FORK_SERVER = """
from evalasn.run.fastpath import imports, zygote
imports.seaborn_without_scipy_stats()
for name in zygote.PRELOAD:
    __import__(name)
"""
REPORTED = """
import json, sys
print(json.dumps(sorted(m for m in ("scipy.stats", "scipy.cluster", "scipy.spatial") if m in sys.modules)))
"""
CLUSTERMAP = """
import sys
import numpy as np, pandas as pd
import seaborn as sns
before = "scipy.cluster" in sys.modules
frame = pd.DataFrame(np.arange(20.0).reshape(5, 4) ** 1.5 % 7, index=list("abcde"), columns=list("wxyz"))
grid = sns.clustermap(frame)
print(json.dumps([before, grid.dendrogram_row.reordered_ind, grid.dendrogram_col.reordered_ind,
                  grid.dendrogram_row.linkage.round(9).tolist(), "scipy.cluster" in sys.modules]))
"""


def _run(code: str, switch: str = "1") -> list:
    env = {**os.environ, fastpath.SWITCH: switch, "MPLBACKEND": "Agg"}
    done = subprocess.run([sys.executable, "-c", "import json\n" + code], env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("code", [pytest.param(BATCH_PROCESS, id="batch-process-renderer-and-index"),
                                  pytest.param(FORK_SERVER, id="kernel-fork-server-preload")])
def test_no_scipy_stats_or_cluster_where_nothing_needs_them(code):
    """The report layer judges IKM categories with analysis.ikm_category, not analysis.ikm (which imports
    scipy.stats); the fork server imports seaborn without scipy.stats and scipy.cluster."""
    assert _run(code + REPORTED) == []


def test_seaborn_imported_plain_loads_scipy_cluster():
    """The check above means something: seaborn imported the plain way does load scipy.cluster."""
    assert "scipy.cluster" in _run("import seaborn\n" + REPORTED, switch="0")


def test_clustermap_after_the_fork_servers_seaborn_is_seaborns_own():
    """An evaluator's clustermap in a forked kernel: scipy's hierarchy imported on first use, the same dendrogram."""
    fast = _run(FORK_SERVER + CLUSTERMAP)
    plain = _run(CLUSTERMAP, switch="0")
    assert fast[0] is False and plain[0] is True  # not loaded by the fork server's seaborn; loaded by the plain one
    assert fast[1:] == plain[1:]



KERNEL_START = """
import os, sys
from evalasn.run.fastpath import imports, zygote
from jupyter_client.connect import write_connection_file
imports.seaborn_without_scipy_stats()
for name in zygote.PRELOAD:
    if name not in zygote.KERNEL_START:
        __import__(name)
not_yet = [name for name in zygote.KERNEL_START if name not in sys.modules]
for name in zygote.KERNEL_START:
    __import__(name)
connection, _ = write_connection_file(sys.argv[1] + "/kernel.json")
before = set(sys.modules)
from ipykernel import kernelapp
app = kernelapp.IPKernelApp.instance()
app.initialize(["-f", connection])
new = sorted(set(sys.modules) - before)
with open(sys.argv[1] + "/modules.json", "w") as out:
    json.dump([not_yet, new], out)
os._exit(0)
"""


def test_a_forked_kernel_starts_without_importing(tmp_path):
    """What ipykernel's start-up imports (pdb, sqlite3, psutil ...) is loaded by the fork server once, not by each
    report's kernel: after the server's preload a kernel's start-up imports nothing; without zygote.KERNEL_START
    those modules would still be missing (the check means something)."""
    env = {**os.environ, fastpath.SWITCH: "1", "MPLBACKEND": "Agg", "IPYTHONDIR": str(tmp_path / "ipython")}
    subprocess.run([sys.executable, "-c", "import json\n" + KERNEL_START, str(tmp_path)], env=env, capture_output=True,
                   check=True, timeout=120)
    not_yet, new = json.loads((tmp_path / "modules.json").read_text(encoding="utf-8"))
    assert new == []
    assert {"sqlite3", "psutil", "IPython.core.debugger"} <= set(not_yet)
