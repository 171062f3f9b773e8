"""The PDF shortcuts of the fast path (evalasn.run.fastpath.pdf) give WeasyPrint's own bytes, and
the PNG rows they embed as they are decode to the same pixels."""

from __future__ import annotations

import base64
import io
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader

from evalasn.run import fastpath
from evalasn.run.fastpath import pdf as fast_pdf


@pytest.fixture
def plain_libraries():
    """The libraries' own code before and after each test."""
    fast_pdf.uninstall()
    yield
    fast_pdf.uninstall()


def _pixel(mode: str, x: int, y: int) -> int | tuple[int, ...]:
    value = (x * 6 + y * 3) % 256
    colours: dict[str, int | tuple[int, ...]] = {"RGB": (value, 255 - value, (x * y) % 256), "L": value,
                                                 "RGBA": (value, 0, 255 - value, 128 + y), "P": x % 7,
                                                 "I;16": value * 200}
    return colours[mode]


def _png(mode: str, **save) -> bytes:
    image = Image.new(mode, (40, 24))
    for x in range(40):
        for y in range(24):
            image.putpixel((x, y), _pixel(mode, x, y))
    buffer = io.BytesIO()
    image.save(buffer, format="png", **save)
    return buffer.getvalue()


def _interlaced(data: bytes) -> bytes:
    """``data`` with its header marked interlaced (Pillow writes no interlaced PNG; only the header is read)."""
    header = bytearray(data[16:29])
    header[12] = 1
    crc = zlib.crc32(b"IHDR" + bytes(header)).to_bytes(4, "big")
    return data[:16] + bytes(header) + crc + data[33:]


def _idat(data: bytes) -> bytes:
    chunks = fast_pdf.png_chunks(data)
    assert chunks is not None
    return b"".join(body for kind, body in chunks if kind == b"IDAT")


PNGS = {
    "rgb": _png("RGB"),
    "grey": _png("L"),
    "rgba": _png("RGBA"),
    "palette": _png("P"),
    "rgb-interlaced": _interlaced(_png("RGB")),
    "grey-16-bit": _png("I;16"),
    "rgb-fast-zlib": _png("RGB", compress_level=1),
}


@pytest.mark.parametrize(("kind", "taken"), [
    pytest.param("rgb", True, id="rgb-8-bit"),
    pytest.param("grey", True, id="grey-8-bit"),
    pytest.param("rgb-fast-zlib", True, id="rgb-other-compression"),
    pytest.param("rgba", False, id="alpha-converted-by-weasyprint"),
    pytest.param("palette", False, id="palette"),
    pytest.param("rgb-interlaced", False, id="interlaced"),
    pytest.param("grey-16-bit", False, id="16-bit"),
])
def test_rows_taken_from_the_file_only_for_plain_8_bit_pngs(kind, taken):
    image = Image.open(io.BytesIO(PNGS[kind]))
    rows = fast_pdf.idat_if_plain(image)
    assert (rows == _idat(PNGS[kind])) if taken else rows is None


@pytest.mark.parametrize("data", [
    pytest.param(PNGS["rgb"][:-30], id="cut-short"),
    pytest.param(b"GIF89a" + PNGS["rgb"][8:], id="not-a-png"),
])
def test_a_broken_file_is_not_read_as_rows(data):
    assert fast_pdf.png_chunks(data) is None


def test_an_image_changed_after_opening_is_encoded_again():
    converted = Image.open(io.BytesIO(PNGS["rgba"])).convert("RGB")  # what WeasyPrint does to an RGBA PNG
    assert fast_pdf.idat_if_plain(converted) is None


def _html() -> str:
    figures = "".join(f'<figure><img alt="{kind}" src="data:image/png;base64,{base64.b64encode(data).decode()}">'
                      f"<figcaption>{kind}</figcaption></figure>" for kind, data in PNGS.items())
    rows = "".join(f"<tr><td>baris {i}</td><td>{i * 1.5:.1f}</td></tr>" for i in range(60))
    return (f'<html lang="id"><head><title>Uji</title></head><body><h1>Uji</h1><p>{"kata " * 400}</p>{figures}'
            f"<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody>{rows}</tbody></table></body></html>")


