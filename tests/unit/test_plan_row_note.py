"""LOOK37b M-10: BIAYA-POIN's action cell ran about 40 lines (the step, each method's ceiling, the target's arithmetic,
why it is not expected to be met by a gain alone, and the 2024 row's history). The action keeps the step and its
ceilings; the rest is the row's note (PlanRow.note), said under the plan table with the row's code and a mark on
its target cell, and whole in the workbook's target cell."""

from __future__ import annotations

import pytest

from evalasn.paths import project
from evalasn.report.chapters import followup, plan, plan_records
from evalasn.report.context import load_context

HISTORY = {"id": "lanjutan baris ini dari rencana", "en": "carried on from this row of the"}
ARITHMETIC = {"id": "target ini berarti kenaikan", "en": "this target means a mean gain"}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["dpmptsp", "sosial"])
def test_the_budget_row_keeps_its_action_to_the_step_and_notes_the_rest(pipeline_root, slug, lang):
    ctx = load_context(slug, lang, project(pipeline_root))
    issued = followup.issued(ctx)
    row = next(r for r in issued if r.code == "BIAYA-POIN")
    # the step and its ceilings stay; the arithmetic and the history leave the action for the note
    assert ARITHMETIC[lang] not in row.action and HISTORY[lang] not in row.action, row.action
    assert ARITHMETIC[lang] in row.note and HISTORY[lang] in row.note, row.note
    # the table: the target cell marked, the note under it keyed by the row's code
    cells = followup.rows(ctx, issued)[issued.index(row)]
    assert cells[1] == row.action
    assert cells[4] != row.target_text and cells[4].startswith(row.target_text), cells[4]
    mark = cells[4][len(row.target_text):]
    assert f"{mark} BIAYA-POIN: {row.note}" in followup.withheld_note(issued)
    # the workbook: the target cell says it whole (no notes under a sheet), the action cell the step alone
    sheet = plan_records.sheet_rows(issued, lang)[issued.index(row)]
    assert sheet[4] == row.action
    target = str(sheet[8])
    assert row.target_text in target and row.note in target, target


def test_a_row_without_a_note_is_unmarked(pipeline_root):
    ctx = load_context("dpmptsp", "en", project(pipeline_root))
    issued = followup.issued(ctx)
    for row, cells in zip(issued, followup.rows(ctx, issued), strict=True):
        if row.rule not in plan.NOTED_RULES:
            assert not row.note and cells[4] == row.target_text, row.code
