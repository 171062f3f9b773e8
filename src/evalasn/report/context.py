"""What a report is built from: its hasil.json, language, per-activity aggregates, quality log,
build time and the report configuration (cover, signatory, targets). The data side of the report
stage; the chapters (report.chapters) and their rules (report.chapters.rules) read it."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

import pandas as pd

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.clock import build_time
from evalasn.errors import StaleResultsError
from evalasn.paths import ProjectPaths, project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import published_plan
from evalasn.report.cells import display_html
from evalasn.report.config import (
    LAPORAN_FILE,
    TARGET_FILE,
    ReportConfig,
    Target,
    config_file,
    load_report_config,
    load_targets,
)
from evalasn.report.published_plan import PublishedPlan
from evalasn.report.words import fmt, names
from evalasn.report.words.indicators import indicator_name  # noqa: F401  (notebooks import it from here)
from evalasn.report.words.text import label, t


@dataclass
class Context:
    """What a report needs: its results, its language, the per-activity figures for the budget
    scatter, the data-quality log, and the build date (shown only on the cover and annex)."""

    hasil: Hasil
    lang: str
    activities: pd.DataFrame
    quality_log: list[dict] = field(default_factory=list)
    built: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    config: ReportConfig | None = None  # config/laporan.yml
    targets: dict[str, Target] = field(default_factory=dict)  # config/target.yml for this scope and year
    config_files: tuple[Path, ...] = ()  # the configuration files read (named in the technical annex)
    # last year's results, computed by this year's model stage from the same data (None without that year):
    # last year's follow-up plan is regenerated from them and judged (report.chapters.followup_review)
    previous: Hasil | None = None
    previous_targets: dict[str, Target] = field(default_factory=dict)  # config/target.yml for last year
    # last year's follow-up plan as its report published it (report.published_plan; None when no record of it
    # exists): the review judges these rows, by id, and regenerates the plan only without them
    published: PublishedPlan | None = None
    # the agency's signed plan of last year as returned (processed table tindak_lanjut), this scope's rows
    signed: pd.DataFrame = field(default_factory=pd.DataFrame)
    # whether any dinas returned its signed plan of last year (then one that did not is on the attention list)
    returned_any: bool = False
    # the province report: every dinas's report context for the follow-up review (this year's and last
    # year's results of the same model run, last year's targets, its signed plan)
    agencies: dict[str, Context] = field(default_factory=dict)
    # the province report: this year's results of every dinas, where a row of last year's plan written for some
    # dinas (a stop-or-redesign row) is measured again (report.chapters.followup_measure.measure)
    dinas_results: dict[str, Hasil] = field(default_factory=dict)
    # the province report: each dinas's targets of the year (config/target.yml), as its own report reads them: its
    # plan, which the province's rows link to, is made with them (report.chapters.province_rows)
    dinas_targets: dict[str, dict[str, Target]] = field(default_factory=dict)
    # a dinas report: the province's context (its results of the same model run, targets, every dinas's results; None in
    # the province report or without them): the province plan's rows each dinas carries out
    # (report.chapters.province_rows) and the province's answer the dinas's recommendations quote
    # (method_choice.method_scope)
    province_ctx: Context | None = None
    # a dinas report's province context: the province's context of the year before (its results, targets and every
    # dinas's results of that year, from this year's model stage), so that the dinas's plan of last year, made again,
    # has the rows last year's province plan gave it (report.chapters.province_rows.last_year; CHECK12 C12-13)
    year_before: Context | None = None
    # the province report: each dinas the data no longer hold whose plan of last year was published (its record kept
    # when it left: run.outputs.prune), by slug; BAB I and BAB X say it had data last year and its plan cannot be
    # judged (report.published_plan.left_the_data; CHECK14 E14-1)
    left: dict[str, PublishedPlan] = field(default_factory=dict)
    # config/target.yml for each earlier year of the trend (hasil.json `tren`): the trend chart draws a configured
    # target in the years it applies to, at that year's number (LOOK17 S-4); a year not here gets no line
    year_targets: dict[int, dict[str, Target]] = field(default_factory=dict)
    # what is computed once per context (the province's plan, report.chapters.province_rows.province_plan)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def province_results(self) -> Hasil | None:
        return self.province_ctx.hasil if self.province_ctx is not None else None

    @property
    def dated(self) -> dt.date:
        """The report's date (cover, signature, the plan's first quarter): config/laporan.yml's tanggal, else the
        build date."""
        return self.config.tanggal if self.config and self.config.tanggal else self.built.date()

    @property
    def province(self) -> bool:
        return self.hasil["cakupan"]["slug"] == PROVINCE_SLUG

    def t(self, key: str, **values) -> str:
        return t(key, self.lang, **values)

    def label(self, key: str, **values) -> str:
        return label(key, self.lang, **values)

    def num(self, value, decimals: int = 1) -> str:
        return fmt.number(value, decimals, self.lang)

    def money(self, value) -> str:
        return fmt.rupiah(value, self.lang)


def load_context(slug: str, bahasa: str = "id", paths: ProjectPaths | None = None, tahun: int = 0,
                 built: dt.datetime | None = None) -> Context:
    """Read hasil.json of ``slug``, the activity aggregates and the quality log. ``tahun`` (0 =
    any) must be the year the results were computed for. The build time is now, or
    $SOURCE_DATE_EPOCH when set (reproducible builds)."""
    paths = paths or project()
    if tahun and not paths.hasil(slug, tahun).exists():
        raise StaleResultsError(f"belum ada hasil {slug} untuk tahun {tahun}; jalankan make report DINAS={slug} "
                                f"TAHUN={tahun} agar tahap model dijalankan untuk tahun itu")
    hasil = results.read(paths.hasil(slug, tahun))
    if tahun and hasil["tahun"] != tahun:
        raise StaleResultsError(f"hasil.json {slug} dihitung untuk tahun {hasil['tahun']}, bukan {tahun}; jalankan "
                         f"make report DINAS={slug} TAHUN={tahun} agar tahap model dijalankan ulang")
    if bahasa != "id":  # every chapter names the scope in the report's language (words/names.py), a long English
        # name by its short form (names.running_text_name; the cover and the Kata Pengantar give the full one)
        cakupan = {**hasil["cakupan"], "nama": names.running_text_name(slug, hasil["cakupan"]["nama"], bahasa)}
        hasil = cast(Hasil, {**hasil, "cakupan": cakupan})
    activities = activity_gains(paths, slug, hasil["tahun"])
    log = json.loads(paths.quality_log.read_text(encoding="utf-8")) if paths.quality_log.exists() else []
    report_config = load_report_config(paths)
    targets = load_targets(paths, slug, hasil["tahun"])
    files = (config_file(paths, LAPORAN_FILE), config_file(paths, TARGET_FILE))
    before = paths.hasil_previous(slug, hasil["tahun"])
    previous = results.read(before) if before.exists() else None
    previous_targets = load_targets(paths, slug, hasil["tahun"] - 1) if previous else {}
    returned = returned_plans(paths)  # read once: the province report asks for each dinas
    # every dinas's results, in the province report: its plan names the dinas whose weak element a row is about
    # (report.chapters.plan_owners.element_owner), with or without last year's plan to judge
    of_dinas = dinas_results(paths, hasil) if slug == PROVINCE_SLUG else {}
    agencies = agency_contexts(paths, hasil, of_dinas, bahasa, report_config, returned) if previous is not None else {}
    return Context(hasil, bahasa, activities, log, built or build_time(), report_config, targets, files, previous,
                   previous_targets, published_plan.read(paths, slug, hasil["tahun"] - 1) if previous else None,
                   signed_plan(paths, slug, hasil["tahun"] - 1, returned),
                   returned_any(paths, hasil["tahun"] - 1, returned), agencies, of_dinas,
                   dinas_targets=targets_of(paths, of_dinas),
                   province_ctx=province_context(paths, hasil, bahasa, report_config, built),
                   left=published_plan.left_the_data(paths, hasil),
                   year_targets={year["tahun"]: load_targets(paths, slug, year["tahun"])
                                 for year in hasil.get("tren") or [] if year["tahun"] != hasil["tahun"]})


def agency_contexts(paths: ProjectPaths, hasil: Hasil, of_dinas: dict[str, Hasil], bahasa: str,
                    config: ReportConfig | None = None, returned: pd.DataFrame | None = None) -> dict[str, Context]:
    """The province report's review context of each dinas with last year's results (Context.agencies)."""
    returned = returned_plans(paths) if returned is None else returned
    return {dinas: follow_up_context(paths, result, bahasa, config, returned=returned)
            for dinas, result in of_dinas.items() if paths.hasil_previous(dinas, hasil["tahun"]).exists()}


def targets_of(paths: ProjectPaths, of_dinas: dict[str, Hasil]) -> dict[str, dict[str, Target]]:
    """Each dinas's targets of its results' year (config/target.yml), as its own report reads them."""
    return {slug: load_targets(paths, slug, result["tahun"]) for slug, result in of_dinas.items()}


def province_context(paths: ProjectPaths, hasil: Hasil, bahasa: str, config: ReportConfig | None = None,
                     built: dt.datetime | None = None) -> Context | None:
    """The province's context for a dinas report of ``hasil``'s year (the model stage writes every scope at once):
    its results named in ``bahasa``, its targets, every dinas's results and targets; None in the province report or
    when its results are missing."""
    tahun = hasil["tahun"]
    found = paths.hasil(PROVINCE_SLUG, tahun)
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG or not found.exists():
        return None
    # one per results file, language and configuration in a process (the index and the province's review of each
    # dinas would read every dinas's results once per dinas)
    targets = config_file(paths, TARGET_FILE)
    key = (str(found), found.stat().st_mtime_ns, bahasa, id(config), targets.stat().st_mtime_ns if targets.exists()
           else 0)
    if key not in _PROVINCES:
        _PROVINCES.clear()
        _PROVINCES[key] = _preloaded(paths, found, bahasa, config, built) or _province_context(paths, found, tahun,
                                                                                               bahasa, config, built)
    return _PROVINCES[key]


_PROVINCES: dict[tuple, Context] = {}
# the province's contexts made by the kernels' fork server before it forks (preload_province): (file, language) ->
# (the state of every file each was made from, the context with its plans of the year and the year before)
_PRELOADED: dict[tuple[str, str], tuple[tuple, Context]] = {}


def preload_province(paths: ProjectPaths, tahun: int, bahasa: str) -> Context | None:
    """The province's context of ``tahun`` in ``bahasa`` made now (province_context, with its year before), for the
    processes this one forks next (run.fastpath.zygote.preload_provinces, which also makes its plans): a forked
    report kernel takes it while every file it was made from has the same size and modification time, its
    configuration is equal and it is dated the same day; None without the province's results."""
    found = paths.hasil(PROVINCE_SLUG, tahun)
    if not found.exists():
        return None
    made = _province_context(paths, found, tahun, bahasa, load_report_config(paths), None)
    _PRELOADED[(os.path.realpath(found), bahasa)] = (_sources(paths, made), made)
    return made


