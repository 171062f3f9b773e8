"""Report parameters are checked before any kernel starts, with one line listing what is valid."""

from dataclasses import dataclass

import pytest

from evalasn.run.params import ModelParams, ParameterError, ReportParams, parse

DINAS = ["kesehatan", "sosial"]
YEARS = [2024, 2025]


@pytest.mark.parametrize("raw,message", [
    ({"dinas": "rahasia"}, "pilih salah satu: kesehatan, sosial, provinsi"),
    ({"dinas": "../../etc"}, "bukan kode dinas"),
    ({"dinas": "kesehatn"}, "Maksud Anda: kesehatan?"),
    ({"dinas": "Dinas Sosal"}, "Maksud Anda: sosial?"),
    ({"dinas": "pendidikan"}, "tidak ada dalam data"),
    ({"dinas": "kesehatan", "tahun": "dua ribu"}, "bukan tahun"),
    ({"dinas": "kesehatan", "tahun": "2019"}, "tahun yang tersedia: 2024, 2025"),
    ({"dinas": "kesehatan", "bahasa": "fr"}, "pilih salah satu: id, en"),
    ({"dinas": "kesehatan", "warna": "biru"}, "parameter tidak dikenal: warna; yang dikenal: dinas, tahun, bahasa"),
], ids=["unknown-dinas", "path-traversal", "typo", "typo-in-official-name", "dinas-not-in-data", "non-numeric-year",
        "year-without-data",
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


@pytest.mark.parametrize("typed", ["kesehatan", "Kesehatan", "KESEHATAN", "Dinas Kesehatan", " dinas kesehatan ",
                                   "Dinkes"])
def test_kode_and_official_names_in_any_case(typed):
    assert parse(ReportParams, {"dinas": typed, "bahasa": "EN"}, DINAS, YEARS) == ReportParams("kesehatan", 0, "en")


def test_messages_say_kode_dinas_not_slug():
    with pytest.raises(ParameterError) as error:
        parse(ReportParams, {"dinas": "x/y"}, DINAS, YEARS)
    assert "kode dinas" in str(error.value) and "slug" not in str(error.value)


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


@pytest.mark.parametrize("value", ['x"; touch PWNED; echo "', "0", "dua"], ids=["injection", "zero", "word"])
def test_a_refused_workers_value_is_one_galat_line(value, capsys, tmp_path):
    """WORKERS is checked by the command line's argument parser: one GALAT line and exit 2, as every other
    parameter, not argparse's usage text (seen with make reports WORKERS='x"; ...')."""
    from evalasn.run.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--root", str(tmp_path), "reports", f"--workers={value}"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.splitlines() == [f"GALAT: WORKERS={value!r} harus bilangan bulat 1 atau lebih, mis. 2"], err
