"""The gain of a method's participants outside the dinas with a finding of their own (LOOK11 L-3) and its difference
from the participants inside them (LOOK12 K-2): clustered by activity as every method gain, checked against
statsmodels, and the words that say the province-wide figure comes "mainly from" those dinas only when the whole
interval of that difference is above zero (never by whether two intervals overlap)."""

from __future__ import annotations

import re
from typing import Any, cast

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from scipy import stats as sps

from evalasn import constants
from evalasn.analysis import budget, learning
from evalasn.report.chapters import dinas_pairs, key_findings
from evalasn.report.words import fmt


def _participations(rng: np.random.Generator, plan: dict[str, tuple[int, float]], metode: str = "seminar",
                    size: int = 12, class_sd: float = 1.5, noise_sd: float = 4.0) -> pd.DataFrame:
    """``plan``: dinas -> (activities, mean gain); each activity shares a shock (same trainer, test, day)."""
    frames = []
    for dinas, (activities, gain) in plan.items():
        shocks = rng.normal(0, class_sd, activities)
        k = np.repeat(np.arange(activities), size)
        pre = rng.normal(60, 8, len(k))
        frames.append(pd.DataFrame({"dinas": dinas, "metode": metode, "kegiatan_id": [f"{dinas}-{i}" for i in k],
                                    "nilai_pre": pre, "nilai_post": pre + gain + shocks[k]
                                    + rng.normal(0, noise_sd, len(k))}))
    frame = pd.concat(frames, ignore_index=True)
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"])


def _finding(dinas: str, metode: str = "seminar") -> Any:
    return {"metode": metode, "dinas": dinas, "anggaran_rp": 1.0e8}


def _statsmodels(rows: pd.DataFrame) -> tuple[float, float, float, int]:
    """(mean, CR1 error, unclustered error, activities) of an intercept-only OLS of the gain, as statsmodels."""
    gain, ones = rows["gain"].to_numpy(), np.ones((len(rows), 1))
    groups = pd.factorize(rows["kegiatan_id"])[0]
    clustered = sm.OLS(gain, ones).fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)
    plain = sm.OLS(gain, ones).fit()
    return float(clustered.params[0]), float(clustered.bse[0]), float(plain.bse[0]), int(groups.max()) + 1


