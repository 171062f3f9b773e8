"""WeasyPrint's PDF without work done twice; the same bytes.

- ``pydyf.PDF.write`` serialises (and, for streams, compresses at zlib level 9) every object of the
  PDF, then, when the PDF gets a file identifier (PDF/A always does), serialises and compresses them
  all again to hash them. While a PDF is written, each object's ``data`` is kept and given again.
- WeasyPrint embeds a PNG by decoding it and encoding it again with Pillow, to take the compressed
  pixel rows (the IDAT chunks) out of the new file. For an 8-bit RGB or grey, non-interlaced PNG
  those rows are already in the file: they are taken from it. The report's figures are such PNGs,
  written by Pillow with the same settings (report.chapters.html.png_rgb), so the bytes are the
  same; any other PNG (a logo) is equally valid, and another kind is handled by WeasyPrint as before.
- ``pydyf.PDF.page_references`` builds the tuple of every page's reference each time it is read; WeasyPrint reads
  it for every element of the structure tree and every link (3,900 times for a 36-page report). The tuple is
  kept until a page is added (pages are only ever appended to the page tree's ``Kids``). Saves: 0.2 of 12.7 s
  of a cProfiled kesehatan render (1.6%; Jakarta scale, 6 Dec 2026).

The first two save 0.4-0.5 s of CPU of a report's PDF, 12-14% (sample data, 6 interleaved runs each in one
worker, host at load 10-13 on 2 CPUs, 5 Dec 2026; median before -> after: kesehatan 3.19 -> 2.73 s,
provinsi 3.62 -> 3.23 s; of which the PNGs 0.14 s and pydyf's second pass most of the rest).

Breaks if: pydyf renames ``PDF.write`` or the ``data`` properties, or starts changing an object
while writing it (the cached bytes would then be stale); WeasyPrint renames
``RasterImage._get_png_data`` or changes the image dictionary it writes beside the rows (Predictor
15, Colors, Columns); pydyf renames ``page_references`` or ``pages['Kids']``, or starts changing pages in place
(the kept tuple would then be stale). tests/unit/test_fastpath_pdf.py renders the same HTML with and without these
and compares the bytes, and reads the images back with pypdf.
"""

from __future__ import annotations

import functools
import io
import struct
from collections.abc import Callable

from evalasn.run.fastpath.fence import Fence

_FENCE = Fence()
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# IHDR colour types whose IDAT rows WeasyPrint's image dictionary describes as they are
# (8 bits per component, Colors 3 for RGB, 1 for grey); with alpha or a palette it converts first
PLAIN_COLOUR_TYPES = {2: "RGB", 0: "L"}


def install() -> None:
    """Put both in place when the fast path is on (once per process)."""
    if not _FENCE.ready():
        return
    import pydyf
    from weasyprint import images

    _FENCE.replace(pydyf.PDF, "write", _write_once(pydyf.PDF.write))
    png = images.RasterImage.__dict__["_get_png_data"]
    _FENCE.replace(images.RasterImage, "_get_png_data", staticmethod(_png_rows(png.__func__)))
    page_references = pydyf.PDF.__dict__["page_references"]
    _FENCE.replace(pydyf.PDF, "page_references", _kept_page_references(page_references))


def uninstall() -> None:
    """Back to the libraries' own code (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


# --- each object's bytes made once per write -----------------------------------------------------
def _write_once(write: Callable) -> Callable:
    @functools.wraps(write)
    def wrapper(pdf, *args, **kwargs):
        import pydyf

        kept: dict[int, tuple[object, bytes]] = {}  # id -> (the object, kept alive so no id is reused; bytes)
        classes = [cls for cls in (pydyf.Dictionary, pydyf.Array, pydyf.Stream, pydyf.String)
                   if isinstance(cls.__dict__.get("data"), property)]
        saved = {cls: cls.__dict__["data"] for cls in classes}
        for cls in classes:
            cls.data = property(_kept_data(saved[cls].fget, kept))
        try:
            return write(pdf, *args, **kwargs)
        finally:
            for cls, prop in saved.items():
                cls.data = prop

    return wrapper


def _kept_data(data: Callable, kept: dict[int, tuple[object, bytes]]) -> Callable:
    def kept_data(self):
        found = kept.get(id(self))
        if found is None:
            found = kept[id(self)] = (self, data(self))
        return found[1]

    return kept_data


# --- the pages' references built once per page count -----------------------------------------
KEPT_PAGE_REFERENCES = "_evalasn_page_references"  # (number of Kids entries, the tuple), in the PDF's __dict__


def _kept_page_references(original: property) -> property:
    build = original.fget
    assert build is not None

    def page_references(pdf):
        count = len(pdf.pages["Kids"])
        kept = pdf.__dict__.get(KEPT_PAGE_REFERENCES)
        if kept is None or kept[0] != count:
            kept = pdf.__dict__[KEPT_PAGE_REFERENCES] = (count, build(pdf))
        return kept[1]

    return property(page_references)


# --- a PNG's compressed rows taken from the file -------------------------------------------------
def _png_rows(reencode: Callable) -> Callable:
    @functools.wraps(reencode)
    def png_data(pillow_image):
        rows = idat_if_plain(pillow_image)
        return rows if rows is not None else reencode(pillow_image)

    return png_data


def idat_if_plain(pillow_image) -> bytes | None:
    """The joined IDAT chunks of the PNG file ``pillow_image`` was opened from, when that file is
    8-bit RGB or grey and not interlaced and the image is still as opened; else None."""
    source = getattr(pillow_image, "fp", None)
    if getattr(pillow_image, "format", None) != "PNG" or not isinstance(source, io.BytesIO):
        return None
    chunks = png_chunks(source.getvalue())
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        return None
    _, _, depth, colour, _, _, interlace = struct.unpack("!IIBBBBB", chunks[0][1])
    if depth != 8 or interlace or PLAIN_COLOUR_TYPES.get(colour) != pillow_image.mode:
        return None
    return b"".join(body for kind, body in chunks if kind == b"IDAT") or None


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """(type, body) of each chunk of a PNG file, up to IEND; None when ``data`` is not one or is cut short."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    chunks = []
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack("!I4s", data[position:position + 8])
        end = position + 8 + length
        if end + 4 > len(data):
            return None
        chunks.append((kind, data[position + 8:end]))
        if kind == b"IEND":
            return chunks
        position = end + 4
    return None
