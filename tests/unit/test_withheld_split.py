"""LOOK21 X-1 and X-11: a comparison withheld for its units said 'hanya 2 unit dilatih dan 3 unit pembanding' in
KPKP, a dinas of 6 units where 5 reached the training threshold in the window and 2 of the 3 comparison units were
trained later (staggered training): two counts that do not add up, and a trained count below the units trained. The
record keeps the units that reached the threshold, the distinct units of the comparison and what the trained count
counts; the withheld reasons say the split, the total and what the trained count is; Tabel 7's split says whether
the units trained later are among the trained ones."""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pytest

from evalasn.analysis import eventstudy
from evalasn.report.chapters import performance
from evalasn.report.words import impact, reasons

NEVER = eventstudy.NEVER

# KPKP's indicator comparison (hasil-2025.json did_kinerja[0].efek after the fix)
KPKP = {"n": 72, "cukup_data": False, "unit_dilatih": 2, "unit_pembanding": 3, "unit_pembanding_tidak_dilatih": 1,
        "unit_pembanding_dilatih_kemudian": 2, "unit_mencapai_ambang": 5, "unit_seluruhnya": 5,
        "hitungan_dilatih": "sel_pasca", "n_klaster": 5}


def test_overall_counts_the_distinct_units_when_the_later_ones_have_no_cell_of_their_own():
    # KPKP's cohorts: 2 units first trained in period 2, 1 in period 3, 2 in period 4; 1 never trained
    cohort = np.array([2, 2, 3, 4, 4, NEVER])
    Y = np.random.default_rng(1).normal(0, 1, (6, 5)) + np.arange(5)
    cells = eventstudy.group_time(Y, cohort, {2: 0, 3: 1, 4: 2})
    est = eventstudy.overall(cells, len(cohort), cohort, cohort)
    assert (est["unit_dilatih"], est["unit_pembanding"]) == (2, 3)
    assert (est["unit_pembanding_tidak_dilatih"], est["unit_pembanding_dilatih_kemudian"]) == (1, 2)
    assert est["unit_seluruhnya"] == 5  # the 2 trained later are not among the 2 trained: 2 + 3, not 2 + 1


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "hanya 2 unit dilatih dan 3 unit pembanding (1 tidak dilatih dan 2 yang baru dilatih kemudian, pembanding "
           "sebelum pelatihannya; 5 unit seluruhnya), perlu sedikitnya 3 di setiap kelompok; dari 5 unit yang "
           "mencapai ambang pelatihan di jendela, hanya 2 terhitung dilatih: unit dari kelompok"),
    ("en", "only 2 trained and 3 comparison units (1 untrained and 2 trained later, a comparison before their "
           "training; 5 units in all), at least 3 needed in each group; of the 5 units that reached the training "
           "threshold in the window, only 2 count as trained: the units of a group"),
])
def test_the_withheld_reason_splits_the_comparison_and_says_what_the_trained_count_is(lang, said):
    assert reasons.reason(KPKP, lang).startswith(said), reasons.reason(KPKP, lang)


def test_without_data_the_trained_count_is_the_units_with_data_before_and_after():
    effect = {**KPKP, "hitungan_dilatih": "data_sebelum_sesudah", "unit_pembanding_dilatih_kemudian": 0,
              "unit_pembanding_tidak_dilatih": 3}
    assert reasons.reason(effect, "id").endswith(
        "; dari 5 unit yang mencapai ambang pelatihan di jendela, hanya 2 punya data pada periode sebelum dan sesudah")
    # every unit that reached the threshold counted: nothing said
    assert "mencapai ambang" not in reasons.reason({**KPKP, "unit_mencapai_ambang": 2}, "id")


def _row(effect: dict[str, Any]) -> Any:
    return {"indikator": "layanan_tepat_waktu_persen", "arah": "naik_baik", "tersedia": True, "efek": effect,
            "putusan": {"kode_alasan": ["unit_kurang"]}, "uji_tren_awal": {"sebab": ["unit_kurang"]}}


@pytest.mark.parametrize(("lang", "said"), [
    ("id", "unit terlalu sedikit: 2 dilatih, 3 pembanding, yaitu 1 tidak dilatih dan 2 yang baru dilatih kemudian, "
           "pembanding sebelum pelatihannya, 5 unit seluruhnya, minimum 3 per kelompok; dari 5 unit yang mencapai "
           "ambang"),
    ("en", "too few units: 2 trained, 3 comparison, that is 1 untrained and 2 trained later, a comparison before "
           "their training, 5 units in all, at least 3 per group needed; of the 5 units that reached"),
])
def test_the_verdict_reason_in_brackets_splits_without_stacking_brackets(lang, said):
    text = impact.reasons(_row(KPKP), lang)
    assert text.startswith(said), text
    assert "(" not in text
    gap = impact.pretrend_gaps(_row(KPKP), lang)
    assert gap.count("(") == 1 and "5 unit seluruhnya" in gap or "5 units in all" in gap, gap


def test_the_performance_paragraph_of_a_withheld_comparison_gives_the_split():
    text = performance.none_computed([_row(KPKP), cast(Any, {**_row(KPKP), "indikator": "waktu_tunggu_menit"})], "id")
    assert "hanya 2 unit dilatih dan 3 unit pembanding (1 tidak dilatih dan 2 yang baru dilatih kemudian" in text
    assert "5 unit seluruhnya" in text and "dari 5 unit yang mencapai ambang pelatihan" in text


@pytest.mark.parametrize(("effect", "said"), [
    # Kesehatan's Tabel 7: the 2 trained later are among the 16 trained
    ({"unit_dilatih": 16, "unit_pembanding": 9, "unit_pembanding_tidak_dilatih": 7,
      "unit_pembanding_dilatih_kemudian": 2, "unit_seluruhnya": 23},
     " (7 tidak dilatih dan 2 yang baru dilatih kemudian, pembanding sebelum pelatihannya, termasuk di antara 16 "
     "unit dilatih; 23 unit seluruhnya)"),
    # one of the 3 trained later has a comparison after its own training
    ({"unit_dilatih": 5, "unit_pembanding": 5, "unit_pembanding_tidak_dilatih": 2,
      "unit_pembanding_dilatih_kemudian": 3, "unit_seluruhnya": 9},
     " (2 tidak dilatih dan 3 yang baru dilatih kemudian, pembanding sebelum pelatihannya, 1 di antaranya termasuk di "
     "antara 5 unit dilatih; 9 unit seluruhnya)"),
])
def test_the_split_says_whether_the_units_trained_later_are_among_the_trained(effect, said):
    assert reasons.comparison_split(cast(Any, effect), "id") == said
