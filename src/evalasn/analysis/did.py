"""Impact of the chosen intervention on IKM and on unit indicators: difference-in-differences
that uses every period, stays valid when units are trained at different times, and says when an
effect may not (yet) be claimed.

Design (docs/metode.md): "before" is the latest period that ends before the evaluated year starts,
"after" the latest period that starts on or after its first day (parameters can override both).
Activities that end between the two are the window. A unit is trained when at least
``ambang_dilatih`` of its staff finished an intervention activity in the window
(``analysis.treatment``); its cohort is the first period starting after it reached that share.
Every period up to "after" is used: group-time effects with not-yet-trained comparisons, an event
study with a pre-trend check (``analysis.eventstudy``), the effect per 10 percentage points of
staff trained (dose), and few-cluster inference (``analysis.inference``). With only two periods
this is the classic 2x2 on unit means. ``kesimpulan`` lists why an effect may not be claimed.
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

import numpy as np
import pandas as pd

from evalasn import constants
from evalasn.analysis import eventstudy as ES
from evalasn.analysis import inference, treatment, unit_accounting
from evalasn.analysis.contract.estimate import Estimate
from evalasn.analysis.contract.outcomes import (
    CellMeans,
    DoseEstimate,
    EventTime,
    IkmDid,
    IkmEffect,
    IndicatorDid,
    Intervention,
    JointTest,
    PretrendTest,
    UnitCounts,
    Verdict,
)
from evalasn.analysis.ikm import respondent_scores
from evalasn.analysis.pretrend_rule import weak_pretrend
from evalasn.analysis.small_clusters import wider_than_scale
from evalasn.analysis.stats import as_kind, estimate, withheld

ESTIMATE_KEYS = ("estimasi", "ci_bawah", "ci_atas", "p")
REASONS = ("tanpa_dilatih", "tanpa_pembanding", "unit_kurang", "rentang_melebihi_skala", "intervensi_tidak_dipilih",
           "tanpa_uji_tren", "tren_awal_berbeda", "uji_tren_lemah", "selang_memuat_nol", "arah_tak_terduga")
# the before and after periods follow each other: no training window between them (impact)
ADJACENT = "periode_berurutan"
# why a pre-trend check did not run (uji_tren_awal.sebab), from what is missing, in this order
PRETREND_GAPS = ("tanpa_dilatih", "tanpa_pembanding", "unit_kurang", "satu_periode_sebelum", "data_sebelum_kurang",
                 "df_kurang")


def choose_periods(frame: pd.DataFrame, tahun: int, before: str | None = None,
                   after: str | None = None) -> tuple[pd.Series | None, pd.Series | None]:
    """The rows (periode, periode_mulai, periode_selesai) of the before and after periods."""
    periods = frame[["periode", "periode_mulai", "periode_selesai"]].drop_duplicates("periode")
    year_start = pd.Timestamp(tahun, 1, 1)
    if before:
        pre = periods[periods["periode"] == before]
    else:
        pre = periods[periods["periode_selesai"] < year_start].sort_values("periode_selesai").tail(1)
    if after:
        post = periods[periods["periode"] == after]
    else:
        post = periods[periods["periode_mulai"] >= year_start].sort_values("periode_mulai").tail(1)
    return (pre.iloc[0] if len(pre) else None), (post.iloc[0] if len(post) else None)


def impact(frame: pd.DataFrame, y: str, pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int,
           share: float = constants.TREATED_SHARE, before: str | None = None, after: str | None = None,
           ids: set[str] | None = None, intervensi: Intervention | None = None, better: int = 1,
           cache: dict[Any, pd.DataFrame] | None = None, scale: tuple[float, float] | None = None) -> IkmDid:
    """The full impact record of outcome ``y`` (rows: dinas, unit_kerja, periode and its dates);
    ``better`` is +1 when a higher value is better, -1 when lower is; ``cache`` keeps the units'
    exposure per window (indicators measured in the same periods share it); ``scale``: the outcome's
    bounds (SCALE_BOUNDS), against which an interval is judged plausible."""
    pre, post = choose_periods(frame, tahun, before, after)
    if pre is None or post is None:
        return {"tersedia": False, "alasan": "periode_tidak_ada"}  # code: the report words it
    if post["periode_mulai"] <= pre["periode_selesai"] + pd.Timedelta(days=1):
        # adjacent periods (2024-S2, 2025-S1): no day between the measurements in which staff could be trained; a
        # window '31 Desember 2024–1 Januari 2025' is an artefact (CHECK13 D13-6)
        return {"tersedia": False, "alasan": ADJACENT, "periode_sebelum": pre["periode"],
                "periode_sesudah": post["periode"]}
    window = (pre["periode_selesai"], post["periode_mulai"])
    cache = {} if cache is None else cache
    if window not in cache:
        cache[window] = treatment.exposure(pegawai, part, ids, *window, share)
    scope = cache[window]
    periods = (frame[["periode", "periode_mulai", "periode_selesai"]].drop_duplicates("periode")
               .query("periode_mulai <= @post.periode_mulai").sort_values("periode_mulai").reset_index(drop=True))
    means = (frame[frame["periode"].isin(periods["periode"])]
             .groupby(["dinas", "unit_kerja", "periode"], observed=True)[y].mean().unstack("periode"))
    units = scope.merge(means.reset_index()[["dinas", "unit_kerja"]], on=["dinas", "unit_kerja"], how="inner")
    # the scope's units without any data of this outcome: in no arm, but in the accounting (LOOK22 Y-4)
    absent = scope["tanggal_ambang"].notna().sum() - units["tanggal_ambang"].notna().sum()
    without_data = (int(absent), len(scope) - len(units) - int(absent))
    Y = means.reindex(pd.MultiIndex.from_frame(units[["dinas", "unit_kerja"]]))[periods["periode"]].to_numpy(float)
    cohort, base = _cohorts(units["tanggal_ambang"], periods)
    calendar = calendar_index(periods)
    ib, ia = (int(periods.index[periods["periode"] == p][0]) for p in (pre["periode"], post["periode"]))
    n, strata = len(units), cohort
    cells = ES.group_time(Y, cohort, base, calendar)
    trained, untrained = cohort >= 0, cohort == ES.NEVER
    seen = ~np.isnan(Y[:, ib]) & ~np.isnan(Y[:, ia])
    info: IkmDid = {"tersedia": True, "periode_sebelum": pre["periode"], "periode_sesudah": post["periode"],
            "jendela_kegiatan": [pre["periode_selesai"].date().isoformat(), post["periode_mulai"].date().isoformat()],
            "ambang_persen_dilatih": share * 100, "intervensi": _in_window(intervensi, cache[window]),
            "periode_dipakai": periods["periode"].tolist(),
            "desain": "studi_peristiwa" if len(periods) > 2 else "2x2",
            "kohort": [{"periode": periods["periode"][g], "periode_acuan": periods["periode"][base[g]],
                        "unit_dilatih": int((cohort == g).sum()), "e_acuan": int(calendar[base[g]] - calendar[g])}
                       for g in sorted(base)],
            "pelatihan_lain": treatment.other_training(units, trained, untrained)}
    # the cells that have units: dilatih/tidak x sebelum/sesudah (CellMeans)
    table = cast(CellMeans, {f"{g}_{t}": float(Y[seen & arm, i].mean())
                             for g, arm in (("dilatih", trained), ("tidak", untrained))
                             for t, i in (("sebelum", ib), ("sesudah", ia)) if (seen & arm).any()})
    rows = int(np.sum(~np.isnan(Y)))
    effect = ES.overall(cells, n, strata, cohort)
    # without a group-time cell (fewer than 2 units in an arm) the units of each arm seen before and after: a
    # comparison unit that exists is counted (REVIEW6b R6b-9: 1 comparison unit was reported as 0)
    n_t = effect.get("unit_dilatih", int((seen & trained).sum()))
    n_c = effect.get("unit_pembanding", int((seen & untrained).sum()))
    # the comparison units split: never trained, and trained later (a comparison before their training; LOOK20 W-2)
    never, later = (int(effect.get("unit_pembanding_tidak_dilatih", n_c)),
                    int(effect.get("unit_pembanding_dilatih_kemudian", 0)))
    # the units counted: every unit of the scope that reached the threshold in the window, the distinct units in
    # either arm, what the trained count is (LOOK21 X-1: 2 counted of 5 that reached it): the units of a cohort with a
    # group-time cell after its training, or without any cell the trained units with data before and after; and
    # every unit of the scope in one group, each left out with its reason (LOOK22 Y-4)
    reached, distinct = int(scope["tanggal_ambang"].notna().sum()), int(effect.get("unit_seluruhnya", n_t + n_c))
    basis = "sel_pasca" if effect else "data_sebelum_sesudah"
    counted: UnitCounts = {
        "unit_dilatih": n_t, "unit_pembanding": n_c, "unit_pembanding_tidak_dilatih": never,
        "unit_pembanding_dilatih_kemudian": later, "unit_mencapai_ambang": reached, "unit_seluruhnya": distinct,
        "n_unit": len(scope), "hitungan_dilatih": basis,
        "rincian_unit": unit_accounting.account(Y, cohort, base, cells, seen, without_data,
                                                periods["periode"].tolist())}
    few = not effect or min(n_t, n_c) < constants.MIN_UNITS_PER_ARM
    # an interval wider than the outcome's whole scale is a failed computation, not an uncertainty (C12-12's rule for
    # the dose, here for the effect itself)
    failed = not few and wider_than_scale(effect.get("ci_bawah"), effect.get("ci_atas"), scale)
    if few or failed:
        info["efek"] = {**withheld(IkmEffect, rows), **counted, "rata_rata": table, "n_klaster": n_t + n_c}
        if failed:
            info["efek"]["alasan"] = "rentang_melebihi_skala"
    else:
        info["efek"] = {**as_kind(IkmEffect, _record(effect, rows)), **counted, "rata_rata": table,
                        **_inference(effect), **power(effect)}
    events = ES.event_study(cells, n, strata)
    if few:  # an arm below MIN_UNITS_PER_ARM: no event time is estimated or tested either, as the effect is not
        # (LOOK16 R-16: a pre-trend p and a post-training point over the 2 comparison units the rule calls too few)
        events = [{key: ev[key] for key in ("e", "fase", "n_unit_dilatih")} for ev in events]
    info["studi_peristiwa"] = [{**as_kind(EventTime, _record(ev, ev.get("n_unit", 0))), "e": ev["e"],
                                "fase": ev["fase"], "n_unit_dilatih": ev["n_unit_dilatih"], **_inference(ev)}
                               for ev in events]
    info["uji_tren_awal"] = pretrend_record(ES.pretrend(cells, n, strata, events), events, base, n_t, n_c)
    delta = Y[:, ia] - Y[:, ib]
    info["dosis"] = dose_record(ES.dose(delta, units["persen_dilatih"].to_numpy(float), np.arange(n), n, np.zeros(n)),
                                int(np.sum(~np.isnan(delta))), scale)
    info["putusan"] = verdict(info, better)
    return info


def dose_record(slope: dict[str, Any], units: int, scale: tuple[float, float] | None) -> DoseEstimate:
    """The dose slope as hasil.json keeps it, withheld with its reason (``alasan``) when fewer than MIN_UNITS_DOSE
    units have both periods ("unit_kurang_dosis": ES.dose returns nothing) or when its interval is wider than the
    outcome's whole scale ("rentang_melebihi_skala": a failed computation, never printed; CHECK12 C12-12)."""
    if not slope:
        code = "unit_kurang_dosis" if units < constants.MIN_UNITS_DOSE else "tanpa_keragaman"
        return {**withheld(DoseEstimate, units), "per_poin_persen": 10.0, "alasan": code, "n_klaster": units}
    if wider_than_scale(slope.get("ci_bawah"), slope.get("ci_atas"), scale):
        return {**withheld(DoseEstimate, slope["n_unit"]), "per_poin_persen": 10.0, "alasan": "rentang_melebihi_skala",
                "n_klaster": slope["n_unit"]}
    return {**as_kind(DoseEstimate, _record(slope, slope["n_unit"])), "per_poin_persen": 10.0, **_inference(slope)}


