"""What a reader of the report sees, rule by rule: short tables kept whole, ranges that break where a
reader expects, counts in the reader's number format, one term for the 95% interval."""

import re
from typing import cast

import pytest

from evalasn.analysis.contract import Hasil
from evalasn.paths import TEMPLATES
from evalasn.report.chapters import html as H
from evalasn.report.chapters.results import _money_with_range
from evalasn.report.words import quality
from evalasn.report.words.text import TEXT


def test_a_short_table_is_kept_whole_and_a_long_one_flows():
    """Short is measured in printed height, not rows: seven rows of long text flow (kept whole they left the
    page before them mostly empty), their tall first rows are held two, not three (lead-2)."""
    short = H.table(["Tahun", "Pagu"], [["2023", "1"], ["2024", "2"], ["2025", "3"]], "Pagu per tahun")
    long = H.table(["Unit"], [[f"unit {i}"] for i in range(30)], "Unit")
    tall = H.table(["Kode", "Tindakan"], [[f"K{i}", "kata " * 100] for i in range(7)], "Rencana")
    assert short.startswith('<div class="keep"><div class="table-block ')
    assert long.startswith('<div class="table-block ')
    assert tall.startswith('<div class="lead-2"><div class="table-block ')
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    assert ".keep { break-inside: avoid; }" in css


@pytest.mark.parametrize(("last", "alone"), [("kata " * 300, True), ("kata " * 8, False)],
                         ids=["tall-last-row", "short-last-row"])
def test_a_tall_last_row_may_open_a_page_alone_in_pdf_and_docx(last, alone):
    """LOOK14 P-3: provinsi en Tabel 18's last two rows (17 and 18 lines) were held together and left the page before
    half empty; a last row of at least END_ALONE_LINES lines may open a page alone (with the note), a short one stays
    with the row before it."""
    import lxml.html

    from evalasn.report.formats import word_ooxml

    rows = [[f"K{i}", "kata " * 8] for i in range(30)] + [["K30", last]]
    markup = H.table(["Kode", "Tindakan"], rows, "Rencana", note="Catatan.")
    outer = markup[:markup.index(">")]
    assert ("end-1" in outer) is alone, outer
    table = lxml.html.fromstring(markup).find(".//table")
    assert word_ooxml.print_breaks(table)[1][1] == (1 if alone else word_ooxml.KEEP_END_ROWS)
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    assert ".end-1 tbody tr:last-child { break-before: auto; }" in css


def test_a_money_range_breaks_only_after_its_dash_and_keeps_one_unit():
    """One unit per interval (REVIEW3 24: 'Rp 363.113 (Rp 230.943–Rp 2,3 juta)' in KPKP's trend table)."""
    from evalasn.report.context import Context

    ctx = Context(cast(Hasil, {}), "id", None)
    value, text = _money_with_range(ctx, {"estimasi": 363113.0, "ci_bawah": 316908.0, "ci_atas": 434522.0})
    assert value == "Rp 363.113" and text == "Rp\u00a0316.908\u00a0– Rp\u00a0434.522" and text.count(" ") == 1
    _, wide = _money_with_range(ctx, {"estimasi": 363113.0, "ci_bawah": 230943.0, "ci_atas": 2301234.0})
    assert wide == "Rp\u00a0230.943\u00a0– Rp\u00a02.301.234"


@pytest.mark.parametrize("text, lang, shown", [
    ("kolom 'skor_perilaku': 6390 sel kosong (boleh kosong); dibiarkan kosong", "id",
     "kolom 'skor_perilaku': 6.390 sel kosong (boleh kosong); dibiarkan kosong"),
    ("kolom 'skor_perilaku': 6390 sel kosong (boleh kosong); dibiarkan kosong", "en",
     "column 'skor_perilaku': 6,390 empty cells (allowed); left empty"),
    ("3.999 baris dibaca, 3.999 baris diproses", "id", "3.999 baris dibaca, 3.999 baris diproses"),
    ("12345 baris kosong diabaikan; 1200 tanggal berformat DD/MM/YYYY", "id",
     "12.345 baris kosong diabaikan; 1.200 tanggal berformat DD/MM/YYYY"),
    ("catatan yang tidak dikenal 2025", "id", "catatan yang tidak dikenal 2025"),
], ids=["id-column-count", "en-column-count", "id-already-formatted", "id-two-parts", "id-unknown-note"])
def test_quality_log_counts_in_the_reader_number_format(text, lang, shown):
    assert quality.note(text, lang) == shown


