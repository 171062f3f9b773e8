"""Last year's follow-up plan across the province's dinas (report.chapters.followup_review): the summary sentence,
each agency's rows met, not met and not judged (``by_agency``), the agencies that need attention and why
(``attention``), the province's table of them, and the dinas that left the data since the plan was signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evalasn import constants
from evalasn.registry import official_name
from evalasn.report import facts
from evalasn.report.chapters import (
    html,
    plan,
)
from evalasn.report.chapters.followup_measure import Reviewed
from evalasn.report.chapters.followup_rows import no_plan, not_in_data_sentence, review, signed_rows
from evalasn.report.context import Context
from evalasn.report.words import fmt, names, phrases
from evalasn.report.words.text import t


def counts(done: list[Reviewed]) -> dict[str, int]:
    return {status: sum(r.verdict.status == status for r in done) for status in ("met", "not_met", "cannot")}


def cannot_words(verdicts: list[facts.Verdict], holds: str) -> str:
    """The key of why targets ``verdicts`` (each "cannot") are not judged, as the summary says it: not yet, when each is
    a total of a year not over (facts.not_over); because the interval holds the target, when each is due and its
    interval holds it; else each row's reason in BAB X (LOOK35b H-10: "cannot be judged yet" for targets already
    due). ``holds``: the reason the interval rule gives (status_ci_holds) in the report's language."""
    if verdicts and all(verdict.provisional for verdict in verdicts):
        return "fr_cannot_open"
    if verdicts and all(verdict.why == holds and not verdict.parts for verdict in verdicts):
        return "fr_cannot_ci"
    return "fr_cannot_other"


def reasons_place(in_chapter: bool, lang: str) -> str:
    """Where each row's reason is: 'BAB X, Tabel 14' from the summary, 'Tabel 14' in BAB X itself (LOOK37 L-15:
    "(alasannya per baris di BAB X)" inside BAB X); the number filled in by the renderer (html.table_ref)."""
    if in_chapter:
        return html.table_ref(html.FOLLOW_UP_REVIEW, bare=True)
    return t("fr_place_chapter", lang, tabel=html.table_ref(html.FOLLOW_UP_REVIEW))


def summary_sentence(ctx: Context, in_chapter: bool = False) -> str | None:
    """'3 dari 8 target tindak lanjut 2024 tercapai; ...' for the Ringkasan Eksekutif and, ``in_chapter``, BAB X's
    lead (its pointer to the rows' reasons then names the table alone); None without last year."""
    if ctx.previous is None:
        return None
    if no_plan(ctx):
        return not_in_data_sentence(ctx)
    done = review(ctx)
    if not done:
        return ctx.t("fr_summary_none", tahun_lalu=ctx.previous["tahun"])
    tally = counts(done)
    judged = tally["met"] + tally["not_met"]
    cannot_key = cannot_words([r.verdict for r in done if r.verdict.status == "cannot"], ctx.t("status_ci_holds"))
    if not judged:  # no share of rows that cannot be judged: "0 dari 7 tercapai" read as seven failures
        key = "fr_summary_unjudged" if cannot_key == "fr_cannot_open" else "fr_summary_unjudged_due"
        sentence = ctx.t(key, total=len(done), tahun_lalu=ctx.previous["tahun"],
                         tempat=reasons_place(in_chapter, ctx.lang))
    else:
        key = "fr_summary_some" if tally["cannot"] else "fr_summary"
        key += "_none_met" if not tally["met"] else "_all_met" if not tally["not_met"] else ""
        sentence = ctx.t(key, met=tally["met"], total=len(done), judged=judged, tahun_lalu=ctx.previous["tahun"],
                         not_met=tally["not_met"], cannot=tally["cannot"],
                         tak_dinilai=ctx.t(cannot_key, tempat=reasons_place(in_chapter, ctx.lang)))
    if ctx.published is None:  # a reconstruction is never read as the signed plan, in the summary either
        sentence += " " + ctx.t("fr_summary_regenerated", tahun_lalu=ctx.previous["tahun"])
    return sentence