def pretrend_record(test: JointTest, events: list[dict[str, Any]], base: dict[int, int], n_t: int,
                    n_c: int) -> PretrendTest:
    """The pre-trend check as hasil.json keeps it. When it ran: the event time of the pre-period estimate nearest
    the training (``e_terdekat``, its estimate and interval in ``studi_peristiwa``) and the smallest difference that
    estimate could detect (``selisih_minimum_terdeteksi``: ``power``, POWER at 5%); a test that does not reject is
    no evidence of parallel trends when that difference is large (REVIEW6b R6b-11). When it did not: ``sebab``, the
    codes of what is missing (``pretrend_gaps``)."""
    out = cast(PretrendTest, {**test, "alpha": constants.PRETREND_ALPHA})
    leads = [ev for ev in events if ev["fase"] == "pre" and ev.get("se")]
    if test["tersedia"] and leads:
        mde = power(leads[-1]).get("efek_minimum_terdeteksi")
        out["e_terdekat"] = int(leads[-1]["e"])
        if mde is not None:
            out["selisih_minimum_terdeteksi"] = mde
    elif not test["tersedia"]:
        out["sebab"] = pretrend_gaps(n_t, n_c, base, events)
    return out


def pretrend_gaps(n_t: int, n_c: int, base: dict[int, int], events: list[dict[str, Any]]) -> list[str]:
    """Why no pre-trend check ran (PRETREND_GAPS), from what is actually missing: no trained or no comparison unit,
    fewer than MIN_UNITS_PER_ARM in an arm, no period before any cohort's reference period (the reference is the
    only one before training), too few units with data in the earlier periods, or too few units for the joint
    test's degrees of freedom. Each that holds, so the advice can name all of them (REVIEW6b R6b-8: the report
    blamed the number of periods where 2-6 periods existed and units were missing)."""
    why = []
    if n_t == 0:
        why.append("tanpa_dilatih")
    elif n_c == 0:
        why.append("tanpa_pembanding")
    elif min(n_t, n_c) < constants.MIN_UNITS_PER_ARM:
        why.append("unit_kurang")
    if base and not any(ref > 0 for ref in base.values()):
        why.append("satu_periode_sebelum")
    if not why:
        leads = [ev for ev in events if ev["fase"] == "pre"]
        enough = any(ev["n_unit_dilatih"] >= constants.MIN_UNITS_PER_ARM and ev.get("se") for ev in leads)
        why.append("df_kurang" if enough else "data_sebelum_kurang")
    return why