def _preloaded(paths: ProjectPaths, found: Path, bahasa: str, config: ReportConfig | None,
               built: dt.datetime | None) -> Context | None:
    """The context preload_province made of ``found`` in ``bahasa`` (taken once), dated ``built`` (else now), when
    province_context would make the same from the files now: None otherwise."""
    kept = _PRELOADED.pop((os.path.realpath(found), bahasa), None)
    if kept is None:
        return None
    sources, made = kept
    config = config or load_report_config(paths)
    built = built or build_time()
    if made.config != config or made.dated != (config.tanggal or built.date()) or _sources(paths, made) != sources:
        return None
    # the plans kept on it (memo) were made for the same day; the moment is this process's, as it would make it
    before = replace(made.year_before, built=built) if made.year_before is not None else None
    return replace(made, built=built, year_before=before)


def _sources(paths: ProjectPaths, province: Context) -> tuple:
    """Size and modification time (None when missing) of every file province_context reads for ``province``: the
    results of the province and of each of its dinas, of its year and of the year before, and the targets."""
    tahun = province.hasil["tahun"]
    files = [paths.hasil(PROVINCE_SLUG, tahun), paths.hasil_previous(PROVINCE_SLUG, tahun),
             paths.root / "config" / TARGET_FILE, config_file(paths, TARGET_FILE)]
    files += [paths.hasil(dinas, tahun) for dinas in province.hasil["data"]["dinas_dengan_data"]]
    if province.year_before is not None:
        before = province.year_before.hasil["data"]["dinas_dengan_data"]
        files += [paths.hasil_previous(dinas, tahun) for dinas in before]
    return tuple((str(path), *_stamp(path)) for path in files)


