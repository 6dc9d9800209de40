"""Time and duration parsing for lobby timers and --changed-since (pure, no server)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.cli.errors import UsageError
from app.cli.timeparse import (
    format_local,
    lobby_opening_time,
    parse_datetime,
    parse_duration,
    parse_since,
)

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("1h30m", 5400), ("2H", 7200)],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "15", "m", "15x", "-5m", "0m", "1.5h", "400d", "5m junk"])
def test_bad_durations_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError):
        parse_duration(text)


def test_naive_iso_time_is_local() -> None:
    value = parse_datetime("2026-11-28T14:00")
    assert value.tzinfo is not None
    assert value == datetime(2026, 11, 28, 14, 0).astimezone()


def test_iso_time_with_offset_keeps_it() -> None:
    value = parse_datetime("2026-11-28T14:00+01:00")
    assert value.utcoffset() == timedelta(hours=1)
    assert parse_datetime("2026-11-28T13:00Z") == value


def test_bad_iso_time_says_how() -> None:
    with pytest.raises(UsageError, match="ISO 8601"):
        parse_datetime("tomorrow 2pm")


def test_lobby_for_is_relative_to_now() -> None:
    assert lobby_opening_time(None, "15m", now=NOW) == NOW + timedelta(minutes=15)


def test_lobby_until_must_be_future() -> None:
    assert lobby_opening_time("2026-11-28T13:00Z", None, now=NOW) == NOW + timedelta(hours=1)
    with pytest.raises(UsageError, match="not in the future"):
        lobby_opening_time("2026-11-28T11:00Z", None, now=NOW)


def test_lobby_until_and_for_exclude_each_other() -> None:
    with pytest.raises(UsageError, match="either"):
        lobby_opening_time("2026-11-28T13:00Z", "5m", now=NOW)
    assert lobby_opening_time(None, None, now=NOW) is None


def test_changed_since_takes_timestamps_and_iso() -> None:
    assert parse_since("1790000000") == 1790000000
    assert parse_since("2026-11-28T12:00Z") == int(NOW.timestamp())
    with pytest.raises(UsageError, match="Unix timestamp"):
        parse_since("yesterday")


def test_format_local_shows_local_wall_clock() -> None:
    stamp = int(NOW.timestamp())
    local = datetime.fromtimestamp(stamp).astimezone()
    assert format_local(stamp).startswith(local.strftime("%Y-%m-%d %H:%M"))
