"""Tabel 1 (Angka Kunci) read in its narrow columns and on a phone (issue 22.8, reader reviews 4 and 5): the gain's
target cell short, a withheld cost of last year by its cause alone, the notes under the table short paragraphs, and
no mix of methods given as the cause of gaps that both measures call chance (REVIEW5 D2)."""

from __future__ import annotations

import copy
import html as html_text
import re
import shutil
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import comparison, html, key_findings, table_layout
from evalasn.report.words import fmt, method_mix, reasons
from evalasn.report.words.text import t
from tests.unit.test_gain_status_words import ADJUSTED, HASIL, MIX, PROVINCE, PROVINCE_RAW, RAW, _est

ROWS = re.compile(r"<tr>(.*?)</tr>")
CELLS = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>")
NOTES = re.compile(r'<p class="table-note(?: long)?">(.*?)</p>')
NOTE_MOST_CHARS = 520  # about seven lines at 390 px (.8rem of 14 px): KPKP's mix sentence, the longest, is 514


def _grid(table: str) -> list[list[str]]:
    return [[html_text.unescape(cell) for cell in CELLS.findall(row)] for row in ROWS.findall(table)]


def _wide_raw_level_gain(ctx):
    """``ctx`` with an adjusted gain not clearly different from the province mean (the interval of the difference
    holds zero) and a participants' mean whose own interval holds the province participants' mean, on the other
    side: the Kebudayaan, Dispora, Bina Marga ... case of the sample."""
    hasil = copy.deepcopy(ctx.hasil)
    mine = hasil["pooling"]["dinas_ini"]
    mine.update(pooled=ADJUSTED, selisih_rata=_est(-0.2, -0.6, 0.2), campuran_metode=MIX)
    hasil["pooling"]["rata_provinsi"] = PROVINCE
    hasil["level2_pembelajaran"]["keseluruhan"].update(_est(3.6, 2.9, 4.3))
    row = next(r for r in hasil["perbandingan_provinsi"]["indikator"] if r["kunci"] == "gain")
    row["provinsi"] = PROVINCE_RAW
    return type(ctx)(hasil, ctx.lang, ctx.activities, targets=ctx.targets, config=ctx.config)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_gain_target_cell_takes_at_most_four_lines_of_its_column(contexts, lang):
    """'tidak di bawah rata-rata provinsi; > 0,0' took five lines (the whole row's height) in the Target column of
    Kesehatan's Tabel 1; beside the Provinsi column it refers to, 'tidak di bawah provinsi' says the same."""
    ctx = contexts[("kesehatan", lang)]
    gain = facts.by_key(ctx)["gain"]
    assert gain.against is not None
    grid = _grid(key_findings.table(ctx))
    header, body = grid[0], grid[1:]
    lines = table_layout.cell_lines(header, body, {1, 2, 3})
    row = next(index for index, cells in enumerate(body, 1) if cells[0] == html.hold_together(gain.name(lang)))
    target = header.index(ctx.label("target"))
    assert body[row - 1][target] == html.hold_together(gain.target_cell(lang))
    assert lines[row][target] <= 4, (body[row - 1][target], lines[row][target])