def _stamp(path: Path) -> tuple[int | None, int | None]:
    try:
        found = path.stat()
    except OSError:
        return None, None
    return found.st_mtime_ns, found.st_size


def _province_context(paths: ProjectPaths, found: Path, tahun: int, bahasa: str, config: ReportConfig | None,
                      built: dt.datetime | None) -> Context:
    province = results.read(found)
    if bahasa != "id":
        province = cast(Hasil, {**province, "cakupan": {**province["cakupan"], "nama": names.scope_name(
            PROVINCE_SLUG, province["cakupan"]["nama"], bahasa)}})
    of_dinas = dinas_results(paths, province)
    config = config or load_report_config(paths)
    return Context(province, bahasa, pd.DataFrame(), built=built or build_time(), config=config,
                   targets=load_targets(paths, PROVINCE_SLUG, tahun), dinas_results=of_dinas,
                   dinas_targets=targets_of(paths, of_dinas), year_before=_year_before(paths, tahun, bahasa, config,
                                                                                      built))


def _year_before(paths: ProjectPaths, tahun: int, bahasa: str, config: ReportConfig,
                 built: dt.datetime | None) -> Context | None:
    """The province's context of the year before ``tahun`` as that year's build made it (province_context), from the
    results this year's model stage computed for it (hasil-<tahun>-tahun-lalu.json of the province and of every dinas)
    and that year's targets; None without the province's."""
    found = paths.hasil_previous(PROVINCE_SLUG, tahun)
    if not found.exists():
        return None
    province = results.read(found)
    if bahasa != "id":
        province = cast(Hasil, {**province, "cakupan": {**province["cakupan"], "nama": names.scope_name(
            PROVINCE_SLUG, province["cakupan"]["nama"], bahasa)}})
    of_dinas = {dinas: results.read(paths.hasil_previous(dinas, tahun))
                for dinas in province["data"]["dinas_dengan_data"] if paths.hasil_previous(dinas, tahun).exists()}
    return Context(province, bahasa, pd.DataFrame(), built=built or build_time(), config=config,
                   targets=load_targets(paths, PROVINCE_SLUG, tahun - 1), dinas_results=of_dinas,
                   dinas_targets={slug: load_targets(paths, slug, tahun - 1) for slug in of_dinas})


