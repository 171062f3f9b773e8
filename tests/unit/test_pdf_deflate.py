"""The PDF's streams at zlib level 6 (report.formats.deflate): the same content as pydyf's level 9 gives, each
stream compressed as zlib's level 6 compresses it, and pydyf's own level again after uninstall."""

from __future__ import annotations

import io
import zlib

import pytest
from pypdf import PdfReader
from pypdf.generic import StreamObject

from evalasn.report.formats import deflate

HTML = ("<html lang='id'><head><title>Uji</title></head><body><h1>Laporan</h1>"
        + "".join(f"<p>Paragraf {number}: {'kata yang berulang dan angka ' * 12}{number * 1.5:.1f}</p>"
                  for number in range(40)) + "</body></html>")


@pytest.fixture
def plain():
    """pydyf's own level for the test, whatever this process had installed before it."""
    was = deflate.installed()
    deflate.uninstall()
    yield
    deflate.uninstall()
    if was:
        deflate.install()


def _pdf() -> bytes:
    import weasyprint

    return weasyprint.HTML(string=HTML).write_pdf(pdf_variant="pdf/a-3a")


def _page_streams(data: bytes) -> list[tuple[bytes, bytes]]:
    """(compressed, decompressed) content stream of each page."""
    reader = PdfReader(io.BytesIO(data))
    streams = []
    for page in reader.pages:
        content = page["/Contents"].get_object()
        assert isinstance(content, StreamObject)
        streams.append((content._data, content.get_data()))
    return streams


def test_streams_at_level_6_decompress_to_pydyf_own_content(plain, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")
    own = _pdf()
    deflate.install()
    assert deflate.installed()
    ours = _pdf()
    own_streams, our_streams = _page_streams(own), _page_streams(ours)
    assert [content for _, content in our_streams] == [content for _, content in own_streams]
    for compressed, content in our_streams:
        assert compressed == zlib.compress(content, 6)
    for compressed, content in own_streams:  # pydyf's own: level 9 (so the install is what changed them)
        level_9 = zlib.compressobj(level=9)
        assert compressed == level_9.compress(content) + level_9.flush()
    assert ours != own


def test_uninstall_gives_pydyf_its_zlib_back(plain):
    import pydyf

    deflate.install()
    deflate.install()  # once only
    assert pydyf.zlib.compressobj is not zlib.compressobj
    assert pydyf.zlib.decompress is zlib.decompress  # every other name is zlib's
    deflate.uninstall()
    assert pydyf.zlib is zlib and not deflate.installed()
