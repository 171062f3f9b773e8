"""The shape readers know: cover (issuing government and unit, title, optional number and logo),
Kata Pengantar with place, date and signatory (config/laporan.yml, never the data), BAB I
Pendahuluan (Latar Belakang, Dasar Hukum, Maksud dan Tujuan, Ruang Lingkup, then the methods and
the glossary), and the province summary's first page for the Sekda and Bappeda."""

from __future__ import annotations

import base64
import mimetypes
from typing import Any

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.report import facts
from evalasn.report.cells import UNSIGNED_DATE
from evalasn.report.chapters import comparison, followup_review, glance, html, key_findings, lagging_gain
from evalasn.report.context import Context
from evalasn.report.words import coverage, fmt, gain_measure, names, narrative, phrases, uncertainty
from evalasn.report.words.text import CONTROLS, GLOSSARY, t

# the regulations the report applies (Dasar Hukum lists only these), in order of rank
LAWS = ("law_uu_asn", "law_pp_11", "law_pp_49", "law_lan", "law_skm")
TECHNICAL_TERMS = ("dz", "p", "fdr", "bootstrap")  # in the technical annex, not BAB I (R6-30; LOOK20 W-13)
# glossary terms only the province report uses (the mixed model is every dinas's adjusted gain: in every glossary)
PROVINCE_TERMS = ("fdr",)
GOALS = tuple(f"intro_goal_{i}" for i in range(1, 6))


HEADER_NAME_MAX = 40  # characters of a scope name the running header holds on one line with the year and mark


def sign_date(ctx: Context):
    return ctx.config.tanggal if ctx.config and ctx.config.tanggal else ctx.built.date()


def date_html(ctx: Context) -> str:
    """The report's date on the cover and over the signature. Without a signature date (config/laporan.yml
    tanggal) it is the build date, marked so that the Word version, edited before signature, leaves the day and
    month for the editor (cells.UNSIGNED_DATE; LOOK35a G-4: the signature dated with the build date)."""
    day = sign_date(ctx)
    text = html.escape(fmt.date(day, ctx.lang))
    if ctx.config and ctx.config.tanggal:
        return text
    return f'<span class="{UNSIGNED_DATE}" data-year="{day.year}">{text}</span>'


def cover(ctx: Context) -> str:
    hasil, cfg, lang = ctx.hasil, ctx.config, ctx.lang
    synthetic = hasil["sintetis"]
    # the full name (the running text's may be short: names.running_text_name), the Indonesian name once, on the cover
    name = names.scope_name(hasil["cakupan"]["slug"], hasil["cakupan"]["nama"], lang)
    cover_name = names.with_official(hasil["cakupan"]["slug"], name)
    banner = f'<div class="synthetic-banner">{html.escape(ctx.t("synthetic_banner"))}</div>' if synthetic else ""
    # a long name wrapped the running header onto two lines: its short name there, in the report's language
    header_name = names.running_name(hasil["cakupan"]["slug"], name, lang, HEADER_NAME_MAX)
    running = (f'<div class="running-header">{html.escape(header_name)} · '
               f'{html.escape(ctx.t("year", tahun=hasil["tahun"]))}'
               + (f' · <strong class="synthetic-mark">{html.escape(ctx.t("synthetic_short"))}</strong>'
                  if synthetic else "")
               + "</div>")
    page_words = (f'<style>@page {{ @bottom-right {{ content: "{ctx.t("page_of")} " counter(page) " '
                  f'{ctx.t("of")} " counter(pages); }} }} '
                  f'@page:first {{ @bottom-right {{ content: none; }} @top-center {{ content: none; }} }}</style>')
    logo = ""
    if cfg and cfg.logo:
        kind = mimetypes.guess_type(cfg.logo.name)[0] or "image/png"
        data = base64.b64encode(cfg.logo.read_bytes()).decode("ascii")
        logo = f'<img class="cover-logo" src="data:{kind};base64,{data}" alt="logo"/>'
    government = cfg.pemerintah[lang] if cfg else ctx.t("subtitle")
    unit = f'<p class="cover-unit">{html.escape(cfg.unit_penerbit[lang])}</p>' if cfg else ""
    title = cfg.judul[lang] if cfg else ctx.t("title")
    number = (f'<p class="cover-number">{html.escape(ctx.t("cover_number", nomor=cfg.nomor_dokumen))}</p>'
              if cfg and cfg.nomor_dokumen else "")
    return (f'{page_words}{running}<section class="cover">{logo}'
            f'<p class="cover-org">{html.escape(government)}</p>{unit}'
            f'<h1 class="cover-title">{html.escape(title)}</h1>'
            f'<p class="cover-scope">{html.escape(cover_name)}</p>'
            f'<p class="cover-year">{html.escape(ctx.t("year", tahun=hasil["tahun"]))}</p>{number}{banner}'
            f'<p class="cover-date">{html.escape(cfg.tempat if cfg else "")}{", " if cfg else ""}'
            f'{date_html(ctx)}</p>'
            # on a screen the summary came after the foreword and four lists (LOOK20 W-20: 4,700 px on a phone);
            # printed pages and the Word file have no use for it (report.css, formats.word SKIP_CLASSES)
            f'<p class="skip-link"><a href="#ringkasan">{html.escape(ctx.t("skip_to_summary"))}</a></p>'
            "</section>")


