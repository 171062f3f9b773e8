"""Budget versus improvement, cost per point of gain, and budget realisation.

The model: participant's gain on ln(cost per participant of the activity), with JP, the
pre-test score (a low starter gains more), ln(class size) and method as controls, and year and
dinas fixed effects where several are present; standard errors clustered by activity (cost
varies by activity). With fewer than ``constants.FEW_CLUSTERS`` activities the slope's interval is
the impact estimator's few-cluster one (``analysis.few_clusters``: CR2, Bell-McCaffrey df, wild
bootstrap-t, the wider kept), and controls are dropped, fixed effects first, until the model has
at most one term per ``constants.BUDGET_ACTIVITIES_PER_TERM`` activities (the dropped ones are
listed in ``kontrol_dilepas``); with more activities CR1 with t(G - 1). The gain bought by
doubling the budget per participant is the slope x ln 2. Diminishing returns: a quadratic term in
ln(cost); returns fall off when it is negative with an interval that excludes zero. Activities
without a recorded cost (recorded_cost) are left out of the model, of the cost per point and of its bootstrap, and
counted.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import certainty, clustered, few_clusters, learning, small_clusters
from evalasn.analysis.contract.budget import (
    BudgetModel,
    MethodLittleGain,
    MethodOutsideFindings,
    MethodWithoutEstimate,
    MethodWithoutGain,
)
from evalasn.analysis.contract.estimate import (
    BudgetCoefficient,
    CostPerPoint,
    GainEstimate,
    MeanEstimate,
    MethodCostPerPoint,
    MethodGain,
)
from evalasn.analysis.contract.scope import BudgetYear, MethodActivities
from evalasn.analysis.little_gain import is_little_gain
from evalasn.analysis.stats import as_kind, bootstrap_ratio, coefficient, estimate, withheld

LN2 = float(np.log(2))


NUMERIC_CONTROLS = ("jp", "nilai_pre", "log_ukuran_kelas")
FIXED_EFFECTS = ("metode", "tahun_kegiatan", "dinas")
# With few activities, controls go in this order (the first goes first): fixed effects cost a term
# per level; the pre-test score varies within activities and is kept (regression to the mean is
# the strongest confounder of a gain).
DROP_ORDER = ("dinas", "tahun_kegiatan", "metode", "log_ukuran_kelas", "jp")


def recorded_cost(cost: pd.Series) -> pd.Series:
    """Where an activity's cost (`anggaran_rp`, or its `biaya_per_peserta_rp`) is recorded: above Rp 0. The one rule
    for every cost figure. SIMDIKLAT exports leave the field 0 when the cost sits in another budget line, so Rp 0, like
    an empty cell, is missing data, not a free activity (CHECK11 C11-1: 15 seminars at Rp 0 became "the cheapest
    method, Rp 0 per poin (Rp 0 s.d. Rp 0)"): the budget model (ln 0 is undefined too), the cost per point per method,
    per dinas and overall, and its bootstrap use only activities with a recorded cost, and count the others
    (`kegiatan_tanpa_biaya`)."""
    return pd.to_numeric(cost, errors="coerce").fillna(0.0) > 0


def without_recorded_cost(rows: pd.DataFrame, column: str = "biaya_per_peserta_rp") -> int:
    """How many activities of ``rows`` (participations, or activities with ``column`` "anggaran_rp") have no
    recorded cost (recorded_cost)."""
    return int(rows.loc[~recorded_cost(rows[column]), "kegiatan_id"].nunique()) if len(rows) else 0


def model_frame(part: pd.DataFrame) -> pd.DataFrame:
    """Participations with a gain, a pre-test score, a class size and a recorded cost per
    participant (recorded_cost), with ln(cost in millions) and ln(class size)."""
    sub = part.dropna(subset=["gain", "nilai_pre", "biaya_per_peserta_rp", "jp", "metode", "n_peserta"])
    sub = sub[recorded_cost(sub["biaya_per_peserta_rp"]) & (sub["n_peserta"] > 0)]
    return sub.assign(log_biaya=np.log(sub["biaya_per_peserta_rp"] / 1e6),
                      log_ukuran_kelas=np.log(sub["n_peserta"].astype(float)))


def budget_model(part: pd.DataFrame) -> BudgetModel:
    """Gain per doubling of budget per participant, with the check for diminishing returns."""
    frame = model_frame(part)
    n_activities = frame["kegiatan_id"].nunique()
    # the years the model pools, said beside its counts: a dinas's 14 activities of 2023-2025 beside its 8 of the
    # evaluated year (LOOK33 E-3)
    years = sorted(int(year) for year in frame["tahun_kegiatan"].unique())
    zero_cost = without_recorded_cost(part)
    too_few = len(frame) < constants.MIN_N_REGRESSION or n_activities < constants.MIN_ACTIVITIES_REGRESSION
    if too_few or frame["log_biaya"].std() == 0:
        # why, for the report: too few activities for a regression over activities, or no spread in cost
        why = "kegiatan_kurang_regresi" if too_few else "biaya_sama"
        return {"n_kegiatan": int(n_activities), "tahun_kegiatan": years, "kegiatan_tanpa_biaya": zero_cost,
                "gain_per_dobel": _withheld(len(frame), int(n_activities), years, why),
                "kuadratik": _withheld(len(frame), int(n_activities), years, why), "turun_hasil": None}
    categorical = [c for c in FIXED_EFFECTS if frame[c].nunique() > 1]
    numeric = [c for c in NUMERIC_CONTROLS if frame[c].std() > 0]
    dropped = _controls_to_drop(frame, numeric, categorical, n_activities)
    categorical = [c for c in categorical if c not in dropped]
    numeric = [c for c in numeric if c not in dropped]
    X = clustered.design(frame[["log_biaya", *numeric]], frame[categorical] if categorical else None)
    quad_X = X.assign(log_biaya_kuadrat=frame["log_biaya"] ** 2)
    if n_activities < constants.FEW_CLUSTERS:
        slope = _few(frame, X, "log_biaya")
        per_doubling = _few(frame, X, "log_biaya", LN2)
        curvature = _few(frame, quad_X, "log_biaya_kuadrat")
    else:
        linear = clustered.cluster_ols(frame["gain"], X, frame["kegiatan_id"], use_t=True)
        quad = clustered.cluster_ols(frame["gain"], quad_X, frame["kegiatan_id"], use_t=True)
        slope = as_kind(BudgetCoefficient, coefficient(linear, "log_biaya", len(frame)))
        per_doubling = as_kind(BudgetCoefficient, coefficient(linear, "log_biaya", len(frame), scale=LN2))
        curvature = as_kind(BudgetCoefficient, coefficient(quad, "log_biaya_kuadrat", len(frame)))
    falls_off = bool(curvature["ci_atas"] is not None and curvature["ci_atas"] < 0)
    return {
        "n_kegiatan": int(n_activities),
        "tahun_kegiatan": years,
        "kegiatan_tanpa_biaya": zero_cost,
        "gain_per_dobel": per_doubling,
        "gain_per_log_biaya": slope,
        "kuadratik": curvature,
        "turun_hasil": falls_off,
        "kontrol": [*numeric, *categorical],
        "kontrol_dilepas": dropped,
        "biaya_median_per_peserta_rp": float(frame.drop_duplicates("kegiatan_id")["biaya_per_peserta_rp"].median()),
    }


def _controls_to_drop(frame: pd.DataFrame, numeric: list[str], categorical: list[str], n_activities: int) -> list[str]:
    """Controls left out so that the model has at most one term per BUDGET_ACTIVITIES_PER_TERM
    activities (terms: intercept, ln cost, the numeric controls, a dummy per extra level)."""
    terms = {c: 1 for c in numeric} | {c: int(frame[c].nunique()) - 1 for c in categorical}
    allowed = n_activities / constants.BUDGET_ACTIVITIES_PER_TERM
    dropped: list[str] = []
    for control in DROP_ORDER:
        if 2 + sum(terms.values()) <= allowed:
            break
        if control in terms:
            dropped.append(control)
            del terms[control]
    return dropped


def _few(frame: pd.DataFrame, X: pd.DataFrame, name: str, scale: float = 1.0) -> BudgetCoefficient:
    """A coefficient with the few-cluster inference of analysis.few_clusters."""
    fit = few_clusters.coefficient(frame["gain"], X, frame["kegiatan_id"], name, scale)
    record = estimate(len(frame), fit["estimasi"], fit["ci_bawah"], fit["ci_atas"], fit["p"])
    return {**as_kind(BudgetCoefficient, record), "se": fit["se"], "df": fit["df"], "bootstrap_liar": fit["bootstrap"]}


def _withheld(n: int, n_activities: int, years: list[int], why: str) -> BudgetCoefficient:
    return {**withheld(BudgetCoefficient, n), "n_kegiatan": n_activities, "tahun_kegiatan": years, "alasan": why}


def cost_per_point(part: pd.DataFrame, gains: list[MethodGain],
                   kegiatan: pd.DataFrame | None = None) -> list[MethodCostPerPoint]:
    """Rupiah per point of gain for each method: the cost of its participants with both scores over their total
    gain points, with a bootstrap interval over activities; ``part`` holds every participation of the year (those
    without scores too: the activities' cost, `anggaran_rp`, is theirs as well); ``gains`` are the methods' gain
    records (`level2_pembelajaran.per_metode`), whose answer to "clearly above zero" decides; ``kegiatan`` the
    scope's activities of the year (their budget without any participant row is in `anggaran_rp` too)."""
    by_method = {gain["metode"]: gain for gain in gains}
    unattended = unattended_budget(kegiatan)
    return [{"metode": metode, **_cost_per_point(part[part["metode"] == metode], by_method.get(metode),
                                                 float(unattended.get(metode, 0.0)))}
            for metode in constants.METODE]


def cost_per_point_all(part: pd.DataFrame, gain: GainEstimate, kegiatan: pd.DataFrame | None = None) -> CostPerPoint:
    """Rupiah per point of gain over all methods: the scope's budget efficiency; ``part`` every participation of
    the year, ``gain`` the scope's gain record of the same year (`level2_pembelajaran.keseluruhan`,
    `tren[].gain`), ``kegiatan`` the scope's activities of the year."""
    return _cost_per_point(part, gain, float(unattended_budget(kegiatan).sum()))


def activity_cost(rows: pd.DataFrame) -> float:
    """What the activities of ``rows`` (participations) cost: each activity's cost per participant times all its
    participants, with or without scores, i.e. the activity's budget as the kegiatan sheet gives it (Tabel 4,
    `pelaksanaan.kegiatan_per_metode[].anggaran_rp`). One cost basis for every sentence that names the money
    (REVIEW6 R6-25): the cost per point itself divides only the share of participants with both scores."""
    # = rows.groupby("kegiatan_id").agg(n=size, biaya=first), then sum(n * biaya), in numpy: the groupby's fixed
    # cost (~7 ms a call, 90 calls per model run) was 7% of the model stage on the test sample (bench/README.md)
    codes, activities = pd.factorize(rows["kegiatan_id"], sort=True)  # -1: no kegiatan_id, left out as groupby does
    cost = rows["biaya_per_peserta_rp"].to_numpy(dtype=float, na_value=np.nan)
    keep = codes >= 0
    codes, cost = codes[keep], cost[keep]
    known = ~np.isnan(cost)
    first = np.full(len(activities), np.nan)  # an activity's first recorded cost per participant ("first" skips NaN)
    found, at = np.unique(codes[known], return_index=True)
    first[found] = cost[known][at]
    return float(pd.Series(np.bincount(codes, minlength=len(activities)) * first).sum())  # pandas' sum: NaN skipped


def unattended_budget(kegiatan: pd.DataFrame | None) -> pd.Series:
    """The budget of the activities without any participant row (n_peserta 0, so no cost per participant), by
    method: Tabel 4 sums it with the others, no participation carries it, and the money a withheld cost per point
    names adds it (truth8); the cleaning stage's log names these activities (ingest.clean.quality_log)."""
    if kegiatan is None or not len(kegiatan) or not {"metode", "n_peserta", "anggaran_rp"} <= set(kegiatan.columns):
        return pd.Series(dtype=float)
    alone = kegiatan[(kegiatan["n_peserta"] == 0) & recorded_cost(kegiatan["anggaran_rp"])]
    return alone.groupby("metode")["anggaran_rp"].sum()


def scored_activities(rows: pd.DataFrame) -> pd.DataFrame:
    """Per activity (index ``kegiatan_id``, sorted) of scored participations with a recorded cost: the sum of their
    gains, their number and the first cost per participant, activities with a missing one left out. Each column by
    its own groupby call: the same frame as ``agg(gain=("gain", "sum"), n=("gain", "size"), biaya=(..., "first"))``
    at a fifth of its cost (tests/unit/test_activity_cost.py)."""
    grouped = rows.groupby("kegiatan_id")
    return pd.DataFrame({"gain": grouped["gain"].sum(), "n": grouped["gain"].size(),
                         "biaya": grouped["biaya_per_peserta_rp"].first()}).dropna()


def _cost_per_point(part: pd.DataFrame, gain: GainEstimate | None, unattended: float = 0.0) -> CostPerPoint:
    """The cost per point over the activities with a recorded cost (recorded_cost; the others are counted in
    `kegiatan_tanpa_biaya`), withheld with its reason when too few activities have a recorded cost while enough have
    scores ("biaya_tidak_tercatat"), when there are too few activities, when the total gain is not positive, when the
    gain is not clearly above zero (the gain record's ``status_kenaikan``, certainty.gain_status: a ratio to a gain
    that may be zero says nothing), or when the bootstrap interval has no finite upper end. The ratio is the scored
    participants' cost over their gain points; a withheld one carries the activities' whole cost (activity_cost,
    plus ``unattended``: the budget of activities without participants), the money the report says cannot be
    divided. `rata_gain` is always the mean gain of exactly the participants counted in `n` (those with both scores
    in the costed activities), in every branch (LOOK36 J-1: withheld for unrecorded cost it held every scored
    participant's mean, printed as "7,7 poin pada 61 peserta di kegiatan dengan biaya tercatat" where those 61
    averaged 10,6); the mean over every scored participant is the gain record's (`level2_pembelajaran`), and
    `gain_rata` beside it."""
    scored = part.dropna(subset=["gain"])
    rows = scored[recorded_cost(scored["biaya_per_peserta_rp"])]
    unrecorded = without_recorded_cost(part)
    spent = activity_cost(part) + unattended
    per_activity = scored_activities(rows)
    per_activity["cost"] = per_activity["biaya"] * per_activity["n"]
    n = int(per_activity["n"].sum())
    # a division of two known sums, no estimate: given beside any cost per point, withheld or not (CHECK10 C10-11)
    per_person = {"biaya_per_peserta_rp": float(per_activity["cost"].sum() / n)} if n else {}
    mean_gain = float(per_activity["gain"].sum() / n) if n else None
    too_few = len(per_activity) < constants.MIN_ACTIVITIES_COST or n < constants.MIN_N
    if too_few or per_activity["gain"].sum() <= 0:
        # the reason is kept: a total gain at or below zero is a finding, not missing data; too few activities with a
        # recorded cost where the scored ones would be enough is missing cost, said as such (CHECK11 C11-1)
        enough_scored = scored["kegiatan_id"].nunique() >= constants.MIN_ACTIVITIES_COST and len(scored) >= \
            constants.MIN_N
        # no costed activity at all while some are at Rp 0 is missing cost too, however few they are: "kegiatan_kurang"
        # with 0 activities read "tidak ada kegiatan" on a row of 2 (CHECK12 C12-3)
        missing = unrecorded and (enough_scored or per_activity.empty)
        reason = ("biaya_tidak_tercatat" if missing else "kegiatan_kurang") if too_few else "gain_tidak_positif"
        # "not positive" only when the gain's interval ends at or below zero; a total at or below zero whose
        # interval reaches above it is a gain not yet certain (CHECK11 C11-11: "tidak positif (−2,0; −4,6 s.d. 0,7)")
        upper = gain.get("ci_atas") if gain else None
        unsure = reason == "gain_tidak_positif" and upper is not None and upper > constants.NO_GAIN_UPPER
        gain_ends = {"gain_rata": gain["estimasi"], "gain_bawah": gain["ci_bawah"], "gain_atas": upper,
                     "gain_n_kegiatan": gain["n_kegiatan"]} if unsure and gain else {}
        return {**withheld(CostPerPoint, n), "n_kegiatan": len(per_activity), "kegiatan_tanpa_biaya": unrecorded,
                "alasan": "gain_belum_jelas" if unsure else reason, "rata_gain": mean_gain, "anggaran_rp": spent,
                **gain_ends, **per_person}  # type: ignore[typeddict-item]
    point, low, high, share = bootstrap_ratio(per_activity["cost"].to_numpy(), per_activity["gain"].to_numpy())
    status = gain.get("status_kenaikan") if gain else None
    unsure = status in (certainty.UNSURE, certainty.DOWN)
    if unsure or not math.isfinite(high):
        # a finding, said in words, never a number: the gain may be zero (its own record says so), or the bootstrap
        # has more than constants.COST_UNBOUNDED_SHARE replicates without a positive gain (no finite upper bound)
        return {**withheld(CostPerPoint, n), "n_kegiatan": len(per_activity), "kegiatan_tanpa_biaya": unrecorded,
                "alasan": "gain_belum_jelas" if unsure else "rasio_tak_terbatas",
                "rata_gain": mean_gain, "anggaran_rp": spent,
                # the gain judged "clearly above zero" or not, with its own mean and activities (all scored ones, those
                # at Rp 0 too): `rata_gain` is the costed activities' (CHECK14 E14-5: "2,0 poin dari 26 kegiatan")
                "gain_rata": gain["estimasi"] if gain else mean_gain,
                "gain_bawah": gain["ci_bawah"] if gain else None, "gain_atas": gain["ci_atas"] if gain else None,
                "gain_n_kegiatan": gain["n_kegiatan"] if gain else len(per_activity),
                "porsi_replikasi_tidak_positif": share, **per_person}  # type: ignore[typeddict-item]
    # the total cost with the estimate too, as beside a withheld one (LOOK36b K-7: the workbook's one method with a cost
    # per point had no total)
    return {**as_kind(CostPerPoint, estimate(n, point, low, high)), "n_kegiatan": len(per_activity),
            "kegiatan_tanpa_biaya": unrecorded, "rata_gain": mean_gain, "porsi_replikasi_tidak_positif": share,
            "anggaran_rp": spent, **per_person}  # type: ignore[typeddict-item]


def without_gain(gains: list[MethodGain], activities: list[MethodActivities],
                 dinas: str | None = None) -> list[MethodWithoutGain]:
    """Money spent without gain (docs/metode.md, "Temuan"): every method with a budget in the year whose
    participants' gain (clustered by activity) has a 95% interval whose upper end is at or below zero
    (constants.NO_GAIN_UPPER: the data rule out a rise; a point estimate below zero is not enough), with the
    budget of its activities; ``menurun`` when the whole interval lies below zero (scores fell). A method held in the
    year whose cost is not recorded (recorded_cost: Rp 0 or blank) is listed all the same, ``biaya_tercatat`` false:
    the finding is the learning result, whatever the money (CHECK11 C11-11: 241 participants' scores fell in 15
    seminars recorded at Rp 0, and no finding said so)."""
    spent = {row["metode"]: row for row in activities}
    out: list[MethodWithoutGain] = []
    for gain in gains:
        cost = spent.get(gain["metode"])
        if not gain["cukup_data"] or gain["ci_atas"] is None or gain["ci_atas"] > constants.NO_GAIN_UPPER or not cost:
            continue
        recorded = bool(recorded_cost(pd.Series([cost["anggaran_rp"]])).iloc[0])
        out.append({"metode": gain["metode"], "dinas": dinas, "n": gain["n"], "n_kegiatan": cost["n_kegiatan"],
                    "estimasi": gain["estimasi"], "ci_bawah": gain["ci_bawah"], "ci_atas": gain["ci_atas"],
                    "cukup_data": True, "anggaran_rp": float(cost["anggaran_rp"]) if recorded else 0.0,
                    "biaya_tercatat": recorded,
                    "menurun": bool(gain["ci_atas"] is not None and gain["ci_atas"] < 0)})
    return out


def little_gain(gains: list[MethodGain], activities: list[MethodActivities],
                dinas: str | None = None) -> list[MethodLittleGain]:
    """Money spent for a very small gain (is_little_gain): every method with a budget in the year whose gain the
    rule calls very small."""
    spent = {row["metode"]: row for row in activities}
    out: list[MethodLittleGain] = []
    for gain in gains:
        cost = spent.get(gain["metode"])
        high, effect, effect_low, effect_high = (gain.get("ci_atas"), gain.get("g_av"), gain.get("g_av_bawah"),
                                                 gain.get("g_av_atas"))
        if high is None or effect is None or effect_high is None or not cost or cost["anggaran_rp"] <= 0:
            continue
        if is_little_gain(gain):
            # the effect size and its interval that admit the row, as the report prints them (LOOK22 Y-2)
            out.append({"metode": gain["metode"], "dinas": dinas, "n": gain["n"], "n_kegiatan": cost["n_kegiatan"],
                        "estimasi": gain["estimasi"], "ci_bawah": gain["ci_bawah"], "ci_atas": high,
                        "cukup_data": True, "anggaran_rp": float(cost["anggaran_rp"]), "menurun": False,
                        "g_av": float(effect),
                        "g_av_bawah": None if effect_low is None else float(effect_low),
                        "g_av_atas": float(effect_high)})
    return out


def without_estimate(gains: list[MethodGain], activities: list[MethodActivities],
                     dinas: str | None = None) -> list[MethodWithoutEstimate]:
    """Money whose gain has no estimate (P4, session 8: such rows left the money-without-gain lists silently): every
    method with a budget in the year whose participants' gain was withheld (too few activities or participants) or
    not measured at all, with its budget, activities and participants with both scores and the gain's own reason
    (``alasan``, with ``rata_peserta``); the report says its cost and why."""
    measured = {row["metode"]: row for row in gains}
    out: list[MethodWithoutEstimate] = []
    for cost in activities:
        gain = measured.get(cost["metode"])
        if cost["anggaran_rp"] <= 0 or (gain is not None and gain["cukup_data"]):
            continue
        row: MethodWithoutEstimate = {"metode": cost["metode"], "dinas": dinas, "n": int(gain["n"]) if gain else 0,
                                      "n_kegiatan": int(cost["n_kegiatan"]), "anggaran_rp": float(cost["anggaran_rp"])}
        # the rule that withheld the gain, as the agency report gives it (REVIEW7 R7-5: the province printed the cost
        # per point's minimum of 5 activities where the gain's of 3 withheld it)
        if gain is not None and gain.get("alasan"):
            row["alasan"] = gain["alasan"]
            if gain.get("rata_peserta") is not None:
                row["rata_peserta"] = gain["rata_peserta"]
        out.append(row)
    return out


def outside_findings(part: pd.DataFrame, findings: list[MethodWithoutGain],
                     spent: dict[str, float] | None = None) -> list[MethodOutsideFindings]:
    """The province: for each method some dinas has a finding of its own for (``findings``: the dinas rows of
    `tanpa_kenaikan` and `sedikit_kenaikan`), the gain of its participants (``part``: the year's participations) in
    every other dinas, clustered by activity as every method's gain (learning.paired_change_clustered): what the
    province-wide figure is without those dinas (LOOK11 L-3: '3,3 poin (677 peserta)' had no interval); the money of
    those dinas for the method and, with ``spent`` (the province's budget per method, `pelaksanaan
    .kegiatan_per_metode[]`), its share of the method's budget (LOOK23 Z-3: "terutama dari" four dinas that held 47%
    of it)."""
    out: list[MethodOutsideFindings] = []
    for metode in constants.METODE:
        judged = sorted({str(r["dinas"]) for r in findings if r["metode"] == metode and r.get("dinas")})
        if judged:
            rows = part[part["metode"] == metode]
            money, share = judged_money(findings, metode, (spent or {}).get(metode))
            out.append({"metode": metode, "dinas_dikecualikan": judged,
                        **learning.paired_change_clustered(rows[~rows["dinas"].isin(judged)]),
                        "selisih_dengan_temuan": outside_difference(rows, ~rows["dinas"].isin(judged)),
                        "anggaran_dikecualikan_rp": money, "persen_anggaran_dikecualikan": share})
    return out


def judged_money(findings: list[MethodWithoutGain], metode: str, total: float | None) -> tuple[float, float | None]:
    """The money of the dinas with a finding of their own for ``metode`` (each row's `anggaran_rp`, a dinas once)
    and its percentage of ``total``, the method's budget over the province (None without one)."""
    money = {str(r["dinas"]): float(r["anggaran_rp"]) for r in findings if r["metode"] == metode and r.get("dinas")}
    spent = sum(money.values())
    return spent, (spent / total * 100 if total and total > 0 else None)


def outside_difference(rows: pd.DataFrame, outside: pd.Series) -> MeanEstimate:
    """The gain of the participants in ``outside`` less that of the others (the dinas with a finding of their own),
    one estimate: OLS of post - pre on an intercept and an outside indicator, CR1 clustered by kegiatan_id with t on
    G - 1 and the few-cluster rule of analysis.small_clusters, as every method gain (LOOK12 K-2: two overlapping
    intervals do not decide a difference, and the outside group is part of the province-wide one). Withheld when
    either side has fewer than constants.MIN_CLUSTERS activities."""
    both = rows.assign(luar=outside.astype(float))[["nilai_pre", "nilai_post", "kegiatan_id", "luar"]].dropna()
    n, activities = len(both), int(both["kegiatan_id"].nunique())
    sides = [both.loc[both["luar"] == side, "kegiatan_id"].nunique() for side in (0.0, 1.0)]
    if n < constants.MIN_N or min(sides) < constants.MIN_CLUSTERS:
        return {**withheld(MeanEstimate, n), "n_kegiatan": activities, "alasan": "kegiatan_kurang_klaster"}
    X = pd.DataFrame({"Intercept": 1.0, "luar": both["luar"]}, index=both.index)
    fit = clustered.cluster_ols(both["nilai_post"] - both["nilai_pre"], X, both["kegiatan_id"], use_t=True)
    value = float(fit.params["luar"])
    plain = float(fit.bse_plain["luar"]) if fit.bse_plain is not None else float("nan")
    ends = small_clusters.interval(value, float(fit.bse["luar"]), plain, activities)
    if ends is None:
        return {**withheld(MeanEstimate, n), "n_kegiatan": activities, "alasan": "tanpa_keragaman"}
    low, high, se = ends
    p = float(2 * sps.t.sf(abs(value / se), activities - 1))
    return {**as_kind(MeanEstimate, estimate(n, value, low, high, p)), "n_kegiatan": activities}


def recorded_ceiling(pagu: pd.Series) -> pd.Series:
    """Where a budget ceiling (`pagu_rp`, summed per dinas and year) is recorded: above Rp 0. A ceiling of Rp 0 is a
    missing figure, as an activity cost of Rp 0 is (recorded_cost): no realisation can be computed against it, and
    the dinas is not one with budget data that year (CHECK14 E14-6: Gulkarmat's "Rp 0 / Rp 0" rows were budget data in
    the province's table and "no budget data" in the sentence under it; ingest warns of them)."""
    return pd.to_numeric(pagu, errors="coerce").fillna(0.0) > 0


def realisation(anggaran: pd.DataFrame) -> list[BudgetYear]:
    """Pagu against realisasi per year, summed over the scope's dinas with a recorded ceiling that year
    (recorded_ceiling; named in each row, `dinas_anggaran`: the sum of another year may be over other dinas); the dinas
    whose rows that year have a ceiling of Rp 0 are named apart (`dinas_pagu_nol`). A year with only such rows keeps
    what they hold (pagu Rp 0) and no percentage."""
    out: list[BudgetYear] = []
    for tahun, rows in anggaran.groupby("tahun", sort=True):
        ceiling = rows.groupby("dinas")["pagu_rp"].sum()
        zero = sorted(str(slug) for slug in ceiling.index[~recorded_ceiling(ceiling)])
        counted = rows[~rows["dinas"].isin(zero)] if len(zero) < len(ceiling) else rows
        pagu, spent = float(counted["pagu_rp"].sum()), float(counted["realisasi_rp"].sum())
        out.append({"tahun": int(tahun), "pagu_rp": pagu, "realisasi_rp": spent,
                    "persen_realisasi": spent / pagu * 100 if pagu > 0 else None,
                    "dinas_anggaran": sorted(str(slug) for slug in ceiling.index if str(slug) not in zero),
                    "dinas_pagu_nol": zero})
    return out
