"""Key figures per year and each dinas's place among all dinas (hasil.json `tren` and
`perbandingan_provinsi`).

The trend repeats the evaluated year's key figures for every earlier year present in the data,
computed by the same functions (analysis.key_figures: this year's definition and inference for
every year), so a reader sees whether a figure is getting better; each year after the first carries its change from
the year before with the 95% interval of the difference (analysis.year_change), on which "clearly better" or "worse"
is judged. The comparison
puts each key figure of a dinas beside the province's figure and its rank among the dinas, with a
rank range read from the 95% intervals: the best rank it could have is 1 + the number of dinas
whose whole interval lies on the better side of its own, the worst is the number of dinas minus
those wholly on the worse side (a conservative range, not a simulated rank interval).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import pandas as pd

from evalasn import constants
from evalasn.analysis import compliance, ikm, key_figures, year_change
from evalasn.analysis.contract import Interval, KeyFigures, walk
from evalasn.analysis.contract.budget import Pooling, pooling_fitted
from evalasn.analysis.contract.comparison import (
    AgainstProvince,
    IndicatorRank,
    KeyIkm,
    PlainFigure,
    Rank,
    TrendGain,
    TrendIkm,
    TrendYear,
)
from evalasn.analysis.contract.estimate import Estimate
from evalasn.analysis.contract.fields import FIELDS
from evalasn.analysis.data import Data
from evalasn.analysis.results import IKM_NOT_RECEIVED, WITHHELD_IKM_KEYS, key_figure
from evalasn.registry import PROVINCE_SLUG
from evalasn.schema import unit_key

# key figure -> True when a higher value is better (cost per point: lower is better); declared in
# analysis.key_figures with the function that computes each figure for a year
KEY_FIGURES: dict[str, bool] = key_figures.HIGHER_BETTER


def trend(data: Data, years: list[int], tahun: int, evaluated: KeyFigures,
          adjusted: Mapping[int, Estimate | None] | None = None, shrunk: bool = False) -> list[TrendYear]:
    """Key figures of one scope for every year up to ``tahun``, each year by the same functions
    (analysis.key_figures: 20 JP over the duty group, the gain clustered by activity); the evaluated
    year's are ``evaluated`` (computed by the model stage with those functions); every year's IKM is
    that of its last survey period, as the key figure is. ``adjusted``: the scope's mixed-model gain of each
    year (model.adjusted_by_year), so the trend's gain is the key table's for every year (REVIEW5 D14); ``shrunk``:
    those are a dinas's, shrunk toward the province mean (year_change.shrunk_verdict)."""
    part = data.partisipasi[key_figures.PART_COLUMNS]
    skm = data.skm[[*ikm.ELEMENTS, "periode"]].assign(
        _unit=unit_key(data.skm), _tahun=data.skm["periode"].astype(str).str[:4])
    out: list[TrendYear] = []
    figures: Mapping[str, Any]
    prior: tuple[TrendYear, pd.DataFrame, pd.DataFrame] | None = None  # the year before's row, staff and survey
    for year in [y for y in years if y <= tahun]:
        inputs = key_figures.year_data(data, year, part)  # the evaluated year's too: its staff for the change
        if year == tahun:
            figures, missing = evaluated, list(inputs.tanpa_data)
        else:
            figures, missing = key_figures.for_year(inputs), list(inputs.tanpa_data)
        surveyed = skm[skm["_tahun"] == str(year)]
        row: TrendYear = {"tahun": year, "dinas_tanpa_data_kegiatan": missing,
                          "daftar_pegawai": data.staff_list(year),
                          "cakupan_asn": figures["cakupan_asn"], "jp_20": figures["jp_20"],
                          "gain": _base(figures["gain"]), "ikm": _ikm(surveyed),
                          "persen_realisasi": figures["persen_realisasi"],
                          "biaya_per_poin": _plain(figures["biaya_per_poin"]),
                          # not a key figure: the level of the change the PPPK finding states (LOOK31 C-1)
                          "pppk_di_atas_batas": compliance.over_cap_share(inputs.per_asn, inputs.tanpa_data)}
        if adjusted is not None:
            row["gain_model"] = adjusted.get(year)
        withheld = evaluated.get("ikm") if year == tahun else None
        if row["ikm"] is None and withheld and withheld.get("alasan") == IKM_NOT_RECEIVED:
            row["ikm"] = _not_received(withheld)  # the year without its own SKM: why, as the key figure says
        row["selisih_tahun_lalu"] = year_change.changes(row, prior[0], inputs.per_asn, prior[1], surveyed, prior[2],
                                                       shrunk) \
            if prior is not None and prior[0]["tahun"] == year - 1 else None
        prior = (row, inputs.per_asn, surveyed)
        out.append(row)
    return out


