"""The province plan's rows that dinas carry out, seen from both plans (CHECK10 C10-4, C10-1): a province row whose
executors are the dinas ("Sekretariat setiap dinas", the named dinas, or the dinas that defer their IKM question to the
province's earned estimate) has, in each such dinas's own plan, the row on the same finding (same code, the same
indicator and target rule, the dinas's own value), either its own or one carried from the province; the dinas row
names the province row (``PlanRow.province_rows``, hasil.json `baris_provinsi`) and the province row names the dinas
rows (``PlanRow.dinas_rows``, `baris_dinas`).

A dinas without the row's population (no PPPK, no activity of the method, no SKM answer on the element) or whose value
already meets the target carries nothing; a dinas whose own value is withheld (too few service units) carries the
row as a pointer: the reason in place of its value, the rule's threshold (or the province's target) as target. PPPK
too few for their share are counted (plan_targets.pppk_census_goal): any above the cap make the dinas's own row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from evalasn.analysis import key_figures
from evalasn.analysis.contract import Hasil
from evalasn.clock import build_time
from evalasn.paths import ProjectPaths
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import (
    budget_rule,
    coverage_rule,
    ikm_units,
    method_choice,
    plan,
    plan_indicators,
    plan_owners,
    plan_targets,
    published_rows,
    recommendation,
    rules,
)
from evalasn.report.config import load_report_config, load_targets
from evalasn.report.context import Context, dinas_results, province_context, targets_of
from evalasn.report.words import fmt, impact, phrases, province_impact, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import ACTIONS, label, t

# rules whose row asks for more than the indicator's configured line (the IKM rows of a declared intervention: extend
# or review the programme, whatever the IKM's category): a dinas above that line still carries them
BEYOND_THE_LINE = ("rec_did_expand", "rec_did_review")
# province rows linked by the dinas whose own finding they are (plan.about_dinas): never carried into a dinas plan
# that has no row on it (its own gain was not judged so)
OWN_FINDING = ("rec_little", "rec_stop", "rec_gain_low")
# the province rows whose ceiling per dinas is each dinas plan's BIAYA-POIN row (budget_pointer)
BUDGET_CAP = ("rec_budget_cheaper", "rec_budget_more")
# rules measured in each dinas's own results whose rows a province office holds in the province plan and in every
# dinas plan alike (U6, U7 at the BPSDM training division, DATA at its evaluation division; LOOK12 K-4): the province
# row is that office's task measured over the whole province, each dinas's row the same task in that dinas, on the
# dinas's own value; linked like the rows the dinas's own units hold
HELD_FOR_EACH = ("rec_weak", "rec_data")


def rows(ctx: Context, before: Mapping[str, Mapping[str, float]] | None = None) -> list[plan.PlanRow]:
    """The plan a report issues (report.chapters.followup.issued adds the rows' history): plan.rows, then in the
    province report each row linked to the dinas rows that carry it out (dinas_links), in a dinas report the
    province rows the dinas carries out (link)."""
    own = plan.rows(ctx, before)
    return dinas_links(ctx, own) if ctx.province and ctx.dinas_results else link(ctx, own, before)


def last_year(ctx: Context) -> list[plan.PlanRow]:
    """Last year's plan made again from last year's results (plan.last_year) as last year's build issued it: in a
    dinas report, with the rows last year's province plan gave the dinas (link), made from last year's results of
    the province and of every dinas (Context.year_before of the province context). CHECK12 C12-13: without a
    published record, a dinas's rebuilt 2024 plan lacked PORSI-E-LEARNING and PPPK-JP, rows the province gave it and
    its 2024 report published."""
    province = ctx.province_ctx.year_before if ctx.province_ctx is not None else None
    if ctx.province or ctx.previous is None or province is None:
        return plan.last_year(ctx)
    # the dinas's own rows with the province's results of that year too (a dinas borrowing the province's cost
    # model takes its verdict on a cheaper way: rules.recommendations), then the province's rows it carried
    return rows(Context(ctx.previous, ctx.lang, pd.DataFrame(), built=ctx.built, config=ctx.config,
                        targets=ctx.previous_targets, province_ctx=province))


def for_workbook(hasil: Hasil, lang: str, paths: ProjectPaths, built: dt.datetime | None = None,
                 scopes: Mapping[str, Hasil] | None = None) -> list[plan.PlanRow]:
    """The plan of ``hasil`` from its own year alone (the configuration read as the report reads it, dated by the
    same clock): its rows and ids are the issued plan's (report.chapters.followup.issued, which the report and its
    workbook print, adds last year's unreached targets as floors and the rows' history). ``scopes``: every scope's
    results of that year when they are not the model stage's files (make periksa regenerates a past year)."""
    slug = hasil["cakupan"]["slug"]
    config, built = load_report_config(paths), built or build_time()
    if scopes is not None:
        of_dinas = {one: found for one, found in scopes.items() if one != PROVINCE_SLUG}
        province = scopes.get(PROVINCE_SLUG)
        province_ctx = Context(province, lang, pd.DataFrame(), built=built, config=config,
                               targets=load_targets(paths, PROVINCE_SLUG, province["tahun"]), dinas_results=of_dinas,
                               dinas_targets=targets_of(paths, of_dinas)) \
            if province is not None and slug != PROVINCE_SLUG else None
        of_dinas = of_dinas if slug == PROVINCE_SLUG else {}
    else:
        of_dinas = dinas_results(paths, hasil) if slug == PROVINCE_SLUG else {}
        province_ctx = province_context(paths, hasil, lang, config, built)
    ctx = Context(hasil, lang, pd.DataFrame(), built=built, config=config,
                  targets=load_targets(paths, slug, hasil["tahun"]), dinas_results=of_dinas,
                  dinas_targets=targets_of(paths, of_dinas), province_ctx=province_ctx)
    return rows(ctx)


