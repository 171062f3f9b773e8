"""Kirkpatrick levels 1-3 and resistance to change, on the participations of one scope and year.

Level 1 reaksi: mean skor_reaksi, its distribution, by method. Level 2 pembelajaran: paired
pre/post change clustered by activity (t-test, g_av, d_z, share improved, Wilcoxon check), by
method and (province) by dinas, with an ANCOVA of post on pre. Level 3 perilaku: mean
skor_perilaku and its relation to the level-2 gain. Pre/post has no
comparison group: it measures change, not effect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import pandas as pd

from evalasn import constants
from evalasn.analysis import learning
from evalasn.analysis.contract.estimate import Coefficient
from evalasn.analysis.contract.kirkpatrick import Behaviour, BehaviourSlope, Learning, Reaction, Resistance
from evalasn.analysis.stats import as_kind, coefficient, mean_ci, ols, proportion_ci, withheld_because

Result = TypeVar("Result")


def level1(part: pd.DataFrame) -> Reaction:
    """Reaction: overall mean, the count per score band (1-5), and the mean by method."""
    scores = part["skor_reaksi"].dropna()
    bands = pd.cut(scores, bins=[0.999, 1.5, 2.5, 3.5, 4.5, 5.0], labels=["1", "2", "3", "4", "5"])
    return {
        "keseluruhan": mean_ci(scores),
        "sebaran": {k: int(v) for k, v in bands.value_counts().reindex(["1", "2", "3", "4", "5"],
                                                                       fill_value=0).items()},
        "per_metode": [{"metode": key, **e} for key, e in _by(part, "metode", lambda g: mean_ci(g["skor_reaksi"]),
                                                               constants.METODE)],
    }


def level2(part: pd.DataFrame, by_dinas: bool = False) -> Learning:
    """Learning: paired change clustered by activity overall, by method, and by dinas when asked;
    the ANCOVA of post on pre beside it (analysis.learning)."""
    out: Learning = {
        "keseluruhan": learning.paired_change_clustered(part),
        "per_metode": [{"metode": key, **e}
                       for key, e in _by(part, "metode", learning.paired_change_clustered, constants.METODE)],
        "ancova": learning.ancova(part),
    }
    if by_dinas:
        out["per_dinas"] = [{"dinas": key, **e} for key, e in _by(part, "dinas", learning.paired_change_clustered)]
    return out


def level3(part: pd.DataFrame) -> Behaviour:
    """Behaviour: mean skor_perilaku, and its slope on the level-2 gain (points of behaviour per
    10 points of gain) with robust (HC3) standard errors."""
    both = part[["skor_perilaku", "gain"]].dropna()
    relation: BehaviourSlope
    if len(both) < constants.MIN_N_REGRESSION or not both["gain"].std() > 0:
        relation = as_kind(BehaviourSlope, withheld_because(
            "data_kurang_regresi" if len(both) < constants.MIN_N_REGRESSION else "tanpa_keragaman", len(both)))
    else:
        result = ols(both["skor_perilaku"], both[["gain"]])
        relation = {**as_kind(BehaviourSlope, coefficient(result, "gain", len(both), scale=10.0)),
                    "korelasi": float(np.corrcoef(both["gain"], both["skor_perilaku"])[0, 1])}
    return {"keseluruhan": mean_ci(part["skor_perilaku"]), "per_10_poin_gain": relation,
            "per_metode": [{"metode": key, **e} for key, e in _by(part, "metode", lambda g: mean_ci(g["skor_perilaku"]),
                                                                  constants.METODE)]}


def complete_participations(part: pd.DataFrame) -> int:
    """Participations with all three values, pre, post and a behaviour rating: rows counted (the smallest of the
    three counts would count a row missing one value as complete when another row misses another)."""
    return int(part[["nilai_pre", "nilai_post", "skor_perilaku"]].notna().all(axis=1).sum())


def resistance(part: pd.DataFrame) -> Resistance:
    """Gain against skor_resistensi, controlling for method: points of gain per point of resistance, over the
    participations with a gain (a pre/post pair) and a score. The mean score and the share with a high score
    describe the participants (BAB V, the RESISTENSI row of the plan) and are over everyone with a score: resistance
    is measured before the activity, whether or not a post-test followed (REVIEW3 #9)."""
    scored = part["skor_resistensi"].dropna()
    high = scored >= constants.HIGH_RESISTANCE_SCORE
    mean, share = mean_ci(scored), proportion_ci(int(high.sum()), len(high))
    sub = part[["gain", "skor_resistensi", "metode"]].dropna()
    if len(sub) < constants.MIN_N_REGRESSION or not sub["skor_resistensi"].std() > 0:
        why = "data_kurang_regresi" if len(sub) < constants.MIN_N_REGRESSION else "tanpa_keragaman"
        return {"gain_per_poin_resistensi": withheld_because(why, len(sub)),
                "rata_resistensi": mean, "resistensi_tinggi": share}
    result = ols(sub["gain"], sub[["skor_resistensi"]], sub[["metode"]] if sub["metode"].nunique() > 1 else None)
    return {"gain_per_poin_resistensi": as_kind(Coefficient, coefficient(result, "skor_resistensi", len(sub))),
            "rata_resistensi": mean,
            "persen_resistensi_tinggi": float(high.mean() * 100), "resistensi_tinggi": share}


def _by(frame: pd.DataFrame, column: str, compute: Callable[[pd.DataFrame], Result],
        order: Sequence[str] | None = None) -> list[tuple[str, Result]]:
    """(value of ``column``, ``compute`` of its rows) for each value present, in ``order`` or sorted."""
    keys = order if order is not None else sorted(frame[column].dropna().unique())
    groups = dict(tuple(frame.groupby(column, observed=True))) if len(frame) else {}
    out = []
    for key in keys:
        group = groups.get(key)
        if group is None or group.empty:
            continue
        out.append((key, compute(group)))
    return out