def dinas_results(paths: ProjectPaths, hasil: Hasil) -> dict[str, Hasil]:
    """This year's results of every dinas of the province's ``hasil`` that has them (its own report's file)."""
    tahun = hasil["tahun"]
    return {dinas: results.read(paths.hasil(dinas, tahun)) for dinas in hasil["data"]["dinas_dengan_data"]
            if paths.hasil(dinas, tahun).exists()}


def follow_up_context(paths: ProjectPaths, hasil: Hasil, bahasa: str, config: ReportConfig | None = None,
                      built: dt.datetime | None = None, returned: pd.DataFrame | None = None) -> Context:
    """What the review of last year's plan of ``hasil``'s scope and this year's plan need, and nothing else (no
    activities, no log): this and last year's targets, last year's results of the same model run and the scope's
    signed rows. The province report and the index judge each dinas with it exactly as its own report does; the
    workbook issues the plan the report prints with it (``built``: the report's clock; ``returned``: the table of
    returned plans, ``returned_plans``, when already read)."""
    slug, tahun = hasil["cakupan"]["slug"], hasil["tahun"]
    if bahasa != "id":  # named as its own report names it (words/names.py)
        hasil = cast(Hasil, {**hasil, "cakupan": {**hasil["cakupan"], "nama": names.running_text_name(
            slug, hasil["cakupan"]["nama"], bahasa)}})
    before = paths.hasil_previous(slug, tahun)
    previous = results.read(before) if before.exists() else None
    of_dinas = dinas_results(paths, hasil) if slug == PROVINCE_SLUG else {}
    return Context(hasil, bahasa, pd.DataFrame(), built=built or build_time(), config=config or
                   load_report_config(paths), targets=load_targets(paths, slug, tahun), previous=previous,
                   previous_targets=load_targets(paths, slug, tahun - 1) if previous else {},
                   published=published_plan.read(paths, slug, tahun - 1) if previous else None,
                   signed=signed_plan(paths, slug, tahun - 1, returned),
                   returned_any=returned_any(paths, tahun - 1, returned),
                   dinas_results=of_dinas, dinas_targets=targets_of(paths, of_dinas),
                   province_ctx=province_context(paths, hasil, bahasa, config, built),
                   left=published_plan.left_the_data(paths, hasil))


