"""One cost basis per table or a note where it differs (issue 22.6; closing note 6: Tabel 6's basis of agencies was
said for the evaluated year only): each year of the budget table names the dinas its ceiling and spending are summed
over (`dinas_anggaran`), and the province's table says, year by year, which dinas sent no budget rows."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, cast

import pandas as pd
import pytest

from evalasn.analysis import budget
from evalasn.analysis.contract import Hasil
from evalasn.paths import project
from evalasn.report.chapters import sections


def test_each_budget_year_names_the_dinas_it_sums():
    anggaran = pd.DataFrame({"dinas": ["kesehatan", "sosial", "kesehatan"], "tahun": [2024, 2024, 2025],
                             "pagu_rp": [100.0, 50.0, 120.0], "realisasi_rp": [80.0, 50.0, 60.0]})
    rows = budget.realisation(anggaran)
    assert [(r["tahun"], r["pagu_rp"], r["dinas_anggaran"]) for r in rows] == [
        (2024, 150.0, ["kesehatan", "sosial"]), (2025, 120.0, ["kesehatan"])]


@pytest.mark.parametrize("lang, cell, note", [
    ("id", "{k} dari {n}", "tanpa data anggaran: 2023: Kebudayaan, Sosial; 2025: Kebudayaan"),
    ("en", "{k} of {n}", "no budget data: 2023: Culture, Social Affairs; 2025: Culture"),
], ids=["id", "en"])
def test_the_province_budget_table_says_which_dinas_each_year_sums(pipeline_root, lang, cell, note):
    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    everyone = [row["dinas"] for row in hasil["perbandingan_dinas"]]
    assert {"kebudayaan", "sosial"} <= set(everyone), everyone
    count = len(everyone)
    years = hasil["pelaksanaan"]["realisasi_anggaran"]
    assert [row["dinas_anggaran"] for row in years] == [sorted(everyone)] * len(years)
    # as it was: every year summed over every dinas, nothing to say
    assert cell.format(k=count, n=count) not in sections.implementation(ctx)
    for row in years:
        gone = {"kebudayaan", "sosial"} if row["tahun"] == years[0]["tahun"] else \
            {"kebudayaan"} if row["tahun"] == hasil["tahun"] else set()
        row["dinas_anggaran"] = [slug for slug in row["dinas_anggaran"] if slug not in gone]
    years[0]["tahun"] = 2023
    html = sections.implementation(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)))
    budget_part = html[html.index(ctx.t("i_budget_h")):]
    for k in (count - 2, count, count - 1):  # 2023 without two, 2024 every dinas, 2025 without one
        assert f">{cell.format(k=k, n=count)}<" in budget_part
    assert note in budget_part


@pytest.mark.parametrize("lang, said", [
    ("id", "Setiap tahun dijumlah atas {k} dinas yang mengirim data anggaran; tanpa data anggaran: Kebudayaan. Biaya "
           "kegiatan per metode di atas mencakup kegiatan {n} dinas."),
    ("en", "Every year is summed over the {k} agencies that sent budget data; no budget data: Culture. The cost of "
           "activities by method above covers the activities of {n} agencies."),
], ids=["id", "en"])
def test_one_basis_for_every_year_is_said_once_without_a_column(pipeline_root, lang, said):
    """Held-out set 1 (no budget rows from Kebudayaan in any year): every year over the same six dinas, while the
    activities' costs above count all seven; no claim that the years differ."""
    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    count = len(hasil["perbandingan_dinas"])
    for row in hasil["pelaksanaan"]["realisasi_anggaran"]:
        row["dinas_anggaran"] = [slug for slug in row["dinas_anggaran"] if slug != "kebudayaan"]
    html = sections.implementation(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)))
    budget_part = html[html.index(ctx.t("i_budget_h")):]
    assert said.format(k=count - 1, n=count) in budget_part
    assert ctx.label("dinas_anggaran") not in budget_part.split("<tbody>")[0].split("<thead>")[-1]


