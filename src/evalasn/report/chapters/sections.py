"""The chapters of the report, each a function of the report context returning HTML.

The report notebook calls these in order, one cell per chapter (the results chapters, BAB III–VI,
are laid out in report.chapters.results and listed here). Every number comes from
hasil.json (or, for the budget scatter, from processed data aggregated per activity); every
sentence from the catalogue in ``text``.
"""

from __future__ import annotations

import html as pylib_html
import re
from typing import Any, cast

from evalasn import constants, schema
from evalasn.analysis.contract import Hasil
from evalasn.analysis.results import realisation_in_year
from evalasn.registry import short_name
from evalasn.report import facts
from evalasn.report.chapters import (
    comparison,
    coverage_rule,
    fact_targets,
    followup,
    followup_review,
    front,
    glance,
    html,
    jp_rule,
    key_findings,
)
from evalasn.report.chapters.followup import chapter as follow_up_plan
from evalasn.report.chapters.followup_review import attention as follow_up_attention
from evalasn.report.chapters.followup_review import attention_rule
from evalasn.report.chapters.followup_review import summary_sentence as follow_up_sentence
from evalasn.report.chapters.limitations import chapter as limitations  # noqa: F401  (BAB VIII)
from evalasn.report.chapters.note_marks import NoteMarks
from evalasn.report.chapters.results import budget, challenges, communication, kirkpatrick  # noqa: F401
from evalasn.report.charts import figures
from evalasn.report.context import Context, activity_gains, build_time, indicator_name, load_context, show  # noqa: F401
from evalasn.report.words import (
    coverage,
    fmt,
    gain_measure,
    gain_sides,
    impact,
    names,
    narrative,
    phrases,
    quality,
    settings,
    uncertainty,
)
from evalasn.report.words.text import GLOSSARY, t
from evalasn.report.words.units import unit_name

# --- cover and front matter (report.chapters.front) ---------------------------------------------------
cover = front.cover
foreword = front.foreword


def follow_up(ctx: Context) -> str:
    """BAB X: last year's plan judged (10.1 Evaluasi Tindak Lanjut), then this year's plan (10.2)."""
    return follow_up_plan(ctx)


def front_matter(ctx: Context) -> str:
    """The three lists (filled with page numbers by the renderer) and the Daftar Singkatan, after the Kata Pengantar
    (front.foreword) and before the Ringkasan Eksekutif, as in a government document."""
    lists = "".join(f'<nav class="list" id="daftar-{kind}" data-title="{html.escape(ctx.t(title))}"></nav>'
                    for kind, title in (("isi", "toc_title"), ("tabel", "tables_title"), ("gambar", "figures_title")))
    # the abbreviations the report's text uses (filled by the renderer from report.words.abbreviations)
    lists += (f'<nav class="abbreviations" id="daftar-singkatan" '
              f'data-title="{html.escape(ctx.t("abbreviations_title"))}"></nav>')
    # the lists open their own page, not under the Kata Pengantar's signature
    return f'<section class="front lists" style="break-before: page">{lists}</section>'


# --- chapters --------------------------------------------------------------------------------
def summary(ctx: Context) -> str:
    if ctx.province:
        head = front.province_first_page(ctx)
    else:
        # its money first, as the province's (CHECK10 C10-10), then the findings ranked by consequence with their
        # recommendations, then the key figures (issue 22.2)
        money = front.cost_lead(ctx)
        head = ([money] if money else [])
        opening = glance.line(ctx, before=head)  # what went well, before the findings (LOOK26 X-5)
        head += [html.para(opening, cls="lead")] if opening else []
        head += key_findings.summary_parts(ctx, above=head)
        # on the province's attention list? (12.1); the gain's difference not a second time when a finding gives it
        given = any(finding.kind == "kenaikan_rendah" for finding in key_findings.ranked(ctx))
        listed = comparison.attention_sentence(ctx, with_rule=False, gain_given=given)
        head += [html.para(listed)] if listed else []
    cutoff = front.year_open_note(ctx)  # a year not over on the report's date: its totals are provisional (E15-6)
    head = ([html.para(cutoff, cls="lead")] if cutoff else []) + head
    compared = impact.compared(ctx.hasil, ctx.lang)  # no intervention declared: what the IKM comparison compared
    head += [html.para(compared)] if compared else []
    reviewed = follow_up_sentence(ctx)  # last year's follow-up targets (issue 24)
    head += [html.para(reviewed)] if reviewed else []
    late = followup.late_notice(ctx)  # a plan with little or no time left (REVIEW3 12)
    head += [html.para(late, cls=followup.LATE_CLASS)] if late else []
    return html.section("ringkasan", ctx.t("ch_summary"), *short_names_key(ctx, head),
                        html.para(ctx.t("summary_reading"), cls="note"))