@pytest.mark.parametrize("lang", ["id", "en"])
def test_last_years_withheld_cost_gives_its_cause_not_its_figures(lang):
    """KPKP's 2024 cost per point was an 11-line cell (gain interval, mean, budget, 'no upper bound') in the narrow
    2024 column of Tabel 1; now its cause alone, as the Status cell gives this year's (the figures are in BAB VII's
    trend table)."""
    withheld = {"n": 0, "estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False,
                "alasan": "gain_belum_jelas", "rata_gain": 3.3, "gain_bawah": -2.1, "gain_atas": 8.7,
                "gain_n_kegiatan": 6, "anggaran_rp": 133e6, "porsi_replikasi_tidak_positif": 0.028}
    fact = facts.Fact(key="biaya_per_poin", tahun=2025, value=_est(314851, 240249, 396105), last_year=withheld)
    assert reasons.is_finding(withheld)
    assert fact.last_year_cell(lang) == reasons.brief(withheld, lang)
    assert len(fact.last_year_cell(lang)) < len(reasons.reason(withheld, lang)) / 2


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_mix_of_methods_explains_gaps_both_measures_call_chance(lang):
    """Both measures not clearly different from their province means: one short sentence saying so, without
    'karena campuran metodenya' and four lines of method shares (REVIEW5 D2); a clear gap keeps its reason."""
    wide = _est(3.6, 2.9, 4.3)  # holds the province participants' mean 3,1
    neither = method_mix.sentence(HASIL, ADJUSTED, wide, PROVINCE, PROVINCE_RAW, lang, against="level")
    assert neither == t("mix_neither", lang, nama="Kesehatan" if lang == "id" else "Health Agency",
                        mentah="3,6" if lang == "id" else "3.6", nilai="3,0" if lang == "id" else "3.0",
                        angka_mentah="3,1" if lang == "id" else "3.1", angka="3,2" if lang == "id" else "3.2")
    mix_words = {"id": "campuran metode", "en": "mix of methods"}[lang]
    assert mix_words not in neither
    for against, raw in (("below", wide), ("level", RAW)):  # one of the two gaps is clear: the reason stays
        assert mix_words in method_mix.sentence(HASIL, ADJUSTED, raw, PROVINCE, PROVINCE_RAW, lang, against=against)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_notes_under_tabel_1_are_short_paragraphs(contexts, lang):
    """The pointer to BAB VII, the method-mix sentence and the two-measures sentence were one note of 1,154
    characters (14 lines at 390 px in Kebudayaan); each is now its own paragraph, none a wall."""
    ctx = _wide_raw_level_gain(contexts[("kesehatan", lang)])
    notes = [html_text.unescape(note) for note in NOTES.findall(key_findings.table(ctx))]
    mix = comparison.mix_sentence(ctx)
    assert mix and mix in notes and len(notes) >= 2, notes
    assert all(len(note) <= NOTE_MOST_CHARS for note in notes), [len(note) for note in notes]
    assert mix in comparison.gain_note(ctx)  # BAB VII says the same


def test_several_notes_make_one_paragraph_each_and_count_in_the_printed_height():
    """html.table(note=[...]): one p.table-note per note, empty ones left out; the notes' lines count when the table
    is judged short enough to keep whole."""
    rows = [[f"K{index}", str(index)] for index in range(6)]
    one = html.table(["Kode", "n"], rows, "Uji", numeric={1}, note="Satu.")
    several = html.table(["Kode", "n"], rows, "Uji", numeric={1}, note=["Satu.", "", "Dua."])
    assert NOTES.findall(one) == ["Satu."] and NOTES.findall(several) == ["Satu.", "Dua."]
    long_notes: Any = ["kata " * 200] * 4
    assert html.table(["Kode", "n"], rows, "Uji", numeric={1}).startswith('<div class="keep">')
    assert not html.table(["Kode", "n"], rows, "Uji", numeric={1}, note=long_notes).startswith('<div class="keep">')


FINDING = ("Kenaikan nilai di bawah rata-rata provinsi: kenaikan nilai yang disesuaikan Satpol PP 6,4 (5,5–7,2) jelas "
           "di bawah rata-rata provinsi 9,2 (8,5–10,0) (selisih −2,8 poin; rentang keyakinan 95%: −3,9 s.d. −1,7), "
           "peringkat 20 dari 21 (19–21); laporan provinsi mencantumkan Satpol PP di antara dinas yang perlu "
           "perhatian. Campuran metode sudah diperhitungkan; untuk metode yang sama, rata-rata kenaikan pesertanya "
           "lebih rendah daripada di provinsi pada 5 dari 5 metode (rata-rata peserta, poin: pelatihan 9,9 vs 13,6; "
           "workshop 7,3 vs 8,5; seminar −2,2 vs 1,8; mentoring 9,1 vs 10,5; e-learning −1,2 vs 1,8).")
ADVICE = "Tinjau bersama BPSDM desain dan pelaksanaan pelatihan, workshop dan mentoring (BAB X, baris KENAIKAN)."


