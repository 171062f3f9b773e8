"""A budget ceiling of Rp 0 is a missing figure, read one way everywhere (CHECK14 E14-6, set G: Gulkarmat's rows
"pagu 0 / realisasi 0" were "6 dari 6" dinas with budget data in the province's table and "tanpa data anggaran:
Gulkarmat" in the sentence under it; its own summary read "(–; target 95%, tidak ada target)" and its Tabel 1 "tidak ada
data 2024" beside a 2024 row); `periksa` warns of it."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.analysis import budget
from evalasn.analysis.contract import Hasil
from evalasn.ingest.clean import parse_all
from evalasn.ingest.readers import FILE, ROW, SHEET, RawTable
from evalasn.ingest.validate import Parsed, check_zero_ceiling
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import front, sections
from evalasn.report.chapters import results as results_chapter
from evalasn.report.words import coverage
from evalasn.report.words.text import t

ANGGARAN = pd.DataFrame({"dinas": ["kesehatan", "gulkarmat", "kesehatan", "gulkarmat", "kpkp"],
                         "tahun": [2024, 2024, 2025, 2025, 2025],
                         "pagu_rp": [100.0, 0.0, 120.0, 0.0, 50.0], "realisasi_rp": [80.0, 0.0, 60.0, 5.0, 40.0]})


def test_a_zero_ceiling_is_not_budget_data_and_is_named_apart():
    rows = budget.realisation(ANGGARAN)
    assert [(r["tahun"], r["pagu_rp"], r["realisasi_rp"], r["dinas_anggaran"], r["dinas_pagu_nol"]) for r in rows] == [
        (2024, 100.0, 80.0, ["kesehatan"], ["gulkarmat"]),
        (2025, 170.0, 100.0, ["kesehatan", "kpkp"], ["gulkarmat"])]  # Gulkarmat's Rp 5 not summed against no ceiling
    alone = budget.realisation(ANGGARAN[ANGGARAN["dinas"] == "gulkarmat"])  # its own scope: what it holds, no share
    assert [(r["pagu_rp"], r["realisasi_rp"], r["persen_realisasi"], r["dinas_anggaran"]) for r in alone] == [
        (0.0, 0.0, None, []), (0.0, 5.0, None, [])]


def test_periksa_warns_of_a_zero_ceiling_naming_file_row_column_value():
    frame = ANGGARAN.assign(**{FILE: "anggaran.csv", SHEET: None, ROW: range(2, 7)})
    parsed = Parsed("anggaran", frame, "anggaran.csv")
    check_zero_ceiling(parsed)
    assert not parsed.violations
    assert [(w.kind, w.source, w.row, w.column, w.value) for w in parsed.warnings] == [
        ("peringatan", "anggaran.csv", 3, "pagu_rp", "0"), ("peringatan", "anggaran.csv", 5, "pagu_rp", "0")]
    assert "pagu Rp 0" in parsed.warnings[0].expected and "gulkarmat" in str(parsed.warnings[0].detail)


def _raw_anggaran(source: str, rows: list[tuple[str, str, str]], decimal_comma: bool) -> RawTable:
    frame = pd.DataFrame([(dinas, tahun, pagu, "0") for dinas, tahun, pagu in rows],
                         columns=["dinas", "tahun", "pagu_rp", "realisasi_rp"], dtype=object)
    frame[ROW] = range(2, len(frame) + 2)
    return RawTable("anggaran", frame, source, Path(source), decimal_comma=decimal_comma)


def test_periksa_quotes_a_zero_ceiling_as_the_file_writes_it():
    """budget14: the warning said '0' of a cell written '0,00', where every other message quotes the cell as written
    ('12.500.000,00'); two files combined keep each row's own text, also after a row both hold is kept once."""
    first = _raw_anggaran("anggaran.csv", [("gulkarmat", "2024", "0,00"), ("kesehatan", "2025", "1.000.000,00")],
                          decimal_comma=True)
    second = _raw_anggaran("anggaran 2025.xlsx", [("kesehatan", "2025", "1000000"), ("kpkp", "2025", "0")],
                           decimal_comma=False)  # its first row is the first file's second: dropped as a repeat
    parsed, _ = parse_all({"anggaran": [first, second]}, raise_errors=False)
    assert len(parsed["anggaran"].frame) == 3
    warned = [(w.source, w.row, w.value, w.detail) for w in parsed["anggaran"].warnings if w.column == "pagu_rp"]
    assert warned == [("anggaran.csv", 2, "0,00", "dinas gulkarmat, tahun 2024"),
                      ("anggaran 2025.xlsx", 3, "0", "dinas kpkp, tahun 2025")]


def _province(lang: str) -> Any:
    return {"cakupan": {"jenis": "provinsi"}, "tahun": 2025, "data": {},
            "pelaksanaan": {"realisasi_anggaran": budget.realisation(ANGGARAN)},
            "perbandingan_dinas": [{"dinas": "kesehatan", "persen_realisasi": 50.0, "anggaran_kegiatan_rp": 1e8},
                                   {"dinas": "gulkarmat", "persen_realisasi": None, "anggaran_kegiatan_rp": 1e8},
                                   {"dinas": "kpkp", "persen_realisasi": 80.0, "anggaran_kegiatan_rp": 1e8}]}


