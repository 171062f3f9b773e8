"""Results parsed once by the kernels' fork server (analysis.results.preload, zygote.preload_results): a kernel
forked after gets the parsed results only while the file holds the bytes they were parsed from, each one once."""

from __future__ import annotations

import json
import os

import pytest

from evalasn.analysis import results
from evalasn.errors import StaleResultsError
from evalasn.run.fastpath import zygote


@pytest.fixture(autouse=True)
def _empty(monkeypatch):
    monkeypatch.setattr(results, "_PRELOADED", {})


def _write(path, **extra):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"versi_skema": results.SCHEMA_VERSION, "tahun": 2025, **extra}, indent=1),
                    encoding="utf-8")
    return path


def test_a_preloaded_file_is_read_parsed_once_then_from_the_file(tmp_path):
    path = _write(tmp_path / "hasil-2025.json", n=3)
    results.preload([path])
    first = results.read(path)
    assert first == json.loads(path.read_text(encoding="utf-8"))
    assert results._PRELOADED == {}  # handed out once
    second = results.read(path)
    assert second == first and second is not first  # a second reader never shares the first one's dict


def test_the_preloaded_object_is_what_read_returns(tmp_path):
    path = _write(tmp_path / "hasil-2025.json", n=3)
    results.preload([path])
    kept = results._PRELOADED[os.path.realpath(path)][1]
    assert results.read(tmp_path / "." / "hasil-2025.json") is kept  # the same file by another spelling


@pytest.mark.parametrize("change", ["same-size", "longer", "removed-key"])
def test_a_file_changed_after_preload_is_read_again(tmp_path, change):
    path = _write(tmp_path / "hasil-2025.json", n=3)
    results.preload([path])
    if change == "same-size":
        path.write_text(path.read_text(encoding="utf-8").replace('"n": 3', '"n": 4'), encoding="utf-8")
    elif change == "longer":
        _write(path, n=3, m=1)
    else:
        _write(path)
    assert results.read(path) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("content", ["stale-schema", "not-json"])
def test_a_file_preload_cannot_take_is_read_and_reported_as_before(tmp_path, content):
    path = tmp_path / "hasil-2025.json"
    path.write_text(json.dumps({"versi_skema": -1}) if content == "stale-schema" else "{", encoding="utf-8")
    results.preload([path, tmp_path / "missing.json"])
    assert results._PRELOADED == {}
    with pytest.raises(StaleResultsError if content == "stale-schema" else ValueError):
        results.read(path)


def test_the_fork_server_preloads_every_scope_of_the_project_this_year_and_last(tmp_path):
    """Last year's too: every dinas kernel rebuilds last year's province plan from them (C12-13)."""
    reports = tmp_path / "reports"
    both = [_write(reports / slug / "_build" / "hasil-2025.json") for slug in ("kesehatan", "provinsi")]
    both += [_write(reports / slug / "_build" / "hasil-2025-tahun-lalu.json") for slug in ("kesehatan", "provinsi")]
    zygote.preload_results(str(tmp_path))
    assert sorted(results._PRELOADED) == sorted(os.path.realpath(p) for p in both)


def test_the_fork_server_preloads_nothing_above_its_limit_or_without_a_root(tmp_path, monkeypatch):
    _write(tmp_path / "reports" / "kesehatan" / "_build" / "hasil-2025.json")
    zygote.preload_results("")
    monkeypatch.setattr(zygote, "RESULTS_MAX_BYTES", 10)
    zygote.preload_results(str(tmp_path))
    assert results._PRELOADED == {}
