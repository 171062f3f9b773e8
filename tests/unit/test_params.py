"""Report parameters are checked before any kernel starts, with one line listing what is valid."""

from dataclasses import dataclass

import pytest

from evalasn.run.params import ModelParams, ParameterError, ReportParams, parse

DINAS = ["kesehatan", "sosial"]
YEARS = [2024, 2025]


@pytest.mark.parametrize("raw,message", [
    ({"dinas": "rahasia"}, "pilih salah satu: kesehatan, sosial, provinsi"),
    ({"dinas": "../../etc"}, "bukan slug dinas"),
    ({"dinas": "Kesehatan"}, "bukan slug dinas"),
    ({"dinas": "pendidikan"}, "tidak ada dalam data"),
    ({"dinas": "kesehatan", "tahun": "dua ribu"}, "bukan tahun"),
    ({"dinas": "kesehatan", "tahun": "2019"}, "tahun yang tersedia: 2024, 2025"),
    ({"dinas": "kesehatan", "bahasa": "fr"}, "pilih salah satu: id, en"),
    ({"dinas": "kesehatan", "warna": "biru"}, "parameter tidak dikenal: warna; yang dikenal: dinas, tahun, bahasa"),
], ids=["unknown-dinas", "path-traversal", "not-a-slug", "dinas-not-in-data", "non-numeric-year", "year-without-data",
        "unknown-language", "unknown-parameter"])
def test_bad_report_parameters(raw, message):
    with pytest.raises(ParameterError) as error:
        parse(ReportParams, raw, DINAS, YEARS)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_good_parameters():
    assert parse(ReportParams, {"dinas": "provinsi", "tahun": "2025", "bahasa": "en"}, DINAS, YEARS) == \
        ReportParams("provinsi", 2025, "en")
    assert parse(ModelParams, {"tahun": "0", "ambang_dilatih": "0,6"}, None, YEARS).ambang_dilatih == 0.6


def test_threshold_must_be_a_share():
    with pytest.raises(ParameterError, match="antara 0 dan 1"):
        parse(ModelParams, {"ambang_dilatih": "50"}, None, YEARS)


@dataclass(frozen=True)
class _Declared:
    """Declared in a module without ``from __future__ import annotations``: the types are objects."""

    jumlah: int = 0
    porsi: float = 0.0


def test_values_are_converted_by_their_declared_type_however_it_is_written():
    assert parse(_Declared, {"jumlah": "12", "porsi": "0,25"}) == _Declared(12, 0.25)
    with pytest.raises(ParameterError, match="bilangan bulat"):
        parse(_Declared, {"jumlah": "dua"})
