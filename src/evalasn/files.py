"""Writing a file so that a reader sees the old version or the whole new one, never a part."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

READY = "siap.json"  # the moves of a staged set, written when every file of the set is complete
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold: no build date in the bytes


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
    """An openpyxl workbook written as ``write_atomically`` writes bytes (``workbook_bytes``), dated
    $SOURCE_DATE_EPOCH when it is set."""
    from evalasn.clock import fixed_moment

    moment = fixed_moment()
    if moment is not None:  # reproducible builds: the workbook's dates are that moment, not the clock's
        book.properties.created = book.properties.modified = moment
    write_atomically(path, workbook_bytes(book))


def workbook_bytes(book) -> bytes:
    """An openpyxl workbook as .xlsx bytes: every string cell as text (``evalasn.sheets.keep_text``: a
    value from the data never becomes a formula), no clock in the zip or the properties."""
    from openpyxl.writer.excel import ExcelWriter

    from evalasn.sheets import keep_text

    keep_text(book)
    buffer = io.BytesIO()
    # not book.save(): it stamps the clock. Stored, not compressed: fixed_zip compresses every entry once
    # (compressing here as well cost 7% of a large workbook's time; the bytes are the same)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        ExcelWriter(book, archive).save()
    return fixed_zip(buffer.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """The same zip (a .docx or .xlsx) with fixed entry dates, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def replace_together(moves: list[tuple[Path, Path]], ready: Path) -> None:
    """Rename every staged file (source) to its final name (target) as one set; ``ready`` records the
    moves first, so ``complete`` (called by the next run, evalasn.run.staging.sweep) finishes a set
    that was interrupted half-way and a reader never finds part of a new set beside an old one."""
    write_atomically(ready, json.dumps([[str(source), str(target)] for source, target in moves]))
    complete(ready)


def complete(ready: Path) -> None:
    """Finish the moves ``ready`` records (those not yet done), then remove it."""
    for source, target in json.loads(ready.read_text(encoding="utf-8")):
        if Path(source).exists():
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    ready.unlink()
