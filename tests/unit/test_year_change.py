"""A key figure's change from the year before is judged on the 95% interval of the difference (analysis.year_change,
hasil.json `tren[].selisih_tahun_lalu`; LOOK26 X-2): paired by person for coverage and 20 JP (largely the same staff
in both years), by unit for the IKM, independent years (MOVER) for the activities' gain and cost per point. Never
last year's point value against this year's interval, which ignores last year's own uncertainty."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn.analysis import difference, year_change
from evalasn.analysis.stats import proportion_ci


def _stacked_reference(now: pd.Series, now_by: pd.Series, before: pd.Series, before_by: pd.Series) -> tuple[float,
                                                                                                           float]:
    """statsmodels: OLS y ~ 1 + year over both years' rows, cluster-robust (CR1) by person or unit: the year
    coefficient and its standard error."""
    y = np.concatenate([now.to_numpy(float), before.to_numpy(float)])
    year = np.concatenate([np.ones(len(now)), np.zeros(len(before))])
    groups = pd.factorize(pd.Series(np.concatenate([now_by.to_numpy(), before_by.to_numpy()]), dtype=object))[0]
    fit = sm.OLS(y, sm.add_constant(year)).fit(cov_type="cluster", cov_kwds={"groups": groups})
    return float(fit.params[1]), float(fit.bse[1])


def _staff(rng: np.random.Generator, both: int, left: int, joined: int, shift: float) -> tuple[pd.Series, ...]:
    """Two years of a 0/1 outcome over staff lists that share ``both`` persons (``left`` only last year, ``joined``
    only this year); each person's propensity is low or high and carries over between years (the same people train
    year after year), this year ``shift`` higher."""
    people = both + left + joined
    propensity = np.where(rng.random(people) < 0.5, 0.05, 0.85)
    ids = np.array([f"P{i}" for i in range(people)], dtype=object)
    before_ids, now_ids = ids[:both + left], np.concatenate([ids[:both], ids[both + left:]])
    before_p = propensity[:both + left]
    now_p = np.concatenate([propensity[:both], propensity[both + left:]]) + shift
    before = pd.Series((rng.random(len(before_p)) < before_p).astype(float))
    now = pd.Series((rng.random(len(now_p)) < now_p).astype(float))
    return now, pd.Series(now_ids), before, pd.Series(before_ids)


def _units(rng: np.random.Generator) -> tuple[pd.Series, ...]:
    """Two survey periods of respondents' scores in 12 units, 9 of them surveyed in both, with a unit effect."""
    effect = {f"U{u}": rng.normal(0, 6) for u in range(12)}
    frames = []
    for units, level in ((list(effect)[:10], 75.0), (list(effect)[3:], 78.0)):
        by = pd.Series([u for u in units for _ in range(int(rng.integers(8, 20)))], dtype=object)
        frames += [pd.Series(level + by.map(effect).to_numpy(float) + rng.normal(0, 8, len(by))), by]
    return frames[2], frames[3], frames[0], frames[1]


@pytest.mark.parametrize("case", ["staff-partly-overlapping", "staff-all-in-both-years", "service-units"])
def test_the_paired_standard_error_is_statsmodels_cluster_robust_one(case):
    rng = np.random.default_rng(11)
    samples = {"staff-partly-overlapping": lambda: _staff(rng, 200, 25, 40, 0.05),
               "staff-all-in-both-years": lambda: _staff(rng, 150, 0, 0, 0.05),
               "service-units": lambda: _units(rng)}[case]()
    found = year_change.overlapping(*samples)
    assert found is not None
    estimate, clustered, _, _, _ = found
    ref_estimate, ref_se = _stacked_reference(*samples)
    assert estimate == pytest.approx(ref_estimate, rel=1e-12)
    assert clustered == pytest.approx(ref_se, rel=1e-9)


def _paired(now: pd.Series, now_by: pd.Series, before: pd.Series, before_by: pd.Series) -> Any:
    figures = [proportion_ci(int(y.sum()), len(y)) for y in (now, before)]
    return year_change.paired("jp_20", figures[0], figures[1], now, now_by, before, before_by,
                              year_change.SHARE_CHANGE)


def _wald(estimate: float, se: float) -> dict[str, Any]:
    return {"estimasi": estimate, "ci_bawah": estimate - 1.96 * se, "ci_atas": estimate + 1.96 * se}


def _unpaired(now: pd.Series, now_by: pd.Series, before: pd.Series, before_by: pd.Series) -> dict[str, Any]:
    """A broken version: the two years' staff taken as independent samples (the pairing ignored)."""
    found = year_change.overlapping(now, now_by, before, before_by)
    assert found is not None
    return _wald(found[0], found[2])


