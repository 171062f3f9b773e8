"""Indeks Kepuasan Masyarakat exactly as PermenPAN-RB 14/2017 defines it, and the weak elements.

IKM = sum over the nine elements of (mean score of the element x 1/9, the exact weight rather than
the regulation's printed "0,11"); converted IKM = IKM x 25; category by the official intervals of
the converted value. A blank element score is left out of that element's mean only. A unit's IKM
is computed from its respondents; a dinas's or the province's IKM from all their respondents
pooled (element means over every respondent), not as a mean of unit IKMs, so a unit weighs by its
respondents. Every category comes with the categories its 95% interval reaches, and a unit with
fewer respondents than the regulation's sample (Krejcie & Morgan) is flagged: its category is
indicative.
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd

from evalasn import constants
from evalasn.analysis import small_clusters
from evalasn.analysis.contract.kirkpatrick import ElementMean
from evalasn.analysis.contract.outcomes import ElementMeans, IkmSummary, PeriodIkm, SampleCheck, UnitIkm
from evalasn.analysis.ikm_category import category as category
from evalasn.analysis.ikm_category import category_range as category_range
from evalasn.analysis.stats import as_kind, estimate, fit_quietly, withheld
from evalasn.schema import unit_key

ELEMENTS = list(constants.IKM_ELEMENTS)
SCALE = constants.SCALE_BOUNDS["skor_1_4"]  # an element mean
IKM_SCALE = constants.SCALE_BOUNDS["ikm"]  # a converted IKM


def minimum_sample(users: int = constants.SKM_SERVICE_USERS_ASSUMED) -> int:
    """Respondents PermenPAN-RB 14/2017 asks for ``users`` service users (Krejcie & Morgan 1970)."""
    x2, p, margin = constants.KREJCIE_MORGAN_CHI2, constants.KREJCIE_MORGAN_P, constants.KREJCIE_MORGAN_D
    return int(np.ceil(x2 * users * p * (1 - p) / (margin**2 * (users - 1) + x2 * p * (1 - p)) - 1e-9))


def ikm_from_element_means(means: pd.Series) -> float:
    """Converted IKM from the nine element means (1-4 scale)."""
    return float(sum(means[u] * constants.IKM_WEIGHT for u in ELEMENTS) * constants.IKM_CONVERSION)


def respondent_scores(skm: pd.DataFrame) -> pd.Series:
    """Each respondent's converted score: the mean of their answered elements x 25."""
    return skm[ELEMENTS].astype("float64").mean(axis=1) * constants.IKM_CONVERSION


def summarise(skm: pd.DataFrame, cluster: str | None = None) -> IkmSummary:
    """IKM of a set of responses: element means, converted IKM with a 95% interval, category, n respondents.
    Without ``cluster`` the set is one unit, its own IKM (by_unit's numbers: the respondents' t interval). With it,
    a scope pooled over units, clustered by unit; over too few units for an interval (small_clusters.too_few_units,
    one or two) it is withheld as the elements are: its value kept as `rata_ikm`, with `alasan`
    "unit_kurang_klaster" and the units it rests on; no interval, category or test rests on it."""
    n = len(skm)
    if n < constants.MIN_RESPONDENTS_UNIT:
        return {**withheld(IkmSummary, n), "kategori": None, "label": None, "unsur": {}}
    means = skm[ELEMENTS].astype("float64").mean()
    value = ikm_from_element_means(means)
    units = int(skm[cluster].nunique()) if cluster else None
    if units is not None and small_clusters.too_few_units(units):
        return {**withheld(IkmSummary, n), "kategori": None, "label": None,
                "unsur": cast(ElementMeans, {u: float(means[u]) for u in ELEMENTS}),
                "alasan": "unit_kurang_klaster", "n_unit_layanan": units, "rata_ikm": value}
    scores = respondent_scores(skm)
    low, high, se, df = _interval(scores, skm[cluster] if cluster else None, IKM_SCALE)
    shift = value - scores.mean()  # equals 0 without blanks; keeps the interval centred on the IKM
    low, high = small_clusters.clip(low + shift, high + shift, IKM_SCALE)
    letter, label = category(value)
    low_letter, high_letter = category_range(low, high)
    return {**as_kind(IkmSummary, estimate(n, value, low, high)), "kategori": letter, "label": label,
            "kategori_bawah": low_letter, "kategori_atas": high_letter, "se": se, "df": df,
            "unsur": cast(ElementMeans, {u: float(means[u]) for u in ELEMENTS})}  # keys: ELEMENTS, u1–u9


