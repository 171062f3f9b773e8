"""LOOK31 C-1: Kesehatan's summary said the share of PPPK above the 24-JP cap rose from 33,8% to 58,1%, "memburuk
(selisih +24,3 poin persen; …)", the one key figure that got worse, but no table carried it: the trend table (BAB VII,
7.1) had no PPPK row, the finding printed 2024 bare, and the opening "Sekilas" line listed only what improved. Every
`tren[]` row now carries the year's share (`pppk_di_atas_batas`, this year's definition), the trend table prints it
with its change, the finding points there, and the opening line names what got worse too."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, cast

import lxml.html
import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis import compliance, key_figures, trend
from evalasn.analysis.contract import KeyFigures
from evalasn.analysis.contract.provenance import DataProvenance
from evalasn.analysis.data import Data
from evalasn.analysis.stats import proportion_ci
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, glance
from evalasn.report.context import Context
from evalasn.report.words.text import label

CAP = constants.PPPK_JP_MAXIMUM_PER_YEAR


def _data(over: dict[int, int], pppk: int) -> Data:
    """``pppk`` PPPK and 12 PNS of one dinas; in each year the first ``over[year]`` PPPK take two 16-JP courses (32
    JP, above the cap), the others and the PNS one (16 JP)."""
    status = ["PPPK"] * pppk + ["PNS"] * 12
    pegawai = pd.DataFrame({"pegawai_id": [f"P{i}" for i in range(len(status))], "dinas": "kesehatan",
                            "unit_kerja": "Unit A", "golongan": "III/a", "jenis_jabatan": "pelaksana",
                            "status": status})
    rows = []
    for year, above in over.items():
        for person in range(len(status)):
            for course in range(2 if person < above else 1):
                rows.append({"pegawai_id": f"P{person}", "tahun_kegiatan": year, "jp": 16.0, "nilai_pre": 60.0,
                             "nilai_post": 65.0 + person % 3, "gain": 5.0 + person % 3,
                             "kegiatan_id": f"K{year}-{course}", "biaya_per_peserta_rp": 1e6, "metode": "pelatihan",
                             "dinas": "kesehatan"})
    skm = pd.DataFrame({**{element: pd.Series(dtype=float) for element in constants.IKM_ELEMENTS},
                        **{column: pd.Series(dtype=object) for column in ("periode", "dinas", "unit_kerja")}})
    anggaran = pd.DataFrame({"dinas": "kesehatan", "tahun": list(over), "pagu_rp": 1e9, "realisasi_rp": 9e8})
    empty = pd.DataFrame()
    return Data(pegawai=pegawai, kegiatan=empty, peserta=empty, skm=skm, anggaran=anggaran, kinerja_unit=empty,
                provenance=cast(DataProvenance, {}), partisipasi=pd.DataFrame(rows))


@pytest.mark.parametrize(("pppk", "over", "counted"), [
    pytest.param(14, {2024: 4, 2025: 9}, True, id="fourteen-pppk-4-then-9-above"),
    pytest.param(constants.MIN_N - 4, {2024: 1, 2025: 3}, False, id="too-few-pppk-withheld-with-n"),
    pytest.param(0, {2024: 0, 2025: 0}, False, id="no-pppk-n-zero"),
])
def test_every_trend_year_carries_the_share_of_pppk_above_the_cap(pppk, over, counted):
    data = _data(over, pppk)
    evaluated = {**key_figures.for_year(key_figures.year_data(data, 2025)), "ikm": None}
    rows = trend.trend(data, [2024, 2025], 2025, cast(KeyFigures, evaluated))
    for row in rows:
        share: Any = row["pppk_di_atas_batas"]
        assert share["n"] == pppk and share["cukup_data"] is counted
        if counted:
            assert share == proportion_ci(over[row["tahun"]], pppk) and share["jumlah"] == over[row["tahun"]]
        else:
            assert share["estimasi"] is None and share["ci_bawah"] is None
    # the evaluated year's is the year's own record (`pelaksanaan.jp_20.pppk.di_atas_batas`), one figure
    per_asn = key_figures.year_data(data, 2025).per_asn
    assert rows[-1]["pppk_di_atas_batas"] == compliance.compliance(per_asn)["pppk"]["di_atas_batas"]


def _share(k: int, n: int, low: float, high: float) -> dict:
    return {"estimasi": k / n, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "n": n, "jumlah": k}


# Kesehatan's sample: 25 of 74 PPPK in 2024, 43 of 74 in 2025, +24,3 points (8,5 to 40,1), worse
LEVELS = {2024: _share(25, 74, 0.240, 0.451), 2025: _share(43, 74, 0.467, 0.687)}
WORSE = {"estimasi": 43 / 74 - 25 / 74, "ci_bawah": 0.085, "ci_atas": 0.401, "cukup_data": True, "membaik": False,
         "berpasangan": True, "n_pasangan": 74}
ROW = {"id": "PPPK di atas batas 24 JP (%)", "en": "PPPK above the 24-JP cap (%)"}


def _with_pppk(ctx: Context, levels: dict[int, Any], change: dict | None) -> Context:
    """``ctx`` with each trend year's PPPK share (a year not in ``levels``: no PPPK, n 0) and the evaluated year's
    change."""
    hasil: Any = copy.deepcopy(ctx.hasil)
    for row in hasil["tren"]:
        row["pppk_di_atas_batas"] = levels.get(row["tahun"], {**proportion_ci(0, 0)})
    now = hasil["tren"][-1]
    now["selisih_tahun_lalu"] = {**(now.get("selisih_tahun_lalu") or {}), "pppk_di_atas_batas": change}
    return Context(hasil, ctx.lang, ctx.activities, config=ctx.config)


def _rows(fragment: str) -> tuple[list[str], dict[str, list[str]]]:
    page = lxml.html.fromstring(fragment)
    plain = lambda text: text.replace("\u00a0", " ").replace("\u2060", "")  # noqa: E731
    header = [plain(th.text_content()) for th in page.xpath("//thead//th")]
    return header, {plain(tr[0].text_content()): [plain(td.text_content()) for td in tr.xpath("./td")]
                    for tr in page.xpath("//tbody/tr")}


CELLS = {"id": ["33,8 (24,0–45,1)", "58,1 (46,7–68,7)", "+24,3 poin persen (8,5–40,1): memburuk"],
         "en": ["33.8 (24.0–45.1)", "58.1 (46.7–68.7)", "+24.3 percentage points (8.5–40.1): worse"]}


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_trend_table_has_a_row_on_pppk_above_the_cap_with_its_change(contexts, slug, lang):
    """Each year's share with its interval (as the other shares: percent, the unit in the label), its change from
    last year with the record's verdict, lower being better; a year without PPPK says so."""
    ctx = contexts[(slug, lang)]
    tahun = ctx.hasil["tahun"]
    levels = {tahun - 1: LEVELS[2024], tahun: LEVELS[2025]}
    header, rows = _rows(comparison.trend_table(_with_pppk(ctx, levels, WORSE)))
    cells = rows[ROW[lang]]
    assert len(cells) == len(header)
    dashed = [cell.replace(f" {label('ik_to', lang)} ", "–") for cell in cells[-3:]]
    assert dashed == CELLS[lang]
    earlier = [year["tahun"] for year in ctx.hasil["tren"] if year["tahun"] < tahun - 1]
    assert all(cell.startswith({"id": "tidak ada data", "en": "no data"}[lang]) or cell.startswith(
        {"id": "belum", "en": "not"}[lang]) for cell in cells[1:1 + len(earlier)]), cells


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
def test_no_pppk_row_where_the_scope_has_no_pppk(contexts, slug):
    ctx = contexts[(slug, "id")]
    header, rows = _rows(comparison.trend_table(_with_pppk(ctx, {}, None)))
    assert ROW["id"] not in rows and all(len(cells) == len(header) for cells in rows.values())