def short_names_key(ctx: Context, parts: list[str]) -> list[str]:
    """The summary's ``parts`` with, in English, one sentence before the first that names an agency by its short
    name, saying what each short name the summary uses stands for ('Agencies by short name: Satpol PP = Civil
    Service Police Unit (Satuan Polisi Pamong Praja); Health = Health Agency (Dinas Kesehatan); …'; LOOK20 W-18: the
    key was under Table 11, 20 pages on); ``parts`` unchanged in Indonesian, or naming no agency but the report's
    own (its cover names it in full)."""
    if ctx.lang != "en":
        return parts
    texts = [pylib_html.unescape(re.sub(r"<[^>]+>", " ", part)) for part in parts]
    named = names.named_in(" ".join(texts))
    if not set(named) - {ctx.hasil["cakupan"]["slug"]}:  # an agency's own short name alone needs no key (LOOK22 Y-11)
        return parts
    first = next(i for i, text in enumerate(texts) if names.named_in(text))
    while first and texts[first - 1].strip().endswith(":"):  # not between a list and the words that open it
        first -= 1
    key = html.para(ctx.t("summary_short_names", daftar="; ".join(names.spelled_out(slug) for slug in named)),
                    cls="note")
    return parts[:first] + [key] + parts[first:]


method = front.introduction  # BAB I Pendahuluan (with the methods and the glossary)


def _activity_cost_cell(ctx: Context, row) -> str:
    """Tabel 4's budget of a method: 'tidak tercatat' when none of its activities has a recorded cost, 'Rp 755 juta
    (2 tidak tercatat)' when some have none (`kegiatan_tanpa_biaya`), never 'Rp 0' for a missing cost."""
    missing = row.get("kegiatan_tanpa_biaya") or 0
    if missing and missing >= row["n_kegiatan"]:
        return ctx.t("i_cost_unrecorded_cell")
    if missing:
        return ctx.t("i_cost_partly_cell", biaya=ctx.money(row["anggaran_rp"]), k=fmt.integer(missing, ctx.lang))
    return ctx.money(row["anggaran_rp"])


def group_labels(groups: list[tuple[str, Any]], lang: str) -> tuple[list[str], str]:
    """Gambar 1's row names with each group's n ('Golongan III (n = 21)', 'Fungsional (n = 40)') and the note naming
    the groups too small to be drawn, with their n and the minimum ('' when every group is drawn): LOOK37 L-20, M-24,
    the percentages had no n and Golongan II (9 PNS) was left out without a word."""
    labels = [t("i_fig_jp_group", lang, nama=name[:1].upper() + name[1:], n=fmt.integer(row.get("n") or 0, lang))
              for name, row in groups]
    missing = [t("i_fig_jp_group_count", lang, nama=name[:1].upper() + name[1:], n=fmt.integer(row["n"], lang))
               for name, row in groups if not row.get("cukup_data") and row.get("n")]
    note = t("i_fig_jp_not_shown", lang, daftar=phrases.and_(missing, lang), min=constants.MIN_N) if missing else ""
    return labels, note


