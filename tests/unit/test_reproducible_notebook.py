"""Two executions of one notebook with the same inputs give the same executed-notebook bytes when
SOURCE_DATE_EPOCH is set (issue 21.7): papermill's times and durations, the kernel's times, the working
folder in the output path and the random id of the parameters cell papermill adds are all fixed."""

from __future__ import annotations

import nbformat
import papermill
import pytest

from evalasn.run import timestamps


def _executed_twice_by_papermill_and_fixed(tmp_path) -> list[bytes]:
    """papermill's own parameter injection (no kernel: the cells are not run) twice, then remove_clock."""
    source = nbformat.v4.new_notebook()
    source.cells = [nbformat.v4.new_code_cell("tahun = 0", metadata={"tags": ["parameters"]}),
                    nbformat.v4.new_code_cell("print(tahun)")]
    for index, cell in enumerate(source.cells):
        cell["id"] = str(index)
    path = tmp_path / "sumber.ipynb"
    nbformat.write(source, str(path))
    written = []
    for run in ("a", "b"):
        output = tmp_path / f"kerja-{run}" / "hasil.ipynb"
        output.parent.mkdir()
        papermill.execute_notebook(str(path), str(output), parameters={"tahun": 2025}, prepare_only=True,
                                   kernel_name="python3", language="python", progress_bar=False)
        timestamps.remove_clock(output, tmp_path / "notebook.ipynb")
        written.append(output.read_bytes())
    return written


def test_the_same_run_twice_gives_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    first, second = _executed_twice_by_papermill_and_fixed(tmp_path)
    assert first == second
    injected = [cell for cell in nbformat.reads(first.decode(), as_version=4).cells
                if "injected-parameters" in cell.metadata.get("tags", [])]
    assert [cell["id"] for cell in injected] == [timestamps.INJECTED_CELL_ID]


def test_without_source_date_epoch_the_notebook_is_left_as_papermill_wrote_it(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = _executed_twice_by_papermill_and_fixed(tmp_path)
    assert first != second  # papermill's random cell id and its output path: the build's own record


@pytest.fixture(autouse=True)
def _quiet_papermill_logs(caplog):
    caplog.set_level("WARNING", logger="papermill")