def foreword(ctx: Context) -> str:
    """Kata Pengantar, signed: place and date, office, name and NIP (dotted lines in a draft)."""
    hasil, cfg, lang = ctx.hasil, ctx.config, ctx.lang
    slug, shown = hasil["cakupan"]["slug"], hasil["cakupan"]["nama"]
    # the first mention in running text: the full name, with the short one the report goes on with
    # (names.running_text_name; LOOK37 item 4)
    full = names.scope_name(slug, shown, lang)
    hereafter = ctx.t("foreword_hereafter", nama=shown) if shown != full else ""
    parts = [html.para(ctx.t("foreword_text", nama=full, tahun=hasil["tahun"], singkat=hereafter)),
             html.para(ctx.t("foreword_ci")), html.para(ctx.t("foreword_thanks"))]
    if cfg:
        blank = "." * 40
        name = cfg.nama or blank
        nip = ctx.t("sign_nip", nip=cfg.nip or "." * 30)
        parts.append(
            '<div class="signature">'
            f'<p>{ctx.t("sign_place_date", tempat=html.escape(cfg.tempat), tanggal=date_html(ctx))}</p>'
            f'<p>{html.escape(cfg.jabatan[lang])}</p><p class="signature-space"></p>'
            f'<p class="signature-name">{html.escape(name)}</p><p>{html.escape(nip)}</p></div>')
    return html.section("kata-pengantar", ctx.t("foreword_title"), *parts, cls="front")


def legal_bases(ctx: Context) -> list[str]:
    """Dasar Hukum: the national regulations the report applies, then the provincial ones declared in
    config/laporan.yml (dasar_hukum_tambahan: Pergub, Renstra/IKU)."""
    extra = ctx.config.dasar_hukum if ctx.config else ()
    return [ctx.t(key) for key in LAWS] + [law[ctx.lang] for law in extra]


# the chapters of the body in order (title key, what it holds), as the report notebook shows them
OUTLINE = (("ch_intro", "outline_intro"), ("ch_implementation", "outline_implementation"),
           ("ch_results", "outline_results"), ("ch_budget", "outline_budget"), ("ch_challenges", "outline_challenges"),
           ("ch_communication", "outline_communication"), ("ch_position", "outline_position"),
           ("ch_limits", "outline_limits"), ("ch_conclusion", "outline_conclusion"),
           ("ch_followup", "outline_followup"),
           ("ch_closing", "outline_closing"))


def outline(ctx: Context) -> str:
    """Sistematika Penulisan: each chapter of the body, in the notebook's order, with what it holds (the
    province's BAB VII under its own title; BAB X with the review of last year's plan, always shown, as its first
    section)."""
    items = []
    for title, content in OUTLINE:
        key = "ch_position_prov" if title == "ch_position" and ctx.province else title
        chapter = ctx.t(key, nomor="IX", tahun_lalu=ctx.hasil["tahun"] - 1)
        items.append(ctx.t("outline_item", bab=chapter, isi=ctx.t(content)))
    return ctx.t("intro_outline", daftar="; ".join(items))


