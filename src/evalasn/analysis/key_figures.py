"""The key figures, declared once: each with the one function that computes it for a year.

The model stage computes the evaluated year's figures with these functions (through the
chapters' fuller records: `pelaksanaan.jp_20` carries `compliance.duty_share` as its
`keseluruhan`, `level2_pembelajaran.keseluruhan` is `learning.paired_change_clustered`), and the
trend computes every earlier year with the very same functions, so a year-on-year comparison
compares like with like: 20 JP over the duty group (PNS and ASN of unknown status, never PPPK),
the gain's interval clustered by activity, cost per point by the same bootstrap.

One entry per figure: its key in hasil.json (`tren[]`, `perbandingan_dinas[]`,
`perbandingan_provinsi.indikator[]`, config/target.yml), whether higher is better, whether it is
a proportion (0-1 in hasil.json, percent in targets and tables), and the top of its scale.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from evalasn.analysis.data import Data


def _module(name: str) -> Any:
    """An estimator module, imported when a figure is computed: the registry's names and rules are read by the
    report layer (the index on every `make reports`, even with nothing to build), which must not pay for
    scipy.stats (1.4 s of the 3.0 s no-change run, cProfile, issue 25)."""
    return importlib.import_module(f"evalasn.analysis.{name}")

# the columns of a scope's participations the per-year figures need (narrowed once: filtering wide
# frames with Arrow strings per year is what costs time at Jakarta scale)
PART_COLUMNS = ["pegawai_id", "dinas", "tahun_kegiatan", "jp", "nilai_pre", "nilai_post", "gain", "kegiatan_id",
                "biaya_per_peserta_rp"]


@dataclass(frozen=True)
class YearData:
    """What the key figures of one scope and year are computed from."""

    tahun: int
    per_asn: pd.DataFrame  # every ASN of the scope with the JP they completed in the year (compliance)
    in_year: pd.DataFrame  # the scope's participations in activities of the year
    anggaran: pd.DataFrame  # the scope's budget rows of the year
    # the scope's dinas without any activity or participation in the year, left out of per_asn
    tanpa_data: tuple[str, ...] = ()
    kegiatan: pd.DataFrame | None = None  # the scope's activities of the year (their budget: budget.cost_per_point)


def year_data(scope: Data, tahun: int, part: pd.DataFrame | None = None) -> YearData:
    """The inputs of one year's key figures; ``part`` = the scope's participations (all years),
    already narrowed when the caller loops over years."""
    compliance = _module("compliance")
    part = scope.partisipasi if part is None else part
    in_year = part[part["tahun_kegiatan"] == tahun]
    missing = compliance.without_activity_data(scope.staff(tahun), scope.kegiatan, in_year, tahun)
    staff = compliance.with_activity_data(scope.staff(tahun), missing)
    per_asn = compliance.jp_per_pegawai(staff, scope.staff_participations(tahun, in_year), tahun)
    return YearData(tahun, per_asn, in_year,
                    scope.anggaran[scope.anggaran["tahun"] == tahun], tuple(missing),
                    scope.kegiatan[scope.kegiatan["tahun"] == tahun] if "tahun" in scope.kegiatan else None)


def _realisation(year: YearData) -> float | None:
    row = next((r for r in _module("budget").realisation(year.anggaran) if r["tahun"] == year.tahun), None)
    return row["persen_realisasi"] if row else None


@dataclass(frozen=True)
class KeyFigure:
    """One key figure: where it lives, which way is better, and how it is computed for a year
    (None for the IKM: its yearly figure spans the year's surveys, analysis.trend)."""

    kunci: str
    higher_better: bool
    share: bool
    # the top of the scale of a figure counted over all persons (coverage: every ASN; 20 JP: every PNS) or all
    # money (realisation): a census, not a sample, so a target there (100%) is judged by the count, never by an
    # interval that cannot lie wholly at the top (report.facts.judge_values); None for sampled figures
    top_of_scale: float | None
    # (the year, the figures of the year computed before it in REGISTRY's order) -> the figure
    compute: Callable[[YearData, dict[str, Any]], Any] | None
    # a total of the year (persons trained, hours, money spent) that only grows until 31 December: before the year
    # ends its value is provisional and a target on it is neither met nor missed yet (report.facts.year_open; CHECK15
    # E15-6: "Target terlewat: 20 JP 44,1%" in a report dated 7 December). A mean of finished activities or
    # answers (gain, IKM, cost per point) is what it is on the day
    year_total: bool = False


REGISTRY: tuple[KeyFigure, ...] = (
    KeyFigure("cakupan_asn", True, True, 100.0,
              lambda year, _: _module("compliance").coverage(year.per_asn, year.tanpa_data), year_total=True),
    KeyFigure("jp_20", True, True, 100.0,
              lambda year, _: _module("compliance").duty_share(year.per_asn, year.tanpa_data), year_total=True),
    KeyFigure("gain", True, False, None, lambda year, _: _module("learning").paired_change_clustered(year.in_year)),
    KeyFigure("ikm", True, False, None, None),
    KeyFigure("persen_realisasi", True, False, 100.0, lambda year, _: _realisation(year), year_total=True),
    # the year's gain record (computed above it) decides whether there is a gain to divide by
    KeyFigure("biaya_per_poin", False, False, None,
              lambda year, done: _module("budget").cost_per_point_all(year.in_year, done["gain"], year.kegiatan)),
)
BY_KEY = {figure.kunci: figure for figure in REGISTRY}
KEYS = tuple(figure.kunci for figure in REGISTRY)
SHARES = tuple(figure.kunci for figure in REGISTRY if figure.share)
TOP_OF_SCALE = {figure.kunci: figure.top_of_scale for figure in REGISTRY if figure.top_of_scale is not None}
YEAR_TOTALS = tuple(figure.kunci for figure in REGISTRY if figure.year_total)
HIGHER_BETTER = {figure.kunci: figure.higher_better for figure in REGISTRY}


def for_year(year: YearData) -> dict[str, Any]:
    """Every computed key figure of one year (the IKM apart), by the registry's functions."""
    done: dict[str, Any] = {}
    for figure in REGISTRY:
        if figure.compute is not None:
            done[figure.kunci] = figure.compute(year, done)
    return done