def province_plan(province: Context) -> list[plan.PlanRow]:
    """The province's plan of the year, as its report issues the rows before the links to the dinas plans (and
    before last year's floors: the codes, rules and owners are the same), once per province context."""
    if "plan" not in province.memo:
        province.memo["plan"] = plan.rows(province)
    return province.memo["plan"]


def dinas_links(ctx: Context, province_plan: list[plan.PlanRow]) -> list[plan.PlanRow]:
    """The province's rows with ``dinas_rows``: each row the dinas carry out (executors: the dinas whose own finding
    it is, 'Sekretariat setiap dinas', the dinas named, the dinas deferring to the province's IKM row) and the row each
    of those dinas's plans has on the same finding, its own or carried from the province, are one finding seen from
    two scopes (the province's KENAIKAN-SOSIAL and Sosial's KENAIKAN; the province's PPPK-JP and each dinas's PPPK-JP).
    Each link is the id of that row as the dinas's plan issues it (own_findings): a dinas whose plan has no such row
    (its target met, no population) is not linked."""
    own: dict[str, dict[str, str]] = {}
    out = []
    for row in province_plan:
        key = plan.dinas_finding(row)
        doers = executors(ctx, row)
        linked = tuple(found for slug in doers if (found := own_findings(ctx, slug, own).get(key)))
        if row.rule in BUDGET_CAP:
            row = replace(row, action=budget_pointer(ctx, row, [slug for slug in doers if key in own.get(slug, {})],
                                                     len(doers)))
        if linked:
            carriers = tuple(slug for slug in doers if key in own.get(slug, {}))
            row = replace(row, dinas_rows=linked, owner=carried_by(ctx, row, carriers))
        elif whole_province_redesign(row):
            row = replace(row, owner=carried_by(ctx, row, ()))
        out.append(row)
    return out


def whole_province_redesign(row: plan.PlanRow) -> bool:
    """Whether a province row is a province-wide redesign row (KECIL-PROV-SEMINAR: the province's own very small
    gain in a method, plan.province_wide)."""
    return row.rule == "rec_little" and not row.dinas and f"-{plan.WHOLE_PROVINCE}-" in row.code


def office_and_carriers(ctx: Context, row: plan.PlanRow, carriers: tuple[str, ...]) -> str:
    """A province-wide redesign row's owner (LOOK15 Q-12: 'dilaksanakan oleh Sekretariat setiap dinas …, kecuali
    Citata, KPKP dan PPAPP', 18 dinas, while 4 dinas plans carried the row): the coordinating office of the rule's
    unit (config/laporan.yml koordinator_provinsi), which holds the method's redesign in the dinas without a row of
    their own, then as executors only the dinas whose plans carry the row (``carriers``); the office alone when none
    does. followup.held_elsewhere says why the other dinas holding the method carry none."""
    key = row.owner_key or recommendation.OWNER.get(row.rule, "")
    office = (ctx.config.koordinator if ctx.config else {}).get(key)
    text = str(((ctx.config.penanggung_jawab if ctx.config else {}).get(key) or {}).get(ctx.lang, ""))
    if office is None or "{dinas}" not in text:
        return row.owner
    if not carriers:
        return str(office[ctx.lang])
    return ctx.t("pl_owner_coordinated", kantor=office[ctx.lang],
                 pelaksana=plan_owners.executor_units(ctx, text, carriers))


