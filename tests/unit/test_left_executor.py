"""A dinas that left the data (no data this year) stays named at the rows of the province's published plan it was to
carry out (year14 residue of CHECK14 E14-1): the review table of BAB X 10.1 marks the row's execution cell, the note
under the table names the dinas and says it has no data this year; the workbook's review sheet says it in words."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from evalasn.report.chapters import followup_attention, followup_review, followup_rows, plan_records, review_sheet
from evalasn.report.published_plan import PublishedPlan
from evalasn.report.words.text import t

SAID = {"id": "pelaksana baris ini dalam rencana 2024 yang terbit termasuk Pertamanan dan Hutan Kota: ada data 2024, "
              "tidak ada data 2025, jadi bagiannya tidak dapat dinilai dan nilai 2025 tidak memuat dinas itu",
        "en": "the published 2024 plan also gave this row to Parks and Urban Forests: 2024 data, no 2025 data, so its "
              "part cannot be reviewed and the 2025 value does not include that agency"}


def _left(ctx):
    """The province's context with last year's plan published as rebuilt, its first row also given to Pertamanan (a
    dinas that then left the data: Context.left holds its kept plan)."""
    rows = followup_rows.last_plan(ctx)
    records = [plan_records.record(row) for row in rows]
    first = records[0]
    records[0] = {**first, "baris_dinas": [*first["baris_dinas"], f"pertamanan-2024-{first['kode']}"]}
    gone = PublishedPlan(2024, ({**first, "id": f"pertamanan-2024-{first['kode']}"},), "rencana-terbit-2024.json")
    return replace(ctx, published=PublishedPlan(2024, tuple(records), "rencana-terbit-2024.json"),
                   left={"pertamanan": gone}), rows


def _table_rows(chapter: str) -> list[list[str]]:
    table = chapter.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in table.split("</tr>") if "<t" in row]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_row_signed_with_a_dinas_that_left_names_it_at_its_execution_cell(contexts, lang):
    ctx, rows = _left(contexts[("provinsi", lang)])
    chapter = followup_review.chapter(ctx)
    body = _table_rows(chapter)
    execution = [cells[-1] for cells in body]
    assert execution[0] == t("fr_not_reported", lang) + "ᵃ"  # the row signed with Pertamanan: marked
    assert all(not cell.endswith("ᵃ") for cell in execution[1:])  # the others not
    note = chapter.split("</tbody>", 1)[1]
    assert f"ᵃ {SAID[lang]}" in note.replace("\u00a0", " ")
    sheet = review_sheet.of(ctx)
    assert sheet is not None and SAID[lang] in sheet.lines[0].note and SAID[lang] not in sheet.lines[1].note
    assert followup_attention.left_executors(ctx, rows[0]) == ["pertamanan"]
    assert all(not followup_attention.left_executors(ctx, row) for row in rows[1:])


def test_without_a_dinas_that_left_no_row_is_marked(contexts):
    ctx = contexts[("provinsi", "id")]
    assert ctx.left == {} and SAID["id"] not in followup_review.chapter(ctx)
    assert all(not followup_attention.left_executors(ctx, row) for row in followup_rows.last_plan(ctx))
