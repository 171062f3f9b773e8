"""The build time of a report does not depend on the machine's time zone (issue 21.8: the suite runs with
TZ=Asia/Jakarta as on the province's servers): a report is dated in Jakarta (WIB) wherever it is built
(LOOK13 M-11)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from evalasn import clock

pytestmark = pytest.mark.environment  # .ci/run runs these again with TZ set
EPOCH = "1764288000"  # 28 November 2025, 00:00 UTC: 07:00 in Jakarta, still 27 November in Los Angeles


@pytest.fixture(params=["UTC", "Asia/Jakarta", "America/Los_Angeles"])
def zone(request, monkeypatch):
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


EVENING = "1796583600"  # 6 December 2026, 19:00 UTC: already 7 December (02:00) in Jakarta


@pytest.mark.parametrize(("epoch", "jakarta"), [
    pytest.param(EPOCH, dt.datetime(2025, 11, 28, 7, 0), id="morning-utc"),
    pytest.param(EVENING, dt.datetime(2026, 12, 7, 2, 0), id="after-17-utc-is-the-next-day"),
])
def test_a_fixed_build_time_is_jakarta_time_in_every_machine_zone(zone, monkeypatch, epoch, jakarta):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert clock.build_time() == jakarta
    assert clock.w3c(clock.build_time()) == jakarta.isoformat() + "+07:00"
    assert clock.utc(clock.build_time()) == clock.fixed_moment()  # the metadata writers' 'Z' time


def test_without_a_fixed_time_the_report_is_dated_now_in_jakarta(zone, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    built = clock.build_time()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert abs((clock.utc(built) - now).total_seconds()) < 5
    assert abs((built - now - dt.timedelta(hours=7)).total_seconds()) < 5
    assert clock.w3c(built).endswith("+07:00")
