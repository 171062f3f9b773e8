"""The Makefile's dependency graph: with everything built, editing a file re-runs exactly the
stages downstream of it. Checked with ``make -n -W FILE`` (what make would run if FILE had just
changed) on a copy of the Makefile and the sources with built outputs in place, so nothing runs.

The raw data count by content: the cases that change, add, remove or back-date raw files (or the
mapping) edit the copy for real and back-date what they touch with os.utime, so only names and
hashes can tell make that something changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

from evalasn.paths import CODE_ROOT

STAGES = {"clean": " clean", "model": " model ", "reports": " reports "}

# targets built in this order; each is given a later modification time than its inputs
OUTPUTS = (".venv/.terpasang", "build/.sistem", "data/processed/sumber.json", "reports/.hasil-model-terbaru",
           "reports/.semua-id-terbaru")
INPUTS = ("build/data-mentah.sha256", "build/parameter-model-terbaru.txt")  # written by make when it reads the Makefile


@pytest.fixture
def built_tree(tmp_path):
    """A copy of the Makefile, its inputs and up-to-date outputs (sources old, outputs newer)."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "requirements.txt", "pyproject.toml"):
        shutil.copy2(CODE_ROOT / name, tmp_path / name)
    shutil.copytree(CODE_ROOT / "notebooks", tmp_path / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    shutil.copytree(CODE_ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    for table in ("pegawai", "kegiatan", "peserta", "skm"):
        (raw / f"{table}.csv").write_text("kolom\n", encoding="utf-8")
    now = time.time()
    for path in tmp_path.rglob("*"):
        os.utime(path, (now - 1000, now - 1000))
    _make(tmp_path, "help")  # writes the raw-data manifest and the model parameters on first parse
    for i, name in enumerate((*INPUTS, *OUTPUTS)):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch()
        os.utime(target, (now - 900 + 10 * i, now - 900 + 10 * i))
    return tmp_path


def _make(tree, *args: str) -> str:
    result = subprocess.run(["make", "--no-print-directory", "-C", str(tree), *args],
                            capture_output=True, text=True, timeout=60, env={**os.environ, "MAKEFLAGS": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def planned_stages(tree, *args: str) -> list[str]:
    """The pipeline stages ``make -n ARGS reports`` would run, in order."""
    lines = [line for line in _make(tree, "-n", *args, "reports").splitlines() if "evalasn.run.cli" in line]
    return [stage for line in lines for stage, word in STAGES.items() if word in f"{line} "]


@pytest.mark.parametrize("edited, expected", [
    pytest.param(None, [], id="nothing-edited"),
    pytest.param("src/evalasn/docs.py", [], id="documentation-code"),
    pytest.param("src/evalasn/docs_schema.py", [], id="documentation-schema-code"),
    pytest.param("src/evalasn/sample.py", [], id="sample-code-with-raw-data"),
    pytest.param("src/evalasn/errors.py", ["clean", "model", "reports"], id="ground-floor-module"),
    pytest.param("notebooks/03_laporan.ipynb", ["reports"], id="report-notebook"),
    pytest.param("notebooks/03_laporan.py", ["reports"], id="report-notebook-script"),
    pytest.param("notebooks/01_bersihkan.py", ["clean", "model", "reports"], id="clean-notebook-script"),
    pytest.param("src/evalasn/report/charts/figures.py", ["reports"], id="report-code"),
    pytest.param("src/evalasn/run/fastpath/zygote.py", ["reports"], id="kernel-fork-server"),
    pytest.param("notebooks/02_model.ipynb", ["model", "reports"], id="model-notebook"),
    pytest.param("src/evalasn/analysis/did.py", ["model", "reports"], id="model-code"),
    pytest.param("src/evalasn/ingest/readers.py", ["clean", "model", "reports"], id="ingest-code"),
    pytest.param("src/evalasn/schema.py", ["clean", "model", "reports"], id="schema"),
    pytest.param("src/evalasn/schema_aliases.py", ["clean", "model", "reports"], id="schema-export-names"),
    pytest.param("src/evalasn/schema_types.py", ["clean", "model", "reports"], id="schema-column-and-table-types"),
    pytest.param("src/evalasn/docs_contract.py", [], id="data-contract-document-code"),
    # the results contract: its documentation labels the report workbook; its version is written by the model
    pytest.param("src/evalasn/analysis/contract/fields.py", ["reports"], id="results-contract-documentation"),
    pytest.param("src/evalasn/analysis/contract/version.py", ["model", "reports"], id="results-contract-version"),
])
def test_an_edit_rebuilds_exactly_what_is_downstream(built_tree, edited, expected):
    args = ["-W", edited] if edited else []
    assert planned_stages(built_tree, *args) == expected


def test_an_edited_notebook_script_regenerates_its_notebook_first(built_tree):
    lines = _make(built_tree, "-n", "-W", "notebooks/02_model.py", "reports").splitlines()
    sync = next(i for i, line in enumerate(lines) if "jupytext" in line and "notebooks/02_model.py" in line)
    model = next(i for i, line in enumerate(lines) if "evalasn.run.cli" in line and " model " in f"{line} ")
    assert sync < model


def test_a_script_newer_than_its_unchanged_notebook_is_synced_once_not_on_every_make(built_tree):
    """A fresh clone can write notebooks/<name>.py a moment after its .ipynb; jupytext then leaves the
    unchanged notebook as it is, and make used to run it (and the stages after it) on every call."""
    jupytext = built_tree / ".venv" / "bin" / "jupytext"
    jupytext.parent.mkdir(parents=True, exist_ok=True)
    jupytext.symlink_to(CODE_ROOT / ".venv" / "bin" / "jupytext")
    script, notebook = built_tree / "notebooks" / "02_model.py", built_tree / "notebooks" / "02_model.ipynb"
    before = notebook.read_bytes()
    os.utime(script, (notebook.stat().st_mtime + 1, notebook.stat().st_mtime + 1))
    _make(built_tree, "notebooks/02_model.ipynb")
    assert notebook.read_bytes() == before  # same cells: jupytext changed nothing
    assert "is up to date" in _make(built_tree, "notebooks/02_model.ipynb")


def test_a_new_evaluation_year_reruns_the_model_not_the_cleaning(built_tree):
    assert planned_stages(built_tree, "TAHUN=2024") == ["model", "reports"]


def test_a_new_evaluation_year_builds_beside_the_latest_and_back_again_is_up_to_date(built_tree):
    now = time.time()
    for name in ("build/parameter-model-2024.txt", "reports/.hasil-model-2024", "reports/.semua-id-2024"):
        (built_tree / name).touch()
        os.utime(built_tree / name, (now - 100, now - 100))
    _make(built_tree, "help", "TAHUN=2024")  # keeps its parameter file as it is
    os.utime(built_tree / "build/parameter-model-2024.txt", (now - 200, now - 200))
    assert planned_stages(built_tree, "TAHUN=2024") == []
    assert planned_stages(built_tree) == []  # the latest year's outputs were not invalidated


def _back_date(path, seconds=5000):
    old = time.time() - seconds
    os.utime(path, (old, old))


def _rewrite(path, text):
    path.write_text(text, encoding="utf-8")
    _back_date(path)


@pytest.mark.parametrize("edit, expected", [
    pytest.param(lambda raw: _back_date(raw / "peserta.csv", 10), [], id="touched-not-changed"),
    pytest.param(lambda raw: _rewrite(raw / "peserta.csv", "kolom\nlain\n"), ["clean", "model", "reports"],
                 id="changed-with-an-older-date"),
    pytest.param(lambda raw: (raw / "skm.csv").unlink(), ["clean", "model", "reports"], id="file-removed"),
    pytest.param(lambda raw: _rewrite(raw / "anggaran.csv", "kolom\n"), ["clean", "model", "reports"],
                 id="file-added-with-an-older-date"),
    pytest.param(lambda raw: _rewrite(raw / "pemetaan.yml", "sumber: []\n"), ["clean", "model", "reports"],
                 id="mapping-added"),
    pytest.param(lambda raw: _rewrite(raw / "pemetaan.usulan.yml", "sumber: []\n"), [],
                 id="draft-mapping-is-not-data"),
    pytest.param(lambda raw: [p.unlink() for p in raw.iterdir()], ["clean", "model", "reports"],
                 id="own-data-removed-back-to-the-sample"),
])
def test_raw_data_count_by_content_not_dates(built_tree, edit, expected):
    edit(built_tree / "data" / "raw")
    stages = planned_stages(built_tree)
    if "clean" in expected and not (built_tree / "data" / "raw" / "pegawai.csv").exists():
        assert stages[-2:] == ["model", "reports"] and "clean" in stages  # the sample is generated first
    else:
        assert stages == expected


# --- the sample counts by content (data/raw/ empty) -----------------------------------------------
FAKE_CLI = """#!/bin/sh
# stands in for `python -m evalasn.run.cli`: logs the stage and writes what the stage's target needs
echo "$1" >> "$STAGE_LOG"
case "$1" in
  sample) mkdir -p data/sample; printf '%s\\n' "$SAMPLE_CONTENT" > data/sample/pegawai.csv
          echo sintetis > data/sample/SINTETIS.txt ;;
  clean) mkdir -p data/processed; touch data/processed/sumber.json ;;
esac
"""


@pytest.fixture
def sample_tree(built_tree):
    """The built tree with data/raw/ empty, brought up to date on a first sample by really running
    make with a stand-in command line (make then knows the sample's bytes)."""
    for path in (built_tree / "data" / "raw").iterdir():
        path.unlink()
    (built_tree / "cli.sh").write_text(FAKE_CLI, encoding="utf-8")
    _run_for_real(built_tree, "first sample")
    return built_tree


def _run_for_real(tree, content: str, *args: str) -> list[str]:
    log = tree / "stages.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "MAKEFLAGS": "", "STAGE_LOG": str(log), "SAMPLE_CONTENT": content}
    result = subprocess.run(["make", "--no-print-directory", "-C", str(tree), f"CLI=sh {tree / 'cli.sh'}", *args,
                             "reports"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return log.read_text(encoding="utf-8").split() if log.exists() else []


@pytest.mark.parametrize("content, expected", [
    pytest.param("first sample", ["sample"], id="sample-code-edited-same-sample"),
    pytest.param("another sample", ["sample", "clean", "model", "reports"], id="sample-code-edited-new-sample"),
])
def test_an_edit_of_the_sample_code_rebuilds_only_when_the_sample_changes(sample_tree, content, expected):
    assert _run_for_real(sample_tree, "first sample") == []  # up to date
    code = sample_tree / "src" / "evalasn" / "sample.py"
    code.write_text(code.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _run_for_real(sample_tree, content) == expected
    assert planned_stages(sample_tree) == [] and _run_for_real(sample_tree, content) == []  # up to date again


@pytest.mark.parametrize("edited", ["src/evalasn/docs.py", "src/evalasn/docs_contract.py",
                                    "src/evalasn/docs_schema.py"])
def test_documentation_code_rebuilds_nothing_on_the_sample_either(sample_tree, edited):
    lines = [line for line in _make(sample_tree, "-n", "-W", edited, "reports").splitlines() if line.strip()]
    assert lines == [] or all("Nothing to be done" in line or "is up to date" in line for line in lines), lines