def _printed_lines(item: str) -> list[str]:
    import subprocess

    import weasyprint

    from evalasn.paths import TEMPLATES

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    page = (f'<html lang="id"><head><style>{css}</style></head><body><main class="laporan">'
            f'{html.bullets([item], ordered=True, cls="findings", trusted=True)}</main></body></html>')
    pdf = weasyprint.HTML(string=page).write_pdf()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_a_findings_recommendation_starts_its_own_line_and_leaves_no_word_alone():
    """REVIEW5 D9: with the bold label in the finding's last line, WeasyPrint broke before 'workshop' and set it
    alone on a line; the recommendation on a line of its own (key_findings.summary_parts) lays out evenly."""
    label = "<strong>Rekomendasi:</strong> "
    assert "workshop" in _printed_lines(f"{FINDING} {label}{ADVICE}")  # the old markup: a word alone on a line
    lines = _printed_lines(f"{FINDING}<br>{label}{ADVICE}")
    assert "workshop" not in lines and any(line.startswith("Rekomendasi:") for line in lines), lines


def test_the_summary_puts_each_recommendation_on_a_line_of_its_own(contexts):
    parts = "".join(key_findings.summary_parts(contexts[("kesehatan", "id")]))
    assert parts.count("<br><strong>Rekomendasi:</strong>") >= 1 and " <strong>Rekomendasi:" not in parts


# Kesehatan's Tabel 1 of the sample (its cells as printed, a rank held together as facts.rank_text holds it): at
# 1366 px it overflowed the 52rem text column
RANK = "{} dari {} ({})".replace(" ", "\u00a0")
KESEHATAN_TABEL_1 = [
    ["Cakupan ASN (%)", "66,6 (62,6–70,4); n\u00a0=\u00a0566", "42,8 (38,7–46,9)", "71,0", RANK.format(17, 21, "7–21"),
     "≥ 100%", "belum tercapai"],
    ["Kenaikan nilai, disesuaikan (model campuran; poin)", "6,4 (5,8–6,9); n\u00a0=\u00a01.140; rata-rata peserta 6,4",
     "4,8 (4,1–5,5); rata-rata peserta 3,8", "9,2 (8,5–10,0); rata-rata peserta 9,4",
     RANK.format(21, 21, "19–21"), "tidak di bawah provinsi; > 0,0", "di bawah rata-rata provinsi"],
    ["IKM konversi", "78,09 B (76,55–79,63); n\u00a0=\u00a0659", "74,65 C (72,90–76,40)", "78,33",
     RANK.format(13, 21, "1–21"), "≥ 76,61", "belum dapat dinilai (rentang memuat target)"],
    ["Realisasi anggaran (%)", "88,6 (sensus anggaran, tanpa rentang)", "83,7", "86,1", "9\u00a0dari\u00a021",
     "≥ 95%", "belum tercapai"],
    ["Biaya per poin (Rp)", "Rp 405.194 (Rp 337.606–Rp 481.348); n\u00a0=\u00a01.140",
     "Rp 459.923 (Rp 361.123–Rp 653.723)", "Rp 276.396", RANK.format(19, 20, "7–20"), "tidak ada target",
     "–"]]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["provinsi", "kesehatan"])
