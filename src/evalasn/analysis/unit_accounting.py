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


def account(Y: np.ndarray, cohort: np.ndarray, base: dict[int, int], cells: list[ES.Cell], seen_both: np.ndarray,
            without_data: tuple[int, int]) -> list[UnitGroup]:
    """The scope's units in GROUPS (a group with a REASONS code per reason), each with its count; empty groups left
    out. ``Y``, ``cohort``, ``base`` and ``cells`` as analysis.eventstudy.group_time takes and gives them;
    ``seen_both``: the units with data in the before and after periods (the arms when no cell exists, as
    analysis.did counts them then); ``without_data``: the scope's units without any indicator data, (reached the
    threshold, not)."""
    post = [c for c in cells if c.kind == "pasca"]
    if post:
        treated = set().union(*(c.part.units[: c.n_treated].tolist() for c in post))
        control = set().union(*(c.part.units[c.n_treated:].tolist() for c in post))
    else:  # no cell: the arms are the units with data before and after (analysis.did, REVIEW6b R6b-9)
        treated = set(np.flatnonzero(seen_both & (cohort >= 0)).tolist())
        control = set(np.flatnonzero(seen_both & (cohort == ES.NEVER)).tolist())
    counts: Counter[tuple[str, str | None]] = Counter()
    why: str | None
    for unit, group in enumerate(cohort):
        in_t, in_c = unit in treated, unit in control
        if group == ES.NEVER:
            counts["tidak_dilatih_pembanding" if in_c else "tidak_dilatih_tidak_dipakai",
                   None if in_c else "tanpa_data"] += 1
        elif in_t:
            counts["dilatih_juga_pembanding" if in_c else "dilatih", None] += 1
        else:
            why = _not_counted(unit, Y, cohort, base) if post else "tanpa_data" if group >= 0 else "di_luar_periode"
            counts["dilatih_kemudian_pembanding" if in_c else "dilatih_tidak_dipakai", why] += 1
    counts["dilatih_tidak_dipakai", "tanpa_data"] += without_data[0]
    counts["tidak_dilatih_tidak_dipakai", "tanpa_data"] += without_data[1]
    order = {key: i for i, key in enumerate((None, *REASONS))}
    out: list[UnitGroup] = []
    for (group, why), n in sorted(counts.items(), key=lambda kv: (GROUPS.index(kv[0][0]), order[kv[0][1]])):
        if n:
            out.append({"kelompok": group, "n_unit_kelompok": n})
            if why:
                out[-1]["alasan"] = why
    return out


def _not_counted(unit: int, Y: np.ndarray, cohort: np.ndarray, base: dict[int, int]) -> str:
    """Why a unit that reached the threshold has no cell after its training (REASONS; eventstudy.group_time's
    conditions: MIN_UNITS_PER_CELL units of the cohort and as many still-untrained units, with data at the reference
    period and at a period from the cohort on)."""
    g = int(cohort[unit])
    if g < 0 or g not in base:  # reached after the last period used, or before the first (did._cohorts: -2)
        return "di_luar_periode"
    seen, ref = ~np.isnan(Y), base[g]
    after = [t for t in range(g, Y.shape[1]) if seen[unit, t] and seen[unit, ref]]
    if not after:
        return "tanpa_data"
    peers = max(int(np.sum((cohort == g) & seen[:, t] & seen[:, ref])) for t in after)
    return "sendirian_di_kohort" if peers < constants.MIN_UNITS_PER_CELL else "tanpa_pembanding_sesudah"
