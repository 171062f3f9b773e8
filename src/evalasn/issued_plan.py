"""Where a follow-up plan of a year is kept as published, readable by every layer (no report code): the results a
report published (reports/<slug>/hasil-<tahun>.json, ``rencana_tindak_lanjut``), then the record kept when those were
pruned because the data changed (reports/<slug>/rencana-terbit-<tahun>.json). report.published_plan judges last
year's plan from them; ingest.plan_ids checks a returned sheet's ids against them when that year's workbook is gone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evalasn.paths import ProjectPaths

ROWS = "rencana_tindak_lanjut"


def rows_of(path: Path, tahun: int) -> tuple[dict[str, Any], ...] | None:
    """The plan rows a published file holds for ``tahun``; None when it holds none (a file of another year, one
    published before the plan was written into the results, or not JSON)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("tahun") != tahun or not isinstance(data.get(ROWS), list):
        return None
    return tuple(data[ROWS])


def files(paths: ProjectPaths, slug: str, tahun: int) -> tuple[Path, Path]:
    """Where ``slug``'s plan of ``tahun`` is read, in order: the published results, then the kept record."""
    return paths.report_hasil(slug, tahun), paths.kept_plan(slug, tahun)


def read(paths: ProjectPaths, slug: str, tahun: int) -> tuple[tuple[dict[str, Any], ...], Path] | None:
    """``slug``'s plan rows of ``tahun`` as published, with the file they were read from; None without a record."""
    for path in files(paths, slug, tahun):
        if path.is_file() and (rows := rows_of(path, tahun)) is not None:
            return rows, path
    return None
