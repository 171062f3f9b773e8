"""Coverage of the programme and the 20 JP rule (PP 11/2017 Pasal 203(4)) in one year.

The 20 JP duty is a PNS duty: the compliance figures count PNS (and ASN whose status the export
does not give, counted and named). PPPK are reported on their own: PP 49/2018 caps their
development at 24 JP per contract year, so "at least 20 JP" is not their rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

import pandas as pd

from evalasn import constants
from evalasn.analysis.contract.estimate import MeanEstimate, ProportionEstimate
from evalasn.analysis.contract.scope import (
    CoverageUnit,
    GolonganShare,
    Jp20,
    LowUnit,
    PositionShare,
    Pppk,
    SmallUnits,
)
from evalasn.analysis.stats import mean_ci, proportion_ci, withheld

# the 20 JP share of a scope whose every ASN is a PPPK: no PNS, so the duty (PP 11/2017 Pasal 203) does not apply
NO_PNS = "tanpa_pns"


def jp_per_pegawai(pegawai: pd.DataFrame, part: pd.DataFrame, tahun: int) -> pd.DataFrame:
    """Every ASN of the scope with the JP they completed in ``tahun`` (0 if none) and, when the participations
    carry it, what their activities cost (``biaya``: the sum of each activity's cost per participant)."""
    in_year = part[part["tahun_kegiatan"] == tahun]
    done = in_year.groupby("pegawai_id")["jp"].sum()
    cols = ["pegawai_id", "dinas", "unit_kerja", "golongan", "jenis_jabatan"]
    out = pegawai[cols].copy()
    out["status"] = pegawai["status"].astype("object") if "status" in pegawai else None
    out["jp"] = out["pegawai_id"].map(done).fillna(0.0).astype(float)
    if "biaya_per_peserta_rp" in in_year:
        cost = in_year.groupby("pegawai_id")["biaya_per_peserta_rp"].sum(min_count=1)
        out["biaya"] = out["pegawai_id"].map(cost).fillna(0.0).astype(float)
    return out


def without_activity_data(pegawai: pd.DataFrame, kegiatan: pd.DataFrame, in_year: pd.DataFrame,
                          tahun: int) -> list[str]:
    """The dinas of ``pegawai`` that organised no activity and whose staff joined none in ``tahun``: their export
    has no training rows for the year, and a missing export is not zero training (reader review 5b item 7:
    an agency whose records start in 2025 read "coverage 0,0%" for 2023 and 2024). Their staff are left out of
    that year's coverage and 20 JP (analysis.key_figures), and a dinas's own figures for the year are withheld."""
    organised = kegiatan.loc[kegiatan["tahun"] == tahun, "dinas"] if len(kegiatan) else pd.Series(dtype=object)
    have = set(organised.dropna()) | set(in_year["dinas"].dropna())
    return sorted(set(pegawai["dinas"].dropna()) - have)


def with_activity_data(pegawai: pd.DataFrame, missing: list[str]) -> pd.DataFrame:
    """The staff of the dinas that have training data for the year (``missing``: without_activity_data)."""
    return pegawai[~pegawai["dinas"].isin(missing)] if missing else pegawai


def _no_activity_data() -> ProportionEstimate:
    """Coverage or 20 JP of a scope whose every dinas lacks training data for the year: withheld, with its reason
    (no staff counted: n 0)."""
    return {**withheld(ProportionEstimate, 0), "alasan": "tanpa_data_kegiatan"}


def coverage(per_asn: pd.DataFrame, missing: Sequence[str] = ()) -> ProportionEstimate:
    """Share of ASN who took part in at least one activity in the year; ``missing``: the scope's dinas left out of
    ``per_asn`` for want of training data (without_activity_data), which withhold it when they are all of them."""
    if missing and per_asn.empty:
        return _no_activity_data()
    return proportion_ci(int((per_asn["jp"] > 0).sum()), len(per_asn))


def coverage_units(per_asn: pd.DataFrame, worst_units: int = 10) -> list[CoverageUnit]:
    """The units (with >= MIN_N ASN) with the lowest share of ASN who took part in the year, lowest first (ties: the
    larger unit first), each with its Wilson interval: where the coverage recommendation starts."""
    units = (per_asn.assign(_ikut=per_asn["jp"] > 0).groupby(["dinas", "unit_kerja"], observed=True)
             .agg(n=("_ikut", "size"), ikut=("_ikut", "sum")).reset_index())
    units = units[units["n"] >= constants.MIN_N]
    units = units.assign(_share=units["ikut"] / units["n"]).sort_values(
        ["_share", "n", "dinas", "unit_kerja"], ascending=[True, False, True, True]).head(worst_units)
    return [{"dinas": str(r.dinas), "unit_kerja": str(r.unit_kerja), "cakupan": proportion_ci(int(r.ikut), int(r.n))}
            for r in units.itertuples()]


def small_below(units: pd.DataFrame, counted: str, share: float | None) -> pd.DataFrame:
    """The units with fewer than constants.MIN_N staff (too few to rank on their own) whose own share (``counted`` of
    ``n``) is below the scope's ``share``: together they are where a step starts; a small unit at or above the
    scope's share is none (CHECK12 C12-10: Suku Dinas SDA Selatan, 7 of 8 PNS at 20 JP, pooled with four Pos Pompa at
    0 of 10 read '5 unit kecil bersama-sama: 38,9%' beside a dinas at 74,0%)."""
    small = units[units["n"] < constants.MIN_N]
    return small[small[counted] < share * small["n"]] if share is not None else small.iloc[:0]


def coverage_small(per_asn: pd.DataFrame) -> SmallUnits:
    """The units with fewer than MIN_N ASN, not ranked by coverage_units, below the scope's coverage (small_below),
    together: their share of ASN who took part (CHECK11 C11-2: 12 of the 13 ASN without any activity were in four
    units of 3, never named)."""
    units = (per_asn.assign(_ikut=per_asn["jp"] > 0).groupby(["dinas", "unit_kerja"], observed=True)
             .agg(n=("_ikut", "size"), ikut=("_ikut", "sum")).reset_index())
    small = small_below(units, "ikut", float(units["ikut"].sum() / units["n"].sum()) if len(units) else None)
    taken, total = int(small["ikut"].sum()), int(small["n"].sum())
    return {**proportion_ci(taken, total), "jumlah": taken, "n_unit": len(small),
            "unit_kerja": small_names(small, "ikut")}


def small_names(small: pd.DataFrame, counted: str) -> list[str]:
    """The small units' names, the lowest share first: no rule withholds them (constants.MIN_N is a guard for an
    interval, not a privacy threshold), and a step that starts "with one unit of fewer than 10 PNS" cannot be
    acted on without its name (LOOK37 L-4)."""
    ordered = small.assign(_share=small[counted] / small["n"]).sort_values(["_share", "unit_kerja"])
    return [str(name) for name in ordered["unit_kerja"]]


def duty_group(per_asn: pd.DataFrame) -> pd.DataFrame:
    """The ASN who owe 20 JP: PNS and ASN whose status the export does not give (never PPPK)."""
    if "status" not in per_asn:
        return per_asn
    return per_asn[per_asn["status"] != "PPPK"]


def duty_share(per_asn: pd.DataFrame, missing: Sequence[str] = ()) -> ProportionEstimate:
    """Share of the duty group with >= 20 JP in the year: the 20 JP key figure, for every year
    (analysis.key_figures)."""
    if missing and per_asn.empty:
        return _no_activity_data()
    group = duty_group(per_asn)
    if group.empty and not per_asn.empty:  # every ASN a PPPK: the duty does not apply there (CHECK13 D13-5)
        return {**withheld(ProportionEstimate, 0), "alasan": NO_PNS, "n_asn": len(per_asn)}
    return proportion_ci(int((group["jp"] >= constants.JP_MINIMUM_PER_YEAR).sum()), len(group))


def compliance(per_asn: pd.DataFrame, worst_units: int = 10, missing: Sequence[str] = ()) -> Jp20:
    """Share of the duty group (PNS and ASN of unknown status) with >= 20 JP: overall, by golongan
    (its roman group) and jenis_jabatan, the units furthest below, and the mean JP per ASN; PPPK
    apart (``pppk``). ``missing`` as for ``coverage``."""
    status = _status(per_asn)
    unknown = int(status.isna().sum())
    # withheld for want of data only when no staff is left at all (not when the left ones are all PPPK)
    overall = duty_share(per_asn, missing)  # on every ASN: says when none of them owes 20 JP
    duty = _duty(duty_group(per_asn), worst_units, missing if per_asn.empty else (), overall)
    duty["keseluruhan"] = overall
    return {**duty, "n_pns": int((status == constants.JP_DUTY_STATUS).sum()),
            "n_status_tidak_diketahui": unknown, "pppk": pppk(pppk_staff(per_asn))}


def _status(per_asn: pd.DataFrame) -> pd.Series:
    return per_asn["status"] if "status" in per_asn else pd.Series(None, index=per_asn.index, dtype="object")


def pppk_staff(per_asn: pd.DataFrame) -> pd.DataFrame:
    """The PPPK rows of ``per_asn`` (status "PPPK"; none without a status column)."""
    return per_asn[_status(per_asn) == "PPPK"]


def above_cap(pppk_rows: pd.DataFrame) -> pd.Series:
    """Whether each PPPK took more JP than the cap of PP 49/2018 Pasal 39 (constants.PPPK_JP_MAXIMUM_PER_YEAR)."""
    return pppk_rows["jp"] > constants.PPPK_JP_MAXIMUM_PER_YEAR


def over_cap_share(per_asn: pd.DataFrame, missing: Sequence[str] = ()) -> ProportionEstimate:
    """The share of the PPPK of ``per_asn`` (pppk_staff) above the cap (above_cap) with its count and 95% interval,
    withheld under constants.MIN_N PPPK (stats.proportion_ci; n 0 without any PPPK): `pelaksanaan.jp_20.pppk.
    di_atas_batas`, every year of the trend (`tren[].pppk_di_atas_batas`) and the two years of its change
    (year_change.pppk_change); ``missing`` as for ``coverage``. The count (`jumlah`) is kept at any n above 0: a
    count of every PPPK, no estimate, as `jumlah_di_atas_batas` (LOOK32 D-1: a year of 2 of 7 PPPK was in no trend
    row, so the finding gave no 2024)."""
    if missing and per_asn.empty:
        return _no_activity_data()
    staff = pppk_staff(per_asn)
    over = int(above_cap(staff).sum())
    share = proportion_ci(over, len(staff))
    return {**share, "jumlah": over} if len(staff) else share


def pppk(per_asn: pd.DataFrame) -> Pppk:
    """PPPK in the year: mean JP, the share with any development, the share and the count above the 24 JP cap of
    PP 49/2018 and what the lesson hours beyond the cap cost (over_cap_cost)."""
    n = len(per_asn)
    over = int(above_cap(per_asn).sum())
    # the count above a legal cap is a census of a compliance rule, kept at any n (CHECK10 C10-4); only its share
    # as an estimate of a rate needs constants.MIN_N
    return {"n": n, "rata_jp_asn": mean_ci(per_asn["jp"]),
            "ikut": proportion_ci(int((per_asn["jp"] > 0).sum()), n),
            "di_atas_batas": over_cap_share(per_asn), "jumlah_di_atas_batas": over,
            "biaya_di_atas_batas_rp": over_cap_cost(per_asn)}


def over_cap_cost(per_asn: pd.DataFrame) -> float | None:
    """Rupiah of the PPPK lesson hours beyond the cap (constants.PPPK_JP_MAXIMUM_PER_YEAR, PP 49/2018 Pasal 39):
    for each PPPK above it, what their activities cost per participant (``biaya``) times the share of their JP
    beyond the cap, (JP - 24) / JP; a sum of costs, not an estimate. None when the activities carry no cost."""
    if "biaya" not in per_asn:
        return None
    over = per_asn[per_asn["jp"] > constants.PPPK_JP_MAXIMUM_PER_YEAR]
    share = (over["jp"] - constants.PPPK_JP_MAXIMUM_PER_YEAR) / over["jp"]
    return float((over["biaya"] * share).sum())


class _Duty(TypedDict):
    """The part of ``Jp20`` computed over the duty group."""

    keseluruhan: ProportionEstimate
    rata_jp: float | None
    rata_jp_asn: MeanEstimate
    per_golongan: list[GolonganShare]
    per_jenis_jabatan: list[PositionShare]
    unit_terendah: list[LowUnit]
    n_unit_di_bawah: int
    unit_kecil: SmallUnits


def _duty(per_asn: pd.DataFrame, worst_units: int, missing: Sequence[str],
          overall: ProportionEstimate | None = None) -> _Duty:
    """``overall``: the scope's share the ranked units are counted below (n_unit_di_bawah), the duty group's own
    without it."""
    meets = per_asn["jp"] >= constants.JP_MINIMUM_PER_YEAR
    frame = per_asn.assign(_ok=meets, golongan_ruang=per_asn["golongan"].str.split("/").str[0])
    units = (frame.groupby(["dinas", "unit_kerja"], observed=True)
             .agg(n=("_ok", "size"), memenuhi=("_ok", "sum"), rata_jp=("jp", "mean")).reset_index())
    # not ranked on their own: the share together of those below the scope's (LOOK11 L-8, small_below)
    small = small_below(units, "memenuhi", float(meets.mean()) if len(frame) else None)
    units = units[units["n"] >= constants.MIN_N]
    units["persen_memenuhi"] = units["memenuhi"] / units["n"] * 100
    overall = duty_share(per_asn, missing) if overall is None else overall
    # the ranked units below the scope's figure, counted before the list is cut to ``worst_units`` (LOOK20 W-17: the
    # province's "3 unit terendah dari sedikitnya 10 unit" where every unit beyond the tenth was dropped uncounted);
    # the comparison is the report's (jp_rule.start: the unit's percent below 100 × the overall estimate)
    figure = overall.get("estimasi")
    below = int((units["persen_memenuhi"] < 100 * figure).sum()) if figure is not None else 0
    units = units.sort_values(["persen_memenuhi", "n", "dinas", "unit_kerja"],
                              ascending=[True, False, True, True]).head(worst_units)
    return {
        "keseluruhan": duty_share(per_asn, missing),
        "rata_jp": float(frame["jp"].mean()) if len(frame) else None,
        "rata_jp_asn": mean_ci(frame["jp"]),
        "per_golongan": [{"golongan_ruang": key, **e} for key, e in _shares(frame, "golongan_ruang")],
        "per_jenis_jabatan": [{"jenis_jabatan": key, **e} for key, e in _shares(frame, "jenis_jabatan")],
        "unit_terendah": [_low_unit(r.dinas, r.unit_kerja, int(r.n), float(r.persen_memenuhi), int(r.memenuhi),
                                    float(r.rata_jp)) for r in units.itertuples()],
        "n_unit_di_bawah": below,
        "unit_kecil": {**proportion_ci(int(small["memenuhi"].sum()), int(small["n"].sum())),
                       "jumlah": int(small["memenuhi"].sum()), "n_unit": len(small),
                       "unit_kerja": small_names(small, "memenuhi")},
    }


def _shares(frame: pd.DataFrame, column: str) -> list[tuple[str, ProportionEstimate]]:
    """(value of ``column``, share of its ASN meeting the duty) for each value present."""
    return [(key, proportion_ci(int(group["_ok"].sum()), len(group)))
            for key, group in frame.dropna(subset=[column]).groupby(column, observed=True)]


def _low_unit(dinas: str, unit_kerja: str, n: int, percent: float, met: int, rata_jp: float) -> LowUnit:
    """A unit of ``unit_terendah``, with the 95% Wilson interval of its share in percent (units have
    >= MIN_N ASN, so the interval exists)."""
    interval = proportion_ci(met, n)
    low, high = interval["ci_bawah"], interval["ci_atas"]
    if low is None or high is None:
        raise ValueError(f"unit {dinas}/{unit_kerja} with n = {n} below the minimum in unit_terendah")
    return {"dinas": dinas, "unit_kerja": unit_kerja, "n": n, "persen_memenuhi": percent, "persen_bawah": low * 100,
            "persen_atas": high * 100, "rata_jp": rata_jp}
