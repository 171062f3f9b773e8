"""The clean and model stages' kernels get STAGE_CELL_TIMEOUT_S a cell, not the report kernels' CELL_TIMEOUT_S:
their one long cell grows with the data (make bench KURVA=1: the model cell passed 120 s at 1x Jakarta on a
busy machine), and a report cell does not."""

from __future__ import annotations

import shutil

from evalasn import constants
from evalasn.paths import project
from evalasn.run import batch, cli


def test_a_stage_notebook_runs_with_the_stage_timeout(monkeypatch, tmp_path):
    seen: list[int] = []

    def fake(notebook, output, cwd, parameters, timeout=None):
        seen.append(timeout)
        shutil.copy(notebook, output)

    monkeypatch.setattr(batch, "run_notebook", fake)
    cli._execute(project(tmp_path), "02_model", {"root": str(tmp_path)})
    assert seen == [constants.STAGE_CELL_TIMEOUT_S]
    assert constants.STAGE_CELL_TIMEOUT_S >= 10 * constants.CELL_TIMEOUT_S
