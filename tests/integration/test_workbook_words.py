"""Every cell of the sample's Kesehatan and province workbooks, as the report writes them, in words (LOOK15 Q-13, Q-2):
no hasil.json code ('kegiatan_kurang_klaster' in "Anggaran tanpa estimasi", `dinas_dikecualikan` in the headers of
"Kenaikan di dinas lain"), no true/false/null beside cells that say ya/tidak, no empty bracket, and no decimal point
in the Indonesian workbook ('3.0644', 'A ≥ 88.31')."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl
import pytest

from evalasn.paths import project
from evalasn.report.formats import render, workbook
from tests.xlsx_words import problems

BUILT = dt.datetime(2026, 12, 7)


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_workbook_cell_is_in_words(pipeline_root, slug, lang):
    hasil = json.loads(project(pipeline_root).hasil(slug).read_text(encoding="utf-8"))
    plan_rows, key_facts, _, _ = render.published_parts(hasil, lang, BUILT, pipeline_root)
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT, plan_rows, key_facts)),
                                  read_only=True)
    found, cells = [], 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cells += 1
                    found += [(sheet.title, cell.coordinate, said) for said in problems(cell.value, lang)]
    assert cells > 1000, cells  # the whole workbook was read, its definitions included
    assert not found, found[:20]