def _covariance_added(now: pd.Series, now_by: pd.Series, before: pd.Series, before_by: pd.Series) -> dict[str, Any]:
    """A broken version: the persons' covariance added instead of subtracted (the standard error of the sum)."""
    found, summed = year_change.overlapping(now, now_by, before, before_by), year_change.overlapping(
        now, now_by, -before, before_by)
    assert found is not None and summed is not None
    return _wald(found[0], summed[1])


PLANTED = 0.08  # this year's share higher by 8 points for every person


def _calibration(estimator, reps: int = 300) -> tuple[float, float, float]:
    """(coverage of the planted difference, mean standard error implied by the intervals / the estimates' spread,
    mean estimate − planted) over ``reps`` synthetic pairs of years: 250 persons in both years, 30 who left, 30 who
    joined, each person's propensity carried over."""
    rng = np.random.default_rng(2025)
    covered, widths, estimates = 0, [], []
    for _ in range(reps):
        found = estimator(*_staff(rng, 250, 30, 30, PLANTED))
        assert found is not None
        covered += found["ci_bawah"] <= PLANTED <= found["ci_atas"]
        widths.append((found["ci_atas"] - found["ci_bawah"]) / (2 * 1.96))
        estimates.append(found["estimasi"])
    return covered / reps, float(np.mean(widths) / np.std(estimates, ddof=1)), float(np.mean(estimates)) - PLANTED


def _calibrated(found: tuple[float, float, float]) -> bool:
    coverage, se_ratio, bias = found
    return 0.92 <= coverage <= 0.98 and 0.85 <= se_ratio <= 1.15 and abs(bias) < 0.006


def test_the_paired_interval_recovers_a_planted_difference():
    found = _calibration(_paired)
    assert _calibrated(found), found


@pytest.mark.parametrize("broken", [pytest.param(_unpaired, id="pairing-ignored"),
                                    pytest.param(_covariance_added, id="covariance-sign-wrong")])
def test_a_broken_paired_version_fails_the_same_check(broken):
    """The check above has teeth: ignoring the pairing (or adding the persons' covariance) gives intervals about
    1,5 (1,9) times too wide, which cover the planted difference nearly always and hide a real rise."""
    found = _calibration(broken)
    assert not _calibrated(found), found
    assert found[1] > 1.4, found


def _false_alarms(judge, reps: int = 4000) -> float:
    """How often ``judge`` calls two independent years' estimates (equal spread, no planted difference) clearly
    different."""
    rng = np.random.default_rng(7)
    alarms = 0
    for now, before in rng.normal(0, 1, (reps, 2)):
        alarms += judge({"estimasi": now, "ci_bawah": now - 1.96, "ci_atas": now + 1.96, "cukup_data": True},
                        {"estimasi": before, "ci_bawah": before - 1.96, "ci_atas": before + 1.96, "cukup_data": True})
    return alarms / reps


def _by_difference(now: dict[str, Any], before: dict[str, Any]) -> bool:
    found = year_change.independent("gain", now, before)
    return found is not None and found["membaik"] is not None


def _by_last_years_point(now: dict[str, Any], before: dict[str, Any]) -> bool:
    """The old test (LOOK26 X-2): last year's point value outside this year's interval."""
    return not now["ci_bawah"] <= before["estimasi"] <= now["ci_atas"]


def test_independent_years_are_called_different_about_1_in_20_times_when_they_are_not():
    """With no planted difference the verdict errs as often as a 95% interval should (about 5%); the old test, which
    ignores last year's own uncertainty, about 17% of the time (P(|Z| > 1,96/√2))."""
    assert 0.035 <= _false_alarms(_by_difference) <= 0.065
    assert 0.14 <= _false_alarms(_by_last_years_point) <= 0.20


@pytest.mark.parametrize(("key", "now", "before", "membaik"), [
    pytest.param("gain", (9.0, 8.0, 10.0), (6.0, 5.0, 7.0), True, id="gain-clearly-higher-better"),
    pytest.param("biaya_per_poin", (243_813.0, 219_638.0, 268_012.0), (198_255.0, 165_113.0, 233_853.0), False,
                 id="cost-clearly-dearer-worse-pendidikan"),
    pytest.param("biaya_per_poin", (276_621.0, 231_041.0, 322_153.0), (349_638.0, 217_115.0, 532_313.0), None,
                 id="cost-fell-inside-last-years-interval-uncertain-bina-marga"),
    pytest.param("biaya_per_poin", (284_996.0, 268_156.0, 302_451.0), (260_236.0, 238_866.0, 282_677.0), None,
                 id="cost-rose-difference-holds-zero-province"),
])
def test_activity_figures_are_independent_years_judged_by_mover(key, now, before, membaik):
    def figure(v: tuple[float, float, float]) -> dict[str, Any]:
        return {"n": 100, "estimasi": v[0], "ci_bawah": v[1], "ci_atas": v[2], "cukup_data": True}

    found = year_change.independent(key, figure(now), figure(before))
    assert found is not None and found["berpasangan"] is False
    assert (found["estimasi"], found["ci_bawah"], found["ci_atas"]) == pytest.approx(
        difference.difference(figure(now), figure(before)))
    assert found["membaik"] is membaik


