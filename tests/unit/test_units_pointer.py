"""'dan N unit lain (BAB VI)' leads where those units are (reader review 3, item 22 and the brief: "dan 27 unit lain
(BAB VI)" beside a table of ten): BAB VI's table when it shows them all, else how many of them it shows and the
workbook sheet of every unit, which the report's XLSX has."""

from __future__ import annotations

import copy
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from evalasn.analysis.ikm import category
from evalasn.report.chapters import ikm_units, key_findings, results, rules
from evalasn.report.formats import workbook
from evalasn.report.words.text import t
from evalasn.report.words.units import unit_name


def _unit(name: str, value: float, period: str) -> dict:
    """A unit of the latest SKM period whose whole interval lies in the category of ``value``."""
    letter, words = category(value)
    return {"periode": period, "dinas": "kesehatan", "unit_kerja": name, "n": 400, "estimasi": value,
            "ci_bawah": value - 0.5, "ci_atas": value + 0.5, "cukup_data": True, "kategori": letter, "label": words,
            "kategori_bawah": letter, "kategori_atas": letter, "sampel_kurang": False, "unsur_terlemah": "u8",
            "nilai_unsur_terlemah": 2.6, "u7": 2.9, "u8": 2.6}


def _with_units_below_b(ctx, count: int):
    """``ctx`` (a dinas report) whose latest period has ``count`` units in category C, then three in A."""
    hasil = copy.deepcopy(ctx.hasil)
    period = hasil["komunikasi"]["periode"]
    units = [_unit(f"Unit C{i:02d}", 66.0 + 0.5 * i, period) for i in range(count)]
    units += [_unit(f"Unit A{i}", 90.0 + i, period) for i in range(3)]
    hasil["level4_hasil"]["ikm_unit"] = units
    return type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)


def _finding(ctx) -> str:
    return next(f.text for f in key_findings.ranked(ctx) if f.kind == "ikm_cd")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_units_beyond_the_table_are_pointed_to_the_workbook_sheet(contexts, lang):
    ctx = _with_units_below_b(contexts[("kesehatan", lang)], 14)
    table = results.communication(ctx)
    unnamed = [f"Unit C{i:02d}" for i in range(ikm_units.NAMED_AT_MOST, 14)]
    tabled = [name for name in unnamed if f">{unit_name(name, lang)}<" in table]  # in English quoted as data
    assert len(tabled) == ikm_units.IKM_TABLE_UNITS - ikm_units.NAMED_AT_MOST  # the table shows ten, three are named
    text = _finding(ctx)
    sheet = t("kt_ikm_sheet", lang)
    expected = t("kt_and_more_sheet_some", lang, n=len(unnamed), k=len(tabled), sheet=sheet,
                 periode=ctx.hasil["komunikasi"]["periode"])
    assert expected in text, text
    assert t("kt_and_more", lang, n=len(unnamed)) not in text  # no longer "(BAB VI)" for units the table lacks
    # the sheet named is in the report's workbook, with every unit of the period
    book = load_workbook(io.BytesIO(workbook.build(ctx.hasil, lang, dt.datetime(2026, 1, 5))), read_only=True)
    assert sheet in book.sheetnames
    cells = {str(cell) for row in book[sheet].iter_rows(values_only=True) for cell in row}
    assert {unit_name(name, lang) for name in unnamed} <= cells


@pytest.mark.parametrize("lang", ["id", "en"])
def test_units_all_in_the_table_keep_the_chapter_pointer(contexts, lang):
    ctx = _with_units_below_b(contexts[("kesehatan", lang)], 8)
    text = _finding(ctx)
    assert t("kt_and_more", lang, n=8 - ikm_units.NAMED_AT_MOST) in text, text
    assert t("kt_ikm_sheet", lang) not in text


def test_the_recommendation_naming_the_units_points_the_same_way(contexts):
    ctx = _with_units_below_b(contexts[("kesehatan", "id")], 14)
    recs = [r.text for r in rules.recommendations(ctx.hasil, "id", ctx.targets) if r.rule in ("rec_weak",
                                                                                              "rec_ikm_units")]
    assert recs and all("11 unit lain (7 di antaranya" in text for text in recs), recs


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_more_is_named_not_pointed_to(lang):
    """LOOK12 K-5: "…, Sekretariat Dinas 71,48 (…) dan 1 unit lain (BAB VI)": one more is named (its name is as short
    as the pointer); two more are still pointed to."""
    from typing import Any

    from evalasn.report.chapters import ikm_units

    ikm: Any = {"n": 30, "estimasi": 71.5, "ci_bawah": 69.0, "ci_atas": 74.0, "cukup_data": True, "kategori": "C"}
    names = [f"Dinas {chr(65 + i)}" for i in range(ikm_units.NAMED_AT_MOST + 2)]
    rows = [ikm_units.BelowB(name, ikm, True, dinas=True) for name in names]
    hasil: Any = {}
    one_more = ikm_units.named_few(names[:-1], rows[:-1], hasil, lang)
    assert all(name in one_more for name in names[:-1]) and "lain" not in one_more and "other" not in one_more
    two_more = ikm_units.named_few(names, rows, hasil, lang)
    assert names[-1] not in two_more and names[-2] not in two_more