def causal_rule(lang: str) -> dict[str, str]:
    """The figures of the causal-word rule as 1.6 states it, from the constants the verdict applies
    (analysis.did.verdict, analysis.pretrend_rule): units per arm, the pre-trend test's level, the MDE and gap
    ratios (CHECK10 C10-5: the text stated session 8's rule after the constants changed)."""
    return {"min_unit": fmt.integer(constants.MIN_UNITS_PER_ARM, lang),
            "alpha": fmt.percent(constants.PRETREND_ALPHA * 100, 0, lang),
            "mde": fmt.number(constants.PRETREND_MDE_MAX_RATIO, 1, lang),
            "gap": fmt.number(constants.PRETREND_GAP_MAX_RATIO, 1, lang)}


def trained_unit(hasil: Hasil, lang: str) -> str:
    """The glossary's "Unit dilatih" as the comparison defines it: the threshold (hasil.json
    `parameter.ambang_dilatih`, constants.TREATED_SHARE), the declared intervention or any development activity when
    none is declared, and the activity window of the IKM comparison when it ran."""
    share = hasil["parameter"].get("ambang_dilatih", constants.TREATED_SHARE)
    did: Any = (hasil.get("level4_hasil") or {}).get("did_ikm") or {}
    window = did.get("jendela_kegiatan")
    when = t("gl_trained_window", lang, jendela=fmt.days_between(window[0], window[1], lang)) if window else ""
    teks = (hasil["parameter"].get("intervensi") or "").strip()
    words = dict(ambang=fmt.percent(share * 100, 0, lang), jendela=when)
    if not teks:
        return t("gl_trained_any", lang, **words)
    return t("gl_trained", lang, program=t("did_programme", lang, teks=teks), **words)


def introduction(ctx: Context) -> str:
    """BAB I Pendahuluan."""
    hasil, data = ctx.hasil, ctx.hasil["data"]
    lang = ctx.lang
    years = [r["tahun"] for r in hasil.get("tren") or []] or [hasil["tahun"]]
    threshold = fmt.percent(hasil["parameter"]["ambang_dilatih"] * 100, 0, lang)
    methods = [ctx.t("m_l1"), ctx.t("m_l2"), ctx.t("m_l3"), ctx.t("m_l4", ambang=threshold),
               ctx.t("m_budget", kontrol=narrative.controls(
                   hasil["anggaran_vs_peningkatan"]["model"].get("kontrol", list(CONTROLS)), ctx.lang),
                     ulangan=fmt.integer(constants.BOOTSTRAP_REPS, ctx.lang))]
    if ctx.province:
        methods.append(gain_measure.text("m_pooling", hasil["pooling"], lang))
    # the mixed model in the glossary only where a gain of the report is its estimate (none without the model)
    model = gain_measure.fitted(hasil["pooling"])
    keys = [key for key in GLOSSARY if key not in TECHNICAL_TERMS and (ctx.province or key not in PROVINCE_TERMS)
            and (model or key not in gain_measure.MODEL_TERMS)]
    glossary = [list(GLOSSARY[key][lang]) for key in keys]
    glossary.insert(keys.index("did") + 1 if "did" in keys else len(keys),  # beside the design it serves
                    [ctx.t("gl_trained_h"), trained_unit(hasil, lang)])
    count = lambda v: fmt.integer(v, lang)  # noqa: E731
    return html.section(
        "pendahuluan", ctx.t("ch_intro"),
        html.heading(3, ctx.t("intro_background_h")),
        html.para(ctx.t("intro_background", cakupan=ctx.t(
            "intro_years" if years[0] < hasil["tahun"] else "intro_one_year", nama=hasil["cakupan"]["nama"],
            tahun=hasil["tahun"], tahun_awal=years[0]))),
        html.heading(3, ctx.t("intro_legal_h")),
        html.bullets(legal_bases(ctx), ordered=True), html.para(ctx.t("intro_legal_note"), cls="note"),
        html.heading(3, ctx.t("intro_purpose_h")), html.para(ctx.t("m_purpose")), html.para(ctx.t("intro_purpose")),
        html.bullets([ctx.t(k) for k in GOALS], ordered=True),
        html.heading(3, ctx.t("intro_scope_h")),
        html.para(ctx.t("m_scope", nama=hasil["cakupan"]["nama"], tahun=hasil["tahun"],
                        n_pegawai=count(data["n_pegawai"]), n_unit=count(data["n_unit"]),
                        n_kegiatan=count(data["n_kegiatan_tahun"]), n_partisipasi=count(data["n_partisipasi_tahun"]),
                        n_skm=count(data["n_responden_skm"]))),
        *([html.para(" ".join(coverage.province_sentences(hasil, lang, ctx.left)))] if ctx.province
          and coverage.province_sentences(hasil, lang, ctx.left) else []),
        html.heading(3, ctx.t("intro_outline_h")), html.para(outline(ctx)),
        html.heading(3, ctx.t("m_methods_h")), html.bullets(methods),
        html.para(ctx.t("m_min_n", min_n=constants.MIN_N, **causal_rule(lang)) + " " + ctx.t("m_rounding"), cls="note"),
        html.heading(3, ctx.t("m_glossary_h")),
        html.table([ctx.label("istilah"), ctx.label("arti")], glossary, ctx.t("m_glossary_tab")))


