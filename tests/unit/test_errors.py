"""Errors the user can fix are one family (evalasn.errors), shown as GALAT without a traceback;
anything else is a defect and keeps its traceback and the executed notebook."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from papermill.exceptions import PapermillExecutionError

import evalasn
from evalasn import errors
from evalasn.analysis import results
from evalasn.analysis.model import resolve_year
from evalasn.ingest import privacy
from evalasn.paths import project
from evalasn.report import evaluator
from evalasn.run import batch, cli

TRACE = ["\x1b[31m---------------------------------------------------------------------------\x1b[0m",
         "\x1b[31mKeyError\x1b[0m                                  Traceback (most recent call last)",
         "Cell \x1b[32mIn[3], line 1\x1b[0m", "\x1b[31mKeyError\x1b[0m: 'gain'"]


def _kernel_error(ename: str, evalue: str) -> PapermillExecutionError:
    return PapermillExecutionError(3, 3, "model.run(root)", ename, evalue, TRACE)


def test_every_user_error_class_is_recognised_by_name_from_the_errors_module_alone():
    """A kernel reports only a class name; the command line knows the family from evalasn.errors
    without importing the module that declares a subclass."""
    for module in pkgutil.walk_packages(evalasn.__path__, "evalasn."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    declared: set[str] = set()
    todo = [errors.EvalasnError]
    while todo:
        cls = todo.pop()
        declared.add(cls.__name__)
        todo += cls.__subclasses__()
    code = "from evalasn.errors import user_error_names; print(','.join(sorted(user_error_names())))"
    known = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert declared <= set(known.split(",")), "declare the class in evalasn/errors.py"
    assert {"InputError", "ParameterError", "StaleResultsError"} <= set(known.split(","))


@pytest.mark.parametrize("ename, evalue, code, shown, hidden", [
    ("InputError", "Data mentah tidak sesuai kontrak data (1 masalah).", 2, "GALAT: Data mentah", "Traceback"),
    ("StaleResultsError", "versi_skema 2 != 3; jalankan ulang tahap model", 2, "GALAT: versi_skema", "Traceback"),
    ("KeyError", "'gain'", 1, "Traceback (most recent call last)", "GALAT: 'gain'"),
    ("ValueError", "cannot convert float NaN to integer", 1, "GALAT INTERNAL: tahap 02_model gagal: ValueError",
     "GALAT: cannot"),
], ids=["input-error-plain", "stale-results-plain", "defect-keyerror-traceback", "pandas-valueerror-is-a-defect"])
def test_the_command_line_shows_user_errors_plainly_and_defects_with_their_traceback(
        tmp_path, monkeypatch, capsys, ename, evalue, code, shown, hidden):
    def failing(notebook: Path, output: Path, cwd: Path, parameters: dict, timeout: int = 0) -> None:
        output.write_text("{}", encoding="utf-8")
        raise _kernel_error(ename, evalue)

    monkeypatch.setattr(batch, "run_notebook", failing)
    (tmp_path / "data" / "processed").mkdir(parents=True)
    project(tmp_path).provenance.write_text(json.dumps({"tahun_kegiatan": [2025], "dinas": []}), encoding="utf-8")
    assert cli.main(["--root", str(tmp_path), "model", "--tahun", "2025"]) == code
    err = capsys.readouterr().err
    assert shown in err and hidden not in err
    assert "\x1b[" not in err
    if code == 1:
        assert "reports/_notebook/02_model.gagal.ipynb" in err


def test_a_report_failure_keeps_its_traceback_only_when_it_is_a_defect(tmp_path):
    paths = project(tmp_path)
    bug = _kernel_error("KeyError", "'x'")
    defect = batch.Outcome(batch.Job("kesehatan"), False, 1.0, error=batch._short_error(bug),
                           trace=batch._defect_trace(bug))
    stale = _kernel_error("StaleResultsError", "hasil.json kesehatan dihitung untuk tahun 2024, bukan 2025")
    user = batch.Outcome(batch.Job("sosial"), False, 1.0, error=batch._short_error(stale),
                         trace=batch._defect_trace(stale))
    text = batch.summary([defect, user], paths)
    assert "Traceback (most recent call last)" in text and "\x1b[" not in text
    assert "GAGAL kesehatan (id): KeyError: 'x'" in text
    assert "GAGAL sosial (id): hasil.json kesehatan dihitung untuk tahun 2024, bukan 2025" in text
    assert user.trace is None


def test_results_of_an_older_schema_are_stale(tmp_path):
    path = tmp_path / "hasil.json"
    path.write_text(json.dumps({"versi_skema": -1}), encoding="utf-8")
    with pytest.raises(errors.StaleResultsError, match="make model"):
        results.read(path)


@pytest.mark.parametrize("years, asked, error", [
    ([], 0, errors.InputError), ([2024, 2025], 2019, errors.ParameterError),
], ids=["no-activities", "year-without-data"])
def test_the_evaluated_year_errors_are_the_users(years, asked, error):
    with pytest.raises(error):
        resolve_year(SimpleNamespace(years=years), asked)  # type: ignore[arg-type]  # only .years is read


@pytest.mark.parametrize("content", ["abcd\n", "bukan heksadesimal\n"], ids=["too-short", "not-hex"])
def test_a_damaged_pseudonym_key_is_an_input_error(tmp_path, content):
    key = tmp_path / "pseudonim.key"
    key.write_text(content, encoding="ascii")
    with pytest.raises(errors.InputError, match="kunci pseudonim rusak"):
        privacy.load_or_create_key(key)


# --- user-fixable conditions found by the command line or an evaluator's cell (issue 15.6) -------------
def _no_activities(root):
    (root / "data" / "processed").mkdir(parents=True)
    project(root).provenance.write_text(json.dumps({"tahun_kegiatan": [], "dinas": []}), encoding="utf-8")
    return ["reports"]


def _nothing_to_map(root):
    (root / "data" / "raw").mkdir(parents=True)
    return ["pemetaan"]


@pytest.mark.parametrize("prepare, message", [
    (_no_activities, "GALAT: tidak ada kegiatan dalam data"),
    (_nothing_to_map, "GALAT: data/raw/ tidak berisi file .csv atau .xlsx"),
], ids=["no-activities-in-the-data", "nothing-in-data-raw-to-map"])
def test_user_fixable_conditions_of_the_command_line_are_shown_plainly(tmp_path, capsys, prepare, message):
    assert cli.main(["--root", str(tmp_path), *prepare(tmp_path)]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("ask", [
    lambda root: evaluator.Objek({"pelaksanaan": {}}).pelaksanan,
    lambda root: evaluator.Data(project(root), "kesehatan").pegawaii,
], ids=["unknown-hasil-field", "unknown-data-table"])
def test_an_evaluator_asking_for_what_does_not_exist_is_a_user_error(tmp_path, ask):
    with pytest.raises(errors.EvaluatorFieldError, match="yang ada: ") as caught:
        ask(tmp_path)
    assert isinstance(caught.value, AttributeError)  # getattr(obj, name, default) keeps working
    assert type(caught.value).__name__ in errors.user_error_names()


@pytest.mark.parametrize("probe", ["_repr_html_", "__array__"], ids=["ipython-display-probe", "numpy-probe"])
def test_python_probes_of_evaluator_objects_are_not_user_errors(tmp_path, probe):
    for obj in (evaluator.Objek({"a": 1}), evaluator.Data(project(tmp_path), "kesehatan")):
        assert not hasattr(obj, probe)
        with pytest.raises(AttributeError) as caught:
            getattr(obj, probe)
        assert not isinstance(caught.value, errors.EvalasnError)