def carried_by(ctx: Context, row: plan.PlanRow, carriers: tuple[str, ...]) -> str:
    """The row's owner with its executors as the dinas plans carry it (LOOK12 K-9: 'dilaksanakan oleh Sekretariat
    setiap dinas' beside a note that two dinas have no such row): 'setiap dinas' only when every dinas with results
    carries the row; else all but the few that do not ('Sekretariat setiap dinas (subbagian kepegawaian), kecuali
    Pendidikan dan PRKP') or the dinas that do, by their short names. Unchanged for a row whose owner does not name
    every dinas (one office, named dinas) or about some dinas's own finding; a province-wide redesign row by its
    office and its carriers (office_and_carriers)."""
    if whole_province_redesign(row):
        return office_and_carriers(ctx, row, carriers)
    key = row.owner_key or recommendation.OWNER.get(row.rule, "")
    owners = ctx.config.penanggung_jawab if ctx.config else {}
    text = str((owners.get(key) or {}).get(ctx.lang, ""))
    every = set(ctx.dinas_results)
    if row.rule in OWN_FINDING or row.dinas or "{dinas}" not in text or not carriers \
            or text.replace("{dinas}", ctx.t("every_dinas")) not in row.owner or set(carriers) >= every:
        return row.owner
    return plan_owners.accountable(ctx, key, plan_owners.executor_units(ctx, text, carriers), len(carriers) > 1)


def budget_pointer(ctx: Context, row: plan.PlanRow, having: list[str], executing: int) -> str:
    """The province BIAYA-POIN row's ceiling per dinas and method, pointing only at rows that exist (CHECK11 C11-13:
    'lihat baris BIAYA-POIN rencana dinas itu' while no dinas plan had one): the dinas whose plans have the row, by
    name ('setiap dinas' when all do), and the province's levels per method for the others
    (budget_rule.method_caps); the province's levels for every dinas when none has one. The row's other clauses (a
    shift, the province basis, last year's row) are kept."""
    lang, hasil = ctx.lang, ctx.hasil
    caps = budget_rule.method_caps(hasil["anggaran_vs_peningkatan"]["biaya_per_poin"], lang)
    general = t("fu_rec_budget_cap_province", lang, tahun=hasil["tahun"], daftar=caps) if caps else ""
    if not general or general not in row.action:
        return row.action
    if not having:
        pointer = t("fu_rec_budget_cap_all", lang, tahun=hasil["tahun"], daftar=caps)
    elif len(having) == executing:
        pointer = t("fu_rec_budget_cap_every", lang, tahun=hasil["tahun"])
    else:
        names = phrases.and_([short_name_in(slug, lang) for slug in having], lang)
        pointer = t("fu_rec_budget_cap_named", lang, tahun=hasil["tahun"], dinas=names, daftar=caps)
    return row.action.replace(general, pointer, 1)