def _in_window(intervensi: Intervention | None, units: pd.DataFrame) -> Intervention:
    """The declared intervention with the number of its activities this comparison uses (the window's, this
    scope's; ``treatment.exposure``): REVIEW5b 4, the report named every year's and agency's 140 activities where
    the comparison used 64."""
    if not intervensi:
        return {"teks": "", "dipilih": False}
    count = units.attrs.get("n_kegiatan_jendela")
    return {**intervensi, "n_kegiatan_jendela": count} if intervensi.get("dipilih") and count is not None \
        else intervensi


def _cohorts(reached: pd.Series, periods: pd.DataFrame) -> tuple[np.ndarray, dict[int, int]]:
    """Each unit's cohort (first period starting after it reached the threshold; NEVER when it did
    not) and each cohort's reference period (the last period ended before any of its units
    reached the threshold). Units with no period before that are left out (-2)."""
    starts, ends = periods["periode_mulai"].to_numpy(), periods["periode_selesai"].to_numpy()
    cohort = np.full(len(reached), ES.NEVER)
    dates = reached.to_numpy(dtype="datetime64[ns]")
    has = ~pd.isna(reached).to_numpy()
    cohort[has] = np.searchsorted(starts, dates[has], side="right")
    base = {}
    for g in np.unique(cohort[has]):
        first = dates[has & (cohort == g)].min()
        earlier = np.flatnonzero(ends < first)
        if g >= len(starts) or not len(earlier):
            cohort[has & (cohort == g)] = -2  # reached after the last period used, or before the first
            continue
        base[int(g)] = int(earlier[-1])
    return cohort, base


