"""LOOK21 X-1 and X-11: a comparison withheld for its units said 'hanya 2 unit dilatih dan 3 unit pembanding' in
KPKP, a dinas of 6 units where 5 reached the training threshold in the window and 2 of the 3 comparison units were
trained later (staggered training): two counts that do not add up, and a trained count below the units trained. The
record keeps the units that reached the threshold and the distinct units of the comparison; the withheld reason
accounts for every unit of the scope (LOOK22 Y-4, tests/unit/test_unit_accounting.py), the verdict's reason in
brackets gives the arm counts only."""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pytest

from evalasn.analysis import eventstudy
from evalasn.report.chapters import performance
from evalasn.report.words import impact

NEVER = eventstudy.NEVER

# KPKP's indicator comparison (hasil-2025.json did_kinerja[0].efek after the fix)
KPKP = {"n": 72, "cukup_data": False, "unit_dilatih": 2, "unit_pembanding": 3, "unit_pembanding_tidak_dilatih": 1,
        "unit_pembanding_dilatih_kemudian": 2, "unit_mencapai_ambang": 5, "unit_seluruhnya": 5, "n_unit": 6,
        "hitungan_dilatih": "sel_pasca", "n_klaster": 5,
        "rincian_unit": [{"kelompok": "dilatih", "n_unit_kelompok": 2},
                         {"kelompok": "dilatih_kemudian_pembanding", "n_unit_kelompok": 2,
                          "alasan": "tanpa_pembanding_sesudah"},
                         {"kelompok": "dilatih_tidak_dipakai", "n_unit_kelompok": 1, "alasan": "sendirian_di_kohort"},
                         {"kelompok": "tidak_dilatih_pembanding", "n_unit_kelompok": 1}]}


def test_overall_counts_the_distinct_units_when_the_later_ones_have_no_cell_of_their_own():
    # KPKP's cohorts: 2 units first trained in period 2, 1 in period 3, 2 in period 4; 1 never trained
    cohort = np.array([2, 2, 3, 4, 4, NEVER])
    Y = np.random.default_rng(1).normal(0, 1, (6, 5)) + np.arange(5)
    cells = eventstudy.group_time(Y, cohort, {2: 0, 3: 1, 4: 2})
    est = eventstudy.overall(cells, len(cohort), cohort, cohort)
    assert (est["unit_dilatih"], est["unit_pembanding"]) == (2, 3)
    assert (est["unit_pembanding_tidak_dilatih"], est["unit_pembanding_dilatih_kemudian"]) == (1, 2)
    assert est["unit_seluruhnya"] == 5  # the 2 trained later are not among the 2 trained: 2 + 3, not 2 + 1


def _row(effect: dict[str, Any]) -> Any:
    return {"indikator": "layanan_tepat_waktu_persen", "arah": "naik_baik", "tersedia": True, "efek": effect,
            "putusan": {"kode_alasan": ["unit_kurang"]}, "uji_tren_awal": {"sebab": ["unit_kurang"]}}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "unit terlalu sedikit: 2 dilatih, 3 pembanding, minimum 3 per kelompok"),
    ("en", "too few units: 2 trained, 3 comparison, at least 3 per group needed"),
])
def test_the_verdict_reason_in_brackets_gives_the_arm_counts_without_brackets(lang, said):
    text = impact.reasons(_row(KPKP), lang)
    assert text.startswith(said), text
    assert "(" not in text
    gap = impact.pretrend_gaps(_row(KPKP), lang)
    assert gap.count("(") == 1, gap


def test_the_performance_paragraph_of_a_withheld_comparison_accounts_for_every_unit():
    text = performance.none_computed([_row(KPKP), cast(Any, {**_row(KPKP), "indikator": "waktu_tunggu_menit"})], "id")
    assert "hanya 2 unit dilatih dan 3 unit pembanding, perlu sedikitnya 3 di setiap kelompok. Dari 6 unit kerja, 5 " \
        "mencapai ambang pelatihan. Sebanyak 2 unit dihitung dilatih. Sebanyak 2 unit dilatih kemudian" in text, text
    assert text.endswith("Ditambah 1 unit tidak dilatih, perbandingan memuat 5 unit: 2 dilatih dan 3 pembanding."), text
