"""Last year's follow-up plan as it was published (issue 22.4, docs/siklus-tahunan.md): the records a report of that
year wrote into the results it published (reports/<slug>/hasil-<tahun>.json, ``rencana_tindak_lanjut``), which
next year's review judges by id (report.chapters.followup_review).

When the data change, the outputs of the old data are removed (run.outputs.prune), that results file with them;
its plan is kept first in reports/<slug>/rencana-terbit-<tahun>.json (``keep``): the plan is a commitment the
agency signed, not an output of the data, and adding next year's exports must not erase it. ``read`` takes the
published results while they are there, else the kept record; neither (the first year, ``make clean``, a report
never built) leaves the review to the regenerated plan, which it says.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from evalasn import issued_plan
from evalasn.analysis.contract import FollowUpRow
from evalasn.files import write_atomically
from evalasn.paths import ProjectPaths

ROWS = issued_plan.ROWS


@dataclass(frozen=True)
class PublishedPlan:
    """The follow-up plan of ``tahun`` as published: its rows and the file they were read from (its name, as the
    report names it)."""

    tahun: int
    rows: tuple[FollowUpRow, ...]
    source: str


def _rows_of(path: Path, tahun: int) -> tuple[FollowUpRow, ...] | None:
    """The plan rows a published file holds for ``tahun`` (issued_plan.rows_of, typed as the contract's)."""
    return cast(tuple[FollowUpRow, ...] | None, issued_plan.rows_of(path, tahun))


def files(paths: ProjectPaths, slug: str, tahun: int) -> tuple[Path, Path]:
    """Where ``slug``'s plan of ``tahun`` is read, in order: the published results, then the kept record."""
    return issued_plan.files(paths, slug, tahun)


def read(paths: ProjectPaths, slug: str, tahun: int) -> PublishedPlan | None:
    """``slug``'s follow-up plan of ``tahun`` as its report published it; None when no record of it exists."""
    found = issued_plan.read(paths, slug, tahun)
    return PublishedPlan(tahun, cast(tuple[FollowUpRow, ...], found[0]), found[1].name) if found else None


def keep(paths: ProjectPaths, slug: str, tahun: int) -> Path | None:
    """Before the published results of ``tahun`` are removed, their plan rows in the kept record (with the data they
    were computed from, so a reader can tell); returns the record written, None when there was no plan to keep."""
    published = paths.report_hasil(slug, tahun)
    rows = _rows_of(published, tahun) if published.is_file() else None
    if rows is None:
        return None
    data = json.loads(published.read_text(encoding="utf-8"))
    record = {"tahun": tahun, "cakupan": data.get("cakupan"), "terbit_dalam": published.name,
              "data": (data.get("provenans") or {}).get("data"), ROWS: list(rows)}
    target = paths.kept_plan(slug, tahun)
    write_atomically(target, json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
    return target


def kept_years(paths: ProjectPaths, slug: str) -> list[int]:
    """The years whose published plan ``slug``'s folder keeps (reports/<slug>/rencana-terbit-<tahun>.json)."""
    folder = paths.report_dir(slug)
    if not folder.is_dir():
        return []
    return sorted(int(path.stem.rsplit("-", 1)[1]) for path in folder.glob("rencana-terbit-*.json")
                  if path.stem.rsplit("-", 1)[1].isdigit())


def left_the_data(paths: ProjectPaths, hasil: Mapping[str, Any]) -> dict[str, PublishedPlan]:
    """The dinas a province's data of ``hasil``'s year no longer hold (``data.dinas_tanpa_data``) whose plan of the
    year before was published: they had data that year (CHECK14 E14-1). {} for a dinas's results."""
    if (hasil.get("cakupan") or {}).get("jenis") != "provinsi":
        return {}
    before = hasil["tahun"] - 1
    found = {slug: read(paths, slug, before) for slug in (hasil.get("data") or {}).get("dinas_tanpa_data") or []}
    return {slug: plan for slug, plan in found.items() if plan is not None}