def calendar_index(periods: pd.DataFrame) -> np.ndarray:
    """Each period's place on the calendar, counted in periods from the first: the period length
    is the median of the periods' own lengths (a semester, a quarter, a year), so a period missing
    from the data leaves a gap (2024-S1, 2024-S2, 2025-S2 -> 0, 1, 3)."""
    starts = pd.to_datetime(periods["periode_mulai"])
    ends = pd.to_datetime(periods["periode_selesai"])
    months = starts.dt.year.to_numpy() * 12 + starts.dt.month.to_numpy()
    length = max(float(np.median((ends - starts).dt.days.to_numpy() + 1)) / (365.25 / 12), 1.0)
    return np.round((months - months[0]) / round(length)).astype(int)


class _Power(TypedDict, total=False):
    efek_minimum_terdeteksi: float
    unit_untuk_estimasi_ini: int | None


def power(effect: dict[str, Any]) -> _Power:
    """Minimum detectable effect of this design: the effect that the interval as reported (its
    critical value, the bootstrap's when that was wider, and its df) excludes zero for with
    probability constants.POWER at the 5% level, two-sided. That is the noncentral-t shift
    ``inference.detectable_shift`` times the design's true SE, estimated by SE / ``median_se_ratio``
    so that the MDE is median-unbiased: (critical + t_0.80) x SE fell short (72% power at 3 v 3,
    df 4, with an exact t design; 74-77% in simulated panels at 3 v 3 and 5 v 5, docs/metode.md). When the
    interval includes zero, also the units (trained plus comparison, in the same proportion) with which
    an effect of the estimate's size would be that MDE (the SE falls as 1/sqrt(units))."""
    se, df = effect.get("se"), effect.get("df")
    low, high, value = effect.get("ci_bawah"), effect.get("ci_atas"), effect.get("estimasi")
    if not se or not df or low is None or high is None or value is None:
        return {}
    critical = (high - low) / 2 / se
    if not np.isfinite(critical):
        return {}
    mde = inference.detectable_shift(critical, df) * se / inference.median_se_ratio(df)
    units = int(effect.get("n_unit") or 0)
    needed = (int(np.ceil(units * (mde / abs(value)) ** 2)) if low <= 0 <= high and value and units else None)
    return {"efek_minimum_terdeteksi": float(mde), "unit_untuk_estimasi_ini": needed}


