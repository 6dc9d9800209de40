"""Server times shown as local times, including numbers no clock can show."""

from __future__ import annotations

import time

from app.api.timestamps import UNKNOWN_TIME, local_time


def test_a_real_time_is_shown_in_local_time() -> None:
    stamp = 1_795_810_989
    assert local_time(stamp) == time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    assert local_time(stamp, "%H:%M:%S") == time.strftime("%H:%M:%S", time.localtime(stamp))


def test_a_time_beyond_the_platform_clock_reads_as_unknown() -> None:
    assert local_time(2**62) == UNKNOWN_TIME
    assert local_time(-(2**63)) == UNKNOWN_TIME
    assert local_time(float("nan")) == UNKNOWN_TIME
