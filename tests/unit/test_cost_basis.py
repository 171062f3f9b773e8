"""One cost basis (REVIEW6 R6-25, REVIEW6b R6b-6): the sentence "jadi biaya kegiatannya Rp X belum dapat dibagi per
poin kenaikan" names the activities' whole cost, the money Tabel 4 sums and the summary quotes (every participant,
with scores or not), in the agency's trend, the province's note, the index and the workbook alike (they all print
the record's `anggaran_rp` through report.words.reasons); the cost per point itself divides only the cost of the
participants with both scores by their gain points."""

from __future__ import annotations

import pandas as pd
import pytest

from evalasn.analysis import budget, key_figures, learning
from evalasn.report.words import fmt, reasons

# (gain per participant or None for a participant without a post-test score, participants, cost per participant)
UNSURE = ((1.0, 40, 300_000.0), (5.6, 10, 900_000.0), (6.1, 8, 700_000.0), (11.3, 12, 2_500_000.0),
          (12.3, 15, 1_200_000.0), (13.4, 12, 600_000.0))
# the whole gain interval at or below zero: "tidak positif" (a total below zero whose interval reaches above zero is
# "belum pasti di atas nol", CHECK11 C11-11)
NOT_POSITIVE = ((-2.0, 10, 500_000.0), (-1.0, 10, 400_000.0), (-0.4, 10, 600_000.0), (-0.5, 10, 300_000.0),
                (-1.5, 10, 450_000.0), (-0.3, 10, 550_000.0))
CLEAR = ((9.0, 10, 500_000.0), (10.0, 10, 400_000.0), (11.0, 10, 600_000.0), (12.0, 10, 300_000.0),
         (10.5, 10, 450_000.0), (9.5, 10, 550_000.0))
UNSCORED = 3  # participants of each activity without a post-test score (no gain)


def _frame(activities, metode: str = "seminar", unscored: int = UNSCORED) -> pd.DataFrame:
    rows = []
    for i, (mean, size, cost) in enumerate(activities):
        for j in range(size + unscored):
            scored = j < size
            rows.append({"kegiatan_id": f"{metode}-{i}", "metode": metode, "biaya_per_peserta_rp": cost,
                         "tahun_kegiatan": 2025, "nilai_pre": 50.0,
                         "nilai_post": 50.0 + mean + (1.0 if j % 2 else -1.0) if scored else None})
    frame = pd.DataFrame(rows)
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"])


def _budget(activities, unscored: int = UNSCORED) -> float:
    """The activities' budget as the kegiatan sheet has it (Tabel 4): cost per participant x every participant."""
    return sum(cost * (size + unscored) for _, size, cost in activities)


def _scored(activities) -> float:
    return sum(cost * size for _, size, cost in activities)


