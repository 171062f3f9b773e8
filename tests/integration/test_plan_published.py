"""The follow-up plan the report prints is the plan its published results carry (issue 22.4): BAB X's rows, the
workbook's plan sheet and ``rencana_tindak_lanjut`` of reports/<slug>/hasil-<tahun>.json name the same rows, in
the same order, with the same ids and targets, in both languages; the model's own file in _build/ has no plan."""

from __future__ import annotations

import json
import re
from html import unescape

import openpyxl
import pytest

from evalasn.paths import project
from evalasn.report.chapters import plan_records
from evalasn.report.formats import workbook
from evalasn.report.words.text import label

CASES = [("kesehatan", "id"), ("provinsi", "id"), ("provinsi", "en")]
CELL = re.compile(r"<t[dh][^>]*>(.*?)</t[dh]>", re.S)


def _chapter_x_rows(html: str) -> list[list[str]]:
    """The cells of the plan table of BAB X (the table after the heading 'rencana-tindak-lanjut')."""
    start = html.index('id="rencana-tindak-lanjut"')
    body = html[start:html.index("</table>", start)]
    rows = re.findall(r"<tr\b[^>]*>(.*?)</tr>", body.split("<tbody>", 1)[1], re.S)  # a kept-together tail has a class
    return [[unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in CELL.findall(row)] for row in rows]


@pytest.mark.parametrize("slug,lang", CASES, ids=[f"{s}-{lang}" for s, lang in CASES])
def test_the_report_the_workbook_and_the_published_results_issue_one_plan(built_reports, slug, lang):
    root, _ = built_reports
    paths = project(root)
    published = json.loads(paths.report_hasil(slug).read_text(encoding="utf-8"))
    records = published["rencana_tindak_lanjut"]
    assert records, "no plan rows in the sample's published results"
    assert "rencana_tindak_lanjut" not in json.loads(paths.hasil(slug).read_text(encoding="utf-8"))
    # BAB X: the same rows in the same order
    table = _chapter_x_rows(paths.report_html(slug, lang).read_text(encoding="utf-8"))
    assert [row[0] for row in table] == [record["kode"] for record in records]
    # the workbook's plan sheet: ids and numeric targets
    book = openpyxl.load_workbook(paths.report_xlsx(slug, lang), read_only=True)
    sheet = book[label("rencana_tindak_lanjut", lang)[:31]]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row and row[0]]
    assert [row[0] for row in rows] == [record["id"] for record in records]
    linked = any(record["baris_dinas"] for record in records)
    carried = any(record.get("baris_provinsi") for record in records)
    hidden = workbook.HIDDEN_PLAN_COLUMNS + (() if linked else ("baris_dinas",)) + \
        (() if carried else ("baris_provinsi",))
    shown = [name for name in plan_records.SHEET_COLUMNS if name not in hidden]
    target = shown.index("target_angka")
    if linked:  # the dinas's own rows on the same finding (P1), as hasil.json names them
        column = shown.index("baris_dinas")
        assert [row[column] or "" for row in rows] == ["; ".join(r["baris_dinas"]) for r in records]
    if carried:  # the province rows a dinas row carries out (CHECK10 C10-4), as hasil.json names them
        column = shown.index("baris_provinsi")
        assert [row[column] or "" for row in rows] == ["; ".join(r["baris_provinsi"]) for r in records]
    for row, record in zip(rows, records, strict=True):
        if len(record["target_dinas"]) <= 1:
            assert row[target] == pytest.approx(record["target"]), record["id"]
