"""The order a batch hands its reports to the workers (evalasn.run.batch.longest_first): provinsi first, then the
larger results first, so the reports left for the end, while the other worker finishes, are the shortest."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from evalasn.paths import project
from evalasn.run import batch

SIZES = {"bina-marga": 130, "dispora": 84, "kesehatan": 330, "pendidikan": 590, "provinsi": 2100, "sosial": 111}


@pytest.mark.parametrize(("given", "expected"), [
    pytest.param(sorted(SIZES), ["provinsi", "pendidikan", "kesehatan", "bina-marga", "sosial", "dispora"],
                 id="alphabetical-to-largest-first"),
    pytest.param(["dispora", "sosial", "provinsi"], ["provinsi", "sosial", "dispora"], id="provinsi-first"),
    pytest.param(["kesehatan", "tanpa-hasil", "dispora"], ["kesehatan", "dispora", "tanpa-hasil"],
                 id="no-results-last"),
])
def test_reports_are_built_largest_results_first(tmp_path, monkeypatch, given, expected):
    paths = project(tmp_path)
    for slug, size in SIZES.items():
        paths.hasil(slug, 2025).parent.mkdir(parents=True, exist_ok=True)
        paths.hasil(slug, 2025).write_text("x" * size * 1000, encoding="utf-8")
    built: list[str] = []

    @contextmanager
    def session(renderer=None):
        yield None

    def build_one(root, job, renderer, code=None):
        built.append(job.slug)
        return batch.Outcome(job, True, 0.0)

    monkeypatch.setattr(batch, "worker_session", session)
    monkeypatch.setattr(batch, "build_one", build_one)
    jobs = [batch.Job(slug, "id", 2025) for slug in given]
    outcomes = batch.build_all(paths, jobs, workers=1, quiet=True, force=True)
    assert built == expected
    assert [o.job for o in outcomes] == jobs  # the outcomes in the order asked for


def test_languages_of_one_scope_keep_the_order_given(tmp_path):
    paths = project(tmp_path)
    paths.hasil("kesehatan", 2025).parent.mkdir(parents=True)
    paths.hasil("kesehatan", 2025).write_text("{}", encoding="utf-8")
    jobs = [batch.Job("kesehatan", bahasa, 2025) for bahasa in ("id", "en")]
    assert sorted(jobs, key=lambda job: batch.longest_first(paths, job)) == jobs
