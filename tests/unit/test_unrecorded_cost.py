"""An activity recorded at Rp 0 (or with no cost) has no recorded cost, not a zero one (CHECK11 C11-1: 15 seminars at
Rp 0 became "the cheapest method, Rp 0 per poin (Rp 0 s.d. Rp 0)"): the cost per point, per method and overall, and
its bootstrap use only the activities with a recorded cost (analysis.budget.recorded_cost, the budget model's rule
too), count the others, and withhold the figure with its reason when too few costed activities remain."""

from __future__ import annotations

import copy
import dataclasses
import math
import re
from collections.abc import Sequence
from html import unescape
from typing import Any

import numpy as np
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import budget, learning
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import key_findings, limitations, results, rules, sections
from evalasn.report.words import narrative, reasons


def html_text(markup: str) -> str:
    """The text a reader sees of an HTML fragment (tags out, entities read, spaces joined)."""
    return re.sub(r"[ \t\n]+", " ", unescape(re.sub(r"<[^>]+>", " ", markup)))


def _frame(costs: Sequence[float | None], metode: str = "seminar", size: int = 10, seed: int = 3) -> pd.DataFrame:
    """Participations of one method: activity i costs ``costs[i]`` per participant (0 or None: not recorded), each of
    its ``size`` participants gains about 4 to 10 points."""
    rng = np.random.default_rng(seed)
    rows = []
    for i, cost in enumerate(costs):
        mean = rng.uniform(4.0, 10.0)
        for j in range(size):
            rows.append({"kegiatan_id": f"{metode}-{i}", "metode": metode, "biaya_per_peserta_rp": cost,
                         "tahun_kegiatan": 2025, "nilai_pre": 50.0,
                         "nilai_post": 50.0 + mean + (1.0 if j % 2 else -1.0)})
    frame = pd.DataFrame(rows).astype({"biaya_per_peserta_rp": float})
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"])


def _method_cost(frame: pd.DataFrame, metode: str = "seminar"):
    gain = {"metode": metode, **learning.paired_change_clustered(frame)}
    return next(r for r in budget.cost_per_point(frame, [gain]) if r["metode"] == metode)  # type: ignore[list-item]


COSTED = [600_000.0, 450_000.0, 900_000.0, 700_000.0, 1_200_000.0, 800_000.0]


@pytest.mark.parametrize(("costs", "unrecorded"), [
    pytest.param([0.0] * 15, 15, id="all-15-at-rp-0"),
    pytest.param([None] * 8, 8, id="all-8-blank"),
    pytest.param([0.0] * 9 + COSTED[:3], 9, id="3-costed-of-12"),
])
def test_a_method_without_enough_recorded_cost_is_withheld_with_its_reason(costs, unrecorded):
    row = _method_cost(_frame(costs))
    assert row["cukup_data"] is False and row["estimasi"] is None and row["ci_bawah"] is None
    assert row.get("alasan") == "biaya_tidak_tercatat"
    assert row.get("kegiatan_tanpa_biaya") == unrecorded
    assert row["n_kegiatan"] == len(costs) - unrecorded  # what a cost per point could rest on
    frame = _frame(costs)
    costed = frame[frame["biaya_per_peserta_rp"].fillna(0.0) > 0]  # rata_gain: the participants n counts (LOOK36 J-1)
    assert row["n"] == len(costed)
    assert row["rata_gain"] == (pytest.approx(costed["gain"].mean()) if len(costed) else None)


def test_too_few_activities_at_all_stays_too_few_activities():
    row = _method_cost(_frame([0.0, 500_000.0, 700_000.0]))
    assert row.get("alasan") == "kegiatan_kurang" and row.get("kegiatan_tanpa_biaya") == 1


@pytest.mark.parametrize("costs", [
    pytest.param(COSTED + [0.0] * 4, id="6-costed-4-at-rp-0"),
    pytest.param(COSTED + [None, 0.0], id="6-costed-1-blank-1-at-rp-0"),
    pytest.param([0.0] * 10 + COSTED[:5], id="5-costed-10-at-rp-0"),
])
@pytest.mark.parametrize("scope", ["per-method", "overall"])
def test_a_mix_is_computed_over_the_costed_activities_only(costs, scope):
    frame = _frame(costs)
    if scope == "overall":
        row = budget.cost_per_point_all(frame, learning.paired_change_clustered(frame))
    else:
        row = _method_cost(frame)
    costed = frame[frame["biaya_per_peserta_rp"].fillna(0) > 0]  # the direct computation
    expected = costed["biaya_per_peserta_rp"].sum() / costed["gain"].sum()
    assert row["cukup_data"] is True
    assert row["estimasi"] == pytest.approx(expected)
    assert row["n"] == len(costed) and row["n_kegiatan"] == costed["kegiatan_id"].nunique()
    assert row.get("kegiatan_tanpa_biaya") == sum(1 for c in costs if not c)
    assert row.get("biaya_per_peserta_rp") == pytest.approx(costed["biaya_per_peserta_rp"].mean())


