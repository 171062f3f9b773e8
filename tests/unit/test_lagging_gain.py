"""A dinas the province lists as lagging for its gain gets a summary finding, a recommendation and a BAB X row
(reader review 4, item 2): KPKP, 19th of 21 and on the province's attention list, had none of them."""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from typing import Any

import pytest

from evalasn.analysis.contract import walk
from evalasn.paths import project
from evalasn.report import facts
from evalasn.report.chapters import (
    fact_targets,
    followup,
    followup_measure,
    followup_rows,
    key_findings,
    lagging_gain,
    plan,
    plan_indicators,
    plan_records,
    rules,
)
from evalasn.report.context import Context, load_context
from evalasn.report.words import fmt, names
from evalasn.report.words.text import t

CAUSAL = ("karena", "dampak", "berdampak", "menyebabkan", "akibat pelatihan", "because", "impact", "caused")


def _mix(metode: str, own: float, province: float, n: int = 100) -> dict:
    return {"metode": metode, "n": n, "porsi_peserta": 0.5, "rata_gain": own, "porsi_peserta_provinsi": 0.5,
            "rata_gain_provinsi": province}


MIX = [_mix("pelatihan", 11.23, 13.62), _mix("workshop", 13.64, 13.62),  # 13,6 vs 13,6: not lower as printed
       _mix("mentoring", 8.70, 10.47), _mix("seminar", 1.0, 1.8, n=4)]  # four participants: not named


def _contrast(estimasi: float, low: float, high: float) -> dict:
    return {"n": 192, "estimasi": estimasi, "ci_bawah": low, "ci_atas": high, "p": 0.02, "cukup_data": True}


