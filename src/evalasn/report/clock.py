"""The build time of a report: now, or $SOURCE_DATE_EPOCH for reproducible builds.

One source for the cover date, the annex and the creation date in the PDF, Word and Excel
metadata; small on purpose, so the renderer reads it without importing the report context.
"""

from __future__ import annotations

import datetime as dt
import os


def build_time() -> dt.datetime:
    """Now, or $SOURCE_DATE_EPOCH (seconds since 1970, UTC) when set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)


def w3c(built: dt.datetime) -> str:
    """``built`` (from build_time) as a W3C date-time for document metadata: UTC with 'Z' when it
    came from $SOURCE_DATE_EPOCH, else the machine's local time with its offset."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return built.strftime("%Y-%m-%dT%H:%M:%SZ")
    return built.astimezone().isoformat(timespec="seconds")