def test_tabel_1_gives_each_figure_its_n_or_says_the_budget_is_a_whole_count(contexts, slug, lang):
    """LOOK9 #3: the Kata Pengantar promises every figure with its n and 95% interval, but Tabel 1 gave no n in any
    row and 'Realisasi anggaran 86,1' had neither n, interval nor a word on why."""
    ctx = contexts[(slug, lang)]
    grid = _grid(key_findings.table(ctx))
    body = {row[0]: row for row in grid[1:]}
    for fact in facts.of(ctx):
        if not fact.has_value:
            continue
        cell = body[html.hold_together(fact.name(lang))][1]
        if fact.key == "persen_realisasi":
            assert cell.endswith({"id": "(sensus anggaran, tanpa rentang)", "en": "(whole budget, no interval)"}[lang])
        else:
            assert f"n\u00a0=\u00a0{fmt.integer(fact.sample_size, lang)}" in cell, cell
    # what n counts in each row: BAB VII's full note, where Tabel 1's short note points (the Kata Pengantar defines n)
    notes = " ".join(html_text.unescape(note) for note in NOTES.findall(comparison.key_figure_table(ctx)))
    assert {"id": "n: banyaknya ASN (cakupan)", "en": "n: the number of ASN (coverage)"}[lang] in notes


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_on_a_laptop_tabel_1_shows_every_column_without_scrolling(tmp_path):
    """REVIEW5 D13: at 1366 px Kesehatan's Tabel 1 overflowed the 52rem text column and hid its Status column
    behind a sideways scroll; a table may now use some of the room beside the text column."""
    from evalasn.paths import TEMPLATES
    from tests.unit.test_phone_layout import laid_out

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    header = ["Indikator", "2025", "2024", "Provinsi", "Peringkat (rentang)", "Target", "Status"]
    table = html.table(header, KESEHATAN_TABEL_1, "Tabel 1. Angka kunci Dinas Kesehatan, 2025", numeric={1, 2, 3})
    page = tmp_path / "tabel-1.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan"><p>Teks laporan.</p>{table}</main></body></html>', encoding="utf-8")
    (laid,) = laid_out(page, 1366, tmp_path)["tables"]
    assert laid["hidden"] == 0 and laid["scroll"] <= laid["client"] + 1, laid


@pytest.mark.parametrize("slug, lang", [("kesehatan", "id"), ("kesehatan", "en"), ("provinsi", "id")],
                         ids=["kesehatan-id", "kesehatan-en", "provinsi-id"])
def test_the_key_figure_table_moves_with_its_rows_whole_and_its_notes_free(contexts, slug, lang):
    """LOOK10 N-19 / Kesehatan: Tabel 1 was split 3 + 3 rows over pp. 7-8 (20 of the sample's 44 reports split it).
    Its rows are kept whole (report.css .keep-rows), in Word too; its notes, paragraphs of two or three lines that
    cannot split, are not held to it: held, they moved the whole table on and left p.7 37% full."""
    import lxml.html

    from evalasn.paths import TEMPLATES
    from evalasn.report.formats import word_ooxml

    markup = key_findings.table(contexts[(slug, lang)])
    assert markup.startswith('<div class="keep-rows"><div class="table-block')
    css = " ".join((TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8").split())
    print_rules = css[css.index("@media print"):]
    assert ".keep-rows table { break-inside: avoid; }" in print_rules
    assert ".keep-rows .table-note { break-before: auto; }" in print_rules
    table = lxml.html.fromstring(markup).find(".//table")
    assert word_ooxml.print_breaks(table)[0] is True  # the Word rows keep with the next, all but the last



@pytest.mark.parametrize(("findings", "split"), [pytest.param(2, True, id="two-findings-half-page-empty"),
                                                 pytest.param(7, False, id="seven-findings-page-full")])
def test_the_key_figure_table_starts_under_a_short_summary(contexts, findings, split):
    """LOOK14 P-13 / ppkukm p.6: a money line and two findings, then half a page blank, Tabel 1 whole on p.7. Under
    blocks that fill less than half a page its rows may start on the page and go on overleaf (a repeated header);
    under a longer summary they stay whole (LOOK10 N-19)."""
    import lxml.html

    from evalasn.report.formats import word_ooxml

    item = ("Target terlewat: cakupan 77,3% (rentang keyakinan 95%: 66,7% s.d. 85,3%) terhadap target ≥ 100%. "
            "<br><strong>Rekomendasi:</strong> Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, "
            "mulai dari 3 unit dengan cakupan terendah (BAB IX, 9.2).")
    above = [html.para("Biaya program Dinas PPKUKM 2025: Rp 500 juta terealisasi dari pagu Rp 555 juta.", cls="lead"),
             html.para("Temuan utama, masing-masing dengan rekomendasinya, diurutkan menurut bobotnya.", cls="lead"),
             html.bullets([item] * findings, ordered=True, cls="findings", trusted=True)]
    assert key_findings.rows_may_split(above) is split
    markup = key_findings.table(contexts[("kesehatan", "id")], split=split)
    assert markup.startswith('<div class="keep-rows">') is not split, markup[:80]
    table = lxml.html.fromstring(markup).find(".//table")
    assert word_ooxml.print_breaks(table)[0] is not split  # Word: the rows kept with the next only when whole
