"""hasil.json: the run's parameters and the provenance of the results (`parameter`, `provenans`)."""

import json
from collections.abc import Mapping
from typing import Annotated, Any, TypedDict

from evalasn.analysis.contract.doc import Doc


class Parameters(TypedDict):
    """analysis.model.ModelParams as a dict."""

    tahun: int
    ambang_dilatih: float
    periode_sebelum: str
    periode_sesudah: str
    intervensi: str
    penugasan: str
    penjamin: str


class DataFile(TypedDict):
    file: str
    bytes: int
    sha256: str


class DataProvenance(TypedDict):
    sintetis: bool
    sumber_data: str
    file: Annotated[list[DataFile], Doc(
        "Setiap file data mentah yang dibaca: nama, ukuran, SHA-256.",
        "Every raw data file read: name, size, SHA-256.",
        "-")]
    kunci_pseudonim: str | None
    baris: Annotated[dict[str, int], Doc(
        "Jumlah baris setiap tabel olahan; kunci = nama tabel (pegawai, kegiatan, ...).",
        "Row count of every processed table; keys = table names (pegawai, kegiatan, ...).",
        "jumlah")]
    tahun_kegiatan: list[int]
    dinas: list[str]
    pemetaan: str | None
    peringatan: list[str]


class CodeVersion(TypedDict):
    versi: str
    git: str | None
    sha256_sumber: str


class Provenance(TypedDict):
    data: Annotated[DataProvenance, Doc(
        "Catatan tahap pembersihan (data/processed/sumber.json).",
        "The clean stage's record (data/processed/sumber.json).",
        "-")]
    kode: Annotated[CodeVersion, Doc(
        "Versi kode yang menghasilkan berkas.",
        "Version of the code that wrote the file.",
        "-")]
    paket: Annotated[dict[str, str | None], Doc(
        "Versi paket kunci; kunci = nama paket, \"python\" = versi Python; null bila tidak "
        "terpasang.",
        "Versions of the key packages; keys = package names, \"python\" = the Python version; null "
        "when not installed.",
        "teks")]
    parameter: Annotated[Parameters, Doc(
        "Sama dengan `parameter`.",
        "Same as `parameter`.",
        "-")]


def source_key(record: Mapping[str, Any]) -> tuple[bool, str, str]:
    """What identifies a cleaned data set in a provenance record (``DataProvenance``, or the clean stage's log):
    synthetic or not, the raw files with their hashes, and the mapping used."""
    return (bool(record.get("sintetis")), json.dumps(record.get("file"), sort_keys=True),
            json.dumps(record.get("pemetaan"), sort_keys=True))
