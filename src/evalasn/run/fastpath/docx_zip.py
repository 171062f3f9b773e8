"""The Word file compressed once: python-docx's zip stored, as files.fixed_zip compresses every entry again.

``word.from_html`` (and ``word_reference.build``) save the document with python-docx, which deflates each part
into a zip, then ``files.fixed_zip`` reads that zip back and writes every entry again, deflated, with fixed dates
(so equal content gives equal bytes). The first compression is thrown away. With this, a zip python-docx writes
into memory (a file object, not a path) stores its parts; ``fixed_zip`` compresses them once and writes the same
bytes as before (it writes each entry from its content, whatever the first zip did with it).

Saves: the kesehatan report's .docx (Jakarta scale, 8 figures, 1.2 MB of parts): python-docx's save and
fixed_zip 0.043 -> 0.025 CPU-s (medians of 16 interleaved runs, 6 Dec 2026, load ~15); the whole
``word.from_html`` 0.194 -> 0.184 (medians of 10 interleaved, same load).

Breaks if: python-docx renames ``docx.opc.phys_pkg._ZipPkgWriter`` or its ``_zipf`` (``install`` then finds
nothing to change and leaves python-docx alone: no gain, no harm), or ``zipfile.ZipFile.writestr`` stops taking
the archive's ``compression`` for a member given by name (the zip is then deflated as before). Installed in
batch workers (``evalasn.run.batch.worker_session``); tests/unit/test_fastpath_docx.py compares the .docx bytes
with and without it and checks that python-docx's own zip is stored.
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Callable

from evalasn.run.fastpath.fence import Fence

_FENCE = Fence()


def install() -> None:
    """Store the parts of a zip python-docx writes into memory, when the fast path is on (once per process)."""
    if not _FENCE.ready():
        return
    from docx.opc import phys_pkg

    writer = getattr(phys_pkg, "_ZipPkgWriter", None)
    if writer is None or "__init__" not in vars(writer):
        return
    _FENCE.replace(writer, "__init__", _stored(vars(writer)["__init__"]))


def uninstall() -> None:
    """Back to python-docx's own zip (tests compare both)."""
    _FENCE.restore()


def installed() -> bool:
    return _FENCE.installed()


def _stored(init: Callable) -> Callable:
    @functools.wraps(init)
    def wrapper(self, pkg_file, *args, **kwargs):
        init(self, pkg_file, *args, **kwargs)
        archive = getattr(self, "_zipf", None)
        # only in memory: a file saved to a path by anyone else stays compressed
        if isinstance(archive, zipfile.ZipFile) and hasattr(pkg_file, "write"):
            archive.compression = zipfile.ZIP_STORED

    return wrapper
