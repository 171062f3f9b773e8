"""Group-time difference-in-differences under staggered adoption (Callaway & Sant'Anna 2021).

Input: a unit x period matrix of the outcome (unit means; NaN where a unit has no data), each
unit's cohort (the index of the first period after it reached the training threshold; -1 = not
trained in the window) and each cohort's reference period (the last period that ended before any
of its units reached the threshold; a period in between is a transition period, shown but used
neither as the effect nor as the pre-trend check).

Every ATT(g, t) is a 2x2 comparison of the change from the reference period to t between cohort g
and the units still untrained at t (never trained in the window, or not yet: their own reference
period is not earlier than t), so units trained at different times never serve as each other's
controls once trained, and effects may differ by cohort and by time. Aggregates (overall ATT,
event-time estimates) weight the cells by the number of trained units in them. Inference:
``analysis.inference``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from evalasn import constants
from evalasn.analysis.contract.outcomes import JointTest
from evalasn.analysis.inference import Part, combine, influence, joint_wald

NEVER = -1


@dataclass
class Cell:
    """One group-time comparison."""

    g: int
    t: int
    kind: str  # "pre", "transisi" or "pasca"
    part: Part
    n_treated: int
    n_control: int
    event_time: int  # calendar periods from g to t (a period missing from the data is a gap, not skipped)


def group_time(Y: np.ndarray, cohort: np.ndarray, base: dict[int, int],
               calendar: np.ndarray | None = None) -> list[Cell]:
    """Every estimable ATT(g, t): at least constants.MIN_UNITS_PER_CELL units in each arm observed at t and at the
    cohort's reference period. ``calendar`` numbers the columns' periods on the calendar (0, 1, 3
    when the third period of the series is missing); event times count those."""
    n_units, n_periods = Y.shape
    calendar = np.arange(n_periods) if calendar is None else np.asarray(calendar)
    seen = ~np.isnan(Y)
    ref_of = reference_of(cohort, base, n_periods)
    cells = []
    for g in sorted(base):
        ref = base[g]
        for t in range(n_periods):
            if t == ref:
                continue
            kind = "pasca" if t >= g else "transisi" if t > ref else "pre"
            ok = seen[:, t] & seen[:, ref]
            treated = np.flatnonzero(ok & (cohort == g))
            control = np.flatnonzero(ok & (cohort != g) & untrained_at(ref_of, t, ref))
            if min(len(treated), len(control)) < constants.MIN_UNITS_PER_CELL:
                continue
            units = np.concatenate([treated, control])
            arm = np.r_[np.ones(len(treated)), np.zeros(len(control))]  # 1 = trained
            part = Part(units, Y[units, t] - Y[units, ref], np.column_stack([np.ones(len(units)), arm]),
                        np.array([0.0, 1.0]))
            cells.append(Cell(g, t, kind, part, len(treated), len(control), int(calendar[t] - calendar[g])))
    return cells


def reference_of(cohort: np.ndarray, base: dict[int, int], n_periods: int) -> np.ndarray:
    """Each unit's own reference period (its cohort's; ``n_periods``, after every period, for a unit never trained
    in the window or whose cohort has none)."""
    return np.array([base.get(c, n_periods) if c != NEVER else n_periods for c in cohort], dtype=int)


def untrained_at(ref_of: np.ndarray | int, t: int, ref: int) -> Any:
    """Whether units with these own reference periods (``reference_of``) are still untrained in a comparison of
    period ``t`` with the reference period ``ref``: their own reference period does not lie before either, so they
    are a comparison there (group_time's rule; analysis.unit_accounting says why a unit is not)."""
    return np.asarray(ref_of) >= max(t, ref)


def aggregate(cells: list[Cell], n_units: int, strata: np.ndarray, bootstrap: bool | None = False) -> dict[str, Any]:
    """Average of the cells' ATTs weighted by their trained units, with its inference."""
    total = sum(c.n_treated for c in cells)
    parts = [Part(c.part.units, c.part.y, c.part.X, c.part.contrast, c.n_treated / total) for c in cells]
    return combine(parts, n_units, strata, bootstrap=bootstrap)


def overall(cells: list[Cell], n_units: int, strata: np.ndarray, cohort: np.ndarray | None = None) -> dict[str, Any]:
    """The average effect after training (all post cells); wild bootstrap when units are few. With ``cohort`` the
    comparison units are split: never trained, and trained later (not yet trained, a comparison in the cells before
    their own training; also counted among the trained units when their cohort has cells; LOOK20 W-2)."""
    post = [c for c in cells if c.kind == "pasca"]
    if not post:
        return {}
    out = aggregate(post, n_units, strata, bootstrap=None)
    treated = set().union(*(c.part.units[: c.n_treated].tolist() for c in post))
    control = set().union(*(c.part.units[c.n_treated:].tolist() for c in post))
    out = out | {"unit_dilatih": len(treated), "unit_pembanding": len(control), "sel_pasca": len(post)}
    if cohort is not None:
        later = sum(1 for u in control if cohort[u] != NEVER)
        out |= {"unit_pembanding_tidak_dilatih": len(control) - later, "unit_pembanding_dilatih_kemudian": later,
                "unit_seluruhnya": len(treated | control)}  # a unit trained later may be in both arms (LOOK21 X-1)
    return out


def event_study(cells: list[Cell], n_units: int, strata: np.ndarray) -> list[dict[str, Any]]:
    """One estimate per event time e (calendar periods from the first period after the threshold),
    with the headline's inference: the wild bootstrap too below FEW_CLUSTERS units, so event time 0
    of a two-period design has the interval of the overall effect."""
    out = []
    for event_time in sorted({c.event_time for c in cells}):
        at = [c for c in cells if c.event_time == event_time]
        kind = "pasca" if event_time >= 0 else ("pre" if all(c.kind == "pre" for c in at) else "transisi")
        at = [c for c in at if c.kind == kind] if kind != "transisi" else at
        n_treated = sum(c.n_treated for c in at)
        est = aggregate(at, n_units, strata, bootstrap=None) if n_treated >= constants.MIN_UNITS_PER_ARM else {}
        out.append({"e": event_time, "fase": kind, "n_unit_dilatih": n_treated, **est})
    return out


def pretrend(cells: list[Cell], n_units: int, strata: np.ndarray, events: list[dict[str, Any]]) -> JointTest:
    """Joint F test that the pre-period event-time estimates nearest the training (at most
    PRETREND_MAX_LEADS, each with enough trained units) are zero: a placebo check, since before
    training the trained and comparison units should not drift apart. With one lead the test is
    that lead's own t test, so its p is the event study's (wild bootstrap included, the larger p);
    with several the Hotelling-scaled F on the Satterthwaite df is the few-cluster correction (a
    bootstrap of the joint statistic is not run: docs/metode.md)."""
    leads = [ev for ev in events if ev["fase"] == "pre" and ev.get("se")][-constants.PRETREND_MAX_LEADS:]
    if not leads:
        return {"tersedia": False, "k": 0}
    psis, ests = [], []
    for ev in leads:
        at = [c for c in cells if c.event_time == ev["e"] and c.kind == "pre"]
        total = sum(c.n_treated for c in at)
        parts = [Part(c.part.units, c.part.y, c.part.X, c.part.contrast, c.n_treated / total) for c in at]
        psis.append(influence(parts, n_units))
        ests.append(ev["estimasi"])
    df = min(ev["df"] for ev in leads)
    while len(ests) > 1 and df - len(ests) + 1 < 1:  # keep the leads nearest the training
        psis, ests = psis[1:], ests[1:]
    test = joint_wald(np.array(ests), np.array(psis), df)
    if test["tersedia"] and test["k"] == 1 and leads[-1].get("p") is not None:
        test["p"] = max(test["p"], float(leads[-1]["p"]))
    return test


def dose(delta: np.ndarray, dose_share: np.ndarray, units: np.ndarray, n_units: int, strata: np.ndarray,
         per: float = 10.0) -> dict[str, Any]:
    """Slope of the before-after change on the share of staff trained (per ``per`` percentage
    points), over every unit with both periods."""
    ok = ~np.isnan(delta) & ~np.isnan(dose_share)
    if ok.sum() < constants.MIN_UNITS_DOSE or np.ptp(dose_share[ok]) == 0:
        return {}
    X = np.column_stack([np.ones(ok.sum()), dose_share[ok] / per])
    return combine([Part(units[ok], delta[ok], X, np.array([0.0, 1.0]))], n_units, strata)
