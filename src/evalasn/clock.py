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


# The reports are the DKI Jakarta government's documents: they are dated in its zone, WIB (UTC+7; Indonesia
# has kept this offset, without daylight saving, since 1964), whatever zone the build machine is set to, so a
# report built on a UTC server after 17:00 UTC is not dated the day before (LOOK13 M-11). A fixed offset, not
# the tz database: a fresh machine or container may have no zoneinfo files.
REPORT_ZONE = dt.timezone(dt.timedelta(hours=7), "WIB")


def build_time() -> dt.datetime:
    """The moment the build is dated (the fixed moment when set, else now) as wall time in Jakarta
    (``REPORT_ZONE``), naive, whole seconds."""
    moment = fixed_moment()
    aware = moment.replace(tzinfo=dt.UTC) if moment is not None else dt.datetime.now(dt.UTC)
    return aware.astimezone(REPORT_ZONE).replace(tzinfo=None, microsecond=0)


def w3c(built: dt.datetime) -> str:
    """``built`` (from build_time: Jakarta wall time) as a W3C date-time for document metadata, with
    Jakarta's offset."""
    return built.replace(tzinfo=REPORT_ZONE).isoformat(timespec="seconds")


def utc(built: dt.datetime) -> dt.datetime:
    """``built`` (Jakarta wall time) as naive UTC, for the metadata writers that stamp a naive time with
    'Z' (WeasyPrint's attachments, python-docx, openpyxl)."""
    return built.replace(tzinfo=REPORT_ZONE).astimezone(dt.UTC).replace(tzinfo=None)


def today() -> dt.date:
    """Today's date in Jakarta by the real clock, never the fixed build moment: input dates are checked against
    it (a date after today has not happened; an archive rebuilt later still passes), while $SOURCE_DATE_EPOCH
    only dates the documents."""
    return dt.datetime.now(REPORT_ZONE).date()
