"""Issue 24: an agency returns the whole report workbook with its follow-up plan filled; only that
sheet is read (as tindak_lanjut), the report's figures are not taken for data tables."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from evalasn import schema
from evalasn.analysis import results
from evalasn.ingest import draft, mapping, readers
from evalasn.paths import project
from evalasn.report.chapters import plan_records, province_rows
from evalasn.report.formats import workbook


def _returned_report(pipeline_root, lang: str, plan_sheet: str, keep_keyword: bool) -> tuple[bytes, list[str]]:
    """The kesehatan report workbook in ``lang`` with its first two plan rows filled as an agency would
    (one done, one not started), saved again as a spreadsheet program saves it; and the plan row ids."""
    paths = project(pipeline_root)
    hasil = results.read(paths.hasil("kesehatan", 0))
    plan_rows = province_rows.for_workbook(hasil, lang, paths)
    book = load_workbook(io.BytesIO(workbook.build(dict(hasil), lang, dt.datetime(2026, 1, 5), plan_rows)))
    sheet = book[plan_sheet]
    header = [cell.value for cell in sheet[1]]
    start = len(header) - len(plan_records.FILL_COLUMNS) + 1
    done, started = plan_records.EXECUTION[lang][2], plan_records.EXECUTION[lang][0]
    for row, status in ((2, done), (3, started)):
        sheet.cell(row, start, status)
        sheet.cell(row, start + 1, "2025-09-30")
    if not keep_keyword:
        book.properties.keywords = None
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), [row.id for row in plan_rows]


@pytest.mark.parametrize("keep_keyword", [pytest.param(True, id="marked"),
                                          pytest.param(False, id="keyword-lost-known-sheets")])
@pytest.mark.parametrize(("lang", "plan_sheet"), [pytest.param("id", "Rencana Tindak Lanjut", id="id"),
                                                  pytest.param("en", "Follow-up plan", id="en")])
def test_a_returned_report_is_read_only_for_its_follow_up_sheet(pipeline_root, tmp_path, lang, plan_sheet,
                                                                 keep_keyword):
    data, ids = _returned_report(pipeline_root, lang, plan_sheet, keep_keyword)
    raw = tmp_path / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "laporan_kesehatan_2024_diisi.xlsx").write_bytes(data)
    found = readers.scan(raw, schema.RAW)
    assert not found.problems
    assert list(found.found) == ["tindak_lanjut"]
    (table,) = found.found["tindak_lanjut"]
    assert table.sheet == plan_sheet
    assert list(table.frame["id"]) == ids
    executed = plan_records.EXECUTION[lang]
    assert list(table.frame["pelaksanaan"][:3]) == [executed[2], executed[0], ""]
    others = [name for name in load_workbook(io.BytesIO(data), read_only=True).sheetnames if name != plan_sheet]
    (note,) = [note for note in found.notes if "laporan_kesehatan_2024_diisi.xlsx" in note]
    assert plan_sheet in note and all(name in note for name in others) and "tindak_lanjut" in note
    proposals = draft.propose(draft.read_sheets(raw / "laporan_kesehatan_2024_diisi.xlsx"))
    assert {p.sheet.name: p.table for p in proposals} == {name: None for name in others} | {plan_sheet: "tindak_lanjut"}
    (raw / "pemetaan.yml").write_text(draft.render(proposals), encoding="utf-8")  # the draft, taken as it is
    mapped = readers.scan(raw, schema.RAW, mapping.load(raw / "pemetaan.yml", schema.RAW, readers.data_files(raw)))
    assert not mapped.problems and list(mapped.found) == ["tindak_lanjut"]
    assert list(mapped.found["tindak_lanjut"][0].frame["id"]) == ids


def test_a_workbook_with_a_follow_up_sheet_but_nothing_of_the_report_is_read_as_before(tmp_path):
    """A sheet titled like the plan in an agency's own workbook stays one table among its others."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Rencana Tindak Lanjut"
    book.active.append(["id", "pelaksanaan"])
    book.active.append(["kesehatan-2024-JP20", "selesai"])
    other = book.create_sheet("anggaran")
    other.append(["dinas", "tahun", "pagu"])
    book.save(tmp_path / "kiriman.xlsx")
    assert readers.report_plan_sheet(load_workbook(tmp_path / "kiriman.xlsx", read_only=True)) is None
    assert set(readers.scan(tmp_path, schema.RAW).found) >= {"tindak_lanjut", "anggaran"}