@dataclass(frozen=True)
class AgencyFollowUp:
    """One dinas's review of last year's plan, for the province's table."""

    slug: str
    name: str
    rows: int
    met: int
    done: int  # rows the agency reported 'selesai'
    reported: bool  # a signed sheet was returned
    not_met: int = 0  # targets judged not met
    regenerated: bool = False  # no record of the published plan: the rows were regenerated from last year's data
    # every target not judged is a total of a year not over (cannot_words' "yet"; LOOK36 K-5: the index said "cannot
    # be judged yet" of targets already due whose interval holds them)
    open_year: bool = False

    @property
    def judged(self) -> int:
        """Targets that could be judged (met or not met); the share met is of these, never of every row."""
        return self.met + self.not_met

    @property
    def met_share(self) -> float | None:
        return 100.0 * self.met / self.judged if self.judged else None

    @property
    def done_share(self) -> float | None:
        return 100.0 * self.done / self.rows if self.rows and self.reported else None


def follow_up_of(ctx: Context) -> AgencyFollowUp:
    """The scope's review of last year's plan in counts: rows, targets met, rows reported done."""
    done = review(ctx)
    reported = signed_rows(ctx, [r.row for r in done])
    unjudged = [r.verdict for r in done if r.verdict.status == "cannot"]
    return AgencyFollowUp(ctx.hasil["cakupan"]["slug"], ctx.hasil["cakupan"]["nama"], len(done), counts(done)["met"],
                          sum(record.get("pelaksanaan") == "selesai" for record in reported.values()),
                          bool(reported), counts(done)["not_met"], ctx.published is None,
                          open_year=bool(unjudged) and all(verdict.provisional for verdict in unjudged))


def by_agency(ctx: Context) -> list[AgencyFollowUp]:
    """Every dinas's share of last year's targets met and of rows reported done, the lowest share met first; a dinas
    that had no plan last year (no_plan) is left out (the table's note names it: absent_notes)."""
    out = [follow_up_of(agency) for _, agency in sorted(ctx.agencies.items()) if not no_plan(agency)]
    return sorted(out, key=lambda a: (a.met_share if a.met_share is not None else 101.0, a.slug))


def attention_reasons(ctx: Context) -> list[str]:
    """Why the province's attention list names the scope for last year's follow-up (``reasons``); [] without
    last year's plan."""
    if ctx.previous is None:
        return []
    return reasons_for(follow_up_of(ctx), ctx.returned_any, ctx.previous["tahun"], ctx.lang)


def reasons_for(agency: AgencyFollowUp, returned_any: bool, before: int, lang: str) -> list[str]:
    """The rule (constants.FOLLOW_UP_ATTENTION_SHARE): of a signed plan, fewer than half the targets that could be
    judged met; fewer than half its rows reported done; or no sheet returned while other dinas returned theirs.
    A plan regenerated because none was signed is shown and judged in the chapter but lists no one: the dinas never
    agreed to its targets (with it, every dinas was listed in the sample: targets are set above today's value on
    purpose). Targets that cannot be judged do not count against a dinas."""
    if not agency.rows:
        return []
    line = constants.FOLLOW_UP_ATTENTION_SHARE
    why = []
    judged = agency.met + agency.not_met
    if agency.reported and judged and 100.0 * agency.met / judged < line:
        why.append(t("fr_att_met", lang, tahun_lalu=before, met=agency.met, total=judged,
                     persen=fmt.percent_of(agency.met, judged, lang)))
    if agency.reported and agency.done_share is not None and agency.done_share < line:
        why.append(t("fr_att_done", lang, tahun_lalu=before, done=agency.done, total=agency.rows,
                     persen=fmt.percent_of(agency.done, agency.rows, lang)))
    if not agency.reported and returned_any:
        why.append(t("fr_att_missing", lang, tahun_lalu=before))
    return why


def attention(ctx: Context) -> dict[str, list[str]] | None:
    """The province report: each dinas the follow-up rule lists, with its reasons; None without last year."""
    if not ctx.province or not ctx.agencies:
        return None
    return {slug: why for slug, agency in sorted(ctx.agencies.items()) if (why := attention_reasons(agency))}


def attention_rule(lang: str) -> str:
    line = constants.FOLLOW_UP_ATTENTION_SHARE
    return t("fr_att_rule", lang, ambang=fmt.percent(line, 0 if float(line).is_integer() else 1, lang))