@pytest.mark.parametrize("outside_activities", [
    pytest.param(60, id="many-activities-CR1-as-statsmodels-cluster"),
    pytest.param(12, id="few-activities-the-larger-of-CR1-and-unclustered"),
])
def test_the_outside_gain_is_statsmodels_ols_with_errors_clustered_by_activity(outside_activities):
    rng = np.random.default_rng(7)
    part = _participations(rng, {"kesehatan": (8, -1.0), "satpol-pp": (4, -2.0),
                                 "sosial": (outside_activities // 2, 3.0),
                                 "kpkp": (outside_activities - outside_activities // 2, 3.5)})
    part = pd.concat([part, _participations(rng, {"kpkp": (5, 12.0)}, metode="pelatihan")], ignore_index=True)
    [row] = budget.outside_findings(part, [_finding("kesehatan"), _finding("satpol-pp")])
    reference = part[(part["metode"] == "seminar") & part["dinas"].isin(["sosial", "kpkp"])]
    mean, se_cr1, se_plain, activities = _statsmodels(reference)
    se = se_cr1 if activities >= constants.FEW_CLUSTERS else max(se_cr1, se_plain)
    half = float(sps.t.ppf(0.975, activities - 1)) * se
    assert row["metode"] == "seminar" and row["dinas_dikecualikan"] == ["kesehatan", "satpol-pp"]
    assert (row["n"], row["n_kegiatan"]) == (len(reference), outside_activities)
    assert row["estimasi"] == pytest.approx(mean)
    assert (row["ci_bawah"], row["ci_atas"]) == pytest.approx((mean - half, mean + half))
    if activities >= constants.FEW_CLUSTERS:  # the statsmodels interval itself (t on activities - 1)
        low, high = sm.OLS(reference["gain"].to_numpy(), np.ones((len(reference), 1))).fit(
            cov_type="cluster", cov_kwds={"groups": pd.factorize(reference["kegiatan_id"])[0]},
            use_t=True).conf_int()[0]
        assert (row["ci_bawah"], row["ci_atas"]) == pytest.approx((low, high))


@pytest.mark.parametrize(("plan", "planted"), [
    pytest.param({"kesehatan": (30, -1.0), "satpol-pp": (10, 0.0), "sosial": (20, 6.0), "kpkp": (15, 6.0)}, 6.5,
                 id="planted-difference-6.5-recovered"),
    pytest.param({"kesehatan": (30, 2.0), "satpol-pp": (10, 2.0), "sosial": (20, 2.0), "kpkp": (15, 2.0)}, 0.0,
                 id="none-planted-none-found"),
])
def test_the_difference_is_statsmodels_ols_of_the_gain_on_the_group_clustered_by_activity(plan, planted):
    """LOOK12 K-2: one estimate of outside − inside, as statsmodels OLS(gain ~ 1 + luar) with CR1 errors clustered by
    activity and t on G − 1 (75 activities: CR1 as it is), on the same rows; a planted difference is inside its
    interval, which is wholly above zero; none planted, the interval holds zero."""
    rng = np.random.default_rng(5)
    part = _participations(rng, plan)
    [row] = budget.outside_findings(part, [_finding("kesehatan"), _finding("satpol-pp")])
    gap = row["selisih_dengan_temuan"]
    luar = (~part["dinas"].isin(["kesehatan", "satpol-pp"])).astype(float)
    reference = sm.OLS(part["gain"].to_numpy(), sm.add_constant(luar.to_numpy())).fit(
        cov_type="cluster", cov_kwds={"groups": pd.factorize(part["kegiatan_id"])[0]}, use_t=True)
    assert (gap["n"], gap["n_kegiatan"]) == (len(part), 75) and gap["cukup_data"]
    assert gap["estimasi"] == pytest.approx(reference.params[1])
    assert (gap["ci_bawah"], gap["ci_atas"]) == pytest.approx(tuple(reference.conf_int()[1]))
    assert gap["p"] == pytest.approx(reference.pvalues[1])
    low, high = gap["ci_bawah"], gap["ci_atas"]
    assert low is not None and high is not None and low <= planted <= high
    assert (low > 0) is (planted > 0)


def test_the_difference_is_withheld_when_either_group_has_too_few_activities():
    rng = np.random.default_rng(9)
    part = _participations(rng, {"kesehatan": (2, -1.0), "sosial": (20, 3.0)})
    [row] = budget.outside_findings(part, [_finding("kesehatan")])
    gap = row["selisih_dengan_temuan"]
    assert row["cukup_data"] and not gap["cukup_data"] and gap["estimasi"] is None
    assert (gap["n"], gap["n_kegiatan"], gap["alasan"]) == (len(part), 22, "kegiatan_kurang_klaster")


def test_only_methods_with_a_dinas_finding_get_an_outside_gain_and_too_few_activities_have_no_interval():
    rng = np.random.default_rng(3)
    part = _participations(rng, {"kesehatan": (6, -1.0), "sosial": (2, 3.0)})
    part = pd.concat([part, _participations(rng, {"kpkp": (5, 12.0)}, metode="pelatihan")], ignore_index=True)
    [row] = budget.outside_findings(part, [_finding("kesehatan")])
    assert row["metode"] == "seminar" and not row["cukup_data"] and row["n_kegiatan"] == 2
    assert row["alasan"] == "kegiatan_kurang_klaster" and row["rata_peserta"] == pytest.approx(
        part.loc[part["dinas"] == "sosial", "gain"].mean())
    assert budget.outside_findings(part, []) == []


def _hasil(part: pd.DataFrame, judged: list[str]) -> Any:
    """A province hasil of one method (seminar) as the model stage writes it from ``part``: the province-wide gain,
    the judged dinas's own rows (very small gains) and the gain outside them."""
    everyone = learning.paired_change_clustered(part)
    rows: list[Any] = []
    for dinas in judged:
        own = learning.paired_change_clustered(part[part["dinas"] == dinas])
        rows.append({"metode": "seminar", "dinas": dinas, "n": own["n"], "n_kegiatan": own["n_kegiatan"],
                     "estimasi": own["estimasi"], "ci_bawah": own["ci_bawah"], "ci_atas": own["ci_atas"],
                     "cukup_data": True, "anggaran_rp": 1.5e8, "menurun": False, "g_av_bawah": -0.1,
                     "g_av_atas": 0.15})
    return {"cakupan": {"jenis": "provinsi", "slug": "provinsi"},
            "level2_pembelajaran": {"per_metode": [{"metode": "seminar", **everyone}]},
            "anggaran_vs_peningkatan": {"tanpa_kenaikan": [], "sedikit_kenaikan": rows,
                                        "di_luar_temuan_dinas": budget.outside_findings(part, rows)}}


@pytest.mark.parametrize(("others_gain", "driven"), [
    pytest.param(6.0, True, id="planted-difference-others-well-above-found"),
    pytest.param(-1.0, False, id="no-difference-planted-not-found"),
])
def test_a_planted_difference_between_the_judged_dinas_and_the_others_is_recovered(others_gain, driven):
    rng = np.random.default_rng(11)
    part = _participations(rng, {"kesehatan": (20, -1.0), "satpol-pp": (20, -1.0), "sosial": (15, others_gain),
                                 "kpkp": (15, others_gain)})
    hasil = _hasil(part, ["kesehatan", "satpol-pp"])
    gain = hasil["level2_pembelajaran"]["per_metode"][0]
    found = dinas_pairs.spread(hasil, "seminar", gain["ci_atas"])
    assert found.driven is driven and found.others_n == 15 * 2 * 12
    said = dinas_pairs.outside_said(found, gain, "seminar", "id")
    assert (". Jadi kenaikan sangat kecil ini terutama berasal dari 2 dinas itu" in said) is driven, said


def _province(outside: dict[str, Any] | None) -> Any:
    """Seminar 1,8 (1,0–2,6) province-wide; Kesehatan and Satpol PP with findings of their own; ``outside`` the
    analysis's record of the others (None: a hasil without it)."""
    pair = {"metode": "seminar", "n": 90, "n_kegiatan": 5, "cukup_data": True, "menurun": False, "g_av_atas": 0.05}
    hasil: Any = {
        "cakupan": {"jenis": "provinsi", "slug": "provinsi"},
        "pelaksanaan": {"kegiatan_per_metode": [{"metode": "seminar", "n_kegiatan": 52, "n_peserta": 1300,
                                                 "jp_total": 400.0, "anggaran_rp": 9.7e8}]},
        "level2_pembelajaran": {"per_metode": [{"metode": "seminar", "n": 1239, "n_kegiatan": 52, "estimasi": 1.8,
                                                "ci_bawah": 1.0, "ci_atas": 2.6, "p": None, "cukup_data": True,
                                                "g_av": 0.16, "g_av_atas": 0.19}]},
        "anggaran_vs_peningkatan": {
            "biaya_per_poin": [], "tanpa_kenaikan": [],
            "sedikit_kenaikan": [{**pair, "dinas": "kesehatan", "estimasi": -1.0, "ci_bawah": -2.4, "ci_atas": 0.4,
                                  "anggaran_rp": 1.667e8},
                                 {**pair, "dinas": "satpol-pp", "estimasi": -2.2, "ci_bawah": -6.1, "ci_atas": 1.6,
                                  "anggaran_rp": 3.47e7}]},
        "pooling": {"per_dinas": [{"dinas": slug, "campuran_metode": [{"metode": "seminar", "n": n, "n_kegiatan": k,
                                                                        "rata_gain": 0.0}]}
                                  for slug, n, k in (("kesehatan", 187, 8), ("satpol-pp", 73, 3), ("sosial", 60, 2),
                                                     ("kpkp", 617, 26))]},
    }
    if outside is not None:
        # the judged dinas's money and its share, as the model stage writes them (analysis.budget.judged_money)
        spent, share = budget.judged_money(hasil["anggaran_vs_peningkatan"]["sedikit_kenaikan"], "seminar", 9.7e8)
        money = {"anggaran_dikecualikan_rp": spent, "persen_anggaran_dikecualikan": share}
        hasil["anggaran_vs_peningkatan"]["di_luar_temuan_dinas"] = [
            {"metode": "seminar", "dinas_dikecualikan": ["kesehatan", "satpol-pp"], "n": 677, "n_kegiatan": 28,
             "p": None, **money, **outside}]
    return hasil


OVERLAP = {"estimasi": 3.29, "ci_bawah": 2.28, "ci_atas": 4.29, "cukup_data": True}
BELOW = {"estimasi": 2.1, "ci_bawah": 1.2, "ci_atas": 3.0, "cukup_data": True}
WITHHELD = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "rata_peserta": 3.29,
            "alasan": "kegiatan_kurang_klaster"}
# outside − inside (analysis.budget.outside_difference): wholly above zero, or reaching it
GAP = {"n": 1239, "n_kegiatan": 52, "p": None, "cukup_data": True}  # both groups: the province-wide row's counts
GAP_ABOVE = {**GAP, "estimasi": 3.2, "ci_bawah": 1.8, "ci_atas": 4.6}
GAP_ZERO = {**GAP, "estimasi": 1.1, "ci_bawah": -0.4, "ci_atas": 2.6}
GAP_NONE = {**GAP, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
            "alasan": "kegiatan_kurang_klaster"}
# LOOK12 K-2: the others' interval overlaps the province's (the sample), their difference from the judged dinas does not
# reach zero: "mainly from" those dinas (the old rule, overlap, said the opposite)
DRIVEN = {**OVERLAP, "selisih_dengan_temuan": GAP_ABOVE}
NOT_SHOWN = {**OVERLAP, "selisih_dengan_temuan": GAP_ZERO}


@pytest.mark.parametrize(("outside", "lang", "summary", "chapter"), [
    pytest.param(DRIVEN, "id", "; kenaikan sangat kecil ini terutama berasal dari 2 dinas, yaitu Kesehatan dan "
                 "Satpol PP (Rp 201 juta, 21% biayanya): di dinas lain peserta seminar naik 3,3 poin (rentang "
                 "keyakinan 95%: 2,3 s.d. 4,3), 3,2 poin lebih tinggi daripada di 2 dinas itu (1,8 s.d. 4,6; BAB IX, "
                 "9.1)",
                 " Di luar dinas yang punya temuan sendiri, peserta seminar rata-rata berubah 3,3 poin (rentang "
                 "keyakinan 95%: 2,3 s.d. 4,3; 28 kegiatan, 677 peserta bernilai pre dan post), 3,2 poin lebih tinggi "
                 "daripada di 2 dinas itu (rentang keyakinan 95%: 1,8 s.d. 4,6). Jadi kenaikan "
                 "sangat kecil ini terutama berasal dari 2 dinas itu (Rp 201 juta, 21% biaya seminar).",
                 id="difference-above-zero-intervals-overlap-mainly-id"),
    pytest.param(DRIVEN, "en", "; this very small gain comes mainly from 2 agencies, namely Health and Satpol PP "
                 "(Rp 201 million, 21% of its cost): in the other agencies seminar participants gained 3.3 points "
                 "(95% CI: 2.3 to 4.3), 3.2 points more than in those 2 agencies (1.8 to 4.6; Chapter IX, 9.1)",
                 " Outside the agencies with a finding of their own, seminar participants changed on average by 3.3 "
                 "points (95% CI: 2.3 to 4.3; 28 activities, 677 participants with both scores), 3.2 points more than "
                 "in those 2 agencies (95% CI: 1.8 to 4.6). So this very small "
                 "gain comes mainly from those 2 agencies (Rp 201 million, 21% of the seminar cost).",
                 id="difference-above-zero-intervals-overlap-mainly-en"),
    pytest.param(NOT_SHOWN, "id", ", termasuk metode tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil di "
                 "Kesehatan dan Satpol PP (BAB IX, 9.1)",
                 ", 1,1 poin lebih tinggi daripada di 2 dinas itu (rentang keyakinan 95%: −0,4 "
                 "s.d. 2,6), jadi data ini belum menunjukkan bahwa angka seluruh provinsi terutama dari dinas-dinas "
                 "itu.", id="difference-reaches-zero-observed-id"),
    pytest.param(NOT_SHOWN, "en", ", including methods without a meaningful gain or with a very small gain in Health "
                 "and Satpol PP (Chapter IX, 9.1)",
                 ", 1.1 points more than in those 2 agencies (95% CI: −0.4 to "
                 "2.6), so these data do not show that the province-wide figure comes mainly from those agencies.",
                 id="difference-reaches-zero-observed-en"),
    pytest.param({**OVERLAP, "selisih_dengan_temuan": GAP_NONE}, "id",
                 ", termasuk metode tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil di Kesehatan "
                 "dan Satpol PP",
                 "(rentang keyakinan 95%: 2,3 s.d. 4,3; 28 kegiatan, 677 peserta bernilai pre dan post), jadi belum "
                 "dapat dinilai apakah angka seluruh provinsi terutama dari dinas-dinas itu.",
                 id="difference-withheld-cannot-be-judged-id"),
    pytest.param({**WITHHELD, "selisih_dengan_temuan": GAP_NONE}, "id",
                 ", termasuk metode tanpa kenaikan yang berarti atau dengan kenaikan sangat kecil di Kesehatan "
                 "dan Satpol PP",
                 "rata-rata berubah 3,3 poin (tanpa rentang: hanya 28 kegiatan, perlu sedikitnya 3; 677 peserta "
                 "bernilai pre dan post), jadi belum dapat dinilai apakah angka seluruh provinsi terutama dari "
                 "dinas-dinas itu.", id="others-without-interval-id"),
    pytest.param({**BELOW, "selisih_dengan_temuan": GAP_ABOVE}, "id", "", "", id="others-within-the-row-it-stands-id"),
    pytest.param({**WITHHELD, "alasan": "peserta_kurang", "rata_peserta": None, "selisih_dengan_temuan": GAP_NONE},
                 "id", "", "", id="others-too-few-participants-no-comparison-id"),
    pytest.param({**WITHHELD, "alasan": "tanpa_keragaman", "selisih_dengan_temuan": GAP_NONE}, "id", "", "",
                 id="others-without-spread-no-comparison-id"),
    pytest.param(None, "id", "", "", id="no-outside-record-no-claim-id"),
])
def test_mainly_from_those_dinas_only_when_the_difference_is_wholly_above_zero(outside, lang, summary, chapter):
    """LOOK12 K-2: judged by the difference outside − inside and its interval; the sample's overlapping intervals
    (3,3 (2,3–4,3) and 1,8 (1,0–2,6)) do not decide it. LOOK23 Z-3: the summary says what the judged dinas account
    for (the small gain), with their money's share, and the difference says what is taken from what."""
    hasil = _province(outside)
    full = (key_findings.without_gain(hasil, [], lang) or key_findings.Finding("", "", "")).text
    brief = (key_findings.without_gain(hasil, [], lang, brief=True) or key_findings.Finding("", "", "")).text
    assert (summary in brief) if summary else ("(BAB IX, 9.1)" not in brief and "9.1)" not in brief), brief
    assert (chapter in full) if chapter else ("dinas yang punya temuan sendiri, peserta" not in full), full
    mainly = "terutama" if lang == "id" else "mainly from"
    assert (mainly in brief.replace("belum menunjukkan", "")) is (outside is DRIVEN)
    assert "bertumpang tindih" not in full and "overlap" not in full, full
    assert full.count(mainly) == (1 if chapter else 0), full


def _sentences(text: str) -> list[str]:
    """A text's sentences: a full stop followed by a space and a capital (decimals are written '1,8' or '1.8',
    never '. '; 's.d. Rp 729.766' goes on)."""
    return [s for s in re.split(r"(?<!s\.d\.)(?<=\.)\s+(?=[A-Z])", text) if s]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_gives_the_judged_dinas_their_share_of_the_money_from_the_results(lang):
    """LOOK23 Z-3: "Rp 974 juta untuk seminar … , terutama dari Kesehatan, Lingkungan Hidup, Perhubungan dan Satpol
    PP" read as the money, of which those dinas held 47%; the summary now says they account for the small gain and
    prints their money and its share, the results' `anggaran_dikecualikan_rp` and `persen_anggaran_dikecualikan`,
    which are the judged rows' money over the method's budget."""
    hasil = _province(DRIVEN)
    money = hasil["anggaran_vs_peningkatan"]
    [record] = money["di_luar_temuan_dinas"]
    judged = [r for r in money["sedikit_kenaikan"] if r["dinas"] in record["dinas_dikecualikan"]]
    spent = hasil["pelaksanaan"]["kegiatan_per_metode"][0]["anggaran_rp"]
    assert record["anggaran_dikecualikan_rp"] == pytest.approx(sum(r["anggaran_rp"] for r in judged))
    assert record["persen_anggaran_dikecualikan"] == pytest.approx(100 * record["anggaran_dikecualikan_rp"] / spent)
    brief = (key_findings.without_gain(hasil, [], lang, brief=True) or key_findings.Finding("", "", "")).text
    shown = (f"{fmt.rupiah(record['anggaran_dikecualikan_rp'], lang)}, "
             f"{fmt.percent(record['persen_anggaran_dikecualikan'], 0, lang)}")
    assert shown in brief and shown.endswith("21%"), brief
    # the old clause read as the money: "…), terutama dari Kesehatan dan Satpol PP (BAB IX, 9.1)"
    assert "), terutama dari" not in brief and "), mainly from" not in brief, brief


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_chapter_bullet_is_short_sentences_that_print_the_rows_counts_once(lang):
    """LOOK23 Z-3: 9.1's bullet was one sentence of about 25 lines from "Rp 974 juta" to "(BAB IV)" that printed "52
    kegiatan, 1.239 peserta" three times (the finding's bracket, "di 18 dinas: …" and the difference, whose two
    groups are the row's participants); now the finding, the dinas judged on their own, the rest, each sentence
    short, the row's counts once."""
    hasil = _province(DRIVEN)
    hasil["pooling"]["per_dinas"] += [{"dinas": f"dinas-{i}", "campuran_metode": [
        {"metode": "seminar", "n": 10, "n_kegiatan": 1, "rata_gain": 0.0}]} for i in range(6)]
    full = (key_findings.without_gain(hasil, [], lang) or key_findings.Finding("", "", "")).text
    counts = "52 kegiatan, 1.239 peserta" if lang == "id" else "52 activities, 1,239 participants"
    assert full.count(counts) == 1, full
    longest = max(_sentences(full), key=len)
    assert len(longest) <= 400, longest
    judged, others = ("dinilai sendiri: Kesehatan", "Di luar dinas") if lang == "id" else \
        ("judged on their own: Health", "Outside the agencies")
    assert full.index(counts) < full.index(judged) < full.index(others), full


@pytest.mark.parametrize(("outside", "opening", "clause"), [
    pytest.param(DRIVEN, "Angka seluruh provinsi ini terutama dari dinas yang dinilai sendiri (Kesehatan",
                 "rata-rata berubah 3,3 poin (rentang keyakinan 95%: 2,3 s.d. 4,3; 28 kegiatan, 677 peserta bernilai "
                 "pre dan post), 3,2 poin lebih tinggi daripada di 2 dinas itu (rentang keyakinan "
                 "95%: 1,8 s.d. 4,6), jadi temuan ini tentang dinas itu", id="bab-iv-driven"),
    pytest.param(NOT_SHOWN, "Dinas yang dinilai sendiri: Kesehatan",
                 "1,1 poin lebih tinggi daripada di 2 dinas itu (rentang keyakinan 95%: −0,4 s.d. 2,6), jadi data ini "
                 "belum menunjukkan",
                 id="bab-iv-difference-reaches-zero-observed"),
])
def test_bab_iv_note_on_a_driven_row_carries_the_difference_and_its_interval(outside, opening, clause):
    from types import SimpleNamespace

    from evalasn.report.chapters import results
    from evalasn.report.words.text import label, t

    hasil = _province(outside)
    ctx: Any = SimpleNamespace(hasil=hasil, lang="id", t=lambda key, **values: t(key, "id", **values),
                               label=lambda key: label(key, "id"))
    note = results.driven_note(ctx, "seminar", hasil["level2_pembelajaran"]["per_metode"][0])
    assert note.startswith(" " + opening) and clause in note, note
    assert ("jadi temuan ini tentang dinas itu" in note) is (outside is DRIVEN), note


@pytest.mark.parametrize(("lang", "title"), [
    pytest.param("id", "Kenaikan nilai di luar dinas dengan temuan sendiri", id="id"),
    pytest.param("en", "Score gain outside the agencies with a finding of their own", id="en"),
])
def test_the_workbook_block_is_named_for_what_it_holds(lang, title):
    """The XLSX block of `di_luar_temuan_dinas` was headed 'Berkas provinsi' (its doc's first words)."""
    from evalasn.report.formats import workbook_names

    assert workbook_names.object_name("anggaran_vs_peningkatan.di_luar_temuan_dinas[]", lang) == title


def test_the_judged_dinas_money_and_share_are_written_with_the_outside_gain():
    """LOOK23 Z-3: `anggaran_dikecualikan_rp` is the judged dinas's rows' money for the method (each dinas once),
    `persen_anggaran_dikecualikan` its percentage of the method's province budget; without a budget no share."""
    rng = np.random.default_rng(13)
    part = _participations(rng, {"kesehatan": (6, -1.0), "satpol-pp": (4, -2.0), "sosial": (8, 3.0)})
    findings: Any = [{**_finding("kesehatan"), "anggaran_rp": 1.6e8}, {**_finding("satpol-pp"), "anggaran_rp": 4.0e7},
                     {**_finding("kesehatan", "e-learning"), "anggaran_rp": 9.0e7}]
    rows = {r["metode"]: r for r in budget.outside_findings(part, findings, {"seminar": 8.0e8, "e-learning": 0.0})}
    assert rows["seminar"]["anggaran_dikecualikan_rp"] == pytest.approx(2.0e8)
    assert rows["seminar"]["persen_anggaran_dikecualikan"] == pytest.approx(25.0)
    assert rows["e-learning"]["anggaran_dikecualikan_rp"] == pytest.approx(9.0e7)
    assert rows["e-learning"]["persen_anggaran_dikecualikan"] is None
    assert budget.outside_findings(part, findings)[0]["persen_anggaran_dikecualikan"] is None


@pytest.mark.parametrize(("estimate", "said"), [
    (3.2, ", 3,2 poin lebih tinggi daripada di 2 dinas itu"),
    (-1.4, ", 1,4 poin lebih rendah daripada di 2 dinas itu"),
    (0.02, ", sama dengan di 2 dinas itu"),
], ids=["higher", "lower", "rounds-to-the-same"])
def test_the_difference_from_the_judged_dinas_is_said_as_higher_or_lower(estimate, said):
    """LOOK24 V2-7: 'kenaikan itu dikurangi kenaikan peserta di 4 dinas itu: 3,2 poin' read as a formula; 9.1 says it
    as the summary does, in the direction the estimate has."""
    gap = {**GAP_ABOVE, "estimasi": estimate, "ci_bawah": estimate - 1.4, "ci_atas": estimate + 1.4}
    found = dinas_pairs.Spread(judged=({"dinas": "kesehatan"}, {"dinas": "satpol-pp"}), small=(), dinas=4,
                               others=3.3, others_n=677, stands=False,
                               outside=cast(Any, {**DRIVEN, "selisih_dengan_temuan": gap}))
    assert dinas_pairs.outside_comparison(found, None, "id").startswith(said)
