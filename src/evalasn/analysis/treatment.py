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

from evalasn.analysis.contract.outcomes import Intervention, OtherTraining, OtherTrainingArm
from evalasn.errors import InterventionError

__all__ = ["InterventionError", "exposure", "match", "money", "other_training"]


def match(kegiatan: pd.DataFrame, intervensi: str, penugasan: str = "observasional",
          penjamin: str = "") -> tuple[set[str] | None, Intervention]:
    """The kegiatan_id of the intervention (None = every activity) and its description, with how
    units were assigned to it (``penugasan``: observasional or acak) and who vouches for that."""
    items = [s.strip().lower() for s in (intervensi or "").split(",") if s.strip()]
    if not items:
        return None, {"teks": "", "dipilih": False, "n_kegiatan": int(len(kegiatan)), "penugasan": penugasan,
                      "penjamin": penjamin}
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
        "tema_cocok": sorted(chosen["tema"].dropna().astype(str).unique().tolist())[:10], "penugasan": penugasan,
        "penjamin": penjamin}


def money(chosen: Intervention, ids: set[str] | None, activities: pd.DataFrame) -> Intervention:
    """The declared intervention with what its activities of the evaluated year cost in this scope (``activities``:
    the scope's kegiatan of the year): n_kegiatan_intervensi, biaya_intervensi_rp, and every activity's cost that
    year (biaya_kegiatan_tahun_rp), so a finding can name its money and its share (CHECK10 C10-9); unchanged
    without one."""
    if ids is None or not chosen.get("dipilih"):
        return chosen
    own = activities["kegiatan_id"].astype(str).isin(ids)
    return {**chosen, "n_kegiatan_intervensi": int(own.sum()),
            "biaya_intervensi_rp": float(activities.loc[own, "anggaran_rp"].fillna(0).sum()),
            "biaya_kegiatan_tahun_rp": float(activities["anggaran_rp"].fillna(0).sum())}


def exposure(pegawai: pd.DataFrame, part: pd.DataFrame, ids: set[str] | None, window_start: pd.Timestamp,
             window_end: pd.Timestamp, share: float) -> pd.DataFrame:
    """Per unit (dinas, unit_kerja): staff; percent trained in the intervention in the window;
    the date the threshold was reached (NaT if not); JP per staff and percent of staff in other
    activities in the same window; ``attrs["n_kegiatan_jendela"]``: the intervention activities counted (None
    without a declared one). Integer codes throughout (Arrow string columns are slow to
    filter and group at Jakarta scale)."""
    done = pd.to_datetime(part["tanggal_selesai"]).to_numpy(dtype="datetime64[ns]")
    rows = np.flatnonzero((done > np.datetime64(window_start)) & (done < np.datetime64(window_end)))
    code_d, _ = pd.factorize(pegawai["dinas"])
    code_u, names = pd.factorize(pegawai["unit_kerja"])
    unit_codes, firsts = pd.factorize(code_d.astype(np.int64) * (len(names) + 1) + code_u)
    n_units = len(firsts)
    first_row = np.zeros(n_units, dtype=np.int64)
    first_row[unit_codes[::-1]] = np.arange(len(unit_codes))[::-1]  # each unit's first staff row
    staff_unit = pd.Series(unit_codes, index=pd.Index(pegawai["pegawai_id"].to_numpy(dtype=object)))
    who = staff_unit.index.get_indexer(part["pegawai_id"].iloc[rows].to_numpy(dtype=object))
    keep = who >= 0  # participants of this scope's staff only
    rows, who = rows[keep], who[keep]
    kegiatan = part["kegiatan_id"].iloc[rows].to_numpy(dtype=object)
    is_int = (np.ones(len(rows), bool) if ids is None
              else pd.Index(list(ids)).get_indexer(kegiatan.astype(str)) >= 0)
    n_staff = np.bincount(unit_codes, minlength=n_units)
    # the intervention: each person's first completion, then the date each unit reached the threshold
    first = pd.Series(done[rows][is_int]).groupby(who[is_int]).min()
    person_unit = unit_codes[first.index.to_numpy()]
    trained = np.bincount(person_unit, minlength=n_units)
    need = np.maximum(np.ceil(share * n_staff - 1e-9), 1).astype(int)
    order = np.lexsort((first.to_numpy(), person_unit))
    ranked_unit, ranked_date = person_unit[order], first.to_numpy()[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked_unit, ranked_unit) + 1
    hit = rank == need[ranked_unit]
    reached = np.full(n_units, np.datetime64("NaT"), dtype="datetime64[ns]")
    reached[ranked_unit[hit]] = ranked_date[hit]
    # other activities in the same window
    jp = part["jp"].iloc[rows].to_numpy(dtype=float)
    other_unit = unit_codes[who[~is_int]]
    jp_other = np.bincount(other_unit, weights=np.nan_to_num(jp[~is_int]), minlength=n_units)
    people_other = np.bincount(unit_codes[np.unique(who[~is_int])], minlength=n_units)
    units = pegawai[["dinas", "unit_kerja"]].iloc[first_row].reset_index(drop=True)
    frame = units.assign(n_pegawai=n_staff, n_dilatih=trained, persen_dilatih=100 * trained / n_staff,
                        tanggal_ambang=pd.to_datetime(reached), jp_lain_per_pegawai=jp_other / n_staff,
                        persen_dilatih_lain=100 * people_other / n_staff)
    # the intervention activities the comparison uses (finished in the window, attended by the scope's staff)
    # the units in the order of their names, not of the staff rows (sorted by the keyed pseudonym): the DiD's wild
    # bootstrap draws its seeded weights per unit number (CHECK11 C11-14: another key, another interval and p)
    frame = frame.sort_values(["dinas", "unit_kerja"], kind="mergesort").reset_index(drop=True)
    frame.attrs["n_kegiatan_jendela"] = None if ids is None else int(pd.unique(kegiatan[is_int]).size)
    return frame


def other_training(units: pd.DataFrame, treated: np.ndarray, untreated: np.ndarray) -> OtherTraining:
    """Mean over units, per arm, of other activities' JP per staff and percent of staff."""
    return {"dilatih": _other_training(units[np.asarray(treated)]),
            "pembanding": _other_training(units[np.asarray(untreated)])}


def _other_training(rows: pd.DataFrame) -> OtherTrainingArm:
    return {"n_unit_kelompok": int(len(rows)),
            "jp_per_pegawai": float(rows["jp_lain_per_pegawai"].mean()) if len(rows) else None,
            "persen_pegawai": float(rows["persen_dilatih_lain"].mean()) if len(rows) else None}