def province_table(ctx: Context) -> str:
    """The province's table of dinas by their follow-up (issue 24.3); '' outside the province report."""
    rows = by_agency(ctx)
    notes = absent_notes(ctx)
    if not ctx.province or not (rows or notes):
        return ""
    if not rows:
        return "".join(html.para(note, cls="note") for note in notes)
    before = ctx.hasil["tahun"] - 1
    def share(part: int, whole: int) -> str:  # one decimal in each cell of the column (1 of 8 is 12,5%, 2 of 8 25,0%)
        return fmt.percent_of(part, whole, ctx.lang, column=True) or "–"
    not_reported = ctx.t("fr_not_reported")
    body = [[a.name, fmt.integer(a.rows, ctx.lang), fmt.integer(a.met, ctx.lang), share(a.met, a.judged),
             fmt.integer(a.done, ctx.lang) if a.reported else not_reported,
             share(a.done, a.rows) if a.reported else not_reported] for a in rows]
    header = [ctx.label("dinas"), ctx.t("fr_p_rows", tahun_lalu=before), ctx.t("fr_p_met"), ctx.t("fr_p_met_share"),
              ctx.t("fr_p_done"), ctx.t("fr_p_done_share")]
    return html.table(header, body, ctx.t("fr_p_tab", tahun_lalu=before), numeric={1, 2, 3, 4, 5}) \
        + "".join(html.para(note, cls="note") for note in notes)


def absent_notes(ctx: Context) -> list[str]:
    """Under the province's table, the dinas it leaves out: each that left the data with last year's plan published
    ('Dinas Pertamanan dan Hutan Kota: ada data 2024, tidak ada data 2025; rencana ... (10 baris) tidak dapat dinilai';
    CHECK14 E14-1), then each new in the data, with its own report's words (no_plan; CHECK14 E14-2)."""
    if not ctx.province:
        return []
    tahun = ctx.hasil["tahun"]
    # named as the table names each dinas, in full
    left = [ctx.t("fr_left_data", nama=names.scope_name(slug, official_name(slug), ctx.lang), tahun_lalu=tahun - 1,
                  tahun=tahun,
                  baris=len(published.rows)) for slug, published in sorted(ctx.left.items())]
    new = [not_in_data_sentence(agency) for _, agency in sorted(ctx.agencies.items()) if no_plan(agency)]
    return left + new


def left_sentence(ctx: Context) -> str:
    """'Data 2024 sekarang tidak memuat Pertamanan dan Hutan Kota, yang ada dalam data ketika rencana terbit.' for the
    note on changed data of the province's published plan: the dinas that left are a cause of the change (CHECK14
    E14-1); '' when none left."""
    if not ctx.province or not ctx.left:
        return ""
    gone = [names.short_name_in(slug, ctx.lang) for slug in sorted(ctx.left)]
    return ctx.t("fr_data_left", tahun_lalu=ctx.hasil["tahun"] - 1, daftar=phrases.and_(gone, ctx.lang),
                 jumlah=len(gone))


def left_executors(ctx: Context, row: plan.PlanRow) -> list[str]:
    """The dinas that left the data (Context.left) among the executors the province's published plan gave ``row``
    (its dinas rows, or the dinas it was written for), by slug; [] elsewhere. The row as reviewed is rebuilt from this
    year's data, which no longer hold them: the published record is what was signed."""
    if not ctx.province or not ctx.left or ctx.published is None:
        return []
    record = next((r for r in ctx.published.rows if r["id"] == row.id), None)
    if record is None:
        return []
    named = {found["dinas"] for row_id in record.get("baris_dinas") or ()
             if (found := re.fullmatch(constants.PLAN_ROW_ID, row_id))} | set(record.get("dinas_dituju") or ())
    return sorted(slug for slug in named if slug in ctx.left)


def left_executor_note(ctx: Context, row: plan.PlanRow) -> str:
    """'pelaksana baris ini dalam rencana 2024 yang terbit termasuk Pertamanan dan Hutan Kota: ada data 2024, tidak
    ada data 2025, …' for a row whose signed executors include a dinas that left the data; '' otherwise."""
    gone = left_executors(ctx, row)
    if not gone:
        return ""
    tahun = ctx.hasil["tahun"]
    return ctx.t("fr_left_executor", tahun_lalu=tahun - 1, tahun=tahun, jumlah=len(gone),
                 daftar=phrases.and_([names.short_name_in(slug, ctx.lang) for slug in gone], ctx.lang))
