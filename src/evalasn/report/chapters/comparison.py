"""BAB VII: each key figure beside the province, the dinas's rank among all dinas, earlier years
and its target (config/target.yml), with the verdict met / not met / cannot be judged. The key
figures are the records of report.facts (built once per report, judged there against their targets);
this chapter lays them out.
"""

from __future__ import annotations

import datetime as dt
import re

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.comparison import AttentionTest
from evalasn.report import facts
from evalasn.report.chapters import (
    fact_targets,
    followup_attention,
    html,
    plan_indicators,
    plan_targets,
    pppk_cap,
    year_difference,
)
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.charts import trend as trend_figures
from evalasn.report.context import Context
from evalasn.report.facts import (  # noqa: F401  (key_findings reads them here)
    KEYS,
    SHARES,
    Verdict,
    as_target_unit,
    judge,
    plain_value,
    rank_text,
    show_target,
    show_value,
    why_missing,
)
from evalasn.report.words import coverage, fmt, gain_measure, gain_sides, method_mix, phrases, reasons, uncertainty
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t
from evalasn.report.words.uncertainty import gain_rank_method, jp_share, others_share, test_reason


def key_figure_rows(ctx: Context) -> list[dict]:
    """For each key figure: its name, this scope's value, the province's, the rank and the target
    (the records of report.facts, built once per report)."""
    return [{"key": f.key, "name": f.name(ctx.lang), "value": f.value, "province": f.province, "rank": f.rank,
             "target": f.target, "verdict": f.verdict, "fact": f} for f in fact_targets.of(ctx)]


