"""The report's figures reach WeasyPrint by reference (report.formats.figures_by_reference): the PDF has the
same pages, text and images as from the data URLs, an equal figure embedded once, other URLs as before."""

from __future__ import annotations

import base64
import io
from typing import cast

import pytest
from PIL import Image
from pypdf import PdfReader

from evalasn.report.formats import figures_by_reference


def _png(colour: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


RED, BLUE = _png((200, 30, 30)), _png((30, 30, 200))
SVG_LOGO = "data:image/svg+xml;base64," + base64.b64encode(
    b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>").decode()
HTML = (f'<html><body><p>Gambar satu</p><img src="data:image/png;base64,{RED}" alt="merah"/>'
        f'<p>Gambar dua</p><img src="data:image/png;base64,{BLUE}" alt="biru"/>'
        f'<p>Gambar satu lagi</p><img src="data:image/png;base64,{RED}" alt="merah lagi"/>'
        f'<img class="cover-logo" src="{SVG_LOGO}" alt="logo"/></body></html>')


def _pdf(html: str, fetcher=None) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()


def _seen(data: bytes) -> tuple[list[str], list[list[bytes]], int, list[int]]:
    """Each page's text, its images as pixels, how many image objects the pages use, and how many
    times each page draws one."""
    reader = PdfReader(io.BytesIO(data))
    pixels = [[image.image.convert("RGB").tobytes() for image in page.images if image.image is not None]
              for page in reader.pages]
    objects = {reference.idnum for page in reader.pages
               for reference in cast(dict, page["/Resources"]).get("/XObject", {}).values()}
    drawn = []
    for page in reader.pages:
        contents = page.get_contents()
        drawn.append(contents.get_data().count(b" Do") if contents is not None else 0)
    return [page.extract_text() for page in reader.pages], pixels, len(objects), drawn


def test_the_pdf_shows_the_same_text_and_images_and_embeds_an_equal_figure_once():
    light, fetcher = figures_by_reference.by_reference(HTML)
    assert "data:image/png" not in light and light.count(figures_by_reference.SCHEME) == 3
    assert SVG_LOGO in light  # not a report figure: fetched by WeasyPrint as before
    seen, own = _seen(_pdf(light, fetcher)), _seen(_pdf(HTML))
    assert seen == own
    text, pixels, objects, drawn = seen
    assert len(pixels[0]) == 2 and drawn[0] >= 3, "two figures, the first drawn twice from one image object"


@pytest.mark.parametrize("html", [
    pytest.param("<p>Tanpa gambar</p>", id="no-figure"),
    pytest.param('<img src="data:image/jpeg;base64,/9j/4AAQ" alt="jpeg"/>', id="not-a-png-figure"),
])
def test_html_without_report_figures_is_left_as_it_is(html):
    assert figures_by_reference.by_reference(html)[0] == html