def _interval(scores: pd.Series, groups: pd.Series | None,
              scale: tuple[float, float]) -> tuple[float, float, float, int]:
    """(low, high, standard error, degrees of freedom), clipped to ``scale``: clustered by ``groups`` with the
    few-cluster rule (analysis.small_clusters: t on G - 1 df, never narrower than unclustered below FEW_CLUSTERS)
    from constants.MIN_CLUSTERS groups on; without ``groups`` a t interval over the respondents (n - 1 df). Callers
    withhold a scope's figure from fewer units than the minimum before asking (small_clusters.too_few_units; REVIEW7
    R7-11, CHECK10 C10-12: the respondents' interval there was the narrower one)."""
    import statsmodels.api as sm  # here, not at the top: the index and the report stage import this module for

    # category() alone, and a no-change `make reports` must stay under 2 s (issue 25)
    from scipy import stats as sps

    y = scores.to_numpy(dtype=float)
    mean, plain = float(y.mean()), float(y.std(ddof=1) / np.sqrt(len(y))) if len(y) > 1 else float("nan")
    clusters = int(groups.nunique()) if groups is not None else 1
    if clusters >= constants.MIN_CLUSTERS and groups is not None:
        codes = pd.factorize(groups)[0]
        result, _ = fit_quietly(sm.OLS(y, np.ones((len(y), 1))).fit, cov_type="cluster",
                                cov_kwds={"groups": codes}, use_t=True)
        ends = small_clusters.interval(mean, float(result.bse[0]), plain, clusters, scale)
        if ends is not None:
            return ends[0], ends[1], ends[2], clusters - 1
    df = len(y) - 1
    half = float(sps.t.ppf(0.5 + constants.CONFIDENCE / 2, max(df, 1))) * plain
    low, high = small_clusters.clip(mean - half, mean + half, scale)
    return low, high, plain, df


def by_period(skm: pd.DataFrame) -> list[PeriodIkm]:
    """The scope's IKM for every survey period (respondents pooled over units, clustered by unit)."""
    out: list[PeriodIkm] = []
    frame = skm.assign(_unit=unit_key(skm))
    for periode, group in frame.groupby("periode", sort=True):
        out.append({"periode": periode, **summarise(group, cluster="_unit")})
    return out


def by_unit(skm: pd.DataFrame) -> list[UnitIkm]:
    """IKM of every unit in every period (latest period first, then lowest IKM first); a unit
    below the minimum respondents is listed with 'not enough data'. Vectorised over units: the
    same numbers as ``summarise`` per unit (a t interval of the respondents' scores, centred on
    the IKM)."""
    if skm.empty:
        return []
    keys = [skm["periode"], skm["dinas"], skm["unit_kerja"]]
    means = skm[ELEMENTS].astype("float64").groupby(keys).mean()
    scores = respondent_scores(skm).groupby(keys)
    n, score_sd = scores.size(), scores.std(ddof=1)
    value = means.mean(axis=1, skipna=False) * constants.IKM_CONVERSION  # = sum(mean x 1/9) x 25
    from scipy import stats as sps  # here, as statsmodels above

    half = sps.t.ppf(0.5 + constants.CONFIDENCE / 2, (n - 1).clip(lower=1)) * score_sd / np.sqrt(n)
    bottom, top = IKM_SCALE
    lows, highs = (value - half).clip(lower=bottom, upper=top), (value + half).clip(lower=bottom, upper=top)
    ok = (n >= constants.MIN_RESPONDENTS_UNIT) & np.isfinite(value)
    weakest = means.idxmin(axis=1).where(ok)
    weakest_value = means.min(axis=1)
    letters = [category(v) if good else (None, None) for v, good in zip(value, ok, strict=True)]
    ends = [category_range(lo, hi) if good else (None, None)
            for lo, hi, good in zip(lows, highs, ok, strict=True)]
    table = pd.DataFrame({
        "periode": means.index.get_level_values(0), "dinas": means.index.get_level_values(1),
        "unit_kerja": means.index.get_level_values(2), "n": n.to_numpy(),
        "estimasi": value.where(ok).to_numpy(), "ci_bawah": lows.where(ok).to_numpy(),
        "ci_atas": highs.where(ok).to_numpy(), "cukup_data": ok.to_numpy(),
        "kategori": [c for c, _ in letters], "label": [lab for _, lab in letters],
        "kategori_bawah": [lo for lo, _ in ends], "kategori_atas": [hi for _, hi in ends],
        "sampel_kurang": (n < minimum_sample()).to_numpy(),
        "unsur_terlemah": weakest.to_numpy(), "nilai_unsur_terlemah": weakest_value.where(ok).to_numpy(),
        "u7": means["u7"].where(ok).to_numpy(), "u8": means["u8"].where(ok).to_numpy()})
    # the frame's columns are UnitIkm's keys, in its order
    rows = [cast(UnitIkm, {k: _plain(v) for k, v in row.items()}) for row in table.to_dict("records")]
    rows.sort(key=lambda r: (r["estimasi"] is None, r["estimasi"] or 0, r["dinas"], r["unit_kerja"]))
    return sorted(rows, key=lambda r: r["periode"], reverse=True)  # stable: lowest first within a period


