"""The HTML on a phone (390 px) and a laptop (1366 px), laid out by Chromium (issue 22, reader review 2 #9 and #18,
REVIEW #16): the index keeps every column within reach (it scrolls sideways under the names, with a cue), so no
footnote mark points to a hidden column; a report's figure fits the phone's screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from evalasn.analysis.contract import Interval
from evalasn.paths import TEMPLATES, project
from evalasn.report.chapters import html
from evalasn.report.charts import figures
from evalasn.report.formats import index
from evalasn.report.words.text import t
from tests.chromium import measured

pytestmark = pytest.mark.skipif(shutil.which("chromium") is None,
                                reason="Debian's chromium is not installed (make system-deps)")

# Measured in the page, laid out in an iframe of the width asked for (a headless window is at least 500 px wide
# and scales a narrower one down, so its own viewport is never 390 px); the result is written into the page.
MEASURE = """
<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{page}" style="border:0;width:{width}px;height:900px">
</iframe><script>
document.getElementById('f').addEventListener('load', function () {{
  var doc = this.contentDocument, win = this.contentWindow;
  function box(e) {{ var r = e.getBoundingClientRect(); return [r.left, r.right, r.width, r.height]; }}
  function shown(e) {{ var s = win.getComputedStyle(e); return s.display !== 'none' && s.visibility !== 'hidden'
                       && e.getBoundingClientRect().width > 0; }}
  function captions(block) {{  // the caption's box as laid out and with the table scrolled to its right end
    var caption = block.querySelector('caption'), found = [];
    if (!caption) return null;
    found.push(box(caption));
    block.scrollLeft = block.scrollWidth;
    found.push(box(caption));
    block.scrollLeft = 0;
    return {{boxes: found, scroll: caption.scrollWidth, client: caption.clientWidth}};
  }}
  var out = {{viewport: win.innerWidth, tables: [], figures: [], hints: []}};
  doc.querySelectorAll('.table-block').forEach(function (block) {{
    var cells = block.querySelectorAll('th, td');
    out.tables.push({{cls: block.querySelector('table').className, cells: cells.length,
      hidden: Array.prototype.filter.call(cells, function (c) {{ return !shown(c); }}).length,
      marks_hidden: Array.prototype.filter.call(block.querySelectorAll('sup'),
                                                function (m) {{ return !shown(m); }}).length,
      scroll: block.scrollWidth, client: block.clientWidth,
      cue: win.getComputedStyle(block).backgroundImage.indexOf('radial-gradient') >= 0,
      sticky: win.getComputedStyle(block.querySelector('td')).position,
      stack: block.classList.contains('stack'), right: box(block.querySelector('table'))[1],
      head: box(block.querySelector('thead'))[3],
      labels: Array.prototype.map.call(block.querySelectorAll('tbody tr:first-child td'), function (c) {{
        return win.getComputedStyle(c, '::before').content; }}),
      tallest: Math.max.apply(null, Array.prototype.map.call(block.querySelectorAll('td'),
                                                               function (c) {{ return box(c)[3]; }})),
      seen: [box(block)[0], box(block)[0] + block.clientLeft + block.clientWidth],
      caption: captions(block),
      kodes: Array.prototype.map.call(block.querySelectorAll('td:not(:first-child) span.kode'), function (k) {{
        var cell = box(k.closest('td')); return (box(k)[0] - cell[0]) / cell[2]; }})}});
  }});
  doc.querySelectorAll('figure').forEach(function (fig) {{
    var img = fig.querySelector('img');
    var shown = {{img: box(img), natural: parseFloat(img.style.width) * 96, scroll: fig.scrollWidth,
                  client: fig.clientWidth, caption: box(fig.querySelector('figcaption')),
                  margin: win.getComputedStyle(fig).scrollMarginTop, right: box(fig)[1],
                  cue: win.getComputedStyle(fig).backgroundImage.indexOf('radial-gradient') >= 0,
                  hint: win.getComputedStyle(fig.querySelector('figcaption'), '::before').content}};
    out.figures.push(shown);
  }});
  doc.querySelectorAll('.scroll-hint').forEach(function (e) {{ out.hints.push(shown(e)); }});
  out.signature = Array.prototype.map.call(doc.querySelectorAll('.signature p'), function (p) {{
    var lines = doc.createRange(); lines.selectNodeContents(p);  // a line box of its text per line
    var tops = {{}};  // one per line: a span in the line (the date, chapters.front.date_html) has boxes of its own
    Array.prototype.forEach.call(lines.getClientRects(), function (r) {{ tops[Math.round(r.top)] = 1; }});
    return [p.className, Object.keys(tops).length]; }});
  var pre = document.createElement('pre'); pre.id = 'out'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}});