def _not_received(withheld: KeyIkm) -> TrendIkm:
    """The evaluated year's IKM withheld for want of that year's SKM (analysis.results.key_ikm), as a trend cell."""
    row: TrendIkm = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
                     "kategori": None, "alasan": IKM_NOT_RECEIVED, "periode": withheld["periode"]}
    if "terakhir" in withheld:
        row["terakhir"] = withheld["terakhir"]
    return row


def _ikm(skm: pd.DataFrame) -> TrendIkm | None:
    """IKM of a year's last survey period (clustered by unit), as the key figure and
    `level4_hasil.ikm_per_periode` give it for that period; None without any response that year."""
    if not len(skm):
        return None
    latest = skm[skm["periode"] == skm["periode"].max()]
    summary = ikm.summarise(latest, cluster="_unit")
    row: TrendIkm = {"n": summary["n"], "estimasi": summary["estimasi"], "ci_bawah": summary["ci_bawah"],
                     "ci_atas": summary["ci_atas"], "cukup_data": summary["cukup_data"],
                     "kategori": summary["kategori"]}
    for key in WITHHELD_IKM_KEYS:  # withheld from too few units: why, and the value without interval
        if key in summary:
            row[key] = summary[key]  # type: ignore[literal-required]
    return row


def _base(estimate: Estimate) -> TrendGain:
    """The base keys of an estimate, without the estimator's own (the gain's number of activities,
    its clusters, kept); withheld from fewer than constants.MIN_ACTIVITIES_TREND_GAIN activities (the
    reason then names them, report.words.reasons)."""
    record = cast(Mapping[str, Any], estimate)
    activities = record.get("n_kegiatan")
    if not estimate["cukup_data"] and record.get("alasan"):  # withheld by the gain's own rule: its reason
        same: TrendGain = {"n": estimate["n"], "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
                           "cukup_data": False, "n_kegiatan": activities, "status_kenaikan": None,
                           "alasan": str(record["alasan"])}
        if record.get("rata_peserta") is not None:
            same["rata_peserta"] = float(record["rata_peserta"])
        return same
    if activities is not None and activities < constants.MIN_ACTIVITIES_TREND_GAIN:
        return {"n": estimate["n"], "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
                "cukup_data": False, "n_kegiatan": activities, "status_kenaikan": None,
                "alasan": "kegiatan_kurang_tren"}
    return {"n": estimate["n"], "estimasi": estimate["estimasi"], "ci_bawah": estimate["ci_bawah"],
            "ci_atas": estimate["ci_atas"], "p": estimate["p"], "cukup_data": estimate["cukup_data"],
            "n_kegiatan": activities,
            "status_kenaikan": cast(Mapping[str, Any], estimate).get("status_kenaikan")}


def _plain(record: Mapping[str, Any]) -> PlainFigure:
    """An estimate-like record (any key figure) without its p; ``n_kegiatan`` null when it has none; the reason
    it is withheld (and the figures the reason names) kept, so a trend cell says why as the year's own table does."""
    plain: PlainFigure = {"n": record["n"], "estimasi": record["estimasi"], "ci_bawah": record["ci_bawah"],
                          "ci_atas": record["ci_atas"], "cukup_data": record["cukup_data"],
                          "n_kegiatan": record.get("n_kegiatan")}
    for key in ("alasan", "rata_gain", "anggaran_rp", "gain_rata", "gain_bawah", "gain_atas", "gain_n_kegiatan",
                "porsi_replikasi_tidak_positif", "rata_peserta", "kegiatan_tanpa_biaya", "periode"):
        if key in record:
            plain[key] = record[key]
    return plain