def lagging(hasil: Hasil, lang: str, follow_up: dict[str, list[str]] | None = None,
            gain_figures: bool = True) -> list[tuple[str, list[str]]]:
    """(dinas, reasons in plain words) of the dinas the province's attention tests flag (hasil.json
    `perhatian`: tests that survive Benjamini-Hochberg, and the pooled gain) and those last year's follow-up lists
    (``follow_up``, report.chapters.followup_review.attention); most reasons first. ``gain_figures`` False: the gain
    reason without its figures, which the summary's finding below gives (R6-16: the same figures twice)."""
    attention = hasil.get("perhatian")
    flagged: dict[str, list[str]] = {}
    for test in attention["uji"] if attention else []:
        if test["ditandai"]:
            flagged.setdefault(test["dinas"], []).append(uncertainty.test_reason(test, lang, hasil))
    for dinas in attention["gain_di_bawah_rata"] if attention else []:
        flagged.setdefault(dinas, []).append(gain_reason(hasil, dinas, lang) if gain_figures
                                             else t("p_reason_gain_below", lang))
    for dinas, reasons in (follow_up or {}).items():
        flagged.setdefault(dinas, []).extend(reasons)
    return [(d, flagged[d]) for d in sorted(flagged, key=lambda d: (-len(flagged[d]), d))]


def gain_reason(hasil: Hasil, dinas: str, lang: str) -> str:
    """'kenaikan nilai 6,4 (5,8–6,9), di bawah rata-rata provinsi 9,2 (8,5–10,0)': a dinas listed for a low gain,
    with its adjusted gain and the same model's province mean as Tabel 11 and the dinas's own report print them
    (reader review 3, item 22); the words alone when either figure is missing."""
    pooling = hasil.get("pooling") or {}
    row = next((r for r in pooling.get("per_dinas") or [] if r["dinas"] == dinas), None)
    mean = pooling.get("rata_provinsi")
    if row is None or facts.as_target_unit("gain", row["pooled"]) is None or facts.as_target_unit("gain", mean) is None:
        return t("p_reason_gain", lang, selisih=uncertainty.gain_difference(hasil, dinas, lang))
    return t("p_reason_gain_values", lang, nilai=facts.show_value("gain", row["pooled"], lang),
             provinsi=facts.show_value("gain", mean, lang), selisih=uncertainty.gain_difference(hasil, dinas, lang))


