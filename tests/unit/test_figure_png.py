"""A report figure's PNG (report.chapters.html.png_rgb): the figure's own pixels, opaque RGB at the print
resolution, rows unfiltered so that the flat colours compress well, and rows the PDF can embed as they are."""

from __future__ import annotations

import io
import zlib

import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

from evalasn.report.chapters import figure_png, html
from evalasn.run.fastpath import pdf as fast_pdf


def _figure(kind: str):
    fig, ax = plt.subplots(figsize=(3.0, 1.6))
    if kind == "lines":
        ax.plot([0, 1, 2], [3, 1, 2], "o-", color="#0072B2")
        ax.set_title("Tahun 2023–2025")
    else:  # many faint points: colours blended by anti-aliasing and transparency
        points = np.random.default_rng(1).normal(size=(400, 2))
        ax.scatter(points[:, 0], points[:, 1], s=6, alpha=0.3, color="#E69F00")
    return fig


def _pixels(fig) -> np.ndarray:
    fig.set_dpi(figure_png.FIGURE_DPI)
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[:, :, :3].copy()


@pytest.mark.parametrize("kind", ["lines", "scatter"])
def test_the_png_holds_the_figures_pixels_as_rgb_at_the_print_resolution(kind):
    expected = _pixels(_figure(kind))
    image = Image.open(io.BytesIO(html.png_rgb(_figure(kind))))
    assert image.mode == "RGB" and image.size == (expected.shape[1], expected.shape[0])
    assert image.info["dpi"] == pytest.approx((figure_png.FIGURE_DPI, figure_png.FIGURE_DPI), abs=0.05)
    assert np.array_equal(np.asarray(image), expected)


@pytest.mark.parametrize("kind", ["lines", "scatter"])
def test_the_rows_are_unfiltered_and_compress_better_than_pillows_adaptive_filters(kind):
    pixels = _pixels(_figure(kind))
    data = figure_png.png_bytes(pixels, figure_png.FIGURE_DPI)
    chunks = fast_pdf.png_chunks(data)
    assert chunks is not None and [name for name, _ in chunks] == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]
    rows = zlib.decompress(b"".join(body for name, body in chunks if name == b"IDAT"))
    stride = pixels.shape[1] * 3 + 1
    assert rows[::stride] == bytes(pixels.shape[0])  # filter type 0 on every row
    pillow = io.BytesIO()
    Image.fromarray(pixels).save(pillow, format="png", dpi=(figure_png.FIGURE_DPI, figure_png.FIGURE_DPI))
    assert len(data) < len(pillow.getvalue())


def test_the_png_is_one_the_pdf_embeds_as_it_is():
    """8-bit RGB, not interlaced: evalasn.run.fastpath.pdf takes its rows without decoding them."""
    chunks = fast_pdf.png_chunks(html.png_rgb(_figure("lines")))
    assert chunks is not None
    header = dict(chunks)[b"IHDR"]
    assert header[8] == 8 and fast_pdf.PLAIN_COLOUR_TYPES.get(header[9]) == "RGB" and header[12] == 0
