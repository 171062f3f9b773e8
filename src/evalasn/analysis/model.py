"""Stage 2 run(): fit every model once for all dinas and write hasil.json for every scope.

Reads data/processed/ (never raw data), analyses the evaluated year (TAHUN, default the latest
year with activities), and writes reports/<slug>/_build/hasil-<tahun>.json for each dinas present and
for ``provinsi`` (a report build publishes it beside the report as reports/<slug>/hasil-<tahun>.json).
Province-wide fits (the budget model, the partial pooling) are done once and
shared with the dinas files.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, NotRequired, TypedDict, cast

import pandas as pd

from evalasn import __version__, constants
from evalasn.analysis import attention, budget, compliance, did, ikm, kirkpatrick, pooling, results, treatment, trend
from evalasn.analysis.background import beside
from evalasn.analysis.contract import Hasil, KeyFigures, Sections
from evalasn.analysis.contract.budget import BudgetModel, MethodLittleGain, Pooling, pooling_fitted
from evalasn.analysis.contract.comparison import Attention, DinasRow, ProvinceImpact
from evalasn.analysis.contract.estimate import Estimate, ProportionEstimate
from evalasn.analysis.contract.outcomes import IkmDid, Intervention, UnitIkm
from evalasn.analysis.contract.provenance import Parameters, Provenance
from evalasn.analysis.contract.scope import DinasCoverage, MethodActivities, Theme
from evalasn.analysis.data import Data, load
from evalasn.analysis.little_gain import listed as listed_by_dinas
from evalasn.analysis.parameters import ModelParams as ModelParams  # re-exported: notebook 02 calls model.ModelParams
from evalasn.analysis.results import current_ikm, in_period, key_figures
from evalasn.errors import InputError, ParameterError
from evalasn.files import READY, replace_together
from evalasn.paths import CODE_ROOT, ProjectPaths, project
from evalasn.registry import AGENCIES, PROVINCE_SLUG, official_name

KEY_PACKAGES = ("pandas", "numpy", "scipy", "statsmodels", "seaborn", "matplotlib", "papermill", "nbconvert",
                "weasyprint", "pyarrow")


class Shared(TypedDict):
    """Work done once for every scope (province_fits), and the intervention matched once."""

    anggaran_vs_peningkatan: BudgetModel
    pooling: Pooling
    pooling_tahun: dict[int, Pooling]  # the same comparison for every year up to the evaluated one (the trend's)
    ikm_unit: list[UnitIkm]
    intervensi: NotRequired[tuple[set[str] | None, Intervention]]


class _ProvinceOnly(TypedDict, total=False):
    perbandingan_dinas: list[DinasRow]
    perhatian: Attention


def run(paths: ProjectPaths | None = None, params: ModelParams | None = None,
        before_declared: tuple[str, str, str] | None = None) -> dict[str, Path]:
    """Analyse every scope and write its hasil.json; returns slug -> path written.

    When the data hold the year before, its results are computed too, by the same code from the same
    data, and written beside this year's as hasil-<tahun>-tahun-lalu.json: the report
    regenerates last year's follow-up plan from them (issue 24) without depending on whichever earlier
    hasil file happens to be on disk. Without that year the file is removed. ``before_declared``: the
    intervention, design and guarantor declared for that year (config/intervensi.yml per year; the INTERVENSI
    and DESAIN of make are the built year's); None = this year's."""
    paths = paths or project()
    params = params or ModelParams()
    # read
    data = load(paths)
    tahun = resolve_year(data, params.tahun)
    params = ModelParams(tahun, params.ambang_dilatih, params.periode_sebelum, params.periode_sesudah,
                         params.intervensi, params.desain, params.penjamin)
    provenance = provenance_record(data, params)
    # last year with the default periods: the periods asked for belong to the evaluated year
    intervensi, desain, penjamin = before_declared or (params.intervensi, params.desain, params.penjamin)
    before = ModelParams(tahun - 1, params.ambang_dilatih, "", "", intervensi, desain, penjamin)
    # last year's results computed in a forked process while this one computes this year's (about half
    # the stage's CPU each, neither reads the other: evalasn.analysis.background)
    # (recorded with its own parameters: its year, and the intervention declared for it)
    last_year = beside(lambda: year_results(data, before, {**provenance, "parameter": _parameters(before)})
                       if tahun - 1 in data.years else {})
    current = year_results(data, params, provenance)
    previous = last_year()
    # write: every scope's results staged, then moved in at once (a report never reads some scopes'
    # new results beside others' old ones, even after an interrupted run)
    work = paths.model_work / f"hasil-{tahun}-{os.getpid()}"  # evalasn.run.staging sweeps it if left
    moves: list[tuple[Path, Path]] = []
    for slug, result in current.items():
        for final, content in ((paths.hasil(slug, tahun), result),
                               (paths.hasil_previous(slug, tahun), previous.get(slug))):
            if content is not None:
                results.write(work / f"{slug}.{final.name}", content)
                moves.append((work / f"{slug}.{final.name}", final))
    replace_together(moves, work / READY)
    shutil.rmtree(work, ignore_errors=True)
    for slug in set(data.dinas) | {PROVINCE_SLUG}:
        if slug not in previous:  # no year before in these data: an earlier run's file would be mistaken for it
            paths.hasil_previous(slug, tahun).unlink(missing_ok=True)
    return {slug: paths.hasil(slug, tahun) for slug in [*data.dinas, PROVINCE_SLUG]}


def little_gain_pairs(scopes: Mapping[str, Sections]) -> list[MethodLittleGain]:
    """The province's method × dinas pairs of a very small gain: each dinas's own `sedikit_kenaikan` rows that its
    report lists as a finding (analysis.little_gain.listed: not cheap per point in that dinas), named by the dinas
    (CHECK13 D13-9: one rule, the same answer in the province's report and the dinas's)."""
    return [{**row, "dinas": slug} for slug, res in scopes.items() if slug != PROVINCE_SLUG
            for row in listed_by_dinas(res["anggaran_vs_peningkatan"].get("sedikit_kenaikan", []),
                                       res["anggaran_vs_peningkatan"])]


def year_results(data: Data, params: ModelParams, provenance: Provenance) -> dict[str, Hasil]:
    """The results of every scope for the year of ``params``: province-wide fits once, then every scope."""
    tahun = params.tahun
    shared = province_fits(data, tahun)
    shared["intervensi"] = treatment.match(data.kegiatan, params.intervensi, params.desain, params.penjamin)
    scopes = {slug: analyse_scope(data, slug, params, shared) for slug in data.dinas}
    scopes[PROVINCE_SLUG] = analyse_scope(data, PROVINCE_SLUG, params, shared)
    province: _ProvinceOnly = {"perbandingan_dinas": compare_dinas(scopes, shared),
                               "perhatian": attention.findings(scopes, shared["pooling"])}
    # the province's list of money without gain goes on with every dinas's own rows (issue 22.2)
    scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"]["tanpa_kenaikan"] += [
        {**row, "dinas": slug} for slug, res in scopes.items() if slug != PROVINCE_SLUG
        for row in res["anggaran_vs_peningkatan"]["tanpa_kenaikan"]]
    scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"]["sedikit_kenaikan"] = \
        scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"].get("sedikit_kenaikan", []) + little_gain_pairs(scopes)
    money = scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"]
    # each method's gain without the dinas that have a finding of their own for it (LOOK11 L-3)
    everyone = data.scope(PROVINCE_SLUG).partisipasi
    money["di_luar_temuan_dinas"] = budget.outside_findings(
        everyone[everyone["tahun_kegiatan"] == tahun],
        [r for r in [*money["tanpa_kenaikan"], *money.get("sedikit_kenaikan", [])] if r["dinas"] is not None],
        {r["metode"]: r["anggaran_rp"] for r in scopes[PROVINCE_SLUG]["pelaksanaan"]["kegiatan_per_metode"]})
    scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"]["tanpa_estimasi"] = \
        scopes[PROVINCE_SLUG]["anggaran_vs_peningkatan"].get("tanpa_estimasi", []) + [
            {**row, "dinas": slug} for slug, res in scopes.items() if slug != PROVINCE_SLUG
            for row in res["anggaran_vs_peningkatan"].get("tanpa_estimasi", [])]
    # --- comparison with the province (issue 12) ---
    compared = trend.comparison(compared_figures(scopes), shared["pooling"])
    earned = province_impact(scopes[PROVINCE_SLUG]["level4_hasil"]["did_ikm"])
    for slug, against in compared.items():  # is this dinas on the province's attention list? (issue 12.1)
        against["perhatian"] = attention.for_dinas(province["perhatian"], slug)
        if earned and slug != PROVINCE_SLUG:
            against["dampak_provinsi"] = earned
    # (the follow-up plan, rencana_tindak_lanjut, is the report stage's: it publishes it with the report)
    return {slug: cast(Hasil, {**sections, **(province if slug == PROVINCE_SLUG else _ProvinceOnly()),
                               "perbandingan_provinsi": compared.get(slug), "provenans": provenance})
            for slug, sections in scopes.items()}


def province_impact(did: IkmDid) -> ProvinceImpact | None:
    """The province's IKM estimate of the declared intervention when its verdict allows the causal word (the dinas
    reports cite it beside their own smaller comparison, CHECK10 C10-1); None otherwise."""
    record: Any = did
    effect, chosen = record.get("efek"), record.get("intervensi") or {}
    if not (record.get("tersedia") and effect and chosen.get("dipilih")
            and (record.get("putusan") or {}).get("boleh_kausal")
            and effect.get("ci_bawah") is not None and effect.get("ci_atas") is not None):
        return None
    return {"teks": chosen["teks"],
            "ambang_persen_dilatih": record.get("ambang_persen_dilatih", constants.TREATED_SHARE * 100),
            "estimasi": float(effect["estimasi"]), "ci_bawah": float(effect["ci_bawah"]),
            "ci_atas": float(effect["ci_atas"]), "unit_dilatih": int(effect["unit_dilatih"]),
            "unit_pembanding": int(effect["unit_pembanding"])}


def resolve_year(data: Data, tahun: int = 0) -> int:
    """The evaluated year: the one asked for (it must have activities), else the latest."""
    years = data.years
    if not years:
        raise InputError("tidak ada kegiatan dalam data; tahun evaluasi tidak dapat ditentukan")
    if not tahun:
        return years[-1]
    if tahun not in years:
        raise ParameterError(f"TAHUN={tahun} tidak ada dalam data; tahun yang tersedia: {', '.join(map(str, years))}")
    return tahun


def province_fits(data: Data, tahun: int) -> Shared:
    """Work done once for every dinas: the budget model, the partial pooling (of the evaluated year and, for the
    trend, of every earlier year: about a second each), every unit's IKM."""
    part = data.partisipasi
    upto = part[part["tahun_kegiatan"] <= tahun]
    every_year = {year: pooling.pooled_gain(part[part["tahun_kegiatan"] == year])
                  for year in sorted({*data.years, tahun}) if year <= tahun}
    return {"anggaran_vs_peningkatan": budget.budget_model(upto), "pooling": every_year[tahun],
            "pooling_tahun": every_year, "ikm_unit": ikm.by_unit(data.skm)}


