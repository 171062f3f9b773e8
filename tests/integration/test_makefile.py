"""The Makefile's dependency graph: with everything built, editing a file re-runs exactly the
stages downstream of it. Checked with ``make -n -W FILE`` (what make would run if FILE had just
changed) on a copy of the Makefile and the sources with built outputs in place, so nothing runs.

The raw data count by content: the cases that change, add, remove or back-date raw files (or the
mapping) edit the copy for real and back-date what they touch with os.utime, so only names and
hashes can tell make that something changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time

import pytest

from evalasn.paths import CODE_ROOT

STAGES = {"clean": " clean", "model": " model ", "reports": " reports "}

# targets built in this order; each is given a later modification time than its inputs
OUTPUTS = (".venv/.terpasang", "build/.sistem", "data/processed/sumber.json", "reports/.hasil-model-terbaru",
           "reports/.semua-id-terbaru")
INPUTS = ("build/data-mentah.sha256", "build/parameter-model-terbaru.txt",  # written by make when it reads the Makefile
          "build/sidik-kunci-pseudonim.sha256", "build/rencana-terbit-terbaru.sha256")
KEY = "data/kunci/pseudonim.key"


@pytest.fixture
def built_tree(tmp_path):
    """A copy of the Makefile, its inputs and up-to-date outputs (sources old, outputs newer)."""
    return _built_tree(tmp_path)


@pytest.fixture(scope="module")
def shared_tree(tmp_path_factory):
    """One built tree for the tests that only read make's plans or run a stand-in command line."""
    return _built_tree(tmp_path_factory.mktemp("bersama"))


def _built_tree(tmp_path):
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
    (tmp_path / "data" / "kunci").mkdir()
    (tmp_path / KEY).write_text("ab" * 32 + "\n", encoding="utf-8")
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


def _as_edited(tree, args: tuple[str, ...]) -> list[str]:
    """ARGS with each ``-W FILE`` done for real (FILE's date set to now): make does not pass -W on to the
    make that the public targets run under the build lock."""
    rest, words = [], iter(args)
    for word in words:
        if word == "-W":
            (tree / next(words)).touch()
        else:
            rest.append(word)
    return rest


def _make(tree, *args: str) -> str:
    args = tuple(_as_edited(tree, args))
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
    for name in ("build/parameter-model-2024.txt", "build/rencana-terbit-2024.sha256"):  # as when 2024 was built
        os.utime(built_tree / name, (now - 200, now - 200))
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
    pytest.param(lambda raw: _rewrite(raw / "SIMPEG Dishub 2025.XLSX", "x"), ["clean", "model", "reports"],
                 id="another-agencys-export-added-with-an-older-date"),  # many files per table (issue 20.1)
    pytest.param(lambda raw: _rewrite(raw / "pemetaan.yml", "sumber: []\n"), ["clean", "model", "reports"],
                 id="mapping-added"),
    pytest.param(lambda raw: _rewrite(raw / "pemetaan.usulan.yml", "sumber: []\n"), [],
                 id="draft-mapping-is-not-data"),
    pytest.param(lambda raw: [p.unlink() for p in raw.iterdir()], ["clean", "model", "reports"],
                 id="own-data-removed-back-to-the-sample"),
    pytest.param(lambda raw: _rewrite(raw.parent / "kunci" / "pseudonim.key", "cd" * 32 + "\n"),
                 ["clean", "model", "reports"], id="pseudonym-key-rotated-with-an-older-date"),
    pytest.param(lambda raw: (raw.parent / "kunci" / "pseudonim.key").unlink(), ["clean", "model", "reports"],
                 id="pseudonym-key-removed"),
    pytest.param(lambda raw: _back_date(raw.parent / "kunci" / "pseudonim.key", 10), [],
                 id="pseudonym-key-touched-not-changed"),
])
def test_raw_data_count_by_content_not_dates(built_tree, edit, expected):
    edit(built_tree / "data" / "raw")
    stages = planned_stages(built_tree)
    if "clean" in expected and not (built_tree / "data" / "raw" / "pegawai.csv").exists():
        assert stages[-2:] == ["model", "reports"] and "clean" in stages  # the sample is generated first
    else:
        assert stages == expected