def own_findings(ctx: Context, slug: str, cache: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """A dinas's plan of the province report's year, by finding (plan.finding): the id of each of its rows, as
    ``rows`` makes it from the dinas's results (``Context.dinas_results``); {} without them. ``cache``: the plans
    already made, by dinas."""
    cache = {} if cache is None else cache
    if slug not in cache:
        plan_rows = rows(dinas_context(ctx, slug)) if slug in ctx.dinas_results else []
        cache[slug] = {plan.finding(r.rule, r.code): r.id for r in plan_rows}
    return cache[slug]


def executors(province: Context, row: plan.PlanRow) -> tuple[str, ...]:
    """The dinas (slugs) that carry out a province row: the dinas whose own finding it is (plan.about_dinas); for a
    row whose responsible unit is a dinas's (config/laporan.yml penanggung_jawab with {dinas}) the dinas it names
    (units below B, a weak element's dinas) or, naming none, every dinas with results ("setiap dinas"); for the
    province's IKM row on an earned intervention, the dinas whose own comparison defers to it
    (province_impact.earned_elsewhere); for a row a province office holds for each dinas (HELD_FOR_EACH: U7, DATA)
    the dinas as for a row of their own units; () for any other row the province holds alone."""
    every = tuple(sorted(province.dinas_results))
    if row.rule in OWN_FINDING:
        return plan.about_dinas(row, province.hasil)
    if row.rule == "rec_did_expand":
        return tuple(slug for slug in every if province_impact.earned_elsewhere(province.dinas_results[slug]))
    key = row.owner_key or recommendation.OWNER.get(row.rule, "")
    owners = province.config.penanggung_jawab if province.config else {}
    if "{dinas}" not in str((owners.get(key) or {}).get("id", "")) and row.rule not in HELD_FOR_EACH:
        return ()
    if row.rule == "rec_ikm_units":
        return tuple(below.name for below in ikm_units.ikm_below_b(province.hasil) if below.name in every)
    if row.rule == "rec_weak":  # judged in the province's period: a dinas out of it is named with its reason (absent)
        element = row.code.lower()
        weak = tuple(slug for slug in every if skm_left_out(province, slug) is None
                     and any(r["unsur"] == element and r.get("lemah")
                             for r in province.dinas_results[slug]["komunikasi"]["unsur"]))
        return weak or every
    return row.dinas or every


def skm_left_out(province: Context, slug: str) -> str | None:
    """Why the dinas ``slug`` is out of the province's SKM comparison, which reads one period, the province's last:
    'SKM 2025 tidak diterima', 'hanya SKM 2025-S1' (perbandingan_dinas[].ikm, analysis.results.in_period; CHECK13
    D13-3, D13-4); None when it is in it."""
    ikm = plan_owners.out_of_survey_period(province.hasil, slug)
    return reasons.short(ikm, province.lang) if ikm else None


def subject(row: plan.PlanRow) -> str:
    """The row's subject as its rule names it: the element of U8 ('u8'), the method of PORSI-MENTORING ('mentoring');
    '' for a rule with one row."""
    if row.rule == "rec_weak":
        return row.code.lower()
    prefix = plan_indicators.MEASURED[row.rule].code
    code = row.code if row.rule == "rec_gain_low" else plan.dinas_code(row)  # the dinas's code (IKM-CD-DINAS: none)
    return code.removeprefix(prefix + "-").lower() if code.startswith(prefix + "-") else ""


def link(ctx: Context, own: list[plan.PlanRow],
         before: Mapping[str, Mapping[str, float]] | None = None) -> list[plan.PlanRow]:
    """A dinas's plan with the province rows it carries out: its own row on the same finding names the province row;
    without one, the row carried from the province on the dinas's own figures (``carry``), after its own rows.
    Unchanged in the province report and without the province's results."""
    province = ctx.province_ctx
    if ctx.province or province is None:
        return own
    slug = ctx.hasil["cakupan"]["slug"]
    out = list(own)
    at = {plan.finding(row.rule, row.code): k for k, row in enumerate(out)}
    for row in province_plan(province):
        if slug not in executors(province, row):
            continue
        key = plan.dinas_finding(row)
        if key in at:
            mine = out[at[key]]
            out[at[key]] = replace(mine, province_rows=(*mine.province_rows, row.id))
        elif (carried := carry(ctx, row, (before or {}).get(key), issued=before is not None)) is not None:
            at[key] = len(out)
            out.append(carried)
    return out


def carry(ctx: Context, row: plan.PlanRow, before: Mapping[str, float] | None = None,
          issued: bool = False) -> plan.PlanRow | None:
    """The dinas's row for a province row it carries out and has no row of its own for: the province row's code in
    the dinas's plan (plan.dinas_code), rule and indicator on the dinas's own figure and target (plan.rows' rule,
    last year's unmet target as floor), the action worded for the dinas with the province row named; a pointer when
    the dinas's figure is withheld (``pointer``); None without the population or with the target already met
    (``absent`` says which). ``issued``: the plan the report issues (followup.issued, with last year's floors), whose
    pointer takes the province plan's floors too (province_target); a plan made again from a year's results alone
    (last_year) has neither, as the province's own."""
    goal = _carried_goal(ctx, row, before, issued)
    if not isinstance(goal, plan_targets.Goal):
        return None
    about = subject(row)
    # BIAYA-POIN's target in words at the dinas's cost per participant, as the dinas's own row says it (LOOK25 W-5:
    # the rows taken over from the province lacked it)
    needed = plan_targets.gain_needed(ctx.hasil, goal.target, ctx.lang, goal.carried) if row.rule in BUDGET_CAP else ""
    rec = recommendation.Recommendation(row.rule, "", action(ctx, row, about),
                                        recommendation.OWNER.get(row.rule, ""), recommendation.QUARTER[row.rule],
                                        subject=about)
    measured = plan_indicators.MEASURED[row.rule]
    slug, tahun = ctx.hasil["cakupan"]["slug"], ctx.hasil["tahun"]
    path = measured.path.format(s=about)
    code = plan.dinas_code(row)
    return plan.PlanRow(plan.row_id(slug, tahun, code), code, row.rule, rec.action, goal.indicator,
                        goal.today, goal.today_text, goal.target, goal.target_text, goal.higher_better,
                        plan_owners.owner(ctx, rec), rec.quarter,
                        recommendation.deadline(tahun, rec.quarter, ctx.lang, ctx.dated),
                        path, path=path, unit=plan_indicators.UNIT_KEYS[measured.unit],
                        owner_key=recommendation.ELEMENT_OWNER[about] if row.rule == "rec_weak" else rec.owner,
                        province_rows=(row.id,), due=recommendation.due(tahun, rec.quarter, ctx.dated),
                        today_reason=goal.today_reason, note=needed.removeprefix("; "))


@dataclass(frozen=True)
class Absence:
    """Why a dinas plan has no row on a province row (absence): ``text`` with the dinas's own figures ('estimasinya
    3,2541 di atas 3,0644, …'), ``shared`` the same reason without them, as every dinas left out for it can share it
    ('estimasi U3 di dinas itu di atas 3,0644, …'; followup.dinas_rows says it once for them all); '' when ``text``
    has no figure of the dinas."""

    text: str
    shared: str = ""


def _carried_goal(ctx: Context, row: plan.PlanRow, before: Mapping[str, float] | None = None, issued: bool = False
                  ) -> plan_targets.Goal | str | Absence:
    """The goal of the row ``carry`` makes in the dinas of ``ctx``, or why it makes none, in words (absence)."""
    lang = ctx.lang
    if row.rule in OWN_FINDING:
        return t("pl_absent_own", lang)
    about = subject(row)
    figure = plan_indicators.MEASURED[row.rule].today(ctx.hasil, about)
    if isinstance(figure, dict) and figure.get("alasan") == reasons.NO_PNS:  # 20 JP without PNS (CHECK13 D13-5)
        return reasons.reason(figure, lang)
    if not _populated(row.rule, figure):
        return unpopulated(ctx, row.rule, about)
    if not plan_indicators.MEASURED[row.rule].issued(ctx.hasil, about):
        return t("pl_absent_rule_off", lang)
    rec = recommendation.Recommendation(row.rule, "", "", recommendation.OWNER.get(row.rule, ""),
                                        recommendation.QUARTER[row.rule], subject=about)
    goal = plan_targets.goal(rec, ctx.hasil, ctx.targets, lang, before)
    if goal is None and isinstance(figure, dict) and not figure.get("cukup_data"):
        goal = pointer(ctx, row, about, figure, (before or {}).get(""), issued)
    if goal is None:
        return reasons.reason(figure if isinstance(figure, dict) else None, lang)
    line = threshold(ctx, row.rule) if row.rule not in BEYOND_THE_LINE else None
    at_line = goal.today is not None and line is not None and plan_targets.met(replace(goal, target=line))
    if not (plan_targets.met(goal) or at_line):  # at the rule's line already (95% realised): nothing the row asks of it
        return goal
    if (counted := _census_met(row.rule, figure, goal, lang)) is not None:
        return counted
    if goal.today == 0 and not goal.higher_better and row.rule in ZERO_WORDS:  # none left: said as a count
        return t(ZERO_WORDS[row.rule], lang)
    if row.rule == "rec_weak":  # an element is weak by its mean below the B band's edge (analysis.ikm), not by the
        target = f"≥ {fmt.element_threshold(lang)}"  # whole interval the row's target asks for
    else:
        target = line_text(row.rule, line, lang) if at_line and line is not None else goal.target_text
    reaching = _interval_across(figure, line if at_line and line is not None else goal.target, goal.higher_better,
                                plan_indicators.MEASURED[row.rule].scale)
    # without the dinas's own figures, the words every dinas at the rule's line shares (CHECK13 D13-4 residue)
    shared = t("pl_absent_not_weak_shared" if row.rule == "rec_weak" else "pl_absent_met_shared", lang, kode=row.code,
               batas=fmt.element_threshold(lang), target=_sign_kept(target))
    if reaching:  # LOOK14 P-2: the estimate is past the line, its interval is not: the rule does not fire there,
        # which is not the target reached (the chapter judges such a value "belum dapat dinilai")
        key = "pl_absent_not_weak" if row.rule == "rec_weak" else "pl_absent_estimate_only"
        return Absence(t(key, lang, nilai=goal.today_text, target=_sign_kept(target),
                         batas=fmt.element_threshold(lang), kode=row.code, rentang=_span(row.rule, reaching, lang)),
                       shared)
    return Absence(t("pl_absent_met", lang, nilai=goal.today_text, target=_sign_kept(target)), shared)


def _sign_kept(target: str) -> str:
    """The sign kept with its number at a line end, as a target cell keeps it."""
    return target.replace("≥ ", "≥\u00a0").replace("≤ ", "≤\u00a0")


# a count of all persons against a target at the top of its scale (100% of ASN covered, of PNS at 20 JP): judged by
# the count, as the dinas report judges it (report.facts.judge_values; CHECK13 D13-2): the words for "k of n reached it"
CENSUS_MET = {"cakupan_asn": "pl_absent_census_coverage", "jp_20": "pl_absent_census_jp"}


def _census_met(rule: str, figure: Any, goal: plan_targets.Goal, lang: str) -> str | None:
    """'14 dari 14 PNS sudah memenuhi 20 JP (tercapai)' when the rule's figure is a census at the top of its scale
    and everyone counted reached it; None otherwise (an estimate, or someone not yet reached)."""
    key = plan_indicators.MEASURED[rule].target_key
    top = key_figures.TOP_OF_SCALE.get(key or "")
    if (key not in CENSUS_MET or top is None or not isinstance(figure, dict) or goal.today is None
            or goal.target < top - 1e-9 or goal.today < top - 1e-9 or figure.get("jumlah") is None):
        return None
    return t(CENSUS_MET[key], lang, k=fmt.integer(figure["jumlah"], lang), n=fmt.integer(figure["n"], lang))


def _interval_across(figure: Any, line: float, higher_better: bool, scale: float = 1.0) -> tuple[float, float] | None:
    """The figure's 95% interval, in the line's unit (a share 0-1 times ``scale``: percent), when it reaches the wrong
    side of ``line`` (the estimate being past it); None without an interval or with the whole interval past the
    line."""
    if not isinstance(figure, dict) or figure.get("ci_bawah") is None or figure.get("ci_atas") is None:
        return None
    low, high = float(figure["ci_bawah"]) * scale, float(figure["ci_atas"]) * scale
    across = low < line - 1e-9 if higher_better else high > line + 1e-9
    return (low, high) if across else None


def _span(rule: str, ends: tuple[float, float], lang: str) -> str:
    """An interval's two ends (in the row's unit: percent already scaled) as the row's value prints them
    ('2,8340–3,3281' for an element, '78,5%–100,0%' for a share)."""
    measured = plan_indicators.MEASURED[rule]
    if measured.unit == "element":
        shown = [fmt.element(end, lang) for end in ends]
    elif measured.unit == "percent":
        shown = [fmt.percent(end, 1, lang) for end in ends]
    elif measured.unit == "rupiah":
        shown = [fmt.rupiah(end, lang) for end in ends]
    else:
        shown = [fmt.number(end, 2 if measured.unit == "score" else 1, lang) for end in ends]
    return fmt.span(shown[0], shown[1], lang=lang)


# a rule whose target is none (PPPK above the cap, units below B): its value at zero in words
ZERO_WORDS = {"rec_pppk": "pl_absent_pppk_cap", "rec_ikm_units": "pl_absent_ikm_units"}
# a rule's population when a dinas has none of it (unpopulated); a rule not here: no data for the indicator
NOBODY = {"rec_pppk": "pl_absent_pppk", "rec_method": "pl_absent_method", "rec_weak": "pl_absent_answers",
          "rec_data": "pl_absent_participations"}


def unpopulated(ctx: Context, rule: str, about: str) -> str:
    """Why a dinas without the row's population carries nothing: its year's data not received, else who it has
    none of ('tidak ada PPPK', 'tidak ada kegiatan mentoring')."""
    if rules.year_not_received(ctx.hasil):
        return t("pl_absent_no_year", ctx.lang, tahun=ctx.hasil["tahun"])
    if plan_indicators.MEASURED[rule].target_key == "persen_realisasi" and facts.is_zero_ceiling(
            facts.zero_ceiling(ctx.hasil, ctx.hasil["tahun"], None)):  # a ceiling of Rp 0 (CHECK14 E14-6)
        return t("why_zero_ceiling", ctx.lang)
    return t(NOBODY.get(rule, "pl_absent_no_data"), ctx.lang, metode=ctx.label(about) if about else "")


def absent(province: Context, row: plan.PlanRow, slug: str) -> str:
    """Why the plan of the dinas ``slug`` has no row on the province row ``row`` (LOOK12 K-9: 'targetnya sudah
    tercapai atau indikatornya tidak berlaku di sana' for every such dinas, true of neither for a dinas whose data
    never came): 'data 2025 tidak diterima', 'tidak ada PPPK', 'tidak ada PPPK di atas batas', '95,4% sudah ≥ 95%';
    for a dinas the row is not assigned to (an element not weak there, an IKM not below B), its own value against
    the rule's line."""
    return absence(province, row, slug).text


def absence(province: Context, row: plan.PlanRow, slug: str) -> Absence:
    """``absent`` with the same reason without the dinas's own figures where it has them (Absence.shared)."""
    ctx = dinas_context(province, slug)
    if rules.year_not_received(ctx.hasil):
        return Absence(t("pl_absent_no_year", province.lang, tahun=ctx.hasil["tahun"]))
    if plan_indicators.MEASURED[row.rule].survey and not ctx.hasil["data"].get("ada_skm", True):
        # a dinas with no survey at all has no answers on any element: "tidak ada data SKM" (CHECK15 E15-10)
        return Absence(t("pl_absent_no_skm", province.lang))
    if plan_indicators.MEASURED[row.rule].survey and (left_out := skm_left_out(province, slug)):
        return Absence(left_out)  # not "its IKM is not below B", "no SKM answers on this element" (CHECK13 D13-4)
    if row.rule == "rec_ikm_units" and slug not in executors(province, row):
        return Absence(t("pl_absent_ikm_b", province.lang), t("pl_absent_ikm_b_shared", province.lang))
    found = _carried_goal(ctx, row)
    if isinstance(found, Absence):
        return found
    if isinstance(found, str):
        return Absence(found)
    # not assigned to it and its own figure withheld (an element of one service unit): why it cannot be judged
    figure = plan_indicators.MEASURED[row.rule].today(ctx.hasil, subject(row))
    if found.today is None and isinstance(figure, dict):
        return Absence(t("pl_absent_withheld", province.lang, alasan=reasons.reason(figure, province.lang)))
    return Absence(t("pl_absent_own", province.lang))


def line_text(rule: str, line: float, lang: str) -> str:
    """A rule's own line as a target cell prints it: '≥ 95%', '≤ 0%', the B band of an element
    (plan_targets.line_target_text, the one text of a rule's line)."""
    return plan_targets.line_target_text(rule, lang, line=line)


def _populated(rule: str, figure: Any) -> bool:
    """Whether the dinas has anyone the row is about: a figure at all, a share of a method it runs, a count of
    PPPK or answers above zero."""
    if figure is None:
        return False
    if isinstance(figure, dict):
        return bool(figure.get("n"))
    return rule != "rec_method" or figure > 0


def threshold(ctx: Context, rule: str) -> float | None:
    """The rule's own line in the dinas: its configured target (config/target.yml), else its threshold (the B band,
    none above the PPPK cap); None for a rule judged by today's interval alone."""
    measured = plan_indicators.MEASURED[rule]
    configured = (ctx.targets or {}).get(measured.target_key) if measured.target_key else None
    return configured.nilai if configured else measured.floor


def pointer(ctx: Context, row: plan.PlanRow, about: str, figure: Mapping[str, Any],
            prior: float | None = None, issued: bool = False) -> plan_targets.Goal:
    """A carried row whose dinas figure is withheld: the indicator, the reason in place of the value (its cause in
    a few words when it has one, the whole reason kept for the note under the table: LOOK15 Q-10, Kebudayaan's
    BIAYA-POIN value a 12-line cell), and the rule's own threshold as target (the B band, none above the cap, a
    configured target), else the province plan's target for the row, named so (province_target; in an ``issued``
    plan, floored as the province plan is)."""
    measured = plan_indicators.MEASURED[row.rule]
    indicator = plan_indicators.indicator_words(row.rule, about, ctx.hasil["tahun"], ctx.lang)
    line = threshold(ctx, row.rule) if row.rule not in BEYOND_THE_LINE else None
    whole, cause = reasons.reason(figure, ctx.lang), reasons.short(figure, ctx.lang)
    today = t("not_enough_because", ctx.lang, alasan=cause or whole)
    why = whole if cause and cause != whole else ""
    target, target_text = province_target(ctx, row) if issued else (row.target, row.target_text)
    if line is None and prior is not None and ((prior > target) if row.higher_better else (prior < target)):
        # last year's unreached target of the dinas's own row, never weakened (plan_targets.goal's rule; LOOK15 Q-1)
        return plan_targets.Goal(indicator, None, today, float(prior), published_rows.target_text(row, prior, ctx.lang),
                                 row.higher_better, today_reason=why)
    if line is None:
        return plan_targets.Goal(indicator, None, today, target, t("pl_tgt_province", ctx.lang, target=target_text,
                                                                  tahun=ctx.hasil["tahun"],
                                                                  depan=ctx.hasil["tahun"] + 1),
                                 row.higher_better, today_reason=why)
    return plan_targets.Goal(indicator, None, today, float(line), line_text(row.rule, line, ctx.lang),
                             measured.higher_better, today_reason=why)


def province_target(ctx: Context, row: plan.PlanRow) -> tuple[float, str]:
    """The province row's target as the province plan issues it (its value, its text): the row's rule on the
    province's figure (``row``, province_plan), never weaker than the target of the province's own row on the same
    finding last year (the province plan of the year before, Context.year_before), as followup.issued floors it
    (LOOK15 Q-1 residue: a pointer row's '≤ Rp 268.156 (dari angka provinsi 2025)' beside the province plan's own
    '≤ Rp 238.866', floored at its 2024 target). A floor reached last year is no stricter than the rule's end of this
    year's interval, so taking the stricter of the two is the province's choice either way."""
    province = getattr(ctx, "province_ctx", None)
    last = getattr(province, "year_before", None)
    if last is None or row.targets or row.dinas:
        return row.target, row.target_text
    key = plan.finding(row.rule, row.code)
    before = next((r for r in province_plan(last) if plan.finding(r.rule, r.code) == key and not r.dinas), None)
    if before is None or not ((before.target > row.target) if row.higher_better else (before.target < row.target)):
        return row.target, row.target_text
    return before.target, published_rows.target_text(row, before.target, ctx.lang)


def action(ctx: Context, row: plan.PlanRow, about: str) -> str:
    """The carried row's action as the dinas's own row of that rule words it, then the province row it comes from."""
    lang, hasil = ctx.lang, ctx.hasil
    province = ctx.province_results or hasil
    if row.rule == "rec_weak":
        text = ACTIONS[about][lang]
    elif row.rule == "rec_jp":
        text = t("fu_rec_jp", lang)
    elif row.rule == "rec_pppk":
        text = t("fu_rec_pppk", lang, batas=plan_indicators.RULE_WORDS["rec_pppk"]["batas"])
    elif row.rule in ("rec_coverage", "rec_budget_reach"):
        goal = (ctx.targets or {}).get("cakupan_asn")
        text = coverage_rule.coverage_action(hasil, lang, goal.nilai if goal else None)
    elif row.rule in ("rec_budget_cheaper", "rec_budget_more"):
        money: Any = hasil["anggaran_vs_peningkatan"]
        # the dinas's own ceilings per method (constants.FOLLOW_UP_COST_CAP_FIELD); its cost model the province's when
        # its own has too few data, said so (K-7)
        text = budget_rule.budget_action(money["biaya_per_poin"], hasil["tahun"], None, lang,
                                         basis=not money["model"].get("biaya_median_per_peserta_rp"))
    elif row.rule == "rec_method":
        pair = method_choice.method_shift(province)
        text = t("fu_rec_method", lang, metode=label(about, lang),
                 pembanding=label(pair[1]["metode"], lang) if pair else "")
    elif row.rule in ("rec_did_expand", "rec_did_review"):
        text = t("fu_rec_did" if row.rule == "rec_did_expand" else "fu_rec_review", lang,
                 **impact.programme(province["level4_hasil"]["did_ikm"], lang))
    elif row.rule == "rec_ikm_units":
        own = ikm_units.ikm_units_recommendation(hasil, lang)
        text = own.action if own else row.action
    elif row.rule in SIMPLE_ACTIONS:
        text = t(SIMPLE_ACTIONS[row.rule], lang)
    else:  # a rule without a dinas wording of its own: the province's
        text = row.action
    source = t("pl_act_from_province", lang, kode=row.code)
    if row.rule == "rec_resist":  # the finding is the province's, the dinas's own estimate beside it (LOOK37 L-6)
        source += resistance_basis(province, hasil, lang)
    return phrases.aside(text, source)


def resistance_basis(province: Any, hasil: Any, lang: str) -> str:
    """Why a dinas carries the province's RESISTENSI row though its own report has no such finding (LOOK37 L-6:
    Perhubungan committed to '≤ 9,5%' under its own "belum jelas (rentang memuat nol)"): ': temuannya temuan provinsi
    (… 1,6 poin lebih rendah …; n = 7.811); estimasi dinas ini sendiri belum jelas (rentang memuat nol): −0,6 (…)'.
    '' when the province has no such finding to quote."""
    slope = province["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    if phrases.direction(slope) != "down":
        return ""
    size = phrases.signed_with_ci(slope, lang, "poin_per_resistensi")  # signed, as BAB V prints it (LOOK37b M-16)
    own = hasil["tantangan"]["resistensi"]["gain_per_poin_resistensi"]
    way = phrases.direction(own)
    mine = "" if way is None else (
        f"{phrases.estimate(own, lang, 'poin_per_resistensi')} {t('pl_resist_unit', lang)} "
        f"({phrases.ci(own, lang, 'poin_per_resistensi')}; n = {fmt.integer(own['n'], lang)})")
    if way is None:
        said = reasons.not_enough(own, lang)
    else:
        said = t("pl_resist_own_clear" if way == "down" else "pl_resist_own_unclear", lang, nilai=mine)
    return t("pl_resist_province_finding", lang, besar=size["besar"], ik=size["ik"],
             n=fmt.integer(slope["n"], lang), sendiri=said)


# the action of a rule whose dinas row is worded without the dinas's figures (rules.recommendations)
SIMPLE_ACTIONS = {"rec_resist": "fu_rec_resist", "rec_data": "fu_rec_data", "rec_realisation": "fu_rec_absorb",
                  "rec_budget_absorb_first": "fu_rec_absorb"}


def dinas_context(province: Context, slug: str) -> Context:
    """A dinas's context as the province report makes its plan (own_findings): its results, the province's
    configuration, the dinas's targets when known, and the province as the plan it carries rows of."""
    agency = province.agencies.get(slug)
    targets = agency.targets if agency else province.dinas_targets.get(slug, {})
    return Context(province.dinas_results[slug], province.lang, pd.DataFrame(), built=province.built,
                   config=province.config, targets=targets, province_ctx=province)
