"""LOOK26 X-11: hasil-2025.json's `perbandingan_provinsi.indikator[kunci="gain"]` ranked the participants' raw mean
(Kominfotik "peringkat": 20) beside the mixed-model rank every report, the index and the workbook print
(`pooling.dinas_ini.peringkat` 14, 6–19). One gain rank in the comparison record, the one printed; the province
figure beside it of the same measure, the province participants' mean under a key that says so."""

from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.analysis import results, trend
from evalasn.analysis.contract.budget import POOLING_MIXED, POOLING_NONE
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG

RAW_PROVINCE = {"n": 7811, "estimasi": 9.41, "ci_bawah": 8.78, "ci_atas": 10.04, "cukup_data": True, "n_kegiatan": 369}
MODEL_MEAN = {"n": 7811, "estimasi": 9.21, "ci_bawah": 8.46, "ci_atas": 9.97, "p": 0.0, "cukup_data": True}
RAW_RECORD = {"kunci": "gain", "provinsi": RAW_PROVINCE, "peringkat": 20, "peringkat_terbaik": 1,
              "peringkat_terburuk": 21, "dari": 21}


def _pooling(method: str, place: int | None) -> Any:
    rows = [{"dinas": "kominfotik", "peringkat": place, "peringkat_bawah": 6 if place else None,
             "peringkat_atas": 19 if place else None}] + [
        {"dinas": f"lain-{i}", "peringkat": i, "peringkat_bawah": i, "peringkat_atas": i} for i in range(1, 21)]
    return {"metode": method, "rata_provinsi": MODEL_MEAN if method == POOLING_MIXED else None, "per_dinas": rows}


@pytest.mark.parametrize("method, place, province, rank", [
    pytest.param(POOLING_MIXED, 14, 9.21, (14, 6, 19), id="model-rank-and-model-mean"),
    pytest.param(POOLING_NONE, 14, 9.41, (14, 6, 19), id="no-model-participants-mean-ranked-by-pooling"),
    pytest.param(POOLING_MIXED, None, 9.21, (None, None, None), id="unranked-by-the-model-is-unranked"),
])
def test_the_gain_record_holds_the_printed_rank(method, place, province, rank):
    record = trend.gain_record(cast(Any, dict(RAW_RECORD)), "kominfotik", _pooling(method, place))
    assert (record["peringkat"], record["peringkat_terbaik"], record["peringkat_terburuk"]) == rank
    assert record["dari"] == 21 and record["kunci"] == "gain"
    provinsi: Any = record["provinsi"]
    assert provinsi["estimasi"] == province and "p" not in provinsi
    assert record.get("provinsi_rata_peserta") == RAW_PROVINCE  # the participants' mean under its own key
    assert 20 not in (record["peringkat"], record["peringkat_terbaik"], record["peringkat_terburuk"])


def test_every_dinas_file_ranks_its_gain_as_the_province_does(pipeline_root):
    """The model stage's files: each dinas's gain record is its pooled row's rank, out of the pooled dinas, beside
    the same model's province mean; nowhere a second gain rank."""
    paths = project(pipeline_root)
    province: Any = results.read(paths.hasil(PROVINCE_SLUG))
    rows = {row["dinas"]: row for row in province["pooling"]["per_dinas"]}
    checked = 0
    for slug, mine in rows.items():
        hasil: Any = results.read(paths.hasil(slug))
        record = next(r for r in hasil["perbandingan_provinsi"]["indikator"] if r["kunci"] == "gain")
        place = mine["peringkat"]
        assert (record["peringkat"], record["peringkat_terbaik"], record["peringkat_terburuk"], record["dari"]) == (
            place, mine["peringkat_bawah"] or place if place else None, mine["peringkat_atas"] or place if place
            else None, hasil["pooling"]["jumlah_dinas"]), slug
        assert record["provinsi"]["estimasi"] == province["pooling"]["rata_provinsi"]["estimasi"], slug
        assert record["provinsi_rata_peserta"]["estimasi"] == province["level2_pembelajaran"]["keseluruhan"][
            "estimasi"], slug
        assert not {key for key in record if key.startswith("peringkat")} - {
            "peringkat", "peringkat_terbaik", "peringkat_terburuk"}, record
        checked += 1
    assert checked >= 3


def test_the_results_own_row_in_a_workbook_is_named_by_the_measure_it_holds(pipeline_root):
    """A workbook built from hasil.json alone (no report records) names the gain row by what the row now holds: the
    adjusted gain where the model was fitted, never 'rata-rata peserta' beside the model's rank."""
    from evalasn.analysis.contract.budget import pooling_fitted
    from evalasn.report import facts
    from evalasn.report.formats import workbook_against

    hasil: Any = results.read(project(pipeline_root).hasil("kesehatan"))
    shown = workbook_against.as_reported(dict(hasil), None)
    names = [row["kunci"] for row in shown["perbandingan_provinsi"]["indikator"]]
    assert pooling_fitted(hasil["pooling"]) and facts.ADJUSTED_GAIN in names and "gain" not in names, names
