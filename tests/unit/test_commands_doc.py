"""docs/perintah.md: the command behind every Make target, for evaluators without make; every
``python -m evalasn <command>`` it shows exists."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from evalasn.paths import CODE_ROOT as ROOT
from evalasn.run.cli import _parser

DOC = ROOT / "docs" / "perintah.md"


def _targets() -> list[str]:
    """The public Make targets: those with a '## ' description, as make help lists them."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([a-z][a-z0-9_-]*):.*## ", text, flags=re.M)


def test_every_public_make_target_has_its_command_without_make():
    rows = {match for match in re.findall(r"^\| `make ([a-z-]+)", DOC.read_text(encoding="utf-8"), flags=re.M)}
    assert set(_targets()) - rows == set()


def test_every_command_shown_exists_and_python_dash_m_evalasn_runs():
    commands = set(re.findall(r"python -m evalasn ([a-z]+)", DOC.read_text(encoding="utf-8")))
    known = {name for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
             for name in action.choices}
    assert commands and commands <= known, commands - known
    shown = subprocess.run([sys.executable, "-m", "evalasn", "--help"], capture_output=True, text=True, check=True)
    assert "python -m evalasn" in shown.stdout and "periksa" in shown.stdout