def _record(est: dict[str, Any], n: int) -> Estimate:
    """The estimate of an eventstudy record; its inference details follow the estimator's own keys
    (``_inference``)."""
    return estimate(n, est.get("estimasi"), est.get("ci_bawah"), est.get("ci_atas"), est.get("p"))


class _Better(TypedDict, total=False):
    membaik: bool | None


class _Inference(TypedDict):
    se: float | None
    df: float | None
    n_klaster: int | None
    bootstrap_liar: bool


def _inference(est: dict[str, Any]) -> _Inference:
    """The few-cluster inference details of an eventstudy record."""
    return {"se": est.get("se"), "df": est.get("df"), "n_klaster": est.get("n_unit"),
            "bootstrap_liar": bool(est.get("bootstrap"))}


def verdict(info: IkmDid, better: int = 1) -> Verdict:
    """Whether the estimate may be called an effect, and if not, why (codes: REASONS). Causal words
    need a declared intervention; a declared random assignment (``penugasan`` acak) stands in for the
    pre-trend check when there is none (randomisation makes the groups comparable before training),
    while a check that exists and rejects still blocks; a check that does not rule out a pre-training difference of
    half the effect does not earn the word (``uji_tren_lemah``, unless units were drawn by lot)."""
    effect, why = info["efek"], list[str]()
    chosen: Intervention | dict[str, Any] = info.get("intervensi") or {}
    if effect["unit_dilatih"] == 0:
        why.append("tanpa_dilatih")
    elif effect["unit_pembanding"] == 0:
        why.append("tanpa_pembanding")
    elif not effect["cukup_data"]:
        why.append("rentang_melebihi_skala" if effect.get("alasan") == "rentang_melebihi_skala" else "unit_kurang")
    if not chosen.get("dipilih"):
        why.append("intervensi_tidak_dipilih")
    test = info["uji_tren_awal"]
    if not test.get("tersedia"):
        if chosen.get("penugasan") != "acak":
            why.append("tanpa_uji_tren")
    elif test["p"] < constants.PRETREND_ALPHA:
        why.append("tren_awal_berbeda")
    elif weak_pretrend(test, effect, info.get("studi_peristiwa")) and chosen.get("penugasan") != "acak":
        why.append("uji_tren_lemah")
    if effect["cukup_data"] and effect["ci_bawah"] is not None and effect["ci_atas"] is not None:
        low, high = sorted((better * effect["ci_bawah"], better * effect["ci_atas"]))
        if low <= 0 <= high:
            why.append("selang_memuat_nol")
        elif high < 0:
            why.append("arah_tak_terduga")
    return {"boleh_kausal": not why, "kode_alasan": why}