</script></body></html>
"""


def laid_out(page: Path, width: int, tmp_path: Path, anchor: str = "") -> dict:
    """What Chromium lays out of ``page`` at ``width`` CSS px (MEASURE), opened at ``anchor``."""
    found = measured(MEASURE.format(page=page.as_uri() + (f"#{anchor}" if anchor else ""), width=width), width,
                     tmp_path)
    assert found["viewport"] == width
    return found


@pytest.fixture(scope="module")
def index_page(pipeline_root, tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("indeks") / "index.html"
    page.write_text(index.index_page(project(pipeline_root), "id")[0], encoding="utf-8")
    return page


def test_on_a_phone_every_index_column_is_in_reach(index_page, tmp_path):
    """At 390 px nothing of either table is hidden, so no footnote mark (the province's '–ᵃ') points to a column
    the reader cannot see; the tables scroll sideways with the shadow cue and a line saying so, the names stay."""
    measured = laid_out(index_page, 390, tmp_path)
    tables = {table["cls"].split()[0]: table for table in measured["tables"]}
    assert set(tables) == {"index-table", "years-table"}
    for table in tables.values():
        assert table["cells"] > 20 and table["hidden"] == 0 and table["marks_hidden"] == 0, table
        assert table["scroll"] > table["client"] and table["cue"], table  # wider than the screen: it scrolls
        assert table["sticky"] == "sticky", table  # the agency's name stays at the left
    assert measured["hints"] == [True]


def test_on_a_laptop_the_index_fits_without_the_hint(index_page, tmp_path):
    measured = laid_out(index_page, 1366, tmp_path)
    for table in measured["tables"]:
        assert table["hidden"] == 0 and table["scroll"] <= table["client"] + 1, table
        assert table["sticky"] == "static", table
    assert measured["hints"] == [False]


@pytest.fixture(scope="module")
def figure_page(contexts, tmp_path_factory) -> Path:
    """A report page's CSS with one of its figures (Gambar 2's kind: a dot per method with its interval), as the
    report's HTML embeds it, and kesehatan's Kata Pengantar after it (signed with the draft's dotted lines)."""
    from evalasn.report.chapters import front

    estimates: list[Interval] = [{"estimasi": 3.8 + step / 20, "ci_bawah": 3.7 + step / 20,
                                  "ci_atas": 3.9 + step / 20, "n": 200, "cukup_data": True} for step in range(5)]
    fig = figures.estimates(estimates, ["pelatihan", "workshop", "seminar", "mentoring", "e-learning"],
                            "Skor reaksi (1–5)", "id")
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    page = tmp_path_factory.mktemp("gambar") / "gambar.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    '<main class="laporan"><p>Teks laporan.</p>'
                    + html.figure(fig, "Gambar 2. Rata-rata skor reaksi per metode", "Skor reaksi")
                    .replace("<figure>", '<figure id="gambar-2">') + front.foreword(contexts[("kesehatan", "id")]) +
                    "</main></body></html>", encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def figure_on_phone(figure_page, tmp_path_factory) -> dict:
    """figure_page as Chromium lays it out at 390 px (one run for the tests that read it)."""
    return laid_out(figure_page, 390, tmp_path_factory.mktemp("telepon"))


def test_a_figure_on_a_phone_fits_the_screen(figure_on_phone):
    """Issue 22.8 (L3): at its A4 width (so that its labels were as large as printed, reader review 2 #18) a figure
    was half as wide again as the phone's screen and scrolled, Gambar 8's dots past the edge: it is drawn at the
    screen's width, whole, with its caption."""
    (figure,) = figure_on_phone["figures"]
    assert figure["img"][2] <= figure["client"] + 0.5 and figure["scroll"] <= figure["client"] + 1, figure
    assert figure["right"] <= 390 and figure["img"][2] >= 0.9 * (390 - 2 * 0.75 * 14)  # the screen's width
    assert figure["caption"][1] <= 390
    assert figure["margin"] == "0px"


def test_on_a_phone_the_signatures_dotted_lines_are_whole(figure_on_phone):
    """At 390 px the signature block on the right half of the screen broke the dotted name line in two
    ('........................................' / '......'): place and date, the name's and the NIP's dotted lines
    are each one line on the phone (the office's long name wraps)."""
    lines = figure_on_phone["signature"]
    assert [count for kind, count in lines if kind == "signature-name"] == [1], lines
    assert lines[0][1] == 1 and lines[-1][1] == 1, lines  # 'Jakarta, 6 Desember 2026' and 'NIP .....'


def test_a_figure_reached_from_the_list_of_figures_is_not_under_the_running_head(figure_page, tmp_path):
    (figure,) = laid_out(figure_page, 390, tmp_path, anchor="gambar-2")["figures"]
    assert float(figure["margin"].removesuffix("px")) >= 48  # the running head is 44 px tall on a phone


def test_a_figure_on_a_laptop_is_as_printed_without_scrolling(figure_page, tmp_path):
    (figure,) = laid_out(figure_page, 1366, tmp_path)["figures"]
    assert figure["img"][2] == pytest.approx(figure["natural"], abs=1)
    assert figure["scroll"] <= figure["client"] + 1


LONG_CAPTION = "Tabel 18. Rencana tindak lanjut Pemerintah Provinsi DKI Jakarta untuk tahun anggaran berikutnya"


@pytest.fixture(scope="module")
def table_page(tmp_path_factory) -> Path:
    """A report page's CSS with a wide table (the follow-up plan's kind: seven columns of words) under a long
    caption, in a page taller than the screen (so the browser draws a scroll bar, as on a laptop)."""
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    header = ["Kode", "Kegiatan tindak lanjut", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab", "Waktu"]
    row = ["STOP-E-LEARNING", "Hentikan e-learning atau rancang ulang di Kesehatan sebelum dianggarkan lagi",
           "Kenaikan nilai peserta e-learning 2026 (poin)", "−0,6 (−2,1 s.d. 0,8)", "≥ 2,2",
           "Sekretariat Dinas Kesehatan bersama BPSDM", "Triwulan II 2026"]
    filler = "<p>Teks laporan yang panjang sebelum tabel.</p>" * 40
    page = tmp_path_factory.mktemp("tabel") / "tabel.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{filler}' + html.table(header, [row] * 3, LONG_CAPTION, {3, 4}) +
                    f"{filler}</main></body></html>", encoding="utf-8")
    return page


@pytest.mark.parametrize("width", [390, 1366], ids=["phone", "laptop"])
def test_a_table_caption_stays_whole_in_view_while_its_table_scrolls(table_page, tmp_path, width):
    """REVIEW3 24: at 390 px the caption sat in the sideways-scrolling box, as wide as the screen with its scroll
    bar, and was cut at the box's edge ('... Pemerintah Provin|'). It is as wide as the box's visible part, wraps,
    and stays there when the table is scrolled to its right end."""
    (table,) = laid_out(table_page, width, tmp_path)["tables"]
    left, right = table["seen"]
    caption = table["caption"]
    for caption_left, caption_right, _, _ in caption["boxes"]:
        assert left - 0.5 <= caption_left and caption_right <= right + 0.5, (caption, table["seen"])
    assert caption["scroll"] <= caption["client"], caption  # its words wrap inside it, none runs past its edge
    if width == 390:
        assert table["scroll"] > table["client"]  # the table itself is wider than the phone: it scrolls
        assert caption["boxes"][0][3] > 30  # the caption wraps onto a second line


PLAN_HEADER = ["Kode", "Kegiatan tindak lanjut", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab", "Waktu"]
PLAN_ROW = ["CAKUPAN", "Jadwalkan sedikitnya satu kegiatan bagi ASN yang belum pernah ikut, dimulai dari dinas dengan "
            "cakupan terendah: Sumber Daya Air, Satpol PP, KPKP (lanjutan rencana 2024, baris CAKUPAN: 46,8% pada "
            "2024, target ≥ 100% belum tercapai)", "% ASN yang mengikuti ≥ 1 kegiatan pada 2026", "71,0%", "≥ 100%",
            "Sekretariat setiap dinas (subbagian kepegawaian) bersama BPSDM", "Triwulan IV 2026"]
KEY_HEADER = ["Peringkat (rentang 95%)", "Dinas", "Cakupan ASN (%)", "PNS ≥ 20 JP (%)",
              "Kenaikan nilai, disesuaikan (model campuran; rentang keyakinan 95%)", "IKM konversi",
              "Realisasi anggaran (%)", "Biaya per poin (Rp)"]
KEY_ROW = ["1 (1–3)", "Pertamanan dan Hutan Kota", "76,1%", "71,3%", "11,9 (11,1–12,8)", "80,72 B", "78,9%",
           "Rp 187.210"]


@pytest.fixture(scope="module")
def wide_tables_page(tmp_path_factory) -> Path:
    """A report page's CSS with a plan table of long texts (provinsi Tabel 18's kind) and
    a table of figures per agency (Tabel 11's kind), numbered as the renderer numbers them."""
    from evalasn.report.formats import render

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = render.number_and_list(html.table(PLAN_HEADER, [PLAN_ROW] * 3, "Rencana tindak lanjut", {3, 4})
                                  + html.table(KEY_HEADER, [KEY_ROW] * 8, "Angka kunci per dinas", set(range(2, 8))),
                                  "id")
    page = tmp_path_factory.mktemp("lebar") / "lebar.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{body}</main></body></html>', encoding="utf-8")
    return page


def test_on_a_phone_a_table_of_long_texts_stacks_and_a_table_of_figures_scrolls(wide_tables_page, tmp_path):
    """Issue 22.8 (L3): provinsi Tabel 18 at 390 px was four screens wide, its actions twenty lines a cell in 7rem
    columns. A table of long texts wider than the screen is stacked: no sideways scroll, each cell names its column,
    no cell taller than a screen's third; a table of figures keeps scrolling under the shadow cue."""
    plan, figures_table = laid_out(wide_tables_page, 390, tmp_path)["tables"]
    assert plan["stack"] and not figures_table["stack"]
    assert plan["scroll"] <= plan["client"] + 1 and plan["right"] <= 390, plan
    assert [label.strip('"') for label in plan["labels"]] == [html.hold_together(h) for h in PLAN_HEADER]
    assert plan["tallest"] < 300, plan
    assert figures_table["scroll"] > figures_table["client"] and figures_table["cue"], figures_table


def test_a_code_inside_a_stacked_cell_stays_in_its_text(tmp_path):
    """LOOK11 L-1: at 390 px a plan action quoting a row code ("... baris PPPK-JP: 33,8% ...") was torn in three: a
    stacked cell is a grid of its column name and its content, and the text, the code's no-break span and the text
    after it were three grid items, the code dropped into the column of names. The content is one item: every code
    stands in the text's column, right of the names (at least the 35% the names take)."""
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    row = [PLAN_ROW[0], PLAN_ROW[1].replace("baris CAKUPAN", "baris PPPK-JP"), *PLAN_ROW[2:]]
    page = tmp_path / "kode.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{html.table(PLAN_HEADER, [row] * 3, "Rencana", {3, 4})}</main></body>'
                    "</html>", encoding="utf-8")
    (plan,) = laid_out(page, 390, tmp_path)["tables"]
    assert plan["stack"] and len(plan["kodes"]) == 3, plan
    assert min(plan["kodes"]) >= 0.35, plan["kodes"]


def test_on_a_laptop_no_table_is_stacked_and_headers_wrap_at_their_columns_width(wide_tables_page, tmp_path):
    """At 1366 px the columns are as wide as in print (their content): Tabel 11's long header stood one word a line
    above a number column the browser made as narrow as its numbers."""
    plan, figures_table = laid_out(wide_tables_page, 1366, tmp_path)["tables"]
    for table in (plan, figures_table):
        assert table["labels"][0] in ("none", "normal"), table  # no column names before the cells
        assert table["scroll"] <= table["client"] + 1, table
    assert figures_table["head"] < 6 * 20, figures_table  # the long header in at most five lines, not eight



@pytest.fixture(scope="module")
def trend_page(contexts, tmp_path_factory) -> Path:
    """A report page's CSS with kesehatan's trend table (Tabel 11 'per tahun'), numbered as the renderer numbers it."""
    from evalasn.report.chapters import comparison
    from evalasn.report.formats import render

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = render.number_and_list(comparison.trend_table(contexts[("kesehatan", "id")]), "id")
    page = tmp_path_factory.mktemp("tren") / "tren.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{body}</main></body></html>', encoding="utf-8")
    return page


def test_on_a_phone_the_trend_table_shows_the_evaluated_year_without_scrolling(trend_page, contexts, tmp_path):
    """LOOK26 X-7: at 390 px Tabel 11 scrolled sideways under its pinned Indikator column and opened with 2023 and
    2024 in view, the evaluated year's column starting at the screen's edge. Each indicator is a block of its years
    (stacked, as the plan table): nothing scrolls, every year's cell names its year, the evaluated year's among them,
    and the change from last year after them names itself (LOOK28 Z-1)."""
    (table,) = laid_out(trend_page, 390, tmp_path)["tables"]
    years = [str(row["tahun"]) for row in contexts[("kesehatan", "id")].hasil["tren"]]
    change = t("pos_trend_change_h", "id", tahun=int(years[-1]) - 1)
    assert table["stack"] and table["scroll"] <= table["client"] + 1 and table["right"] <= 390, table
    assert [label.strip('"') for label in table["labels"][1:]] == years + [change], table["labels"]
    assert years[-1] == str(contexts[("kesehatan", "id")].hasil["tahun"])


def test_on_a_laptop_the_trend_table_is_a_table(trend_page, tmp_path):
    (table,) = laid_out(trend_page, 1366, tmp_path)["tables"]
    assert table["labels"][0] in ("none", "normal") and table["scroll"] <= table["client"] + 1, table


@pytest.fixture(scope="module")
def trend_figure_page(contexts, tmp_path_factory) -> Path:
    """Kesehatan's trend figure (seven panels: the key figures and PPPK above the cap) as the report's HTML numbers
    and embeds it."""
    from evalasn.report.chapters import comparison
    from evalasn.report.formats import render

    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = render.number_and_list(comparison.trend_figure(contexts[("kesehatan", "id")]), "id")
    page = tmp_path_factory.mktemp("gambar-tren") / "tren.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{body}</main></body></html>', encoding="utf-8")
    return page


def test_on_a_phone_the_many_panel_trend_figure_keeps_its_printed_size_and_scrolls(trend_figure_page, tmp_path):
    """LOOK28 Z-5: at the screen's width the trend figure's tick labels were about 6 px high. It keeps its printed
    width in a box that scrolls sideways with the tables' cue; its caption stays within the screen."""
    (figure,) = laid_out(trend_figure_page, 390, tmp_path)["figures"]
    assert figure["img"][2] == pytest.approx(figure["natural"], abs=1), figure
    assert figure["scroll"] > figure["client"] and figure["cue"], figure
    assert figure["right"] <= 390 and figure["caption"][1] <= 390, figure
    # and says so over its caption, as a wide table does (LOOK31 C-5: 4 of its 6 panels in view, a faint shade); the
    # line is shown by a scroll-driven animation only while the box scrolls, whose timing a loaded test machine does
    # not settle before the measure: the line's text is checked here, its showing by eye (closing note)
    assert "geser ke samping untuk melihat semua panel" in figure["hint"], figure


def test_on_a_laptop_the_trend_figure_fits_without_scrolling(trend_figure_page, tmp_path):
    (figure,) = laid_out(trend_figure_page, 1366, tmp_path)["figures"]
    assert figure["img"][2] == pytest.approx(figure["natural"], abs=1) and figure["scroll"] <= figure["client"] + 1
