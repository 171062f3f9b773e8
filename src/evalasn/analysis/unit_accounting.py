"""Every unit of a difference-in-differences' scope accounted for (LOOK22 Y-4).

The trained and comparison counts of a staggered comparison (analysis.eventstudy) do not add up to the scope's
units: a unit trained later can be a comparison before its training and trained after it (counted in both arms),
or a comparison only (its cohort has no cell after its training), and a unit can be in neither arm. KPKP, 6 units:
2 trained and 3 comparison units, "5 unit seluruhnya", with 1 unit never mentioned. ``account`` splits the scope
into disjoint groups (GROUPS) that add up to its units, each unit not counted in its own arm with the condition that
kept it out (REASONS), in the order the conditions are checked.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from evalasn import constants
from evalasn.analysis import eventstudy as ES
from evalasn.analysis.contract.outcomes import UnitGroup

# disjoint groups: reached the threshold in the window and counted as trained (and also a comparison before its
# training), a comparison only before its training, in neither arm; not trained, a comparison or in neither arm
GROUPS = ("dilatih", "dilatih_juga_pembanding", "dilatih_kemudian_pembanding", "dilatih_tidak_dipakai",
          "tidak_dilatih_pembanding", "tidak_dilatih_tidak_dipakai")
# why a unit is not counted in its own arm, checked in this order: threshold reached outside the periods used, no
# indicator data in the periods its comparison needs (none at all, or not at the reference period and after the
# training), fewer than MIN_UNITS_PER_CELL units of its cohort with those data, no period after its training with
# MIN_UNITS_PER_CELL still-untrained units with data (constants.MIN_UNITS_PER_CELL, eventstudy.group_time's rule)
REASONS = ("di_luar_periode", "tanpa_data", "sendirian_di_kohort", "tanpa_pembanding_sesudah")
# why a unit that reached the threshold is not a comparison either (LOOK23 Z-1), eventstudy.untrained_at's rule over
# every period after another cohort's training, checked in this order: its own reference period lies before every
# such period (with that reference period and the first period the others are compared), no data at such a period
# and its reference period, no comparison built at any such period (too few units of the other cohort or too few
# comparison units with data); without any group-time cell the reason it is not counted as trained
COMPARISON_REASONS = ("di_luar_periode", "tanpa_data", "acuan_sudah_lewat", "tanpa_perbandingan_lain")
# (code, its own reference period, the first period the other units are compared) as written in hasil.json
Role = tuple[str, str | None, str | None]


def account(Y: np.ndarray, cohort: np.ndarray, base: dict[int, int], cells: list[ES.Cell], seen_both: np.ndarray,
            without_data: tuple[int, int], names: list[str]) -> list[UnitGroup]:
    """The scope's units in GROUPS (a group with a REASONS code per reason, and a unit left out with a
    COMPARISON_REASONS code too), each with its count; empty groups left out. ``Y``, ``cohort``, ``base``, ``cells``,
    ``seen_both`` and ``names`` as ``roles`` takes them; ``without_data``: the scope's units without any indicator
    data, (reached the threshold, not)."""
    counts: Counter[tuple[str, str | None, Role | None]] = Counter(roles(Y, cohort, base, cells, seen_both, names))
    counts["dilatih_tidak_dipakai", "tanpa_data", ("tanpa_data", None, None)] += without_data[0]
    counts["tidak_dilatih_tidak_dipakai", "tanpa_data", None] += without_data[1]
    order = {key: i for i, key in enumerate((None, *REASONS))}

    def rank(key: tuple[str, str | None, Role | None]) -> tuple[Any, ...]:
        group, why, role = key
        return (GROUPS.index(group), order[why], -1 if role is None else COMPARISON_REASONS.index(role[0]),
                role[1:] if role else ())
    out: list[UnitGroup] = []
    for (group, why, role), n in sorted(counts.items(), key=lambda kv: rank(kv[0])):
        if n:
            out.append({"kelompok": group, "n_unit_kelompok": n})
            if why:
                out[-1]["alasan"] = why
            if role:
                out[-1]["alasan_pembanding"] = role[0]
                if role[1] and role[2]:
                    out[-1]["periode_acuan"], out[-1]["periode_dibandingkan"] = role[1], role[2]
    return out


def roles(Y: np.ndarray, cohort: np.ndarray, base: dict[int, int], cells: list[ES.Cell], seen_both: np.ndarray,
          names: list[str]) -> list[tuple[str, str | None, Role | None]]:
    """Each unit's group (GROUPS), why it is not counted in its own arm (REASONS) and, left out, why it is not a
    comparison either (a Role), or None. ``Y``, ``cohort``, ``base`` and ``cells`` as analysis.eventstudy.group_time
    takes and gives them; ``seen_both``: the units with data in the before and after periods (the arms when no cell
    exists, as analysis.did counts them then); ``names``: the periods' codes."""
    post = [c for c in cells if c.kind == "pasca"]
    if post:
        treated = set().union(*(c.part.units[: c.n_treated].tolist() for c in post))
        control = set().union(*(c.part.units[c.n_treated:].tolist() for c in post))
    else:  # no cell: the arms are the units with data before and after (analysis.did, REVIEW6b R6b-9)
        treated = set(np.flatnonzero(seen_both & (cohort >= 0)).tolist())
        control = set(np.flatnonzero(seen_both & (cohort == ES.NEVER)).tolist())
    seen = ~np.isnan(Y)  # once for every unit's conditions
    out: list[tuple[str, str | None, Role | None]] = []
    for unit, group in enumerate(cohort):
        in_t, in_c = unit in treated, unit in control
        if group == ES.NEVER:
            out.append(("tidak_dilatih_pembanding", None, None) if in_c else
                       ("tidak_dilatih_tidak_dipakai", "tanpa_data", None))
        elif in_t:
            out.append(("dilatih_juga_pembanding" if in_c else "dilatih", None, None))
        elif in_c:
            out.append(("dilatih_kemudian_pembanding", _not_counted(unit, seen, cohort, base), None))
        elif post:
            out.append(("dilatih_tidak_dipakai", _not_counted(unit, seen, cohort, base),
                        _not_compared(unit, seen, cohort, base, post, names)))
        else:  # without a cell a unit that reached the threshold is in neither arm for the one reason
            why = "tanpa_data" if group >= 0 else "di_luar_periode"
            out.append(("dilatih_tidak_dipakai", why, (why, None, None)))
    return out


