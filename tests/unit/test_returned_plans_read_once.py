"""The returned follow-up plans (processed table tindak_lanjut) read once per report context and once per index
(report.context.returned_plans): the province report read the table twice for each dinas (issue 25)."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import context
from evalasn.report.chapters import sections

RETURNED = pd.DataFrame({"dinas": ["kesehatan", "kesehatan", "sosial"], "tahun": [2024, 2023, 2024],
                         "id": ["kesehatan-2024-JP20", "kesehatan-2023-JP20", "sosial-2024-U3"]})


@pytest.mark.parametrize("table", [
    pytest.param(None, id="no-table"),
    pytest.param(RETURNED.iloc[0:0], id="empty-table"),
    pytest.param(RETURNED, id="rows"),
])
@pytest.mark.parametrize(("slug", "tahun"), [("kesehatan", 2024), ("sosial", 2023), ("kesehatan", 2022)])
def test_the_table_read_once_gives_what_reading_it_gives(tmp_path, table, slug, tahun):
    paths = project(tmp_path)
    if table is not None:
        paths.table("tindak_lanjut").parent.mkdir(parents=True, exist_ok=True)
        table.to_parquet(paths.table("tindak_lanjut"))
    returned = context.returned_plans(paths)
    read_each_time = context.signed_plan(paths, slug, tahun)
    pd.testing.assert_frame_equal(context.signed_plan(paths, slug, tahun, returned), read_each_time)
    assert context.returned_any(paths, tahun, returned) is context.returned_any(paths, tahun)
    assert list(read_each_time.columns) == ([] if table is None else list(RETURNED.columns))


def test_the_province_context_reads_the_table_once(pipeline_root, monkeypatch):
    paths = project(pipeline_root)
    reads: list[object] = []
    reading = context.returned_plans
    def counted(paths_read):
        reads.append(paths_read)
        return reading(paths_read)

    monkeypatch.setattr(context, "returned_plans", counted)
    ctx = sections.load_context(PROVINCE_SLUG, "id", paths)
    assert ctx.agencies and len(reads) == 1
