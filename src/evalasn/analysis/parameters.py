"""The model's parameters, apart from the model: the command line checks them (run/params.py)
without importing pandas, scipy and statsmodels, so `make reports` with nothing to do stays instant."""

from __future__ import annotations

from dataclasses import dataclass

from evalasn import constants


@dataclass(frozen=True)
class ModelParams:
    """What the analyses depend on besides the data (recorded in every hasil.json)."""

    tahun: int = 0  # evaluated year; 0 = the latest year with activities
    ambang_dilatih: float = constants.TREATED_SHARE  # share of a unit's staff trained to count it as treated
    periode_sebelum: str = ""  # DiD "before" period (e.g. 2024-S2); "" = the documented default
    periode_sesudah: str = ""  # DiD "after" period; "" = the documented default
    intervensi: str = ""  # activities whose impact is measured (theme/name or kegiatan_id, comma-separated); "" = all
    desain: str = "observasional"  # how units came to be trained: observasional, or acak (declared random assignment)
    penjamin: str = ""  # who vouches for a random assignment (config/intervensi.yml)
