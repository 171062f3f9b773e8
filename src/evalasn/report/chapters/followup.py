"""BAB X Rencana Tindak Lanjut: the follow-up plan of report.chapters.plan, one row per finding with its
stable code, action, indicator, today's value, target, responsible unit and deadline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.little_gain import is_little_gain
from evalasn.report import facts
from evalasn.report.chapters import (
    followup_review,
    html,
    ikm_units,
    method_choice,
    no_gain,
    plan,
    plan_indicators,
    plan_owners,
    plan_parts,
    plan_targets,
    province_rows,
    recommendation,
)
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.context import Context
from evalasn.report.words import fmt, impact, names, phrases, reasons
from evalasn.report.words.text import label, t

Carried = dict[str, followup_review.Reviewed]  # followup_review.carried: last year's rows not shown reached, by code

WHOLE = ""  # a row about the report's whole scope (PlanRow.dinas empty), in a row's population


@dataclass(frozen=True)
class Link:
    """Last year's row (``before``) carried on by one of this year's rows for some of its population: ``dinas``,
    in last year's row's order, or () for the whole of it."""

    before: followup_review.Reviewed
    dinas: tuple[str, ...] = ()


def _population(row: plan.PlanRow) -> frozenset[str]:
    return frozenset(row.dinas) if row.dinas else frozenset({WHOLE})


def links(issued_rows: list[plan.PlanRow], carried: Carried) -> tuple[list[list[Link]], dict[str, set[str]]]:
    """Which of last year's rows not shown reached each of this year's rows carries on (docs/metode.md, "Rencana
    tindak lanjut"): a row of last year on the same finding, for the dinas both rows are about (a row about the
    whole scope is about each dinas). Each of last year's rows is carried on, or replaced, by at most one of this
    year's rows per dinas, and each of this year's rows carries at most one of last year's per dinas; a row under
    the same code first (STOP-E-LEARNING of Pendidikan continues last year's STOP-E-LEARNING of Pendidikan, not
    last year's KECIL-E-LEARNING), then one under the other code of its finding (KECIL- becomes STOP-). Returns each
    issued row's links, and for each of last year's codes the dinas it was carried on for (WHOLE: all of it)."""
    out: list[list[Link]] = [[] for _ in issued_rows]
    have: list[set[str]] = [set() for _ in issued_rows]
    given: dict[str, set[str]] = {code: set() for code in carried}
    for same_code in (True, False):
        for index, row in enumerate(issued_rows):
            for code, before in carried.items():
                if followup_review.finding(before.row) != followup_review.finding(row) \
                        or (before.row.code == row.code) != same_code:
                    continue
                new, old = _population(row), _population(before.row)
                if WHOLE in have[index] or WHOLE in given[code]:
                    continue
                if WHOLE in new and WHOLE in old:  # the whole scope on both sides: all or nothing
                    free = set() if have[index] or given[code] else {WHOLE}
                else:
                    common = old if WHOLE in new else new if WHOLE in old else new & old
                    free = set(common) - have[index] - given[code]
                if not free:
                    continue
                have[index] |= free
                given[code] |= free
                order = before.row.dinas or row.dinas
                out[index].append(Link(before, tuple(slug for slug in order if slug in free)))
    return out, given


def issued(ctx: Context, carried: Carried | None = None) -> list[plan.PlanRow]:
    """The plan as the report and its workbook issue it (issue 24.2): this year's rows, a row on the same finding
    as one of last year's whose target was not shown reached (followup_review.carried) never getting a weaker
    target than last year's (staff's signed one when they changed it), and with the history of the rows it carries
    on (``links``: for the dinas it is about) in its action.
    ``carried``: that review when the caller has it already (it judges last year's whole plan)."""
    carried = followup_review.carried(ctx) if carried is None else carried
    before = {followup_review.finding(r.row): dict(zip(r.row.dinas, r.row.targets, strict=True)) if r.row.targets
              else {"": r.row.target}
              for r in carried.values() if r.row.rule != "rec_stop"}  # a stop row's '> 0 or Rp 0' is no floor
    issued_rows = province_rows.rows(ctx, before)
    linked, _ = links(issued_rows, carried)
    return [_with_histories(row, row_links, ctx.lang) for row, row_links in zip(issued_rows, linked, strict=True)]


def _with_histories(row: plan.PlanRow, row_links: list[Link], lang: str) -> plan.PlanRow:
    """``row`` with the history of each of last year's rows it carries on: beside its step, or, for a row whose
    target is explained in its note (plan.NOTED_RULES), after that note (LOOK37b M-10)."""
    if row.rule in plan.NOTED_RULES:
        return replace(row, note="; ".join(part for part in (row.note, *_history_parts(row, row_links, lang)) if part))
    return replace(row, action=_histories(row, row_links, lang))


def _history_parts(row: plan.PlanRow, row_links: list[Link], lang: str) -> list[str]:
    """The history of each of last year's rows ``row`` carries on; a row about several dinas says whose value each
    quotes and which of its dinas had no row last year (REVIEW4 10)."""
    several = len(row.dinas) > 1
    covered = {slug for link in row_links for slug in (link.dinas or row.dinas)}
    new = tuple(slug for slug in row.dinas if slug not in covered) if several else ()
    return [followup_review.history(link.before, lang, row.code, link.dinas or row.dinas, named=several,
                                    new=new if index == len(row_links) - 1 else ())
            for index, link in enumerate(row_links)]


def _histories(row: plan.PlanRow, row_links: list[Link], lang: str) -> str:
    """``row``'s step with the history of each of last year's rows it carries on, each beside it in one bracket or
    after a semicolon (phrases.aside; LOOK12 K-7: "… (BAB VI) (lanjutan baris ini …)")."""
    action = row.action
    for history in _history_parts(row, row_links, lang):
        action = phrases.aside(action, history)
    return action


def closed(issued_rows: list[plan.PlanRow], carried: Carried) -> list[Link]:
    """Last year's rows not shown reached that no row of this year's plan carries on (their finding no longer
    arises), whole (``dinas`` ()), and the dinas of a row about several dinas that this year's rows leave out
    (KECIL-SEMINAR of Bina Marga and Kesehatan, carried on for Kesehatan alone): the chapter names them with their
    values."""
    _, given = links(issued_rows, carried)
    out = []
    for code, before in carried.items():
        if not given[code]:
            out.append(Link(before))
        elif WHOLE not in given[code] and (left := tuple(s for s in before.row.dinas if s not in given[code])):
            out.append(Link(before, left))
    return out


def rows(ctx: Context, issued_rows: list[plan.PlanRow]) -> list[list[str]]:
    marks = withheld_marks(issued_rows)
    return [[row.code, row.action, row.indicator, row.today_text + marks.mark(row.today_reason),
             row.target_text + marks.mark(plan.note_text(row)), row.owner, row.deadline] for row in issued_rows]


def withheld_marks(issued_rows: list[plan.PlanRow]) -> NoteMarks:
    """A note mark for each whole reason a value cell gives only the cause of (PlanRow.today_reason) and for each
    row's note on its target (PlanRow.note, with the row's code), in row order, as ``rows`` marks them."""
    marks = NoteMarks()
    for row in issued_rows:
        marks.mark(row.today_reason)
        marks.mark(plan.note_text(row))
    return marks


def withheld_note(issued_rows: list[plan.PlanRow]) -> str:
    """'ᵃ biaya tidak tercatat: 2 kegiatan …; ᵇ BIAYA-POIN: pada biaya per peserta …': each whole reason and each
    row's note once under the plan table; '' without one."""
    return withheld_marks(issued_rows).note()


def closed_note(ctx: Context, issued_rows: list[plan.PlanRow], carried: Carried | None = None) -> str:
    """'Baris rencana 2024 berikut tidak dilanjutkan: … ', then one row a line, 'U3: nilai 2025 3,07 (2,97–3,17);
    target ≥ 3,07; belum dapat dinilai' (item_lines): each kind of row its own paragraph; '' when every such row is
    carried on."""
    plans: dict[str, dict[str, str]] = {}  # each dinas's plan made once for the note (in_dinas_plans, _province_reason)
    gone, in_dinas = in_dinas_plans(ctx, closed(issued_rows, followup_review.carried(ctx) if carried is None
                                                else carried), plans)
    # a row whose finding this year's data cannot judge is not said to be gone (LOOK12 K-1, LOOK13 M-1)
    gone, unjudged = split_unjudged(ctx, gone)
    # a share row whose finding goes on while this year's advice turns against the shift (LOOK14 P-16)
    advised = [(link, why) for link in gone if (why := shift_advised_against(ctx, link))]
    gone = [link for link in gone if all(link is not other for other, _ in advised)]
    if not gone and not in_dinas and not unjudged and not advised:
        return ""
    tahun = ctx.hasil["tahun"]
    parts = []
    if in_dinas:
        items = [ctx.t("pl_closed_dinas_item", baris=_closed_item(ctx, each, tahun),
                       dinas=dinas_rows(ctx, row_ids, link.before.row)) for link, ids in in_dinas
                 for each, row_ids in _each_carried(link, ids)]
        parts.append(ctx.t("pl_closed_dinas", tahun_lalu=tahun - 1, tahun=tahun, daftar=item_lines(items),
                           n=len(items)))
        parts.append("".join(dict.fromkeys(_province_reason(ctx, link.before.row, plans) for link, _ in in_dinas))
                     .strip())
    if gone:
        items = [_closed_item(ctx, each, tahun) for link in gone for each in _each_dinas(link)]
        parts.append(ctx.t("pl_closed", tahun_lalu=tahun - 1, tahun=tahun, daftar=item_lines(items), n=len(items)))
    parts += [ctx.t("pl_closed_shift_lower", kode=link.before.row.code, tahun=tahun,
                    daftar=item_lines([_closed_item(ctx, link, tahun)]), **why) for link, why in advised]
    if unjudged:
        items = [_unjudged_share(ctx, link, why, tahun) if valued else
                 ctx.t("pl_unjudged_row", kode=_closed_code(ctx, link), target=_closed_target(ctx, link), alasan=why)
                 for link, why, valued in unjudged]
        parts.append(ctx.t("pl_closed_unjudged", tahun_lalu=tahun - 1, tahun=tahun, daftar=item_lines(items),
                           n=len(items)))
    return "".join(html.markup(html.lines(part), cls="note") for part in parts if part)


ITEM_LEAD = "•\u00a0"  # a row of the note's list, on a line of its own (the line breaks: html.lines)


def item_lines(items: list[str]) -> str:
    """Each of ``items`` on a line of its own after the note's lead sentence: one row, or one dinas of a row, a line,
    never a '; '-joined run whose items hold brackets and semicolons of their own (FOUND words15)."""
    return "".join(f"\n{ITEM_LEAD}{item}" for item in items)


def _each_dinas(link: Link) -> list[Link]:
    """``link`` one dinas an item: a row about several dinas (or those of them ``link`` names) split by dinas, each
    with its own value, target and status; a row about the whole scope or one dinas as it is."""
    row = link.before.row
    slugs = link.dinas or (row.dinas if len(row.dinas) > 1 and link.before.now.parts else ())
    return [Link(link.before, (slug,)) for slug in slugs] if len(slugs) > 1 else [link]


def _each_carried(link: Link, row_ids: tuple[str, ...]) -> list[tuple[Link, tuple[str, ...]]]:
    """in_dinas_plans's (link, the ids of this year's dinas rows) one dinas an item, each with its own row; a row
    about the whole scope with every dinas row that carries it on."""
    if len(link.dinas) > 1 and len(row_ids) == len(link.dinas):
        return [(Link(link.before, (slug,)), (row_id,)) for slug, row_id in zip(link.dinas, row_ids, strict=True)]
    return [(link, row_ids)]


def shift_advised_against(ctx: Context, link: Link) -> dict[str, str]:
    """The words of a closed share row (rec_method, 'raise the share of the method cheaper per point') whose
    method is still rule 3's cheaper one this year, but now gains clearly less per participant (method_choice.gain_gap):
    the finding has not gone, the advice has turned against the shift (LOOK14 P-16: PORSI-MENTORING closed as
    'temuannya tidak muncul lagi' beside the summary's finding on the same two costs). Empty for any other row."""
    row = link.before.row
    if row.rule != "rec_method" or "-" not in row.code or link.dinas:
        return {}
    pair, gap = method_choice.method_pair(ctx.hasil), method_choice.gain_gap(ctx.hasil)
    if pair is None or gap is None or pair[0]["metode"] != row.code.split("-", 1)[1].lower():
        return {}
    return {"metode": label(pair[0]["metode"], ctx.lang), "pembanding": label(pair[1]["metode"], ctx.lang),
            "selisih": phrases.estimate(gap, ctx.lang), "ik": phrases.ci(gap, ctx.lang)}


def split_unjudged(ctx: Context, gone: list[Link]) -> tuple[list[Link], list[tuple[Link, str, bool]]]:
    """Last year's rows (or the dinas of a row) not carried on, split by whether this year's data can apply the
    rule that raised them: (those it can, whose finding is gone; those it cannot, each with the reason said once
    and whether its value this year can be given). Whatever the rule, a row whose own indicator cannot be measured
    this year cannot be judged (LOOK13 M-1: Bina Marga's KECIL-SEMINAR, 1 activity where an interval needs 3,
    read 'temuannya tidak muncul lagi'); nor a share row whose method's cost per point is withheld
    (unjudged_reason). A row about several dinas is split by dinas."""
    judged: list[Link] = []
    unjudged: list[tuple[Link, str, bool]] = []
    for link in gone:
        reviewed = link.before
        if not reviewed.now.parts:
            why = unjudged_reason(ctx, reviewed)
            wide = "" if why else _own_too_wide(ctx, reviewed)  # its value said in the reason
            if why or wide:
                unjudged.append((link, why or wide, bool(why) and reviewed.now.values is not None))
            else:
                judged.append(link)
            continue
        parts = [part for part in reviewed.now.parts if not link.dinas or part.dinas in link.dinas]
        missing = {part.dinas: why for part in parts
                   if (why := _part_unjudged(part, ctx.lang, ctx.hasil["tahun"]))}
        if not missing:
            judged.append(link)
            continue
        order = link.dinas or reviewed.row.dinas  # some dinas judged, some not: each part where it belongs
        if len(missing) < len(parts):
            judged.append(Link(reviewed, tuple(slug for slug in order if slug not in missing)))
        if len(missing) == len(parts) and (len(missing) == 1 or not order):
            unjudged.append((link, "; ".join(missing.values()), False))
            continue
        # each dinas its own line with its own reason (FOUND words15: 'Kesehatan: …; Satpol PP: …' in one item)
        unjudged += [(Link(reviewed, (slug,)), missing[slug], False) for slug in order if slug in missing]
    return judged, unjudged


def _part_unjudged(part: plan_parts.StopPart, lang: str, tahun: int) -> str:
    """Why one population of a stop-or-redesign row cannot be judged this year (``tahun``): for want of data (too
    few activities for an interval, its results missing), or an interval too wide to settle the rule (too_wide);
    '' when it can (an interval holding the target but clear of the rule's line is a judgement)."""
    status, key = plan_parts.part_verdict(part, lang)
    if status != "cannot":
        return ""
    if key == "status_ci_holds":
        return too_wide(part, lang, tahun)
    return part.reason or reasons.reason(part.gain, lang)


def _own_too_wide(ctx: Context, reviewed: followup_review.Reviewed) -> str:
    """too_wide for a stop-or-redesign row about the report's own scope (a dinas's KECIL-SEMINAR), whose value this
    year is its own method's gain; '' for another row or a verdict other than 'interval holds the target'."""
    row = reviewed.row
    if row.rule not in ("rec_little", "rec_stop") or "-" not in row.code or reviewed.verdict.status != "cannot":
        return ""
    subject = plan.dinas_code(row).split("-", 1)[1].lower()
    part = plan_parts.stop_part(ctx.hasil, subject)
    part = replace(part, target=row.target if row.rule == "rec_little" else None)
    status, key = plan_parts.part_verdict(part, ctx.lang)
    return too_wide(part, ctx.lang, ctx.hasil["tahun"]) if status == "cannot" and key == "status_ci_holds" else ""


def too_wide(part: plan_parts.StopPart, lang: str, tahun: int) -> str:
    """Why a population whose interval holds its target cannot show the finding gone either: the same interval
    still reaches the rule's own line — a very small gain (below the gain that removes the finding under its rule,
    plan_targets.little_gain_target) or, for a stop row, zero — so the rule that raised the row can neither fire nor be
    ruled out ('rentang nilai 2025, 1,8 (−2,0 s.d. 5,5) poin, memuat target dan juga kenaikan sangat kecil (hanya 3
    kegiatan)'; CHECK12 C12-2: Kesehatan's KECIL-SEMINAR read "temuannya tidak muncul lagi" on 3 activities). The
    activities are said "hanya" below constants.FEW_CLUSTERS, where the interval is the conservative one of few
    clusters. '' when the interval is clear of that line, or when a redesign row's gain has no effect-size interval
    to place the line (the interval holding the target is then the judgement, as before)."""
    gain = part.gain
    low = gain.get("ci_bawah") if gain else None
    if gain is None or low is None:
        return ""
    line = 0.0 if part.target is None else plan_targets.little_gain_target(gain)
    if line is None or float(low) >= line:
        return ""
    held = int(cast(Any, gain).get("n_kegiatan") or 0)  # a method's gain (MethodGain) counts its activities
    count = "" if not held else " (" + t("why_short_activities" if held < constants.FEW_CLUSTERS
                                         else "pl_unjudged_activities", lang, k=held) + ")"
    return t("pl_unjudged_wide_stop" if part.target is None else "pl_unjudged_wide_little", lang, tahun=tahun,
             nilai=plan_parts.gain_text(gain, lang), kegiatan=count)


def unjudged_reason(ctx: Context, reviewed: followup_review.Reviewed) -> str:
    """Why this year's data cannot say whether the finding of last year's row still holds, or '' when they can:
    its indicator cannot be measured this year for want of data (not for a result, such as a cost per point
    without a positive gain: followup_review.Measured.finding), since the rule that raised it reads the same figure;
    a share row (rec_method, 'the cheaper method per point') whose method's cost per point is withheld for a
    reason that is not a finding ('biaya mentoring tidak tercatat: …; hanya 4 kegiatan dengan biaya tercatat, perlu
    sedikitnya 5 untuk biaya per poin'; LOOK12 K-1)."""
    now, row = reviewed.now, reviewed.row
    if now.values is None:
        return "" if now.finding else now.reason
    if row.rule != "rec_method" or "-" not in row.code:
        return ""
    metode = row.code.split("-", 1)[1].lower()
    cost = next((r for r in ctx.hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["metode"] == metode), None)
    if cost is None or cost["cukup_data"] or reasons.is_finding(cost):
        return ""
    return reasons.reason(cost, ctx.lang)


def in_dinas_plans(ctx: Context, gone: list[Link], cache: dict[str, dict[str, str]] | None = None
                   ) -> tuple[list[Link], list[tuple[Link, tuple[str, ...]]]]:
    """Last year's province rows that this year's province plan does not carry on (``gone``, closed), split by
    whether the finding goes on in the own plan of the dinas the row was about (LOOK9 #15: the province called
    KECIL-E-LEARNING 'not arising again' while Kesehatan's own plan kept it with the same value): (the rows or
    parts of rows closed, the rows or parts carried on in a dinas's plan with the ids of the rows there). A dinas
    report: every row is closed."""
    if not ctx.dinas_results:  # a dinas report
        return gone, []
    cache = {} if cache is None else cache  # the dinas plans, by dinas (province_rows.own_findings)
    closed_out: list[Link] = []
    carried_out: list[tuple[Link, tuple[str, ...]]] = []
    for link in gone:
        row = link.before.row
        about = link.dinas or plan.about_dinas(row, ctx.previous or ctx.hasil)
        found = {slug: row_id for slug in about
                 if (row_id := province_rows.own_findings(ctx, slug, cache).get(plan.dinas_finding(row)))}
        if not found:
            closed_out.append(link)
            continue
        if not row.dinas:  # a row about the whole scope or one dinas's gain: carried on as a whole
            carried_out.append((link, tuple(found.values())))
            continue
        carried_out.append((Link(link.before, tuple(found)), tuple(found.values())))
        if rest := tuple(slug for slug in about if slug not in found):
            closed_out.append(Link(link.before, rest))
    return closed_out, carried_out


def _province_reason(ctx: Context, row: plan.PlanRow, cache: dict[str, dict[str, str]] | None = None) -> str:
    """Why the province plan has no row of its own on a method whose dinas rows go on in the dinas's plans (LOOK9
    #11: e-learning, lower in Kesehatan, was reviewed nowhere in the province report): the province-wide gain is
    very small but bought at a cost per point at or below the province's (no_gain.little_gain leaves it out), or it is
    not very small; '' for a row not about a method, or when the province has its own row on it."""
    if row.rule not in ("rec_little", "rec_stop"):
        return ""
    metode = row.code.rsplit("-" + plan.WHOLE_PROVINCE + "-", 1)[-1].split("-", 1)[-1].lower()
    hasil = ctx.hasil
    if any(r.metode == metode for r in no_gain.little_gain(hasil)) or any(
            r["metode"] == metode for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", [])):
        return ""
    name = ctx.label(metode)
    # every dinas plan with the row this year, not only those that carried last year's (LOOK11 L-13: Lingkungan
    # Hidup's new KECIL-E-LEARNING row was left out of "tinjauannya ada di rencana dinas yang disebut")
    finding = plan.dinas_finding(row)
    cache = {} if cache is None else cache
    held = [found for slug in sorted(ctx.dinas_results or {})
            if (found := province_rows.own_findings(ctx, slug, cache).get(finding))]
    where = dinas_rows(ctx, held, row) if held else ctx.t("pl_closed_where_named")
    small = next((r for r in no_gain.very_small_gain(hasil) if r.metode == metode), None)
    overall = hasil["anggaran_vs_peningkatan"].get("biaya_per_poin_semua")
    if small is not None and small.cost and overall:
        return " " + ctx.t("pl_closed_cheap", metode=name, besar=phrases.estimate(small.gain, ctx.lang),
                           ik=phrases.ci(small.gain, ctx.lang),
                           biaya=phrases.estimate(small.cost, ctx.lang, "rp_per_poin"),
                           semua=phrases.estimate(overall, ctx.lang, "rp_per_poin"), di=where)
    gain = next((g for g in hasil["level2_pembelajaran"]["per_metode"] if g["metode"] == metode
                 and g.get("cukup_data")), None)
    if gain is None:
        return ""
    return " " + ctx.t("pl_closed_not_small", metode=name, besar=phrases.estimate(gain, ctx.lang),
                       ik=phrases.ci(gain, ctx.lang), di=where)


def same_finding_note(ctx: Context, issued_rows: list[plan.PlanRow]) -> str | None:
    """The province: 'Baris rencana dinas yang melaksanakan … : KENAIKAN-SOSIAL = baris KENAIKAN rencana Sosial; JP20 =
    baris JP20 rencana setiap dinas (21 dinas); …' for its rows linked to the dinas's rows (province_rows). A
    dinas: the rows that carry out a province row, with the code there, and why a row carried from the province is
    in its plan (province_note). None without any."""
    if not ctx.province:
        return province_note(ctx, issued_rows)
    carried = followup_review.carried(ctx) if ctx.previous is not None else {}
    linked = []
    for row in issued_rows:
        before = rows_before(ctx, row, carried, issued_rows)
        if row.dinas_rows or before:
            baris = dinas_rows(ctx, row.dinas_rows, row, every_reason=True) if row.dinas_rows else ""
            linked.append(ctx.t("pl_same_dinas_row", kode=row.code, baris=(baris + before).removeprefix(", ")))
    if not linked:
        return None
    rest = "".join(held_elsewhere(ctx, row, carried, issued_rows) for row in issued_rows)
    return ctx.t("pl_same_dinas", daftar="; ".join(linked)) + rest + held_for_each(ctx, issued_rows)


def open_before(issued_rows: list[plan.PlanRow], carried: Carried) -> set[tuple[str, str]]:
    """(code, dinas) of last year's rows not shown reached that this year's plan carries on: those the closing note
    names as not carried on (``closed``) hold no part of a province row (LOOK16 R-3: the link note gave Bina Marga's
    part of KECIL-PROV-SEMINAR to its 2024 KECIL-SEMINAR row, which the note below it closes)."""
    shut = {(link.before.row.code, slug) for link in closed(issued_rows, carried)
            for slug in (link.dinas or link.before.row.dinas or (WHOLE,))}
    return {(code, slug) for code, before in carried.items() for slug in (before.row.dinas or (WHOLE,))
            if (code, slug) not in shut}


def held_elsewhere(ctx: Context, row: plan.PlanRow, carried: Carried, issued_rows: list[plan.PlanRow]) -> str:
    """For a province-wide redesign row (province_rows.whole_province_redesign), the dinas that held the method but
    whose plans carry no row on it, neither this year nor (rows_before) last year's, each with why (LOOK15 Q-12: the
    row named 18 dinas as executors, 4 plans carried it): ' KECIL-PROV-SEMINAR: 13 dinas lain yang mengadakan seminar
    tidak punya baris ini …, jadi bagian baris ini di sana dipegang BPSDM …: Gulkarmat, … : kegiatan seminar di dinas
    itu kurang dari 3 …'; then those whose own gain, judged, does not meet the row's rule (outside_redesign), whose
    part the row has not (LOOK25 W-2: BPSDM was to redesign Pendidikan's seminars, cheaper per point than its
    pelatihan): ' Baris KECIL-PROV-SEMINAR tidak berlaku di 1 dinas …: Pendidikan: …'; '' for another row or when none
    is left."""
    if not province_rows.whole_province_redesign(row) or not ctx.config:
        return ""
    metode = redesigned(row)
    linked = {found["dinas"] for row_id in row.dinas_rows if (found := re.fullmatch(constants.PLAN_ROW_ID, row_id))}
    finding = plan.dinas_finding(row)
    kept = open_before(issued_rows, carried)
    before = {slug for r in carried.values() for slug in r.row.dinas if followup_review.finding(r.row) == finding
              and (r.row.code, slug) in kept}
    held = plan_owners.holding(ctx, metode)
    rest = [slug for slug in held if slug not in linked and slug not in before]
    office = ctx.config.koordinator.get(row.owner_key or recommendation.OWNER.get(row.rule, ""))
    # the dinas that held none of it, counted, so that every dinas is accounted for (CHECK13 D13-4 residue)
    none = len(set(ctx.dinas_results) - set(held) - linked - before)
    noun = phrases.method_noun(metode, ctx.lang)
    if office is None:
        return ""
    if not rest:
        return ctx.t("pl_held_none_row", kode=row.code, n=none, metode=noun) if none else ""
    held_none = ctx.t("pl_held_none", n=none, metode=noun) if none else ""
    outside = [slug for slug in rest if outside_redesign(ctx.dinas_results[slug], metode)]
    inside = [slug for slug in rest if slug not in outside]
    said = ctx.t("pl_held_elsewhere", kode=row.code, n=len(inside), metode=noun, kantor=office[ctx.lang],
                 daftar=_reasons(ctx, inside, metode)) if inside else ""
    if outside:
        said += ctx.t("pl_held_outside", kode=row.code, n=len(outside), metode=noun, nama=label(metode, ctx.lang),
                      daftar=_reasons(ctx, outside, metode))
    return said + held_none


def _reasons(ctx: Context, dinas: list[str], metode: str) -> str:
    """'Gulkarmat dan Sosial: kegiatan seminar di dinas itu kurang dari 3, …; Pendidikan: …': why each dinas holding
    ``metode`` has no redesign row on it (_no_redesign), the dinas with the same reason together."""
    why: dict[str, list[str]] = {}
    for slug in dinas:
        why.setdefault(_no_redesign(ctx.dinas_results[slug], metode, ctx.lang), []).append(
            names.short_name_in(slug, ctx.lang))
    return "; ".join(ctx.t("pl_absent_item", dinas=phrases.and_(named, ctx.lang), alasan=reason)
                     for reason, named in why.items())


def redesigned(row: plan.PlanRow) -> str:
    """The method a province-wide redesign row is about, as the results spell it (KECIL-PROV-SEMINAR: 'seminar')."""
    return plan.dinas_code(row).split("-", 1)[1].lower()


# the reasons a dinas holding the method has no redesign row of its own (_why_no_redesign) that put it outside a
# province-wide redesign row: its own gain was judged, and the row's rule does not hold on it (LOOK25 W-2)
OUTSIDE = ("pl_absent_little_none", "pl_absent_little_cheap")


def _why_no_redesign(hasil: Hasil, metode: str) -> tuple[str, Any]:
    """Why a dinas that held ``metode`` has no redesign row on it, as a catalogue key with the method's gain record:
    its gain too thin to be judged alone (too few activities, or the gain's own reason), not very small
    (analysis.little_gain.is_little_gain), or very small but not dearer per point than the dinas (no_gain.little_gain;
    CHECK13 D13-9); else the finding does not arise there."""
    gain = next((r for r in hasil["level2_pembelajaran"]["per_metode"] if r["metode"] == metode), None)
    held = next((int(r.get("n_kegiatan") or 0) for r in hasil["pelaksanaan"]["kegiatan_per_metode"]
                 if r["metode"] == metode), 0)
    if (gain is None or not gain.get("cukup_data")) and held < constants.MIN_CLUSTERS:  # said once for them all
        return "pl_absent_little_few", gain
    if gain is None or not gain.get("cukup_data"):
        return "pl_absent_little_unjudged", gain
    if not is_little_gain(gain):
        return "pl_absent_little_none", gain
    if any(r.metode == metode for r in no_gain.very_small_gain(hasil)) \
            and not any(r.metode == metode for r in no_gain.little_gain(hasil)):
        return "pl_absent_little_cheap", gain
    return "pl_absent_own", gain


def outside_redesign(hasil: Hasil, metode: str) -> bool:
    """Whether a dinas holding ``metode`` is outside a province-wide redesign row of it: its own gain, judged, is not
    very small, or very small at a cost per point not above the dinas's (OUTSIDE), so neither the redesign nor moving
    the budget to another method is asked of it; a dinas whose gain cannot be judged alone is inside."""
    return _why_no_redesign(hasil, metode)[0] in OUTSIDE


def _no_redesign(hasil: Hasil, metode: str, lang: str) -> str:
    """_why_no_redesign in words, of 'that dinas' (the province report)."""
    return _said(*_why_no_redesign(hasil, metode), metode, lang)


def _said(key: str, gain: Any, metode: str, lang: str, here: bool = False) -> str:
    """A reason of _why_no_redesign in words, of 'that dinas' or, ``here``, of this dinas (its own report)."""
    return t(key, lang, metode=label(metode, lang), min=constants.MIN_CLUSTERS,
             alasan=reasons.reason(gain, lang) if key == "pl_absent_little_unjudged" else "",
             di=t("pl_in_this_dinas" if here else "pl_in_that_dinas", lang))


def office_part(ctx: Context, issued_rows: list[plan.PlanRow]) -> str:
    """A dinas report: each province-wide redesign row of the province plan whose part in this dinas the province's
    coordinating office holds, as the province report's note says (held_elsewhere): the dinas held the method, its
    plan has no row on it, and its own gain is not outside the row (outside_redesign). ' Kegiatan seminar di dinas
    ini termasuk baris provinsi KECIL-PROV-SEMINAR, dipegang BPSDM …: kegiatan seminar di dinas ini kurang dari 3, …'
    (LOOK25 W-2: the province held the row in Sosial, and Sosial's report named it nowhere); '' without such a row."""
    province = ctx.province_ctx
    if ctx.province or province is None or not ctx.config:
        return ""
    slug = ctx.hasil["cakupan"]["slug"]
    own = {followup_review.finding(row) for row in issued_rows}
    out = []
    for row in province_rows.province_plan(province):
        if not province_rows.whole_province_redesign(row):
            continue
        metode = redesigned(row)
        office = ctx.config.koordinator.get(row.owner_key or recommendation.OWNER.get(row.rule, ""))
        if office is None or slug not in plan_owners.holding(province, metode) or plan.dinas_finding(row) in own:
            continue
        key, gain = _why_no_redesign(ctx.hasil, metode)
        if key in OUTSIDE:  # outside_redesign
            continue
        values = dict(kode=row.code, kantor=office[ctx.lang], metode=label(metode, ctx.lang))
        if key == "pl_absent_own":
            out.append(ctx.t("pl_held_office_here_plain", **values))
        else:
            out.append(ctx.t("pl_held_office_here", **values, alasan=_said(key, gain, metode, ctx.lang, here=True)))
    return "".join(out)


def rows_before(ctx: Context, row: plan.PlanRow, carried: Carried, issued_rows: list[plan.PlanRow]) -> str:
    """For a province-wide redesign row (KECIL-PROV-SEMINAR, carried out by every dinas that held the method,
    plan_owners.holding), each such dinas with no row on the finding in its own plan this year but one in last year's
    plan not shown reached that this year's plan carries on (open_before; a closed one carries nothing): ', dan bagi
    Kesehatan baris KECIL-SEMINAR rencana 2024 (temuannya belum dapat dinilai dengan data 2025)' (CHECK12 C12-2: the
    link note named Dispora's row alone while the row names Kesehatan as an executor too); '' otherwise."""
    if row.rule != "rec_little" or f"-{plan.WHOLE_PROVINCE}-" not in row.code:
        return ""
    metode = redesigned(row)
    linked = {found["dinas"] for row_id in row.dinas_rows if (found := re.fullmatch(constants.PLAN_ROW_ID, row_id))}
    finding = plan.dinas_finding(row)
    kept = open_before(issued_rows, carried)  # a row closed below carries nothing (LOOK16 R-3)
    out = []
    for slug in plan_owners.holding(ctx, metode):
        last = next((r for r in carried.values() if slug not in linked and slug in r.row.dinas
                     and followup_review.finding(r.row) == finding and (r.row.code, slug) in kept), None)
        if last is None:
            continue
        _, unjudged = split_unjudged(ctx, [Link(last, (slug,))])
        out.append(ctx.t("pl_same_before", dinas=names.short_name_in(slug, ctx.lang), kode=last.row.code,
                         tahun_lalu=ctx.hasil["tahun"] - 1, tahun=ctx.hasil["tahun"],
                         status=ctx.t("pl_before_unjudged" if unjudged else "pl_before_gone",
                                      tahun=ctx.hasil["tahun"])))
    return "".join(out)


def held_for_each(ctx: Context, issued_rows: list[plan.PlanRow]) -> str:
    """What a linked row held by one province office in both plans means (province_rows.HELD_FOR_EACH; LOOK12 K-4:
    the reviewer could not tell whether the province U7 was one task or the sum of twenty): in the province report
    that its row judges the whole province and each dinas row that dinas, in a dinas report that its row is the
    office's task in this dinas; '' without such a row."""
    owners = ctx.config.penanggung_jawab if ctx.config else {}
    codes = [row.code for row in issued_rows if row.rule in province_rows.HELD_FOR_EACH
             and (row.dinas_rows if ctx.province else row.province_rows)
             and "{dinas}" not in str((owners.get(row.owner_key or recommendation.OWNER.get(row.rule, "")) or {}).get(
                 ctx.lang, "{dinas}"))]
    return ctx.t("pl_held_province" if ctx.province else "pl_held_dinas", kode=phrases.and_(codes, ctx.lang),
                 n=len(codes)) if codes else ""


def province_note(ctx: Context, issued_rows: list[plan.PlanRow]) -> str | None:
    """'Baris yang juga melaksanakan rencana tindak lanjut provinsi (kode barisnya di sana): JP20, PPPK-JP dan U8
    (kode yang sama); KENAIKAN = KENAIKAN-KESEHATAN. …' (report.chapters.province_rows), for a row carried from
    the province why it is here, and the province rows a province office holds in this dinas without a row here
    (office_part); None without any."""
    same = [row.code for row in issued_rows if row.province_rows and _code(row.province_rows[0]) == row.code]
    other = [ctx.t("pl_same_dinas_row", kode=row.code, baris=phrases.and_([_code(i) for i in row.province_rows],
                                                                          ctx.lang))
             for row in issued_rows if row.province_rows and _code(row.province_rows[0]) != row.code]
    office = office_part(ctx, issued_rows)
    if not same and not other:
        return office.lstrip() or None
    items = ([ctx.t("pl_province_same", kode=phrases.and_(same, ctx.lang), n=len(same))] if same else []) + other
    carried = [row.code for row in issued_rows if row.province_rows and row.action.find(
        ctx.t("pl_act_from_province", kode=_code(row.province_rows[0]))) >= 0]
    slug = ctx.hasil["cakupan"]["slug"]
    return ctx.t("pl_province_rows", daftar="; ".join(items)) + (ctx.t(
        "pl_province_carried", kode=phrases.and_(carried, ctx.lang), n=len(carried),
        dinas=plan_indicators.dinas_name(slug, ctx.lang)) if carried else "") + held_for_each(ctx, issued_rows) + office


def _code(row_id: str) -> str:
    """The code of a row id ('provinsi-2025-KENAIKAN-KESEHATAN' -> 'KENAIKAN-KESEHATAN')."""
    found = re.fullmatch(constants.PLAN_ROW_ID, row_id)
    return found["kode"] if found else row_id


def dinas_rows(ctx: Context, row_ids: Iterable[str], row: plan.PlanRow | None = None,
               every_reason: bool = False) -> str:
    """'baris KECIL-SEMINAR rencana Kesehatan, Perhubungan dan Satpol PP': each code as the dinas's own plan table
    prints it, with the dinas whose plan has it, by their usual short names; never the row ids (the workbook's, LOOK10
    N-9). Of more than ikm_units.NAMED_AT_MOST dinas, counted: every dinas of the report, or all but a few named, each
    with why its plan has no such row when the province row ``row`` is given (province_rows.absent; LOOK12 K-9);
    ``every_reason`` (the province's link note): a few dinas left out of a list written out say why too (CHECK12
    C12-5). An id not of the plan's form is given as it is."""
    by_code: dict[str, list[str]] = {}
    for row_id in row_ids:
        found = re.fullmatch(constants.PLAN_ROW_ID, row_id)
        if found:
            by_code.setdefault(found["kode"], []).append(found["dinas"])
        else:
            by_code.setdefault(row_id, [])
    every = set(getattr(ctx, "dinas_results", None) or {})
    said = []
    for code, slugs in by_code.items():
        short = [names.short_name_in(slug, ctx.lang) for slug in slugs]
        missing = sorted(every - set(slugs))
        if not slugs:
            said.append(code)
        elif len(slugs) > ikm_units.NAMED_AT_MOST and every >= set(slugs) and not missing:
            said.append(ctx.t("pl_dinas_row_every", kode=code, n=len(slugs)))
        elif len(slugs) > ikm_units.NAMED_AT_MOST and every >= set(slugs) and len(missing) <= ikm_units.NAMED_AT_MOST:
            left = [names.short_name_in(slug, ctx.lang) for slug in missing]
            if row is not None:
                said.append(ctx.t("pl_dinas_row_but_why", kode=code, n=len(slugs),
                                  kecuali=_absent_reasons(ctx, row, missing)))
            else:
                said.append(ctx.t("pl_dinas_row_but", kode=code, n=len(slugs), kecuali=phrases.and_(left, ctx.lang)))
        elif every_reason and row is not None and every >= set(slugs) and 0 < len(missing) <= ikm_units.NAMED_AT_MOST:
            # the link note's list written out leaves a few dinas out as the 'semua kecuali' form does: each with its
            # reason (CHECK12 C12-5: set E's 'rencana Dispora, Kesehatan dan Kominfotik' left Gulkarmat out unexplained)
            said.append(ctx.t("pl_dinas_row_why", kode=code, dinas=phrases.and_(short, ctx.lang), n=len(short),
                              kecuali=_absent_reasons(ctx, row, missing)))
        elif every_reason and row is not None and every >= set(slugs) and missing \
                and row.rule not in province_rows.OWN_FINDING:
            # more left out than a list names (CHECK13 D13-4 residue: 'rencana Bina Marga, Citata, … dan Sumber Daya
            # Air', 11 dinas left out, none with a reason): the most common reason once, the others by name
            said.append(ctx.t("pl_dinas_row_why", kode=code, dinas=phrases.and_(short, ctx.lang), n=len(short),
                              kecuali=_absent_shared(ctx, row, missing)))
        else:
            said.append(ctx.t("pl_dinas_row", kode=code, dinas=phrases.and_(short, ctx.lang), n=len(short)))
    return phrases.and_(said, ctx.lang)


def _absent_reasons(ctx: Context, row: plan.PlanRow, missing: list[str]) -> str:
    """'Gulkarmat: tidak dapat dinilai karena …; KPKP: 95,4% sudah ≥ 95%': why each dinas's plan has no row on the
    province row ``row`` (province_rows.absent), the dinas with the same reason together."""
    why: dict[str, list[str]] = {}
    for slug in missing:
        why.setdefault(province_rows.absent(ctx, row, slug), []).append(names.short_name_in(slug, ctx.lang))
    return "; ".join(ctx.t("pl_absent_item", dinas=phrases.and_(dinas, ctx.lang), alasan=reason)
                     for reason, dinas in why.items())


def _absent_shared(ctx: Context, row: plan.PlanRow, missing: list[str]) -> str:
    """'Kebudayaan: SKM 2025 tidak diterima; dinas lain: estimasi U3 di dinas itu di atas 3,0644, …': every dinas
    left out of a long list accounted for without a list of them: the reason most of them share, without their own
    figures (province_rows.Absence.shared), once for 'dinas lain'; each other dinas by name with its reason, the dinas
    with the same reason together."""
    found = {slug: province_rows.absence(ctx, row, slug) for slug in missing}
    shared: dict[str, list[str]] = {}
    for slug, why in found.items():
        shared.setdefault(why.shared or why.text, []).append(slug)
    common = max(shared, key=lambda reason: len(shared[reason]))
    if len(shared[common]) < 2:  # no reason shared: each its own
        return _absent_reasons(ctx, row, missing)
    named: dict[str, list[str]] = {}
    for slug, why in found.items():
        if slug not in shared[common]:
            named.setdefault(why.text, []).append(names.short_name_in(slug, ctx.lang))
    return "; ".join([*(ctx.t("pl_absent_item", dinas=phrases.and_(dinas, ctx.lang), alasan=reason)
                        for reason, dinas in named.items()), ctx.t("pl_absent_others", alasan=common)])


def _closed_item(ctx: Context, link: Link, tahun: int) -> str:
    """'U3: nilai 2025 3,07 (2,97–3,17); target ≥ 3,07; belum dapat dinilai (rentang memuat target)'; for the dinas
    a row about several leaves out: 'KENAIKAN untuk Kominfotik: nilai 2025 …; target …; belum tercapai'. A row whose
    value this year cannot be measured is pl_unjudged_row, its reason said once (LOOK13 M-1)."""
    reviewed = link.before
    if not link.dinas:
        return ctx.t("pl_closed_row", kode=reviewed.row.code, tahun=tahun,
                     nilai=followup_review.show(reviewed.now, ctx.lang), target=reviewed.row.target_text,
                     status=reviewed.verdict.text(ctx.lang))
    parts = [part for part in reviewed.now.parts if part.dinas in link.dinas]
    status = plan_parts.parts_verdict(parts, ctx.lang).status if parts else "cannot"
    return ctx.t("pl_closed_row", kode=_closed_code(ctx, link), tahun=tahun,
                 nilai=plan_parts.stop_text(parts, ctx.lang) if parts else reviewed.verdict.text(ctx.lang),
                 target=_closed_target(ctx, link), status=facts.Verdict(status).text(ctx.lang))


def _unjudged_share(ctx: Context, link: Link, why: str, tahun: int) -> str:
    """A share row whose target is judged this year but whose finding (its method the cheaper per point) cannot be,
    for ``why`` (unjudged_reason): 'PORSI-MENTORING: target porsi belum tercapai (nilai 2025 7,4%; target ≥ 24,2%);
    apakah mentoring masih lebih murah per poin kenaikan belum dapat dinilai (hanya 1 kegiatan, …)' (LOOK35 G-10)."""
    reviewed = link.before
    metode = reviewed.row.code.split("-", 1)[1].lower()
    return ctx.t("pl_unjudged_item", kode=_closed_code(ctx, link), status=reviewed.verdict.text(ctx.lang),
                 tahun=tahun, nilai=followup_review.show(reviewed.now, ctx.lang), target=_closed_target(ctx, link),
                 metode=label(metode, ctx.lang), alasan=why)


def _closed_code(ctx: Context, link: Link) -> str:
    """The row's code, with the dinas when the item is about some of a row's dinas ('KECIL-SEMINAR untuk Bina
    Marga')."""
    row = link.before.row
    if not link.dinas:
        return row.code
    return ctx.t("pl_closed_part", kode=row.code, dinas=phrases.and_([plan_indicators.part_name(slug, ctx.lang)
                                                                     for slug in link.dinas], ctx.lang))


def _closed_target(ctx: Context, link: Link) -> str:
    """The row's target, for the dinas of the item alone when it is about some of them, each by its name when
    several."""
    row = link.before.row
    if not link.dinas:
        return row.target_text
    targets = [plan_targets.gain_target_text(row.targets[row.dinas.index(slug)], ctx.lang) for slug in link.dinas] \
        if len(row.targets) == len(row.dinas) else [row.target_text]
    if len(targets) == len(link.dinas) > 1:  # each dinas's own target by its name, as its value is
        targets = [f"{plan_indicators.part_name(slug, ctx.lang)}: {target}"
                   for slug, target in zip(link.dinas, targets, strict=True)]
    return "; ".join(dict.fromkeys(targets))


# 10.2's target rules, one list item per row kind (LOOK23 Z-4): each item's catalogue key and the rules
# (plan_indicators.MEASURED) whose rows it covers, every rule in one item (LOOK24 leftover: IKM-UKUR's rule was in
# none); the first, the general rule, names its rows' codes; the last, rows carried on from last year, covers no rule of
# its own
RULE_ITEMS: dict[str, tuple[str, ...]] = {
    "pl_rule_general": ("rec_jp", "rec_realisation", "rec_budget_absorb_first", "rec_coverage", "rec_budget_reach",
                        "rec_budget_cheaper", "rec_budget_more", "rec_method", "rec_did_expand", "rec_did_review",
                        "rec_resist"),
    "pl_rule_element": ("rec_weak",),
    "pl_rule_little": ("rec_little",),
    "pl_rule_stop": ("rec_stop",),
    "pl_rule_pppk": ("rec_pppk",),
    "pl_rule_data": ("rec_data",),
    "pl_rule_ikm": ("rec_ikm_units",),
    "pl_rule_gain": ("rec_gain_low",),
    "pl_rule_did_units": ("rec_did_measure",),
    "pl_rule_carried": (),
}
# the rules only a declared intervention raises (rules.recommendations: the IKM comparison's rows): no such row, so
# no such code, without one (and no causal word: the policy of docs/metode.md)
IMPACT_RULES = frozenset({"rec_did_expand", "rec_did_review", "rec_did_measure"})


def row_kind(rule: str, province: bool = False) -> str:
    """The codes of a rule's rows as 10.2's list names them: the code ('DATA', the province's own 'IKM-CD-DINAS'),
    with '-…' where a subject follows ('STOP-…', 'PORSI-…', the province's 'KENAIKAN-…'); the elements 'U1–U9'."""
    measured = plan_indicators.MEASURED[rule]
    if not measured.code:  # an SKM element's row is its element's code
        first, *_, last = recommendation.ELEMENT_OWNER
        return f"{first.upper()}–{last.upper()}"
    code = measured.province_code if province and measured.province_code else measured.code
    path = measured.province_path if province and measured.province_path else measured.path
    return f"{code}-…" if "{s}" in path and not measured.province_code else code


def _needed_units(lang: str) -> str:
    """IKM-UKUR's target as its row prints it (pl_tgt_did_units), with the number its row computes in words."""
    return t("pl_tgt_did_units", lang, n=t("pl_rule_did_needed", lang),
             min=fmt.integer(constants.MIN_UNITS_PER_ARM, lang))


# the rules whose item quotes their rows' own line (the value that removes the finding)
_AT_LINE = frozenset({"rec_weak", "rec_stop", "rec_pppk", "rec_data", "rec_ikm_units", "rec_gain_low"})


def rule_items(lang: str, province: bool = False, declared: bool = True) -> list[str]:
    """10.2's target rules, one item per row kind the plan of the scope (``province``) can hold, its codes first and
    a rule's own line as its rows print it (plan_targets.line_target_text); without a ``declared`` intervention none
    of the IKM comparison's rows (IMPACT_RULES)."""
    items = []
    for key, covered in RULE_ITEMS.items():
        kept = [rule for rule in covered if declared or rule not in IMPACT_RULES]
        if covered and not kept:
            continue
        codes = phrases.and_(list(dict.fromkeys(row_kind(rule, province) for rule in kept)), lang)
        rule = kept[0] if kept else ""
        target = (_needed_units(lang) if rule == "rec_did_measure"
                  else plan_targets.line_target_text(rule, lang, province) if rule in _AT_LINE else "")
        items.append(t(key, lang, kode=codes, target=target, batas=fmt.element_threshold(lang),
                       efek=fmt.number(constants.LITTLE_GAIN_EFFECT_UPPER, 1, lang),
                       langkah=fmt.number(constants.FOLLOW_UP_SHARE_POINTS, 0, lang),
                       siapa=t("kt_ikm_dinas_word" if province else "kt_ikm_unit_word", lang)))
    return items


def chapter(ctx: Context) -> str:
    hasil = ctx.hasil
    tahun, nxt = hasil["tahun"], hasil["tahun"] + 1
    header = [ctx.t("pl_kode"), ctx.label("tindak_lanjut"), ctx.label("indikator"), ctx.t("pl_kini", tahun=tahun),
              ctx.t("pl_target", tahun=nxt), ctx.label("pj"), ctx.label("waktu")]
    carried = followup_review.carried(ctx)  # judged once for the rows and the note
    issued_rows = issued(ctx, carried)
    body = rows(ctx, issued_rows)
    # on a phone the row's code stays in view beside its scrolled target and status (REVIEW4 17; html.label_column)
    notes = [withheld_note(issued_rows), same_finding_note(ctx, issued_rows) or ""]
    table = html.table(header, body, ctx.t("fu_tab", nama=hasil["cakupan"]["nama"]), numeric={3, 4},
                       note=notes) if body \
        else html.note(ctx.t("pl_none"))
    after = ctx.t("pl_intro_after", tahun_berikut=nxt) \
        + (ctx.t("pl_intro_coordinated") if plan.coordinated(ctx, issued_rows) else "") \
        + "".join(dict.fromkeys(ctx.t("pl_intro_province_code", kode=row.code) for row in issued_rows
                                if f"-{plan.WHOLE_PROVINCE}-" in row.code))
    parts = [html.heading(3, ctx.t("ch_followup_plan", tahun_berikut=nxt), "rencana-tindak-lanjut"),
             html.para(ctx.t("pl_intro", tahun=tahun, tahun_berikut=nxt)),
             # a sign held to its number ('≥ 0,0 poin' broke after '≥' in the province's list)
             html.bullets([html.hold_together(item) for item in rule_items(ctx.lang, ctx.province,
                                                                           impact.declared(hasil))]),
             html.para(after), table]
    if note := closed_note(ctx, issued_rows, carried):
        parts.append(note)
    late = late_notice(ctx)
    # dated after its plan year began
    if not late and (start := recommendation.plan_start(tahun, ctx.dated)) != (nxt, 1):
        parts.append(html.para(ctx.t("pl_late", tanggal=fmt.date(ctx.dated, ctx.lang), tahun_berikut=nxt,
                                     mulai=recommendation.deadline(tahun, start[1], ctx.lang, ctx.dated)), cls="note"))
    # little or no time left: said first, in bold, as the summary says it; then last year's plan judged (10.1) and
    # this year's plan (10.2)
    head = [html.para(late, cls="lead")] if late else []
    return html.section("tindak-lanjut", ctx.t("ch_followup"), *head, followup_review.chapter(ctx), *parts)


# the summary's late-plan notice: bold, whole on one page and with the line before it (the follow-up's result), never
# alone at the top of the summary's last page (report.css .late-notice; REVIEW4 8)
LATE_CLASS = "lead late-notice"


def late_notice(ctx: Context) -> str | None:
    """For the Ringkasan Eksekutif and the top of BAB X: the plan comes late, with the days left of its plan year
    (the year after the evaluated one: its indicators are measured on that year's data and judged in its
    evaluation) and where the report's date comes from (the signature date of the configuration, or the build
    date), when fewer than constants.FOLLOW_UP_LATE_DAYS are left; after the plan year ended, that the follow-up
    is due at once. None when there is time (REVIEW3 12)."""
    tahun = ctx.hasil["tahun"]
    nxt = tahun + 1
    tanggal = fmt.date(ctx.dated, ctx.lang)
    if ctx.dated.year > nxt:
        return ctx.t("pl_after", tanggal=tanggal, tahun_berikut=nxt)
    left = (dt.date(nxt, 12, 31) - ctx.dated).days
    if ctx.dated.year < nxt or left >= constants.FOLLOW_UP_LATE_DAYS:
        return None
    signed = bool(ctx.config and ctx.config.tanggal)
    return ctx.t("pl_late_now", tanggal=tanggal, sumber=ctx.t("pl_date_signed" if signed else "pl_date_built"),
                 hari=fmt.integer(left, ctx.lang), tahun_berikut=nxt,
                 mulai=recommendation.deadline(tahun, 1, ctx.lang, ctx.dated))