def adjusted_by_year(shared: Shared, slug: str) -> dict[int, Estimate | None]:
    """The mixed-model gain of ``slug`` in every year's comparison of dinas (the province: the model's province
    mean), as Tabel 1 gives this year's; None for a year without a model fit (too few dinas) or without this
    dinas's scores."""
    out: dict[int, Estimate | None] = {}
    for year, fit in shared["pooling_tahun"].items():
        found: Any = None
        if pooling_fitted(fit):
            found = fit.get("rata_provinsi") if slug == PROVINCE_SLUG else next(
                (row["pooled"] for row in fit.get("per_dinas", []) if row["dinas"] == slug), None)
        # the estimate's own keys (a dinas's weight on its own data stays in that year's `pooling`)
        out[year] = None if found is None else cast(Estimate, {key: found[key] for key in ESTIMATE_KEYS
                                                               if key in found})
    return out


ESTIMATE_KEYS = ("n", "estimasi", "ci_bawah", "ci_atas", "p", "cukup_data")


def analyse_scope(data: Data, slug: str, params: ModelParams, shared: Shared) -> Sections:
    """Every analysis of one scope (a dinas or the province) for the evaluated year."""
    tahun = params.tahun
    scope = data.scope(slug)
    part = scope.partisipasi
    in_year = part[part["tahun_kegiatan"] == tahun]
    activities = scope.kegiatan[scope.kegiatan["tahun"] == tahun]  # Tabel 4's (kegiatan_per_metode)
    # the staff of dinas without any training rows this year are not counted as untrained (compliance)
    staff = scope.staff(tahun)  # the year's own staff export when the data hold one (Data.staff)
    missing = compliance.without_activity_data(staff, scope.kegiatan, in_year, tahun)
    per_asn = compliance.jp_per_pegawai(compliance.with_activity_data(staff, missing),
                                        scope.staff_participations(tahun, part), tahun)
    ids, chosen = shared.get("intervensi") or treatment.match(data.kegiatan, params.intervensi, params.desain,
                                                              params.penjamin)
    did_args: dict[str, Any] = dict(share=params.ambang_dilatih, before=params.periode_sebelum or None,
                                    after=params.periode_sesudah or None, ids=ids,
                                    intervensi=treatment.money(chosen, ids, activities))
    is_province = slug == PROVINCE_SLUG
    budget_here = shared["anggaran_vs_peningkatan"] if is_province else budget.budget_model(
        part[part["tahun_kegiatan"] <= tahun])
    # the survey up to the evaluated year: a report for an earlier year (and last year's results the
    # follow-up review reads) never shows a later period's IKM as its own
    skm = scope.skm[scope.skm["periode"].astype(str).str[:4].astype(int) <= tahun]
    # the year's own IKM and elements come from its own periods only: an earlier year's survey is history, never
    # the evaluated year's figure (CHECK12 C12-1: a 2024-S2 IKM printed, ranked and planned on as 2025's)
    in_year_skm = skm[skm["periode"].astype(str).str[:4].astype(int) == tahun]
    latest_skm = in_year_skm["periode"].max() if len(in_year_skm) else None
    # the budget up to the evaluated year: next year's ceiling (in the inbox by December, realisasi 0) is not
    # this year's evaluation and no report prints it (CHECK15 E15-12; validate.check_future_budget_year warns)
    anggaran = scope.anggaran[scope.anggaran["tahun"] <= tahun]
    ikm_units = shared["ikm_unit"] if is_province else [r for r in shared["ikm_unit"] if r["dinas"] == slug]
    learned = kirkpatrick.level2(in_year, by_dinas=is_province)
    result: Sections = {
        "versi_skema": results.SCHEMA_VERSION,
        "cakupan": {"slug": slug, "nama": official_name(slug), "jenis": "provinsi" if is_province else "dinas"},
        "tahun": tahun,
        "sintetis": bool(data.provenance.get("sintetis")),
        "data": {
            "n_pegawai": len(staff),
            "n_unit": int(staff[["dinas", "unit_kerja"]].drop_duplicates().shape[0]),
            "n_kegiatan_tahun": int((scope.kegiatan["tahun"] == tahun).sum()),
            "n_partisipasi_tahun": len(in_year),
            # rows, not a min of counts: the plan's DATA row (report.chapters.plan_indicators.data_share, REVIEW3 #10)
            "n_partisipasi_lengkap": kirkpatrick.complete_participations(in_year),
            "n_responden_skm": len(scope.skm), "ada_skm": not scope.skm.empty,
            "ada_anggaran": not anggaran.empty, "ada_kinerja": not scope.kinerja_unit.empty,
            "ada_nilai_test": bool(in_year["gain"].notna().any()),
            **dinas_coverage(data),
        },
        "pelaksanaan": {
            "cakupan_asn": compliance.coverage(per_asn, missing),
            "cakupan_unit_terendah": compliance.coverage_units(per_asn),
            "cakupan_unit_kecil": compliance.coverage_small(per_asn),
            "jp_20": compliance.compliance(per_asn, missing=missing),
            "kegiatan_per_metode": _activities_by_method(scope.kegiatan, tahun),
            "tema": _themes(scope.kegiatan, tahun),
            "realisasi_anggaran": budget.realisation(anggaran),
        },
        "level1_reaksi": kirkpatrick.level1(in_year),
        "level2_pembelajaran": learned,
        "level3_perilaku": kirkpatrick.level3(in_year),
        "level4_hasil": {
            "ikm_per_periode": ikm.by_period(skm) if len(skm) else [],
            "ikm_unit": ikm_units,
            "ikm_sampel": ikm.sample_check(ikm_units, latest_skm),
            "periode_terbaru": latest_skm,
            "alasan_ikm": results.IKM_NOT_RECEIVED if len(skm) and latest_skm is None else None,
            "did_ikm": did.ikm_did(scope.skm, scope.pegawai, part, tahun, **did_args),
            "did_kinerja": did.kinerja_did(scope.kinerja_unit, scope.pegawai, part, tahun, **did_args),
        },
        "anggaran_vs_peningkatan": {
            "model": budget_here,
            "model_provinsi": shared["anggaran_vs_peningkatan"],
            # the gains' own answer to "clearly above zero" decides whether a cost per point is given
            "biaya_per_poin": budget.cost_per_point(in_year, learned["per_metode"], activities),
            "biaya_per_poin_semua": budget.cost_per_point_all(in_year, learned["keseluruhan"], activities),
            "tanpa_kenaikan": [],  # below: it needs the gains and activities above
        },
        "tantangan": {"resistensi": kirkpatrick.resistance(in_year)},
        "komunikasi": {
            "unsur": ikm.elements(skm[skm["periode"] == latest_skm]) if latest_skm else [],
            "periode": latest_skm,
        },
        "pooling": _pooling_for(shared["pooling"], slug),
        "parameter": _parameters(params),
        "tren": [],  # below: it needs the figures above
    }
    result["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = budget.without_gain(
        result["level2_pembelajaran"]["per_metode"], result["pelaksanaan"]["kegiatan_per_metode"])
    result["anggaran_vs_peningkatan"]["sedikit_kenaikan"] = budget.little_gain(
        result["level2_pembelajaran"]["per_metode"], result["pelaksanaan"]["kegiatan_per_metode"])
    result["anggaran_vs_peningkatan"]["tanpa_estimasi"] = budget.without_estimate(
        result["level2_pembelajaran"]["per_metode"], result["pelaksanaan"]["kegiatan_per_metode"])
    # --- trend (issue 12): the key figures of every earlier year, with the same estimators ---
    result["tren"] = trend.trend(scope, data.years, tahun, key_figures(result), adjusted_by_year(shared, slug),
                                 shrunk=slug != PROVINCE_SLUG)
    return result


