"""LOOK20 W-2: with staggered training, units trained later are a comparison before their training, so the trained
and comparison counts add up to more units than there are ('16 unit dilatih dan 9 unit pembanding' in a dinas of 23).
The record splits the comparison units (never trained / trained later), the report says the split where it gives the
counts, and the workbook labels the never-trained arm as such."""

from __future__ import annotations

from typing import Any, cast

import numpy as np
import pandas as pd
import pytest

from evalasn.analysis import did, eventstudy
from evalasn.report.chapters import performance
from evalasn.report.context import Context
from evalasn.report.formats import workbook_names
from tests.panel import simulate


def test_overall_splits_the_comparison_units_into_never_and_later_trained():
    cohort = np.array([eventstudy.NEVER] * 4 + [2] * 4 + [4] * 4)
    Y = np.random.default_rng(0).normal(0, 5, (12, 1)) + np.arange(6) * 1.5
    cells = eventstudy.group_time(Y, cohort, {2: 1, 4: 3})
    est = eventstudy.overall(cells, len(cohort), cohort, cohort)
    assert est["unit_pembanding"] == 8 and est["unit_dilatih"] == 8
    assert est["unit_pembanding_tidak_dilatih"] == 4 and est["unit_pembanding_dilatih_kemudian"] == 4
    assert est["unit_dilatih"] + est["unit_pembanding_tidak_dilatih"] == len(cohort)


def _staggered() -> Any:
    quarters = simulate(3, n_treated=6, n_control=6, staggered=True, quarterly=True)
    frame = quarters.outcome.rename(columns={"y": "nilai"}).assign(indikator="layanan_tepat_waktu_persen",
                                                                     arah="naik_baik")
    return did.kinerja_did(frame, quarters.pegawai, quarters.part, 2025)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_indicator_note_says_which_comparison_units_were_trained_later(lang):
    rows = _staggered()  # Kesehatan's Tabel 7: 16 trained, 9 comparison of which 2 trained later, 23 units
    rows[0]["efek"] |= cast(Any, {"unit_dilatih": 16, "unit_pembanding": 9, "unit_pembanding_tidak_dilatih": 7,
                                  "unit_pembanding_dilatih_kemudian": 2})
    effect = rows[0]["efek"]
    later, never = effect["unit_pembanding_dilatih_kemudian"], effect["unit_pembanding_tidak_dilatih"]
    ikm = cast(Any, {**rows[0], "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2",
                     "jendela_kegiatan": ["2024-12-31", "2025-07-01"], "ambang_persen_dilatih": 50.0,
                     "putusan": {"kode_alasan": []}})
    ctx = Context(cast(Any, {"level4_hasil": {"did_kinerja": rows}}), lang, pd.DataFrame())
    text = " ".join(performance.section(ctx, ikm, set()))
    total = effect["unit_dilatih"] + never
    words = {"id": f"{effect['unit_pembanding']} unit pembanding ({never} tidak dilatih dan {later} yang baru "
                   f"dilatih kemudian, pembanding sebelum pelatihannya, termasuk di antara {effect['unit_dilatih']} "
                   f"unit dilatih; {total} unit seluruhnya)",
             "en": f"{effect['unit_pembanding']} comparison units ({never} untrained and {later} trained later, a "
                   f"comparison before"}[lang]
    assert words in text, text


def test_the_workbook_calls_the_never_trained_arm_untrained_and_labels_the_split():
    assert workbook_names.OWNER_NAMES["pembanding"] == ("Unit tidak dilatih", "Untrained units")
    labels = workbook_names.__dict__
    assert any("unit_pembanding_dilatih_kemudian" in table for table in labels.values() if isinstance(table, dict))


@pytest.mark.parametrize(("lang", "said"), [
    ("id", " Dari 9 unit lain itu, 7 tidak dilatih dan 2 baru dilatih kemudian, pembanding sebelum pelatihannya, "
           "termasuk di antara 16 unit dilatih; 23 unit seluruhnya."),
    ("en", " Of those 9 other units, 7 were untrained and 2 trained later, a comparison before their training, also "
           "among the 16 trained units; 23 units in all."),
])
def test_the_ikm_design_note_splits_its_comparison_units(lang, said):
    effect = {"unit_dilatih": 16, "unit_pembanding": 9, "unit_pembanding_tidak_dilatih": 7,
              "unit_pembanding_dilatih_kemudian": 2}
    from evalasn.report.words import impact
    assert impact.comparison_split(effect, lang, "r_did_design_split") == said
    assert impact.comparison_split({**effect, "unit_pembanding_dilatih_kemudian": 0}, lang) == ""