@pytest.mark.parametrize("zero", [
    pytest.param(4, id="6-costed-4-at-rp-0"),
    pytest.param(20, id="6-costed-20-at-rp-0"),
])
def test_the_bootstrap_lower_end_never_comes_from_zero_cost_replicates(zero):
    frame = _frame(COSTED + [0.0] * zero)
    row = budget.cost_per_point_all(frame, learning.paired_change_clustered(frame))
    # every gain is positive, so any resample's ratio of sums lies between the costed activities' own ratios
    costed = frame[frame["biaya_per_peserta_rp"] > 0].groupby("kegiatan_id").agg(
        biaya=("biaya_per_peserta_rp", "sum"), gain=("gain", "sum"))
    cheapest = (costed["biaya"] / costed["gain"]).min()
    low = row["ci_bawah"]
    assert low is not None and math.isfinite(low)
    assert low > 0 and low >= cheapest * (1 - 1e-9)


def test_the_budget_model_and_the_cost_per_point_count_the_same_activities():
    frame = _frame(COSTED + [None, 0.0, 0.0], metode="pelatihan").assign(jp=24.0, n_peserta=10)
    model = budget.budget_model(frame)
    cost = budget.cost_per_point_all(frame, learning.paired_change_clustered(frame))
    assert model["kegiatan_tanpa_biaya"] == cost.get("kegiatan_tanpa_biaya") == 3
    assert budget.model_frame(frame)["kegiatan_id"].nunique() == cost["n_kegiatan"] == len(COSTED)


@pytest.mark.parametrize(("cost", "recorded"), [
    pytest.param(0.0, False, id="rp-0"), pytest.param(None, False, id="blank"),
    pytest.param(-5.0, False, id="negative"), pytest.param(1.0, True, id="rp-1"),
])
def test_the_one_rule_of_a_recorded_cost(cost, recorded):
    assert bool(budget.recorded_cost(pd.Series([cost], dtype=float)).iloc[0]) is recorded


def test_the_minimum_is_the_cost_per_points_own():
    frame = _frame([0.0] * 5 + COSTED[:constants.MIN_ACTIVITIES_COST])
    assert _method_cost(frame)["cukup_data"] is True
    assert _method_cost(_frame([0.0] * 5 + COSTED[:constants.MIN_ACTIVITIES_COST - 1]))["cukup_data"] is False


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "biaya seminar tidak tercatat: 15 kegiatan dengan anggaran Rp 0 atau kosong", id="id"),
    pytest.param("en", "the cost of 15 seminar activities is not recorded (budget Rp 0 or blank)", id="en"),
])
def test_the_report_says_the_cost_is_not_recorded_never_rp_0_per_point(lang, said):
    row = _method_cost(_frame([0.0] * 15))
    assert reasons.reason(row, lang) == said
    assert reasons.brief(row, lang) == said and not reasons.is_finding(row)  # missing data, not a finding


def _seminar_unrecorded(hasil: Any, k: int = 15) -> Any:
    """``hasil`` with every seminar of the year at Rp 0: its cost per point withheld for want of recorded cost (as
    the model stage writes it) and its Tabel 4 row at Rp 0 with the count."""
    hasil = copy.deepcopy(hasil)
    rows = hasil["pelaksanaan"]["kegiatan_per_metode"]
    rows[:] = [r for r in rows if r["metode"] != "seminar"] + [
        {"metode": "seminar", "n_kegiatan": k, "n_peserta": 240, "jp_total": 90.0, "anggaran_rp": 0.0,
         "kegiatan_tanpa_biaya": k}]
    costs = hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
    costs[:] = [r for r in costs if r["metode"] != "seminar"] + [
        {"metode": "seminar", "n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
         "cukup_data": False, "n_kegiatan": 0, "kegiatan_tanpa_biaya": k, "alasan": "biaya_tidak_tercatat",
         "rata_gain": None, "anggaran_rp": 0.0}]
    return hasil