def key_figure_table(ctx: Context) -> str:
    lang = ctx.lang
    hasil = ctx.hasil
    records = fact_targets.of(ctx)
    if ctx.province:
        header = [ctx.label("indikator_kunci"), hasil["cakupan"]["nama"], ctx.label("target"), ctx.label("status")]
        # each figure with its n as Tabel 1 prints it (LOOK9 #3: one cell, the same in both tables)
        body = [[f.name(lang), f.cell(lang, with_n=True), f.target_cell(lang), f.status(lang, cell=True)]
                for f in records]
        # the province's gain is the model's province mean, as every dinas compares with it (REVIEW6 R6-8): why its
        # participants' mean beside it differs
        note = ctx.t("fact_gain_why_province") if gain_adjusted(ctx) else ""
        provisional = facts.open_note([f.verdict for f in records], facts.open_on(ctx), lang)
        return html.table(header, body, ctx.t("pos_tab_prov", tahun=hasil["tahun"]), numeric={1},
                          note=" ".join(filter(None, [note, ctx.t("kt_tab_note_n"), provisional])))
    header = [ctx.label("indikator_kunci"), hasil["cakupan"]["nama"].replace("Dinas ", ""), ctx.label("provinsi"),
              ctx.label("peringkat_dari"), ctx.label("target"), ctx.label("status")]
    # a figure that cannot be computed says so in its cell and why in the status column (once, not twice)
    body = [[f.name(lang), f.cell(lang, with_n=True), f.province_cell(lang), f.rank_cell(lang),
             f.target_cell(lang), f.status(lang, cell=True)] for f in records]
    note = rank_note(ctx) + " " + ctx.t("kt_tab_note_n") + gain_note(ctx)
    provisional = facts.open_note([f.verdict for f in records], facts.open_on(ctx), lang)
    note += " " + provisional if provisional else ""
    return html.table(header, body, ctx.t("pos_tab", nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"]),
                      numeric={1, 2}, note=note)


def rank_note(ctx: Context) -> str:
    """What the ranks in brackets are (or why there are none), and how the gain's was made."""
    hasil = ctx.hasil
    note = ctx.t("pos_rank_note") if coverage.comparable(hasil) else coverage.withheld_for_dinas(hasil, ctx.lang)
    if fact_targets.by_key(ctx)["gain"].rank:  # the gain's rank interval comes from the method that ranked it
        note += " " + gain_rank_method(hasil["pooling"], ctx.lang)
    return note


def gain_adjusted(ctx: Context) -> bool:
    """Whether the gain shown is the mixed model's with the raw mean beside it (a dinas with pooling, or the
    province with the model's province mean)."""
    return fact_targets.by_key(ctx)["gain"].raw is not None


def weightless_sentence(ctx: Context) -> str | None:
    """Where the model's figure of this dinas is the province mean (gain_measure.province_mean_only: tau2 = 0, or its
    own data's weight below the floor), that it is not the dinas's estimate, and the dinas's own mean beside it, with
    its interval (CHECK15 E15-7: 'Sosial 4,4 (3,4–5,3)', the province's, with its own 4,3 (0,4–8,2)); None otherwise."""
    pooling = ctx.hasil["pooling"]
    mine = pooling.get("dinas_ini")
    if ctx.province or not mine or not gain_measure.province_mean_only(pooling):
        return None
    own = fact_targets.by_key(ctx)["gain"].raw or ctx.hasil["level2_pembelajaran"]["keseluruhan"]
    mean = mine["pooled"]
    return ctx.t("fact_gain_why_weightless", sebab=gain_measure.weightless_reason(pooling, ctx.lang),
                 nilai=phrases.estimate(mean, ctx.lang), ik=phrases.ci(mean, ctx.lang),
                 sendiri=phrases.estimate(own, ctx.lang), ik_sendiri=phrases.ci(own, ctx.lang))


def mix_sentence(ctx: Context) -> str | None:
    """Where a dinas's adjusted gain and its participants' mean fall on different sides of the province mean, the
    reason from the data (its mix of methods), or that neither differs clearly; None otherwise or without the
    adjusted gain."""
    if not gain_adjusted(ctx):
        return None
    gain = fact_targets.by_key(ctx)["gain"]
    return method_mix.sentence(ctx.hasil, gain.value, gain.raw, gain.province, gain.province_raw, ctx.lang,
                               against=gain.against) or None


def sides_sentence(ctx: Context, last_year: bool = False) -> str | None:
    """Where a dinas's adjusted gain and its participants' mean disagree on whether scores rose at all, why
    (report.words.gain_sides), naming the mean's interval, which the table does not show; with ``last_year`` also
    for last year's column (its own results, ``ctx.previous``); None where they agree."""
    if not gain_adjusted(ctx):
        return None
    said = [gain_sides.sentence(ctx.hasil, ctx.lang, with_numbers=True)]
    before = next((year for year in ctx.hasil["tren"] if ctx.previous and year["tahun"] == ctx.previous["tahun"]),
                  None)
    # only where the report gives last year's participants' mean (the trend withholds it from too few activities)
    if last_year and ctx.previous is not None and before is not None and before["gain"]["cukup_data"]:
        said.append(gain_sides.sentence(ctx.previous, ctx.lang, with_numbers=True, year=ctx.previous["tahun"]))
    return " ".join(filter(None, said)) or None


def gain_note(ctx: Context) -> str:
    """' ' and the sentences under a dinas's key figures on which gain measure they show, as the province report
    ranks it: the mixed model's (why it differs from the participants' mean beside it, what the province column
    sets against each), or, without the model, the participants' mean and why; '' in the province report or for a
    dinas outside the comparison."""
    pooling = ctx.hasil["pooling"]
    if gain_adjusted(ctx):
        gain = fact_targets.by_key(ctx)["gain"]
        status = [ctx.t("fact_gain_status")] if gain.against is not None else []
        return " " + " ".join([ctx.t("fact_gain_why"), *filter(None, [weightless_sentence(ctx), mix_sentence(ctx),
                                                                      sides_sentence(ctx)]),
                               ctx.t("fact_gain_province"), *status])
    mine = pooling.get("dinas_ini")
    if ctx.province or gain_measure.fitted(pooling) or not mine or not mine["pooled"].get("cukup_data"):
        return ""
    return " " + gain_measure.text("fact_gain_why", pooling, ctx.lang)


# --- the dinas on the province's attention list (issue 12.1) ---
def attention_sentence(ctx: Context, with_rule: bool = True, gain_given: bool = False) -> str | None:
    """Whether the province report lists this dinas as needing attention, and why (from the dinas's
    own hasil.json: `perbandingan_provinsi.perhatian`), with the rule (BAB VII) or without it (the
    summary); ``gain_given``: a finding above already gives the gain's difference from the province, which the
    reason then does not repeat (LOOK14 P-12); None in the province report or without it."""
    hasil, lang = ctx.hasil, ctx.lang
    against = hasil.get("perbandingan_provinsi")
    listing = against.get("perhatian") if against else None
    if ctx.province or listing is None:
        return None
    name = hasil["cakupan"]["nama"]
    follow_up = followup_attention.attention_reasons(ctx)  # as the province report judges it (issue 24.3)
    rule = (" " + t("pos_attention_rule", lang, q=fmt.number(listing["q_fdr"], 2, lang),
                    m=fmt.integer(listing["jumlah_uji"], lang),
                    kenaikan=gain_measure.text("pos_attention_gain", hasil.get("pooling"), lang))) if with_rule else ""
    rule += f" {followup_attention.attention_rule(lang)}" if with_rule and ctx.previous is not None else ""
    if listing["dalam_daftar"] or follow_up:
        why = [test_reason(test, lang, hasil) for test in listing["uji"] if test["ditandai"]]
        # the difference in its own bracket, not a second colon (LOOK14 P-12)
        difference = "" if gain_given else uncertainty.gain_difference(hasil, hasil["cakupan"]["slug"], lang,
                                                                       "pos_reason_gain_diff")
        why += [t("pos_reason_gain", lang, selisih=difference)] if listing["gain_rendah"] else []
        return t("pos_attention_listed", lang, nama=name, alasan="; ".join(why + follow_up)) + rule
    if not listing["uji"] and not coverage.comparable(hasil):
        return coverage.withheld_for_dinas(hasil, lang, "cov_attention_withheld")
    if not listing["uji"]:
        return t("pos_attention_untested", lang, nama=name) + rule
    found = [clear_reason(hasil, test, lang) for test in listing["uji"]]
    mine = (hasil.get("pooling") or {}).get("dinas_ini")
    if gain_measure.fitted(hasil.get("pooling")) and mine and mine.get("selisih_rata"):
        # the list's gain check names itself too (REVIEW5 D12); above the mean in the words of Tabel 1's status, from
        # the same record (LOOK26 X-5: Gulkarmat, rank 1 of 21, read "not clearly below the province mean")
        above = facts.against_province(hasil) == "above"
        found.append(t("pos_clear_gain_above", lang, status=t("vs_province_above", lang)) if above
                     else t("pos_clear_gain", lang))
    return t("pos_attention_clear", lang, nama=name, hasil="; ".join(found)) + rule


def clear_reason(hasil: Hasil, test: AttentionTest, lang: str) -> str:
    """What one unflagged attention test found, against what it tests (R6-15): the IKM against the category-B line
    (with the period's interval when it holds the line: 'belum pasti'), 20 JP against the other agencies; a figure
    on the wrong side that the correction for many tests leaves unflagged says so."""
    if test["temuan"] == "ikm":
        value, line = fmt.ikm(test["estimasi"], lang), fmt.ikm(test["pembanding"], lang)
        estimate, line_value = test["estimasi"], test["pembanding"]
        if estimate >= line_value:
            return t("pos_clear_ikm_above", lang, nilai=value, batas=line)
        period = next((row for row in hasil["level4_hasil"].get("ikm_per_periode") or []
                       if row["periode"] == test["periode"]), None)
        upper = period.get("ci_atas") if period else None
        if period and period.get("ci_bawah") is not None and upper is not None and upper >= line_value:
            return t("pos_clear_ikm_unsure", lang, nilai=value, batas=line, bawah=fmt.ikm(period["ci_bawah"], lang),
                     atas=fmt.ikm(period["ci_atas"], lang))
        return t("pos_clear_ikm_chance", lang, nilai=value, batas=line)
    key = "pos_clear_jp_above" if test["estimasi"] >= test["pembanding"] else "pos_clear_jp_chance"
    return t(key, lang, persen=jp_share(hasil, test, lang),
             pembanding=others_share(test, lang, own=(hasil.get("cakupan") or {}).get("slug") == test["dinas"]))


def pooled_rank_sentence(ctx: Context) -> str | None:
    """The gain's rank as the province report gives it (hasil.json `pooling.dinas_ini`: the mixed model's, or
    without it the participants' mean), so a reader of both reports sees why the ranks differ; where the model's
    figure of the dinas is the province mean (gain_measure.province_mean_only), that, and the dinas's own mean the
    table above uses (CHECK15 E15-7); None without it."""
    pooling = ctx.hasil["pooling"]
    mine = pooling.get("dinas_ini")
    if ctx.province or not mine or not mine["peringkat"] or not mine["pooled"]["cukup_data"]:
        return None
    lang, rank, pooled = ctx.lang, mine["peringkat"], mine["pooled"]
    place = rank_words(rank, pooling.get("jumlah_dinas") or rank, mine["peringkat_bawah"] or rank,
                       mine["peringkat_atas"] or rank, lang)
    name = ctx.hasil["cakupan"]["nama"]
    if gain_measure.province_mean_only(pooling):
        own = fact_targets.by_key(ctx)["gain"].raw or ctx.hasil["level2_pembelajaran"]["keseluruhan"]
        return t("pos_pooled_rank_weightless", lang, sebab=gain_measure.weightless_reason(pooling, lang),
                 nilai=phrases.estimate(pooled, lang), ik=phrases.ci(pooled, lang), nama=name, peringkat=place,
                 sendiri=phrases.estimate(own, lang), ik_sendiri=phrases.ci(own, lang))
    return gain_measure.text("pos_pooled_rank", pooling, lang, nama=name, peringkat=place,
                             nilai=phrases.estimate(pooled, lang), ik=phrases.ci(pooled, lang))


def rank_words(rank: int, of: int, best: int, worst: int, lang: str, noun: bool = False) -> str:
    """'peringkat 2 dari 5 (rentang peringkat 95%: 1–4)'; where the range spans every place (uncertainty.spans_all)
    no place is printed, as Tabel 1 (facts.rank_text) prints none (REVIEW7 R7-17, CHECK15 E15-7). English says it
    after the agency's name ('ranks 2 of 5'), or with ``noun`` in a list of figures ('rank 2 of 5')."""
    if uncertainty.spans_all(best, worst, of):
        return t("pos_rank_apart_noun" if noun else "pos_rank_apart", lang, a=best, b=worst, n=of)
    return t("pos_rank_place_noun" if noun else "pos_rank_place", lang, r=rank, n=of, a=best, b=worst)


def trend_table(ctx: Context) -> str:
    lang = ctx.lang
    years = ctx.hasil.get("tren") or []
    header = [ctx.label("indikator_kunci")] + [str(r["tahun"]) for r in years]
    # the participants' mean every year, named so; above it, where the key table shows the adjusted gain, that
    # measure for every year (the trend's `gain_model`: Tabel 1's last-year value is this row's, REVIEW5 D14); a
    # missing figure says why: a short cell with a mark, its reason once under the table (LOOK23 Z-6, LOOK24 V2-5)
    marks = NoteMarks()
    body = []
    # the last column: each figure's change from the year before with its interval and verdict, where the analysis
    # gives any (`tren[].selisih_tahun_lalu` of the evaluated year): the summary's "membaik"/"memburuk" point here
    # (LOOK28 Z-1: 24 of 52 verdicts had no printed difference)
    opened = facts.open_on(ctx)  # a year's total falling in a year not over is not judged yet (facts.year_change)
    # under the key figures, the share of PPPK above the cap where the scope has PPPK: the level of the summary's
    # PPPK finding's change (LOOK31 C-1: its "memburuk" backed by no table)
    rows = trend_rows(years)
    changed = any(year_difference.printable(facts.year_change(ctx.hasil, key, adjusted))
                  for key in rows for adjusted in (False, True)) or pppk_counted_change(ctx.hasil, lang) is not None
    for key in rows:
        if key == "gain" and gain_adjusted(ctx):
            gain = fact_targets.by_key(ctx)["gain"]
            body.append([label("gain_adjusted", lang)] + [
                show_value(key, r["gain_model"], lang) if as_target_unit(key, r.get("gain_model")) is not None
                else missing_cell("–", facts.year_reason(gain, None, r["gain"], lang), None, lang, marks)
                for r in years] + ([year_difference.cell(key, facts.year_change(ctx.hasil, key, True, opened),
                                                         lang, marks)] if changed else []))
        body.append([trend_row_label(key, ctx.hasil, lang)]
                    + [_trend_cell(key, facts.year_figure(ctx.hasil, r, key), lang, marks) if key in r else "–"
                       for r in years]
                    + ([_change_cell(ctx.hasil, key, opened, lang, marks)] if changed else []))
    tahun = ctx.hasil["tahun"]
    header += [ctx.t("pos_trend_change_h", tahun=tahun - 1)] if changed else []
    # year columns are not marked numeric: numeric cells do not wrap, and a cost with its interval is wider
    # than a third of the page; an interval in brackets stays on one line (LOOK23 Z-6: "64,9 (54,8 / s.d. 73,8)")
    notes = [ctx.t("pos_trend_note"), *([ctx.t("pos_trend_pppk_note", batas=constants.PPPK_JP_MAXIMUM_PER_YEAR)]
                                        if facts.PPPK_OVER_CAP in rows else []),
             *staff_notes(years, tahun, lang), *missing_notes(years, ctx.province, lang)]
    # what the change column is and how it is judged, its own paragraph (a reader on a phone gets short ones)
    change_note = ctx.t("pos_trend_change_note", tahun=tahun, tahun_lalu=tahun - 1) if changed else ""
    # on a phone each indicator is a block of its years, the evaluated year's among them in view: scrolled sideways
    # under the pinned indicator column, the table opened with that year's column at the screen's edge (LOOK26 X-7)
    return html.table(header, body, ctx.t("pos_trend_tab", nama=ctx.hasil["cakupan"]["nama"]),
                      note=[" ".join(notes), change_note, marks.note()], held_ranges=set(range(1, len(header))),
                      stack=True)


def pppk_trend(years: list) -> bool:
    """Whether some year of the trend counts any PPPK (`tren[].pppk_di_atas_batas` with its n): the trend table's
    row on them; a scope without PPPK has none (no row of dashes)."""
    return any((year.get(facts.PPPK_OVER_CAP) or {}).get("n") for year in years)


def trend_rows(years: list) -> tuple[str, ...]:
    """The figures of the trend, in the table's rows and the figure's panels alike: the key figures, and under them
    the share of PPPK above the cap where the scope has PPPK (pppk_trend; LOOK31 C-1, LOOK33 E-1)."""
    return (*KEYS, *((facts.PPPK_OVER_CAP,) if pppk_trend(years) else ()))


def pppk_point(share: object) -> trend_figures.Point | None:
    """A year's share of PPPK above the cap in percent as the trend table's cell gives it (_trend_cell): with its
    95% interval, or, fewer than constants.MIN_N PPPK, the count's share without one (a point without a bar:
    '2 dari 7 PPPK (28,6%; hitungan, tanpa rentang)'); None without PPPK or without the year's record."""
    figure = share if isinstance(share, dict) else None
    values = as_target_unit(facts.PPPK_OVER_CAP, figure)
    if values is not None:
        return values
    counted = pppk_cap.of_share(figure)
    return (counted.percent,) * 3 if counted is not None else None


def latest_list_years(years: list, tahun: int) -> list[str]:
    """The years before ``tahun`` whose coverage and 20 JP count the latest staff list, not that year's (hasil.json
    `tren[].daftar_pegawai` "terakhir" or unset): the trend table's note says so (staff_notes) and BAB VIII lists what
    it does to a rise since then (limitations.staff_list_item; LOOK37b M-7)."""
    return [str(year["tahun"]) for year in years
            if year["tahun"] < tahun and (year.get("daftar_pegawai") or "terakhir") == "terakhir"]


def staff_notes(years: list, tahun: int, lang: str) -> list[str]:
    """Which staff list each year's coverage and 20 JP count (hasil.json `tren[].daftar_pegawai`: that year's own
    export, some dinas's, or the latest list); one sentence when every earlier year has the latest list only."""
    kinds: dict[str, list[str]] = {}
    for year in years:
        kind = year.get("daftar_pegawai") or "terakhir"
        if year["tahun"] < tahun or kind != "terakhir":  # the evaluated year's own list is its year-end one
            kinds.setdefault(kind, []).append(str(year["tahun"]))
    if set(kinds) <= {"terakhir"}:
        return [t("pos_trend_staff_latest", lang)] if kinds else []
    keys = {"tahun_itu": "pos_trend_staff_own", "campuran": "pos_trend_staff_mixed", "terakhir": "pos_trend_staff_rest"}
    return [t(key, lang, tahun=phrases.and_(kinds[kind], lang)) for kind, key in keys.items() if kind in kinds]


def missing_notes(years: list, province: bool, lang: str) -> list[str]:
    """In the province report, one sentence per set of dinas left out of some years' coverage and 20 JP for want of
    any training rows (hasil.json `tren[].dinas_tanpa_data_kegiatan`); a dinas's own cells say why already."""
    if not province:
        return []
    left_out: dict[tuple[str, ...], list[str]] = {}
    for year in years:
        if year.get("dinas_tanpa_data_kegiatan"):
            left_out.setdefault(tuple(year["dinas_tanpa_data_kegiatan"]), []).append(str(year["tahun"]))
    return [t("pos_trend_missing", lang, tahun=phrases.and_(tahun, lang),
              dinas=phrases.and_([short_name_in(slug, lang) for slug in slugs], lang))
            for slugs, tahun in left_out.items()]


def trend_label(key: str, lang: str) -> str:
    """A key figure's name in the trend (the gain: the participants' mean, every year)."""
    return label("gain_raw" if key in facts.RAW_BESIDE else f"kf_{key}", lang)


def trend_row_label(key: str, hasil: Hasil, lang: str) -> str:
    """A row's name in the trend table (trend_label), the PPPK row's unit as its cells give it: '(%)' over shares
    with an interval; where some year counts fewer than constants.MIN_N PPPK (a count in its cell, '2 dari 7 PPPK
    (28,6%; hitungan, tanpa rentang)'), no unit when every year does, else both named (LOOK34 F-5: '(%)' over
    counts)."""
    if key != facts.PPPK_OVER_CAP:
        return trend_label(key, lang)
    figures = [facts.year_figure(hasil, row, key) for row in hasil.get("tren") or [] if key in row]
    shares = [as_target_unit(key, figure) is not None for figure in figures]
    counted = [not share and pppk_cap.of_share(figure) is not None
               for share, figure in zip(shares, figures, strict=True)]
    if not any(counted):
        return trend_label(key, lang)
    return label("kf_pppk_di_atas_batas_mixed" if any(shares) else "kf_pppk_di_atas_batas_counted", lang)


def pppk_counted_change(hasil: Hasil, lang: str) -> str | None:
    """The PPPK row's change cell where last year or this year counts fewer than constants.MIN_N PPPK
    (pppk_cap.unjudged_change: both counts, not judged, and why); None without both years' counts or with both
    intervals."""
    key = facts.PPPK_OVER_CAP
    years = {row["tahun"]: row for row in hasil.get("tren") or []}
    before, after = (pppk_cap.of_share(facts.year_figure(hasil, years[year], key)) if key in years.get(year, {})
                     else None for year in (hasil["tahun"] - 1, hasil["tahun"]))
    if before is None or after is None:
        return None
    return pppk_cap.unjudged_change(before, after, hasil["tahun"], lang)


def _change_cell(hasil: Hasil, key: str, opened: dt.date | None, lang: str, marks: NoteMarks) -> str:
    """The trend table's change column for ``key`` (year_difference.cell); the PPPK row without a record of its
    change, where a year has too few PPPK for an interval, its two counts and why it is not judged (LOOK34 F-5: a
    bare '–')."""
    change = facts.year_change(hasil, key, opened=opened)
    counted = pppk_counted_change(hasil, lang) if key == facts.PPPK_OVER_CAP and not year_difference.printable(
        change) else None
    return counted if counted is not None else year_difference.cell(key, change, lang, marks)


def _trend_cell(key: str, figure, lang: str, marks: NoteMarks) -> str:
    """A key figure of one year of the trend: its value with its interval (an amount's interval with its currency
    once, 'Rp 440.863 (385.774–517.069)': the interval whole on a line of its column, LOOK24 V2-5), or a short cell
    with the mark of why it has none (missing_cell); the share of PPPK above the cap without an interval (fewer than
    constants.MIN_N PPPK) as its count, '2 dari 7 PPPK (28,6%; hitungan, tanpa rentang)', as BAB X prints it
    (LOOK32 D-1: 'belum dapat dihitung' beside an exact count)."""
    if as_target_unit(key, figure) is not None:
        return show_value(key, figure, lang, currency_once=True)
    counted = pppk_cap.of_share(figure) if key == facts.PPPK_OVER_CAP else None
    if counted is not None:
        return counted.census(lang)
    shown, reason = facts.missing_parts(key, figure, lang)
    return missing_cell(shown, reason, figure, lang, marks)


# the reasons that there are no data for a figure: its cell in the trend says 'tidak ada data'
NO_DATA_REASONS = ("why_no_data", "why_no_survey", "why_no_budget", "why_no_activities", "why_no_activity_data",
                   "fact_no_scores_year")


def missing_cell(shown: str, reason: str, figure, lang: str, marks: NoteMarks) -> str:
    """A year of the trend without a value: a short cell with the mark of ``reason``, which goes under the table,
    whatever its length, so that every year column is as narrow as its figures (LOOK23 Z-6: KPKP's 2024 cost per
    point, ~330 characters, took half the table; LOOK24 V2-5: IKM 2023's 'tidak ada data survei kepuasan masyarakat'
    set the widest column). The cell: a value shown without its interval as ``shown`` says it ('75,77 (tanpa
    rentang)ᵃ'), 'tidak ada PNSᵃ' where 20 JP does not apply, 'tidak ada dataᵃ' for want of any data
    (NO_DATA_REASONS), else 'belum dapat dihitungᵃ'."""
    if shown == "–":
        if isinstance(figure, dict) and figure.get("alasan") == reasons.NO_PNS:
            shown = reasons.short(figure, lang)
        elif reason in {t(key, lang) for key in NO_DATA_REASONS}:
            shown = t("no_data", lang)
        else:
            shown = t("not_computed", lang)
    return shown + marks.mark(reason)


def trend_reasons(years, key: str, lang: str, hasil: Hasil | None = None) -> str:
    """Why a key figure has no value in the years of the trend, in the table's words: one reason when every year has
    the same, else each year's ('2024: …; 2025: …')."""
    said = {row["tahun"]: why_missing(key, None if key not in row else facts.year_figure(hasil, row, key) if hasil
                                      else results.key_figure(row, key), lang) for row in years}
    if len(set(said.values())) == 1:
        return next(iter(said.values()))
    return "; ".join(f"{year}: {reason}" for year, reason in said.items())


def trend_targets(ctx: Context) -> dict[str, tuple[trend_figures.TargetLine, ...]]:
    """Each key figure's target lines: the targets the tables print, from the same records (report.facts via
    fact_targets; LOOK16 R-17), each in the years it is a target for (LOOK17 S-4). A configured target: this year
    Tabel 1's, an earlier year that year's config/target.yml (none where it sets none); a plan row's: the year it is
    for only (last year's row this year; this year's row for next year, off the chart); an adjusted gain the status
    places beside the province mean: that mean this year (dotted), beside the target above zero."""
    tahun = ctx.hasil["tahun"]
    charted = [row["tahun"] for row in ctx.hasil.get("tren") or []]
    lines: dict[str, tuple[trend_figures.TargetLine, ...]] = {}
    for fact in fact_targets.of(ctx):
        drawn: list[tuple[dict[int, float], bool]] = []
        if (mean := fact.province_target) is not None:
            drawn.append(({tahun: mean}, True))
        configured = {year: goal.nilai for year in charted if year < tahun and fact.target is not None
                      and (goal := ctx.year_targets.get(year, {}).get(fact.key))}
        drawn.append((configured | fact.target_years, False))
        kept = tuple(trend_figures.TargetLine(shown, province) for years, province in drawn
                     if (shown := {year: years[year] for year in charted if year in years}))
        if kept:
            lines[fact.key] = kept
    # the PPPK panel's (trend_rows) where 7.2 has its row: none above the legal cap, a rule of every charted year
    if pppk_trend(ctx.hasil.get("tren") or []) and pppk_cap.over_cap(ctx.hasil) is not None:
        floor = plan_indicators.MEASURED["rec_pppk"].floor  # the '≤ 0%' of 7.2 and BAB X (plan_targets)
        lines[facts.PPPK_OVER_CAP] = (trend_figures.TargetLine({year: floor or 0.0 for year in charted}),)
    return lines


def trend_figure(ctx: Context) -> str:
    """The trend table's rows as small multiples (trend_rows: the share of PPPK above the cap, lower is better, its
    own panel where the table has its row; LOOK33 E-1: six panels all rising under 'Angka kunci … per tahun' beside
    the one figure the summary calls worse)."""
    years = ctx.hasil.get("tren") or []
    keys = trend_rows(years)
    adjusted = gain_adjusted(ctx)  # the gain panel draws the key table's measure, the participants' mean beside it
    names = {k: trend_label(k, ctx.lang) for k in keys} | ({"gain": label("gain_adjusted", ctx.lang)} if adjusted
                                                          else {})
    pppk = facts.PPPK_OVER_CAP in keys
    if pppk:  # the one panel where lower is better, said in its title
        names[facts.PPPK_OVER_CAP] = label("trend_pppk_panel", ctx.lang, nama=names[facts.PPPK_OVER_CAP])
    fig = trend_figures.small_multiples(years, keys, names, trend_targets(ctx), SHARES, ctx.lang,
                                        adjusted=adjusted, missing={k: trend_reasons(years, k, ctx.lang, ctx.hasil)
                                                                 for k in keys},
                                        points={facts.PPPK_OVER_CAP: pppk_point})
    gain = fact_targets.by_key(ctx)["gain"]
    caption = ctx.t("pos_trend_fig", nama=ctx.hasil["cakupan"]["nama"]) + (ctx.t("pos_trend_fig_raw") if adjusted
                                                                           else "")
    if gain.province_target is not None:  # the dotted line: what it is and the target it stands for
        caption += ctx.t("pos_trend_fig_province", tahun=gain.tahun, nilai=show_value("gain", gain.province, ctx.lang,
                                                                                      False))
    if not pppk:
        return html.figure(fig, caption, caption)
    caption += ctx.t("pos_trend_fig_pppk")
    return html.figure(fig, caption, f"{caption}. {pppk_alt(years, ctx.lang)}")


def pppk_alt(years: list, lang: str) -> str:
    """The PPPK panel's years for the alt text, as the trend table's cells print them (_trend_cell): 'PPPK di atas
    batas 24 JP (%): 2023 30,1 (26,1 s.d. 34,5); …', a count '2023 2 dari 5 PPPK (40,0%; hitungan, tanpa rentang)';
    a year without a point left out."""
    key = facts.PPPK_OVER_CAP
    cells = [f"{year['tahun']} {_trend_cell(key, year[key], lang, NoteMarks())}" for year in years
             if pppk_point(year.get(key)) is not None]
    return f"{trend_label(key, lang)}: {'; '.join(cells)}."


def targets_table(ctx: Context) -> str:
    """7.2: each key figure's target as its status judges it (report.facts.Fact.target_cell: a dinas's adjusted gain
    by its place beside the province mean, then the target above zero) and the basis of each."""
    records = fact_targets.by_key(ctx)
    rows = []
    for key in KEYS:
        basis = ctx.targets[key].dasar[ctx.lang] if key in ctx.targets else "–"
        fact = records.get(key)
        if fact is not None and fact.target is None and fact.followup is not None:  # BAB X's row (LOOK14 P-15)
            rows.append([label(f"kf_{key}", ctx.lang), fact.followup.target,
                         ctx.t("fact_followup_basis", tahun=fact.followup.tahun, kode=fact.followup.code)
                         + (end_words(ctx, key, fact.last_year, fact.followup.target, fact.followup.tahun)
                            or province_end_words(ctx, key, fact.last_year, fact.followup.target,
                                                  fact.followup.tahun))])
            continue
        if fact is not None and fact.target is None and fact.planned is not None:  # set for next year (LOOK15 Q-14)
            rows.append([label(f"kf_{key}", ctx.lang), fact.target_cell(ctx.lang),
                         ctx.t("fact_planned_basis", tahun_rencana=ctx.hasil["tahun"], kode=fact.planned.code,
                               tahun=fact.planned.tahun)
                         + end_words(ctx, key, fact.value, fact.planned.target, ctx.hasil["tahun"])])
            continue
        if fact is not None and fact.target_cell(ctx.lang) != show_target(key, ctx.targets.get(key), ctx.lang):
            basis = ctx.t("fact_gain_target_basis") + ("" if basis == "–" else f" {basis}")
        rows.append([label(f"kf_{key}", ctx.lang), fact.target_cell(ctx.lang) if fact is not None
                     else show_target(key, ctx.targets.get(key), ctx.lang), basis])
    if pppk_cap.over_cap(ctx.hasil) is not None:  # BAB X's row PPPK-JP targets none above the legal cap (R7-15)
        rows.append([ctx.t("pos_target_pppk", batas=constants.PPPK_JP_MAXIMUM_PER_YEAR),
                     plan_targets.line_target_text("rec_pppk", ctx.lang),
                     ctx.t("pos_target_pppk_basis")])
    return html.table([ctx.label("indikator_kunci"), ctx.label("target"), ctx.label("dasar")], rows,
                      ctx.t("pos_targets_tab"))


BRACKETED = re.compile(r"\s*\([^)]*\)")  # a bracket after a target's number, '(target rencana provinsi 2024)'


def province_end_words(ctx: Context, key: str, own: facts.Figure, target: str, tahun: int) -> str:
    """'; target = batas bawah rentang keyakinan 95% nilai seluruh provinsi 2024 (Rp 238.866–Rp 282.677), dipakai
    karena nilai dinas ini 2024 belum dapat dihitung: hanya 3 kegiatan (rinciannya di 7.1)' when a dinas's plan row
    of ``tahun`` took the province plan's target because its own figure of that year (``own``) was withheld
    (province_rows.pointer), and that target is an end of the province's interval of that year, from the records
    that plan was made from (the province's results of that year, Context.year_before of the province context); ''
    otherwise (LOOK26 X-12: Kominfotik's Tabel 12 gave '≤ Rp 238.866 (target rencana provinsi 2024)' with no word
    of what the number is)."""
    province = ctx.province_ctx.year_before if ctx.province_ctx is not None else None
    if ctx.province or province is None or (isinstance(own, dict) and own.get("cukup_data")):
        return ""
    figure = results.key_figure(results.key_figures(province.hasil), key)
    found = facts.interval_end(key, figure, BRACKETED.sub("", target), ctx.lang)
    if found is None:
        return ""
    why = reasons.clause(own, ctx.lang) if isinstance(own, dict) else ""
    # the whole reason is in the trend table's note (7.1), where there is a trend (LOOK27 Y-4)
    where = ctx.t("fact_reason_in_trend") if len(ctx.hasil.get("tren") or []) >= 2 else ""
    return ctx.t("fact_target_province_end", ujung=ctx.t(f"fact_end_{found[0]}"), tahun=tahun, rentang=found[1],
                 alasan=why or ctx.t("no_data"), rincian=where)


def end_words(ctx: Context, key: str, figure: facts.Figure, target: str, tahun: int) -> str:
    """'; target = batas bawah rentang keyakinan 95% nilai 2024 (Rp 361.488–Rp 646.439), …' when a plan row's
    target is an end of the interval of the year it was set from (plan_targets._target), else nothing (LOOK19 V-7)."""
    found = facts.interval_end(key, figure, target, ctx.lang)
    if found is None:
        return ""
    return ctx.t("fact_target_interval_end", ujung=ctx.t(f"fact_end_{found[0]}"), tahun=tahun, rentang=found[1])


def chapter(ctx: Context, province_parts: list[str] | None = None) -> str:
    """BAB VII. In the province report ``province_parts`` (the comparison of dinas) come first."""
    hasil = ctx.hasil
    years = hasil.get("tren") or []
    parts = list(province_parts or [])
    if ctx.province:
        parts.append(html.para(ctx.t("pos_intro_prov", tahun=hasil["tahun"])))
    else:
        against = hasil.get("perbandingan_provinsi")
        dinas_count = against["jumlah_dinas"] if against else 0
        parts.append(html.para(ctx.t("pos_intro" if coverage.comparable(hasil) else "pos_intro_unranked",
                                     nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"], jumlah=dinas_count)))
        said = coverage.registry_sentence(hasil, ctx.lang)  # the ranks' note says why they are missing (20.7)
        if said and not coverage.comparable(hasil):
            parts.append(html.para(said))
    parts += [key_figure_table(ctx), html.para(ctx.t("pos_judge_note"), cls="note")]
    parts += [html.para(s) for s in (attention_sentence(ctx), pooled_rank_sentence(ctx)) if s]
    if len(years) >= 2:
        parts += [html.heading(3, ctx.t("pos_trend_h", tahun_awal=years[0]["tahun"], tahun=hasil["tahun"])),
                  trend_table(ctx), trend_figure(ctx)]
    else:
        parts.append(html.note(ctx.t("pos_trend_one", tahun=hasil["tahun"])))
    parts += [html.heading(3, ctx.t("pos_targets_h")), targets_table(ctx)]
    title = ctx.t("ch_position_prov") if ctx.province else ctx.t("ch_position")
    return html.section("perbandingan", title, *parts)

