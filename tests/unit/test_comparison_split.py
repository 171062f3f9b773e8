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
from evalasn.report.words import unit_accounting
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
def test_the_indicator_note_accounts_for_the_units_of_the_comparison(lang):
    rows = _staggered()  # 5 trained, 6 never trained, 1 alone in its period: the note says each (LOOK22 Y-4)
    ikm = cast(Any, {**rows[0], "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2",
                     "jendela_kegiatan": ["2024-12-31", "2025-07-01"], "ambang_persen_dilatih": 50.0,
                     "putusan": {"kode_alasan": []}})
    ctx = Context(cast(Any, {"level4_hasil": {"did_kinerja": rows}}), lang, pd.DataFrame())
    text = " ".join(performance.section(ctx, ikm, set()))
    accounting = unit_accounting.accounting(rows[0]["efek"], lang)
    assert accounting and accounting in text, text


def test_the_workbook_calls_the_never_trained_arm_untrained_and_labels_the_split():
    assert workbook_names.OWNER_NAMES["pembanding"] == ("Unit tidak dilatih", "Untrained units")
    labels = workbook_names.__dict__
    assert any("unit_pembanding_dilatih_kemudian" in table for table in labels.values() if isinstance(table, dict))


@pytest.mark.parametrize(("lang", "said"), [
    ("id", " Rincian unit: dari 23 unit kerja, 16 mencapai ambang pelatihan dan semuanya dihitung dilatih (2 di "
           "antaranya juga menjadi pembanding sebelum pelatihannya). Ditambah 7 unit tidak dilatih, perbandingan "
           "memuat 23 unit: 16 dilatih dan 9 pembanding."),
    ("en", " The units: of the 23 units, 16 reached the training threshold and all of them are counted as trained "
           "(2 of them also a comparison before their training). With 7 untrained units, the comparison holds 23 "
           "units: 16 trained and 9 comparison units."),
])
def test_the_ikm_design_note_accounts_for_its_units(lang, said):
    groups = [{"kelompok": "dilatih", "n_unit_kelompok": 14},
              {"kelompok": "dilatih_juga_pembanding", "n_unit_kelompok": 2},
              {"kelompok": "tidak_dilatih_pembanding", "n_unit_kelompok": 7}]
    effect = {"unit_dilatih": 16, "unit_pembanding": 9, "unit_pembanding_tidak_dilatih": 7,
              "unit_pembanding_dilatih_kemudian": 2, "unit_seluruhnya": 23, "n_unit": 23, "rincian_unit": groups}
    assert unit_accounting.sentence(effect, lang) == said
    assert unit_accounting.sentence({**effect, "rincian_unit": groups[::2]}, lang) == ""
