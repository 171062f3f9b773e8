"""The tree passes `make lint` (ruff, mypy and the notebook checks, as configured in pyproject.toml),
so a branch that breaks it fails `make test` before it reaches main, not only in CI."""

import subprocess

from evalasn.paths import CODE_ROOT


def test_make_lint_passes():
    run = subprocess.run(["make", "--no-print-directory", "lint"], cwd=CODE_ROOT, capture_output=True, text=True)
    assert run.returncode == 0, f"`make lint` fails:\n{run.stdout}{run.stderr}"
