"""The follow-up plan's rows in hasil.json (issue 22.4, "rows carry stable ids in hasil.json"): the report stage
publishes one record per row (contract.plan.FollowUpRow) with an id made of the scope, the year and the row's code,
which names its rule and subject: the same id when the results list their items in another order or when another
finding adds a row; the same records in both languages; declared in the contract, so the contract check and the
JSON Schema cover them."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any, cast

import pytest

from evalasn.analysis.contract import Hasil, walk
from evalasn.paths import project
from evalasn.report.chapters import followup, plan_records, sections
from evalasn.report.context import Context


def _context(root, slug: str, lang: str = "id") -> Context:
    return sections.load_context(slug, lang, project(root))


def _records(ctx: Context) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], plan_records.published(ctx.hasil, followup.issued(ctx))["rencana_tindak_lanjut"])


def _reordered(hasil: Hasil) -> Hasil:
    """The same results with every list a plan row is read from in reverse order."""
    out = copy.deepcopy(hasil)
    out["komunikasi"]["unsur"].reverse()
    out["level2_pembelajaran"]["per_metode"].reverse()
    out["pelaksanaan"]["kegiatan_per_metode"].reverse()
    out["anggaran_vs_peningkatan"]["biaya_per_poin"].reverse()
    out["anggaran_vs_peningkatan"].get("tanpa_kenaikan", []).reverse()
    return out


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_a_row_keeps_its_id_and_content_when_the_results_are_ordered_otherwise(pipeline_root, slug):
    ctx = _context(pipeline_root, slug)
    before = {record["id"]: record for record in _records(ctx)}
    assert before
    after = {record["id"]: record for record in _records(dataclasses.replace(ctx, hasil=_reordered(ctx.hasil)))}
    assert after == before


def test_a_new_finding_adds_a_row_and_moves_no_other(pipeline_root):
    ctx = _context(pipeline_root, "kesehatan")
    before = _records(ctx)
    hasil = copy.deepcopy(ctx.hasil)
    elements = cast(list[dict[str, Any]], hasil["komunikasi"]["unsur"])
    strong = next(row for row in elements if not row.get("lemah"))
    strong.update(estimasi=2.6, ci_bawah=2.5, ci_atas=2.7, lemah=True)  # one more weak element, listed first
    elements.remove(strong)
    elements.insert(0, strong)
    after = _records(dataclasses.replace(ctx, hasil=hasil))
    new = [record for record in after if record["id"] not in {r["id"] for r in before}]
    assert [record["kode"] for record in new] == [strong["unsur"].upper()]
    assert new[0]["id"] == f"kesehatan-{hasil['tahun']}-{strong['unsur'].upper()}"
    assert [record for record in after if record not in new] == before


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_the_records_are_the_same_in_both_languages_and_agree_with_the_contract(pipeline_root, slug):
    indonesian, english = _context(pipeline_root, slug), _context(pipeline_root, slug, "en")
    records = _records(indonesian)
    assert records == _records(english)  # one published file for both reports
    published = plan_records.published(indonesian.hasil, followup.issued(indonesian))
    assert walk.disagreements(published) == []
    tahun = indonesian.hasil["tahun"]
    for record in records:
        assert record["id"] == f"{slug}-{tahun}-{record['kode']}"
        assert record["satuan"] and record["penanggung_jawab"] and 1 <= record["triwulan"] <= 4
        assert record["arah"] in ("naik_baik", "turun_baik")
    # the contract check sees a key it does not declare
    broken = cast(dict[str, Any], copy.deepcopy(published))
    broken["rencana_tindak_lanjut"][0]["urutan"] = 1
    assert "rencana_tindak_lanjut[].urutan: not declared in FollowUpRow" in walk.disagreements(broken)


def test_the_schema_covers_the_records(pipeline_root):
    import jsonschema

    from evalasn import docs_schema

    validator = jsonschema.Draft202012Validator(docs_schema.json_schema())
    ctx = _context(pipeline_root, "provinsi")
    published = cast(dict[str, Any], plan_records.published(ctx.hasil, followup.issued(ctx)))
    assert validator.is_valid(published), [error.message for error in validator.iter_errors(published)][:3]
    published["rencana_tindak_lanjut"][0]["target"] = "≥ 100%"  # a target is a number, its words are the report's
    assert not validator.is_valid(published)


@pytest.mark.parametrize("built", [
    pytest.param("2026-01-05", id="dated-in-quarter-I-rule-quarters"),
    pytest.param("2026-12-06", id="dated-late-every-row-in-quarter-IV"),
    pytest.param("2027-03-01", id="dated-after-the-plan-year-immediately"),
])
def test_the_record_holds_the_deadline_the_table_prints(pipeline_root, built):
    """R6-28: the row's record is what next year's review reads; its quarter and year are the printed deadline's
    (133 of 198 rows recorded the rule's quarter II beside a printed 'Triwulan IV 2026'); the rule's stays beside it."""
    import datetime as dt

    from evalasn.report.chapters import recommendation
    from evalasn.report.words.text import t

    ctx = _context(pipeline_root, "kesehatan")
    ctx = dataclasses.replace(ctx, built=dt.datetime.fromisoformat(built + "T10:00:00"),
                              config=dataclasses.replace(ctx.config, tanggal=None) if ctx.config else None)
    rows = followup.issued(ctx)
    records = plan_records.published(ctx.hasil, rows)["rencana_tindak_lanjut"]
    tahun = ctx.hasil["tahun"]
    assert {record["triwulan_aturan"] for record in records} == {recommendation.QUARTER[row.rule] for row in rows}
    for row, record in zip(rows, records, strict=True):
        year, quarter = record.get("tahun_batas"), record["triwulan"]
        printed = t("fu_deadline_now", "id") if year and year > tahun + 1 else \
            t("fu_deadline", "id", kuartal=("I", "II", "III", "IV")[quarter - 1], tahun=year)
        assert row.deadline == printed, (record["id"], row.deadline, record)
