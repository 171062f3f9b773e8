"""The lines of a Word table cell: where LibreOffice and Word may end a line inside a number or a code."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import pytest

from evalasn.report.chapters import html
from evalasn.report.chapters.measure import text_width
from evalasn.report.formats import word_ooxml
from evalasn.report.words.text import t

W = f"{{{word_ooxml.W_NS}}}"
MARGINS_TWIPS = 140  # table_xml: 70 twips of cell margin a side


def _rank(lang: str, r: int, n: int, a: int, b: int) -> str:
    return t("rank_range", lang, r=r, n=n, a=a, b=b)


def _key_figures(lang: str) -> tuple[list[str], list[list[str]]]:
    """Kesehatan's Tabel 1 as the 2025 report writes it (LOOK10 N-6), in ``lang``."""
    if lang == "id":
        return (["Indikator", "2025", "2024", "Provinsi", "Peringkat (rentang)", "Target", "Status"], [
            ["Cakupan ASN (%)", "66,6 (62,6–70,4); n = 566", "42,8 (38,7–46,9)", "71,0", _rank(lang, 17, 21, 7, 21),
             "≥ 100%", "belum tercapai"],
            ["Kenaikan nilai, disesuaikan (model campuran; poin)", "6,4 (5,8–6,9); n = 1.140; rata-rata peserta 6,4",
             "4,8 (4,1–5,5); rata-rata peserta 3,8", "9,2 (8,5–10,0); rata-rata peserta 9,4",
             _rank(lang, 21, 21, 19, 21), "tidak di bawah provinsi; > 0,0", "di bawah rata-rata provinsi"],
            ["IKM konversi", "78,09 B (C–B; 76,55–79,63); n = 659", "74,65 C (72,90–76,40)", "78,33",
             "tidak dapat dibedakan (1–21 dari 21)", "≥ 76,61", "belum dapat dinilai (rentang memuat target)"],
            ["Biaya per poin (Rp)", "Rp 405.194 (Rp 337.606–Rp 481.348); n = 1.140",
             "Rp 459.923 (Rp 361.123–Rp 653.723)", "Rp 276.396", _rank(lang, 19, 20, 7, 20), "tidak ada target", "–"]])
    return (["Indicator", "2025", "2024", "Province", "Rank (range)", "Target", "Status"], [
        ["Staff coverage (%)", "66.6 (62.6–70.4); n = 566", "42.8 (38.7–46.9)", "71.0", _rank(lang, 17, 21, 7, 21),
         "≥ 100%", "not met"],
        ["Gain, adjusted (mixed model; points)", "6.4 (5.8–6.9); n = 1,140; participants' mean 6.4",
         "4.8 (4.1–5.5); participants' mean 3.8", "9.2 (8.5–10.0); participants' mean 9.4",
         _rank(lang, 21, 21, 19, 21), "not below province; > 0.0", "below the province mean"],
        ["Converted IKM", "78.09 B (C–B; 76.55–79.63); n = 659", "74.65 C (72.90–76.40)", "78.33",
         "cannot be told apart (1–21 of 21)", "≥ 76.61", "cannot be judged (interval holds the target)"],
        ["Cost per point (Rp)", "Rp 405,194 (Rp 337,606–Rp 481,348); n = 1,140", "Rp 459,923 (Rp 361,123–Rp 653,723)",
         "Rp 276,396", _rank(lang, 19, 20, 7, 20), "no target", "–"]])


def _word_table(header: list[str], rows: list[list[str]], numeric: set[int]):
    """The <w:tbl> table_xml writes for the report table html.table makes of ``header`` and ``rows``."""
    element = lxml.html.fromstring(html.table(header, rows, "Tabel 1", numeric=numeric)).find(".//table")
    grid = [[(cell, cell.tag == "th") for cell in row.iter("th", "td")] for row in element.iter("tr")]
    return lxml.etree.fromstring(word_ooxml.table_xml(grid, "IsiTabel").encode())


