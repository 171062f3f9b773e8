"""A status cell says 'belum dapat dinilai' without the rule's own reason '(rentang memuat target)', which its table's
note gives (LOOK15 Q-3: Tabel 1, 11 and 16 set 'belum / dapat / dinilai / (rentang / memuat / target)' in six lines of
one word); any other reason stays in the cell, and the full text stays for sentences and the workbook."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from evalasn.report import facts
from evalasn.report.chapters import html, table_layout
from evalasn.report.words.text import t

IKM = {"estimasi": 78.09, "ci_bawah": 76.55, "ci_atas": 79.63, "n": 659, "cukup_data": True}
GAIN = {"estimasi": 6.4, "ci_bawah": 5.8, "ci_atas": 6.9, "n": 900, "cukup_data": True}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_interval_reason_is_left_to_the_note_and_any_other_kept(lang):
    holds = facts.judge_values((78.09, 76.55, 79.63), 76.61, True, None, lang)
    assert holds.status == "cannot"
    assert holds.text(lang) == f"{t('status_cannot', lang)} ({t('status_ci_holds', lang)})"
    assert holds.cell(lang) == t("status_cannot", lang)
    other = facts.Verdict("cannot", "tidak ada data SKM")
    assert other.cell(lang) == other.text(lang) == f"{t('status_cannot', lang)} (tidak ada data SKM)"
    for status in ("met", "not_met"):
        assert facts.Verdict(status).cell(lang) == facts.Verdict(status).text(lang)


@pytest.mark.parametrize(("key", "figure", "against", "lang", "expected"), [
    pytest.param("ikm", IKM, None, "id", "belum dapat dinilai", id="ikm-id"),
    pytest.param("ikm", IKM, None, "en", "cannot be judged", id="ikm-en"),
    pytest.param("gain", GAIN, "below", "id", "di bawah rata-rata provinsi; target: belum dapat dinilai",
                 id="gain-below-province"),
])
def test_a_facts_status_cell_is_short_and_its_sentence_whole(key, figure, against, lang, expected):
    verdict = facts.Verdict("cannot", t("status_ci_holds", lang))
    fact = facts.Fact(key, 2025, figure, raw=figure if key == "gain" else None, verdict=verdict, against=against)
    assert fact.status(lang, cell=True) == expected
    assert fact.status(lang) != expected and t("status_ci_holds", lang) in fact.status(lang)


def test_the_short_status_cell_no_longer_sets_the_key_figure_row_a_word_a_line():
    """Kesehatan Tabel 1 as the reports write it: the IKM row's status cell in at most three lines (it printed six);
    the row is no taller than its rank cell."""
    header = ["Indikator", "2025", "2024", "Provinsi", "Peringkat (rentang)", "Target", "Status"]
    row = ["IKM konversi", "78,09 B (C–B; 76,55–79,63); n = 659", "74,65 C (72,90–76,40)", "78,33",
           "tidak dapat dibedakan (1–21 dari 21)", "≥ 76,61"]
    other = [["Cakupan ASN (%)", "66,6 (62,6–70,4); n = 566", "42,8 (38,7–46,9)", "71,0", "17 dari 21 (7–21)",
              "≥ 100%", "belum tercapai"],
             ["Biaya per poin (Rp)", "Rp 440.863 (Rp 385.774–Rp 517.069); n = 1.089; 2 kegiatan tanpa biaya tercatat",
              "Rp 461.820 (Rp 361.488–Rp 646.439)", "Rp 284.996", "20 dari 20 (9–20)",
              "≤ Rp 361.488 (rencana tindak lanjut 2024, BAB X)", "belum tercapai"]]

    def status_lines(status: str) -> tuple[int, int]:
        rows = [[html.hold_together(cell) for cell in line] for line in [row + [status], *other]]
        lines = table_layout.cell_lines(header, rows, {1, 2, 3})
        return lines[1][6], max(lines[1][:6])

    long_cell, _ = status_lines(facts.Verdict("cannot", t("status_ci_holds", "id")).text("id"))
    short_cell, rest = status_lines(facts.Verdict("cannot", t("status_ci_holds", "id")).cell("id"))
    assert long_cell > short_cell and short_cell <= 3 and short_cell <= rest, (long_cell, short_cell, rest)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tabel_1_says_in_a_note_what_a_short_status_leaves_out(contexts, lang):
    """The sample's Kesehatan IKM interval holds its target: its Tabel 1 cell is the word alone, and a note of its own
    gives the reason (the first note stays the short pointer to BAB VII)."""
    from evalasn.report.chapters import fact_targets, key_findings

    ctx = contexts[("kesehatan", lang)]
    shortened = [fact for fact in fact_targets.of(ctx) if fact.status(lang, cell=True) != fact.status(lang)]
    assert shortened, "the sample no longer has a status the cell shortens"
    table = key_findings.table(ctx)
    notes = [html_lib.unescape(note) for note in re.findall(r'<p class="table-note(?: long)?">(.*?)</p>', table)]
    assert t("kt_tab_note_cannot", lang, tahun=ctx.hasil["tahun"]) in notes[1:]
    assert html_lib.unescape(html.escape(html.hold_together(shortened[0].status(lang, cell=True)))) in \
        html_lib.unescape(table)
