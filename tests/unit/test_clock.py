"""The build time of a report does not depend on the machine's time zone when SOURCE_DATE_EPOCH
fixes it (issue 21.8: the suite runs with TZ=Asia/Jakarta as on the province's servers)."""

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


def test_a_fixed_build_time_is_the_same_in_every_time_zone(zone, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert clock.build_time() == dt.datetime(2025, 11, 28, 0, 0)
    assert clock.w3c(clock.build_time()) == "2025-11-28T00:00:00Z"


def test_without_a_fixed_time_the_metadata_carry_the_local_offset(zone, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    built = clock.build_time()
    offset = dt.datetime.now().astimezone().strftime("%z")
    assert clock.w3c(built).replace(":", "").endswith(offset)