def _not_counted(unit: int, seen: np.ndarray, cohort: np.ndarray, base: dict[int, int]) -> str:
    """Why a unit that reached the threshold has no cell after its training (REASONS; eventstudy.group_time's
    conditions: MIN_UNITS_PER_CELL units of the cohort and as many still-untrained units, with data at the reference
    period and at a period from the cohort on); ``seen``: where the indicator has data."""
    g = int(cohort[unit])
    if g < 0 or g not in base:  # reached after the last period used, or before the first (did._cohorts: -2)
        return "di_luar_periode"
    ref = base[g]
    after = [t for t in range(g, seen.shape[1]) if seen[unit, t] and seen[unit, ref]]
    if not after:
        return "tanpa_data"
    peers = max(int(np.sum((cohort == g) & seen[:, t] & seen[:, ref])) for t in after)
    return "sendirian_di_kohort" if peers < constants.MIN_UNITS_PER_CELL else "tanpa_pembanding_sesudah"


def _not_compared(unit: int, seen: np.ndarray, cohort: np.ndarray, base: dict[int, int], post: list[ES.Cell],
                  names: list[str]) -> Role:
    """Why a unit that reached the threshold is in no comparison arm of another cohort's cells after its training
    (COMPARISON_REASONS; eventstudy.group_time's conditions: still untrained at the period compared,
    eventstudy.untrained_at, with data there and at the other cohort's reference period)."""
    n_periods = seen.shape[1]
    own = int(ES.reference_of(cohort[unit: unit + 1], base, n_periods)[0])
    others = [g for g in sorted(base) if g != cohort[unit]]
    pairs = [(g, t) for g in others for t in range(g, n_periods) if ES.untrained_at(own, t, base[g])]
    if not pairs and others:  # every other cohort compared after its own reference period
        compared = min([c.t for c in post if c.g != cohort[unit]] or others)
        return "acuan_sudah_lewat", names[own], names[compared]
    if pairs and not any(seen[unit, t] and seen[unit, base[g]] for g, t in pairs):
        return "tanpa_data", None, None
    return "tanpa_perbandingan_lain", None, None
