"""A method whose participants' scores fell is a finding, a recommendation and a plan row whatever its money (CHECK11
C11-11: 15 seminars recorded at Rp 0, −2,2 (−3,4 s.d. −0,9) over 241 participants, were no finding and no row,
because rule (1) and the STOP rows were written from the budget); "tidak positif" only when the gain's interval ends
at or below zero."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import budget, learning
from evalasn.report.chapters import key_findings, no_gain, plan, plan_owners, plan_parts, plan_targets
from evalasn.report.words import reasons

SEMINAR: Any = {"metode": "seminar", "n": 241, "estimasi": -2.2, "ci_bawah": -3.4, "ci_atas": -0.9, "p": None,
           "cukup_data": True, "n_kegiatan": 15}


def _activities(rupiah: float, activities: int = 15) -> Any:
    return [{"metode": "seminar", "n_kegiatan": activities, "n_peserta": 241, "jp_total": 60.0, "anggaran_rp": rupiah}]


def _hasil(rows: list, jenis: str = "dinas", spent: float = 0.0) -> Any:
    return {"tahun": 2025, "cakupan": {"jenis": jenis, "slug": "provinsi" if jenis == "provinsi" else "prkp"},
            "pelaksanaan": {"kegiatan_per_metode": _activities(spent)},
            "level2_pembelajaran": {"per_metode": [SEMINAR]},
            "anggaran_vs_peningkatan": {"biaya_per_poin": [], "tanpa_kenaikan": rows, "sedikit_kenaikan": []}}


@pytest.mark.parametrize(("rupiah", "recorded"), [
    pytest.param(0.0, False, id="cost-rp-0-listed-on-its-gain"),
    pytest.param(float("nan"), False, id="cost-blank-listed-on-its-gain"),
    pytest.param(52_800_000.0, True, id="recorded-cost-listed-with-it"),
])
def test_a_fall_is_listed_whatever_the_money(rupiah, recorded):
    (row,) = budget.without_gain([SEMINAR], _activities(rupiah))
    assert row["biaya_tercatat"] is recorded and row["menurun"] is True
    assert row["anggaran_rp"] == (rupiah if recorded else 0.0)


# rule (1)'s STOP label, then the fall it leaves unsaid (LOOK23 Z-2)
FINDING = {
    "id": "Nilai tidak naik (nilai peserta turun): seminar, −2,2 poin (rentang keyakinan 95%: −3,4 s.d. −0,9; "
          "15 kegiatan, 241 peserta bernilai pre dan post; biaya tidak tercatat).",
    "en": "Scores did not rise (participants' scores fell): seminars, −2.2 points (95% CI: −3.4 to −0.9; "
          "15 activities, 241 participants with both scores; cost not recorded).",
}
STOP = {"id": "Hentikan atau rancang ulang seminar: nilai peserta turun (perubahan −2,2 poin; rentang keyakinan 95%: "
              "−3,4 s.d. −0,9; 15 kegiatan, 241 peserta bernilai pre dan post; biaya tidak tercatat).",
        "en": "Stop or redesign seminars: participants' scores fell (change −2.2 points; 95% CI: −3.4 to −0.9; "
              "15 activities, 241 participants with both scores; cost not recorded)."}
LISTED = {"id": "Hentikan atau rancang ulang seminar (temuan 9.1: nilai peserta turun; biaya tidak tercatat).",
          "en": "Stop or redesign seminars (finding in 9.1: participants' scores fell; cost not recorded)."}
TARGET = {"id": "> 0 poin (seluruh rentang 95% di atas nol)", "en": "> 0 points (whole 95% interval above zero)"}
TODAY = {"id": "−2,2 (−3,4 s.d. −0,9) poin, biaya tidak tercatat",
         "en": "−2.2 (−3.4 to −0.9) points, cost not recorded"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_rule_1_fires_on_the_gain_and_says_the_cost_is_not_recorded(lang):
    hasil = _hasil(budget.without_gain([SEMINAR], _activities(0.0)))
    found = key_findings.without_gain(hasil, [], lang)
    assert found is not None and found.text == FINDING[lang], found
    assert found.rupiah is None and "Rp 0" not in found.text
    (stop,) = no_gain.stop_or_redesign(hasil, lang)
    # 9.2 points to 9.1 for the figures (LOOK31 C-4); the summary's form keeps them
    assert stop.brief == STOP[lang] and plan.code(stop) == "STOP-SEMINAR"
    assert stop.text == LISTED[lang], stop.text
    goal = plan_targets.goal(stop, hasil, None, lang)
    assert goal is not None and goal.target_text == TARGET[lang] and goal.today_text == TODAY[lang], goal
    assert "anggaran" not in goal.indicator and "budget" not in goal.indicator, goal.indicator


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_row_of_a_dinas_fall_without_recorded_cost(lang):
    rows = budget.without_gain([SEMINAR], _activities(0.0), dinas="prkp")
    (stop,) = no_gain.stop_or_redesign(_hasil(rows, "provinsi"), lang)
    said = {"id": "di PRKP: nilai peserta turun (perubahan −2,2 poin",
            "en": "in Public Housing and Settlements: participants' scores fell"}
    assert said[lang] in stop.brief and "Rp 0" not in stop.brief, stop.brief
    assert "Rp 0" not in stop.text and "9.1" in stop.text, stop.text
    found = key_findings.without_gain(_hasil(rows, "provinsi"), [], lang)
    assert found is not None and "Rp 0" not in found.text and ("biaya tidak tercatat" if lang == "id"
                                                               else "cost not recorded") in found.text, found


@pytest.mark.parametrize(("spent", "verdict"), [
    pytest.param(0.0, "not_met", id="held-again-without-recorded-cost-judged-on-the-gain"),
    pytest.param(10_000_000.0, "not_met", id="held-again-with-a-budget"),
])
def test_next_year_a_method_held_at_rp_0_is_not_a_method_stopped(spent, verdict):
    part = plan_parts.stop_part(_hasil([], spent=spent), "seminar")
    assert plan_parts.stop_verdict(part)[0] == verdict


# the participants' gain per activity: a total below zero whose interval reaches above zero, and one wholly below
REACHES = ((-6.0, 10, 500_000.0), (2.0, 10, 400_000.0), (-5.0, 10, 600_000.0), (1.5, 10, 300_000.0),
           (-4.0, 10, 450_000.0), (2.5, 10, 550_000.0))
BELOW = ((-2.0, 10, 500_000.0), (-2.5, 10, 400_000.0), (-1.8, 10, 600_000.0), (-2.2, 10, 300_000.0),
         (-1.9, 10, 450_000.0), (-2.4, 10, 550_000.0))


def _frame(activities) -> Any:
    import pandas as pd

    rows = [{"kegiatan_id": f"s-{i}", "metode": "seminar", "biaya_per_peserta_rp": cost, "tahun_kegiatan": 2025,
             "nilai_pre": 50.0, "nilai_post": 50.0 + mean + (1.0 if j % 2 else -1.0)}
            for i, (mean, size, cost) in enumerate(activities) for j in range(size)]
    frame = pd.DataFrame(rows)
    return frame.assign(gain=frame["nilai_post"] - frame["nilai_pre"])


@pytest.mark.parametrize(("activities", "reason", "words"), [
    pytest.param(REACHES, "gain_belum_jelas", {"id": "belum pasti di atas nol", "en": "not yet certain to be above"},
                 id="interval-reaches-above-zero-not-yet-certain"),
    pytest.param(BELOW, "gain_tidak_positif", {"id": "tidak positif", "en": "is not positive"},
                 id="interval-wholly-below-zero-not-positive"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_not_positive_only_when_the_interval_ends_at_or_below_zero(activities, reason, words, lang):
    frame = _frame(activities)
    gain = learning.paired_change_clustered(frame)
    assert frame["gain"].sum() < 0
    assert ((gain["ci_atas"] or 0.0) > 0) is (reason == "gain_belum_jelas")
    cost = budget.cost_per_point_all(frame, gain)
    assert cost.get("alasan") == reason
    said = reasons.reason(cost, lang)
    assert words[lang] in said, said
    if reason == "gain_belum_jelas":
        assert ("tidak positif" if lang == "id" else "not positive") not in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_province_wide_fall_without_recorded_cost_is_held_by_the_coordinator_for_every_dinas(contexts, lang):
    """gain11 (set D3): STOP-PROV-SEMINAR, the province's own seminar fall with no cost recorded anywhere, was owned
    by "Sekretariat Dinas PRKP" alone, the one dinas whose own fall was significant; who spent is not known, so the
    row goes to every dinas holding seminars under the coordinating office."""
    import copy

    from evalasn.registry import PROVINCE_SLUG

    ctx = contexts[(PROVINCE_SLUG, lang)]
    hasil = copy.deepcopy(ctx.hasil)
    rows = budget.without_gain([SEMINAR], _activities(0.0)) + budget.without_gain([SEMINAR], _activities(0.0),
                                                                                   dinas="prkp")
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = rows
    changed = type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)
    stop = next(r for r in no_gain.stop_or_redesign(hasil, lang) if r.subject == "seminar")
    owner = plan_owners.owner(changed, stop)
    assert "PRKP" not in owner and ctx.t("every_dinas") in owner, owner