# another word for the interval ('selang', 'selangnya', 'selang kepercayaan') or the effect size, and an unstated
# number of replications: the annex's method notes (text_method, the technical terms) may keep technical words
OTHER_TERMS = re.compile(r"\bselang\w*|\bukuran efek|\bribuan kali", re.IGNORECASE)


def test_the_95_percent_interval_and_the_effect_size_have_one_indonesian_name():
    """'rentang keyakinan 95%' is defined in the Kata Pengantar and 'besar efek' in Tabel 2; 'selang kepercayaan'
    read as another term (LOOK22 Y-8: 'Ukuran efek … ada di Lampiran', 'selang estimasinya tidak memuat nol',
    'selangnya lebih lebar', 'selangnya ada di BAB IV' and 'dihitung ulang ribuan kali' for the annex's 1.000)."""
    from evalasn.report.words import text_method
    from evalasn.report.words.text import GLOSSARY

    offenders = [k for k, v in TEXT.items() if k not in text_method.TEXT and OTHER_TERMS.search(v["id"])]
    offenders += [k for k, v in GLOSSARY.items() if OTHER_TERMS.search(" ".join(v["id"]))]
    assert offenders == []


# --- on the small sample's results ---------------------------------------------------------------
@pytest.fixture(scope="module")
def kesehatan(pipeline_root):
    from evalasn.paths import project
    from evalasn.report.context import load_context

    return lambda lang: load_context("kesehatan", lang, project(pipeline_root))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_chapters_say_one_thing_once(kesehatan, lang):
    """BAB II does not point at itself; BAB VIII says about the regulation's minimum sample what BAB
    III says (it once said the sample could not be checked while BAB III checked it)."""
    from evalasn.report.chapters import limitations, sections

    ctx = kesehatan(lang)
    assert ("(BAB II)" if lang == "id" else "(Chapter II)") not in sections.implementation(ctx)
    limits = limitations.chapter(ctx)
    check = ctx.hasil["level4_hasil"].get("ikm_sampel") or {}
    if check.get("jumlah_unit"):
        assert ("tidak dapat diperiksa" if lang == "id" else "cannot be checked") not in limits
        assert "Krejcie" in limits and str(check["responden_minimum"]) in limits
    assert ("0 dari" if lang == "id" else " 0 of") not in limits


def _running_header(slug: str, lang: str) -> str:
    import datetime as dt

    from evalasn.registry import official_name
    from evalasn.report.chapters import front
    from evalasn.report.context import Context
    from evalasn.report.words import names

    # the scope's name as report.context gives it to the chapters: in the report's language
    hasil = {"cakupan": {"slug": slug, "nama": names.scope_name(slug, official_name(slug), lang)}, "tahun": 2025,
             "sintetis": False}
    html = front.cover(Context(cast(Hasil, hasil), lang, None, built=dt.datetime(2026, 1, 5)))
    return html.split('<div class="running-header">', 1)[1].split("</div>", 1)[0]


@pytest.mark.parametrize("slug, lang, shown", [
    ("ppapp", "id", "Dinas PPAPP"), ("kesehatan", "id", "Dinas Kesehatan"),
    ("ppapp", "en", "Empowerment and Child Protection Agency"),
    ("kpkp", "en", "Food Security and Marine Affairs Agency"),
    ("nakertransgi", "en", "Manpower and Energy Agency"),
    ("citata", "en", "Public Works and Spatial Planning Agency"), ("kesehatan", "en", "Health Agency"),
    ("provinsi", "en", "Jakarta Provincial Government"),
], ids=["long", "short", "long-en", "acronym-en", "short-name-en", "fits-en", "short-en", "province-en"])
def test_the_running_header_holds_a_long_dinas_name_on_one_line(slug, lang, shown):
    """English running heads read 'Dinas KPKP' on every page of six agencies (REVIEW5 D4): the compact name is
    in the report's language too."""
    header = _running_header(slug, lang)
    assert header.startswith(f"{shown} · ") and len(header) < 70