def _dinas(pipeline_root, listed: bool, contrast: Any = None) -> Context:
    """Kesehatan's context as if the province listed it (or not) for its gain."""
    ctx = load_context("kesehatan", "id", project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    mine = hasil["pooling"]["dinas_ini"]
    assert mine is not None
    mine["selisih_rata"] = contrast or _contrast(-1.69, -3.14, -0.24)
    mine["campuran_metode"] = copy.deepcopy(MIX)
    mine["peringkat"], mine["peringkat_bawah"], mine["peringkat_atas"] = 19, 14, 21
    hasil["pooling"]["jumlah_dinas"] = 21
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = []
    hasil["anggaran_vs_peningkatan"]["sedikit_kenaikan"] = []
    hasil["perbandingan_provinsi"]["perhatian"]["gain_rendah"] = listed
    return dataclasses.replace(ctx, hasil=hasil)


def test_a_dinas_listed_for_its_gain_gets_a_finding_with_what_the_data_say(pipeline_root):
    ctx = _dinas(pipeline_root, listed=True)
    found = {f.kind: f for f in key_findings.ranked(ctx)}
    finding = found["kenaikan_rendah"]
    assert "jelas di bawah rata-rata provinsi" in finding.text
    assert "Ini mengenai seluruh kegiatan dinas: biaya kegiatan" in finding.text  # its year's cost (REVIEW5b 6)
    assert "19\u00a0dari\u00a021 (14–\u206021)" in finding.text
    assert "selisih −1,7 poin (rentang keyakinan 95%: −3,1 s.d. −0,2)" in finding.text
    # the same methods compared, as printed: 13,6 vs 13,6 is not lower, four participants are not enough
    assert "pada 2 dari 3 metode" in finding.text
    # each pair with its participants (a list item carries its n: P3, session 8)
    assert "pelatihan 11,2 vs 13,6 atas 100 peserta; mentoring 8,7 vs 10,5 atas 100 peserta" in finding.text
    assert "workshop 13,6" not in finding.text
    assert "pelatihan dan mentoring" in finding.recommendation and "KENAIKAN" in finding.recommendation
    assert not any(word in (finding.text + finding.recommendation).lower() for word in CAUSAL)


def test_the_summary_says_the_dinas_gain_finding_in_a_few_lines_and_bab_ix_keeps_the_detail(pipeline_root):
    """R6-16 / plancode8: the summary's gain finding ran 11 lines with every method's means and the cost per point;
    the summary now gives the adjusted gain, the province mean, the difference, the rank, the year's cost and how
    many methods gained less, and points to BAB IX 9.1, whose conclusion keeps the full text."""
    from evalasn.report.chapters import sections

    ctx = _dinas(pipeline_root, listed=True)
    finding = next(f for f in key_findings.ranked(ctx) if f.kind == "kenaikan_rendah")
    assert finding.brief and len(finding.brief) < 0.6 * len(finding.text), finding.brief
    for said in ("selisih −1,7 poin (rentang keyakinan 95%: −3,1 s.d. −0,2)", "19\u00a0dari\u00a021",
                 "atas biaya kegiatan 2025 Rp", "pada 2 dari 3 metode", "(BAB IX, 9.1)"):
        assert said in finding.brief, (said, finding.brief)
    assert " vs " not in finding.brief and "per poin" not in finding.brief, finding.brief
    summary, conclusions = sections.summary(ctx), " ".join(key_findings.ordered_conclusions(ctx))
    assert "pelatihan 11,2 vs 13,6" not in summary and "pelatihan 11,2 vs 13,6" in conclusions


@pytest.mark.parametrize(("lang", "said", "figure"), [
    pytest.param("id", "kenaikan nilainya di bawah rata-rata provinsi.</p>", "−1,7 poin", id="id"),
    pytest.param("en", "a gain below the province mean.</p>", "−1.7 points", id="en"),
])
def test_the_summarys_attention_sentence_does_not_repeat_the_gain_finding_figure(pipeline_root, lang, said, figure):
    """LOOK14 P-12: under finding 1's 'selisih −2,9 poin (…)' the attention sentence gave the same difference again
    ('… perlu perhatian karena kenaikan nilainya di bawah rata-rata provinsi (selisih −2,9 poin; …)'): in the summary
    the reason stands without it; BAB VII, with no finding above it, keeps the figure."""
    from evalasn.report.chapters import comparison, sections

    ctx = dataclasses.replace(_dinas(pipeline_root, listed=True), lang=lang)
    assert any(f.kind == "kenaikan_rendah" for f in key_findings.ranked(ctx))
    summary = sections.summary(ctx)
    assert said in summary, summary
    assert summary.count(figure) == 1, summary.count(figure)  # finding 1's
    assert figure in (comparison.attention_sentence(ctx) or "")  # BAB VII


def test_the_province_lead_does_not_print_the_gain_figures_of_the_finding_below(pipeline_root):
    """R6-16: 'Dinas yang tertinggal' gave each lagging dinas's gain, province mean and difference, and finding 2
    the same figures again."""
    from evalasn.report.chapters import front

    ctx = _province(pipeline_root)
    first = ctx.hasil["perhatian"]["gain_di_bawah_rata"][0]
    page = " ".join(front.province_first_page(ctx))
    difference = uncertainty_words(ctx, first)
    assert difference and page.count(difference) == 1, (difference, page.count(difference))
    assert "Angka kenaikan nilainya ada pada temuan di bawah." in page


def uncertainty_words(ctx: Context, dinas: str) -> str:
    """'selisih −2,9 poin (rentang keyakinan 95%: …)' of ``dinas`` as the province report prints it."""
    from evalasn.report.words import phrases

    row: Any = next(r for r in ctx.hasil["pooling"]["per_dinas"] if r["dinas"] == dinas)
    contrast = row["selisih_rata"]
    return f"selisih {phrases.estimate(contrast, 'id')} poin ({phrases.ci(contrast, 'id')})"


def test_the_gain_finding_ranks_by_the_money_it_names(pipeline_root):
    """Its consequence is the dinas's year of activities (REVIEW7 R7-7: ranked by the money each finding names, not
    by rule number): ahead of Rp 167 juta of seminar without gain, among the priced findings before the rest."""
    ctx = _dinas(pipeline_root, listed=True)
    hasil: Any = copy.deepcopy(ctx.hasil)
    hasil["anggaran_vs_peningkatan"]["tanpa_kenaikan"] = [
        {"metode": "seminar", "dinas": None, "n": 187, "n_kegiatan": 8, "estimasi": -0.98, "ci_bawah": -2.4,
         "ci_atas": -0.04, "cukup_data": True, "anggaran_rp": 166_673_000.0, "menurun": True}]
    found = key_findings.ranked(dataclasses.replace(ctx, hasil=hasil))
    kinds = [f.kind for f in found]
    assert kinds.index("kenaikan_rendah") < kinds.index("tanpa_kenaikan"), kinds
    priced = [f.rupiah for f in found if f.rupiah]
    assert priced == sorted(priced, reverse=True) and kinds.index("kenaikan_rendah") < len(priced)
    assert len(kinds) <= key_findings.MAX_FINDINGS


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dinas_listed_for_its_gain_gets_a_recommendation_and_a_plan_row(pipeline_root, lang):
    ctx = dataclasses.replace(_dinas(pipeline_root, listed=True), lang=lang)
    recs = [r for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_gain_low"]
    assert len(recs) == 1 and ("pelatihan dan mentoring" if lang == "id" else "mentoring") in recs[0].text
    # one bracket per aside (LOOK12 K-7, fmt12): 'rata-rata provinsi 9,2 (8,5–10,0) (peringkat 21 dari 21 …' and
    # '… (8,5–10,0) (selisih −2,9 poin; …' read as pasting seams
    (finding,) = [f for f in key_findings.ranked(ctx) if f.kind == "kenaikan_rendah"]
    assert ") (" not in recs[0].text and ") (" not in finding.text, (recs[0].text, finding.text)
    (row,) = [r for r in plan.rows(ctx) if r.rule == "rec_gain_low"]
    assert row.id == f"kesehatan-{ctx.hasil['tahun']}-KENAIKAN" and row.code == "KENAIKAN"
    assert row.measure == "pooling.dinas_ini.selisih_rata"
    assert row.today == pytest.approx(-1.69) and row.today_text.startswith("−1,7" if lang == "id" else "−1.7")
    # the line that removes the finding (at least the province mean), better than today and than its interval's end
    assert row.target == 0.0 and row.target_text.startswith("≥ 0,0 poin" if lang == "id" else "≥ 0.0 points")
    assert row.owner.startswith("Sekretariat Dinas Kesehatan" if lang == "id" else "Health Agency secretariat")
    assert str(ctx.hasil["tahun"] + 1) in row.indicator and "{" not in row.indicator


def test_a_dinas_not_listed_gets_none_of_them(pipeline_root):
    ctx = _dinas(pipeline_root, listed=False)
    assert "kenaikan_rendah" not in {f.kind for f in key_findings.ranked(ctx)}
    assert not any(r.rule == "rec_gain_low" for r in rules.recommendations(ctx.hasil, "id", ctx.targets))
    assert not any(r.rule == "rec_gain_low" for r in plan.rows(ctx))


def test_a_method_with_its_own_stop_row_is_left_to_that_row(pipeline_root):
    ctx = _dinas(pipeline_root, listed=True)
    item = lagging_gain.listed(ctx.hasil)[0]
    assert lagging_gain.to_review(item, {"pelatihan"}) == ["mentoring"]
    assert lagging_gain.to_review(item, {"pelatihan", "mentoring"}) == ["pelatihan", "mentoring"]  # never none


def _province(pipeline_root, lang: str = "id") -> Context:
    ctx = load_context("provinsi", lang, project(pipeline_root))
    hasil: Any = copy.deepcopy(ctx.hasil)
    rows = hasil["pooling"]["per_dinas"]
    assert len(rows) >= 2
    for row, low in zip(rows[:2], (-2.9, -1.7), strict=True):
        row["selisih_rata"] = _contrast(low, low - 1.0, low + 1.0)
        row["campuran_metode"] = copy.deepcopy(MIX)
    hasil["perhatian"]["gain_di_bawah_rata"] = [rows[0]["dinas"], rows[1]["dinas"]]
    # the first dinas's mentoring already has a redesign row of its own (a pair with a very small gain)
    hasil["anggaran_vs_peningkatan"]["sedikit_kenaikan"] = [
        {"metode": "mentoring", "dinas": rows[0]["dinas"], "n": 50, "estimasi": 0.2, "ci_bawah": -0.5,
         "ci_atas": 0.9, "cukup_data": True, "anggaran_rp": 1e7, "g_av_atas": 0.1}]
    return dataclasses.replace(ctx, hasil=hasil)


def test_the_province_plan_has_a_row_for_each_dinas_listed_for_its_gain(pipeline_root):
    ctx = _province(pipeline_root)
    first, second = ctx.hasil["perhatian"]["gain_di_bawah_rata"]
    found = {r.code: r for r in plan.rows(ctx) if r.rule == "rec_gain_low"}
    assert set(found) == {f"KENAIKAN-{first.upper()}", f"KENAIKAN-{second.upper()}"}
    row = found[f"KENAIKAN-{first.upper()}"]
    assert row.measure == f"pooling.per_dinas[dinas={first}].selisih_rata" and row.target == 0.0
    assert row.today == pytest.approx(-2.9)
    from evalasn.registry import compact_name

    assert compact_name(first) in row.owner and compact_name(second) not in row.owner
    assert "mentoring" not in row.action and "pelatihan" in row.action  # mentoring: its own redesign row
    assert "pelatihan dan mentoring" in found[f"KENAIKAN-{second.upper()}"].action



@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_gain_row_is_worded_from_its_owner_side(pipeline_root, lang):
    """LOOK10 N-8: the province's KENAIKAN-KESEHATAN read 'Tinjau bersama Kesehatan …' with owner 'Sekretariat Dinas
    Kesehatan': the owner asked to review with itself. The province row's action is the dinas's own row's ('Tinjau
    bersama BPSDM …'), its dinas named by the code and the owner."""
    ctx = _province(pipeline_root, lang)
    found = [r for r in plan.rows(ctx) if r.rule == "rec_gain_low"]
    review = "Tinjau bersama BPSDM desain" if lang == "id" else "Review with BPSDM the design"
    assert found and all(row.action.startswith(review) for row in found), [row.action for row in found]
    for row in found:
        slug = row.code.removeprefix("KENAIKAN-").lower()
        assert names.short_name_in(slug, lang) not in row.action and plan_indicators.dinas_name(slug, lang) in row.owner


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_row_names_the_dinas_row_on_the_same_finding(pipeline_root, lang):
    """P1 (session 8): KENAIKAN-<DINAS> of the province and KENAIKAN of the dinas's own plan are one finding seen
    from two scopes: the province's row carries the dinas's row id (hasil.json, BAB X's note, the plan sheet), and
    only when the dinas's own plan has that row."""
    ctx = _province(pipeline_root, lang)
    first, second = ctx.hasil["perhatian"]["gain_di_bawah_rata"]
    own: Any = copy.deepcopy(ctx.dinas_results)
    for slug in (first, second):  # only the first dinas's own results list it (its own plan has the row)
        mine = own[slug]["pooling"]["dinas_ini"]
        mine["selisih_rata"] = _contrast(-2.9, -3.9, -1.9)
        own[slug]["perbandingan_provinsi"]["perhatian"]["gain_rendah"] = slug == first
    ctx = dataclasses.replace(ctx, dinas_results=own)
    tahun = ctx.hasil["tahun"]
    issued = followup.issued(ctx)
    by_code = {row.code: row for row in issued}
    assert by_code[f"KENAIKAN-{first.upper()}"].dinas_rows == (f"{first}-{tahun}-KENAIKAN",)
    assert by_code[f"KENAIKAN-{second.upper()}"].dinas_rows == ()  # its own plan has no such row: no link
    # a row every dinas carries out links rows of the same code only (report.chapters.province_rows)
    assert all(row_id.endswith(f"-{tahun}-{row.code}") for row in issued for row_id in row.dinas_rows
               if not row.code.startswith(("KENAIKAN", "STOP", "KECIL")))
    records = {r["id"]: r for r in plan_records.published(ctx.hasil, issued)["rencana_tindak_lanjut"]}
    assert records[f"provinsi-{tahun}-KENAIKAN-{first.upper()}"]["baris_dinas"] == [f"{first}-{tahun}-KENAIKAN"]
    # the plan's records declared in the contract
    declared = walk.disagreements(plan_records.published(ctx.hasil, issued))
    assert not [line for line in declared if line.startswith("rencana_tindak_lanjut")]
    note = followup.same_finding_note(ctx, issued) or ""
    # the code the dinas's own plan table prints and its name (LOOK9 #17); the id only in the plan sheet (LOOK10 N-9)
    printed = ctx.t("pl_dinas_row", kode="KENAIKAN", dinas=names.short_name_in(first, lang), n=1)
    assert f"KENAIKAN-{first.upper()} = {printed}" in note and names.short_name_in(first, lang) in printed
    assert f"{first}-{tahun}-KENAIKAN" not in note
    assert f"KENAIKAN-{second.upper()} =" not in note
    sheet = plan_records.sheet_rows(issued, lang)
    column = plan_records.SHEET_COLUMNS.index("baris_dinas")
    assert {row[1]: row[column] for row in sheet}[f"KENAIKAN-{first.upper()}"] == f"{first}-{tahun}-KENAIKAN"
    # the dinas's own plan, as its report issues it, has the row the province names
    dinas_ctx = dataclasses.replace(load_context(first, lang, project(pipeline_root)), hasil=own[first])
    assert f"{first}-{tahun}-KENAIKAN" in {row.id for row in followup.issued(dinas_ctx)}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_ix_gives_each_lagging_dinas_a_line_of_its_own(pipeline_root, lang):
    """LOOK9 #9: 9.1's first bullet was one run-on sentence of ~25 lines (three dinas, five methods each); the lead
    now says what the list is and each dinas follows on a line of its own."""
    from evalasn.report.chapters import sections

    ctx = _province(pipeline_root, lang)
    found = lagging_gain.listed(ctx.hasil)
    result = lagging_gain.finding(ctx.hasil, lang)
    assert result is not None and len(found) == 2
    lead, *lines = result[0].split("\n")
    # each dinas, then the summary's sum of their costs on a line of its own (LOOK29 A-3)
    assert lead.endswith(":") and len(lines) == len(found) + 1
    for item, line in zip(found, lines, strict=False):
        assert line.startswith(f"– {names.short_name_in(item.dinas, lang)} "), line
    assert lines[-1].startswith({"id": "– bersama: biaya kegiatan Rp ", "en": "– together: activity cost Rp "}[lang])
    chapter = sections.conclusion(ctx)
    assert chapter.count("<br>– ") == len(found) + 1 and "\n" not in chapter


def test_the_summary_points_to_the_section_that_holds_each_detail(pipeline_root):
    """LOOK9 #2: 'Rata-rata per metode tiap dinas: BAB IX, 9.1.' and two lines later '(… metode per dinas: BAB IX,
    9.2)' read as two places for one content; each pointer now names what it points to, and that place holds it."""
    ctx = _province(pipeline_root)
    short = lagging_gain.brief(ctx.hasil, "id")
    assert short is not None
    assert "Rata-rata per metode tiap dinas: BAB IX, 9.1." in short[0]
    assert "metode yang ditinjau di tiap dinas: BAB IX, 9.2)" in short[1] and "metode per dinas: BAB IX" not in short[1]
    conclusions = " ".join(key_findings.ordered_conclusions(ctx))
    recommendations = " ".join(r.text for r in rules.recommendations(ctx.hasil, "id"))
    first = names.short_name_in(ctx.hasil["perhatian"]["gain_di_bawah_rata"][0], "id")
    assert f"– {first} " in conclusions and " vs " in conclusions  # 9.1: each dinas's means per method
    assert f"{first} — " in recommendations  # 9.2: the methods to review


def test_the_province_summary_applies_rule_2_to_every_listed_dinas_with_its_cost(pipeline_root):
    """REVIEW5b 6: the province printed rule (2) in its rule list but never applied it (Sosial, Rp 2,1 miliar for a
    gain below the province, was one line on the first page without cost or recommendation)."""
    ctx = _province(pipeline_root)
    first, second = ctx.hasil["perhatian"]["gain_di_bawah_rata"]
    kinds = [f.kind for f in key_findings.ranked(ctx)]
    # after money without gain and PPPK above their legal cap only (rules 1 and 2)
    assert "kenaikan_rendah" in kinds and kinds.index("kenaikan_rendah") <= 2
    finding = next(f for f in key_findings.ranked(ctx) if f.kind == "kenaikan_rendah")
    from evalasn.report.words.names import short_name_in

    for slug, low in ((first, "−2,9"), (second, "−1,7")):
        # BAB IX 9.1's full text and the summary's line per dinas (R6-16) both give the difference
        assert short_name_in(slug, "id") in finding.text and f"selisih {low} poin" in finding.text
        assert finding.brief.count(short_name_in(slug, "id")) == 1 and f"selisih {low} poin" in finding.brief
    # one step naming every listed dinas once; the per-method steps are BAB IX 9.2's
    names = f"{short_name_in(first, 'id')} dan {short_name_in(second, 'id')}"
    assert finding.recommendation.startswith(f"Tinjau bersama {names} desain"), finding.recommendation
    assert finding.text.count("biaya kegiatan 20") == 2  # each dinas's year of activities, costed
    assert finding.brief.count("biaya kegiatan Rp") == 2 and "bersama Rp" in finding.brief, finding.brief
    # about three lines a dinas at most: no per-method means, no cost per point in the summary
    assert " vs " not in finding.brief and "per poin" not in finding.brief, finding.brief
    assert not any(word in (finding.text + finding.brief + finding.recommendation).lower() for word in CAUSAL)


def _costed(per_point: dict, spent: float = 2.1e9) -> Any:
    """A province's results with one dinas (sosial) whose year of activities cost ``spent``."""
    return {"tahun": 2025, "cakupan": {"slug": "provinsi"},
            "pelaksanaan": {"kegiatan_per_metode": [{"metode": "pelatihan", "anggaran_rp": 10.5e9},
                                                    {"metode": "seminar", "anggaran_rp": 3.0e9}]},
            "anggaran_vs_peningkatan": {"biaya_per_poin_semua": {
                "n": 4848, "estimasi": 665_738.0, "ci_bawah": 579_747.0, "ci_atas": 764_490.0, "cukup_data": True}},
            "perbandingan_dinas": [{"dinas": "sosial", "anggaran_kegiatan_rp": spent, "biaya_per_poin": per_point}]}


UNSURE = {"n": 256, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False, "n_kegiatan": 12,
          "alasan": "gain_belum_jelas", "rata_gain": 0.82, "anggaran_rp": 1.96e9, "gain_bawah": -0.39,
          "gain_atas": 2.03, "gain_n_kegiatan": 12}


@pytest.mark.parametrize(("per_point", "expected", "absent"), [
    pytest.param(UNSURE, ["Rp 2,10 miliar (15,6% biaya kegiatan provinsi)", "0,8 poin (rentang keyakinan 95%: −0,4 "
                          "s.d. 2,0) yang belum pasti di atas nol", "tidak dapat dihitung"], ["per poin kenaikan"],
                 id="withheld-gain-may-be-zero-is-the-finding"),
    # the interval is the judged gain's (`gain_rata`, every scored activity), the costed ones' mean is not (LOOK36 J-1)
    pytest.param({**UNSURE, "rata_gain": 1.9, "gain_rata": 0.82, "n_kegiatan": 9},
                 ["0,8 poin (rentang keyakinan 95%: −0,4 s.d. 2,0) yang belum pasti"], ["1,9 poin"],
                 id="withheld-gain-may-be-zero-its-judged-mean"),
    pytest.param({**UNSURE, "alasan": "gain_tidak_positif", "rata_gain": -0.4},
                 ["Rp 2,10 miliar", "tidak positif (rata-rata −0,4 poin)"], ["belum pasti"], id="gain-not-positive"),
    pytest.param({"n": 256, "estimasi": 9.5e6, "ci_bawah": 6.0e6, "ci_atas": 2.0e7, "cukup_data": True,
                  "n_kegiatan": 12, "rata_gain": 0.8}, ["Rp 2,10 miliar", "biaya per poin kenaikan Rp 9,50 juta",
                                                       "provinsi Rp 665.738"], ["belum pasti"],
                 id="computed-beside-the-province"),
])
def test_the_lagging_dinas_cost_says_what_the_money_bought(per_point, expected, absent):
    text = lagging_gain.cost(_costed(per_point), "sosial", "id")
    assert all(part in text for part in expected), text
    assert not any(part in text for part in absent), text


def test_no_cost_sentence_without_the_dinas_row():
    assert lagging_gain.cost(_costed(UNSURE), "dispora", "id") == ""


@pytest.mark.parametrize(("now", "status"), [
    pytest.param((0.8, 0.2, 1.4), "met", id="whole-interval-above-the-mean"),
    pytest.param((-0.5, -1.6, 0.6), "cannot", id="interval-holds-the-mean"),
    pytest.param((-2.0, -3.0, -1.0), "not_met", id="still-clearly-below"),
])
@pytest.mark.parametrize("scope", ["dinas", "province"])
def test_next_year_reads_the_row_again_and_judges_it(pipeline_root, now, status, scope):
    ctx = _dinas(pipeline_root, listed=True) if scope == "dinas" else _province(pipeline_root)
    row = next(r for r in plan.rows(ctx) if r.rule == "rec_gain_low")
    later: Any = copy.deepcopy(ctx.hasil)
    if scope == "dinas":
        later["pooling"]["dinas_ini"]["selisih_rata"] = _contrast(*now)
    else:
        first = ctx.hasil["perhatian"]["gain_di_bawah_rata"][0]
        next(r for r in later["pooling"]["per_dinas"] if r["dinas"] == first)["selisih_rata"] = _contrast(*now)
    subject = followup_rows._subject(row, ctx.hasil)
    assert subject == ("" if scope == "dinas" else ctx.hasil["perhatian"]["gain_di_bawah_rata"][0])
    measured = followup_measure.measure(row, subject, later, "id")
    assert measured.values == pytest.approx(now)
    assert followup_measure.judge(row, measured, "id").status == status


@pytest.mark.parametrize(("mix", "lang", "expected"), [
    pytest.param([{**_mix("pelatihan", 11.2, 13.6, n=159), "n_kegiatan": 7},
                  {**_mix("mentoring", 8.7, 10.5, n=33), "n_kegiatan": 1}], "id",
                 "8 kegiatan, 192 peserta bernilai pre dan post", id="activities-and-participants"),
    pytest.param([{**_mix("pelatihan", 11.2, 13.6, n=159), "n_kegiatan": 7}], "en",
                 "7 activities, 192 participants with both scores", id="english"),
    pytest.param([_mix("pelatihan", 11.2, 13.6, n=159)], "id", "192 peserta bernilai pre dan post",
                 id="without-activity-counts"),
])
def test_each_listed_dinas_carries_its_counts(mix, lang, expected):
    """P3 (session 8): 9.2's list of dinas below the province mean named each without its n; LOOK10 N-5: that n is
    the participants with both scores ('1.140 peserta' beside Kesehatan's '1.196 keikutsertaan', while the province
    defines 'peserta' as one participation), named so."""
    item = lagging_gain.Lagging("kpkp", {"n": 192, "estimasi": 7.5, "ci_bawah": 6.2, "ci_atas": 8.8,
                                         "cukup_data": True}, _contrast(-1.7, -3.1, -0.2), tuple(mix))
    assert lagging_gain.counts(item, lang) == expected
    province: Any = {"pooling": {}}
    assert lagging_gain.figures(item, province, lang)["jumlah"] == expected  # every sentence quoting the dinas


def test_a_method_on_too_few_activities_is_not_counted_as_evidence():
    """smalln8 (provinsi of set A, finding 1): 'lebih rendah … pada 3 dari 3 metode (… seminar −0,5 vs 2,8)' counted
    a method whose mean rests on 2 activities; it is named with its count and left out of k of m."""
    mix = (_mix("pelatihan", 11.2, 13.6) | {"n_kegiatan": 7}, _mix("mentoring", 8.7, 10.5) | {"n_kegiatan": 4},
           _mix("seminar", -0.5, 2.8) | {"n_kegiatan": 2})
    item = lagging_gain.Lagging("kominfotik", {"n": 300}, _contrast(-2.0, -3.0, -1.0), mix)
    text = lagging_gain.evidence(item, "id")
    assert "pada 2 dari 2 metode" in text and "; tidak dihitung: seminar (hanya 2 kegiatan)" in text, text
    assert "seminar −0,5 vs 2,8" not in text, text
    assert [m["metode"] for m in lagging_gain.lower_methods(item)] == ["pelatihan", "mentoring"]


KPKP_MIX = (_mix("pelatihan", 11.2, 13.6, n=159) | {"n_kegiatan": 7},
            _mix("mentoring", 8.7, 10.5, n=33) | {"n_kegiatan": 1})


@pytest.mark.parametrize(("lang", "evidence", "short"), [
    ("id", "untuk pelatihan, rata-rata kenaikan pesertanya lebih rendah daripada di provinsi (rata-rata peserta, "
           "poin: pelatihan 11,2 vs 13,6 atas 159 peserta); tidak dihitung: mentoring (hanya 1 kegiatan)",
     "; untuk pelatihan, rata-rata kenaikan pesertanya lebih rendah daripada di provinsi; mentoring tidak "
     "dibandingkan (BAB IX, 9.1)."),
    ("en", "in classroom training, its participants' mean gain is lower than across the province (participants' "
           "means, points: classroom training 11.2 vs 13.6 over 159 participants); not counted: mentoring (only 1 "
           "activity)",
     "; in classroom training, its participants' mean gain is lower than across the province; mentoring not "
     "compared (Chapter IX, 9.1)."),
], ids=["id", "en"])
def test_one_method_compared_is_named_not_counted_as_one_of_one(monkeypatch, lang, evidence, short):
    """LOOK18 T-9 (KPKP): 'lebih rendah daripada di provinsi pada 1 dari 1 metode' read as every method in the summary,
    where mentoring (17% of the participants, 1 activity) was not compared."""
    item = lagging_gain.Lagging("kpkp", {"n": 192, "estimasi": 7.5, "ci_bawah": 6.2, "ci_atas": 8.8,
                                         "cukup_data": True}, _contrast(-1.7, -3.1, -0.2), KPKP_MIX)
    assert lagging_gain.evidence(item, lang) == evidence
    monkeypatch.setattr(lagging_gain, "listed", lambda hasil: [item])
    hasil: Any = {"cakupan": {"slug": "kpkp"}, "tahun": 2025, "pooling": {"rata_provinsi": None},
                  "pelaksanaan": {"kegiatan_per_metode": []}}
    found = lagging_gain.brief(hasil, lang)
    assert found is not None
    text = found[0].replace("\u2060", "")
    assert text.endswith(short) and "1 dari 1" not in text and "1 of 1" not in text, text


@pytest.mark.parametrize(("lang", "elsewhere"), [
    ("id", "Mentoring, yang juga lebih rendah, ditinjau pada rekomendasi rancang ulangnya sendiri (BAB X)."),
    ("en", "Mentoring, also lower, is reviewed under its own redesign recommendation (Chapter X)."),
])
def test_the_step_names_the_lower_methods_it_leaves_to_their_own_rows(pipeline_root, lang, elsewhere):
    """LOOK20 V-5 (Kesehatan): the summary said '… lebih rendah daripada di provinsi pada 5 dari 5 metode' and its step
    reviewed 'pelatihan, workshop dan mentoring' only, seminar and e-learning being left to their own redesign rows;
    the step says where the others are, so the methods it names and those it points to add up to the count."""
    ctx = _dinas(pipeline_root, listed=True)
    ctx = dataclasses.replace(ctx, lang=lang)
    own = {"mentoring"}  # of the two lower methods (pelatihan, mentoring), mentoring has a redesign row of its own
    found, short = lagging_gain.finding(ctx.hasil, lang, own), lagging_gain.brief(ctx.hasil, lang, own)
    step = lagging_gain.recommendation(ctx.hasil, lang, own)
    assert found and short and step
    for text in (found[1], short[1], step[0]):
        assert text.endswith(" " + elsewhere), text
    assert "mentoring" not in step[1].lower(), step[1]  # the plan row keeps its own methods only
    # no method left to another row: nothing added
    found = lagging_gain.finding(ctx.hasil, lang, set())
    assert found and not found[1].endswith(elsewhere) and "(Chapter X)." not in found[1].split("KENAIKAN")[-1], found


@pytest.mark.parametrize(("scope", "lang"), [
    pytest.param("dinas", "id", id="dinas-id"), pytest.param("dinas", "en", id="dinas-en"),
    pytest.param("provinsi", "id", id="province-id"), pytest.param("provinsi", "en", id="province-en"),
])
def test_bab_ix_states_the_gain_finding_once_and_the_step_points_back(pipeline_root, scope, lang):
    """LOOK31 C-4 (Kesehatan BAB IX): the five-method list '(rata-rata peserta, poin: pelatihan 10,4 vs 13,6 atas 563
    peserta; …)' was printed in 9.1 and word for word in 9.2 rec. 1, with the adjusted gain, rank and province mean
    again; within 9.1 the adjusted gain came as '6,4 (5,8–6,9)' and, one bullet later, '6,4 poin (rentang keyakinan
    95%: 5,8 s.d. 6,9)'. Each method's comparison is printed once in BAB IX, the adjusted figure fully once in 9.1,
    and the recommendation names its action and points to 9.1."""
    from evalasn.report.words import narrative, phrases
    from evalasn.report.words.text import label, t

    ctx = dataclasses.replace(_dinas(pipeline_root, listed=True) if scope == "dinas" else _province(pipeline_root),
                              lang=lang)
    conclusions = key_findings.ordered_conclusions(ctx)
    steps = [r.text for r in key_findings.ordered_recommendations(ctx)]
    chapter = " ".join([*conclusions, *steps])
    said = Counter(t("lg_item", lang, metode=label(m["metode"], lang), dinas=fmt.number(m["rata_gain"], 1, lang),
                     provinsi=fmt.number(m["rata_gain_provinsi"], 1, lang), n=fmt.integer(m["n"], lang))
                   for item in lagging_gain.listed(ctx.hasil) for m in lagging_gain.lower_methods(item))
    assert said and all(chapter.count(each) == times for each, times in said.items()), (said, chapter)
    adjusted = narrative.adjusted_gain(ctx.hasil)
    assert adjusted is not None
    nine_one = " ".join(conclusions)
    assert facts.show_value("gain", adjusted, lang) in nine_one  # stated, with its interval, in the finding
    assert phrases.ci(adjusted, lang) not in nine_one, nine_one  # not a second time in another form
    assert t("f_learning_adjusted_above", lang) in nine_one
    (step,) = [r.text for r in rules.recommendations(ctx.hasil, lang, ctx.targets) if r.rule == "rec_gain_low"]
    assert ("9.1" in step) and " vs " not in step and facts.show_value("gain", adjusted, lang) not in step, step
    if scope == "dinas":
        assert step.startswith({"id": "Tinjau bersama BPSDM desain dan pelaksanaan pelatihan dan mentoring",
                                "en": "Review with BPSDM the design and delivery of classroom training and "
                                      "mentoring"}[lang]), step
        assert {"id": "pada 2 dari 3 metode", "en": "in 2 of 3 methods"}[lang] in step, step
    else:
        for item in lagging_gain.listed(ctx.hasil):
            assert f"{names.short_name_in(item.dinas, lang)} — " in step, step


def _lagging_context(pipeline_root, scope: str, lang: str) -> Context:
    if scope == "province":
        return _province(pipeline_root, lang)
    listed = _dinas(pipeline_root, listed=True).hasil
    return dataclasses.replace(load_context("kesehatan", lang, project(pipeline_root)), hasil=listed)


@pytest.mark.parametrize("scope, lang", [pytest.param(scope, lang, id=f"{scope}-{lang}")
                                         for scope in ("province", "agency") for lang in ("id", "en")])
def test_the_cost_per_points_target_and_change_follow_the_scopes_own_figure(pipeline_root, scope, lang):
    """LOOK35a G-1: the province's 9.1 appended the province's cost-per-point target status and its 2024 comparison
    ('Target biaya per poin ≤ Rp 238.866 …, belum tercapai. Pada 2024: Rp 260.236 …') to the bullet about the dinas
    with a low gain, after their combined share of the budget, where they read as those dinas's figure: the
    province's figure was there only bare, beside each dinas's own. The province states it in a conclusion of its
    own, as each dinas report does; a dinas report's lagging finding, which states the dinas's own cost per point
    with its interval, still carries them."""
    ctx = _lagging_context(pipeline_root, scope, lang)
    fact = fact_targets.by_key(ctx)["biaya_per_poin"]
    after = key_findings.figure_after(ctx, fact)
    assert fact.has_value and after
    conclusions = key_findings.ordered_conclusions(ctx)
    lagging = next(c for c in conclusions if c.startswith(t("kt_gain_low_prov" if scope == "province" else
                                                            "kt_gain_low", lang, prov="", n=0, daftar="", bukti="",
                                                            nama="", nilai="", jumlah="", peringkat="", selisih="",
                                                            ik_selisih="")[:20]))
    assert fact.plain(lang) in lagging, lagging  # the scope's figure is said in the lagging finding
    holding = [c for c in conclusions if after in c]
    assert len(holding) == 1, holding
    if scope == "province":  # there only beside each dinas's own: the province's own bullet says the rest
        assert holding[0].startswith(t("kt_figure_biaya_per_poin", lang, nilai="", dasar="")[:10]), holding[0]
        assert after not in lagging and key_findings.states_figure(fact, holding[0], lang), lagging
    else:  # the dinas's own, with its interval: its target and change after it, its figure said once
        assert holding[0] == lagging and key_findings.states_figure(fact, lagging, lang), lagging
        assert not any(c.startswith(t("kt_figure_biaya_per_poin", lang, nilai="", dasar="")[:10])
                       for c in conclusions)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_step_says_where_the_other_lower_methods_are_reviewed(pipeline_root, lang):
    """LOOK35a G-13, LOOK35b H-4: 9.1 listed Kesehatan lower "in 5 of 5 methods", 9.2's step named three
    ("Kesehatan — pelatihan, workshop dan mentoring") and never said that seminar and e-learning have a very-small-gain
    recommendation and plan rows of their own. Each dinas's item names the lower methods it leaves out, with the 9.2
    recommendation that names the dinas's pair (by its number) and the row of the dinas's plan."""
    from evalasn.report.chapters import lagging_elsewhere
    from evalasn.report.words import phrases
    from evalasn.report.words.text import label

    ctx = dataclasses.replace(_province(pipeline_root), lang=lang)
    first, second = lagging_gain.listed(ctx.hasil)
    ranked = key_findings.ordered_recommendations(ctx)
    (step,) = [r.text for r in ranked if r.rule == "rec_gain_low"]
    # the first dinas's mentoring has a redesign row of its own: its step reviews classroom training alone
    redesign = next(k for k, r in enumerate(ranked, 1) if r.rule == "rec_little" and r.subject == "mentoring")
    row = t("pl_dinas_row", lang, kode="KECIL-MENTORING", dinas=names.short_name_in(first.dinas, lang), n=1)
    place = t("le_item", lang, metode=label("mentoring", lang),
              tempat=phrases.and_([t("le_recommendation", lang, k=redesign), row], lang))
    item = t("lg_prov_item", lang, nama=names.short_name_in(first.dinas, lang), metode=label("pelatihan", lang))
    assert item + t("le_pointer", lang, daftar=place, n=1) in step, step
    # the second has no row of its own: both lower methods reviewed in the step, nothing left to point to
    pointers = lagging_elsewhere.pointers(ctx.hasil, ranked, lang)
    assert second.dinas not in pointers and first.dinas in pointers
    # every lower method of every dinas is in the step, under its review or its pointer
    for lagging in (first, second):
        assert all(label(m["metode"], lang) in step for m in lagging_gain.lower_methods(lagging)), step
