"""The trend table of BAB VII keeps a missing year's cell short (LOOK23 Z-6): KPKP's 2024 cost per point held its
~330-character reason in the cell, its column took half the table and every interval of 2025 broke inside
("64,9 (54,8 / s.d. 73,8)"). Every missing year's reason, long or short, now goes once under the table
(note_marks.NoteMarks), the cell keeping 'belum dapat dihitung' or 'tidak ada data' with its mark (LOOK24 V2-5: IKM
2023's 'tidak ada data survei / kepuasan masyarakat', the one reason kept in its cell, set the widest column), and a
bracketed interval of a year column stays on one line: an amount's with its currency once ('Rp 440.863
(385.774–517.069)'; LOOK24 V2-5: 'Rp 284.996 / (Rp 268.156– / Rp 302.451)')."""

from __future__ import annotations

import copy
import re
from typing import Any, cast

import lxml.html
import pytest

from evalasn.analysis import trend
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, html, table_layout
from evalasn.report.chapters.note_marks import SUPERSCRIPT
from evalasn.report.context import Context
from evalasn.report.words import reasons
from evalasn.report.words.text import label, t

NONE = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False}
# KPKP's 2024 cost per point in the sample (reports/kpkp/hasil-2025.json `tren[1].biaya_per_poin`)
UNCLEAR_COST: Any = {**NONE, "n": 111, "n_kegiatan": 6, "alasan": "gain_belum_jelas", "rata_gain": 3.306306,
                     "anggaran_rp": 134453000.08, "gain_rata": 3.306306, "gain_bawah": -2.057896,
                     "gain_atas": 8.670508, "gain_n_kegiatan": 6, "porsi_replikasi_tidak_positif": 0.028,
                     "kegiatan_tanpa_biaya": 0}
FEW_UNITS_IKM: Any = {**NONE, "alasan": "unit_kurang_klaster", "rata_ikm": 75.77, "n": 18, "n_unit_layanan": 2,
                      "n_klaster": 2}
NO_PNS: Any = {**NONE, "alasan": reasons.NO_PNS, "n": 0, "n_asn": 12}
# a year's gain from 3 activities: its reason is short ('hanya 3 kegiatan, perlu sedikitnya 5 untuk tren') and went
# in the cell before
FEW_ACTIVITIES_GAIN: Any = trend._base(cast(Any, {"n": 76, "estimasi": 10.3, "ci_bawah": -18.1, "ci_atas": 38.7,
                                                   "p": 0.3, "cukup_data": True, "n_kegiatan": 3, "se": 6.6}))
SHORT = {"biaya_per_poin": lambda lang: t("not_computed", lang), "ikm": lambda lang: t(
    "ikm_no_interval_cell", lang, nilai="75,77" if lang == "id" else "75.77"), "jp_20": lambda lang: t(
    "why_short_no_pns", lang), "no_survey": lambda lang: t("no_data", lang), "gain": lambda lang: t(
    "not_computed", lang)}
# a bracketed interval of numbers ('(54,8 s.d. 73,8)', '(54,2–62,3)'); one of amounts may break (html.hold_range)
INTERVAL = re.compile(r"\([−-]?\d[\d.,]*%?(?:[ \u00a0](?:s\.d\.|to)[ \u00a0]|–)[−-]?\d[\d.,]*%?\)")


def _table(fragment: str) -> tuple[list[str], list[list[str]], list[str]]:
    """The header, the body rows (cell texts as laid out: no-break spaces kept) and the notes of a table."""
    page = lxml.html.fromstring(fragment)
    header = [th.text_content() for th in page.xpath("//thead//th")]
    rows = [[td.text_content() for td in tr.xpath("./td")] for tr in page.xpath("//tbody/tr")]
    return header, rows, [p.text_content() for p in page.xpath("//p[contains(@class, 'table-note')]")]


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key, record", [
    pytest.param("biaya_per_poin", UNCLEAR_COST, id="kpkp-2024-cost-gain-not-yet-above-zero"),
    pytest.param("ikm", FEW_UNITS_IKM, id="ikm-from-two-units-keeps-its-value"),
    pytest.param("jp_20", NO_PNS, id="no-pns-does-not-apply"),
    pytest.param("no_survey", None, id="ikm-without-a-survey-no-data"),
    pytest.param("gain", FEW_ACTIVITIES_GAIN, id="gain-from-three-activities-short-reason"),
])
def test_every_missing_years_reason_goes_under_the_trend_table_and_no_interval_breaks(contexts, slug, lang, key,
                                                                                       record):
    ctx = contexts[(slug, lang)]
    hasil = copy.deepcopy(ctx.hasil)
    assert len(hasil["tren"]) >= 2
    field = "ikm" if key == "no_survey" else key
    hasil["tren"][-2][field] = record  # last year's figure withheld with its reason
    if key != "gain":
        # and its participants' mean reaching below zero, as KPKP's 2024 (3,3; −2,1 to 8,7): every interval of the
        # table is then written with its word ('(54,8 s.d. 73,8)', html.one_range_style), where a line could break
        hasil["tren"][-2]["gain"] = {**hasil["tren"][-2]["gain"], "estimasi": 3.306306, "ci_bawah": -2.057896,
                                     "ci_atas": 8.670508}
    header, rows, notes = _table(comparison.trend_table(Context(hasil, lang, ctx.activities, config=ctx.config)))
    name = comparison.trend_label(field, lang)
    # last year's column, by its year: the change from last year is the table's last column (LOOK28 Z-1)
    column = header.index(str(hasil["tren"][-2]["tahun"]))
    cell = next(row for row in rows if row[0].replace("\u00a0", " ") == name)[column].replace("\u00a0", " ")
    reason = facts.why_missing(field, {**record, "rata_ikm": None} if key == "ikm" else record, lang)
    # the cell: short, with its mark; the note under the table: the mark and the whole reason
    assert cell[:-1] == SHORT[key](lang) and cell[-1] in SUPERSCRIPT, cell
    assert any(f"{cell[-1]} {reason}" in note.replace("\u00a0", " ") for note in notes), notes
    # every bracketed interval of a year column on one line of its column, as the table lays it out
    tight, shares = html.layout(header, rows, set())
    brackets = [[row[0]] + [found[-1] if (found := INTERVAL.findall(text.replace("\u2060", ""))) else ""
                            for text in row[1:]] for row in rows]
    assert any(any(row[1:]) for row in brackets)
    lines = table_layout.cell_lines(header, brackets, set(), shares, tight)[1:]
    broken = [(row[col], count) for row, counts in zip(brackets, lines, strict=True)
              for col, count in enumerate(counts) if col and row[col] and count > 1]
    assert not broken, (shares, broken)


