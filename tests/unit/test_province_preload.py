"""The province's context and plans made once by the kernels' fork server (report.context.preload_province,
zygote.preload_provinces): every agency kernel links its plan to the province's plan and rebuilds last year's plan
from last year's province plan (CHECK12 C12-13). A kernel takes what the server made only while every file it was
made from is unchanged, the configuration equal and the day the same; it then issues the same plans."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import replace

import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import context
from evalasn.report.chapters import followup, province_rows
from evalasn.report.config import load_report_config
from evalasn.run.fastpath import zygote

AGENCY = "kesehatan"


@pytest.fixture(autouse=True)
def _empty(monkeypatch):
    monkeypatch.setattr(context, "_PRELOADED", {})
    monkeypatch.setattr(context, "_PROVINCES", {})


@pytest.fixture
def root(pipeline_root, tmp_path):
    """The results of the modelled sample (both years, every scope) in a project of its own, to change."""
    for found in (pipeline_root / "reports").glob("*/_build/hasil-*.json"):
        target = tmp_path / found.relative_to(pipeline_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(found, target)
    return tmp_path


def _year(root) -> int:
    return int(next((root / "reports" / PROVINCE_SLUG / "_build").glob("hasil-????.json")).stem[-4:])


def _kernel_context(root, bahasa: str = "id", built: dt.datetime | None = None) -> context.Context:
    """An agency report's plan context as its kernel makes it (a configuration of its own, the process's province
    cache empty)."""
    context._PROVINCES.clear()
    paths = project(root)
    return context.follow_up_context(paths, results.read(paths.hasil(AGENCY, _year(root))), bahasa,
                                     context.load_report_config(paths), built)


def _issued(ctx: context.Context) -> tuple:
    return tuple(followup.issued(ctx)), tuple(province_rows.last_year(ctx))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_a_kernel_takes_the_province_and_its_plans_and_issues_the_same_plans(root, bahasa):
    zygote.preload_provinces(str(root), f"{_year(root)}:{bahasa}")
    made = context._PRELOADED[(os.path.realpath(project(root).hasil(PROVINCE_SLUG, _year(root))), bahasa)][1]
    assert "plan" in made.memo and made.year_before is not None and "plan" in made.year_before.memo
    ctx = _kernel_context(root, bahasa)
    assert ctx.province_ctx is not None and ctx.province_ctx.memo is made.memo  # taken, plans and all
    before = ctx.province_ctx.year_before
    assert before is not None and before.memo is made.year_before.memo
    assert ctx.province_ctx.built == ctx.built  # dated by the kernel's own clock
    assert context._PRELOADED == {}  # taken once
    taken = _issued(ctx)
    assert _issued(_kernel_context(root, bahasa)) == taken  # made again, as without the server


def _touch(root, relative: str) -> None:
    found = root / relative.format(tahun=_year(root))
    os.utime(found, ns=(found.stat().st_atime_ns, found.stat().st_mtime_ns + 10**9))


CHANGES = {
    "province-results": lambda root: _touch(root, "reports/provinsi/_build/hasil-{tahun}.json"),
    "a-dinas-results": lambda root: _touch(root, "reports/sosial/_build/hasil-{tahun}.json"),
    "last-year-province": lambda root: _touch(root, "reports/provinsi/_build/hasil-{tahun}-tahun-lalu.json"),
    "last-year-dinas": lambda root: _touch(root, "reports/sosial/_build/hasil-{tahun}-tahun-lalu.json"),
    "targets-of-the-project": lambda root: shutil.copy(context.config_file(project(root), context.TARGET_FILE),
                                                       (root / "config").mkdir() or root / "config" / "target.yml"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_kernel_makes_the_province_again_when_a_file_changed(root, change):
    zygote.preload_provinces(str(root), f"{_year(root)}:id")
    CHANGES[change](root)
    ctx = _kernel_context(root)
    assert ctx.province_ctx is not None and "plan" not in ctx.province_ctx.memo


@pytest.mark.parametrize("other", ["language", "configuration", "day"])
def test_a_kernel_makes_the_province_again_for_another_language_configuration_or_day(root, other, monkeypatch):
    zygote.preload_provinces(str(root), f"{_year(root)}:id")
    paths = project(root)
    made = next(iter(context._PRELOADED.values()))[1]
    if other == "configuration":
        changed = replace(load_report_config(paths), tempat="Bogor")
        monkeypatch.setattr(context, "load_report_config", lambda _paths: changed)
    ctx = _kernel_context(root, "en" if other == "language" else "id",
                          made.built + dt.timedelta(days=1) if other == "day" else None)
    assert ctx.province_ctx is not None and "plan" not in ctx.province_ctx.memo


def test_the_server_is_given_each_year_and_language_once(monkeypatch):
    started = {}

    class Popen:
        def __init__(self, cmd, env, **kwargs):
            started.update(env)

    monkeypatch.setattr(zygote.subprocess, "Popen", Popen)
    zygote._start_server(None, "/project", [(2025, "id"), (2025, "en"), (2025, "id")])
    assert started[zygote.RESULTS_ENV] == "/project" and started[zygote.PROVINCES_ENV] == "2025:en,2025:id"


def test_nothing_is_made_without_a_root_a_request_or_the_provinces_results(tmp_path):
    zygote.preload_provinces("", "2025:id")
    zygote.preload_provinces(str(tmp_path), "")
    zygote.preload_provinces(str(tmp_path), "2025:id")
    assert context._PRELOADED == {}