def _plain(value: Any) -> Any:
    """numpy and pandas scalars as plain Python values, missing as None."""
    if value is None or (isinstance(value, float) and not np.isfinite(value)) or value is pd.NA:
        return None
    return value.item() if hasattr(value, "item") else value


def elements(skm: pd.DataFrame) -> list[ElementMean]:
    """Every element's mean (1-4) with a 95% interval clustered by unit (analysis.small_clusters, clipped to the
    1-4 scale), weakest first, flagged when below the B band (constants.WEAK_ELEMENT_THRESHOLD). From fewer than
    constants.MIN_CLUSTERS units an element has no interval and is not judged weak: no
    weak-element finding or plan row rests on it (REVIEW6b 2: "2,78 (−0,52 s.d. 6,07)" from two units drove a finding
    and a target no agency could meet); its respondents' mean is kept as `rata_unsur` for the reason the report
    gives. A scope of one unit follows the same rule, as its IKM does (CHECK10 C10-12)."""
    frame = skm.assign(_unit=unit_key(skm))
    out: list[ElementMean] = []
    for element in ELEMENTS:
        values = frame[[element, "_unit"]].dropna()
        units = int(values["_unit"].nunique())
        name = constants.IKM_ELEMENTS[element]
        if len(values) < constants.MIN_RESPONDENTS_UNIT:
            out.append({"unsur": element, "nama": name, **withheld(ElementMean, len(values)), "lemah": None,
                        "n_unit_layanan": units})
            continue
        y = values[element].astype("float64")
        mean = float(y.mean())
        if small_clusters.too_few_units(units):  # the IKM's rule (summarise), one unit or two
            out.append({"unsur": element, "nama": name, **withheld(ElementMean, len(values)), "lemah": None,
                        "n_unit_layanan": units, "rata_unsur": mean, "alasan": "unit_kurang_klaster"})
            continue
        low, high, _, _ = _interval(y, values["_unit"], SCALE)
        out.append({"unsur": element, "nama": name, **as_kind(ElementMean, estimate(len(values), mean, low, high)),
                    "lemah": mean < constants.WEAK_ELEMENT_THRESHOLD,
                    "komunikasi": element in constants.COMMUNICATION_ELEMENTS, "n_unit_layanan": units})
    return sorted(out, key=lambda r: (r["estimasi"] is None, r["estimasi"] or r.get("rata_unsur") or 0))


def sample_check(units: list[UnitIkm], periode: str | None) -> SampleCheck:
    """How many units of ``periode`` have fewer respondents than the regulation's sample for the
    assumed number of service users (constants.SKM_SERVICE_USERS_ASSUMED)."""
    rows = [r for r in units if r["periode"] == periode]
    return {"periode": periode, "pengguna_diasumsikan": constants.SKM_SERVICE_USERS_ASSUMED,
            "responden_minimum": minimum_sample(), "jumlah_unit": len(rows),
            "unit_sampel_kurang": sum(bool(r["sampel_kurang"]) for r in rows)}
