"""SIASN's 2025 split of PPPK into 'PPPK Penuh Waktu' and 'PPPK Paruh Waktu' (CHECK15 E15-4): both read as PPPK
without a value map; a value the draft left null in pemetaan.yml is "belum dipetakan", not "outside the contract"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from evalasn import schema
from evalasn.ingest import mapping
from evalasn.ingest.errors import InputError
from evalasn.ingest.readers import ROW, RawTable
from evalasn.ingest.validate import parse_table


@pytest.mark.parametrize(("label", "status"), [
    pytest.param("PPPK Penuh Waktu", "PPPK", id="pppk-full-time"),
    pytest.param("PPPK Paruh Waktu", "PPPK", id="pppk-part-time"),
    pytest.param("PNS Daerah", "PNS", id="pns-daerah"),
])
def test_siasn_status_labels_read_as_contract_values(label, status):
    nip = "199204152022212001" if status == "PPPK" else "198001012005011001"  # a PPPK number: agreement code 21
    frame = pd.DataFrame({"nip": [nip], "dinas": ["sosial"], "unit_kerja": ["Seksi A"],
                          "jenis_jabatan": ["pelaksana"], "status": [label], ROW: [2]})
    parsed = parse_table(RawTable("pegawai", frame, "SIASN DKI 2026.xlsx, sheet Data ASN", Path("SIASN DKI 2026.xlsx")),
                         schema.RAW["pegawai"])
    assert parsed.violations == []
    assert parsed.frame["status"].tolist() == [status]


def _load(tmp_path: Path, value: str) -> list[str]:
    (tmp_path / "siasn.csv").write_text("NIP_BARU,JENIS_PEGAWAI_NAMA\n", encoding="utf-8")
    (tmp_path / "pemetaan.yml").write_text(
        'versi: 1\nsumber:\n  - file: "siasn.csv"\n    tabel: pegawai\n    kolom:\n      "NIP_BARU": nip\n'
        f'    nilai:\n      status:\n        "Pegawai Kontrak": {value}\n', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        mapping.load(tmp_path / "pemetaan.yml", schema.RAW, [tmp_path / "siasn.csv"])
    return [str(v) for v in raised.value.violations]


@pytest.mark.parametrize(("value", "says"), [
    pytest.param("null", "data/raw/pemetaan.yml, baris 7 — 'Pegawai Kontrak' belum dipetakan (null): isi PNS atau PPPK",
                 id="left-null-by-the-draft"),
    pytest.param("honorer", "data/raw/pemetaan.yml, baris 7: nilai 'honorer' — 'Pegawai Kontrak' dipetakan ke nilai di "
                 "luar kontrak kolom 'status': salah satu dari: PNS, PPPK", id="outside-the-contract"),
])
def test_a_value_map_says_null_apart_from_a_wrong_value(tmp_path, value, says):
    assert _load(tmp_path, value) == [says]
