"""Outputs that no longer match the data are removed, so nothing stale is ever shown.

A hasil file (the model's, and the copy published with the reports built from it) records the data it
was computed from. After the
data change (other raw files, the sample instead of own data or back, another mapping), every
output of the old data is removed; so is every output of a dinas no longer in the data. The follow-up plan a
removed report published is kept first (report.published_plan.keep), that of a dinas leaving the data too
(docs/siklus-tahunan.md step 5: a signed plan is a commitment, not an output of the data; next year's province report
says the plan cannot be judged, CHECK14 E14-1): next year's review judges the plan as signed. The
indexes that exist are rewritten so they list only what is left; one with no report left in its language is
removed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from evalasn import constants, registry
from evalasn.analysis.contract.provenance import source_key
from evalasn.paths import ProjectPaths
from evalasn.report import published_plan

LEGACY = ("hasil.json", "laporan-{slug}.html", "laporan-{slug}.pdf", "laporan-{slug}.en.html",
          "laporan-{slug}.en.pdf", "notebook-{slug}.ipynb", "notebook-{slug}.en.ipynb")  # names before the year


def prune(paths: ProjectPaths) -> list[Path]:
    """Remove every output not computed from the data now in data/processed/; returns what went."""
    if not paths.provenance.exists() or not paths.reports.is_dir():
        return []
    current = json.loads(paths.provenance.read_text(encoding="utf-8"))
    key = source_key(current)
    scopes = set(current.get("dinas", [])) | {registry.PROVINCE_SLUG}
    removed: list[Path] = []
    for folder in sorted(p for p in paths.reports.iterdir() if p.is_dir()):
        slug = folder.name
        if not registry.is_valid_slug(slug):
            continue  # not a report folder (periksa, templat, _notebook)
        if slug not in scopes:
            removed += _leave(paths, folder)
            continue
        for year in sorted(set(paths.hasil_years(slug)) | set(paths.report_hasil_years(slug))):
            # the model's results and a report set are judged each by the results they hold (a set of
            # an older version, without its results, by the model's)
            model = paths.model_outputs(slug, year)
            published = paths.report_hasil(slug, year)
            old_set = _source_of(published if published.exists() else paths.hasil(slug, year)) != key
            if old_set:  # its follow-up plan is a signed commitment next year's review judges: kept first
                published_plan.keep(paths, slug, year)
            stale = [*(model if model and _source_of(model[0]) != key else []),
                     *(paths.report_set_of_year(slug, year) if old_set else [])]
            for path in stale:
                path.unlink(missing_ok=True)
                removed.append(path)
        for name in LEGACY:
            path = folder / name.format(slug=slug)
            if path.exists():
                path.unlink()
                removed.append(path)
    if removed:
        # imported here: the index pulls in the report code and pandas, which a clean or model run otherwise
        # does not load in this process (0,5 s of CPU per command)
        from evalasn.report.formats.index import write_index

        for lang in constants.LANGUAGES:  # an index left with no report in its language goes too (write_index)
            index = paths.index(lang)
            if index.exists() and write_index(paths, lang) is None:
                removed.append(index)
    return removed


def _leave(paths: ProjectPaths, folder: Path) -> list[Path]:
    """A dinas no longer in the data: every output goes (none is left to look current, and with no results the index
    lists none), its published plans stay, kept first; the folder goes when no plan is left in it."""
    slug = folder.name
    for year in paths.report_hasil_years(slug):
        published_plan.keep(paths, slug, year)
    plans = {paths.kept_plan(slug, year) for year in published_plan.kept_years(paths, slug)}
    if not plans:
        shutil.rmtree(folder)
        return [folder]
    removed = []
    for path in sorted(folder.iterdir()):
        if path in plans:
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        removed.append(path)
    return removed


def _source_of(path: Path):
    try:
        return source_key(json.loads(path.read_text(encoding="utf-8")).get("provenans", {}).get("data", {}))
    except (OSError, ValueError, KeyError, TypeError):
        return None
