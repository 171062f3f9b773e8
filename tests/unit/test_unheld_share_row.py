"""Last year's share row of a method the year held no activity of is carried on at 0%, not dropped "until the data
suffice" (LOOK18 T-12: Pertamanan's PORSI-MENTORING, 0,0% against ≥ 33,5%, left the 2026 plan)."""
from typing import Any, cast

import pytest

from evalasn.report.chapters import plan, plan_targets, recommendation


def _hasil(mentoring: int) -> dict:
    methods = [{"metode": "pelatihan", "n_peserta": 120}, {"metode": "workshop", "n_peserta": 40}]
    if mentoring:
        methods.append({"metode": "mentoring", "n_peserta": mentoring})
    return {"tahun": 2025, "cakupan": {"slug": "pertamanan", "jenis": "dinas"},
            "pelaksanaan": {"kegiatan_per_metode": methods},
            "anggaran_vs_peningkatan": {"biaya_per_poin": []}, "level2_pembelajaran": {"per_metode": []}}


BEFORE = {"PORSI-MENTORING": {"": 33.5}, "JP20": {"": 100.0}}


@pytest.mark.parametrize(("lang", "action", "target"), [
    ("id", "Adakan kembali mentoring sesuai rencana 2024: tidak ada kegiatan mentoring pada 2025; biaya per poinnya "
           "dinilai lagi begitu ada kegiatan", "≥ 33,5%"),
    ("en", "Hold mentoring again as the 2024 plan set: there were no mentoring activities in 2025; its cost per point "
           "is judged again once there are activities", "≥ 33.5%"),
], ids=["id", "en"])
def test_a_share_row_missed_at_zero_is_carried_with_last_years_target(lang, action, target):
    hasil = cast(Any, _hasil(0))
    found = plan.unheld_shares(hasil, lang, [], BEFORE)
    assert [(rec.rule, rec.subject, rec.action) for rec in found] == [("rec_method", "mentoring", action)]
    goal = plan_targets.goal(found[0], hasil, None, lang, BEFORE["PORSI-MENTORING"])
    assert goal is not None and goal.today == 0.0 and goal.target_text == target and not plan_targets.met(goal)
    assert plan.code(found[0]) == "PORSI-MENTORING"


@pytest.mark.parametrize(("mentoring", "asked", "before"), [
    pytest.param(30, False, BEFORE, id="method-held"),  # its share is measured and judged as any share row
    pytest.param(0, True, BEFORE, id="rule-3-asks-already"),
    pytest.param(0, False, {"JP20": {"": 100.0}}, id="no-share-row-last-year"),
    pytest.param(0, False, None, id="no-review"),
])
def test_no_carried_share_row_otherwise(mentoring, asked, before):
    recs = [recommendation.Recommendation("rec_method", "", "Tambah porsi mentoring", subject="mentoring")] \
        if asked else []
    assert plan.unheld_shares(cast(Any, _hasil(mentoring)), "id", recs, before) == []
