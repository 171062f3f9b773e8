"""Coverage of the programme and the 20 JP rule (PP 11/2017 Pasal 203(4)) in one year."""

from __future__ import annotations

import pandas as pd

from evalasn import constants
from evalasn.analysis.stats import mean_ci, proportion_ci


def jp_per_pegawai(pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """Every ASN of the scope with the JP they completed in ``tahun`` (0 if none)."""
    done = part[part["tahun_kegiatan"] == tahun].groupby("pegawai_id")["jp"].sum()
    out = pegawai[["pegawai_id", "dinas", "unit_kerja", "golongan", "jenis_jabatan"]].copy()
    out["jp"] = out["pegawai_id"].map(done).fillna(0.0).astype(float)
    return out


def coverage(per_asn: pd.DataFrame) -> dict:
    """Share of ASN who took part in at least one activity in the year."""
    return proportion_ci(int((per_asn["jp"] > 0).sum()), len(per_asn))


def compliance(per_asn: pd.DataFrame, worst_units: int = 10) -> dict:
    """Share with >= 20 JP: overall, by golongan (its roman group) and jenis_jabatan, the units
    furthest below, and the mean JP per ASN."""
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
    e = proportion_ci(met, n)
    return {"persen_bawah": e["ci_bawah"] * 100, "persen_atas": e["ci_atas"] * 100}
