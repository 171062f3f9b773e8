"""The scale curve of ``make bench KURVA=1`` (bench/run.py): size factors as typed, growth per doubling, verdicts."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("typed, factor", [("", 1.0), ("2", 2.0), ("0.25", 0.25), ("0,5", 0.5)],
                         ids=["empty-is-1x", "two", "quarter", "decimal-comma"])
def test_a_size_factor_is_read_as_typed(bench, typed, factor):
    assert bench.parse_args([f"--skala={typed}"]).skala == factor


@pytest.mark.parametrize("typed", ["0", "-1", "dua", "1; touch PWNED", "100"],
                         ids=["zero", "negative", "word", "shell", "too-large"])
def test_a_bad_size_factor_is_refused(bench, typed, capsys):
    with pytest.raises(SystemExit):
        bench.parse_args([f"--skala={typed}"])
    assert "SKALA" in capsys.readouterr().err


@pytest.mark.parametrize("typed, on", [("", False), ("0", False), ("1", True), ("ya", True)],
                         ids=["empty", "zero", "one", "ya"])
def test_the_curve_flag(bench, typed, on):
    assert bench.parse_args([f"--kurva={typed}"]).kurva is on


def test_the_curve_doubles_twice_from_the_factor(bench):
    assert bench.curve_factors(1.0) == [1.0, 2.0, 4.0]
    assert bench.curve_factors(0.25) == [0.25, 0.5, 1.0]


def _size(factor: float, clean_cpu: float, model_cpu: float, peak: float, reports: bool) -> dict:
    def stage(cpu: float) -> dict:
        return {"wall_s": cpu * 1.1, "cpu_s": cpu, "peak_tree_mb": peak, "other_cpu_s": 0.0, "load_before": [1.0]}
    stages = {"clean": stage(clean_cpu), "model": stage(model_cpu)}
    if reports:
        stages |= {"reports": stage(30.0), "rebuild": stage(0.5)}
    rows = int(100_000 * factor)
    return {"factor": factor, "data": {"raw_rows_total": rows}, "processed_rows": rows, "stages": stages}


def test_a_linear_stage_meets_the_growth_limit_and_a_quadratic_one_does_not(bench, capsys):
    sizes = [_size(1, 10, 5, 900, True), _size(2, 20, 20, 1700, True), _size(4, 40, 80, 3300, False)]
    curve = bench.curve_summary(sizes)
    assert curve["table"]["clean"]["cpu_s"]["growth"] == [2.0, 2.0]
    assert curve["table"]["model"]["cpu_s"]["growth"] == [4.0, 4.0]
    assert curve["verdicts"]["clean_growth"]["met"] and not curve["verdicts"]["model_growth"]["met"]
    assert curve["table"]["reports"]["cpu_s"] == {"values": [30.0, 30.0, None], "growth": [1.0, None]}
    assert curve["verdicts"]["memory_at_largest"] == {"limit_mb": 8192.0, "peak_mb": 3300, "met": True}
    bench.print_curve(curve, argparse.Namespace(kurva_laporan_maks=2.0))
    printed = capsys.readouterr().out
    assert "skipped" in printed and "SKIPPED above 2x" in printed
    assert "model: largest growth per doubling (CPU and wall) 4.0" in printed and "-> NO" in printed


def test_the_largest_size_must_fit_in_8_gb(bench):
    sizes = [_size(1, 10, 5, 3000, False), _size(2, 20, 10, 6000, False), _size(4, 40, 20, 9000, False)]
    assert not bench.curve_summary(sizes)["verdicts"]["memory_at_largest"]["met"]
