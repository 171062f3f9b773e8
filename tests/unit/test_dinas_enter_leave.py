"""A dinas that enters or leaves the data between two years (CHECK14 E14-1, E14-2): a dinas leaving keeps its
published plan (run.outputs.prune) and the province says it had data last year and its plan cannot be judged; a dinas
new in the data had no plan last year, so none is made up from 0 participations and judged."""

from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest

from evalasn import schema
from evalasn.paths import project
from evalasn.registry import AGENCIES
from evalasn.report import published_plan
from evalasn.report.chapters import followup_attention, followup_review, followup_rows, plan, rules, sections
from evalasn.report.chapters.followup_attention import AgencyFollowUp
from evalasn.report.context import Context
from evalasn.report.published_plan import PublishedPlan
from evalasn.report.words import coverage
from evalasn.report.words.text import label, t
from evalasn.run.outputs import prune

OLD = {"sintetis": False, "file": {"kegiatan.csv": "1"}}
NEW = {"sintetis": False, "file": {"kegiatan.csv": "2"}}


def _write(path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def _row(slug: str, code: str) -> Any:
    return {"id": f"{slug}-2024-{code}", "kode": code, "kunci_temuan": code, "aturan": "rec_jp", "ukuran": "x",
            "satuan": "persen", "nilai_kini": 40.0, "target": 100.0, "target_dinas": [], "dinas_dituju": [],
            "arah": "naik_baik", "penanggung_jawab": "bkd", "triwulan": 2}


def _leaving_dinas(tmp_path, with_plan: bool = True):
    """Pertamanan published a 2024 report; the new export (2025) no longer holds it."""
    paths = project(tmp_path)
    _write(paths.provenance, {**NEW, "dinas": ["kesehatan"]})
    rows = [_row("pertamanan", "JP20"), _row("pertamanan", "DATA")]
    published = {"tahun": 2024, "cakupan": {"slug": "pertamanan", "jenis": "dinas"}, "provenans": {"data": OLD},
                 **({"rencana_tindak_lanjut": rows} if with_plan else {})}
    _write(paths.report_hasil("pertamanan", 2024), published)
    _write(paths.hasil("pertamanan", 2024), published)
    for name in ("laporan-pertamanan-2024.pdf", "laporan-pertamanan-2024.html", "laporan-pertamanan-2024.xlsx"):
        (paths.report_dir("pertamanan") / name).write_text("lama", encoding="utf-8")
    return paths, rows


def test_a_dinas_leaving_the_data_keeps_its_published_plan_and_loses_its_outputs(tmp_path):
    """CHECK14 E14-1: prune removed reports/pertamanan/ whole, its published 2024 plan with it (docs/siklus-tahunan.md
    step 5: adding next year's export never deletes a signed plan)."""
    paths, rows = _leaving_dinas(tmp_path)
    removed = prune(paths)
    folder = paths.report_dir("pertamanan")
    assert [path.name for path in folder.iterdir()] == ["rencana-terbit-2024.json"]
    kept = PublishedPlan(2024, tuple(rows), "rencana-terbit-2024.json")
    assert published_plan.read(paths, "pertamanan", 2024) == kept
    assert json.loads(paths.kept_plan("pertamanan", 2024).read_text(encoding="utf-8"))["data"] == OLD
    assert paths.report_hasil("pertamanan", 2024) in removed and folder / "laporan-pertamanan-2024.pdf" in removed
    # no results left: nothing of the old data can be listed or read as current
    assert paths.hasil_years("pertamanan") == [] and paths.report_hasil_years("pertamanan") == []
    assert prune(paths) == []  # the kept plan is no output of old data: a second run leaves it


def test_a_dinas_leaving_the_data_without_a_published_plan_is_removed_whole(tmp_path):
    paths, _ = _leaving_dinas(tmp_path, with_plan=False)
    assert paths.report_dir("pertamanan") in prune(paths)
    assert not paths.report_dir("pertamanan").exists()


def test_the_province_finds_the_dinas_that_left_by_its_kept_plan(tmp_path):
    paths, rows = _leaving_dinas(tmp_path)
    prune(paths)
    province: Any = {"tahun": 2025, "cakupan": {"slug": "provinsi", "jenis": "provinsi"},
                     "data": {"dinas_tanpa_data": ["pertamanan", "sosial"]}}
    assert published_plan.left_the_data(paths, province) == {
        "pertamanan": PublishedPlan(2024, tuple(rows), "rencana-terbit-2024.json")}
    assert published_plan.left_the_data(paths, {**province, "tahun": 2026}) == {}  # a plan of 2024 judged in 2025
    assert published_plan.left_the_data(paths, {**province, "cakupan": {"slug": "sosial", "jenis": "dinas"}}) == {}


def _province(have: list[str]) -> Any:
    return {"tahun": 2025, "cakupan": {"slug": "provinsi", "jenis": "provinsi"},
            "data": {"dinas_registri": len(AGENCIES), "dinas_dengan_data": have,
                     "dinas_tanpa_data": [slug for slug in AGENCIES if slug not in have]}}


@pytest.mark.parametrize(("lang", "left_words", "missing_words"), [
    pytest.param("id", "ada data 2024, tidak ada data 2025: Pertamanan dan Hutan Kota", "belum ada data: ", id="id"),
    pytest.param("en", "2024 data, no 2025 data: Parks and Urban Forests", "no data yet: ", id="en"),
])
def test_bab_i_names_a_dinas_that_left_apart_from_those_without_data_yet(lang, left_words, missing_words):
    """CHECK14 E14-1: 'belum ada data: …, Pertamanan dan Hutan Kota, …' for a dinas with a published 2024 report."""
    have = ["kesehatan", "sosial"]
    said = coverage.registry_sentence(_province(have), lang, {"pertamanan"})
    assert said is not None and left_words in said and missing_words in said
    assert "Pertamanan" not in said.partition(missing_words)[2].split(";")[0], said  # not among those without data
    assert left_words not in (coverage.registry_sentence(_province(have), lang) or "")  # nothing kept: as before


def _dinas(slug: str, tahun: int, participations: int, without: dict[int, bool]) -> Any:
    """A dinas's results of ``tahun``: ``without`` says, for each year of the data, whether it had no training row."""
    return {"tahun": tahun, "cakupan": {"slug": slug, "nama": f"Dinas {slug.upper()}", "jenis": "dinas"},
            "data": {"n_partisipasi_tahun": participations, "n_partisipasi_lengkap": 0},
            "pelaksanaan": {"kegiatan_per_metode": []}, "level2_pembelajaran": {"per_metode": []},
            "komunikasi": {"unsur": []}, "level4_hasil": {"did_ikm": {}},
            "tren": [{"tahun": year, "dinas_tanpa_data_kegiatan": [slug] if no_rows else []}
                     for year, no_rows in sorted(without.items())]}


@pytest.mark.parametrize(("previous", "never"), [
    pytest.param(_dinas("kpkp", 2024, 0, {2024: True}), True, id="new-in-2025"),
    pytest.param(_dinas("kpkp", 2024, 0, {2023: True, 2024: True}), True, id="new-after-two-empty-years"),
    pytest.param(_dinas("kpkp", 2024, 0, {2023: False, 2024: True}), False, id="data-2023-not-2024-asks-for-it"),
    pytest.param(_dinas("kpkp", 2024, 30, {2024: False}), False, id="data-2024"),
    pytest.param({**_dinas("provinsi", 2024, 0, {2024: False}),
                  "cakupan": {"slug": "provinsi", "nama": "Provinsi", "jenis": "provinsi"}}, False, id="province"),
])
def test_a_dinas_is_new_only_without_a_training_row_that_year_or_before(previous, never):
    assert rules.never_in_data(previous) is never


DATA_ROW = plan.PlanRow("kpkp-2024-DATA", "DATA", "rec_data", "aksi", "% keikutsertaan", 0.0, "0,0%", 100.0,
                        "≥ 100%", True, "pj", 2, "Triwulan 2 2025", unit="persen")


def _new_dinas(lang: str, published: PublishedPlan | None = None) -> Context:
    previous = _dinas("kpkp", 2024, 0, {2024: True})
    now = _dinas("kpkp", 2025, 53, {2024: True, 2025: False})
    return Context(now, lang, pd.DataFrame(), previous=previous, published=published)


@pytest.fixture
def regenerated(monkeypatch):
    """The plan the old code made again for a dinas without 2024 data: one DATA row at 0,0%."""
    monkeypatch.setattr(plan, "last_year", lambda ctx: [DATA_ROW])


@pytest.mark.parametrize(("lang", "said"), [
    pytest.param("id", "Dinas KPKP belum ada dalam data 2024: tidak ada rencana tindak lanjut 2024 yang dinilai.",
                 id="id"),
    pytest.param("en", "There is no 2024 follow-up plan to review: Dinas KPKP is not yet in the 2024 data.", id="en"),
])
def test_a_dinas_new_in_the_data_has_no_rebuilt_plan_of_last_year(regenerated, lang, said):
    """CHECK14 E14-2: KPKP (no 2024 activity at all) got 'DATA 0,0% pada 2024 … belum tercapai' from 0 of 0
    participations; now no row of 2024 is judged and the report says why."""
    ctx = _new_dinas(lang)
    assert followup_rows.last_plan(ctx) == [] and followup_review.review(ctx) == []
    assert followup_review.summary_sentence(ctx) == said
    chapter = followup_review.chapter(ctx)
    assert said in chapter and "0,0%" not in chapter and "<table" not in chapter
    assert followup_review.carried(ctx) == {}  # this year's DATA row quotes no 2024 history
    annex = sections.quality_note(ctx, {"tabel": "tindak_lanjut", "catatan": schema.ABSENT_TABLE_NOTE})
    assert ("belum ada dalam data 2024" if lang == "id" else "not yet in the 2024 data") in annex
    assert "dibuat ulang" not in annex and "reconstructed" not in annex  # no plan was made again (annex, was)


def test_a_published_plan_of_a_dinas_without_data_that_year_is_still_judged(regenerated):
    """The rule is for a plan made again: one that was published (signed) is judged whatever the data now hold."""
    published = PublishedPlan(2024, (_row("kpkp", "JP20"),), "rencana-terbit-2024.json")
    ctx = _new_dinas("id", published)
    assert not followup_review.no_plan(ctx)
    assert [row.id for row in followup_rows.last_plan(ctx)] == ["kpkp-2024-JP20"]


def test_a_dinas_with_data_last_year_keeps_its_rebuilt_plan(regenerated):
    previous = _dinas("kesehatan", 2024, 40, {2024: False})
    ctx = Context(_dinas("kesehatan", 2025, 50, {2024: False, 2025: False}), "id", pd.DataFrame(), previous=previous)
    assert followup_rows.last_plan(ctx) == [DATA_ROW]


@pytest.mark.parametrize(("lang", "left_note", "new_note"), [
    pytest.param("id", "Dinas Pertamanan dan Hutan Kota: ada data 2024, tidak ada data 2025; rencana tindak lanjut "
                       "2024-nya "
                       "(2 baris) tidak dapat dinilai",
                 "Dinas KPKP belum ada dalam data 2024: tidak ada rencana tindak lanjut 2024 yang dinilai.", id="id"),
    pytest.param("en", "Parks and Urban Forests Agency: 2024 data, no 2025 data; its 2024 follow-up plan (2 rows) "
                       "cannot be reviewed",
                 "There is no 2024 follow-up plan to review: Dinas KPKP is not yet in the 2024 data.", id="en"),
])
def test_the_province_table_leaves_out_a_dinas_without_a_plan_and_says_why(regenerated, monkeypatch, lang, left_note,
                                                                          new_note):
    """CHECK14: Tabel 16 listed KPKP '1 | 0 | 0,0%' (E14-2) and said nothing of Pertamanan's 2024 plan (E14-1)."""
    judged = AgencyFollowUp("kesehatan", "Dinas Kesehatan", 8, 2, 1, True, 6)
    monkeypatch.setattr(followup_attention, "follow_up_of", lambda agency: judged)
    previous = _dinas("kesehatan", 2024, 40, {2024: False})
    agencies = {"kesehatan": Context(_dinas("kesehatan", 2025, 50, {2024: False, 2025: False}), lang, pd.DataFrame(),
                                     previous=previous),
                "kpkp": _new_dinas(lang)}
    plans = PublishedPlan(2024, (_row("pertamanan", "JP20"), _row("pertamanan", "DATA")), "rencana-terbit-2024.json")
    ctx = SimpleNamespace(province=True, hasil={"tahun": 2025}, lang=lang, agencies=agencies,
                          left={"pertamanan": plans}, t=lambda key, **v: t(key, lang, **v),
                          label=lambda key, **v: label(key, lang, **v))
    assert followup_attention.by_agency(ctx) == [judged]  # type: ignore[arg-type]
    table = followup_review.province_table(ctx)  # type: ignore[arg-type]
    body = table.split("</table>")[0]
    assert "Dinas Kesehatan" in body and "KPKP" not in body and "Pertamanan" not in body
    notes = table.split("</table>")[1]
    assert left_note in notes and new_note in notes
    differs = followup_review.left_sentence(ctx)  # type: ignore[arg-type]
    assert ("Pertamanan dan Hutan Kota" if lang == "id" else "Parks and Urban Forests") in differs
    assert followup_review.left_sentence(replace(_new_dinas(lang))) == ""  # a dinas report names no one