def dinas_coverage(data: Data) -> DinasCoverage:
    """How many of the registry's dinas have data in this run, which do not, and whether that is
    enough for comparisons among dinas (constants.MIN_DINAS_COMPARISON)."""
    have = data.dinas
    return {"dinas_registri": len(AGENCIES), "dinas_dengan_data": have,
            "dinas_tanpa_data": [slug for slug in AGENCIES if slug not in have],
            "minimum_dinas_perbandingan": constants.MIN_DINAS_COMPARISON,
            "perbandingan_antar_dinas": len(have) >= constants.MIN_DINAS_COMPARISON}


def _parameters(params: ModelParams) -> Parameters:
    return {"tahun": params.tahun, "ambang_dilatih": params.ambang_dilatih, "periode_sebelum": params.periode_sebelum,
            "periode_sesudah": params.periode_sesudah, "intervensi": params.intervensi, "penugasan": params.desain,
            "penjamin": params.penjamin}


def _activities_by_method(kegiatan: pd.DataFrame, tahun: int) -> list[MethodActivities]:
    rows = kegiatan[kegiatan["tahun"] == tahun]
    out: list[MethodActivities] = []
    for metode in constants.METODE:
        of_method = rows[rows["metode"] == metode]
        if len(of_method):
            out.append({"metode": metode, "n_kegiatan": len(of_method),
                        "n_peserta": int(of_method["n_peserta"].sum()), "jp_total": float(of_method["jp"].sum()),
                        "anggaran_rp": float(of_method["anggaran_rp"].sum()),
                        "kegiatan_tanpa_biaya": budget.without_recorded_cost(of_method, "anggaran_rp")})
    return out


