"""The one reader of $SOURCE_DATE_EPOCH (reproducible-builds.org): the moment a build is dated.

The cover date, the annex, the PDF/Word/Excel metadata, the workbooks' created dates and the times
papermill records all come from here, so a reproducible build cannot be half-fixed. Below every layer:
ingest, analysis, report and run may all import it.
"""

from __future__ import annotations

import datetime as dt
import os


def fixed_moment() -> dt.datetime | None:
    """$SOURCE_DATE_EPOCH (whole seconds since 1970) as a naive UTC datetime, or None when it is not
    set or not a whole number."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)


def build_time() -> dt.datetime:
    """The fixed moment when set, else now (local time, whole seconds)."""
    return fixed_moment() or dt.datetime.now().replace(microsecond=0)


def w3c(built: dt.datetime) -> str:
    """``built`` (from build_time) as a W3C date-time for document metadata: UTC with 'Z' when the
    moment is fixed, else the machine's local time with its offset."""
    if fixed_moment() is not None:
        return built.strftime("%Y-%m-%dT%H:%M:%SZ")
    return built.astimezone().isoformat(timespec="seconds")
