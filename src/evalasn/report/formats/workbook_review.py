"""The workbook's review of last year's plan (BAB X 10.1, LOOK16 R-5): one row per judged row as the chapter's table
prints it, numbers as numbers with its decimals, status and reasons in words; in the province's workbook the table
of dinas on a sheet of its own. Cells as (value, number format) for report.formats.workbook to write."""

from __future__ import annotations

from evalasn.report.chapters import review_sheet
from evalasn.report.chapters.published_rows import PERCENT, RUPIAH
from evalasn.report.words.text import label, t

Cell = tuple[object, str | None]  # a value and its number format (None: text)
REVIEW_WIDTHS = (30, 18, 40, 14, 22, 14, 14, 14, 14, 24, 50, 22)
AGENCY_WIDTHS = (36, 12, 14, 14, 14, 14, 14, 12)


def sheet_names(review: review_sheet.Sheet, lang: str) -> tuple[str, str | None]:
    """The review's sheet and, in the province's workbook, the sheet of dinas (at most 31 characters)."""
    before = review.tahun - 1
    return (label("erl_sheet", lang, tahun_lalu=before)[:31],
            label("erl_sheet_dinas", lang, tahun_lalu=before)[:31] if review.agencies else None)


def number_format(figure: review_sheet.Number) -> str:
    """Excel's format showing ``figure`` as the table does: '61,6%', 'Rp 440.863', '2,7329', '−1,0'."""
    if figure.unit == RUPIAH:
        return '"Rp "#,##0'
    places = "." + "0" * figure.decimals if figure.decimals else ""
    return f'#,##0{places}"%"' if figure.unit == PERCENT else f"#,##0{places}"


def _figure(figure: review_sheet.Number | None) -> Cell:
    return (None, None) if figure is None else (figure.value, number_format(figure))


def review_rows(review: review_sheet.Sheet, lang: str) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows of the review sheet."""
    tahun, before = review.tahun, review.tahun - 1
    header = [label("rtl_id", lang), t("pl_kode", lang), label("indikator", lang),
              t("fr_then", lang, tahun_lalu=before), t("pl_target", lang, tahun=tahun),
              label("erl_target_angka", lang, tahun=tahun), label("erl_nilai", lang, tahun=tahun),
              label("erl_bawah", lang, tahun=tahun), label("erl_atas", lang, tahun=tahun), t("fr_status", lang),
              label("erl_keterangan", lang), t("fr_execution", lang)]
    rows = []
    for line in review.lines:
        now = line.now or (None, None, None)
        rows.append([(line.id, None), (line.code, None), (line.indicator, None), _figure(line.then),
                     (line.target_text, None), _figure(line.target), *(_figure(figure) for figure in now),
                     (line.status, None), (line.note or None, None), (line.execution, None)])
    return header, rows


def agency_rows(review: review_sheet.Sheet, lang: str) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows of the province's table of dinas (the chapter's, with the targets judged and not met
    beside the share, which is of those judged)."""
    before = review.tahun - 1
    header = [label("dinas", lang), t("fr_p_rows", lang, tahun_lalu=before), label("erl_dinilai", lang),
              t("fr_p_met", lang), label("erl_belum", lang), t("fr_p_met_share", lang), t("fr_p_done", lang),
              t("fr_p_done_share", lang)]
    count, percent = "#,##0", '#,##0.0"%"'
    not_reported = t("fr_not_reported", lang)
    rows = []
    for agency in review.agencies:
        met_share = review_sheet.share(agency.met, agency.judged)
        done = [(agency.done, count), (review_sheet.share(agency.done, agency.rows), percent)] if agency.reported \
            else [(not_reported, None), (not_reported, None)]
        rows.append([(agency.name, None), (agency.rows, count), (agency.judged, count), (agency.met, count),
                     (agency.not_met, count), (met_share, percent if met_share is not None else None), *done])
    return header, rows