def _themes(kegiatan: pd.DataFrame, tahun: int, top: int = 8) -> list[Theme]:
    """The year's most attended themes; spellings that differ only in case count as one theme,
    shown as it is written most often ("pemanfaatan TI", not "pemanfaatan ti")."""
    rows = kegiatan[kegiatan["tahun"] == tahun]
    written = rows["tema"].fillna("(tanpa tema)").astype(str)
    key = written.str.lower()
    counts = rows.groupby(key).agg(n_kegiatan=("kegiatan_id", "size"), n_peserta=("n_peserta", "sum"))
    shown = written.groupby(key).agg(lambda s: s.value_counts().sort_index(kind="stable").idxmax())
    counts = counts.sort_values(["n_peserta", "n_kegiatan"], ascending=False).head(top)
    return [{"tema": shown[t], "n_kegiatan": int(r.n_kegiatan), "n_peserta": int(r.n_peserta)}
            for t, r in counts.iterrows()]


def _pooling_for(pooled: Pooling, slug: str) -> Pooling:
    if slug == PROVINCE_SLUG:
        return pooled
    every = pooled.get("per_dinas", [])
    rows = [r for r in every if r["dinas"] == slug]
    # the province mean of the same model: what a dinas's adjusted gain is compared with (report.facts)
    return {"metode": pooled["metode"], "catatan": pooled["catatan"], "penyesuaian": pooled["penyesuaian"],
            "rata_provinsi": pooled.get("rata_provinsi"), "jumlah_dinas": len(every),
            "dinas_ini": rows[0] if rows else None}