def cost_lead(ctx: Context) -> str:
    """The summary's first line, the money (LOOK9 #4): the year's realisation against its ceiling and target, with
    the activities and participations; the province's programme, or a dinas's own ('Biaya program Dinas Sosial
    2025: ...', CHECK10 C10-10); '' without a budget row for the year."""
    hasil, lang = ctx.hasil, ctx.lang
    spent = results.realisation_in_year(hasil)
    if not spent:
        return ""
    target = ctx.targets.get("persen_realisasi")
    if facts.is_zero_ceiling(facts.zero_ceiling(hasil, hasil["tahun"], spent["persen_realisasi"])):  # CHECK14 E14-6
        return html.para(ctx.t(
            "first_cost_zero", awal=ctx.t("first_cost_prov" if ctx.province else "first_cost_dinas",
                                          tahun=hasil["tahun"], nama=hasil["cakupan"]["nama"]),
            realisasi=ctx.money(spent["realisasi_rp"]),
            target=fmt.percent_target(target.nilai, lang=lang) if target else "–",
            n_keg=fmt.integer(hasil["data"]["n_kegiatan_tahun"], lang),
            n=fmt.integer(hasil["data"]["n_partisipasi_tahun"], lang)), cls="lead")
    opened = facts.open_on(ctx)  # a year not over: its realisation is provisional, not judged (CHECK15 E15-6)
    status = (comparison.judge("persen_realisasi", spent["persen_realisasi"], target, lang, opened).text(lang)
              if target and spent["persen_realisasi"] is not None else ctx.t("status_no_target"))
    if opened and target and spent["persen_realisasi"] is not None:  # the why alone: no bracket in the bracket
        status = facts.not_over(opened, lang).why
    return html.para(ctx.t(
        "prov_first_cost" if ctx.province else "dinas_first_cost", tahun=hasil["tahun"],
        nama=hasil["cakupan"]["nama"], realisasi=ctx.money(spent["realisasi_rp"]), pagu=ctx.money(spent["pagu_rp"]),
        persen=fmt.percent(spent["persen_realisasi"], 1, lang) + coverage.budget_basis(hasil, lang),
        target=fmt.percent_target(target.nilai, lang=lang) if target else "–", status=status,
        n_keg=fmt.integer(hasil["data"]["n_kegiatan_tahun"], lang),
        n=fmt.integer(hasil["data"]["n_partisipasi_tahun"], lang)), cls="lead")


def year_open_note(ctx: Context) -> str:
    """The data's cut-off when the evaluated year is not over on the report's date (report.facts.year_open), with
    the survey period still running when the newest is the date's half-year; '' for a year that is over."""
    opened = facts.open_on(ctx)
    if opened is None:
        return ""
    running = f"{ctx.hasil['tahun']}-S{1 if opened.month <= 6 else 2}"  # analysis.ikm's half-year periods
    survey = (ctx.t("year_open_survey", periode=running)
              if ctx.hasil["level4_hasil"].get("periode_terbaru") == running else "")
    return ctx.t("year_open_note", tanggal=fmt.date(opened, ctx.lang), tahun=ctx.hasil["tahun"], survei=survey)


def province_first_page(ctx: Context) -> list[str]:
    """For the Sekda and Bappeda: programme cost and realisation against its target, the lagging
    dinas and the top three findings."""
    hasil, lang = ctx.hasil, ctx.lang
    # what the "province" stands on (issue 20.7): first, in bold, when it is one dinas; after the money when some
    # dinas have no data; not at all when every dinas has (1.4 says so; LOOK9 #4: the first line is the money)
    said = coverage.summary_sentences(hasil, lang, ctx.left)
    one = len(hasil["data"].get("dinas_dengan_data", [])) == 1
    parts = [html.para(" ".join(said), cls="lead")] if said and one else []
    money = cost_lead(ctx)
    parts += [money] if money else []
    if said and not one:
        parts.append(html.para(" ".join(said)))
    flags = lagging(hasil, lang, followup_review.attention(ctx), gain_figures=False)
    if flags:
        # a dinas's reasons joined by "dan", as BAB VII joins them: a comma also stands inside a 20 JP reason ("jelas
        # di bawah dinas lain, 65,7% (…)"; LOOK32 D-2)
        items = [ctx.t("p_attention_reason", nama=names.short_name_in(d, ctx.lang), alasan=phrases.and_(why, lang))
                 for d, why in flags]
        low_gain = bool(lagging_gain.listed(hasil))  # the finding that gives their gain figures (R6-16)
        lead = ctx.t("prov_first_lagging", daftar="; ".join(items), n=len(items)) + (
            ctx.t("prov_first_lagging_gain", n=len(items)) if low_gain else "")
        parts.append(html.para(lead, cls="lead"))
    opening = glance.line(ctx, before=parts)  # what went well, before the findings (LOOK26 X-5)
    parts += [html.para(opening, cls="lead")] if opening else []
    return parts + key_findings.summary_parts(ctx, above=parts)  # findings ranked by consequence, then the key figures