def value(figure: Interval | float | None) -> float | None:
    """The point value of a key figure (an estimate dict, or a plain number for realisation)."""
    if isinstance(figure, (int, float)) or figure is None:
        return None if figure is None else float(figure)
    return float(figure["estimasi"]) if figure["cukup_data"] and figure["estimasi"] is not None else None


def _bounds(figure: Interval | float) -> tuple[float, float]:
    if isinstance(figure, (int, float)):
        return float(figure), float(figure)
    low, high = figure["ci_bawah"], figure["ci_atas"]
    if low is None or high is None:
        raise ValueError(f"a key figure with a value but no interval: {figure}")
    return float(low), float(high)


def as_printed(key: str, point: float) -> float:
    """A key figure without an interval (budget realisation: a census of money, not an estimate) as the reports
    print it (constants.DECIMALS of its unit), the value its rank compares: dinas that print the same value share a
    place ("3 dari 6 (3–6)"), never four places on 85,0 (CHECK10 C10-3: 85,04 / 85,02 / 85,00 / 84,99). Figures with
    an interval are ranked by it (peringkat_terbaik/terburuk) and keep their own values."""
    decimals = constants.DECIMALS[FIELDS[key].unit]
    return float(f"{point:.{decimals}f}")  # the printed rounding (report.words.fmt.number)


def printed_point(key: str, point: float) -> float:
    """A key figure's point value as the reports print it: a share (0-1, unit ``proporsi``) in percent, every other
    figure in its own unit, with constants.DECIMALS of that unit: two dinas with the same printed point are tied as
    a reader sees them (LOOK37 L-18: Dispora and PPAPP both 78,9% coverage, ranked 7th and 8th unmarked)."""
    doc = walk.object_docs().get(f"tren[].{key}")  # the unit the trend table gives it (report.facts.kind)
    unit = doc.unit if doc else FIELDS[key].unit
    shown = 100 * point if unit == "proporsi" else point
    return float(f"{shown:.{constants.DECIMALS.get(unit, 0)}f}")  # money: whole rupiah


def ranks(rows: Mapping[str, KeyFigures], key: str) -> dict[str, Rank]:
    """slug -> {peringkat, peringkat_terbaik, peringkat_terburuk, dari} for one key figure over the
    dinas that have it (1 = best; ties share the better rank); none when fewer than
    constants.MIN_DINAS_COMPARISON dinas have it (the others withheld: the report says so). A census figure
    (no interval) is marked ``sensus``: its range is only the dinas that print the same value."""
    sign = 1.0 if KEY_FIGURES[key] else -1.0
    # (signed value, signed low, signed high): higher is better after the sign
    have: dict[str, tuple[float, float, float]] = {}
    shown: dict[str, float] = {}  # each dinas's point as printed: who else prints the same (`sama_pembulatan`)
    census = False  # a figure without an interval: its range is the dinas tied with it as printed (`sensus`)
    for slug, row in rows.items():
        figure = key_figure(row, key)
        point = value(figure)
        if isinstance(figure, (int, float)) and point is not None:
            point = as_printed(key, point)
            figure, census = point, True
        if figure is not None and point is not None:
            low, high = sorted(sign * b for b in _bounds(figure))
            have[slug] = (sign * point, low, high)
            shown[slug] = printed_point(key, point)
    if len(have) < constants.MIN_DINAS_COMPARISON:
        return {}  # a place among fewer dinas with the figure is no comparison ("1 dari 1"; CHECK10 C10-13)
    out: dict[str, Rank] = {}
    for slug, (mine, low, high) in have.items():
        others = [v for s, v in have.items() if s != slug]
        better = sum(1 for v, _, _ in others if v > mine)
        surely_better = sum(1 for _, lo, _ in others if lo > high)
        surely_worse = sum(1 for _, _, hi in others if hi < low)
        out[slug] = {"peringkat": better + 1, "peringkat_terbaik": surely_better + 1,
                     "peringkat_terburuk": len(have) - surely_worse, "dari": len(have)}
        if census:  # LOOK32 D-8: "17 dari 21 (17–18)" read as a 95% range, a tie at the printed rounding
            out[slug]["sensus"] = True
        elif tied := sum(1 for s, p in shown.items() if s != slug and p == shown[slug]):
            # a figure with an interval keeps its place from the finer value; the tie a reader sees is said (the
            # census figure's is its range above; LOOK37 L-18)
            out[slug]["sama_pembulatan"] = tied
    return out