@pytest.mark.parametrize(("now", "before", "membaik"), [
    pytest.param([1.0] * 40, [0.0] * 40, True, id="nobody-then-everybody"),
    pytest.param([1.0] * 40, [1.0] * 40, None, id="everybody-both-years"),
])
def test_a_share_without_variation_changes_exactly(now, before, membaik):
    ids = pd.Series([f"P{i}" for i in range(40)])
    now_s, before_s = pd.Series(now), pd.Series(before)
    found = year_change.paired("cakupan_asn", proportion_ci(int(sum(now)), 40), proportion_ci(int(sum(before)), 40),
                               now_s, ids, before_s, ids, year_change.SHARE_CHANGE)
    assert found is not None and found["membaik"] is membaik
    assert found["ci_bawah"] == found["ci_atas"] == found["estimasi"]


def test_a_withheld_year_has_no_change():
    ids = pd.Series([f"P{i}" for i in range(5)])
    y = pd.Series([1.0, 0.0, 1.0, 0.0, 1.0])
    assert year_change.paired("cakupan_asn", proportion_ci(3, 5), proportion_ci(3, 5), y, ids, y, ids,
                              year_change.SHARE_CHANGE) is None  # fewer than MIN_N staff: no figure, no change


def test_the_trend_carries_each_years_change_from_the_staff_the_figures_count():
    """`tren[].selisih_tahun_lalu`: the evaluated year's change from the year before, paired over the very staff
    frames the two years' shares count (their means' difference is the printed figures'), independent for the gain;
    none in the trend's first year."""
    from typing import cast

    from evalasn.analysis import key_figures, trend
    from evalasn.analysis.contract import KeyFigures
    from tests.unit.test_key_figures import _data

    data = _data()
    evaluated = {**key_figures.for_year(key_figures.year_data(data, 2025)), "ikm": None}
    first, last = trend.trend(data, [2024, 2025], 2025, cast(KeyFigures, evaluated))
    assert first["selisih_tahun_lalu"] is None
    changes = last["selisih_tahun_lalu"]
    assert changes is not None
    staff = {year: key_figures.year_data(data, year).per_asn for year in (2024, 2025)}
    for key in ("cakupan_asn", "jp_20"):
        found = changes[key]
        assert found is not None and found["berpasangan"] is True
        now, before = last[key]["estimasi"], first[key]["estimasi"]
        assert now is not None and before is not None and found["estimasi"] == pytest.approx(now - before)
        means = year_change.overlapping(*year_change.counted_staff(staff[2025], key),
                                        *year_change.counted_staff(staff[2024], key))
        assert means is not None and means[0] == pytest.approx(found["estimasi"], abs=1e-12)
    gain = changes["gain"]
    assert gain is not None and gain["berpasangan"] is False
    assert (gain["estimasi"], gain["ci_bawah"], gain["ci_atas"]) == pytest.approx(
        difference.difference(last["gain"], first["gain"]))
    assert changes["ikm"] is None  # no survey in either year


def test_each_key_figure_reads_the_change_of_its_own_two_printed_figures(contexts):
    """The report's fact (report.facts) takes the change of the figures it prints: this year's value − last year's,
    the adjusted gain's (`gain_model`) beside an adjusted value, in every scope of the sample."""
    from evalasn.report import facts

    checked = 0
    for (slug, language), ctx in contexts.items():
        if language != "id":
            continue
        for fact in facts.of(ctx):
            now, before = facts.as_target_unit(fact.key, fact.value), facts.as_target_unit(fact.key, fact.last_year)
            if fact.change is None or now is None or before is None:
                continue
            scale = 100.0 if fact.key in facts.SHARES else 1.0
            # hasil.json keeps 6 decimals
            assert fact.change["estimasi"] * scale == pytest.approx(now[0] - before[0], abs=1e-4), (slug, fact.key)
            checked += 1
    assert checked >= 10
