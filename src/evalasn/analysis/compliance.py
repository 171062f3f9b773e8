"""Coverage of the programme and the 20 JP rule (PP 11/2017 Pasal 203(4)) in one year.

The 20 JP duty is a PNS duty: the compliance figures count PNS (and ASN whose status the export
does not give, counted and named). PPPK are reported on their own: PP 49/2018 caps their
development at 24 JP per contract year, so "at least 20 JP" is not their rule.
"""

from __future__ import annotations

import pandas as pd

from evalasn import constants
from evalasn.analysis.stats import mean_ci, proportion_ci


def jp_per_pegawai(pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """Every ASN of the scope with the JP they completed in ``tahun`` (0 if none)."""
    done = part[part["tahun_kegiatan"] == tahun].groupby("pegawai_id")["jp"].sum()
    cols = ["pegawai_id", "dinas", "unit_kerja", "golongan", "jenis_jabatan"]
    out = pegawai[cols].copy()
    out["status"] = pegawai["status"].astype("object") if "status" in pegawai else None
    out["jp"] = out["pegawai_id"].map(done).fillna(0.0).astype(float)
    return out


def coverage(per_asn: pd.DataFrame) -> dict:
    """Share of ASN who took part in at least one activity in the year."""
    return proportion_ci(int((per_asn["jp"] > 0).sum()), len(per_asn))


def compliance(per_asn: pd.DataFrame, worst_units: int = 10) -> dict:
    """Share of the duty group (PNS and ASN of unknown status) with >= 20 JP: overall, by golongan
    (its roman group) and jenis_jabatan, the units furthest below, and the mean JP per ASN; PPPK
    apart (``pppk``)."""
    status = per_asn["status"] if "status" in per_asn else pd.Series(None, index=per_asn.index, dtype="object")
    is_pppk = status == "PPPK"
    unknown = int(status.isna().sum())
    out = _duty(per_asn[~is_pppk], worst_units)
    return {**out, "n_pns": int((status == constants.JP_DUTY_STATUS).sum()), "n_status_tidak_diketahui": unknown,
            "pppk": pppk(per_asn[is_pppk])}


def pppk(per_asn: pd.DataFrame) -> dict:
    """PPPK in the year: mean JP, the share with any development, and the share above the 24 JP
    cap of PP 49/2018."""
    n = len(per_asn)
    return {"n": n, "rata_jp_asn": mean_ci(per_asn["jp"]),
            "ikut": proportion_ci(int((per_asn["jp"] > 0).sum()), n),
            "di_atas_batas": proportion_ci(int((per_asn["jp"] > constants.PPPK_JP_MAXIMUM_PER_YEAR).sum()), n)}


def _duty(per_asn: pd.DataFrame, worst_units: int) -> dict:
    meets = per_asn["jp"] >= constants.JP_MINIMUM_PER_YEAR
    frame = per_asn.assign(_ok=meets, golongan_ruang=per_asn["golongan"].str.split("/").str[0])
    units = (frame.groupby(["dinas", "unit_kerja"], observed=True)
             .agg(n=("_ok", "size"), memenuhi=("_ok", "sum"), rata_jp=("jp", "mean")).reset_index())
    units = units[units["n"] >= constants.MIN_N]
    units["persen_memenuhi"] = units["memenuhi"] / units["n"] * 100
    units = units.sort_values(["persen_memenuhi", "n", "dinas", "unit_kerja"],
                              ascending=[True, False, True, True]).head(worst_units)
    return {
        "keseluruhan": proportion_ci(int(meets.sum()), len(frame)),
        "rata_jp": float(frame["jp"].mean()) if len(frame) else None,
        "rata_jp_asn": mean_ci(frame["jp"]),
        "per_golongan": _shares(frame, "golongan_ruang"),
        "per_jenis_jabatan": _shares(frame, "jenis_jabatan"),
        "unit_terendah": [{"dinas": r.dinas, "unit_kerja": r.unit_kerja, "n": int(r.n),
                           "persen_memenuhi": float(r.persen_memenuhi), **_wilson_percent(int(r.memenuhi), int(r.n)),
                           "rata_jp": float(r.rata_jp)}
                          for r in units.itertuples()],
    }


def _shares(frame: pd.DataFrame, column: str) -> list[dict]:
    out = []
    for key, group in frame.dropna(subset=[column]).groupby(column, observed=True):
        out.append({column: key, **proportion_ci(int(group["_ok"].sum()), len(group))})
    return out


def _wilson_percent(met: int, n: int) -> dict:
    """The 95% Wilson interval of a unit's share, in percent (units have >= MIN_N ASN)."""
    interval = proportion_ci(met, n)
    return {"persen_bawah": interval["ci_bawah"] * 100, "persen_atas": interval["ci_atas"] * 100}