def compared_figures(scopes: dict[str, Sections]) -> dict[str, KeyFigures]:
    """Every scope's key figures as the dinas are compared (ranks, the province's table): one survey period across
    dinas, the province's last of the year; a dinas whose last is earlier has its IKM withheld there with the reason
    (results.in_period; CHECK13 D13-3: Perhubungan's 2025-S1 ranked beside the others' 2025-S2)."""
    province = current_ikm(scopes[PROVINCE_SLUG]) if PROVINCE_SLUG in scopes else None
    period = province["periode"] if province else None
    out = {slug: key_figures(res) for slug, res in scopes.items()}
    for slug, figures in out.items():
        if slug != PROVINCE_SLUG:
            figures["ikm"] = in_period(figures["ikm"], period)
    return out


def compare_dinas(scopes: dict[str, Sections], shared: Shared) -> list[DinasRow]:
    """One row per dinas with its key figures, for the province report and the index."""
    pooled = {r["dinas"]: r for r in shared["pooling"].get("per_dinas", [])}
    figures = compared_figures(scopes)
    rows: list[DinasRow] = []
    for slug, res in scopes.items():
        if slug == PROVINCE_SLUG:
            continue
        mine = pooled.get(slug)
        rows.append({"dinas": slug, "nama": res["cakupan"]["nama"], **figures[slug],
                     "gain_pooled": mine["pooled"] if mine else None,
                     "peringkat": mine["peringkat"] if mine else None,
                     "peringkat_bawah": mine["peringkat_bawah"] if mine else None,
                     "peringkat_atas": mine["peringkat_atas"] if mine else None,
                     "anggaran_kegiatan_rp": float(sum(r["anggaran_rp"]
                                                       for r in res["pelaksanaan"]["kegiatan_per_metode"]))})
    return rows