def returned_plans(paths: ProjectPaths) -> pd.DataFrame:
    """The follow-up plans the agencies returned (data/raw/, table tindak_lanjut, through the clean stage); a frame
    without columns when none was supplied."""
    path = paths.table("tindak_lanjut")
    return pd.read_parquet(path) if path.exists() else pd.DataFrame()


def signed_plan(paths: ProjectPaths, slug: str, tahun: int, returned: pd.DataFrame | None = None) -> pd.DataFrame:
    """The rows of ``slug``'s follow-up plan of ``tahun`` as the agency returned them; empty when none was supplied.
    ``returned``: ``returned_plans`` when already read."""
    rows = returned_plans(paths) if returned is None else returned
    if "dinas" not in rows.columns:  # no table
        return pd.DataFrame()
    return rows[(rows["dinas"] == slug) & (rows["tahun"] == tahun)].reset_index(drop=True)


def returned_any(paths: ProjectPaths, tahun: int, returned: pd.DataFrame | None = None) -> bool:
    """Whether any dinas returned its signed plan of ``tahun`` (the processed table tindak_lanjut has its rows).
    ``returned``: ``returned_plans`` when already read."""
    rows = returned_plans(paths) if returned is None else returned
    return "tahun" in rows.columns and bool((rows["tahun"] == tahun).any())


def show(html: str) -> None:
    """Display a chapter's HTML as the cell's output, marked for the report (the renderer keeps
    only marked outputs: evalasn.report.cells)."""
    display_html(html)


def activity_gains(paths: ProjectPaths, slug: str, tahun: int) -> pd.DataFrame:
    """Mean gain and cost per participant of each activity up to ``tahun`` attended by the scope's
    staff (aggregates only: no participant rows reach the report)."""
    # the dinas's rows are selected while the file is read (pyarrow), not from all ~400,000 rows afterwards
    only_dinas = None if slug == PROVINCE_SLUG else [("dinas", "==", slug)]
    peserta = pd.read_parquet(paths.table("peserta"), columns=["kegiatan_id", "gain"], filters=only_dinas)
    kegiatan = pd.read_parquet(paths.table("kegiatan"),
                               columns=["kegiatan_id", "metode", "tahun", "biaya_per_peserta_rp"])
    gains = peserta.dropna(subset=["gain"]).groupby("kegiatan_id")["gain"].agg(["mean", "size"])
    out = kegiatan.join(gains, on="kegiatan_id", how="inner")
    out = out[(out["tahun"] <= tahun) & (out["biaya_per_peserta_rp"] > 0)
              & (out["size"] >= constants.MIN_PARTICIPANTS_ACTIVITY_POINT)]
    # each activity's year too: the scatter's caption says which years it plots (LOOK37b M-23)
    return out.rename(columns={"mean": "gain"})[["metode", "biaya_per_peserta_rp", "gain", "tahun"]]
