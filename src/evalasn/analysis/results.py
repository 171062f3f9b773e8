"""The shape of hasil.json: written and read here only.

One file per scope (each dinas and ``provinsi``): reports/<slug>/hasil.json. Numbers are plain
JSON numbers (Rupiah, JP, points, percent as their names say); an estimate is
{"n", "estimasi", "ci_bawah", "ci_atas", "p", "cukup_data"} (see analysis.stats). The file has
no timestamp: the same data, code and parameters give the same bytes. Every field is described
in docs/hasil-json.md (generated from FIELDS by ``make docs``).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

SCHEMA_VERSION = 1
FLOAT_DECIMALS = 6  # enough for Rupiah and points; keeps the files readable and stable


def write(path: Path, result: dict) -> None:
    """Write atomically (temporary name, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(_clean(result), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def read(path: Path) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("versi_skema") != SCHEMA_VERSION:
        raise ValueError(f"{path}: versi_skema {data.get('versi_skema')} != {SCHEMA_VERSION}; jalankan ulang "
                         "tahap model (make model)")
    return data


def _clean(value):
    if isinstance(value, float):
        return round(value, FLOAT_DECIMALS) if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item"):  # numpy scalars
        return _clean(value.item())
    return value


# Field paths ("a.b[].c") -> (meaning in Bahasa Indonesia, meaning in English, unit).
ESTIMATE = {
    "n": ("jumlah pengamatan yang dipakai", "number of observations used", "count"),
    "estimasi": ("nilai dugaan; null bila data tidak cukup", "point estimate; null when there are too few data", "see parent"),
    "ci_bawah": ("batas bawah selang kepercayaan 95%", "lower bound of the 95% confidence interval", "see parent"),
    "ci_atas": ("batas atas selang kepercayaan 95%", "upper bound of the 95% confidence interval", "see parent"),
    "p": ("nilai p uji terhadap nol (bila relevan)", "p-value of the test against zero (where relevant)", "probability"),
    "cukup_data": ("false bila n di bawah batas minimum", "false when n is below the minimum", "boolean"),
}
