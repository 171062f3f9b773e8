"""Which rows of last year's plan are reviewed (report.chapters.followup_review): the plan its report published, or
one regenerated from last year's results (``last_plan``, ``source``), the targets staff changed before signature and
the execution they reported on the returned sheet (``signed_rows``), and the review itself, made once per context
(``review``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

import pandas as pd

from evalasn.analysis.contract import Hasil, PlanReviewed
from evalasn.errors import InputError
from evalasn.report import facts
from evalasn.report.chapters import (
    plan,
    plan_records,
    province_rows,
    published_rows,
    rules,
)
from evalasn.report.chapters.followup_measure import Reviewed, judge, measure
from evalasn.report.chapters.published_rows import (
    UNITS,
    target_text,
)
from evalasn.report.context import Context
from evalasn.report.words import fmt
from evalasn.report.words.text import t


def last_plan(ctx: Context) -> list[plan.PlanRow]:
    """Last year's plan as its report published it (``Context.published``: its rows by id, in the published order,
    with the published targets), else regenerated from last year's results (plan.last_year); empty without them."""
    if no_plan(ctx):
        return []
    regenerated = province_rows.last_year(ctx)
    if ctx.published is None or ctx.previous is None:
        return regenerated
    previous = ctx.previous
    return published_rows.rows(ctx.published.rows, regenerated, ctx.published.tahun, ctx.lang, previous,
                               lambda row: _subject(row, previous))


def no_plan(ctx: Context) -> bool:
    """The scope had no plan last year: a dinas new in the data (no training row last year or before,
    rules.never_in_data) without a published plan of that year. None is made again from 0 participations and judged
    (CHECK14 E14-2: 'DATA 0,0% pada 2024 ... belum tercapai', counted in the province's table)."""
    return ctx.published is None and ctx.previous is not None and rules.never_in_data(ctx.previous)


def not_in_data_sentence(ctx: Context) -> str:
    """'KPKP belum ada dalam data 2024: tidak ada rencana tindak lanjut 2024 yang dinilai.' (no_plan)."""
    return ctx.t("fr_not_in_data", nama=ctx.hasil["cakupan"]["nama"], tahun_lalu=ctx.hasil["tahun"] - 1)


@dataclass(frozen=True)
class Differs:
    """A published row whose value of last year differs from last year's value computed again this year."""

    code: str
    id: str
    published: str
    recomputed: str


@dataclass(frozen=True)
class Source:
    """Where the reviewed rows come from: "terbit" (the published plan, ``file``) or "dibuat_ulang" (regenerated:
    no published record); ``differs``: the published rows whose value of their year this year's data give
    otherwise (the data of that year changed after publication)."""

    kind: str
    file: str
    differs: tuple[Differs, ...] = ()
    # published rows whose value of their year cannot be computed again from this year's data (``recomputed``: why):
    # not checked, which is not a change of data (CHECK12 C12-14)
    unchecked: tuple[Differs, ...] = ()

    @property
    def published(self) -> bool:
        return self.kind == "terbit"


def source(ctx: Context, rows: list[plan.PlanRow] | None = None) -> Source:
    """Which plan the review judges and, for a published one, the rows whose published value of last year differs
    from the value this year's model stage computes for last year from this year's data."""
    before = ctx.hasil["tahun"] - 1
    if ctx.published is None or ctx.previous is None:
        return Source("dibuat_ulang", f"hasil-{before}.json")
    differs, unchecked = [], []
    for row in last_plan(ctx) if rows is None else rows:
        if row.today is None or row.dinas:
            continue
        again = measure(row, _subject(row, ctx.previous), ctx.previous, ctx.lang)
        value = again.values[0] if again.values is not None else None
        if value is None:  # withheld this year (a rule, too few data): the published value is not contradicted
            unchecked.append(Differs(row.code, row.id, row.today_text, again.brief or again.reason))
        elif not math.isclose(value, row.today, rel_tol=1e-6, abs_tol=1e-9):
            differs.append(Differs(row.code, row.id, row.today_text,
                                   published_rows.value_text(value, row.unit, ctx.lang)))
    return Source("terbit", ctx.published.source, tuple(differs), tuple(unchecked))


def source_record(ctx: Context) -> PlanReviewed:
    """The review's source as hasil.json keeps it (contract.plan.PlanReviewed)."""
    found = source(ctx)
    return {"tahun": ctx.hasil["tahun"] - 1, "sumber": found.kind, "berkas": found.file if found.published else None,
            "id_dinilai": [row.id for row in last_plan(ctx)], "nilai_berbeda": [item.id for item in found.differs]}