def test_no_english_running_header_names_a_dinas_in_indonesian():
    from evalasn.registry import AGENCIES, PROVINCE_SLUG

    for slug in (*AGENCIES, PROVINCE_SLUG):
        name = _running_header(slug, "en").split(" · ")[0]
        assert not re.search(r"\b(?:Dinas|Badan|Suku|Pemerintah|Provinsi|Satuan)\b", name), (slug, name)
        assert len(name) <= 40, (slug, name)


@pytest.mark.parametrize("slug, lang, shown", [
    ("kesehatan", "en", "Evaluation Report of the ASN Competency Development Programme — Health Agency 2025"),
    ("provinsi", "en", "Evaluation Report of the ASN Competency Development Programme — Jakarta Provincial "
                       "Government 2025"),
    ("kesehatan", "id", "Laporan Evaluasi Program Pengembangan Kompetensi ASN — Dinas Kesehatan 2025"),
], ids=["agency-en", "province-en", "agency-id"])
def test_the_document_title_is_in_the_reports_language(slug, lang, shown):
    """Every English output's title (HTML <title>, PDF and DOCX properties: run.batch; XLSX: formats.workbook)
    named the scope in Indonesian (REVIEW5 D4)."""
    from evalasn.registry import official_name
    from evalasn.report.words import names, titles
    from evalasn.run import batch

    assert batch._title(slug, 2025, lang) == shown
    # the workbook passes the name hasil.json holds (official); the chapters' context, the translated one
    assert titles.document_title(slug, names.scope_name(slug, official_name(slug), lang), 2025, lang) == shown


def test_a_long_dinas_name_is_compacted_the_way_officials_write_it():
    from evalasn import registry

    assert registry.compact_name("ppapp") == "Dinas PPAPP" and registry.compact_name("dpmptsp") == "DPMPTSP"
    assert registry.compact_name("kesehatan") == "Dinas Kesehatan"
    assert all(len(registry.compact_name(s)) <= 40 for s in registry.AGENCIES)


@pytest.mark.parametrize("column, path, unit", [
    ("cakupan_asn.estimasi", "tren[]", "proporsi"), ("jp_20.ci_atas", "tren[]", "proporsi"),
    ("biaya_per_poin.estimasi", "tren[]", "rp_per_poin"), ("estimasi", "pelaksanaan.cakupan_asn", "proporsi"),
], ids=["trend-coverage", "trend-jp", "trend-cost", "flat-coverage"])
def test_the_workbook_formats_a_nested_share_as_a_share(column, path, unit):
    """The trend sheet showed coverage 41,3% as 0,41: a share is written in percent, '(%)' in its header."""
    from evalasn.report.formats import workbook, workbook_names

    assert workbook_names.column_unit(column, path) == unit
    assert workbook._scale(column, path, {}) == (100.0 if unit == "proporsi" else 1.0)
    assert workbook_names.header(column, path, "en").endswith("(%)") == (unit == "proporsi")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_summary_compares_with_last_year(kesehatan, lang):
    """'Is it getting better' on the summary page: the key-figure table has last year's column, each figure
    computed as this year's (issue 22.5: the trend's 20 JP over PNS, not over all ASN)."""
    from evalasn.report.chapters import comparison, key_findings

    ctx = kesehatan(lang)
    tahun = ctx.hasil["tahun"]
    table = key_findings.table(ctx)
    assert f"<th>{tahun - 1}</th>" in table or f">{tahun - 1}<" in table
    before = next(y for y in ctx.hasil["tren"] if y["tahun"] == tahun - 1)
    assert before["jp_20"]["n"] == ctx.hasil["pelaksanaan"]["jp_20"]["keseluruhan"]["n"]  # the same population
    assert comparison.show_value("jp_20", before["jp_20"], lang, False) in table