def implementation(ctx: Context) -> str:
    hasil = ctx.hasil
    pelaksanaan = hasil["pelaksanaan"]
    pppk = ctx.t("i_jp_pppk_apart") if phrases.has_pppk(hasil) else ctx.t("i_jp_no_pppk", nama=hasil["cakupan"]["nama"])
    parts = [html.heading(3, ctx.t("i_coverage_h")), html.para(ctx.t("i_jp_rule", pppk=pppk))]
    for sentence in (narrative.coverage(hasil, ctx.lang), narrative.jp(hasil, ctx.lang),
                     *uncertainty.pppk_sentences(pelaksanaan["jp_20"], ctx.lang,
                                                 key_findings.pppk_last_year(hasil, ctx.lang))):
        if sentence:
            parts.append(html.para(sentence))
    groups = ([(f"{ctx.label('golongan')} {r['golongan_ruang']}", r) for r in pelaksanaan["jp_20"]["per_golongan"]]
              + [(ctx.label(r["jenis_jabatan"]), r) for r in pelaksanaan["jp_20"]["per_jenis_jabatan"]])
    if any(r["cukup_data"] for _, r in groups):
        overall = pelaksanaan["jp_20"]["keseluruhan"]["estimasi"]
        labels, left_out = group_labels(groups, ctx.lang)
        fig = figures.estimates([r for _, r in groups], labels, ctx.label("persen_pns"), ctx.lang,
                                ref=overall * 100 if overall is not None else None, scale=100, xlim=(0, 105),
                                suffix="%")
        parts.append(html.figure(fig, ctx.t("i_fig_jp"), ctx.t("i_fig_jp"), note=left_out or None))
    units = pelaksanaan["jp_20"]["unit_terendah"]
    alone = jp_rule.only_unit(hasil)
    if alone is not None:  # a table of one unit, the dinas itself, is no "lowest units" (CHECK15 E15-10)
        parts.append(html.para(ctx.t("i_jp_only_unit", n=fmt.integer(alone["n"], ctx.lang),
                                     unit=unit_name(alone["unit_kerja"], ctx.lang))))
    elif units:
        rows = [[unit_name(r["unit_kerja"], ctx.lang), fmt.integer(r["n"], ctx.lang),
                 phrases.percent_range(r["persen_memenuhi"], r["persen_bawah"], r["persen_atas"], ctx.lang),
                 fmt.figure(r["rata_jp"], "jp", ctx.lang)] for r in units]
        unknown = phrases.status_unknown(ctx.hasil)  # said only when there are such staff
        header = [ctx.label("unit"), ctx.label("n_pns_status_dihitung" if unknown else "n_pns_dihitung"),
                  ctx.label("persen_20jp_ik"), ctx.label("rata_jp")]
        if ctx.province:
            rows = [[names.short_name_in(r["dinas"], ctx.lang)] + row for r, row in zip(units, rows, strict=True)]
            header = [ctx.label("dinas")] + header
        who = phrases.counted_pns(ctx.hasil, ctx.lang)
        title = "i_tab_units_all" if jp_rule.all_ranked(units) else "i_tab_units"
        parts.append(html.table(header, rows, ctx.t(title, min_n=constants.MIN_N, siapa=who),
                                numeric={len(header) - 3, len(header) - 2, len(header) - 1}))
    if table := coverage_rule.coverage_table(hasil, ctx.lang):  # the units the coverage step starts with (L-5)
        parts.append(table)
    parts.append(html.heading(3, ctx.t("i_methods_h")))
    if not pelaksanaan["kegiatan_per_metode"]:
        parts.append(html.note(ctx.t("i_no_activities", tahun=hasil["tahun"])))
    else:
        rows = [[ctx.label(r["metode"]), fmt.integer(r["n_kegiatan"], ctx.lang), fmt.integer(r["n_peserta"], ctx.lang),
                 fmt.integer(r["jp_total"], ctx.lang), _activity_cost_cell(ctx, r)]
                for r in pelaksanaan["kegiatan_per_metode"]]
        unrecorded = any(r.get("kegiatan_tanpa_biaya") for r in pelaksanaan["kegiatan_per_metode"])
        parts.append(html.table([ctx.label(k) for k in ("metode", "n_kegiatan", "n_peserta", "jp_total", "anggaran")],
                                rows, ctx.t("i_tab_methods", tahun=hasil["tahun"]), numeric={1, 2, 3, 4},
                                note=ctx.t("i_tab_methods_unrecorded") if unrecorded else None))
    if pelaksanaan["tema"]:
        rows = [[names.theme_in(r["tema"], ctx.lang), fmt.integer(r["n_kegiatan"], ctx.lang),
                 fmt.integer(r["n_peserta"], ctx.lang)]
                for r in pelaksanaan["tema"]]
        parts.append(html.table([ctx.label("tema"), ctx.label("n_kegiatan"), ctx.label("n_peserta")], rows,
                                ctx.t("i_tab_themes", tahun=hasil["tahun"]), numeric={1, 2}))
    parts.append(html.heading(3, ctx.t("i_budget_h")))
    if pelaksanaan["realisasi_anggaran"]:
        rows = [[str(r["tahun"]), ctx.money(r["pagu_rp"]), ctx.money(r["realisasi_rp"]),
                 fmt.figure(r["persen_realisasi"], "persen", ctx.lang)] for r in pelaksanaan["realisasi_anggaran"]]
        # the province's figure of the evaluated year over the dinas that sent anggaran rows, said as the summary
        # and 5.2 say it (reader review 3, item 13)
        spent, basis = realisation_in_year(hasil), coverage.budget_basis(hasil, ctx.lang)
        note = ctx.t("i_budget_basis", tahun=hasil["tahun"], persen=fmt.figure(spent["persen_realisasi"], "persen",
                                                                             ctx.lang) + basis) \
            if basis and spent and spent["persen_realisasi"] is not None else None
        header = [ctx.label(k) for k in ("tahun", "pagu", "realisasi", "persen_realisasi")]
        if years := coverage.budget_years(hasil, ctx.lang):  # over which dinas each year is summed (issue 22.6)
            cells, note = years
            if cells:  # not the same dinas every year: each year's count
                rows = [[*row, cell] for row, cell in zip(rows, cells, strict=True)]
                header.append(ctx.label("dinas_anggaran"))
        parts.append(html.table(header, rows, ctx.t("i_tab_budget"), numeric=set(range(1, len(header))), note=note))
    else:
        parts.append(html.note(ctx.t("i_no_budget")))
    return html.section("pelaksanaan", ctx.t("ch_implementation"), *parts)


