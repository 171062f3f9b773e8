"""Which activities are the intervention, and when each unit received it.

``intervensi`` (model parameter, ``make ... INTERVENSI="layanan prima"``) is a comma-separated
list; an activity is part of the intervention when its kegiatan_id equals an item, or its tema or
nama_kegiatan contains one (case-insensitive). Empty = every activity (the default): the report
then says the intervention was not chosen, so routine training counts as treatment and the
comparison is weaker. Units that received only other activities stay in the comparison group; the
JP and share of staff of that other training are reported for both arms.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from evalasn.errors import ParameterError


class InterventionError(ParameterError):
    """INTERVENSI matches no activity in the data (the message lists the themes that exist)."""


def match(kegiatan: pd.DataFrame, intervensi: str) -> tuple[set[str] | None, dict]:
    """The kegiatan_id of the intervention (None = every activity) and its description."""
    items = [s.strip().lower() for s in (intervensi or "").split(",") if s.strip()]
    if not items:
        return None, {"teks": "", "dipilih": False, "n_kegiatan": int(len(kegiatan))}
    ids = kegiatan["kegiatan_id"].astype(str).str.lower()
    text = (kegiatan["tema"].fillna("").astype(str) + " | "
            + kegiatan["nama_kegiatan"].fillna("").astype(str)).str.lower()
    hit = pd.Series(False, index=kegiatan.index)
    for item in items:
        hit |= (ids == item) | text.str.contains(item, regex=False)
    if not hit.any():
        themes = sorted(kegiatan["tema"].dropna().astype(str).str.lower().unique())
        raise InterventionError(f"INTERVENSI={intervensi!r} tidak cocok dengan kegiatan mana pun (kegiatan_id, tema "
                                f"atau nama_kegiatan); tema yang ada: {', '.join(themes[:20]) or 'tidak ada'}")
    chosen = kegiatan[hit]
    return set(chosen["kegiatan_id"].astype(str)), {
        "teks": intervensi.strip(), "dipilih": True, "n_kegiatan": int(hit.sum()),
        "tema_cocok": sorted(chosen["tema"].dropna().astype(str).unique().tolist())[:10]}


def exposure(pegawai: pd.DataFrame, part: pd.DataFrame, ids: set[str] | None, window_start: pd.Timestamp,
             window_end: pd.Timestamp, share: float) -> pd.DataFrame:
    """Per unit (dinas, unit_kerja): staff; percent trained in the intervention in the window;
    the date the threshold was reached (NaT if not); JP per staff and percent of staff in other
    activities in the same window."""
    win = part[(part["tanggal_selesai"] > window_start) & (part["tanggal_selesai"] < window_end)]
    is_int = (np.ones(len(win), bool) if ids is None
              else pd.Index(list(ids)).get_indexer(win["kegiatan_id"].astype(str)) >= 0)
    key = pegawai["dinas"].astype(str) + "|" + pegawai["unit_kerja"].astype(str)
    unit_of = pd.Series(key.to_numpy(), index=pegawai["pegawai_id"].to_numpy())
    units = pegawai.assign(_key=key.to_numpy()).groupby("_key", sort=True).agg(
        dinas=("dinas", "first"), unit_kerja=("unit_kerja", "first"), n_pegawai=("pegawai_id", "size"))
    first = win[is_int].groupby("pegawai_id")["tanggal_selesai"].min()
    first = pd.DataFrame({"tgl": first.to_numpy(), "_key": unit_of.reindex(first.index).to_numpy()}).dropna()
    first = first.sort_values("tgl", kind="stable")
    first["rank"] = first.groupby("_key").cumcount() + 1
    units["n_dilatih"] = first.groupby("_key").size().reindex(units.index).fillna(0).astype(int)
    units["persen_dilatih"] = 100 * units["n_dilatih"] / units["n_pegawai"]
    need = np.ceil(share * units["n_pegawai"] - 1e-9).clip(lower=1).astype(int)
    hit = first[first["rank"].to_numpy() == need.reindex(first["_key"]).to_numpy()]
    units["tanggal_ambang"] = hit.set_index("_key")["tgl"].reindex(units.index)
    other = win[~is_int]
    other_key = unit_of.reindex(other["pegawai_id"].to_numpy()).to_numpy()
    other = pd.DataFrame({"_key": other_key, "jp": other["jp"].to_numpy(),
                          "pegawai_id": other["pegawai_id"].to_numpy()}).dropna(subset=["_key"])
    jp = other.groupby("_key")["jp"].sum().reindex(units.index).fillna(0)
    who = other.groupby("_key")["pegawai_id"].nunique().reindex(units.index).fillna(0)
    units["jp_lain_per_pegawai"] = jp / units["n_pegawai"]
    units["persen_dilatih_lain"] = 100 * who / units["n_pegawai"]
    return units.reset_index(drop=True)


def other_training(units: pd.DataFrame, treated: np.ndarray, untreated: np.ndarray) -> dict:
    """Mean over units, per arm, of other activities' JP per staff and percent of staff."""
    out = {}
    for name, rows in (("dilatih", units[np.asarray(treated)]), ("pembanding", units[np.asarray(untreated)])):
        out[name] = {"n_unit_kelompok": int(len(rows)),
                     "jp_per_pegawai": float(rows["jp_lain_per_pegawai"].mean()) if len(rows) else None,
                     "persen_pegawai": float(rows["persen_dilatih_lain"].mean()) if len(rows) else None}
    return out
