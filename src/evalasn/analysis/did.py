"""Difference-in-differences of IKM and of unit indicators: trained units against untrained ones,
before against after the evaluated year's training.

Defaults (report parameters can override them): "before" is the latest period that ends before
the evaluated year starts; "after" is the latest period that starts on or after the year's first
day; a unit is treated when at least TREATED_SHARE of its staff finished an activity between the
end of "before" and the start of "after". The estimate is the coefficient of treated x post in
y ~ treated * post, with standard errors clustered by unit. With this comparison group, and
under parallel trends, it may be read as an effect.
"""

from __future__ import annotations

import pandas as pd

from evalasn import constants
from evalasn.analysis.ikm import respondent_scores
from evalasn.analysis.stats import coefficient, not_enough, ols


def choose_periods(frame: pd.DataFrame, tahun: int, before: str | None = None,
                   after: str | None = None) -> tuple[pd.Series | None, pd.Series | None]:
    """The rows (periode, periode_mulai, periode_selesai) of the before and after periods."""
    periods = frame[["periode", "periode_mulai", "periode_selesai"]].drop_duplicates("periode")
    year_start = pd.Timestamp(tahun, 1, 1)
    if before:
        b = periods[periods["periode"] == before]
    else:
        b = periods[periods["periode_selesai"] < year_start].sort_values("periode_selesai").tail(1)
    if after:
        a = periods[periods["periode"] == after]
    else:
        a = periods[periods["periode_mulai"] >= year_start].sort_values("periode_mulai").tail(1)
    return (b.iloc[0] if len(b) else None), (a.iloc[0] if len(a) else None)


def treated_units(pegawai: pd.DataFrame, part: pd.DataFrame, window_start: pd.Timestamp,
                  window_end: pd.Timestamp, share: float = constants.TREATED_SHARE) -> pd.DataFrame:
    """Per unit (dinas, unit_kerja): staff count, share trained in the window, treated flag."""
    in_window = part[(part["tanggal_selesai"] > window_start) & (part["tanggal_selesai"] < window_end)]
    # Index lookup: Series.isin on Arrow strings is element-wise Python, ~40x slower at this size
    trained = pd.Index(in_window["pegawai_id"].unique()).get_indexer(pegawai["pegawai_id"]) >= 0
    units = (pegawai.assign(_trained=trained).groupby(["dinas", "unit_kerja"], observed=True)["_trained"]
             .agg(n_pegawai="size", persen_dilatih="mean").reset_index())
    units["persen_dilatih"] *= 100
    units["dilatih"] = units["persen_dilatih"] >= share * 100
    return units


def did(frame: pd.DataFrame, y: str) -> dict:
    """treated x post coefficient of y ~ treated * post, clustered by unit, with the 2x2 means."""
    units = frame.drop_duplicates("_unit")
    n_treated, n_control = int(units["dilatih"].sum()), int((~units["dilatih"]).sum())
    cells = (frame.groupby(["dilatih", "post"])[y].mean()
             .rename(index={True: "dilatih", False: "tidak"}, level=0)
             .rename(index={1: "sesudah", 0: "sebelum"}, level=1))
    table = {f"{g}_{t}": float(v) for (g, t), v in cells.items()}
    extra = {"unit_dilatih": n_treated, "unit_pembanding": n_control, "rata_rata": table}
    if min(n_treated, n_control) < constants.MIN_UNITS_PER_ARM or frame["post"].nunique() < 2:
        return not_enough(len(frame), **extra)
    treated = frame["dilatih"].astype(float)
    terms = pd.DataFrame({"treated": treated, "post": frame["post"], "treated:post": treated * frame["post"]})
    result = ols(frame[y], terms, groups=frame["_unit"])
    return coefficient(result, "treated:post", len(frame), **extra)


def _design(frame: pd.DataFrame, units: pd.DataFrame, before: pd.Series, after: pd.Series) -> pd.DataFrame:
    sub = frame[frame["periode"].isin([before["periode"], after["periode"]])]
    sub = sub.merge(units[["dinas", "unit_kerja", "dilatih"]], on=["dinas", "unit_kerja"], how="inner")
    return sub.assign(post=(sub["periode"] == after["periode"]).astype(int),
                      _unit=sub["dinas"] + "|" + sub["unit_kerja"])


def _setup(frame, pegawai, part, tahun, share, before, after):
    b, a = choose_periods(frame, tahun, before, after)
    if b is None or a is None:
        return None, {"tersedia": False, "alasan": "periode sebelum atau sesudah tidak ada dalam data"}
    units = treated_units(pegawai, part, b["periode_selesai"], a["periode_mulai"], share)
    info = {"tersedia": True, "periode_sebelum": b["periode"], "periode_sesudah": a["periode"],
            "jendela_kegiatan": [b["periode_selesai"].date().isoformat(), a["periode_mulai"].date().isoformat()],
            "ambang_persen_dilatih": share * 100}
    return (b, a, units), info


def ikm_did(skm: pd.DataFrame, pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int,
            share: float = constants.TREATED_SHARE, before: str | None = None, after: str | None = None) -> dict:
    """DiD of respondents' converted IKM scores (points on the 25-100 scale)."""
    if skm.empty:
        return {"tersedia": False, "alasan": "tidak ada data SKM"}
    setup, info = _setup(skm, pegawai, part, tahun, share, before, after)
    if setup is None:
        return info
    b, a, units = setup
    frame = _design(skm.assign(skor=respondent_scores(skm)), units, b, a)
    return {**info, "efek": did(frame, "skor")}


def kinerja_did(kinerja: pd.DataFrame, pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int,
                share: float = constants.TREATED_SHARE, before: str | None = None,
                after: str | None = None) -> list[dict]:
    """DiD for every indicator; 'membaik' says whether the estimate's direction is the better one."""
    out = []
    for indikator, rows in kinerja.groupby("indikator", sort=True):
        arah = rows["arah"].mode().iat[0]
        setup, info = _setup(rows, pegawai, part, tahun, share, before, after)
        if setup is None:
            out.append({"indikator": indikator, "arah": arah, **info})
            continue
        b, a, units = setup
        effect = did(_design(rows, units, b, a), "nilai")
        better = None  # True: interval wholly on the better side; False: wholly on the worse side
        if effect["cukup_data"]:
            sign = 1 if arah == "naik_baik" else -1
            low, high = sorted((sign * effect["ci_bawah"], sign * effect["ci_atas"]))
            better = True if low > 0 else False if high < 0 else None
        out.append({"indikator": indikator, "arah": arah, **info, "efek": effect, "membaik": better})
    return out