def position(ctx: Context) -> str:
    """BAB VII: the dinas beside the province, its rank, its trend and its targets; in the province
    report first the ranking with uncertainty, key figures per dinas and who needs attention."""
    if not ctx.province:
        return comparison.chapter(ctx)
    hasil = ctx.hasil
    lang = ctx.lang
    if not coverage.comparable(hasil):  # too few dinas with data: no ranking, no dinas against the rest (20.7)
        # last year's follow-up is no comparison among dinas: its attention list stands (issue 24.3)
        listed = follow_up_attention(ctx)
        return comparison.chapter(ctx, [html.para(" ".join(coverage.province_sentences(hasil, lang, ctx.left)))]
                                  + ([html.para(ctx.t("fr_att_list", daftar="; ".join(
                                      ctx.t("p_attention_reason", nama=names.short_name_in(slug, ctx.lang),
                                            alasan=phrases.and_(why, lang))
                                      for slug, why in listed.items())) + " " + attention_rule(lang))]
                                     if listed else []))
    pooling = hasil["pooling"]
    pooled = pooling["per_dinas"]
    parts = [html.para(uncertainty.pooling_intro(pooling, lang))]
    if pooled and not any(r["pooled"]["cukup_data"] for r in pooled):  # no empty frame (REVIEW6b 5): why, in words
        parts.append(html.note(ctx.t("p_fig_forest_none", n=fmt.integer(len(pooled), lang),
                                     peserta=fmt.integer(sum(r["pooled"]["n"] or 0 for r in pooled), lang))))
    elif pooled:
        # short names, as in the table: the longest full names left the plot a quarter of the width
        shorts = [names.short_name_in(r["dinas"], lang) for r in pooled]
        # with the model its estimates (dots) beside the raw means (crosses); without it the raw means alone, no
        # legend: a dot and a cross on the same number would claim two measures
        model = gain_measure.fitted(pooling)
        fig = figures.estimates([r["pooled"] for r in pooled], shorts, ctx.label("dinas_gain"), lang,
                                raw=[r["mentah"] for r in pooled] if model else None,
                                raw_label=ctx.label("gm_legend_raw") if model else None,
                                point_label=ctx.label("gm_legend_model") if model else None)
        # the short names are spelled out in the Daftar Singkatan (English ones under the table that follows)
        caption = gain_measure.text("p_fig_forest", pooling, lang)
        parts.append(html.figure(fig, caption, caption))
    # one column per key figure of the registry (report.facts.columns), each cell as the index shows it; the
    # gain is the mixed model's (`gain_pooled`), as each dinas report and the index show it, the participants'
    # mean beside it (REVIEW6 R6-8: KPKP 7,5 here, 'rata-rata peserta 10,8' in its own Tabel 1)
    shown = facts.columns(raw=gain_measure.fitted(pooling))
    rows = []
    keys = [c.key if c.raw else facts.PROVINCE_FIELD.get(c.key, c.key) for c in shown]  # each column's figure
    marks = NoteMarks()  # every '–' with the mark of its reason, the reasons under the table (as the index)
    ranked = sum(1 for row in hasil["perbandingan_dinas"] if row["peringkat"])
    for row in sorted(hasil["perbandingan_dinas"], key=lambda row: (row["peringkat"] or 999, row["dinas"])):
        figures_of = {**cast(dict, row), "persen_realisasi": facts.zero_ceiling(
            hasil, hasil["tahun"], row["persen_realisasi"], row["dinas"])}
        rows.append([uncertainty.rank_cell(row, ranked), names.short_name_in(row["dinas"], lang)]
                    + [missing_cell(marks, c.key, figures_of[key], lang, c.raw)
                       for c, key in zip(shown, keys, strict=True)])
    rows.append(province_row(ctx, shown))
    header = [ctx.label("peringkat"), ctx.label("dinas")]
    header += [gain_measure.header(facts.PROVINCE_FIELD[c.key], pooling, lang)
               if c.key in facts.PROVINCE_FIELD and not c.raw else c.header(lang) for c in shown]
    short_names = _abbreviations(hasil, lang)
    spelled_out = ctx.t("p_abbreviations", daftar=short_names) if short_names else ""
    parts.append(html.table(header, rows, ctx.t("p_tab", tahun=hasil["tahun"]),
                            numeric={0, *range(2, len(header))},
                            # each note its own paragraph: a short one (the '–ᵃ' reasons) is kept whole on a page
                            # (report.css .table-note), not split inside one long paragraph (LOOK37 L-19)
                            note=[part for part in (
                                uncertainty.province_table_note(pooling, lang),
                                facts.tied_note(cast(list[dict], hasil["perbandingan_dinas"]), lang),
                                province_row_note(ctx), marks.note(),
                                gain_sides.province_sentence(cast(list, hasil["perbandingan_dinas"]), pooling, lang),
                                spelled_out) if part]))
    follow_up = follow_up_attention(ctx)  # last year's follow-up, by its documented rule (issue 24.3)
    parts.append(html.para(uncertainty.attention(ctx.hasil, ctx.lang, follow_up,
                                                 attention_rule(ctx.lang) if follow_up is not None else "")))
    return comparison.chapter(ctx, parts)


