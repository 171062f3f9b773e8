"""The province workbook's "Angka Kunci" sheet carries every figure the province report's Tabel 1 prints, in the
same order: its gain row the mixed model's province mean every dinas compares itself with, the participants' mean
beside it (reader review 4, item 5; REVIEW6 R6-8: the PDF row once led with the participants' mean "9,4", the
workbook set 9,414 against 9,214 under one name). Both from one record (report.facts)."""

from __future__ import annotations

import datetime as dt
import html
import io
import re

import openpyxl
import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import key_findings
from evalasn.report.formats import render, workbook

BUILT = dt.datetime(2026, 1, 15, 9, 0)
# the workbook columns that hold this year's figures, in the order Tabel 1's cell prints them
NOW = ("xf_nilai", "xf_bawah", "xf_atas", "xf_n", "xf_mentah", "provinsi", "xf_provinsi_bawah", "xf_provinsi_atas")
BEFORE = ("xf_tahun_lalu", "xf_tahun_lalu_bawah", "xf_tahun_lalu_atas", "xf_tahun_lalu_mentah")


def numbers(cell: str, lang: str) -> list[tuple[float, int]]:
    """The numbers a table cell prints, each with its decimals: '9,4 (8,8–10,0)' -> [(9.4, 1), (8.8, 1), (10.0, 1)];
    'Rp 276.396' -> [(276396.0, 0)]."""
    thousands, point = (".", ",") if lang == "id" else (",", ".")
    out = []
    for text in re.findall(r"\d[\d.,]*\d|\d", cell):
        plain = text.replace(thousands, "").replace(point, ".")
        out.append((float(plain), len(plain.split(".")[1]) if "." in plain else 0))
    return out


def _table_rows(table_html: str) -> list[list[str]]:
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table_html, flags=re.S):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, flags=re.S)
        rows.append([html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return rows


def _agrees(shown: list[tuple[float, int]], stored: list[float]) -> bool:
    return len(shown) == len(stored) and all(abs(value - number) <= 0.5 * 10 ** -decimals + 1e-9
                                             for (number, decimals), value in zip(shown, stored, strict=True))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_key_sheet_holds_tabel_1s_figures(contexts, pipeline_root, lang):
    ctx = contexts[(PROVINCE_SLUG, lang)]
    _, records = render.workbook_parts(ctx.hasil, lang, BUILT, pipeline_root)  # as make report builds it
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(ctx.hasil, lang, BUILT, key_facts=records)))
    sheet = list(book[workbook.label("xf_sheet", lang)].iter_rows(values_only=True))
    header = [str(h) for h in sheet[0]]
    tahun = ctx.hasil["tahun"]
    column = {name: header.index(workbook.label(name, lang, tahun=tahun, tahun_lalu=tahun - 1))
              for name in NOW + BEFORE}
    plain = lambda text: " ".join(str(text).replace("\u00a0", " ").split())  # noqa: E731
    stored = {plain(row[0]): row for row in sheet[1:]}
    printed = _table_rows(key_findings.table(ctx))[1:]
    assert len(printed) == len(stored)
    for name, now, before, *_ in printed:
        row = stored[plain(name)]
        for cell, names in ((now, NOW), (before, BEFORE)):
            values = [row[column[n]] for n in names if row[column[n]] is not None]
            assert _agrees(numbers(cell, lang), values), (name, cell, values)
    gain = next(cells for cells in printed if len(numbers(cells[1], lang)) == 5)  # with n and the mean
    model = ctx.hasil["pooling"]["rata_provinsi"]  # the mean every dinas workbook's Provinsi column holds
    row = stored[plain(gain[0])]
    assert [row[column[n]] for n in NOW[:3]] == pytest.approx([model["estimasi"], model["ci_bawah"], model["ci_atas"]])
    assert row[column["xf_mentah"]] == pytest.approx(ctx.hasil["level2_pembelajaran"]["keseluruhan"]["estimasi"])
    assert row[column["provinsi"]] is None  # the province is not set against itself