def ikm_did(skm: pd.DataFrame, pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int,
            share: float = constants.TREATED_SHARE, before: str | None = None, after: str | None = None,
            ids: set[str] | None = None, intervensi: Intervention | None = None) -> IkmDid:
    """Impact on the converted IKM (unit means of respondents' scores, 25-100 points)."""
    if skm.empty:
        return {"tersedia": False, "alasan": "tanpa_skm"}
    return impact(skm.assign(skor=respondent_scores(skm)), "skor", pegawai, part, tahun, share, before, after,
                  ids, intervensi, scale=constants.SCALE_BOUNDS["ikm"])


def kinerja_did(kinerja: pd.DataFrame, pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int,
                share: float = constants.TREATED_SHARE, before: str | None = None, after: str | None = None,
                ids: set[str] | None = None, intervensi: Intervention | None = None) -> list[IndicatorDid]:
    """Impact on every indicator; 'membaik' says whether the estimate's direction is the better one."""
    out: list[IndicatorDid] = []
    cache: dict[Any, pd.DataFrame] = {}
    for indikator, rows in kinerja.groupby("indikator", sort=True):
        arah = rows["arah"].mode().iat[0]
        sign = 1 if arah == "naik_baik" else -1
        res = impact(rows, "nilai", pegawai, part, tahun, share, before, after, ids, intervensi, better=sign,
                     cache=cache)
        better = None  # True: interval wholly on the better side; False: wholly on the worse side
        effect = res.get("efek")
        if res["tersedia"] and effect and effect["cukup_data"] and effect["ci_bawah"] is not None \
                and effect["ci_atas"] is not None:
            low, high = sorted((sign * effect["ci_bawah"], sign * effect["ci_atas"]))
            better = True if low > 0 else False if high < 0 else None
        judged: _Better = {"membaik": better} if res["tersedia"] else {}
        out.append({"indikator": indikator, "arah": arah, **res, **judged})
    return out
