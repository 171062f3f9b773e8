"""Last year's plan as published (issue 22.4, C1): next year's review reads the records the report of that year
published (report.published_plan), matches them with this year's data by id (report.chapters.published_rows), and
regenerates the plan only when no record exists, saying so (report.chapters.followup_review.source)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pandas as pd
import pytest

from evalasn.paths import project
from evalasn.report import published_plan
from evalasn.report.chapters import (
    followup_measure,
    followup_review,
    followup_rows,
    plan,
    plan_indicators,
    published_rows,
)
from evalasn.report.context import Context
from evalasn.report.published_plan import PublishedPlan
from evalasn.report.words.text import TEXT


def _regenerated(code: str, rule: str, today: float, target: float, target_text: str,
                 higher_better: bool = True) -> plan.PlanRow:
    return plan.PlanRow(f"kesehatan-2024-{code}", code, rule, "aksi", f"indikator {code}", today, f"{today:g}",
                        target, target_text, higher_better, "pj", 2, "Triwulan 2 2025", unit="persen")


def _record(code: str, rule: str, today: float | None, target: float, satuan: str = "persen",
            arah: str = "naik_baik") -> Any:
    return {"id": f"kesehatan-2024-{code}", "kode": code, "kunci_temuan": code, "aturan": rule, "ukuran": "x",
            "satuan": satuan, "nilai_kini": today, "target": target, "target_dinas": [], "dinas_dituju": [],
            "arah": arah, "penanggung_jawab": "bkd", "triwulan": 2}


REGENERATED = [_regenerated("JP20", "rec_jp", 40.0, 100.0, "≥ 100%"),
               _regenerated("DATA", "rec_data", 80.0, 100.0, "≥ 100%"),
               _regenerated("RESISTENSI", "rec_resist", 20.0, 15.0, "≤ 15%", higher_better=False)]
PREVIOUS = {"tahun": 2024, "cakupan": {"slug": "kesehatan", "jenis": "dinas"},
            "pelaksanaan": {"jp_20": {"keseluruhan": {"estimasi": 0.4, "ci_bawah": 0.35, "ci_atas": 0.45, "n": 400,
                                                      "cukup_data": True}},
                            "kegiatan_per_metode": []},
            "level2_pembelajaran": {"per_metode": []}, "komunikasi": {"unsur": []},
            "tantangan": {"resistensi": {"resistensi_tinggi": {"estimasi": 0.2, "ci_bawah": 0.15, "ci_atas": 0.25,
                                                               "n": 300, "cukup_data": True}}},
            "data": {"n_partisipasi_tahun": 100, "n_partisipasi_lengkap": 80},
            "level4_hasil": {"did_ikm": {}}}


def _rows(records: list[dict], lang: str = "id") -> list[plan.PlanRow]:
    return published_rows.rows(records, REGENERATED, 2024, lang, PREVIOUS, lambda row: "")  # type: ignore[arg-type]


def test_a_published_row_with_the_regenerated_numbers_is_the_regenerated_row():
    """Same id, same numbers: the row as the plan printed it (its words in the report's language)."""
    assert _rows([_record("JP20", "rec_jp", 40.0, 100.0)]) == [REGENERATED[0]]


def test_the_published_rows_and_order_are_the_plan_judged_not_the_regenerated_ones():
    """Rows are matched by id: a regenerated row the published plan does not have is not judged, and the published
    order is kept."""
    judged = _rows([_record("RESISTENSI", "rec_resist", 20.0, 15.0, arah="turun_baik"),
                    _record("JP20", "rec_jp", 40.0, 100.0)])
    assert [row.id for row in judged] == ["kesehatan-2024-RESISTENSI", "kesehatan-2024-JP20"]


@pytest.mark.parametrize(("record", "target", "text"), [
    pytest.param(_record("JP20", "rec_jp", 40.0, 90.0), 90.0, "≥ 90,0%", id="lower-published-target"),
    pytest.param(_record("RESISTENSI", "rec_resist", 20.0, 12.5, arah="turun_baik"), 12.5, "≤ 12,5%",
                 id="lower-is-better"),
])
def test_the_published_target_is_judged_where_it_differs_from_the_regenerated_one(record, target, text):
    row = _rows([record])[0]
    assert (row.target, row.target_text) == (target, text)
    assert row.indicator == f"indikator {record['kode']}"  # the rest of the words: the regenerated row's


def test_a_published_row_the_regenerated_plan_lacks_is_judged_from_its_record():
    """An id the regenerated plan has not (its target already met in the recomputation, a code of an earlier version):
    judged all the same, its words made from its rule and numbers."""
    row = _rows([_record("CAKUPAN", "rec_coverage", 72.4, 80.0)])[0]
    assert (row.id, row.rule, row.target, row.today) == ("kesehatan-2024-CAKUPAN", "rec_coverage", 80.0, 72.4)
    assert (row.today_text, row.target_text) == ("72,4%", "≥ 80,0%")
    assert row.indicator == "% ASN yang mengikuti ≥ 1 kegiatan pada 2025"


SUBJECTS = {"rec_method": "seminar", "rec_weak": "u7", "rec_stop": "seminar", "rec_little": "seminar",
            "rec_gain_low": "kesehatan"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("rule", sorted(plan_indicators.MEASURED))
def test_every_rule_has_words_for_a_row_known_only_from_its_record(rule, lang):
    """The indicator and target of any rule, from a record alone: the catalogue's words filled, none left as a key."""
    row = plan.PlanRow("kesehatan-2024-X", "X", rule, "", "", None, "", 3.5, "", True, "", 2, "")
    words = published_rows.indicator_words(row, SUBJECTS.get(rule, ""), 2024, lang, PREVIOUS)  # type: ignore[arg-type]
    target = published_rows.target_words(row, lang)
    assert "2025" in words and "{" not in words + target and target.strip()


def _write(path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(("published", "kept", "found"), [
    pytest.param(True, False, "hasil-2024.json", id="published-results"),
    pytest.param(False, True, "rencana-terbit-2024.json", id="kept-when-the-data-changed"),
    pytest.param(True, True, "hasil-2024.json", id="published-results-first"),
    pytest.param(False, False, None, id="none"),
])
def test_the_published_plan_is_read_from_the_results_else_from_the_kept_record(tmp_path, published, kept, found):
    paths = project(tmp_path)
    rows = [_record("JP20", "rec_jp", 40.0, 100.0)]
    if published:
        _write(paths.report_hasil("kesehatan", 2024), {"tahun": 2024, "rencana_tindak_lanjut": rows})
    if kept:
        _write(paths.kept_plan("kesehatan", 2024), {"tahun": 2024, "rencana_tindak_lanjut": rows})
    read = published_plan.read(paths, "kesehatan", 2024)
    assert (read.source if read else None) == found
    assert read is None or read.rows == tuple(rows)


@pytest.mark.parametrize("content", [{"tahun": 2024}, {"tahun": 2023, "rencana_tindak_lanjut": []}],
                         ids=["published-before-plans-were-kept", "another-year"])
def test_a_results_file_without_the_years_plan_is_no_record(tmp_path, content):
    paths = project(tmp_path)
    _write(paths.report_hasil("kesehatan", 2024), content)
    assert published_plan.read(paths, "kesehatan", 2024) is None


def test_the_plan_of_a_removed_report_is_kept_with_the_data_it_came_from(tmp_path):
    """run.outputs.prune keeps the plan before it removes the results of old data (published_plan.keep)."""
    paths = project(tmp_path)
    rows = [_record("JP20", "rec_jp", 40.0, 100.0)]
    _write(paths.report_hasil("kesehatan", 2024), {"tahun": 2024, "rencana_tindak_lanjut": rows,
                                                    "provenans": {"data": {"file": {"a.csv": "123"}}}})
    kept = published_plan.keep(paths, "kesehatan", 2024)
    paths.report_hasil("kesehatan", 2024).unlink()
    assert kept == paths.kept_plan("kesehatan", 2024)
    assert json.loads(kept.read_text(encoding="utf-8"))["data"] == {"file": {"a.csv": "123"}}
    assert published_plan.read(paths, "kesehatan", 2024) == PublishedPlan(2024, tuple(rows), kept.name)


def _context(published: PublishedPlan | None, lang: str = "id") -> Context:
    hasil = {**PREVIOUS, "tahun": 2025}
    return Context(hasil, lang, pd.DataFrame(), previous=PREVIOUS, published=published)  # type: ignore[arg-type]


@pytest.fixture
def regenerated(monkeypatch):
    monkeypatch.setattr(plan, "last_year", lambda ctx: list(REGENERATED))


def test_without_a_published_record_the_regenerated_plan_is_judged_and_said_to_be(regenerated):
    ctx = _context(None)
    assert followup_rows.last_plan(ctx) == REGENERATED
    found = followup_review.source(ctx)
    assert (found.kind, found.published, found.file) == ("dibuat_ulang", False, "hasil-2024.json")
    record = followup_rows.source_record(ctx)
    assert record["sumber"] == "dibuat_ulang" and record["berkas"] is None
    assert "rekonstruksi, bukan rencana yang ditandatangani" in TEXT["fr_rows_regenerated"]["id"]
    assert "a reconstruction, not the signed plan" in TEXT["fr_rows_regenerated"]["en"]


def test_with_a_published_record_its_rows_are_judged_by_id(regenerated):
    published = PublishedPlan(2024, (_record("JP20", "rec_jp", 40.0, 90.0),), "hasil-2024.json")
    ctx = _context(published)
    judged = followup_rows.last_plan(ctx)
    assert [(row.id, row.target) for row in judged] == [("kesehatan-2024-JP20", 90.0)]
    record = followup_rows.source_record(ctx)
    assert record == {"tahun": 2024, "sumber": "terbit", "berkas": "hasil-2024.json",
                      "id_dinilai": ["kesehatan-2024-JP20"], "nilai_berbeda": []}


@pytest.mark.parametrize(("published_value", "differs"), [
    pytest.param(40.0, False, id="same-data"),
    pytest.param(42.5, True, id="data-changed-after-publication"),
])
def test_a_published_value_of_last_year_the_data_now_give_otherwise_is_named(regenerated, published_value, differs):
    """The published figure for 2024 against 2024 computed again this year (40%): which is used is said."""
    published = PublishedPlan(2024, (_record("JP20", "rec_jp", published_value, 100.0),
                                     _record("DATA", "rec_data", 80.0, 100.0)), "hasil-2024.json")
    found = followup_review.source(_context(published))
    assert [(item.code, item.published, item.recomputed) for item in found.differs] == \
        ([("JP20", "42,5%", "40,0%")] if differs else [])
    assert followup_rows.source_record(_context(published))["nilai_berbeda"] == \
        (["kesehatan-2024-JP20"] if differs else [])


def test_a_signed_sheet_is_checked_against_the_published_ids(regenerated):
    """The sheet the agency returns carries the published plan's ids: one of a regenerated row the published plan
    has not is an error naming it (not silently judged)."""
    from evalasn.errors import InputError

    published = PublishedPlan(2024, (_record("JP20", "rec_jp", 40.0, 90.0),), "hasil-2024.json")
    signed = pd.DataFrame([{"id": "kesehatan-2024-DATA", "pelaksanaan": "selesai", "sumber": "rtl.xlsx", "baris": 3}])
    ctx = replace(_context(published), signed=signed)
    with pytest.raises(InputError, match="kesehatan-2024-DATA.*kesehatan-2024-JP20"):
        followup_review.review(ctx)


def test_new_data_remove_last_years_report_but_keep_its_published_plan(tmp_path):
    """Adding next year's exports changes the data: the report set of the old data goes (nothing old is left to
    look current), its signed plan stays for next year's review (run.outputs.prune)."""
    from evalasn.run.outputs import prune

    paths = project(tmp_path)
    old, new = {"sintetis": False, "file": {"a.csv": "1"}}, {"sintetis": False, "file": {"a.csv": "1", "b.csv": "2"}}
    _write(paths.provenance, {**new, "dinas": ["kesehatan"]})
    rows = [_record("JP20", "rec_jp", 40.0, 100.0)]
    _write(paths.report_hasil("kesehatan", 2024), {"tahun": 2024, "rencana_tindak_lanjut": rows,
                                                    "provenans": {"data": old}})
    removed = prune(paths)
    assert paths.report_hasil("kesehatan", 2024) in removed and not paths.report_hasil("kesehatan", 2024).exists()
    assert published_plan.read(paths, "kesehatan", 2024) == PublishedPlan(2024, tuple(rows), "rencana-terbit-2024.json")
    assert prune(paths) == []  # the kept plan is no output of old data: a second run leaves it
    assert paths.kept_plan("kesehatan", 2024).exists()


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_row_known_only_from_its_record_has_the_plans_own_indicator_words(pipeline_root, slug, lang):
    """The indicator words were built twice (plan_targets.goal and its helpers, published_rows.indicator_words) and
    could drift: both now call plan_indicators.indicator_words. Every row the sample's plan issues reads the same from
    its record."""
    from evalasn.report.chapters import sections

    ctx = sections.load_context(slug, lang, project(pipeline_root))
    rows = plan.rows(ctx)
    assert rows
    for row in rows:  # the subject as the review reads it from the code (followup_rows._subject)
        words = published_rows.indicator_words(row, followup_rows._subject(row, ctx.hasil), ctx.hasil["tahun"],
                                               lang, ctx.hasil)
        assert words == row.indicator, row.code


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", ["fr_rows_regenerated", "fr_rows_published"])
def test_the_plan_source_note_names_no_file(key, lang):
    """REVIEW7 R7-3: "(hasil-2024.json laporan 2024 tidak ditemukan)" in the body of every report: a file name the
    Kepala Dinas cannot place; the note says what is missing in words."""
    from evalasn.report.words.text import t

    note = t(key, lang, tahun_lalu=2024, berkas="hasil-2024.json")
    assert ".json" not in note and "2024" in note


@pytest.mark.parametrize(("previous_jp", "differs", "unchecked"), [
    pytest.param({"estimasi": 0.4, "ci_bawah": 0.35, "ci_atas": 0.45, "n": 400, "cukup_data": True}, [], [],
                 id="same-value"),
    pytest.param({"estimasi": 0.5, "ci_bawah": 0.45, "ci_atas": 0.55, "n": 400, "cukup_data": True},
                 ["kesehatan-2024-JP20"], [], id="data-changed"),
    pytest.param({"estimasi": None, "ci_bawah": None, "ci_atas": None, "n": 2, "cukup_data": False},
                 [], ["kesehatan-2024-JP20"], id="withheld-now-not-a-change"),
])
def test_only_a_recomputed_value_that_differs_is_changed_data(previous_jp, differs, unchecked):
    """CHECK12 C12-14: a published value this year's data withhold (2 PPPK, too few data) was reported as 'Data 2024
    berubah setelah rencana terbit' although no data changed; it is 'not computed again' instead."""
    from types import SimpleNamespace

    base: Any = PREVIOUS
    previous = {**base, "pelaksanaan": {**base["pelaksanaan"], "jp_20": {"keseluruhan": previous_jp}}}
    ctx: Any = SimpleNamespace(hasil={"tahun": 2025}, lang="id", previous=previous,
                               published=SimpleNamespace(source="rencana-2024.json"))
    found = followup_review.source(ctx, [REGENERATED[0]])
    assert [item.id for item in found.differs] == differs
    assert [item.id for item in found.unchecked] == unchecked
    assert all(item.recomputed for item in found.unchecked)  # why it is not computed again


@pytest.mark.parametrize(("rule", "higher_better", "target", "text"), [
    pytest.param("rec_pppk", False, 0.0, "0 PPPK di atas 24 JP", id="pppk-over-the-cap"),
    pytest.param("rec_jp", True, 100.0, "≥ 100,0%", id="jp20"),
    pytest.param("rec_ikm_units", False, 0.0, "0 unit", id="units-below-b"),
])
def test_a_published_target_is_written_in_its_rows_unit(rule, higher_better, target, text):
    """CHECK12 C12-14: the published PPPK-JP target was reprinted '≤ 0,00' (a score) beside its '50,0%'."""
    row = replace(REGENERATED[0], rule=rule, higher_better=higher_better, target=target)
    assert published_rows.target_text(row, target, "id") == text


@pytest.mark.parametrize(("over", "total", "status"), [
    pytest.param(2, 2, "not_met", id="2-of-2-pppk-over-the-cap"),
    pytest.param(0, 2, "met", id="none-of-2-over-the-cap"),
])
def test_a_few_pppk_over_the_cap_are_judged_by_their_count(over, total, status):
    """CHECK12 C12-14: 'PPPK-JP ... hanya 2 data, perlu sedikitnya 10 | belum dapat dinilai' while 10.2 printed '2 dari
    2 PPPK': every PPPK is counted, so against a target of none the count judges the row."""
    row = replace(REGENERATED[0], code="PPPK-JP", rule="rec_pppk", higher_better=False, target=0.0)
    withheld = {"n": total, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
    hasil: Any = {**PREVIOUS, "tahun": 2025, "pelaksanaan": {
        "jp_20": {"keseluruhan": {}, "pppk": {"n": total, "di_atas_batas": withheld, "jumlah_di_atas_batas": over}},
        "kegiatan_per_metode": []}}
    now = followup_measure.measure(row, "", hasil, "id")
    assert now.values == (100.0 * over / total,) * 3
    assert followup_measure.judge(row, now, "id").status == status


@pytest.mark.parametrize(("received", "status", "value"), [
    pytest.param(True, "not_met", 40.0, id="data-received-40-percent"),
    pytest.param(False, "cannot", None, id="year-not-received"),
])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_last_years_data_row_is_not_judged_at_zero_when_the_year_never_came(received, status, value, lang):
    """CHECK12 (set E Kominfotik): '% keikutsertaan 2025 dengan nilai pre/post ... 0,0% belum tercapai' judged a year
    with no training data at all; the 0% the new plan's DATA row starts from (C11-7) is no measurement."""
    row = replace(REGENERATED[0], code="DATA", rule="rec_data", higher_better=True, target=80.0)
    hasil: Any = {**PREVIOUS, "tahun": 2025, "data": {"n_partisipasi_tahun": 10 if received else 0,
                                                      "n_partisipasi_lengkap": 4 if received else 0},
                  "tren": [{"tahun": 2025, "dinas_tanpa_data_kegiatan": [] if received else ["kesehatan"]}]}
    now = followup_measure.measure(row, "", hasil, lang)
    assert (now.values[0] if now.values else None) == value
    assert followup_measure.judge(row, now, lang).status == status
    if not received:
        assert now.reason == {"id": "data 2025 tidak diterima", "en": "its 2025 data were not received"}[lang]


@pytest.mark.parametrize(("lang", "expected"), [
    ("id", "DATA: di rencana terbit tidak ada data 2025, tidak dihitung ulang: tidak ada data 2025"),
    ("en", "DATA: no 2025 data in the published plan, not computed again: no 2025 data"),
])
def test_a_published_value_in_words_is_named_as_the_published_plans(lang, expected):
    """E15-9 residue (Set H nakertransgi 2026): 'DATA: tidak ada data 2025 terbit, tidak dihitung ulang' read as
    'no 2025 data published'; the published value now follows 'di rencana terbit'."""
    from evalasn.report.words.text import t

    value = {"id": "tidak ada data 2025", "en": "no 2025 data"}[lang]
    assert t("fr_data_unchecked_row", lang, kode="DATA", terbit=value, alasan=value) == expected
