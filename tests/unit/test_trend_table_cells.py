"""The trend table of BAB VII keeps a missing year's cell short (LOOK23 Z-6): KPKP's 2024 cost per point held its
~330-character reason in the cell, its column took half the table and every interval of 2025 broke inside
("64,9 (54,8 / s.d. 73,8)"). A long reason now goes once under the table (note_marks.NoteMarks), the cell keeping
'belum dapat dihitung' with its mark, and a bracketed interval of a year column stays on one line."""

from __future__ import annotations

import copy
import re
from typing import Any

import lxml.html
import pytest

from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import comparison, html
from evalasn.report.chapters.note_marks import SUPERSCRIPT
from evalasn.report.context import Context
from evalasn.report.words import reasons
from evalasn.report.words.text import t

NONE = {"estimasi": None, "ci_bawah": None, "ci_atas": None, "cukup_data": False}
# KPKP's 2024 cost per point in the sample (reports/kpkp/hasil-2025.json `tren[1].biaya_per_poin`)
UNCLEAR_COST: Any = {**NONE, "n": 111, "n_kegiatan": 6, "alasan": "gain_belum_jelas", "rata_gain": 3.306306,
                     "anggaran_rp": 134453000.08, "gain_rata": 3.306306, "gain_bawah": -2.057896,
                     "gain_atas": 8.670508, "gain_n_kegiatan": 6, "porsi_replikasi_tidak_positif": 0.028,
                     "kegiatan_tanpa_biaya": 0}
FEW_UNITS_IKM: Any = {**NONE, "alasan": "unit_kurang_klaster", "rata_ikm": 75.77, "n": 18, "n_unit_layanan": 2,
                      "n_klaster": 2}
NO_PNS: Any = {**NONE, "alasan": reasons.NO_PNS, "n": 0, "n_asn": 12}
SHORT = {"biaya_per_poin": lambda lang: t("not_computed", lang), "ikm": lambda lang: t(
    "ikm_no_interval_cell", lang, nilai="75,77" if lang == "id" else "75.77"), "jp_20": lambda lang: t(
    "why_short_no_pns", lang)}
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
])
def test_a_long_reason_goes_under_the_trend_table_and_no_interval_breaks(contexts, slug, lang, key, record):
    ctx = contexts[(slug, lang)]
    hasil = copy.deepcopy(ctx.hasil)
    assert len(hasil["tren"]) >= 2
    hasil["tren"][-2][key] = record  # last year's figure withheld with a long reason
    # and its participants' mean reaching below zero, as KPKP's 2024 (3,3; −2,1 to 8,7): every interval of the table
    # is then written with its word ('(54,8 s.d. 73,8)', html.one_range_style), where a line could break
    hasil["tren"][-2]["gain"] = {**hasil["tren"][-2]["gain"], "estimasi": 3.306306, "ci_bawah": -2.057896,
                                 "ci_atas": 8.670508}
    header, rows, notes = _table(comparison.trend_table(Context(hasil, lang, ctx.activities, config=ctx.config)))
    label = comparison.trend_label(key, lang)
    cell = next(row for row in rows if row[0].replace("\u00a0", " ") == label)[-2].replace("\u00a0", " ")
    reason = reasons.reason({**record, "rata_ikm": None} if key == "ikm" else record, lang)
    assert len(reason) > comparison.TREND_REASON_MAX
    # the cell: short, with its mark; the note under the table: the mark and the whole reason
    assert cell[:-1] == SHORT[key](lang) and cell[-1] in SUPERSCRIPT, cell
    assert any(f"{cell[-1]} {reason}" in note.replace("\u00a0", " ") for note in notes), notes
    # every bracketed interval of a year column on one line of its column, as the table lays it out
    tight, shares = html.layout(header, rows, set())
    brackets = [[row[0]] + [found[-1] if (found := INTERVAL.findall(text.replace("\u2060", ""))) else ""
                            for text in row[1:]] for row in rows]
    assert any(any(row[1:]) for row in brackets)
    lines = html.cell_lines(header, brackets, set(), shares, tight)[1:]
    broken = [(row[col], count) for row, counts in zip(brackets, lines, strict=True)
              for col, count in enumerate(counts) if col and row[col] and count > 1]
    assert not broken, (shares, broken)