def missing_cell(marks: NoteMarks, key: str, figure, lang: str, raw: bool = False) -> str:
    """A figure of the province's table of dinas as the index shows it (a participants' mean beside an adjusted gain
    without its interval); a missing one '–ᵃ', its reason once under the table (reader review 3, item 13:
    'Kebudayaan –' without a reason; the index already marks them)."""
    text = (facts.short_value if raw else facts.table_value)(key, figure, lang)
    if text != "–":
        return text
    shown, reason = facts.missing_parts(key, figure, lang)  # an IKM from too few units: its value, then why
    return shown + marks.mark(reason)


def province_row(ctx: Context, shown: tuple[facts.Column, ...]) -> list[str]:
    """The province's own row under its table of dinas, from its key-figure records (report.facts): the gain
    column holds the same model's province mean, which every dinas's adjusted gain is set against (its Tabel 1
    and BAB VII), the other columns the province's figures as its Angka Kunci shows them."""
    records = fact_targets.by_key(ctx)
    cells = []
    for column in shown:
        fact = records[column.key]
        if column.raw:  # the province participants' mean, beside its adjusted gain as on every dinas row
            cells.append(facts.short_value(column.key, fact.raw if fact.adjusted else fact.value, ctx.lang))
        else:
            cells.append(facts.table_value(column.key, fact.value, ctx.lang))
    return ["–", ctx.label("provinsi")] + cells


