"""Shared fixtures: a small synthetic project built once per test run (shared by the xdist workers).

``pipeline_root`` is a temporary project root holding a small synthetic sample (five dinas),
cleaned (stage 1) and modelled (stage 2) by the command line the Makefile calls (the stages'
notebooks run by papermill); tests that need reports build them from it. Nothing here touches
the repository's own data/ or reports/.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

from evalasn import sample

SMALL_DINAS = ("kesehatan", "sosial", "perhubungan", "dpmptsp", "kebudayaan")
# One fixed sample carries ~14 planted-effect interval checks at 95%, so some seeds miss one by
# chance (seed 2025 misses the budget slope by 0.004 points); the rates themselves are checked over
# many seeds in tests/integration/test_coverage.py (make test-slow).
SAMPLE_SEED = 2


# --- `make test` runs the suite on two workers (pytest-xdist, -n 2 --dist loadscope) -------------------
# A build that a module's tests share (a module- or session-scoped fixture) made on both workers would
# cost its CPU twice, so the tests are handed out in scopes: each integration module whole to one worker,
# the modules that read the session's built_reports (the whole road, the largest build) together to one
# worker, and each unit test on its own (their shared builds are small). xdist's loadgroup cannot do this
# here: it renames node ids through an attribute pytest 9 no longer reads (xdist 3.8's remote.py sets
# item._nodeid to add "@group"; pytest 9.2's Node.nodeid is str(self._id), so every test stays its own scope;
# checked 5 Dec 2026). pytest_xdist_make_scheduler is xdist's documented hook for a scheduler of one's own;
# the override of LoadScopeScheduling._split_scope is private, fenced by tests/unit/test_work_scopes.py.
BUILT_REPORTS_MODULES = ("tests/integration/test_formats.py", "tests/integration/test_pipeline.py",
                         "tests/integration/test_trust.py", "tests/integration/test_plan_published.py")


def work_scope(nodeid: str) -> str:
    """The scope a test is handed out in (one worker runs a scope's tests one after the other)."""
    module = nodeid.split("::", 1)[0]
    if module in BUILT_REPORTS_MODULES:
        return "built_reports"
    if module.startswith("tests/integration/") or shares_a_build(module):
        return module
    return nodeid


# a unit module's own fixture kept for the module or the session (the report contexts of the sample, its rendered
# chapters, a workbook): handed out whole, it is built on one worker, not on both (2-3 s of CPU each, 5 Dec 2026)
SHARED_BUILD = re.compile(r'scope="(module|session)"|^def test_\w+\([^)]*\bcontexts\b', re.M)


@functools.cache
def shares_a_build(module: str) -> bool:
    """Whether the tests of a unit module share a fixture built once per module or session (its own, or the unit
    conftest's ``contexts``)."""
    try:
        return bool(SHARED_BUILD.search((Path(__file__).parent.parent / module).read_text(encoding="utf-8")))
    except OSError:
        return False


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling  # type: ignore[import-untyped]

    class SharedBuildScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return work_scope(nodeid)

    return SharedBuildScheduling(config, log)


def pytest_collection_finish(session):
    """Each test process collects garbage as a batch worker does (evalasn.run.fastpath.garbage.settle): the ~200,000
    objects alive after collection (the test modules, pandas, matplotlib ...) frozen out of the collector's sight,
    young collections after 5,000 allocations instead of 700. Nothing a test checks depends on when a cycle is
    collected (an explicit gc.collect() still collects everything not frozen); with CPython's defaults the cycle
    collector walked those objects again and again. Thirteen unit modules (1,946 tests) in one process: 74.2 CPU-s,
    8.5 of them collecting (45 full collections); 68.6 CPU-s, 2.7 collecting, with this (gc.callbacks, 8 Dec 2026).
    EVALASN_FASTPATH=0 keeps CPython's defaults, as in the batch."""
    from evalasn.run.fastpath import garbage

    garbage.settle(worker=True)


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder ``build`` fills once per test run, shared by the xdist workers: the first worker that needs
    it builds it under a file lock in the run's common temporary folder, the others wait and read the
    same folder (read-only: tests that change it work on a copy). Without xdist: a folder of this session.
    A folder left half-built (its worker died) is built again."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name)
        build(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent / f"shared-{name}"  # the run's folder, above popen-gwN
    done = shared.parent / f"{shared.name}.done"  # beside it: copies of the folder carry no marker
    with FileLock(f"{shared}.lock"):
        if not done.exists():
            shutil.rmtree(shared, ignore_errors=True)
            shared.mkdir()
            build(shared)
            done.touch()
    return shared


def _write_sample(folder: Path) -> None:
    sample.generate(folder / "raw", n_pegawai=900, dinas=SMALL_DINAS, seed=SAMPLE_SEED, respondents_per_unit=12,
                    staff_per_unit=20)


def _clean_and_model(root: Path, raw: Path) -> None:
    """Stages 1 and 2 as the Makefile runs them (the command line, each stage's notebook run by papermill): the
    integration tests' whole road (built_reports) starts from this build instead of running them a second time,
    and test_trust's test_two_builds_give_the_same_bytes compares it with the stages run in-process."""
    from tests.integration.helpers import cli

    shutil.copytree(raw, root / "data" / "raw")
    cli(root, "clean")
    cli(root, "model")


def folder_listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*"))}


def assert_unchanged(folder: Path, before: dict[str, tuple[int, int]]) -> None:
    """Fails the session if a test changed a folder the workers share (each must work on a copy)."""
    after = folder_listing(folder)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"a test changed the shared {folder}: {changed[:10]}"


@pytest.fixture(scope="session")
def sample_raw(tmp_path_factory):
    """A small synthetic raw data set (CSV files) in a folder of its own (one per run: read it or copy it)."""
    raw = built_once(tmp_path_factory, "sampel", _write_sample) / "raw"
    before = folder_listing(raw)
    yield raw
    assert_unchanged(raw, before)


@pytest.fixture(scope="session")
def pipeline_root(tmp_path_factory, sample_raw):
    """A project root whose data/raw holds the small sample, cleaned and modelled (one per run, shared by the
    xdist workers: read it or copy it, never change it)."""
    root = built_once(tmp_path_factory, "proyek", lambda folder: _clean_and_model(folder, sample_raw))
    before = folder_listing(root)
    yield root
    assert_unchanged(root, before)


@pytest.fixture
def fresh_root(tmp_path, sample_raw):
    """A new project root with a copy of the small sample in data/raw (nothing built)."""
    shutil.copytree(sample_raw, tmp_path / "data" / "raw")
    return tmp_path


@pytest.fixture(autouse=True)
def _close_pyplot_figures():
    """Figures a test made through pyplot closed after it: pyplot keeps them open, and a worker that ran many
    figure tests warned that more than 20 were open."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
