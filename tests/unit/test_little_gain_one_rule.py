"""A very small gain is one finding by one rule in both reports (CHECK13 D13-9): the province carries a dinas's
method × dinas pair (`sedikit_kenaikan` with a dinas) only when the dinas's own report lists it, i.e. its cost per
point is not at or below the dinas's own (no_gain.little_gain, analysis.little_gain.cheap_per_point). Set F: Satpol
PP's seminars, 2,0 (0,5–3,5) poin at Rp 213.647 per point against its overall Rp 288.162, were "tidak muncul lagi"
in its own report and a redesign row in the province's."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import budget, little_gain, model
from evalasn.report.chapters import no_gain


def _dinas(seminar_per_point: float | None, overall: float | None) -> Any:
    """A dinas whose seminars gained 2,0 (0,5–3,5) points, a very small gain by the effect-size rule."""
    gain: Any = {"metode": "seminar", "n": 142, "estimasi": 2.014, "ci_bawah": 0.526, "ci_atas": 3.502, "p": None,
            "cukup_data": True, "g_av": 0.12, "g_av_bawah": 0.03, "g_av_atas": 0.339}
    spent: Any = {"metode": "seminar", "n_kegiatan": 9, "n_peserta": 150, "jp_total": 60.0, "anggaran_rp": 61_100_000.0}

    def cost(estimate: float | None) -> Any:
        return {"n": 142, "n_kegiatan": 9, "estimasi": estimate, "ci_bawah": None, "ci_atas": None, "p": None,
                "cukup_data": estimate is not None}

    return {
        "cakupan": {"jenis": "dinas", "slug": "satpol-pp"},
        "pelaksanaan": {"kegiatan_per_metode": [spent]},
        "level2_pembelajaran": {"per_metode": [gain]},
        "anggaran_vs_peningkatan": {
            "biaya_per_poin": [{**cost(seminar_per_point), "metode": "seminar"}],
            "biaya_per_poin_semua": cost(overall),
            "sedikit_kenaikan": budget.little_gain([gain], [spent], dinas=None)},
    }


@pytest.mark.parametrize(("per_point", "overall", "finding"), [
    pytest.param(213_647.0, 288_162.0, False, id="set-F-satpol-pp:-cheaper-than-its-overall:-no-finding"),
    pytest.param(288_162.0, 288_162.0, False, id="at-its-overall:-no-finding"),
    pytest.param(410_000.0, 288_162.0, True, id="dearer-than-its-overall:-a-finding"),
    pytest.param(None, 288_162.0, True, id="no-cost-per-point:-the-rule-cannot-call-it-cheap"),
    pytest.param(213_647.0, None, True, id="no-overall:-the-rule-cannot-call-it-cheap"),
])
def test_the_province_carries_a_dinas_pair_exactly_when_the_dinas_report_lists_it(per_point, overall, finding):
    hasil = _dinas(per_point, overall)
    money = hasil["anggaran_vs_peningkatan"]
    assert len(money["sedikit_kenaikan"]) == 1  # very small by the effect-size rule either way
    own = [row.metode for row in no_gain.little_gain(hasil)]  # what the dinas's own report lists
    carried = [row["metode"] for row in little_gain.listed(money["sedikit_kenaikan"], money)]
    assert own == carried == (["seminar"] if finding else [])


def test_the_model_gives_the_province_only_the_pairs_each_dinas_lists():
    """The model stage's merge (model.little_gain_pairs), not only the rule: Satpol PP's cheap seminars stay out,
    Sosial's dear ones come in, named by their dinas."""
    cheap, dear = _dinas(213_647.0, 288_162.0), _dinas(410_000.0, 288_162.0)
    province = _dinas(300_000.0, 260_154.0)
    pairs = model.little_gain_pairs({"satpol-pp": cheap, "sosial": dear, "provinsi": province})
    assert [(row["metode"], row["dinas"]) for row in pairs] == [("seminar", "sosial")]