def province_row_note(ctx: Context) -> str:
    """What the province row's gain is, when it is the mixed model's province mean; '' otherwise."""
    gain = fact_targets.by_key(ctx)["gain"]
    if not gain.adjusted:
        return ""
    return ctx.t("p_tab_province_row", mentah=facts.show_value("gain", gain.raw, ctx.lang))


def _abbreviations(hasil: Hasil, lang: str) -> str:
    """The short names of the comparison that the Daftar Singkatan does not spell out, '' when none: an acronym or
    blend (DPMPTSP, Citata) is spelled out there once (report.words.abbreviations.used; REVIEW6 R6-13: six lines of
    them under the table repeated it), and so is an English short name that leaves words out ('Communication and
    Informatics': names.needs_key; LOOK26 X-10); an English short name that is the agency's English name without
    "Agency" is not an abbreviation and is spelled out here, with the official name in brackets ('Health = Health
    Agency (Dinas Kesehatan)')."""
    def spelled(row) -> str:
        return names.with_official(row["dinas"], names.scope_name(row["dinas"], row["nama"], lang))

    pairs = sorted({(names.short_name_in(r["dinas"], lang), spelled(r)) for r in hasil["perbandingan_dinas"]
                    if names.short_name_in(r["dinas"], lang) != short_name(r["dinas"])
                    and not names.needs_key(r["dinas"])})
    return "; ".join(f"{short} = {name}" for short, name in pairs if short != name)


def conclusion(ctx: Context) -> str:
    # conclusions and recommendations in the summary's order of consequence (key_findings; REVIEW5b 3)
    found = key_findings.ordered_conclusions(ctx)
    return html.section("kesimpulan", ctx.t("ch_conclusion", nomor="IX"),
                        # a finding of several dinas gives one line to each (lagging_gain.finding; LOOK9 #9)
                        html.heading(3, ctx.t("k_conclusions_h")), html.bullets([html.lines(f) for f in found],
                                                                               trusted=True),
                        html.heading(3, ctx.t("k_recommend_h")),
                        # the rules first: after the list, the note was left alone on a page
                        html.para(ctx.t("k_rules"), cls="note"),
                        # in the summary's order of consequence
                        html.bullets([rec.text for rec in key_findings.ordered_recommendations(ctx)], ordered=True),
                        # how the summary chose its findings, at the chapter's end (the summary's note points
                        # here): between 9.1 and 9.2 a page of it stood between the conclusions and the
                        # recommendations they lead to (LOOK35 G-9)
                        key_findings.selection_rules(ctx))


def closing(ctx: Context) -> str:
    """BAB XI Penutup: what the report is for, where the follow-up is judged next, to whom to write."""
    hasil = ctx.hasil
    unit = ctx.config.unit_penerbit[ctx.lang] if ctx.config else ctx.t("subtitle")
    return html.section("penutup", ctx.t("ch_closing"),
                        html.para(ctx.t("closing_text", nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"],
                                        tahun_depan=hasil["tahun"] + 1, unit=unit)))


def quality_note(ctx: Context, entry: dict) -> str:
    """One note of the cleaning stage's log in the reader's language; the absent table of signed follow-up sheets
    says what this report did without it (last year's plan reviewed all the same, R6-9), not that a part was left
    out."""
    if entry.get("tabel") == "tindak_lanjut" and entry["catatan"] == schema.ABSENT_TABLE_NOTE \
            and ctx.previous is not None:
        if followup_review.no_plan(ctx):
            return ctx.t("a_quality_no_tindak_new", tahun_lalu=ctx.previous["tahun"], nama=ctx.hasil["cakupan"]["nama"])
        origin = "a_quality_plan_regenerated" if ctx.published is None else "a_quality_plan_published"
        return ctx.t("a_quality_no_tindak", tahun_lalu=ctx.previous["tahun"], asal=ctx.t(origin))
    return quality.note(entry["catatan"], ctx.lang)


