"""BAB X 10.1 (last year's plan judged) as records for the workbook (report.formats.workbook_review): the rows its
table prints, from the same review (followup_review.review), each value a number rounded as the table prints it,
and in the province report the table of dinas (followup_review.by_agency)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from evalasn.report.chapters import followup_attention
from evalasn.report.chapters import followup_review as review
from evalasn.report.chapters.published_rows import COUNT, ELEMENT, PERCENT, POINTS, RUPIAH
from evalasn.report.context import Context
from evalasn.report.words import fmt
from evalasn.report.words.text import label, t


@dataclass(frozen=True)
class Number:
    """A figure as the table prints it: its value rounded to the printed decimals, in a unit of published_rows."""

    value: float
    decimals: int
    unit: str


@dataclass(frozen=True)
class Line:
    """One judged row: numbers where the table prints one figure, the table's words otherwise (``note``)."""

    id: str
    code: str
    indicator: str
    then: Number | None  # last year's value
    target_text: str  # with its direction, as the table prints it
    target: Number | None  # None for a row with a target per dinas
    now: tuple[Number | None, Number | None, Number | None] | None  # this year's value and its 95% interval
    status: str
    note: str  # the table's value cells that are not one number (a reason, a value per dinas)
    execution: str


@dataclass(frozen=True)
class Sheet:
    """The review of last year's plan in a report: its rows and, in the province's, each dinas's counts."""

    tahun: int  # the evaluated year; the plan is of the year before
    caption: str
    lines: tuple[Line, ...]
    agencies: tuple[followup_attention.AgencyFollowUp, ...] = ()
    agencies_caption: str = ""


def decimals(value: float, unit: str) -> int:
    """The decimals the review table prints a figure of ``unit`` with (followup_review.show, plan_parts.gain_text,
    published_rows.target_text): a percent and a gain to a tenth, an SKM element beside its threshold (fmt.element),
    rupiah and counts whole, another score to two."""
    if unit in (PERCENT, POINTS):
        return 1
    if unit in (RUPIAH, COUNT):
        return 0
    if unit == ELEMENT:
        return fmt.element_decimals(value)
    return 2


def number(value: float | None, unit: str) -> Number | None:
    """``value`` (a target too) as the table prints it: a whole percent with its decimal ('≥ 100,0%',
    fmt.percent_target)."""
    if value is None:
        return None
    places = decimals(value, unit)
    return Number(round(value, places) + 0.0, places, unit)  # + 0.0: no -0.0 in a cell


def target_unit(row, unit: str) -> str:
    """The unit of a row's target number: PPPK-JP's none above the cap is a count, as its cell says it ('0 PPPK di
    atas 24 JP': plan_targets.pppk_target_text, LOOK37b M-20), never a '0,0%' beside it; else the indicator's."""
    return COUNT if row.rule == "rec_pppk" and row.target <= 0 else unit


def share(part: int, whole: int) -> float | None:
    """A count's share in percent to a tenth, rounded half up as the province's table prints it
    (fmt.percent_of(column=True)); None when ``whole`` is zero."""
    if not whole:
        return None
    return float(Fraction(int(Fraction(1000 * part, whole) + Fraction(1, 2)), 10))


def line(reviewed: review.Reviewed, record: dict | None, published: bool, tahun: int, lang: str) -> Line:
    row, now = reviewed.row, reviewed.now
    unit = now.unit  # the indicator's unit, last year's value and the target's too (followup_review.Measured)
    notes: list[str] = []  # each named by its column, as the table heads it
    # last year's cell in words where it is not one number: withheld, or with its interval ('−0,5 (−2,2 s.d. 1,1)')
    if (row.today is None or "(" in row.today_text) and row.today_text not in ("", fmt.DASH):
        notes.append(f"{t('fr_then', lang, tahun_lalu=tahun - 1)}: {row.today_text}")
    shown = None
    if now.values is not None:
        value, low, high = now.values
        shown = (number(value, now.unit), *((number(low, now.unit), number(high, now.unit)) if now.has_interval
                                            else (None, None)))
    if now.values is None or now.text:  # withheld, or a count in words as last year's ('4 dari 7 PPPK (…)')
        notes.append(f"{label('rtl_nilai_kini', lang, tahun=tahun)}: {review.show(now, lang)}")
    several = len(row.targets) > 1
    return Line(row.id, row.code, row.indicator, number(row.today, unit), review.target_cell(reviewed, published, lang),
                None if several else number(row.target, target_unit(row, unit)), shown,
                reviewed.verdict.cell(lang), "; ".join(note for note in notes if note),
                review.execution(record, lang))


def of(ctx: Context) -> Sheet | None:
    """The review BAB X 10.1 prints of ``ctx``'s report; None without last year's results or plan (no review:
    followup_review.no_plan)."""
    if ctx.previous is None or review.no_plan(ctx):
        return None
    done = review.review(ctx)
    reported = review.signed_rows(ctx, [r.row for r in done])
    published = review.source(ctx, [r.row for r in done]).published
    before = ctx.hasil["tahun"] - 1
    agencies = tuple(followup_attention.by_agency(ctx)) if ctx.province else ()
    lines = tuple(_with_left(line(r, reported.get(r.row.id), published, ctx.hasil["tahun"], ctx.lang),
                             review.left_executor_note(ctx, r.row), ctx.lang) for r in done)
    return Sheet(ctx.hasil["tahun"], ctx.t("fr_tab", nama=ctx.hasil["cakupan"]["nama"], tahun_lalu=before), lines,
                 agencies, ctx.t("fr_p_tab", tahun_lalu=before) if agencies else "")


def _with_left(each: Line, left: str, lang: str) -> Line:
    """The line with the note on its signed executors that left the data (the table's mark in its execution cell)."""
    if not left:
        return each
    said = f"{t('fr_execution', lang)}: {left}"
    return replace(each, note="; ".join(part for part in (each.note, said) if part))
