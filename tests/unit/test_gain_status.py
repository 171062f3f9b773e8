"""One answer per scope and year to "is the raw gain clearly above zero" (reader review 4, item 1): decided once
(analysis.certainty.gain_status on the interval clustered by activity, CR1 with t on G - 1 df), recorded in the gain's
record (`status_kenaikan`), and read by the cost per point, the trend, the results chapter and the key-figure notes;
the words give the reason the data support ("belum pasti: hanya 6 kegiatan, −1,0 s.d. 13,9"), never "tidak punya
batas atas" when the bootstrap bounds the ratio, never "tidak berubah secara bermakna"."""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from evalasn import constants
from evalasn.analysis import budget, certainty, key_figures, learning, trend
from evalasn.analysis.stats import bootstrap_ratio
from evalasn.report import facts
from evalasn.report.words import gain_sides, narrative, phrases, reasons

# six very unequal activities, as sample Kebudayaan 2025: every one gained, a big seminar gained little
MEANS = (1.0, 5.6, 6.1, 11.3, 12.3, 13.4)
SIZES = (40, 10, 8, 12, 15, 12)
COSTS = (300_000.0, 900_000.0, 700_000.0, 2_500_000.0, 1_200_000.0, 600_000.0)


def _frame(means=MEANS, sizes=SIZES, costs=COSTS) -> pd.DataFrame:
    rows = []
    for i, (mean, size, cost) in enumerate(zip(means, sizes, costs, strict=True)):
        for j in range(size):
            rows.append({"kegiatan_id": f"K{i}", "metode": "seminar", "biaya_per_peserta_rp": cost,
                         "nilai_pre": 50.0, "nilai_post": 50.0 + mean + (1.0 if j % 2 else -1.0)})
    frame = pd.DataFrame(rows)
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"], tahun_kegiatan=2025)