@pytest.mark.parametrize("lang, basis, cells, note", [
    ("id", ", atas 2 dinas; pagu Rp 0, kemungkinan tidak terisi: Gulkarmat",
     ["1 dari 3", "2 dari 3"],
     "tanpa data anggaran: 2024: KPKP; pagu Rp 0, kemungkinan tidak terisi: Gulkarmat "
     "(2024, 2025)."),
    ("en", ", over 2 agencies; a ceiling of Rp 0, probably not filled in: Fire and Rescue",
     ["1 of 3", "2 of 3"],
     "no budget data: 2024: Food Security and Marine Affairs; a ceiling of Rp 0, probably not filled in: Fire and "
     "Rescue "
     "(2024, 2025)."),
], ids=["id", "en"])
def test_the_province_counts_and_names_a_zero_ceiling_one_way(lang, basis, cells, note):
    """Old: '2 dari 3' in 2024 (Gulkarmat's zero row counted) beside 'tanpa data anggaran: Gulkarmat'."""
    hasil = _province(lang)
    assert coverage.budget_basis(hasil, lang) == basis
    found = coverage.budget_years(hasil, lang)
    assert found is not None and found[0] == cells and note in found[1], found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_key_figure_on_a_zero_ceiling_says_so_this_year_and_last(lang):
    """Old: 'tidak ada data 2024' beside a 2024 row, 'tidak ada data anggaran untuk tahun itu' for 2025."""
    hasil: Any = {"tahun": 2025, "pelaksanaan": {"realisasi_anggaran": budget.realisation(
        ANGGARAN[ANGGARAN["dinas"] == "gulkarmat"])}}
    value, before = (facts.zero_ceiling(hasil, year, None) for year in (2025, 2024))
    fact = facts.Fact("persen_realisasi", 2025, value, last_year=before)
    said = t("why_zero_ceiling", lang)
    assert fact.reason(lang) == said and fact.last_year_cell(lang) == said and not fact.has_value
    assert facts.zero_ceiling(hasil, 2023, None) is None  # no row that year: no budget data, as before
    assert facts.why_missing("persen_realisasi", None, lang) == t("why_no_budget", lang)
    assert facts.zero_ceiling(hasil, 2025, 12.5) == 12.5


@pytest.mark.parametrize("lang, said, old", [
    ("id", "pagu tercatat Rp 0 (realisasi Rp 0), kemungkinan tidak terisi, jadi realisasi anggaran tidak dapat "
           "dihitung", "tidak ada target"),
    ("en", "the ceiling is recorded as Rp 0 (spent Rp 0), probably not filled in, so budget realisation cannot be "
           "computed", "no target"),
], ids=["id", "en"])
def test_a_dinas_summary_and_chapter_on_a_zero_ceiling(pipeline_root, lang, said, old):
    province = sections.load_context("provinsi", lang, project(pipeline_root))
    assert said[:20] not in front.cost_lead(province)  # a ceiling above Rp 0: the realisation, as before
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    assert said[:20] not in front.cost_lead(ctx)
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    for row in hasil["pelaksanaan"]["realisasi_anggaran"]:
        row.update(pagu_rp=0.0, realisasi_rp=0.0, persen_realisasi=None, dinas_anggaran=[],
                   dinas_pagu_nol=["kesehatan"])
    zero = dataclasses.replace(ctx, hasil=cast(Hasil, hasil))
    lead = front.cost_lead(zero)
    assert said in lead and old not in lead and "(–;" not in lead, lead
    chapter = results_chapter.challenges(zero)
    assert t("c_realisation_zero", lang, tahun=hasil["tahun"], realisasi="Rp 0") in chapter, chapter


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_link_note_gives_a_zero_ceiling_as_the_reason(lang):
    """Old: 'REALISASI = baris REALISASI rencana 5 dinas (semua kecuali Gulkarmat: tidak ada data untuk
    indikatornya)'."""
    from types import SimpleNamespace

    from evalasn.report.chapters import province_rows

    hasil: Any = {"tahun": 2025, "cakupan": {"jenis": "dinas", "slug": "gulkarmat"}, "tren": [],
                  "pelaksanaan": {"realisasi_anggaran": budget.realisation(ANGGARAN[ANGGARAN["dinas"] == "gulkarmat"])}}
    ctx: Any = SimpleNamespace(hasil=hasil, lang=lang, label=lambda key: key)
    assert province_rows.unpopulated(ctx, "rec_realisation", "") == t("why_zero_ceiling", lang)
    hasil["pelaksanaan"]["realisasi_anggaran"] = []  # no budget rows at all: no data, as before
    assert province_rows.unpopulated(ctx, "rec_realisation", "") == t("pl_absent_no_data", lang)
