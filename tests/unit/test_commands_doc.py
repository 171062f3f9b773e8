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


def test_the_first_install_shows_numbered_steps_and_a_line_per_package_and_keeps_the_log(tmp_path):
    """make -n of the install rule in a scratch copy: pip's output goes whole to build/pip.log (tee) and
    one line per package it collects to the screen, after a numbered line per step."""
    import shutil

    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    shown = subprocess.run(["make", "-n", "-B", ".venv/.terpasang"], cwd=tmp_path, capture_output=True, text=True,
                           check=True).stdout
    assert [f"[{n}/4]" in shown for n in range(1, 5)] == [True] * 4
    pip_lines = [line for line in shown.splitlines() if "-m pip install" in line]
    assert len(pip_lines) == 3 and all("tee -a build/pip.log" in line and "/^Collecting /" in line and
                                       "set -o pipefail" in line for line in pip_lines)


def test_the_clean_stage_says_its_warnings(tmp_path, capsys):
    import json

    from evalasn.paths import project
    from evalasn.run import cli

    paths = project(tmp_path)
    paths.quality_log.parent.mkdir(parents=True)
    warning = ("PERINGATAN: kolom 'Nilai Perilaku (Atasan)' (F) → skor_perilaku: kolom ada tetapi kosong di semua 3 "
               "baris: bagian laporan 'Level 3 — Perilaku' tidak dapat dibuat")
    paths.quality_log.write_text(json.dumps([{"tabel": "peserta", "sumber": "p.csv", "catatan": "3 baris dibaca"},
                                             {"tabel": "peserta", "sumber": "p.csv", "catatan": warning}]),
                                 encoding="utf-8")
    cli._print_warnings(paths)
    assert capsys.readouterr().out == warning + "\n"