@pytest.mark.parametrize("lang, said", [
    ("id", "Biaya kegiatan ini mencakup 3 dinas, termasuk Kebudayaan (biaya kegiatan Rp 50,0 juta) yang tidak "
           "mengirim data anggaran"),
    ("en", "This activity cost covers 3 agencies, including Culture (activity cost Rp 50.0 million), which sent no "
           "budget data"),
], ids=["id", "en"])
def test_the_activity_total_says_it_counts_a_dinas_without_budget_rows(pipeline_root, lang, said, monkeypatch):
    """Held-out set 1 (reader review 5b, item 15): 'Rp 13,0 miliar terealisasi ... atas 6 dinas' and two paragraphs
    later 'Rp 9,2 miliar dari Rp 13,3 miliar' of activities, with no sentence between them."""
    from evalasn.report.chapters import key_findings, method_choice

    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    # the finding exists when a shift is advised (LOOK17 S-2); the sample's cheaper method learns less, so the gate is
    # held open here: this test is about the sentence on the dinas the activity total counts
    pair = method_choice.method_pair(ctx.hasil)
    assert pair is not None, "the sample has a clearly cheaper method"
    monkeypatch.setattr(method_choice, "method_shift", lambda hasil: pair)
    found = key_findings.where_money_goes(ctx.hasil, [], lang)
    assert found is not None
    assert said not in found.text
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    hasil["perbandingan_dinas"] = [{"dinas": "kesehatan", "persen_realisasi": 88.6, "anggaran_kegiatan_rp": 9e8},
                                   {"dinas": "sosial", "persen_realisasi": 80.0, "anggaran_kegiatan_rp": 4e8},
                                   {"dinas": "kebudayaan", "persen_realisasi": None, "anggaran_kegiatan_rp": 5e7},
                                   # set A's Nakertransgi (REVIEW7 R7-8): no budget and no activities that year
                                   {"dinas": "nakertransgi", "persen_realisasi": None, "anggaran_kegiatan_rp": 0.0}]
    found = key_findings.where_money_goes(cast(Hasil, hasil), [], lang)
    assert found is not None and said in found.text, found
    assert "Nakertransgi" not in found.text and "Manpower" not in found.text
    hasil["perbandingan_dinas"] = hasil["perbandingan_dinas"][:2] + hasil["perbandingan_dinas"][3:]
    found = key_findings.where_money_goes(cast(Hasil, hasil), [], lang)  # only a dinas with neither: nothing said
    assert found is not None and said.split(",")[0][:20] not in found.text, found


@pytest.mark.parametrize(("cost", "n"), [
    pytest.param(0.0, 2, id="set-A-nakertransgi-without-activities-not-counted"),
    pytest.param(5e7, 3, id="a-dinas-with-activities-and-no-budget-counted"),
])
def test_the_budget_note_counts_the_dinas_whose_activities_it_sums(cost, n):
    """REVIEW7 R7-8: 'Biaya kegiatan per metode di atas mencakup kegiatan semua 7 dinas' while Nakertransgi had no
    activities that year: the note counts the dinas with activity cost."""
    from evalasn.report.words import coverage

    hasil: Any = {"cakupan": {"jenis": "provinsi"}, "data": {},
                  "pelaksanaan": {"realisasi_anggaran": [{"tahun": 2025, "dinas_anggaran": ["citata", "kominfotik"]}]},
                  "perbandingan_dinas": [{"dinas": "citata", "anggaran_kegiatan_rp": 3.5e8},
                                         {"dinas": "kominfotik", "anggaran_kegiatan_rp": 9.96e8},
                                         {"dinas": "nakertransgi", "anggaran_kegiatan_rp": cost}]}
    found = coverage.budget_years(hasil, "id")
    assert found is not None and found[1].endswith(f"mencakup kegiatan {n} dinas."), found