def comparison(figures: dict[str, KeyFigures], pooling: Pooling | None = None) -> dict[str, AgainstProvince]:
    """For every dinas in ``figures`` (slug -> key figures, the province included under its slug):
    {"jumlah_dinas", "indikator": [{kunci, provinsi, peringkat...}]}. The gain's record is ``pooling``'s (the
    comparison of dinas every output prints: gain_record) when there is one."""
    province = figures[PROVINCE_SLUG]
    dinas = {s: f for s, f in figures.items() if s != PROVINCE_SLUG}
    # too few dinas for a rank among them: withheld (dari = how many have the figure; the report says why)
    ranked = {key: ranks(dinas, key) if len(dinas) >= constants.MIN_DINAS_COMPARISON else {} for key in KEY_FIGURES}
    out: dict[str, AgainstProvince] = {}
    for slug in dinas:
        rows: list[IndicatorRank] = []
        for key in KEY_FIGURES:
            prov = key_figure(province, key)
            have = sum(1 for row in dinas.values() if value(key_figure(row, key)) is not None)
            rank: Rank = ranked[key].get(slug) or {"peringkat": None, "peringkat_terbaik": None,
                                                   "peringkat_terburuk": None, "dari": len(ranked[key]) or have}
            record = cast(IndicatorRank, {"kunci": key, "provinsi": prov if isinstance(prov, (int, float))
                                          or prov is None else _plain(prov), **rank})
            rows.append(gain_record(record, slug, pooling) if key == "gain" and pooling is not None else record)
        out[slug] = {"jumlah_dinas": len(dinas), "indikator": rows}
    return out


def gain_record(record: IndicatorRank, slug: str, pooling: Pooling) -> IndicatorRank:
    """The gain's comparison record as every report, the index and the workbook print it (LOOK26 X-11: hasil.json
    ranked the participants' mean here, Kominfotik 20th, beside the 14th (6–19) of `pooling.dinas_ini` that every
    output prints): the rank and its range of ``pooling`` (the mixed model's, or each dinas's participants' mean
    where it was not fitted), out of the dinas it compares; the province figure of the same measure (the model's
    province mean where fitted), the province participants' mean beside it under its own key. ``record``: the
    participants'-mean record trend.comparison makes for every figure."""
    every = pooling.get("per_dinas", [])
    mine = next((row for row in every if row["dinas"] == slug), None)
    place = mine["peringkat"] if mine else None
    mean = pooling.get("rata_provinsi")
    province = _plain(mean) if pooling_fitted(pooling) and mean is not None else record["provinsi"]
    # the gain's province figure is an estimate (a plain number only for budget realisation)
    return {"kunci": record["kunci"], "provinsi": province,
            "provinsi_rata_peserta": cast(PlainFigure | None, record["provinsi"]),
            "peringkat": place,
            "peringkat_terbaik": (mine["peringkat_bawah"] or place) if mine and place else None,
            "peringkat_terburuk": (mine["peringkat_atas"] or place) if mine and place else None,
            "dari": len(every)}


def frame(rows: list[TrendYear]) -> pd.DataFrame:
    """The trend as a table (year x key figure point values), for the notebooks."""
    return pd.DataFrame([{"tahun": r["tahun"], **{k: value(key_figure(r, k)) for k in KEY_FIGURES}} for r in rows])
