"""Tabel 1 (Angka Kunci) read in its narrow columns and on a phone (issue 22.8, reader reviews 4 and 5): the gain's
target cell short, a withheld cost of last year by its cause alone, the notes under the table short paragraphs, and
no mix of methods given as the cause of gaps that both measures call chance (REVIEW5 D2)."""

from __future__ import annotations

import copy
import html as html_text
import re
from typing import Any

import pytest

from evalasn.report import facts
from evalasn.report.chapters import comparison, html, key_findings
from evalasn.report.words import method_mix, reasons
from evalasn.report.words.text import t
from tests.unit.test_gain_status_words import ADJUSTED, HASIL, MIX, PROVINCE, PROVINCE_RAW, RAW, _est

ROWS = re.compile(r"<tr>(.*?)</tr>")
CELLS = re.compile(r"<t[hd][^>]*>(.*?)</t[hd]>")
NOTES = re.compile(r'<p class="table-note">(.*?)</p>')
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
    lines = html.cell_lines(header, body, {1, 2, 3})
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
    assert neither == t("mix_neither", lang, nama="Kesehatan" if lang == "id" else "Health",
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