def annex(ctx: Context) -> str:
    hasil = ctx.hasil
    lang = ctx.lang
    prov = hasil["provenans"]
    parts = [html.heading(3, ctx.t("a_method_h")),
             html.para(ctx.t("a_method", min_n=constants.MIN_N, min_reg=constants.MIN_N_REGRESSION,
                             min_reg_keg=constants.MIN_ACTIVITIES_REGRESSION,
                             min_unit=constants.MIN_UNITS_PER_ARM, min_resp=constants.MIN_RESPONDENTS_UNIT,
                             min_klaster=constants.MIN_CLUSTERS, sedikit=constants.FEW_CLUSTERS,
                             min_biaya=constants.MIN_ACTIVITIES_COST, min_tren=constants.MIN_ACTIVITIES_TREND_GAIN,
                             reps=fmt.integer(constants.BOOTSTRAP_REPS, lang), seed=constants.RANDOM_SEED,
                             ambang=fmt.percent(hasil["parameter"]["ambang_dilatih"] * 100, 0, lang))),
             # what the chapters say in reader words, in the words a methodologist checks (REVIEW5 D10)
             *(html.para(detail) for detail in uncertainty.method_details(hasil, lang))]
    # technical terms and statistics kept out of the chapters (issue 12: developer words only here)
    parts.append(html.heading(3, ctx.t("a_terms_h")))
    parts.append(html.table([ctx.label("istilah"), ctx.label("arti")],
                            [list(GLOSSARY[k][lang]) for k in front.TECHNICAL_TERMS], ctx.t("a_terms_tab")))
    learning = hasil["level2_pembelajaran"]["keseluruhan"]
    if learning["cukup_data"]:  # effect sizes and tests of level 2 (estimator symbols stay in the annex)
        parts.append(html.para(uncertainty.learning_detail(learning, lang)))
    parts.append(html.heading(3, ctx.t("a_quality_h")))
    rows = [[names.table_name(entry.get("tabel"), ctx.lang), quality_note(ctx, entry)] for entry in ctx.quality_log]
    parts.append(html.table([ctx.label("tabel"), ctx.label("catatan")], rows, ctx.t("a_tab_quality")))
    parts.append(html.heading(3, ctx.t("a_prov_h")))
    data = prov["data"]
    # what was set, in words (the parameters' keys are software words); the configuration files named once
    params = settings.described(prov["parameter"], hasil["level4_hasil"].get("did_ikm"), lang)
    shown = [f"{p.parent.name}/{p.name}" for p in ctx.config_files] or ["–", "–"]
    rows = [[ctx.label("sumber_data"), data["sumber_data"]],
            [ctx.label("data_sintetis"), ctx.label("ya" if data["sintetis"] else "tidak")],
            [ctx.label("versi_kode"), f"evalasn {prov['kode']['versi']} · git {prov['kode']['git'] or '–'} · "
                                      f"sha256 {prov['kode']['sha256_sumber']}"],
            [ctx.label("paket"), ", ".join(f"{k} {v}" for k, v in prov["paket"].items() if v)],
            [ctx.label("pengaturan"), params],
            [ctx.label("berkas_pengaturan"), ctx.t("set_files", laporan=shown[0], target=shown[1])],
            [ctx.label("kunci"), data["kunci_pseudonim"] or "–"],
            [ctx.label("dibuat"), f"{fmt.date(ctx.built.date(), lang)} {ctx.built.strftime('%H:%M')} WIB"]]
    parts.append(html.table([ctx.label("item"), ctx.label("isi")], rows, ctx.t("a_tab_prov")))
    rows = [[f["file"], fmt.integer(f["bytes"], lang), f["sha256"]] for f in data["file"]]
    parts.append(html.table([ctx.label("file"), ctx.label("ukuran"), "SHA-256"], rows, ctx.t("a_tab_files"),
                            numeric={1}))
    return html.section("lampiran", ctx.t("ch_annex"), *parts, cls="chapter annex")