def _pdf() -> bytes:
    import weasyprint

    return weasyprint.HTML(string=_html()).write_pdf(pdf_variant="pdf/a-3a")


def test_same_pdf_bytes_with_and_without(monkeypatch, plain_libraries):
    """PDF/A-3a (its file identifier hashes every object) with figures of each kind: the same bytes
    as WeasyPrint's own code, except where a figure's rows were compressed differently from how
    Pillow compresses by default (the other figures' bytes are identical)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    monkeypatch.delitem(PNGS, "rgb-fast-zlib")
    monkeypatch.delitem(PNGS, "rgb-interlaced")  # its rows are not interlaced: a header only for the check
    plain = _pdf()
    monkeypatch.setenv(fastpath.SWITCH, "1")
    fast_pdf.install()
    assert fast_pdf.installed()
    assert _pdf() == plain


def test_rows_embedded_as_they_are_decode_to_the_same_pixels(monkeypatch, plain_libraries):
    """A PNG compressed otherwise than Pillow's default (level 1 here) is embedded as it is, not
    encoded again, and a PDF reader gets its pixels back."""
    monkeypatch.setenv(fastpath.SWITCH, "1")
    for other in set(PNGS) - {"rgb", "grey", "rgb-fast-zlib"}:  # the kinds taken as they are
        monkeypatch.delitem(PNGS, other)
    fast_pdf.install()
    data = _pdf()
    assert _idat(PNGS["rgb-fast-zlib"]) in data  # taken from the file: WeasyPrint's own code compresses at level 6
    reader = PdfReader(io.BytesIO(data))
    expected = {kind: Image.open(io.BytesIO(png)).convert("RGB").tobytes() for kind, png in PNGS.items()}
    found = [image.image.convert("RGB").tobytes() for page in reader.pages for image in page.images
             if image.image is not None]
    for kind, pixels in expected.items():
        assert pixels in found, f"{kind}: pixels differ after embedding"
    assert zlib.decompress(_idat(PNGS["rgb-fast-zlib"])) == zlib.decompress(_idat(PNGS["rgb"]))


def test_switch_off_leaves_the_libraries_alone(monkeypatch, plain_libraries):
    import pydyf
    from weasyprint import images

    write, png = pydyf.PDF.write, images.RasterImage.__dict__["_get_png_data"]
    monkeypatch.setenv(fastpath.SWITCH, "0")
    fast_pdf.install()
    assert not fast_pdf.installed()
    assert pydyf.PDF.write is write and images.RasterImage.__dict__["_get_png_data"] is png


def test_each_stream_compressed_once_per_write(monkeypatch, plain_libraries):
    """PDF/A's file identifier hashes every object: without the fast path each stream is compressed twice."""
    import pydyf

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    calls: list[int] = []
    compressobj = zlib.compressobj

    def counted(*args, **kwargs):
        calls.append(1)
        return compressobj(*args, **kwargs)

    monkeypatch.setattr(pydyf.zlib, "compressobj", counted)
    _pdf()
    plain = len(calls)
    calls.clear()
    monkeypatch.setenv(fastpath.SWITCH, "1")
    fast_pdf.install()
    _pdf()
    assert 0 < len(calls) < plain


def test_page_references_kept_until_a_page_is_added(monkeypatch, plain_libraries):
    """The kept tuple is the libraries' own, built once per page count, and follows every page added."""
    import pydyf

    own = pydyf.PDF.__dict__["page_references"].fget
    monkeypatch.setenv(fastpath.SWITCH, "1")
    fast_pdf.install()
    pdf = pydyf.PDF()
    for _ in range(3):
        page = pydyf.Dictionary({"Type": "/Page"})
        pdf.add_object(page)
        pdf.add_page(page)
        first = pdf.page_references
        assert first == own(pdf) and len(first) == len(pdf.pages["Kids"]) // 3
        assert pdf.page_references is first  # not built again while no page is added
