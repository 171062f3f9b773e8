"""The workbook's table of key figures against the province (hasil.json `perbandingan_provinsi.indikator[]`) as the
report prints them: each row from its figure's one record (report.facts), the record Tabel 1, Tabel 11 and the
key-figures sheet print. Where the report ranks the mixed model's estimate, the row holds that estimate's rank, rank
range and province mean, named as the adjusted gain (LOOK22 Y-3: the sheet gave Kesehatan 19 (5–21) and the
province's 9,41 under "Kenaikan nilai (poin)" beside Tabel 11's 21 dari 21 (19–21) and 9,21), as hasil.json's own
row now holds them too (analysis.trend.gain_record, LOOK26 X-11), the province participants' mean beside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.budget import pooling_fitted
from evalasn.report import facts

RANK_KEYS = ("peringkat", "peringkat_terbaik", "peringkat_terburuk")
# an estimate's p beside the province mean (the mixed model's `pooling.rata_provinsi`): the comparison's rows carry
# none (analysis.trend._plain)
UNSHOWN = frozenset({"p"})


def as_reported(hasil: dict, key_facts: Sequence[facts.Fact] | None) -> dict:
    """``hasil`` with its comparison rows as the report prints them, from ``key_facts``; without them, hasil.json's
    own rows, the gain's named by the measure it holds (the mixed model's where it was fitted: analysis.trend.
    gain_record; facts.name_label); ``hasil`` itself without the comparison (the province's)."""
    against = hasil.get("perbandingan_provinsi")
    if not against:
        return hasil
    if key_facts is None:
        measure = facts.ADJUSTED_GAIN if pooling_fitted(hasil.get("pooling")) else "gain"
        rows = [{**record, "kunci": measure} if record.get("kunci") == "gain" else record
                for record in against["indikator"]]
        return {**hasil, "perbandingan_provinsi": {**against, "indikator": rows}}
    by_key = {fact.key: fact for fact in key_facts}
    rows = [row(record, by_key[record["kunci"]]) if record.get("kunci") in by_key else record
            for record in against["indikator"]]
    return {**hasil, "perbandingan_provinsi": {**against, "indikator": rows}}


def row(record: dict, fact: facts.Fact) -> dict:
    """The comparison row of ``fact``: the measure it holds (report.facts.Fact.measure), the province figure beside it
    and its rank as the report prints them; unranked, the row's own count of dinas with the figure."""
    province = fact.province
    if isinstance(province, dict):
        province = {key: value for key, value in province.items() if key not in UNSHOWN}
    rank = fact.rank or {}
    return {**record, "kunci": fact.measure, "provinsi": province, **{key: rank.get(key) for key in RANK_KEYS},
            "dari": rank.get("dari") or record.get("dari")}


def changes_as_reported(hasil: dict, key_facts: Sequence[facts.Fact] | None, opened: dt.date | None = None) -> dict:
    """``hasil`` with the evaluated year's changes of the year's totals (coverage, 20 JP, budget realisation) as the
    report judges them (report.facts.year_change: in a year not over on the report's date a fall is not judged yet,
    LOOK29 A-2), and the share of PPPK above the cap's, which is no Tabel 1 fact, from the report's date ``opened``,
    so that the Tren sheet gives the trend table's verdict; ``hasil`` itself otherwise."""
    judged = {fact.key: fact.change for fact in key_facts or () if fact.key in facts.YEAR_TOTALS and fact.change}
    pppk = facts.year_change(cast(Hasil, hasil), facts.PPPK_OVER_CAP, opened=opened) if opened is not None else None
    if pppk:
        judged[facts.PPPK_OVER_CAP] = pppk
    if not judged:
        return hasil
    rows = [{**row, "selisih_tahun_lalu": {**row["selisih_tahun_lalu"], **judged}}
            if row["tahun"] == hasil["tahun"] and row.get("selisih_tahun_lalu") else row
            for row in hasil.get("tren") or []]
    return {**hasil, "tren": rows}
