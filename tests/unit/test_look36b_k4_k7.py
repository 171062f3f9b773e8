"""LOOK36b K-4: with no intervention declared, the note under the IKM comparison said "many comparison units were
trained too" with no figure behind it (and "so … so"); it now gives the comparison units' line, fewer than the
threshold's share of staff trained. K-7: the workbook's "Cost per point by method" left the one estimated method's total
cost empty, and showed a mean gain "in activities with a recorded cost" for a method with 0 such participants."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.analysis import budget, learning
from evalasn.report.formats import workbook
from evalasn.report.words import impact
from tests.unit.test_cost_basis import CLEAR, NOT_POSITIVE, _budget, _frame


def _did(ambang: float | None) -> Any:
    record = {"tersedia": True, "periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2",
              "intervensi": {"teks": "", "dipilih": False}, "desain": "2x2",
              "pelatihan_lain": {"dilatih": {"n_unit_kelompok": 3, "jp_per_pegawai": 0.0, "persen_pegawai": 0.0},
                                 "pembanding": {"n_unit_kelompok": 5, "jp_per_pegawai": 0.0, "persen_pegawai": 0.0}},
              "efek": {"n": 16, "estimasi": 0.5, "ci_bawah": -6.8, "ci_atas": 7.9, "p": 0.8, "cukup_data": True},
              "uji_tren_awal": {"tersedia": False, "k": 0, "sebab": ["satu_periode_sebelum"]},
              "putusan": {"boleh_kausal": False, "kode_alasan": ["intervensi_tidak_dipilih"]}}
    if ambang is not None:
        record["ambang_persen_dilatih"] = ambang
    return record


@pytest.mark.parametrize(("lang", "ambang", "said"), [
    pytest.param("en", 50.0, "No training programme is declared as the intervention, so every activity counts as "
                 "training, routine training included. Comparison units are those with fewer than 50% of staff "
                 "trained; some of their staff may have been trained too, which weakens the comparison.",
                 id="en-threshold-50"),
    pytest.param("id", 40.0, "Unit pembanding adalah unit dengan kurang dari 40% staf dilatih; sebagian stafnya dapat "
                 "juga sudah dilatih, dan itu melemahkan perbandingan.", id="id-threshold-40"),
    pytest.param("en", None, "fewer than 50% of staff trained", id="en-no-threshold-in-record-the-rule's"),
])
def test_no_intervention_note_gives_the_comparison_units_line_not_many(lang, ambang, said):
    notes = " ".join(impact.design_notes(_did(ambang), lang, lambda key, **v: impact.t(key, lang, **v)))
    notes = notes.replace("\xa0", " ")
    assert said in notes, notes
    assert "many comparison units" not in notes and "banyak unit pembanding" not in notes, notes
    assert notes.count(", so ") <= 1, notes  # "…, so every activity …, so many …"


@pytest.mark.parametrize(("activities", "estimated"), [
    pytest.param(CLEAR, True, id="estimated"),
    pytest.param(NOT_POSITIVE, False, id="withheld"),
])
def test_a_cost_per_point_carries_its_activities_total_cost(activities, estimated):
    """The estimated method's row had no `anggaran_rp` (PPKUKM pelatihan, Rp 490.306.000 in Tabel 4), a withheld
    one had it: every row carries the activities' whole cost, the money Tabel 4 sums."""
    frame = _frame(activities)
    cost = budget.cost_per_point_all(frame, learning.paired_change_clustered(frame))
    assert cost["cukup_data"] is estimated, cost
    assert cost.get("anggaran_rp") == pytest.approx(_budget(activities)), cost


@pytest.mark.parametrize(("header", "row", "absent", "kept"), [
    pytest.param("anggaran_vs_peningkatan.biaya_per_poin[]",
                 {"metode": "seminar", "n": 0, "n_kegiatan": 0, "rata_gain": -0.916667, "anggaran_rp": 0.0,
                  "biaya_per_peserta_rp": None}, ("rata_gain",), ("metode", "anggaran_rp"),
                 id="no-costed-participant-no-costed-mean"),
    pytest.param("anggaran_vs_peningkatan.biaya_per_poin[]",
                 {"metode": "pelatihan", "n": 104, "n_kegiatan": 6, "rata_gain": 12.538462,
                  "anggaran_rp": 490_306_000.0, "biaya_per_peserta_rp": 4_501_840.6}, (),
                 ("rata_gain", "anggaran_rp", "biaya_per_peserta_rp"), id="costed-participants-keep-their-mean"),
    pytest.param("pelaksanaan.kegiatan_per_metode[]", {"metode": "seminar", "n": 0, "rata_gain": 1.0}, (),
                 ("rata_gain",), id="other-tables-untouched"),
])
def test_the_costed_table_shows_a_costed_mean_only_over_costed_participants(header, row, absent, kept):
    path = header.removesuffix("[]")
    blocks = dict(workbook._blocks(path, [row], "en"))
    flat = blocks[header][0]
    for key in absent:
        assert flat.get(key) is None, flat
    for key in kept:
        assert key in flat, flat