def _cells(tbl):
    """(text width in pt, font size in pt, the cell's lines as its <w:br/> start them) of each body cell."""
    for row in tbl.iter(f"{W}tr"):
        for cell in row.iter(f"{W}tc"):
            if cell.find(f".//{W}shd") is not None:  # a header cell
                continue
            size = cell.find(f".//{W}sz")
            font = int(size.get(f"{W}val")) / 2 if size is not None else word_ooxml.TABLE_FONT_PT
            lines = [""]
            for run in cell.iter(f"{W}r"):
                if run.find(f"{W}br") is not None:
                    lines.append("")
                lines[-1] += "".join(text.text or "" for text in run.iter(f"{W}t"))
            width = (int(cell.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) - MARGINS_TWIPS) / word_ooxml.TWIPS_PER_PT
            yield width, font, lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_amount_in_a_word_table_cell_can_break(lang):
    """LOOK10 N-6: LibreOffice drew Kesehatan's Tabel 1 cell as "(Rp 337.606–Rp 481." / "348); n = 1.140": it does
    not end a line after the dash where the range opens it, so a range wider than its column broke inside an amount.
    Every line of a number cell (between its explicit breaks) now wraps only at spaces, and each of its words fits the
    column: no amount can break. The text a reader copies is the report's, amounts unchanged."""
    header, rows = _key_figures(lang)
    rows = [[html.hold_together(cell) for cell in row] for row in rows]
    tbl = _word_table(header, rows, {1, 2, 3})
    numbers = {html.hold_together(row[col]) for row in rows for col in (1, 2, 3)}
    checked = 0
    for width, font, lines in _cells(tbl):
        if "".join(lines) not in numbers:
            continue
        checked += 1
        for line in lines:
            for word in line.split(" "):
                assert text_width(word, False, "arial") * font <= width, (word, width, lines)
        assert all(line.endswith("–") for line in lines[:-1]), lines  # broken only after a range's dash
    assert checked == len(numbers)
    cost = next(lines for _, _, lines in _cells(tbl) if "481" in "".join(lines))
    assert len(cost) == 2 and cost[1].startswith("Rp\u00a0481"), cost  # the range starts its second amount's line
    amounts = re.findall(r"\d[\d.,]*\d", " ".join(" ".join(lines) for _, _, lines in _cells(tbl)))
    assert ("481.348" if lang == "id" else "481,348") in amounts


@pytest.mark.parametrize("text, width, lines", [
    ("Rp\u00a0405.194 (Rp\u00a0337.606–Rp\u00a0481.348); n\u00a0=\u00a01.140", 1894,
     ["Rp\u00a0405.194 (Rp\u00a0337.606–", "Rp\u00a0481.348); n\u00a0=\u00a01.140"]),
    ("Rp\u00a0405.194 (Rp\u00a0337.606–Rp\u00a0481.348); n\u00a0=\u00a01.140", 2600,
     ["Rp\u00a0405.194 (Rp\u00a0337.606–Rp\u00a0481.348); n\u00a0=\u00a01.140"]),
    ("66,6 (62,6–\u206070,4); n\u00a0=\u00a0566", 1200, ["66,6 (62,6–\u206070,4); n\u00a0=\u00a0566"]),
    ("kenaikan tidak positif", 600, ["kenaikan tidak positif"]),
], ids=["money-range-wider-than-its-column", "money-range-that-fits", "number-range", "words"])
def test_a_cell_starts_a_line_only_after_the_dash_of_a_money_range_too_wide_for_it(text, width, lines):
    assert word_ooxml.cell_lines(text, width, word_ooxml.TABLE_FONT_PT) == lines


def _last_year(code: str):
    from evalasn.report import facts
    from evalasn.report.chapters import followup_review, plan, published_rows

    row = plan.PlanRow(f"provinsi-2024-{code}", code, "rec_gain_lagging", "aksi", "indikator", 0.0, "−2,6", 0.0,
                       "≥ 0,0", True, "pj", 2, "Triwulan IV 2025")
    return followup_review.Reviewed(row, followup_review.Measured(None, published_rows.POINTS),
                                    facts.Verdict("not_met"))


@pytest.mark.parametrize("lang, code, quoted", [
    ("id", "KENAIKAN-KESEHATAN", "lanjutan baris ini dari rencana 2024: −2,6 pada 2024, target ≥ 0,0 belum "
                                 "tercapai"),
    ("en", "KENAIKAN-SATPOL-PP", "carried on from this row of the 2024 plan: −2,6 in 2024, target ≥ 0,0 not met"),
], ids=["id", "en"])
def test_a_row_carried_under_its_own_code_does_not_repeat_the_code_in_its_sentence(lang, code, quoted):
    """LOOK10 N-10: the province plan's row KENAIKAN-KESEHATAN said '(lanjutan rencana 2024, baris KENAIKAN-KESEHATAN:
    …)' in its Kegiatan cell, too narrow for the code: the PDF broke it 'KENAIKAN-' / 'KESEHATAN', and LibreOffice
    breaks any code at its hyphen in the Word version (no no-break run in Word; a non-breaking hyphen is copied as
    another character, so a code copied from the cell would not be the sheet's). The row's code is in the Kode column
    beside it: the sentence says 'this row'; a row that replaces another still names it."""
    from evalasn.report.chapters import followup_review

    shown = followup_review.history(_last_year(code), lang, code)
    assert shown == quoted
    assert code not in shown
    replaced = followup_review.history(_last_year("KECIL-E-LEARNING"), lang, "STOP-E-LEARNING")
    assert "KECIL-E-LEARNING" in replaced
