"""On a phone a follow-up plan table keeps its first column, the row's code, in view while it scrolls sideways,
as the index keeps its agency names (reader review 4, item 17: Tabel 16/18 scrolled showed "64,8% | ≥ 100%"
without the row's code). Laid out by Chromium at 390 and 1366 px."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from evalasn.paths import TEMPLATES
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import followup, html
from evalasn.report.formats import render
from tests.chromium import measured

HEADER = ["Kode", "Kegiatan tindak lanjut", "Indikator", "Nilai 2025", "Target 2026", "Penanggung jawab", "Waktu"]
ROW = ["JP20", "Jadwalkan pengembangan untuk PNS yang belum 20 JP, mulai dari unit terendah",
       "Persentase PNS dengan ≥ 20 JP setahun (%)", "64,8% (63,3–66,4)", "≥ 100%", "BPSDM dan sekretariat dinas",
       "Triwulan II 2026"]

# the first cell's left edge and the box's, with the table scrolled to its right end, measured in an iframe of
# the width asked for (a headless window is at least 500 px wide)
MEASURE = """<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{page}"
style="border:0;width:{width}px;height:900px"></iframe><script>
document.getElementById('f').addEventListener('load', function () {{
  var doc = this.contentDocument, out = [];
  doc.querySelectorAll('.table-block').forEach(function (block) {{
    block.scrollLeft = block.scrollWidth;
    var cells = block.querySelectorAll('tbody td');
    out.push({{pin: block.classList.contains('pin'), box: block.getBoundingClientRect().left,
               first: cells[0].getBoundingClientRect().left, second: cells[1].getBoundingClientRect().left,
               scrolled: block.scrollLeft}});
  }});
  var pre = document.createElement('pre'); pre.id = 'out'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}});
</script></body></html>"""


def _laid_out(page: Path, width: int, folder: Path) -> list[dict]:
    return measured(MEASURE.format(page=page.as_uri(), width=width), width, folder)


@pytest.fixture(scope="module")
def plan_page(tmp_path_factory) -> Path:
    """A report page's CSS with a plan table (pinned: its first text column is the code, html.label_column) and
    the same cells as numbers only (no label column, so no pin), numbered as the report's renderer numbers them."""
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    body = render.number_and_list(html.table(HEADER, [ROW] * 3, "Rencana tindak lanjut", {3, 4})
                                  + html.table(HEADER, [ROW] * 3, "Tabel lain", set(range(len(HEADER)))), "id")
    page = tmp_path_factory.mktemp("rencana") / "rencana.html"
    page.write_text('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" '
                    f'content="width=device-width, initial-scale=1"><style>{css}</style></head><body>'
                    f'<main class="laporan">{body}</main></body></html>', encoding="utf-8")
    return page


def test_the_renderer_keeps_the_pin_when_it_numbers_the_table():
    numbered = render.number_and_list(html.table(HEADER, [ROW], "Rencana", {3, 4}), "id")
    assert re.search(r'<div class="table-block pin" id="tabel-1"><table>', numbered), numbered


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make system-deps)")
def test_on_a_phone_the_plan_keeps_its_code_in_view_when_scrolled(plan_page, tmp_path):
    pinned, plain = _laid_out(plan_page, 390, tmp_path)
    assert pinned["pin"] and not plain["pin"]
    assert pinned["scrolled"] > 100 and plain["scrolled"] > 100, (pinned, plain)  # both scroll sideways
    assert pinned["first"] == pytest.approx(pinned["box"], abs=1)  # the code at the box's left edge
    assert pinned["second"] < pinned["box"]  # the cells after it went under it
    assert plain["first"] < plain["box"] - 100  # without the pin the code scrolls out of view


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make system-deps)")
def test_on_a_laptop_the_plan_does_not_scroll(plan_page, tmp_path):
    pinned, _ = _laid_out(plan_page, 1366, tmp_path)
    assert pinned["scrolled"] == 0 and pinned["first"] == pytest.approx(pinned["box"], abs=1)


@pytest.mark.parametrize("slug", [PROVINCE_SLUG, "kesehatan"])
def test_the_report_stacks_or_pins_its_plan_table(contexts, slug):
    """The sample's plans hold long actions: stacked on a phone (report.chapters.html.stacks_on_phone, issue 22.8),
    which keeps each row's code with its cells; a plan of short rows would scroll with its code pinned."""
    chapter = followup.chapter(contexts[(slug, "id")])
    assert '<div class="table-block stack"><table><caption>Rencana tindak lanjut' in chapter