SAID = {"id": ("15 kegiatan seminar", "Tidak dibandingkan karena biayanya tidak tercatat",
               "jadi porsi dan jumlah ini hanya atas biaya yang tercatat", "catat biaya setiap kegiatan",
               "biaya tidak tercatat (15 kegiatan Rp\u00a00)"),
        "en": ("15 seminar activities", "Not compared because the cost is not recorded",
               "so these shares and sums are of the recorded cost only", "record each activity's cost",
               "cost not recorded (15 activities at Rp\u00a00)")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_report_leaves_an_unrecorded_method_out_of_the_comparisons_and_says_so(contexts, lang):
    ctx = contexts[(PROVINCE_SLUG, lang)]
    hasil = _seminar_unrecorded(ctx.hasil)
    ctx = dataclasses.replace(ctx, hasil=hasil)
    items, not_compared, share, record, cell = SAID[lang]
    cheapest = narrative.cheapest_method(hasil, lang)
    assert cheapest is not None and not_compared in cheapest and items in cheapest
    assert "Rp 0 per" not in cheapest and "Rp 0 s.d." not in cheapest
    limits = html_text(limitations.chapter(ctx))
    assert items in limits
    data_rec = next(r for r in rules.recommendations(hasil, lang, ctx.targets) if r.rule == "rec_data")
    assert record in data_rec.text and items in data_rec.text
    assert record in data_rec.action and items in data_rec.action  # the plan's DATA row (BAB X)
    table = html_text(results.budget(ctx))
    assert cell in table and "Rp\u00a00\u00a0– Rp\u00a00" not in table
    tabel_4 = html_text(sections.implementation(ctx))  # its seminar row: 'tidak tercatat', not 'Rp 0'
    assert re.search(r"seminar 15 240 90 (tidak tercatat|not recorded) ", tabel_4), tabel_4


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_budget_share_is_of_the_recorded_cost(lang):
    costed = [{"metode": m, "n": 200, "n_kegiatan": 10, "estimasi": v, "ci_bawah": lo, "ci_atas": hi, "p": None,
               "cukup_data": True} for m, v, lo, hi in (("pelatihan", 496_137.0, 404_001.0, 620_413.0),
                                                         ("e-learning", 106_833.0, 64_862.0, 186_610.0))]
    spent = [{"metode": m, "n_kegiatan": 10, "n_peserta": 200, "jp_total": 100.0, "anggaran_rp": rp,
              "kegiatan_tanpa_biaya": 0} for m, rp in (("pelatihan", 755e6), ("e-learning", 44e6))]
    gains = [{"metode": m, "n": 200, "estimasi": 5.0, "ci_bawah": 4.0, "ci_atas": 6.0, "cukup_data": True}
             for m in ("pelatihan", "e-learning")]  # the same gain: the shift is advised (method_choice.method_shift)
    hasil: Any = _seminar_unrecorded({"pelaksanaan": {"kegiatan_per_metode": spent},
                                      "level2_pembelajaran": {"per_metode": gains},
                                      "anggaran_vs_peningkatan": {"biaya_per_poin": costed}})
    found = key_findings.where_money_goes(hasil, [], lang)
    assert found is not None
    assert SAID[lang][2] in found.text and SAID[lang][0] in found.text


@pytest.mark.parametrize(("everywhere", "this_year", "lang", "expected"), [
    pytest.param(4, 4, "id", "4 kegiatan tanpa biaya tercatat (anggaran Rp 0", id="all-this-year"),
    # LOOK16 R-1: "23 kegiatan … tidak dihitung dalam biaya per poin" beside Tabel 1's 16 of 2025
    pytest.param(23, 16, "id", "23 kegiatan tanpa biaya tercatat dalam semua tahun data model", id="23-over-16"),
    pytest.param(23, 16, "en", "23 activities without a recorded cost in all years of the model's data", id="23-16-en"),
    pytest.param(3, 0, "id", "3 kegiatan tanpa biaya tercatat dari tahun sebelum 2025", id="none-this-year"),
    pytest.param(0, 0, "id", None, id="none-at-all"),
])
def test_the_model_note_counts_unrecorded_costs_by_year_as_tabel_1_does(everywhere, this_year, lang, expected):
    """The budget model runs over every year of data, the cost per point over the evaluated year: the note gives the
    model's count and, of it, the year's (the count Tabel 1 prints), and says only the latter leaves the cost per
    point."""
    hasil = {"tahun": 2025, "anggaran_vs_peningkatan": {"model": {"kegiatan_tanpa_biaya": everywhere}},
             "pelaksanaan": {"kegiatan_per_metode": [{"metode": "seminar", "kegiatan_tanpa_biaya": this_year},
                                                     {"metode": "pelatihan", "kegiatan_tanpa_biaya": None}]}}
    note = results.unrecorded_note(hasil, lang)  # type: ignore[arg-type]
    if expected is None:
        assert note is None
        return
    assert note is not None and note.startswith(expected)
    if 0 < this_year < everywhere:
        kept = {"id": f"{this_year} di antaranya dari tahun 2025, yang juga tidak dihitung dalam biaya per poin",
                "en": f"{this_year} of them are from 2025 and are also left out of the cost per point"}[lang]
        assert kept in note
    else:
        assert "di antaranya" not in note
