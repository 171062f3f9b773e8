"""The running head and the page number (report.css @page): with the widths the stylesheet gives their margin boxes,
every line of their text stands where WeasyPrint's own sharing of the width put it, short or wrapping, and the
boxes are as wide as the page's text."""

from __future__ import annotations

import pytest

from evalasn.report.formats.render import CSS_FILE

WIDTHS = (("@top-center { content: element(header); width: 100%; }", "@top-center { content: element(header); }"),
          ('color: #5b6672; width: 100%; }', "color: #5b6672; }"))
PAGE_WORDS = ('<style>@page { @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); } } '
              "@page:first { @bottom-right { content: none; } @top-center { content: none; } }</style>")


def _css(with_widths: bool) -> str:
    css = CSS_FILE.read_text(encoding="utf-8")
    for given, auto in WIDTHS:
        assert given in css, "report.css no longer gives the margin boxes a width"
        css = css if with_widths else css.replace(given, auto)
    return css


def _margin_lines(header: str, with_widths: bool) -> tuple[list[tuple], list[float]]:
    """(page, text, x, y, width) of every line in the margin boxes; the widths of the margin boxes."""
    import weasyprint

    chapters = "".join(f"<section class='chapter'><h2>Bab {number}</h2><p>{'Isi bab. ' * 40}</p></section>"
                       for number in range(3))
    html = (f"<html lang='id'><head><style>{_css(with_widths)}</style></head><body><main class='laporan'>"
            f"{PAGE_WORDS}<div class='running-header'>{header}</div><section class='cover'><h1>Laporan</h1></section>"
            f"{chapters}</main></body></html>")
    lines, widths = [], []
    for number, page in enumerate(weasyprint.HTML(string=html).render().pages):
        for margin_box in page._page_box.children[1:]:
            widths.append(round(margin_box.width, 3))
            for box in margin_box.descendants():
                if type(box).__name__ == "LineBox":
                    text = "".join(getattr(child, "text", "") for child in box.descendants())
                    lines.append((number, text, round(box.position_x, 3), round(box.position_y, 3),
                                  round(sum(getattr(child, "width", 0) or 0 for child in box.children), 3)))
    return lines, widths


@pytest.mark.parametrize("header", [
    pytest.param("Dinas Kesehatan · Tahun evaluasi 2025 · <strong class='synthetic-mark'>DATA SINTETIS</strong>",
                 id="one-line"),
    pytest.param("Dinas Penanggulangan Kebakaran dan Penyelamatan, Satuan Polisi Pamong Praja dan Perlindungan "
                 "Masyarakat · Tahun evaluasi 2025 · <strong class='synthetic-mark'>DATA SINTETIS — bukan data "
                 "sebenarnya</strong>", id="wrapping"),
])
def test_margin_text_where_weasyprint_put_it(header):
    own, _ = _margin_lines(header, with_widths=False)
    lines, widths = _margin_lines(header, with_widths=True)
    assert len({line[0] for line in own}) == 3, "head and page number on every page but the cover"
    assert lines == own
    page_text_width = round((21 - 4) / 2.54 * 96, 3)  # A4 less 2 cm each side, in CSS px
    assert set(widths) == {page_text_width}
