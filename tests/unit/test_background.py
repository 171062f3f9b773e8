"""The model stage's two years side by side (evalasn.analysis.background): last year's results computed in
a forked process give the same bytes as computed in this one, and the child's errors reach the caller."""

from __future__ import annotations

import os
import shutil

import pytest

from evalasn.analysis import background, model
from evalasn.paths import project

needs_fork = pytest.mark.skipif(not background.forking_available(), reason="no fork or one CPU")


@needs_fork
def test_the_task_runs_in_another_process():
    assert background.beside(os.getpid)() != os.getpid()


@needs_fork
def test_the_childs_error_reaches_the_caller():
    def fails() -> None:
        raise ValueError("rusak di proses anak")

    result = background.beside(fails)
    with pytest.raises(ValueError, match="rusak di proses anak"):
        result()


def test_without_fork_the_task_runs_here_when_asked(monkeypatch):
    monkeypatch.setattr(background, "forking_available", lambda: False)
    ran: list[int] = []

    def task() -> int:
        ran.append(os.getpid())
        return len(ran)

    result = background.beside(task)
    assert ran == []  # nothing before the result is asked for
    assert result() == 1 and ran == [os.getpid()]


@pytest.mark.slow  # a second model run of the sample (10-30 s); checked at Jakarta scale when this was written
@needs_fork
def test_model_results_are_the_same_bytes_with_last_year_computed_beside(pipeline_root, tmp_path, monkeypatch):
    """pipeline_root was modelled with last year in a forked child; here both years in this process."""
    shutil.copytree(project(pipeline_root).processed, project(tmp_path).processed)
    monkeypatch.setattr(background, "forking_available", lambda: False)
    model.run(project(tmp_path))

    def written(root) -> dict[str, bytes]:
        return {str(path.relative_to(root)): path.read_bytes() for path in root.glob("reports/*/_build/hasil-*.json")}

    here, beside = written(tmp_path), written(pipeline_root)
    assert any(name.endswith("-tahun-lalu.json") for name in here), "the sample has the year before"
    assert here.keys() == beside.keys()
    for name, content in here.items():
        assert content == beside[name], name
