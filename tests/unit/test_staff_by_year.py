"""Each year's coverage and 20 JP count that year's own staff export when the data hold one (CHECK15 E15-2:
every earlier year was recomputed over the newest list, so adding next year's export 'changed' last year)."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
import pytest

from evalasn import schema
from evalasn.analysis import compliance
from evalasn.analysis.data import Data
from evalasn.report.chapters.comparison import staff_notes


def _staff(rows: list[tuple], year: int | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["pegawai_id", "dinas", "unit_kerja"]).assign(
        jenis_jabatan="pelaksana", golongan="III/a", status="PNS", jenis_kelamin="L", tahun_lahir=1985)
    if year is not None:
        frame.insert(0, "tahun", year)
    table = schema.PROCESSED["pegawai" if year is None else "pegawai_tahun"]
    return schema.conform(frame, table)


# 2025's year-end list: J joined in 2025, M moved from sosial to ppkukm; L left after 2024
END_2025 = _staff([("A", "sosial", "U1"), ("B", "sosial", "U1"), ("J", "sosial", "U2"), ("M", "ppkukm", "P1"),
                   ("C", "ppkukm", "P1"), ("D", "prkp", "R1")])
LIST_2024 = _staff([("A", "sosial", "U1"), ("B", "sosial", "U1"), ("L", "sosial", "U2"), ("M", "sosial", "U2"),
                    ("C", "ppkukm", "P1")], 2024)  # prkp sent no staff export for 2024


# M trained in 2024 while in sosial; peserta.dinas comes from the year-end list, so the row says ppkukm
TRAINED = pd.DataFrame({"pegawai_id": ["A", "M", "C"], "dinas": ["sosial", "ppkukm", "ppkukm"],
                        "tahun_kegiatan": [2024, 2024, 2024], "jp": [24.0, 24.0, 8.0],
                        "biaya_per_peserta_rp": [1.0, 1.0, 1.0]})


def _data(pegawai_tahun: pd.DataFrame) -> Data:
    empty = pd.DataFrame({"dinas": pd.Series(dtype="string")})
    return Data(pegawai=END_2025, kegiatan=empty, peserta=empty, skm=empty, anggaran=empty, kinerja_unit=empty,
                provenance=cast(Any, {}), partisipasi=TRAINED, pegawai_tahun=pegawai_tahun)


@pytest.mark.parametrize(("slug", "tahun", "ids", "kind"), [
    pytest.param("sosial", 2024, {"A", "B", "L", "M"}, "tahun_itu", id="sosial-2024-own-export"),
    pytest.param("sosial", 2025, {"A", "B", "J"}, "terakhir", id="sosial-2025-year-end"),
    pytest.param("ppkukm", 2024, {"C"}, "tahun_itu", id="ppkukm-2024-without-the-later-mover"),
    pytest.param("prkp", 2024, {"D"}, "terakhir", id="prkp-2024-no-export-latest-list"),
    pytest.param("provinsi", 2024, {"A", "B", "L", "M", "C", "D"}, "campuran", id="province-2024-mixed"),
    pytest.param("provinsi", 2023, {"A", "B", "J", "M", "C", "D"}, "terakhir", id="province-2023-latest"),
])
def test_a_years_staff_is_its_own_export_where_there_is_one(slug, tahun, ids, kind):
    scope = _data(LIST_2024).scope(slug)
    staff = scope.staff(tahun)
    assert set(staff["pegawai_id"]) == ids and len(staff) == len(ids)  # each ASN once
    assert scope.staff_list(tahun) == kind
    per_asn = compliance.jp_per_pegawai(staff, pd.DataFrame({"pegawai_id": ["A"], "tahun_kegiatan": [tahun],
                                                             "jp": [24.0], "biaya_per_peserta_rp": [1.0]}), tahun)
    assert compliance.coverage(per_asn)["n"] == len(ids)  # the denominator is that year's staff


def test_one_staff_list_gives_every_year_the_year_end_list():
    data = _data(schema.PROCESSED["pegawai_tahun"].empty_frame())
    assert data.staff(2024) is data.pegawai and data.staff_list(2024) == "terakhir"


@pytest.mark.parametrize(("kinds", "lang", "expected"), [
    pytest.param({2023: "terakhir", 2024: "terakhir", 2025: "terakhir"}, "id",
                 ["Data pegawai adalah daftar terakhir, sehingga cakupan dan 20 JP tahun-tahun lalu dihitung atas "
                  "ASN yang kini ada."], id="one-list"),
    pytest.param({2024: "tahun_itu", 2025: "terakhir"}, "id",
                 ["Cakupan dan 20 JP 2024 dihitung atas ekspor pegawai tahun itu."], id="own-export"),
    pytest.param({2023: "terakhir", 2024: "campuran", 2025: "terakhir"}, "en",
                 ["Coverage and 20 JP of 2024 are counted over that year's staff export for the agencies that sent "
                  "one, the other agencies over the latest staff list.",
                  "Coverage and 20 JP of 2023 are counted over the latest staff list, as there is no staff export "
                  "of that year."], id="mixed-and-latest"),
    pytest.param({2025: "terakhir"}, "id", [], id="one-year"),
])
def test_the_trend_note_names_the_staff_list_of_each_year(kinds, lang, expected):
    years = [{"tahun": year, "daftar_pegawai": kind} for year, kind in kinds.items()]
    assert staff_notes(years, 2025, lang) == expected


@pytest.mark.parametrize(("slug", "trained"), [
    pytest.param("sosial", {"A", "M"}, id="sosial-counts-who-moved-since"),
    pytest.param("ppkukm", {"C"}, id="ppkukm-not-the-later-mover"),
])
def test_a_years_coverage_counts_the_training_of_that_years_staff(slug, trained):
    scope = _data(LIST_2024).scope(slug)
    part = scope.staff_participations(2024, scope.partisipasi)
    per_asn = compliance.jp_per_pegawai(scope.staff(2024), part, 2024)
    assert set(per_asn.loc[per_asn["jp"] > 0, "pegawai_id"]) == trained