# --- a dinas with almost no data (read against a data set with one: no survey, no activity this year) ---
def test_every_empty_section_says_what_is_missing(kesehatan):
    import copy

    from evalasn.report.chapters import comparison, sections

    ctx = kesehatan("id")
    h = copy.deepcopy(ctx.hasil)
    none = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
    h["level1_reaksi"]["keseluruhan"] = dict(none)
    h["pelaksanaan"]["kegiatan_per_metode"] = []
    for r in h["anggaran_vs_peningkatan"]["biaya_per_poin"]:
        r.update(none, n_kegiatan=0)
    flat = {"n": 200, "estimasi": -0.2, "ci_bawah": -0.9, "ci_atas": 0.5, "p": 0.6, "cukup_data": True}
    h["tantangan"]["resistensi"]["gain_per_poin_resistensi"] = flat
    ctx.hasil = h
    assert "Rata-rata skor reaksi peserta belum dapat dihitung" in sections.kirkpatrick(ctx)
    assert f"Tidak ada kegiatan pengembangan yang selesai pada tahun {h['tahun']}" in sections.implementation(ctx)
    budget = sections.budget(ctx)
    assert "Tidak ada kegiatan pengembangan" in budget and "tidak ada kegiatan pada periode ini" not in budget
    challenges = sections.challenges(ctx)
    # an interval holding zero is "belum jelas", not "no relation" (R6-20)
    assert "kenaikan nilai belum jelas (rentang memuat nol)" in challenges and "Pembelajaran" not in challenges
    assert "tidak ada hubungan" not in challenges
    assert comparison.why_missing("ikm", None, "en") == "no public satisfaction survey data"


def test_a_figures_decimals_are_its_kinds_whatever_its_intervals_width():
    """A zero-width interval (everyone 0 JP) and a narrow one print as a wide one does (constants.DECIMALS)."""
    from evalasn.report.words import phrases

    def printed(low: float, high: float) -> str:
        return phrases.value_with_ci({"estimasi": (low + high) / 2, "ci_bawah": low, "ci_atas": high, "n": 50,
                                      "cukup_data": True}, "id", "jp")

    assert printed(0.0, 0.0) == "0,0 (rentang keyakinan 95%: 0,0 s.d. 0,0; n = 50)"
    assert printed(5.01, 5.29) == "5,2 (rentang keyakinan 95%: 5,0 s.d. 5,3; n = 50)"


def test_the_recommendation_rules_note_comes_before_the_list(kesehatan):
    """After the list the note was left alone on the next page (kesehatan and PPAPP p25)."""
    from evalasn.report.chapters import sections

    chapter = sections.conclusion(kesehatan("id"))
    assert chapter.index('class="note"') < chapter.rindex("<ol")


def test_a_single_data_year_reads_as_a_baseline(kesehatan):
    """One year only: no 'data tahun 2025–2025 sebagai pembanding', no 'against the first data year'."""
    import copy

    from evalasn.report.chapters import front, key_findings

    ctx = kesehatan("id")
    hasil = copy.deepcopy(ctx.hasil)
    hasil["tren"] = [y for y in hasil["tren"] if y["tahun"] == hasil["tahun"]]
    hasil["level4_hasil"]["ikm_per_periode"] = [p for p in hasil["level4_hasil"]["ikm_per_periode"]
                                                if p["periode"].startswith(str(hasil["tahun"]))]
    ctx.hasil = hasil
    ctx.previous = None  # one year of data: the model stage writes no last year's results
    intro = front.introduction(ctx)
    assert f"{hasil['tahun']}–{hasil['tahun']}" not in intro and "titik awal pembanding" in intro
    # no last year to show, and the cell says so (reader review 15: no bare dash)
    assert set(_column(key_findings.table(ctx), 2)) == {f"tidak ada data {hasil['tahun'] - 1}"}


def test_a_method_with_too_few_activities_says_so_in_a_short_cell(kesehatan):
    import copy

    from evalasn import constants
    from evalasn.report.chapters import sections

    ctx = kesehatan("id")
    hasil = copy.deepcopy(ctx.hasil)
    hasil["anggaran_vs_peningkatan"]["biaya_per_poin"][0].update(
        cukup_data=False, estimasi=None, ci_bawah=None, ci_atas=None, n_kegiatan=2, alasan="kegiatan_kurang")
    ctx.hasil = hasil
    assert f"2 kegiatan (min.\u00a0{constants.MIN_ACTIVITIES_COST})" in sections.budget(ctx)


def _column(table_html: str, index: int) -> list[str]:
    """The text of one column of a report table's body rows."""
    import re

    body = table_html.split("<tbody>", 1)[-1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    return [re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)[index]) for row in rows]
