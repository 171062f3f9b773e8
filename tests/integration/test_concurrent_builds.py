"""Several commands in one checkout, as people run them: the real Makefile, the real command line, a tiny
sample (one dinas: four reports in id and en). The three builds run in make test (about 30 s of CPU);
the tests that build a report more each are marked slow (make test-slow runs them).

Three ``make reports BAHASA=id,en`` started 1 s apart all end with 0 and each report is built once; a
stopped build leaves the previous complete set and one Indonesian line; an edit of the report
notebook's script reaches ``make report``."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evalasn import sample
from evalasn.paths import CODE_ROOT, project
from evalasn.run import lock
from evalasn.run.batch import REPORT_NOTEBOOK_ENV

BUILDS = 3
EPOCH = "1764547200"  # 1 Dec 2025, SOURCE_DATE_EPOCH of every build here


def make_tree(root: Path) -> Path:
    """A checkout to run make in: the Makefile, notebooks and sources copied, this checkout's .venv
    seen through links, a tiny sample in data/raw."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(CODE_ROOT / name, root / name)
    shutil.copytree(CODE_ROOT / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(CODE_ROOT / "src", root / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    venv = Path(sys.prefix)
    (root / ".venv").mkdir()
    for part in ("bin", "lib", "lib64", "include", "share", "etc", "pyvenv.cfg"):
        if (venv / part).exists():
            (root / ".venv" / part).symlink_to(venv / part)
    (root / ".venv" / ".terpasang").touch()
    sample.generate(root / "data" / "raw", n_pegawai=150, dinas=("kesehatan",), seed=2, respondents_per_unit=8,
                    staff_per_unit=20)
    return root


def environment(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (lock.HELD, "MAKEFLAGS", "MAKELEVEL")}
    return {**env, "EVALASN_ROOT": str(root), REPORT_NOTEBOOK_ENV: str(root / "notebooks" / "03_laporan.ipynb"),
            "SOURCE_DATE_EPOCH": EPOCH}


def start_make(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(["make", "--no-print-directory", *args], cwd=root, env=environment(root),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_make(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=root, env=environment(root),
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def three_builds(tmp_path_factory):
    """Three `make reports BAHASA=id,en` started 1 s apart in one fresh checkout."""
    root = make_tree(tmp_path_factory.mktemp("checkout"))
    builds = []
    for _ in range(BUILDS):
        builds.append(start_make(root, "reports", "BAHASA=id,en"))
        time.sleep(1)
    outputs = [build.communicate(timeout=900) for build in builds]
    return root, [(build.returncode, out, err) for build, (out, err) in zip(builds, outputs, strict=True)], \
        builds[0].pid


def test_three_builds_started_together_all_succeed_and_build_each_report_once(three_builds):
    root, results, first = three_builds
    assert [code for code, _, _ in results] == [0] * BUILDS, results
    out = "".join(o + e for _, o, e in results)
    assert out.count("evalasn.run.cli clean") == 1 and out.count("evalasn.run.cli model") == 1, out
    assert out.count("Laporan: 4 dibuat, 0 sudah mutakhir, 0 gagal.") == 1, out
    assert "Kernel didn't respond" not in out and "Invalid Signature" not in out and "Traceback" not in out
    for _, _, err in results[1:]:  # they waited for the first (its make's pid and command), then found it done
        assert f"Menunggu build lain di checkout ini selesai (pid {first}: make --no-print-directory reports" in err
    paths = project(root)
    for slug in ("kesehatan", "provinsi"):
        for bahasa in ("id", "en"):
            assert all(p.exists() for p in paths.report_outputs(slug, bahasa))


def test_a_finished_build_leaves_nothing_to_do_and_no_working_folders(three_builds):
    root, _, _ = three_builds
    plan = run_make(root, "-n", "reports", "BAHASA=id,en")
    assert "evalasn.run.cli" not in plan.stdout, plan.stdout  # the pseudonym key the first run created included
    assert not [p for p in root.glob("reports/*/_build/*") if p.is_dir()]
    assert not list(root.glob("reports/**/.*tmp-*")) and not list(root.glob("reports/_notebook/.kerja-*"))


def test_executed_notebooks_carry_no_wall_clock_with_source_date_epoch(three_builds):
    import datetime as dt
    import re

    root, _, _ = three_builds
    fixed = dt.datetime.fromtimestamp(int(EPOCH), dt.UTC)
    notebooks = [*root.glob("reports/*/notebook-*.ipynb"), *root.glob("reports/_notebook/*.ipynb")]
    assert len(notebooks) == 6
    for notebook in notebooks:
        text = notebook.read_text(encoding="utf-8")
        times = set(re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", text))
        assert times <= {fixed.strftime("%Y-%m-%dT%H:%M:%S")}, (notebook.name, times)
        assert time.strftime("%Y-%m-%d") not in text and '"execution": {' not in text, notebook.name
        assert f"-{os.getpid()}" not in text and "_build/" not in text and ".kerja-" not in text, notebook.name


SCRIPT = "notebooks/03_laporan.py"
MARK = "Catatan uji penanda 7Q4."


def _edit_script(root: Path, cell: str, early: str = "") -> None:
    """notebooks/03_laporan.py as the evaluator edits it: the original with ``cell`` appended and
    ``early`` just after the parameters cell (reached within a second or two of the kernel's start)."""
    original = (CODE_ROOT / SCRIPT).read_text(encoding="utf-8")
    first = original.index("\n# %%\n", original.index('# %% tags=["parameters"]')) + 1
    (root / SCRIPT).write_text(original[:first] + early + original[first:] + "\n" + cell, encoding="utf-8")


def _previous_set(root: Path) -> dict[str, bytes]:
    paths = project(root)
    return {p.name: p.read_bytes() for p in (*paths.report_outputs("kesehatan"), paths.report_notebook("kesehatan"),
                                             paths.report_hasil("kesehatan"))}


@pytest.mark.slow  # builds one report more (make test-slow)
def test_a_stopped_build_ends_with_one_line_and_keeps_the_previous_set(three_builds):
    root, _, _ = three_builds
    before = _previous_set(root)
    _edit_script(root, "", early="# %%\nimport time\ntime.sleep(600)\n\n")
    build = start_make(root, "report", "DINAS=kesehatan", "AMBANG=0.6")  # new results from the model first
    try:
        deadline = time.monotonic() + 300
        while not [p for p in root.glob("reports/kesehatan/_build/*-*") if p.is_dir()] and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1)  # the kernel is running the report notebook
    finally:
        build.send_signal(signal.SIGTERM)
        out, err = build.communicate(timeout=120)
    assert build.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM), (out, err)
    assert err.strip().splitlines() == ["Dihentikan (SIGTERM). Keluaran lengkap sebelumnya tetap utuh; jalankan "
                                        "perintah yang sama untuk melanjutkan."], err
    assert _previous_set(root) == before, "the previous report with the results it shows, not the model's new ones"
    assert project(root).hasil("kesehatan").read_bytes() != before["hasil-2025.json"]


@pytest.mark.slow  # builds one report more (make test-slow)
def test_an_edited_script_reaches_make_report_and_leftovers_go(three_builds):
    root, _, _ = three_builds
    _edit_script(root, f"# %% [markdown]\n# {MARK}\n")
    result = run_make(root, "report", "DINAS=kesehatan")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Laporan: 1 dibuat, 0 sudah mutakhir, 0 gagal." in result.stdout
    assert MARK in project(root).report_html("kesehatan").read_text(encoding="utf-8")
    assert not [p for p in root.glob("reports/*/_build/*") if p.is_dir()], "the stopped build's folder is swept"


@pytest.mark.slow  # builds one report more (make test-slow)
def test_a_failing_cell_is_named_by_its_script_line_after_the_summary(three_builds):
    root, _, _ = three_builds
    cell = '# %%\nimport pandas as pd\nper_unit = pd.DataFrame({"unit": ["a"]})\nper_unit["tidak_ada"]\n\n'
    _edit_script(root, f"# %% [markdown]\n# {MARK}\n", early=cell)
    result = run_make(root, "report", "DINAS=kesehatan")
    assert result.returncode != 0
    lines = (root / SCRIPT).read_text(encoding="utf-8").splitlines()
    failing = lines.index('per_unit["tidak_ada"]') + 1
    out = result.stdout[result.stdout.index("Laporan: 0 dibuat, 0 sudah mutakhir, 1 gagal."):]
    assert out.splitlines()[1].startswith("  GAGAL kesehatan (id): KeyError: 'tidak_ada' — di "
                                          f"{SCRIPT} baris {failing}: per_unit[\"tidak_ada\"]"), out
    assert "KeyError: 'tidak_ada'" in out.splitlines()[-1]
    assert "site-packages" not in out and "Could not get source" not in out and "Cell In[" in out
    failed = project(root).report_dir("kesehatan") / "notebook-kesehatan-2025.gagal.ipynb"
    assert failed.exists()
    _edit_script(root, f"# %% [markdown]\n# {MARK}\n")  # the cell taken out again: the last good build is current
    result = run_make(root, "report", "DINAS=kesehatan")
    assert result.returncode == 0 and "0 dibuat, 1 sudah mutakhir" in result.stdout
    assert not failed.exists(), "the failed notebook of the broken version goes"