@pytest.mark.parametrize("lang, said", [
    ("id", "Realisasi dihitung atas 1 dinas; tanpa data anggaran: "),
    ("en", "Realisation is computed over 1 agency; no budget data: "),
], ids=["id", "en"])
def test_a_missed_realisation_target_says_over_which_dinas(pipeline_root, lang, said):
    """REVIEW7 R7-12 (set B): "Target terlewat: realisasi 8,2% terhadap target ≥ 95%" with no word that 8,2% was
    KPKP's Rp 50 juta alone while three dinas sent no budget data."""
    from evalasn.report.chapters import key_findings

    ctx = sections.load_context("provinsi", lang, project(pipeline_root))
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    for row in hasil["pelaksanaan"]["realisasi_anggaran"]:
        if row["tahun"] == hasil["tahun"]:
            row["persen_realisasi"], row["realisasi_rp"] = 8.2, 0.082 * row["pagu_rp"]
    rows = hasil["perbandingan_dinas"]
    for row in rows[1:]:
        row["persen_realisasi"] = None
    found = [f for f in key_findings.missed_targets(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)), [])
             if f.topic == "persen_realisasi"]
    assert found and said in found[0].text, [f.text for f in found]


def _one_budget(ctx) -> Any:
    """The province's results as set B had them: 8,2% realised, every dinas but the first without budget rows."""
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    for row in hasil["pelaksanaan"]["realisasi_anggaran"]:
        if row["tahun"] == hasil["tahun"]:
            row["persen_realisasi"], row["realisasi_rp"] = 8.2, 0.082 * row["pagu_rp"]
    for row in hasil["perbandingan_dinas"][1:]:
        row["persen_realisasi"] = None
    return dataclasses.replace(ctx, hasil=cast(Hasil, hasil))


@pytest.mark.parametrize("lang, cell, said", [
    ("id", "8,2 (sensus anggaran atas 1 dari {n} dinas, tanpa rentang)", "Realisasi dihitung atas 1 dinas; "),
    ("en", "8.2 (whole budget of 1 of {n} agencies, no interval)", "Realisation is computed over 1 agency; "),
], ids=["id", "en"])
def test_the_province_realisation_says_over_which_dinas_in_tabel_1_and_bab_ix(pipeline_root, lang, cell, said):
    """REVIEW7 R7-12 second half: the province's 8,2% stood in Tabel 1 as a whole-budget figure and in BAB IX's
    recommendation ('realisasi 8,2% dari pagu') without saying it was one dinas's budget."""
    from evalasn.report import facts
    from evalasn.report.chapters import rules

    ctx = _one_budget(sections.load_context("provinsi", lang, project(pipeline_root)))
    total = len(ctx.hasil["perbandingan_dinas"])
    fact = facts.by_key(ctx)["persen_realisasi"]
    assert fact.cell(lang, with_n=True) == cell.format(n=total)
    rec = next(r for r in rules.recommendations(ctx.hasil, lang, ctx.targets)
               if r.rule in ("rec_realisation", "rec_budget_absorb_first"))
    assert said in rec.text and said not in rec.brief  # the summary's finding says it beside its figure


@pytest.mark.parametrize("lang, cell", [("id", "8,2 (atas 1 dari 4 dinas)"), ("en", "8.2 (over 1 of 4 agencies)")],
                         ids=["id", "en"])
def test_a_dinas_report_says_over_how_many_dinas_the_province_realisation_is(pipeline_root, lang, cell):
    """R7-12 (set B): Kebudayaan's Tabel 1 printed 'Provinsi 8,2' beside its own 'belum dapat dihitung', with no
    word that the province figure was one other dinas's; with every dinas in, the cell is the figure alone."""
    from evalasn.report import facts

    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    plain = facts.by_key(ctx)["persen_realisasi"].province_cell(lang)
    assert "(" not in plain  # the sample: every dinas has budget rows
    hasil = cast(dict[str, Any], copy.deepcopy(ctx.hasil))
    against = hasil["perbandingan_provinsi"]
    against["jumlah_dinas"] = 4
    row = next(r for r in against["indikator"] if r["kunci"] == "persen_realisasi")
    row.update(provinsi=8.2, dari=1, peringkat=None)
    fact = facts.by_key(dataclasses.replace(ctx, hasil=cast(Hasil, hasil)))["persen_realisasi"]
    assert fact.province_cell(lang) == cell
