"""LOOK25 W-3: at 390 px Tabel 1 scrolled sideways showed a column of "belum tercapai" without its indicators, and
provinsi Tabel 11 figures without their agencies; only the 2024-plan review was pinned, by a per-table flag. Every
report table that is not stacked keeps its label column (its first text column, report.chapters.html.label_column)
in view while it scrolls, and carries the index's line "Tabel lebih lebar dari layar: geser ke samping …", which the
page shows only while the table's box scrolls (a scroll timeline, no script). Print is untouched: the pin and the
line are screen rules."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from evalasn.paths import TEMPLATES
from evalasn.report.chapters import html
from evalasn.report.formats import render
from tests.chromium import measured

KEY_HEADER = ["Indikator", "Dinas 2025", "Dinas 2024", "Provinsi 2025", "Target", "Status"]
KEY_ROW = ["Cakupan ASN (%)", "66,4% (63,1–69,6)", "49,7% (42,7–56,8)", "71,2% (70,4–72,0)", "≥ 100%",
           "belum tercapai"]
RANKED_HEADER = ["Peringkat (rentang 95%)", "Dinas", "Cakupan ASN (%)", "PNS ≥ 20 JP (%)",
                 "Kenaikan nilai, disesuaikan (model campuran; rentang keyakinan 95%)", "IKM konversi",
                 "Realisasi anggaran (%)", "Biaya per poin (Rp)"]
RANKED_ROW = ["1 (1–3)", "Pertamanan dan Hutan Kota", "76,1%", "71,3%", "11,9 (11,1–12,8)", "80,72 B", "78,9%",
              "Rp 187.210"]
PLAN_HEADER = ["Kode", "Kegiatan tindak lanjut", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab",
               "Waktu"]
PLAN_ROW = ["CAKUPAN", " ".join(["Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut"] * 3),
            "% ASN yang mengikuti ≥ 1 kegiatan pada 2026", "71,0%", "≥ 100%",
            "Sekretariat setiap dinas (subbagian kepegawaian) bersama BPSDM", "Triwulan IV 2026"]


def _pinned_cells(markup: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r'<t[hd] class="pin">(.*?)</t[hd]>', markup)]


@pytest.mark.parametrize(("header", "row", "numeric", "pinned"), [
    (KEY_HEADER, KEY_ROW, {1, 2, 3, 4}, "Indikator"),
    (RANKED_HEADER, RANKED_ROW, {0, 2, 3, 4, 5, 6, 7}, "Dinas"),
    (["Tahun", "Pagu", "Realisasi"], ["2025", "Rp 309 juta", "Rp 289 juta"], {1, 2}, "Tahun"),
], ids=["key-figures-indicator", "province-agency-after-its-rank", "budget-year"])
def test_a_tables_label_column_is_pinned_without_being_asked(header, row, numeric, pinned):
    markup = html.table(header, [row] * 3, "Angka kunci", numeric)
    assert re.search(rf'<div class="table-block pin" data-pin="{re.escape(html.escape(pinned))}"><table>', markup)
    column = header.index(pinned)
    assert _pinned_cells(markup) == [html.hold_together(pinned)] + [html.hold_together(row[column])] * 3


@pytest.mark.parametrize(("header", "row", "numeric"), [
    (["Tahun", "Pagu"], ["2025", "1"], {0, 1}),
    (PLAN_HEADER, PLAN_ROW, {3, 4}),
], ids=["numbers-only", "plan-stacked-on-a-phone"])
def test_a_table_without_a_label_column_or_stacked_is_not_pinned(header, row, numeric):
    markup = html.table(header, [row] * 3, "Tabel", numeric)
    block = re.search(r'<div class="table-block[^"]*"', markup)
    assert block is not None and "pin" not in block.group(0)
    assert not _pinned_cells(markup) and "data-pin" not in markup


@pytest.mark.parametrize(("lang", "hint"), [
    ("id", "Tabel lebih lebar dari layar: geser ke samping untuk melihat semua kolom; kolom Dinas tetap di kiri."),
    ("en", "The table is wider than the screen: scroll sideways to see every column; the Dinas column stays on the "
           "left."),
], ids=["id", "en"])
def test_the_renderer_puts_the_scroll_line_on_the_caption(lang, hint):
    numbered = render.number_and_list(html.table(RANKED_HEADER, [RANKED_ROW] * 3, "Angka kunci per dinas",
                                                 {0, 2, 3, 4, 5, 6, 7})
                                      + html.table(PLAN_HEADER, [PLAN_ROW] * 3, "Rencana", {3, 4}), lang)
    label = "Tabel" if lang == "id" else "Table"
    assert (f'<div class="table-block pin" id="tabel-1"><table><caption data-hint="{html.escape(hint)}">'
            f"{label} 1. Angka kunci per dinas</caption>") in numbered
    assert f'<div class="table-block stack" id="tabel-2"><table><caption>{label} 2. Rencana</caption>' in numbered


def test_the_pin_and_the_line_are_phone_screen_rules():
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    phone = css[css.index("@media screen and (max-width: 40rem)"):css.index("@media print")]
    assert re.search(r"\.table-block\.pin \.pin \{ position: sticky; left: 0;", phone)
    assert "animation-timeline: scroll(nearest inline)" in phone and "caption[data-hint]::after" in phone
    printed = css[css.index("@media print"):]
    assert "data-hint" not in printed and ".pin" not in printed


# Laid out in an iframe of the width asked for (a headless window is at least 500 px wide); each table scrolled to
# its right end: its pinned cells' left edges against the box's, and whether its caption's line shows
MEASURE = """<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{page}"
style="border:0;width:{width}px;height:900px"></iframe><script>
document.getElementById('f').addEventListener('load', function () {{
  var win = this.contentWindow, doc = this.contentDocument, out = [];
  setTimeout(function () {{
    doc.querySelectorAll('.table-block').forEach(function (block) {{
      var line = win.getComputedStyle(block.querySelector('caption'), '::after'), at = [];
      var shown = line.content !== 'none' && line.visibility === 'visible' && parseFloat(line.height) > 0;
      block.scrollLeft = block.scrollWidth;
      block.querySelectorAll('.pin').forEach(function (c) {{ at.push(c.getBoundingClientRect().left); }});
      out.push({{scrolls: block.scrollWidth > block.clientWidth + 1, line: shown, scrolled: block.scrollLeft,
                 box: block.getBoundingClientRect().left, pinned: at}});
    }});
    var pre = document.createElement('pre'); pre.id = 'out'; pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }}, 200);
}});
</script></body></html>"""


def _laid_out(page: Path, width: int, folder: Path) -> list[dict]:
    return measured(MEASURE.format(page=page.as_uri(), width=width), width, folder)


@pytest.fixture(scope="module")
def tables_page(tmp_path_factory) -> Path:
    """provinsi Tabel 11's kind (wide, its agency after its rank) and a table that fits a phone, numbered as the
    report's renderer numbers them, with the report's CSS."""
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = render.number_and_list(html.table(RANKED_HEADER, [RANKED_ROW] * 4, "Angka kunci per dinas",
                                             {0, 2, 3, 4, 5, 6, 7})
                                  + html.table(["Metode", "Kegiatan"], [["pelatihan", "8"]], "Kegiatan", {1}), "id")
    page = tmp_path_factory.mktemp("tabel") / "tabel.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{body}</main></body></html>', encoding="utf-8")
    return page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make system-deps)")
def test_on_a_phone_the_agencies_stay_and_the_line_shows_over_the_table_that_scrolls(tables_page, tmp_path):
    wide, small = _laid_out(tables_page, 390, tmp_path)
    assert wide["scrolls"] and wide["scrolled"] > 100 and wide["line"], wide
    assert all(left == pytest.approx(wide["box"], abs=1) for left in wide["pinned"]), wide  # the agencies in view
    assert not small["scrolls"] and not small["line"], small  # a table that fits says nothing


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make system-deps)")
def test_on_a_laptop_nothing_scrolls_and_no_line_shows(tables_page, tmp_path):
    for table in _laid_out(tables_page, 1366, tmp_path):
        assert not table["scrolls"] and not table["line"], table