GLANCE = {
    "id": "Sekilas, dari tabel angka kunci: membaik dari 2024: 20 JP; memburuk dari 2024: biaya per poin dan PPPK di "
          "atas batas 24 JP (selisihnya di BAB VII, 7.1).",
    "en": "At a glance, from the key-figure table: better than in 2024: 20 JP; worse than in 2024: cost per point and "
          "PPPK above the 24-JP cap (the changes in Chapter VII, 7.1)."}
GLANCE_NONE = {
    "id": "Sekilas, dari tabel angka kunci: tidak ada angka yang mencapai targetnya atau jelas membaik dari 2024. "
          "Memburuk dari 2024: PPPK di atas batas 24 JP (selisihnya di BAB VII, 7.1).",
    "en": "At a glance, from the key-figure table: no figure meets its target or is clearly better than in 2024. "
          "Worse than in 2024: PPPK above the 24-JP cap (the changes in Chapter VII, 7.1)."}


def _fact(key: str, better: bool | None) -> facts.Fact:
    value = {"estimasi": 0.5, "ci_bawah": 0.4, "ci_atas": 0.6, "n": 80, "cukup_data": True}
    return facts.Fact(key, 2025, value, change={**value, "estimasi": 0.1, "membaik": better})


@pytest.mark.parametrize(("records", "said"), [
    pytest.param((_fact("jp_20", True), _fact("biaya_per_poin", False)), GLANCE, id="better-and-worse"),
    pytest.param((_fact("cakupan_asn", None),), GLANCE_NONE, id="nothing-better-pppk-worse"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_opening_line_names_what_got_worse_too(contexts, monkeypatch, records, said, lang):
    """'membaik dari 2024: cakupan, 20 JP, …' above the PPPK finding's 'memburuk' read as the whole table."""
    ctx = contexts[("kesehatan", lang)]
    ctx = _with_pppk(dataclasses.replace(ctx, hasil={**ctx.hasil, "tahun": 2025}), LEVELS, WORSE)
    monkeypatch.setattr(glance.fact_targets, "of", lambda _ctx: records)
    assert glance.line(ctx) == said[lang]
    # a PPPK change without a verdict, or no PPPK row: not named
    unsure = _with_pppk(ctx, LEVELS, {**WORSE, "ci_bawah": -0.01, "membaik": None})
    assert "PPPK" not in glance.line(unsure)
