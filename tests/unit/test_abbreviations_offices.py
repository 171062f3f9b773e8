"""LOOK37 L-19: the province's Tabel 18 names its coordinating offices "BPKD Provinsi DKI Jakarta" and "Biro
Organisasi dan Reformasi Birokrasi Setda Provinsi DKI Jakarta" (config/laporan.yml koordinator_provinsi); neither
BPKD nor Setda was in the Daftar Singkatan, which lists the declared abbreviations the text uses."""

from __future__ import annotations

import pytest

from evalasn.report.words import abbreviations


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", {"BPKD": "Badan Pengelolaan Keuangan Daerah", "Setda": "Sekretariat Daerah"}),
    ("en", {"BPKD": "Regional Finance Agency", "Setda": "Regional Secretariat"}),
])
def test_the_coordinating_offices_abbreviations_are_listed(lang, expected):
    text = ("Penanggung jawab: BPKD Provinsi DKI Jakarta (bidang anggaran); Biro Organisasi dan Reformasi Birokrasi "
            "Setda Provinsi DKI Jakarta.")
    listed = dict(abbreviations.used(text, lang))
    assert {key: listed.get(key) for key in expected} == expected


def test_an_unused_office_is_not_listed():
    assert not {"BPKD", "Setda"} & dict(abbreviations.used("Sekretariat Dinas Kesehatan", "id")).keys()