def provenance_record(data: Data, params: ModelParams) -> Provenance:
    """Data hashes, code version, package versions and parameters (no timestamp)."""
    return {
        "data": data.provenance,
        "kode": {"versi": __version__, "git": _git_commit(), "sha256_sumber": _source_hash()},
        "paket": {name: _version(name) for name in KEY_PACKAGES} | {"python": platform.python_version()},
        "parameter": _parameters(params),
    }


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(CODE_ROOT), "rev-parse", "--short=12", "HEAD"], capture_output=True,
                             text=True, timeout=5)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def _source_hash() -> str:
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def summary_table(province: Hasil) -> pd.DataFrame:
    """Key figures per dinas from the province hasil.json, for the model notebook (aggregates only)."""
    rows = []
    for row in province.get("perbandingan_dinas", []):
        gain, ikm_row, pooled = row["gain"], row["ikm"], row["gain_pooled"]
        rows.append({"dinas": row["dinas"], "cakupan_%": _percent(row["cakupan_asn"]),
                     "20jp_%": _percent(row["jp_20"]), "gain": gain["estimasi"],
                     "gain_ci": (gain["ci_bawah"], gain["ci_atas"]),
                     "gain_pooled": pooled["estimasi"] if pooled else None, "peringkat": row["peringkat"],
                     "ikm": ikm_row["estimasi"] if ikm_row else None,
                     "kategori": ikm_row["kategori"] if ikm_row else None})
    return pd.DataFrame(rows).sort_values("peringkat").reset_index(drop=True).round(2)


def _percent(share: ProportionEstimate) -> float | None:
    return None if share["estimasi"] is None else share["estimasi"] * 100