def _subject(row: plan.PlanRow, previous: Hasil) -> str:
    """The subject a row's code names (a method, an SKM element, or the dinas of a province row on its gain), as
    the results spell it."""
    known = [r["metode"] for r in previous["pelaksanaan"]["kegiatan_per_metode"]] \
        + [r["metode"] for r in previous["level2_pembelajaran"]["per_metode"]] \
        + [r["unsur"] for r in previous["komunikasi"]["unsur"]] \
        + [r["dinas"] for r in (previous.get("pooling") or {}).get("per_dinas") or []]
    return next((name for name in sorted(known, key=len, reverse=True) if row.code.endswith("-" + name.upper())
                 or row.code == name.upper()), "")


def signed_rows(ctx: Context, rows: list[plan.PlanRow]) -> dict[str, dict]:
    """The agency's report of each row (id -> pelaksanaan, tanggal, bukti, catatan, target_angka); an id that is
    not a row of the plan is an error naming the file, sheet, row, column, value and the plan's ids (make periksa
    finds it earlier when last year's report workbook is in reports/: ingest.plan_ids)."""
    if ctx.signed.empty:
        return {}
    known = {row.id for row in rows}
    records = ctx.signed.to_dict("records")
    unknown = [record for record in records if record["id"] not in known]
    if unknown:
        scope = ctx.previous["cakupan"]["slug"] if ctx.previous else ctx.hasil["cakupan"]["slug"]
        expected = (f"ID baris rencana tindak lanjut {scope} {ctx.hasil['tahun'] - 1}: "
                    f"{', '.join(sorted(known)) or 'rencana itu tidak memuat baris'}; salin ID dari sheet "
                    "Rencana Tindak Lanjut laporan tahun itu")
        raise InputError("; ".join(f"{_where(record)}kolom 'id': nilai {record['id']!r}" for record in unknown)
                         + f" — diharapkan {expected}")
    return {record["id"]: record for record in records}


def _where(record: dict) -> str:
    """'rtl.xlsx, sheet Rencana Tindak Lanjut, baris 5, ' as the ingest messages write a place."""
    source, row = record.get("sumber"), record.get("baris")
    place = source if isinstance(source, str) and source else "data/raw/, tabel tindak_lanjut"
    return f"{place}, baris {int(row)}, " if row is not None and not pd.isna(row) and row else f"{place}, "


def as_signed(row: plan.PlanRow, record: dict | None, lang: str) -> tuple[plan.PlanRow, str | None]:
    """The row with the signed sheet's target when staff changed it before signature (its 'Target (angka)'
    differs from the regenerated one), and the regenerated target's text; the row as it is otherwise."""
    signed = (record or {}).get("target_angka")
    if signed is None or pd.isna(signed) or row.rule not in UNITS \
            or abs(float(signed) - row.target) <= 1e-9 * max(1.0, abs(row.target)):
        return row, None
    value = float(signed)
    return replace(row, target=value, target_text=target_text(row, value, lang)), row.target_text


def execution(record: dict | None, lang: str) -> str:
    """'selesai (30-09-2025)', 'not started', or 'tidak dilaporkan'."""
    if not record or pd.isna(record.get("pelaksanaan")):
        return t("fr_not_reported", lang)
    word = plan_records.EXECUTION[lang][plan_records.EXECUTION["id"].index(record["pelaksanaan"])]
    when = record.get("tanggal")
    return f"{word} ({fmt.date(when, lang)})" if when is not None and not pd.isna(when) else word


REVIEWED = "_reviewed"  # where a context keeps its review: (the field values it was made from, the rows)


def review(ctx: Context) -> list[Reviewed]:
    """Every row of last year's plan with this year's value and verdict, against the signed target where the
    agency's returned sheet has one that staff changed before signature. Made once per context and kept on it
    (its chapters ask up to six times; the province report, three times for each dinas), made again when one of the
    context's fields has been given another value since."""
    inputs = tuple(getattr(ctx, each.name) for each in fields(ctx))
    kept = vars(ctx).get(REVIEWED)
    if kept is None or any(now is not then for now, then in zip(inputs, kept[0], strict=True)):
        kept = vars(ctx)[REVIEWED] = (inputs, _review(ctx))
    return list(kept[1])


def _review(ctx: Context) -> list[Reviewed]:
    out = []
    rows = last_plan(ctx)
    signed = signed_rows(ctx, rows)  # unknown ids are an error before anything is shown
    for regenerated in rows:
        row, was = as_signed(regenerated, signed.get(regenerated.id), ctx.lang)
        now = measure(row, _subject(row, ctx.previous or ctx.hasil), ctx.hasil, ctx.lang, ctx.dinas_results)
        out.append(Reviewed(row, now, judge(row, now, ctx.lang, facts.open_on(ctx)), was))
    return out