@pytest.mark.parametrize("edit, expected", [
    pytest.param(lambda folder: _back_date(folder / "hasil-2024.json", 10), [], id="touched-not-changed"),
    pytest.param(lambda folder: _rewrite(folder / "hasil-2024.json", '{"tahun": 2024, "lain": 1}'), ["reports"],
                 id="changed-with-an-older-date"),
    pytest.param(lambda folder: (folder / "hasil-2024.json").unlink(), ["reports"], id="removed"),
    pytest.param(lambda folder: _rewrite(folder / "rencana-terbit-2024.json", "{}"), ["reports"],
                 id="kept-plan-added"),
    pytest.param(lambda folder: _rewrite(folder / "hasil-2025.json", "{}"), [], id="this-years-own-output"),
])
def test_last_years_published_plan_counts_by_content(built_tree, edit, expected):
    """C1: the reports of 2025 judge the plan 2024's report published (reports/<kode>/hasil-2024.json, or the
    record kept when the data changed): changed, removed or added, whatever its date, the reports stage runs."""
    folder = built_tree / "reports" / "kesehatan"
    (folder / "_build").mkdir(parents=True)
    (folder / "_build" / "hasil-2025.json").write_text("{}", encoding="utf-8")  # the latest year the model computed
    _rewrite(folder / "hasil-2024.json", '{"tahun": 2024}')
    _make(built_tree, "help")  # the manifest of last year's published plans, as of now
    _back_date(built_tree / "build" / "rencana-terbit-terbaru.sha256")
    assert planned_stages(built_tree) == []
    edit(folder)
    assert planned_stages(built_tree) == expected


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
    env = {**os.environ, "MAKEFLAGS": "", "STAGE_LOG": str(log), "SAMPLE_CONTENT": content, "EVALASN_ROOT": str(tree)}
    result = subprocess.run(["make", "--no-print-directory", "-C", str(tree), f"CLI=sh {tree / 'cli.sh'}", *args,
                             f"PY={sys.executable}", "reports"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return log.read_text(encoding="utf-8").split() if log.exists() else []


EDITING_CLI = """#!/bin/sh
# stands in for the command line; while the stage named in $EDIT_DURING runs, a source it depends on is edited
echo "$1" >> "$STAGE_LOG"
if [ "$1" = "$EDIT_DURING" ]; then sleep 0.05; echo "# edited during the build" >> "$EDITED"; sleep 0.05; fi
case "$1" in  # the outputs are written last, as the stages do
  sample) mkdir -p data/sample; printf '%s\\n' "$SAMPLE_CONTENT" > data/sample/pegawai.csv
          echo sintetis > data/sample/SINTETIS.txt ;;
  clean) mkdir -p data/processed; touch data/processed/sumber.json ;;
esac
"""


@pytest.mark.parametrize("stage, source, expected", [
    pytest.param("clean", "src/evalasn/ingest/clean.py", ["clean", "model", "reports"], id="ingest-during-clean"),
    pytest.param("model", "src/evalasn/analysis/model.py", ["model", "reports"], id="analysis-during-model"),
    pytest.param("reports", "src/evalasn/report/__init__.py", ["reports"], id="report-during-reports"),
])
def test_a_source_edited_while_its_stage_runs_is_built_again(sample_tree, monkeypatch, stage, source, expected):
    """The stage's target takes the time the stage started: the edit is newer, so the next make runs it again
    (with the end time, the edited code would pass for built and its outputs stay those of the old code)."""
    (sample_tree / "cli.sh").write_text(EDITING_CLI, encoding="utf-8")
    for path in ("src/evalasn/ingest/clean.py", "src/evalasn/analysis/model.py", "src/evalasn/report/__init__.py"):
        (sample_tree / path).write_text((sample_tree / path).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setenv("EDIT_DURING", stage)
    monkeypatch.setenv("EDITED", str(sample_tree / source))
    assert _run_for_real(sample_tree, "first sample") == ["clean", "model", "reports"]  # every stage runs once
    monkeypatch.setenv("EDIT_DURING", "")
    assert _run_for_real(sample_tree, "first sample") == expected
    assert _run_for_real(sample_tree, "first sample") == []  # up to date again


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
    lines = [line for line in _make(sample_tree, "-n", "-W", edited, "reports").splitlines()
             if line.strip() and not line.startswith("make ")]  # the public target's own line: its make, locked
    assert lines == [] or all("Nothing to be done" in line or "is up to date" in line for line in lines), lines


def test_the_key_is_recorded_by_its_fingerprint_never_itself(built_tree):
    record = (built_tree / "build" / "sidik-kunci-pseudonim.sha256").read_text(encoding="utf-8")
    key = (built_tree / KEY).read_text(encoding="utf-8")
    assert record.strip() == hashlib.sha256(key.encode()).hexdigest() and key.strip() not in record


# --- make report runs what the notebook scripts say, as make reports does ----------------------------
@pytest.mark.parametrize("script", ["notebooks/03_laporan.py", "notebooks/02_model.py", "notebooks/01_bersihkan.py"])
def test_an_edited_notebook_script_reaches_make_report(built_tree, script):
    (built_tree / script).touch()  # make passes no -W to the make it runs for the stages: a real edit's date
    lines = _make(built_tree, "-n", "report", "DINAS=kesehatan").splitlines()
    sync = [i for i, line in enumerate(lines) if "jupytext" in line and script in line]
    report = [i for i, line in enumerate(lines) if "evalasn.run.cli report" in line]
    assert sync and report and sync[0] < report[-1], lines


# --- Make variables are data ---------------------------------------------------------------------------
ARGS_CLI = """#!/bin/sh
# stands in for `python -m evalasn.run.cli`: records its arguments, NUL-separated, each command's ended by ::akhir::
printf '%s\\0' "$@" "::akhir::" >> "$ARGS_LOG"
"""
HOSTILE = {
    "injection": 'x"; touch PWNED; echo "',
    "single-quote-injection": "x'; touch PWNED; echo '",
    "quote": 'layanan "prima',
    "dollar-and-backticks": "a$b $(touch PWNED) `touch PWNED` $$",
    "semicolons-and-spaces": "layanan ; prima  ,  x  ",  # make drops the leading spaces of a value
    "make-syntax": "$(shell touch PWNED) ${x} # not a comment",
    "backslash-at-end": "layanan\\",
    "looks-like-an-option": "--force",
    "newline": "layanan\ntouch PWNED",
}


def _cli_calls(tree, *args: str, check: bool = True) -> list[list[str]]:
    """The commands make gives the command line for ARGS (a stand-in CLI records their arguments)."""
    args = tuple(_as_edited(tree, args))
    (tree / "args.sh").write_text(ARGS_CLI, encoding="utf-8")
    log = tree / "args.log"
    log.unlink(missing_ok=True)
    result = subprocess.run(["make", "--no-print-directory", "-C", str(tree), f"CLI=sh {tree / 'args.sh'}",
                             f"PY={sys.executable}", *args], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "MAKEFLAGS": "", "ARGS_LOG": str(log), "EVALASN_ROOT": str(tree)})
    assert not check or result.returncode == 0, result.stdout + result.stderr
    words = log.read_text(encoding="utf-8").split("\0")[:-1] if log.exists() else []
    calls: list[list[str]] = []
    call: list[str] = []
    for word in words:
        if word == "::akhir::":
            calls.append(call)
            call = []
        else:
            call.append(word)
    return calls


def _option(call: list[str], name: str) -> str:
    """The value of ``name`` in a command, given as ``--name=value`` (a value may start with '-')."""
    return next(word.removeprefix(f"{name}=") for word in call if word.startswith(f"{name}="))


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_value_is_not_run_by_make_help(shared_tree, value):
    _make(shared_tree, "help", f"INTERVENSI={value}", f"DINAS={value}", f"TAHUN={value}", f"BAHASA={value}",
          f"AMBANG={value}", f"WORKERS={value}", f"LAB_ARGS={value}")
    assert not list(shared_tree.rglob("PWNED"))


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_model_parameters_reach_the_command_line_as_typed(shared_tree, value):
    settings = [f"{name}={value}" for name in ("INTERVENSI", "SEBELUM", "SESUDAH", "AMBANG", "DESAIN")]
    calls = [call for call in _cli_calls(shared_tree, "model", *settings) if call[0] == "model"]
    assert [[_option(call, f"--{name}") for name in ("intervensi", "sebelum", "sesudah", "ambang", "desain")]
            for call in calls] == [[value] * 5]
    assert not list(shared_tree.rglob("PWNED"))
    assert _cli_calls(shared_tree, "model", *settings) == []  # the same values again: up to date


def test_desain_is_part_of_the_model_key(shared_tree):
    """DESAIN=acak changes what may be claimed: it re-runs the model stage, and so does the declaration."""
    assert _cli_calls(shared_tree, "model", "DESAIN=acak")[-1][0] == "model"
    assert _cli_calls(shared_tree, "model", "DESAIN=acak") == []
    assert "desain=acak" in (shared_tree / "build/parameter-model-terbaru.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_report_values_reach_the_command_line_as_typed(shared_tree, value):
    calls = _cli_calls(shared_tree, "report", f"DINAS={value}", f"BAHASA={value}", f"TAHUN={value}")
    check, *_, report = calls
    for call in (check, report):
        assert (_option(call, "--dinas"), _option(call, "--bahasa"), _option(call, "--tahun")) == (value,) * 3
    assert not list(shared_tree.rglob("PWNED"))


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_reports_values_reach_the_command_line_as_typed(shared_tree, value):
    calls = _cli_calls(shared_tree, "reports", f"WORKERS={value}", f"BAHASA={value}", "-W",
                       "src/evalasn/report/words/fmt.py")
    assert [(_option(call, "--workers"), _option(call, "--bahasa")) for call in calls if call[0] == "reports"] \
        == [(value, value)]
    assert not list(shared_tree.rglob("PWNED"))


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_bench_values_reach_bench_run_as_typed(shared_tree, value):
    """make bench SKALA=... KURVA=... KURVA_LAPORAN_MAKS=...: each value one argument of bench/run.py, never shell."""
    stand_in = f"PY=sh {shared_tree / 'args.sh'}"  # bench runs $(PY) bench/run.py: the stand-in records it
    calls = _cli_calls(shared_tree, "bench", stand_in, f"SKALA={value}", f"KURVA={value}",
                       f"KURVA_LAPORAN_MAKS={value}")
    assert [(call[0], _option(call, "--skala"), _option(call, "--kurva"), _option(call, "--kurva-laporan-maks"))
            for call in calls] == [("bench/run.py", value, value, value)]
    assert not list(shared_tree.rglob("PWNED"))


def test_the_command_line_refuses_a_hostile_dinas_with_one_line(shared_tree, tmp_path_factory):
    empty_root = tmp_path_factory.mktemp("kosong")
    value = HOSTILE["injection"]
    result = subprocess.run(["make", "--no-print-directory", "-C", str(shared_tree), f"PY={sys.executable}",
                             "report", f"DINAS={value}"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "MAKEFLAGS": "", "EVALASN_ROOT": str(empty_root)})
    assert result.returncode != 0
    assert f"GALAT: DINAS={value!r} bukan kode dinas" in result.stderr and "Traceback" not in result.stderr
    assert not list(shared_tree.rglob("PWNED")) and not list(empty_root.rglob("PWNED"))
