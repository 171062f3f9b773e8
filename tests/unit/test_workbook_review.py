"""The workbook's review of last year's plan (LOOK16 R-5): BAB X 10.1's table and, in the province's workbook, its
table of dinas, as numbers the PDF prints and words it writes."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import followup_attention, followup_review
from evalasn.report.formats import render, workbook
from evalasn.report.words import fmt
from evalasn.report.words.text import t

BUILT = dt.datetime(2026, 1, 5)
SHEETS = {"id": ("Evaluasi rencana 2024", "Evaluasi rencana 2024 per dinas"),
          "en": ("2024 plan review", "2024 plan review by agency")}
# Indonesian words of the review's cells and headers: none in the English sheet
INDONESIAN = re.compile(r"\b(belum|tercapai|dinilai|dilaporkan|Nilai|Keterangan|Pelaksanaan|dibuat ulang|dinas|"
                        r"batas|rentang|poin|selesai|tahun)\b")


def _book(pipeline_root, slug: str, lang: str):
    from openpyxl import load_workbook

    hasil = results.read(project(pipeline_root).hasil(slug, 0))
    plan_rows, key_facts, _, review = render.published_parts(hasil, lang, BUILT, pipeline_root)  # as make report
    return load_workbook(io.BytesIO(workbook.build(dict(hasil), lang, BUILT, plan_rows, key_facts, review)))


def _printed(value: float, number_format: str, lang: str) -> str:
    """A number cell as its format shows it, in the report's separators: '61,6', '440.863', '−1,0'."""
    places = len(re.search(r"0(?:\.(0+))?", number_format).group(1) or "")  # type: ignore[union-attr]
    return fmt.number(value, places, lang)


@pytest.mark.parametrize(("slug", "lang"), [("kesehatan", "id"), ("kesehatan", "en"), (PROVINCE_SLUG, "id"),
                                            (PROVINCE_SLUG, "en")], ids=lambda value: str(value))
def test_the_workbook_has_bab_x_review_of_last_years_plan(pipeline_root, contexts, slug, lang):
    """One row per row BAB X 10.1 judges, in its order: each number the one its table prints (rounded as printed),
    its target, status and the agency's report in the table's words; the header row in view; listed on the
    contents sheet under BAB X with the table's caption. Fails on a workbook with only the judged rows' IDs."""
    ctx = contexts[(slug, lang)]  # the context the report's notebook renders BAB X from
    done = followup_review.review(ctx)
    reported = followup_review.signed_rows(ctx, [r.row for r in done])
    published = followup_review.source(ctx, [r.row for r in done]).published
    assert done, "the sample judges last year's plan"
    book = _book(pipeline_root, slug, lang)
    name = SHEETS[lang][0]
    sheet = book[name]
    assert sheet.freeze_panes == "C2"
    contents = {row[0]: row[1:] for row in book[book.sheetnames[0]].iter_rows(min_row=2, values_only=True)}
    caption = t("fr_tab", lang, nama=ctx.hasil["cakupan"]["nama"], tahun_lalu=2024)
    assert contents[name] == (t("ch_followup", lang), caption, len(done))
    rows = list(sheet.iter_rows(min_row=2))
    assert [row[0].value for row in rows] == [r.row.id for r in done]
    for row, r in zip(rows, done, strict=True):
        values = [cell.value for cell in row]
        assert values[1:3] == [r.row.code, r.row.indicator]
        assert values[4] == followup_review.target_cell(r, published, lang)
        assert values[9] == r.verdict.cell(lang)
        assert values[11] == followup_review.execution(reported.get(r.row.id), lang)
        printed = followup_review.show(r.now, lang)  # this year's cell of the PDF's table
        for cell, text in ((row[3], r.row.today_text), (row[5], r.row.target_text), (row[6], printed),
                           (row[7], printed), (row[8], printed)):
            if cell.value is not None:
                assert isinstance(cell.value, (int, float))
                assert _printed(cell.value, cell.number_format, lang) in text, (r.row.code, cell.value, text)
        if r.now.values is not None:
            assert values[6] == pytest.approx(r.now.values[0], abs=0.05 if r.now.unit != "rupiah" else 0.5)
        else:  # the table's words where it prints no one number
            assert values[6] is None and printed in values[10]
        assert (values[3] is None) == (r.row.today is None)
    if lang == "en":
        header = [cell.value for cell in rows[0]] if False else next(sheet.iter_rows(max_row=1, values_only=True))
        words = [value for row in sheet.iter_rows(values_only=True) for value in row if isinstance(value, str)]
        assert not [word for word in [*header, *words] if INDONESIAN.search(word)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_workbook_has_the_follow_up_of_each_dinas(pipeline_root, contexts, lang):
    """The province's Tabel 17 (each dinas's targets met and rows reported done) on a sheet of its own, in the
    chapter's order, each share the one it prints; none in a dinas's workbook."""
    ctx = contexts[(PROVINCE_SLUG, lang)]
    agencies = followup_attention.by_agency(ctx)
    assert agencies
    book = _book(pipeline_root, PROVINCE_SLUG, lang)
    sheet = book[SHEETS[lang][1]]
    assert sheet.freeze_panes == "B2"
    rows = list(sheet.iter_rows(min_row=2))
    assert [row[0].value for row in rows] == [agency.name for agency in agencies]
    for row, agency in zip(rows, agencies, strict=True):
        values = [cell.value for cell in row]
        assert values[1:5] == [agency.rows, agency.judged, agency.met, agency.not_met]
        shown = fmt.percent_of(agency.met, agency.judged, lang, column=True)
        assert (fmt.percent(values[5], 1, lang) if values[5] is not None else None) == shown
        if agency.reported:
            assert values[6] == agency.done
            assert fmt.percent(values[7], 1, lang) == fmt.percent_of(agency.done, agency.rows, lang, column=True)
        else:
            assert values[6:8] == [t("fr_not_reported", lang)] * 2
    assert SHEETS[lang][1] not in _book(pipeline_root, "kesehatan", lang).sheetnames