# the cost per point of the last year: (estimate, lower end, upper end) in rupiah, the cell's text (id, en)
AMOUNTS = [
    pytest.param((440863.0, 385774.0, 517069.0), ("Rp 440.863 (385.774–517.069)", "Rp 440,863 (385,774–517,069)"),
                 id="kesehatan-2025-rupiah"),
    pytest.param((1.2e9, 8e8, 1.6e9), ("Rp 1.200 juta (800–1.600 juta)", "Rp 1,200 million (800–1,600 million)"),
                 id="scaled-one-scale-word"),
]


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("word", [False, True], ids=["dash-ranges", "word-ranges"])
@pytest.mark.parametrize("values, said", AMOUNTS)
def test_an_amounts_interval_in_the_trend_says_its_currency_once_and_never_breaks(contexts, slug, lang, word, values,
                                                                                  said):
    ctx = contexts[(slug, lang)]
    hasil = copy.deepcopy(ctx.hasil)
    estimate, low, high = values
    hasil["tren"][-1]["biaya_per_poin"] = {**hasil["tren"][-1]["biaya_per_poin"], "estimasi": estimate,
                                           "ci_bawah": low, "ci_atas": high, "cukup_data": True}
    if word:  # a gain interval below zero: every range of the table written with its word (html.one_range_style)
        hasil["tren"][-2]["gain"] = {**hasil["tren"][-2]["gain"], "estimasi": 3.306306, "ci_bawah": -2.057896,
                                     "ci_atas": 8.670508}
    else:  # no range below zero: nor the change column's (LOOK28 Z-1), which the sample's cost difference has
        hasil["tren"][-1].pop("selisih_tahun_lalu", None)
    header, rows, _ = _table(comparison.trend_table(Context(hasil, lang, ctx.activities, config=ctx.config)))
    name = comparison.trend_label("biaya_per_poin", lang)
    this_year = header.index(str(hasil["tren"][-1]["tahun"]))  # the change column follows it (LOOK28 Z-1)
    cell = next(row for row in rows if row[0].replace("\u00a0", " ") == name)[this_year]
    text = said[lang == "en"]
    if word:
        text = text.replace("–", f" {label('ik_to', lang)} ")
    # the estimate names the currency, the interval after it none (LOOK24 V2-5: 'Rp 440.863 (Rp 385.774– / …')
    assert cell.replace("\u00a0", " ").replace("\u2060", "") == text, cell
    # the one place the cell may break: between the estimate and its interval; inside the interval no plain space,
    # and its dash joined to the end after it
    estimate_text, interval = cell.split(" (")
    assert " " not in interval and " " not in estimate_text, cell
    assert "–" not in interval or "–\u2060" in interval, cell


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG], ids=["dinas", "province"])
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("word", [False, True], ids=["dash-ranges", "word-ranges"])
def test_an_ikm_cell_s_categories_and_range_follow_the_table_s_range_style(contexts, slug, lang, word):
    """KPKP's trend table wrote '76,88 B (C–B; 74,25–79,51)' among '(54,8 s.d. 73,8)': a range after the categories
    in the same bracket, and the categories, are written in the table's style too, and held on one line."""
    ctx = contexts[(slug, lang)]
    hasil = copy.deepcopy(ctx.hasil)
    hasil["tren"][-1]["ikm"] = {**hasil["tren"][-1]["ikm"], "estimasi": 76.88, "ci_bawah": 74.25, "ci_atas": 79.51,
                                "cukup_data": True, "kategori": "B", "kategori_bawah": "C", "kategori_atas": "B"}
    if word:  # a gain interval below zero: every range of the table written with its word (html.one_range_style)
        hasil["tren"][-2]["gain"] = {**hasil["tren"][-2]["gain"], "estimasi": 3.306306, "ci_bawah": -2.057896,
                                     "ci_atas": 8.670508}
    else:  # no range below zero: nor the change column's (LOOK28 Z-1), which the sample's cost difference has
        hasil["tren"][-1].pop("selisih_tahun_lalu", None)
    header, rows, _ = _table(comparison.trend_table(Context(hasil, lang, ctx.activities, config=ctx.config)))
    cell = next(row for row in rows if row[0].replace("\u00a0", " ") == comparison.trend_label("ikm", lang))[
        header.index(str(hasil["tren"][-1]["tahun"]))]
    to = f" {label('ik_to', lang)} " if word else "–"
    number = (lambda v: v) if lang == "id" else (lambda v: v.replace(",", "."))
    assert cell.replace("\u00a0", " ").replace("\u2060", "") == \
        f"{number('76,88')} B (C{to}B; {number('74,25')}{to}{number('79,51')})", cell
    bracket = cell.split("(", 1)[1]
    assert bracket.count(" ") <= 1, cell  # held whole but after its "C s.d. B;" part