def _per_activity(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    sums = frame.groupby("kegiatan_id").agg(gain=("gain", "sum"), n=("gain", "size"),
                                            biaya=("biaya_per_peserta_rp", "first"))
    return (sums["biaya"] * sums["n"]).to_numpy(), sums["gain"].to_numpy()


def test_the_gain_interval_is_statsmodels_cluster_robust_with_t_on_g_minus_1():
    frame = _frame()
    gain = learning.paired_change_clustered(frame)
    reference = sm.OLS(frame["gain"], np.ones(len(frame))).fit(
        cov_type="cluster", cov_kwds={"groups": pd.factorize(frame["kegiatan_id"])[0]}, use_t=True)
    low, high = reference.conf_int(alpha=1 - constants.CONFIDENCE).iloc[0]
    assert reference.df_resid_inference == len(MEANS) - 1  # the small-sample t on G - 1 df
    assert gain["estimasi"] == pytest.approx(reference.params.iloc[0])
    assert gain["ci_bawah"] == pytest.approx(low) and gain["ci_atas"] == pytest.approx(high)
    assert gain["p"] == pytest.approx(reference.pvalues.iloc[0])


@pytest.mark.parametrize("low, high, status", [
    pytest.param(0.4, 9.0, "naik", id="whole-interval-above-zero"),
    pytest.param(-0.4, 15.8, "belum_pasti", id="reaches-zero"),
    pytest.param(0.0, 3.0, "belum_pasti", id="touches-zero"),
    pytest.param(-5.0, -0.1, "turun", id="whole-interval-below-zero"),
    pytest.param(None, None, None, id="no-interval"),
])
def test_one_rule_answers_whether_the_gain_is_above_zero(low, high, status):
    assert certainty.gain_status(low, high) == status


def test_few_unequal_activities_the_bootstrap_bounds_the_ratio_but_the_gain_is_not_yet_certain():
    frame = _frame()
    gain = learning.paired_change_clustered(frame)
    _, _, high, share = bootstrap_ratio(*_per_activity(frame))
    # the two tests disagree: every resample of the six activities gains, the CR1 t(5) interval reaches zero
    assert math.isfinite(high) and share == 0.0
    low, value = gain["ci_bawah"], gain["estimasi"]
    assert low is not None and value is not None and low < 0 < value
    assert gain["status_kenaikan"] == "belum_pasti"
    cost = budget.cost_per_point_all(frame, gain)
    assert cost["cukup_data"] is False and cost.get("alasan") == "gain_belum_jelas"
    assert (cost.get("gain_bawah"), cost.get("gain_atas")) == (gain["ci_bawah"], gain["ci_atas"])
    assert cost.get("gain_n_kegiatan") == 6
    said = {lang: reasons.reason(cost, lang) for lang in ("id", "en")}
    # the measure the cost is priced on, named (REVIEW7 R7-13: not the adjusted gain Tabel 1 leads with)
    assert said["id"].startswith("rata-rata kenaikan nilai peserta belum pasti di atas nol (6 kegiatan, jadi "
                                 "rentangnya lebar; 6,4 poin, rentang keyakinan 95%: −1,0 s.d. 13,9), jadi biaya "
                                 "kegiatannya Rp 81,8 juta "
                                 "belum dapat dibagi")
    assert said["en"].startswith("the participants' mean gain is not yet certain to be above zero (6 activities, "
                                 "so the interval is wide; 6.4 points, 95% CI: −1.0 to 13.9)")
    # the bootstrap bounds the ratio: "no upper bound" would be false
    assert "sangat tinggi" not in said["id"] and "very high" not in said["en"]


def test_no_upper_bound_is_said_only_when_the_bootstrap_has_unbounded_replicates():
    frame = _frame(means=(-6.0, 5.6, -4.0, 11.3, -3.0, 4.0), sizes=(10,) * 6)
    gain = learning.paired_change_clustered(frame)
    _, _, high, share = bootstrap_ratio(*_per_activity(frame))
    assert not math.isfinite(high) and share > constants.COST_UNBOUNDED_SHARE
    cost = budget.cost_per_point_all(frame, gain)
    assert cost.get("alasan") == "gain_belum_jelas"
    # in the reader's words, not the statistician's 'no upper bound' (REVIEW6 R6-34)
    assert reasons.reason(cost, "id").endswith("; biaya per poin bisa sangat tinggi, karena kenaikannya bisa "
                                               "mendekati nol")
    assert reasons.reason(cost, "en").endswith("; the cost per point could be very high, as the gain may be close "
                                               "to zero")


def test_a_clear_gain_gets_its_cost_per_point():
    frame = _frame(means=(9.0, 10.0, 11.0, 12.0, 10.5, 9.5))
    gain = learning.paired_change_clustered(frame)
    assert gain["status_kenaikan"] == "naik"
    cost = budget.cost_per_point_all(frame, gain)
    assert cost["cukup_data"] and cost["estimasi"] == pytest.approx(np.divide(*map(np.sum, _per_activity(frame))))


def test_every_year_reads_the_same_answer_and_gives_the_same_reason():
    """An earlier year (a 2024 column, the index's footnotes) is computed by the registry from the year's own gain
    record, and the trend keeps what the reason names."""
    frame = _frame()
    year = key_figures.YearData(2025, pd.DataFrame(), frame, pd.DataFrame())
    gain = key_figures.BY_KEY["gain"].compute(year, {})  # type: ignore[misc]
    cost = key_figures.BY_KEY["biaya_per_poin"].compute(year, {"gain": gain})  # type: ignore[misc]
    in_trend = trend._base(gain), trend._plain(cost)
    assert gain["status_kenaikan"] == in_trend[0]["status_kenaikan"] == "belum_pasti"
    assert cost["alasan"] == "gain_belum_jelas"
    for lang in ("id", "en"):
        assert reasons.reason(cast(dict, in_trend[1]), lang) == reasons.reason(cost, lang)
    # the cost follows the record it is given, not an interval of its own: told the gain is clear, it divides
    cleared = key_figures.BY_KEY["biaya_per_poin"].compute(year, {"gain": {**gain, "status_kenaikan": "naik"}})  # type: ignore[misc]
    assert cleared["cukup_data"]


def _hasil(gain: Any, pooled: tuple[float, float, float] | None) -> dict[str, Any]:
    """The parts of a dinas's hasil.json the learning sentence reads; ``pooled`` its adjusted gain."""
    pooling: dict[str, Any] = {"metode": "mixedlm", "penyesuaian": ["metode"], "jumlah_dinas": 21}
    if pooled is not None:
        value, low, high = pooled
        pooling["dinas_ini"] = {"dinas": "kebudayaan", "pooled": {"n": 97, "estimasi": value, "ci_bawah": low,
                                                                  "ci_atas": high, "p": 0.0, "cukup_data": True}}
    return {"cakupan": {"slug": "kebudayaan", "jenis": "dinas", "nama": "Dinas Kebudayaan"},
            "level2_pembelajaran": {"keseluruhan": gain}, "pooling": pooling}


@pytest.mark.parametrize("lang, unsure, banned", [
    ("id", "Pembelajaran: perubahan nilai peserta belum pasti (6 kegiatan, jadi rentangnya lebar): rata-rata 6,4 "
           "poin", "bermakna"),
    ("en", "Learning: the change in participants' scores is not yet certain (6 activities, so the interval is wide): "
           "mean 6.4 points", "meaningfully"),
], ids=["id", "en"])
def test_the_results_chapter_says_not_yet_certain_with_its_activities(lang, unsure, banned):
    gain = learning.paired_change_clustered(_frame())
    sentence = narrative.learning(cast(Any, _hasil(gain, None)), lang)
    assert sentence.startswith(unsure) and banned not in sentence
    assert phrases.direction(gain) == "flat"


@pytest.mark.parametrize("lang, why", [
    ("id", "Kedua ukuran berbeda soal apakah nilai naik: kenaikan yang disesuaikan mengambil kenaikan rata-rata "
           "setiap metode dari 21 dinas melalui model campuran, sedangkan rentang rata-rata peserta bersandar pada "
           "kegiatan Kebudayaan sendiri (6 kegiatan, jadi rentangnya lebar)."),
    ("en", "The two measures differ on whether scores rose: the adjusted gain takes each method's average gain "
           "from all 21 agencies through the mixed model, while the interval of the participants' mean rests on "
           "Culture's own activities alone (6 activities, so the interval is wide)."),
], ids=["id", "en"])
def test_one_sentence_says_why_the_two_measures_disagree_on_a_gain(lang, why):
    gain = learning.paired_change_clustered(_frame())
    disagree = narrative.learning(cast(Any, _hasil(gain, (9.3, 7.7, 11.0))), lang)
    assert disagree.endswith(why)
    # the key-figure note names the mean and its interval, which the table does not show
    noted = gain_sides.sentence(_hasil(gain, (9.3, 7.7, 11.0)), lang, with_numbers=True)
    assert ("(6,4 poin; rentang keyakinan 95%: −1,0 s.d. 13,9)" if lang == "id"
            else "(6.4 points; 95% CI: −1.0 to 13.9)") in noted
    # both measures give the same answer: nothing to explain
    agree = narrative.learning(cast(Any, _hasil(gain, (3.0, -0.5, 6.5))), lang)
    assert why not in agree and gain_sides.sentence(_hasil(gain, (3.0, -0.5, 6.5)), lang) == ""


def _row(slug: str, gain: Any, pooled: tuple[float, float, float]) -> dict[str, Any]:
    value, low, high = pooled
    return {"dinas": slug, "gain": gain,
            "gain_pooled": {"n": 97, "estimasi": value, "ci_bawah": low, "ci_atas": high, "cukup_data": True}}


@pytest.mark.parametrize("lang, named", [
    ("id", "Kenaikan yang disesuaikan dan rata-rata peserta berbeda soal apakah nilai naik pada Kebudayaan "
           "(rata-rata peserta 6,4 poin; rentang keyakinan 95%: −1,0 s.d. 13,9; 6 kegiatan, jadi rentangnya lebar): "
           "kenaikan yang disesuaikan mengambil kenaikan rata-rata setiap metode dari 21 dinas"),
    ("en", "The adjusted gain and the participants' mean differ on whether scores rose for Culture (participants' "
           "mean 6.4 points; 95% CI: −1.0 to 13.9; 6 activities, so the interval is wide): the adjusted gain takes "
           "each method's average gain from all 21 agencies"),
], ids=["id", "en"])
def test_the_province_table_and_the_index_name_each_dinas_whose_measures_disagree(lang, named):
    unsure = learning.paired_change_clustered(_frame())
    clear = learning.paired_change_clustered(_frame(means=(9.0, 10.0, 11.0, 12.0, 10.5, 9.5)))
    pooling = {"metode": "mixedlm", "penyesuaian": ["metode"], "jumlah_dinas": 21}
    rows = [_row("kebudayaan", unsure, (9.3, 7.7, 11.0)), _row("kesehatan", clear, (6.4, 5.8, 6.9)),
            _row("kpkp", unsure, (3.0, -0.5, 6.5))]  # agree: both not yet certain
    said = gain_sides.province_sentence(rows, pooling, lang)
    assert said.startswith(named)
    assert "Kesehatan" not in said and "Health" not in said and "KPKP" not in said
    assert gain_sides.province_sentence(rows[1:], pooling, lang) == ""
    # the province's own pooling lists its dinas instead of counting them (the index takes the first file it reads)
    listed_by_province = {"metode": "mixedlm", "penyesuaian": ["metode"], "per_dinas": [{}] * 21}
    assert gain_sides.province_sentence(rows, listed_by_province, lang) == said
    # the index lists rows of several years: the year after the name, from each year's own results
    index_item = gain_sides.of_scope(_hasil(unsure, (9.3, 7.7, 11.0)), lang, 2024)
    assert index_item is not None and index_item.startswith(("Kebudayaan 2024 (", "Culture 2024 ("))
    assert gain_sides.of_scope(_hasil(clear, (9.3, 7.7, 11.0)), lang, 2024) is None


@pytest.mark.parametrize("lang, start", [("id", "Kedua ukuran tahun 2024 berbeda soal apakah nilai naik"),
                                         ("en", "The two measures for 2024 differ on whether scores rose")],
                         ids=["id", "en"])
def test_last_years_column_gets_its_own_sentence(lang, start):
    unsure = learning.paired_change_clustered(_frame())
    assert gain_sides.sentence(_hasil(unsure, (6.3, 4.6, 8.0)), lang, with_numbers=True, year=2024).startswith(start)


def test_every_report_of_the_sample_reads_one_answer_per_scope(pipeline_root):
    """The small sample, modelled: each dinas's gain answer is the same in its own results, its trend, the
    province's table of dinas, and its cost per point is withheld for that reason exactly when the answer is not
    "naik" (with enough activities and a positive total)."""
    from evalasn.analysis import results
    from evalasn.paths import project
    from evalasn.registry import PROVINCE_SLUG

    paths = project(pipeline_root)
    tahun = max(paths.hasil_years(PROVINCE_SLUG))
    province = results.read(paths.hasil(PROVINCE_SLUG, tahun))
    rows = {row["dinas"]: row for row in province["perbandingan_dinas"]}
    assert rows
    for slug, row in rows.items():
        hasil = results.read(paths.hasil(slug, tahun))
        gain = hasil["level2_pembelajaran"]["keseluruhan"]
        status = gain["status_kenaikan"]
        assert status == certainty.gain_status(gain["ci_bawah"], gain["ci_atas"]), slug
        assert row["gain"]["status_kenaikan"] == status, slug
        this_year = next(year for year in hasil["tren"] if year["tahun"] == tahun)
        if this_year["gain"]["cukup_data"]:
            assert this_year["gain"]["status_kenaikan"] == status, slug
        for cost in (hasil["anggaran_vs_peningkatan"]["biaya_per_poin_semua"], row["biaya_per_poin"]):
            if cost.get("alasan") in ("kegiatan_kurang", "gain_tidak_positif"):
                continue
            assert (cost.get("alasan") == "gain_belum_jelas") == (status in ("belum_pasti", "turun")), slug


def _unsure_beside_adjusted(hasil: Any, tahun: int) -> Any:
    """``hasil`` with a participants' mean not yet certain above zero and a clearly positive adjusted gain."""
    import copy

    changed = copy.deepcopy(hasil)
    changed["tahun"] = tahun
    changed["level2_pembelajaran"]["keseluruhan"] = learning.paired_change_clustered(_frame())
    changed["pooling"]["dinas_ini"]["pooled"].update(estimasi=6.3, ci_bawah=4.6, ci_atas=8.0, cukup_data=True)
    return changed


@pytest.mark.parametrize("shown", [True, False], ids=["last-year-mean-shown", "last-year-mean-withheld"])
def test_last_years_sentence_only_where_the_report_gives_last_years_mean(pipeline_root, shown):
    """Tabel 1's note explains last year's column only when the trend gives last year's participants' mean (it is
    withheld from fewer than constants.MIN_ACTIVITIES_TREND_GAIN activities: no sentence about a hidden figure)."""
    import dataclasses

    from evalasn.paths import project
    from evalasn.report.chapters import comparison
    from evalasn.report.context import load_context

    ctx = load_context("kesehatan", "id", project(pipeline_root))
    hasil = _unsure_beside_adjusted(ctx.hasil, ctx.hasil["tahun"])
    previous = _unsure_beside_adjusted(ctx.previous or ctx.hasil, ctx.hasil["tahun"] - 1)
    for year in hasil["tren"]:
        if year["tahun"] == previous["tahun"]:
            year["gain"]["cukup_data"] = shown
    said = comparison.sides_sentence(dataclasses.replace(ctx, hasil=hasil, previous=previous), last_year=True) or ""
    assert said.startswith("Kedua ukuran berbeda soal apakah nilai naik")
    assert ("Kedua ukuran tahun " in said) is shown


@pytest.mark.parametrize("lang, brief", [
    ("id", "rata-rata kenaikan peserta belum pasti di atas nol (6 kegiatan, jadi rentangnya lebar)"),
    ("en", "participants' mean gain not yet certain to be above zero (6 activities, so the interval is wide)"),
], ids=["id", "en"])
def test_the_status_cell_of_a_withheld_cost_gives_its_cause_not_its_figures(lang, brief):
    """Tabel 1's Status column held the whole reason, 13 lines in a narrow cell (reader review 4, item 17): the
    cell names the cause; the figures stay in the chapter's sentence (reasons.reason)."""
    frame = _frame()
    cost = budget.cost_per_point_all(frame, learning.paired_change_clustered(frame))
    fact = facts.Fact(key="biaya_per_poin", tahun=2025, value=cost)
    assert fact.cell(lang) == facts.t("not_computed", lang)
    assert fact.status(lang) == brief
    assert "Rp" not in fact.status(lang) and len(fact.status(lang)) < len(reasons.reason(cost, lang)) / 2
    # any other missing figure keeps its whole (short) reason
    few = {"cukup_data": False, "n_kegiatan": 3, "n": 40}
    assert facts.Fact(key="biaya_per_poin", tahun=2025, value=few).status(lang) == reasons.reason(few, lang)


@pytest.mark.parametrize(("gain", "lang", "said"), [
    pytest.param(-1.0, "id", "8 kegiatan", id="mean-below-zero-id"),
    pytest.param(-1.0, "en", "8 activities", id="mean-below-zero-en"),
    pytest.param(None, "id", "8 kegiatan", id="no-mean-given-id"),
    pytest.param(5.7, "id", "7 kegiatan, jadi rentangnya lebar", id="mean-above-zero-few-activities-id"),
    pytest.param(5.7, "en", "7 activities, so the interval is wide", id="mean-above-zero-few-activities-en"),
])
def test_the_activity_count_is_named_as_a_reason_only_where_it_is_one(gain, lang, said):
    """LOOK14 P-10: 'belum pasti di atas nol (hanya 8 kegiatan; −1,0 poin, …)' blamed 8 activities, which meet every
    minimum, for a mean that is simply not above zero; a mean above zero on few activities is not certain because the
    interval is wide, and says so, without 'hanya'."""
    count = 7 if gain and gain > 0 else 8
    assert reasons.gain_basis(count, lang, gain) == said
    assert "hanya" not in reasons.gain_basis(count, lang, gain)