@pytest.mark.parametrize(("activities", "reason"), [
    pytest.param(UNSURE, "gain_belum_jelas", id="gain-not-yet-certain"),
    pytest.param(NOT_POSITIVE, "gain_tidak_positif", id="gain-not-positive"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_withheld_cost_per_point_names_the_activities_whole_cost(activities, reason, lang):
    frame = _frame(activities)
    gain = learning.paired_change_clustered(frame)
    cost = budget.cost_per_point_all(frame, gain)
    assert cost["cukup_data"] is False and cost.get("alasan") == reason
    assert cost.get("anggaran_rp") == pytest.approx(_budget(activities))  # not the scored share
    assert _budget(activities) > _scored(activities)
    said = reasons.reason(cost, lang)
    money = fmt.rupiah(_budget(activities), lang)
    assert money != fmt.rupiah(_scored(activities), lang)  # the two bases read differently at this size
    expected = {"id": f"jadi biaya kegiatannya {money}", "en": f"so the activities' cost of {money}"}[lang]
    assert expected in said, said
    # the count beside the gain is of participants with both scores, and says so
    scored = sum(size for _, size, _ in activities)
    named = {"id": f"{scored} peserta bernilai pre dan post", "en": f"{scored} participants with both scores"}
    if reason == "gain_tidak_positif":
        assert named[lang] in said, said


def test_each_methods_record_and_every_years_record_use_the_same_basis():
    """Per method (`biaya_per_poin[]`, Tabel 6 and BAB V's sentence) and for an earlier year (`tren[]`, computed by the
    registry's functions): the same whole cost as the method's and the year's activities."""
    frame = pd.concat([_frame(UNSURE, "seminar"), _frame(NOT_POSITIVE, "e-learning")], ignore_index=True)
    gains = [{"metode": metode, **learning.paired_change_clustered(frame[frame["metode"] == metode])}
             for metode in ("seminar", "e-learning")]
    by_method = {row["metode"]: row for row in budget.cost_per_point(frame, gains)}  # type: ignore[arg-type]
    assert by_method["seminar"]["anggaran_rp"] == pytest.approx(_budget(UNSURE))
    assert by_method["e-learning"]["anggaran_rp"] == pytest.approx(_budget(NOT_POSITIVE))
    year = key_figures.YearData(2024, pd.DataFrame(), _frame(UNSURE), pd.DataFrame())
    done = {"gain": key_figures.BY_KEY["gain"].compute(year, {})}  # type: ignore[misc]
    cost = key_figures.BY_KEY["biaya_per_poin"].compute(year, done)  # type: ignore[misc]
    assert cost["alasan"] == "gain_belum_jelas" and cost["anggaran_rp"] == pytest.approx(_budget(UNSURE))
    assert budget.activity_cost(frame) == pytest.approx(_budget(UNSURE) + _budget(NOT_POSITIVE))


def test_a_cost_per_point_divides_only_the_cost_of_participants_with_both_scores():
    """The ratio: what the measured participants cost over the points they gained (participants without a score
    neither add points nor cost); adding unscored participants to every activity leaves it unchanged."""
    frame = _frame(CLEAR)
    gain = learning.paired_change_clustered(frame)
    cost = budget.cost_per_point_all(frame, gain)
    assert cost["cukup_data"] and gain["status_kenaikan"] == "naik"
    points = frame["gain"].sum()
    assert cost["estimasi"] == pytest.approx(_scored(CLEAR) / points)
    alone = budget.cost_per_point_all(_frame(CLEAR, unscored=0), gain)
    assert alone["estimasi"] == pytest.approx(cost["estimasi"])


def _activities(activities, metode: str, unscored: int = UNSCORED) -> pd.DataFrame:
    """The kegiatan sheet's rows of ``activities`` as the cleaning stage leaves them (n_peserta, anggaran_rp)."""
    return pd.DataFrame([{"kegiatan_id": f"{metode}-{i}", "metode": metode, "tahun": 2025, "jp": 8,
                          "n_peserta": size + unscored, "anggaran_rp": cost * (size + unscored)}
                         for i, (_, size, cost) in enumerate(activities)])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_activity_with_a_budget_but_no_participant_row_is_in_the_cost_named(lang):
    """truth8: an activity whose participant list did not come (n_peserta 0, no cost per participant) is in Tabel 4's
    budget of its method; the money a withheld cost per point names (per method, over all methods, and for an earlier
    year through the registry) is that same budget, not the participated activities' alone."""
    from evalasn.analysis import model

    frame = _frame(UNSURE)
    unattended = pd.DataFrame([{"kegiatan_id": "seminar-tanpa-peserta", "metode": "seminar", "tahun": 2025, "jp": 8,
                                "n_peserta": 0, "anggaran_rp": 45_000_000.0}])
    kegiatan = pd.concat([_activities(UNSURE, "seminar"), unattended], ignore_index=True)
    [table_4] = model._activities_by_method(kegiatan, 2025)
    assert table_4["anggaran_rp"] == pytest.approx(_budget(UNSURE) + 45_000_000.0)
    gain = learning.paired_change_clustered(frame)
    by_method = {r["metode"]: r for r in budget.cost_per_point(frame, [{"metode": "seminar", **gain}], kegiatan)}
    overall = budget.cost_per_point_all(frame, gain, kegiatan)
    year = key_figures.YearData(2025, pd.DataFrame(), frame, pd.DataFrame(), kegiatan=kegiatan)
    trend = key_figures.BY_KEY["biaya_per_poin"].compute(year, {"gain": gain})  # type: ignore[misc]
    for record in (by_method["seminar"], overall, trend):
        assert record["alasan"] == "gain_belum_jelas"
        assert record["anggaran_rp"] == pytest.approx(table_4["anggaran_rp"])
        assert fmt.rupiah(table_4["anggaran_rp"], lang) in reasons.reason(record, lang)


TWO = ((5.0, 15, 600_000.0), (6.0, 14, 400_000.0))  # as set C's Sosial mentoring: 2 activities, 29 people


@pytest.mark.parametrize("lang,cells", [
    ("id", ("5,4\u00a0(tanpa rentang: hanya 2 kegiatan, perlu sedikitnya 3)", "Rp 503.448")),
    ("en", ("5.4\u00a0(no interval: only 2 activities, at least 3 needed)", "Rp 503,448")),
], ids=["id", "en"])
def test_a_withheld_cost_row_gives_the_gain_reason_and_the_cost_per_participant(lang, cells):
    """CHECK10 C10-11: Tabel 8 "mentoring 2 29 2 kegiatan (min. 5) – 5,4 –": the gain bare (the row's reason is the
    cost's minimum, not the gain's) and the cost per participant withheld though it divides two known sums."""
    from evalasn.report.chapters.results import gain_cell

    frame = _frame(TWO, "mentoring", unscored=0)
    gain = learning.paired_change_clustered(frame)
    cost = budget.cost_per_point_all(frame, gain)
    assert cost["alasan"] == "kegiatan_kurang" and gain["alasan"] == "kegiatan_kurang_klaster"
    per_person = (15 * 600_000 + 14 * 400_000) / 29
    assert cost["biaya_per_peserta_rp"] == pytest.approx(per_person)
    assert (gain_cell(cost, gain, lang), fmt.rupiah(cost["biaya_per_peserta_rp"], lang)) == cells
