"""The PDF's streams compressed at zlib's default level (6), not at pydyf's fixed level 9.

pydyf compresses every stream of the PDF (page contents, fonts, the structure tree's object stream, the
attached hasil.json) with ``zlib.compressobj(level=9)``. Level 9 searches longer matches for little gain on
this kind of data: ``install`` has pydyf's ``zlib`` answer ``compressobj`` at level 6 (zlib's own default, what
``zlib.compress`` uses). The streams decompress to the same bytes, so every page is the same; only the
compressed bytes differ, and the PDF is a little larger.

Saves: deflate was 5.0% of the instructions of an agency report's PDF (kesehatan, Jakarta scale, one warm render
under callgrind, 6 Dec 2026: 0.585 of 11.76 G); the same streams compressed 7 times each way in one process,
medians: kesehatan 0.108 -> 0.024 CPU-s, provinsi 0.225 -> 0.046 CPU-s. Cost: the PDF 1.6-2.7% larger (kesehatan
595.6 -> 605.3 KB, provinsi 914.8 -> 939.9 KB).

Always on (not behind ``EVALASN_FASTPATH``, whose tricks keep WeasyPrint's bytes): the PDF's bytes change.
Breaks if: pydyf stops calling the ``zlib`` module it imported by that name (the level is then 9 again, nothing
else changes); tests/unit/test_pdf_deflate.py checks that a page's stream is compressed at level 6 and
decompresses to what pydyf's own level gives.
"""

from __future__ import annotations

import types
import zlib
from typing import Any

LEVEL = 6  # zlib's default (Z_DEFAULT_COMPRESSION); pydyf asks for 9


class _Zlib(types.ModuleType):
    """The zlib module as pydyf sees it: the same, with ``compressobj`` at ``LEVEL``."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def compressobj(level: int = LEVEL, *args: Any, **kwargs: Any) -> Any:
        return zlib.compressobj(LEVEL, *args, **kwargs)


def install() -> None:
    """From now on in this process (once; a no-op if pydyf has no module-level ``zlib``)."""
    import pydyf

    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = _Zlib("zlib")


def uninstall() -> None:
    """pydyf's own level again (tests compare both)."""
    import pydyf

    if isinstance(getattr(pydyf, "zlib", None), _Zlib):
        pydyf.zlib = zlib


def installed() -> bool:
    import pydyf

    return isinstance(getattr(pydyf, "zlib", None), _Zlib)
