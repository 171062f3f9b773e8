"""Text is text in every spreadsheet the project writes (issue 21.1): the cell helper on both
kinds of openpyxl worksheet, the problem list of ``make periksa`` with hostile values in every
column of the exports, and the template of ``make templat``. The report workbook is checked on a
built report in tests/integration/test_trust.py."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from evalasn import sample, schema, sheets
from evalasn.files import save_workbook_atomically
from evalasn.ingest import check, template
from evalasn.paths import project
from tests.hostile import FORMULAS, TEXTS, texts_in

NUMBERS = (-5, -0.25, 0, 3.5)  # numbers, negative ones too, stay numbers


def _read_back(book) -> list[openpyxl.cell.Cell]:
    buffer = io.BytesIO()
    book.save(buffer)
    return list(openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active.iter_rows())[0]


@pytest.mark.parametrize("write_only", [True, False], ids=["streamed", "ordinary"])
@pytest.mark.parametrize("text", TEXTS, ids=[name for name, _ in FORMULAS])
def test_a_hostile_string_is_written_as_text_with_the_quote_prefix(text, write_only):
    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet("x") if write_only else book.active
    sheet.append(sheets.row(sheet, [text, *NUMBERS, "biasa"]))
    written = _read_back(book)
    assert [(c.value, c.data_type) for c in written] == [(text, "s"), *((n, "n") for n in NUMBERS), ("biasa", "s")]
    assert written[0].quotePrefix, "editing the cell in Excel or LibreOffice keeps it text"
    assert not written[-1].quotePrefix, "ordinary text keeps the ordinary style"


@pytest.mark.parametrize("text", TEXTS, ids=[name for name, _ in FORMULAS])
def test_a_workbook_saved_by_the_project_holds_no_formula(text, tmp_path):
    """Plain ``ws.append`` (openpyxl makes a formula of "=...") through save_workbook_atomically."""
    book = openpyxl.Workbook()
    book.active.append([text, -1])
    save_workbook_atomically(book, tmp_path / "x.xlsx")
    assert text in texts_in(tmp_path / "x.xlsx")
    assert openpyxl.load_workbook(tmp_path / "x.xlsx").active["B1"].value == -1


@pytest.fixture(scope="module")
def hostile_raw(tmp_path_factory):
    """A small export set whose every column holds a hostile string in some row (most of them invalid)."""
    root = tmp_path_factory.mktemp("rumus")
    raw = project(root).raw
    sample.generate(raw, n_pegawai=60, dinas=("kesehatan",), respondents_per_unit=3)
    planted: set[str] = set()
    for table in schema.RAW:
        path = raw / f"{table}.csv"
        if not path.exists():  # the sample has no signed follow-up plan (tindak_lanjut)
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        for number, column in enumerate(frame.columns):
            for row in range(len(FORMULAS)):  # rows 2-9 of the spreadsheet: one of each in every column
                text = TEXTS[(row + number) % len(TEXTS)]
                frame.loc[row, column] = text
                planted.add(text.strip())  # the reader trims cells, as it trims every value
        frame.to_csv(path, index=False)
    return root, planted


def test_the_problem_list_keeps_hostile_values_as_text(hostile_raw):
    root, planted = hostile_raw
    paths = project(root)
    result = check.run(paths)
    assert result.violations and paths.problems_xlsx.exists()
    listed = texts_in(paths.problems_xlsx)
    shown = {str(v.value) for v in result.violations if str(v.value) in planted}
    assert shown >= {"=1+2", "=1+1", "@SUM(A1)"}, "the NIP, dinas and category columns report their values"
    assert shown <= listed, "each value is in the file as it was written in the export"


def test_the_template_holds_no_formula(tmp_path):
    texts = texts_in(template.write(tmp_path / "templat.xlsx"))
    assert "pegawai" in texts
