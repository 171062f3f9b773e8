"""Writing a file so that a reader sees the old version or the whole new one, never a part."""

from __future__ import annotations

import io
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes | str, mode: int = 0o666) -> None:
    """Write ``data`` (text as UTF-8) to a temporary name beside ``path``, then rename it over
    ``path``: an interrupted run leaves no half-written file under a final name. ``mode`` is the
    permission the file is created with (less the umask), e.g. 0o600 for a secret."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def save_workbook_atomically(book, path: Path) -> None:
    """An openpyxl workbook written as ``write_atomically`` writes bytes, every string cell as text
    (``evalasn.sheets.keep_text``: a value from the data never becomes a formula)."""
    from evalasn.sheets import keep_text

    keep_text(book)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(path, buffer.getvalue())
