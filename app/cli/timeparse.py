"""Times typed on the command line: lobby opening times, durations, ``--changed-since``.

Everything here is pure (``now`` can be passed in), so it is tested without a server.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .errors import UsageError

_DURATION_PART = re.compile(r"(\d+)\s*([smhd])", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_MAX_DURATION = timedelta(days=366)


def parse_duration(text: str) -> timedelta:
    """A positive duration such as ``15m``, ``2h``, ``90s``, ``1d`` or ``1h30m``.

    Raises:
        UsageError: anything else (including zero and a bare number without a unit).
    """
    compact = text.strip().replace(" ", "")
    if not compact or _DURATION_PART.sub("", compact):
        raise UsageError(
            f"invalid duration '{text}': use a number with a unit, e.g. 90s, 15m, 2h, 1d or 1h30m"
        )
    seconds = sum(
        int(amount) * _UNIT_SECONDS[unit.lower()]
        for amount, unit in _DURATION_PART.findall(compact)
    )
    if seconds <= 0:
        raise UsageError(f"invalid duration '{text}': it must be longer than zero")
    duration = timedelta(seconds=seconds)
    if duration > _MAX_DURATION:
        raise UsageError(f"invalid duration '{text}': at most one year")
    return duration


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date-time; without an offset it is local time. Returns an aware datetime.

    Raises:
        UsageError: not an ISO date-time.
    """
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"invalid time '{text}': use ISO 8601 such as 2026-11-28T14:00 (local time) "
            "or 2026-11-28T14:00+01:00"
        ) from None
    return value.astimezone() if value.tzinfo is None else value


def lobby_opening_time(
    until: str | None, duration: str | None, *, now: datetime | None = None
) -> datetime | None:
    """When the lobby should open by itself: ``--until ISO`` or ``--for 15m``; None for never.

    Raises:
        UsageError: bad format, both given, or a time that is not in the future.
    """
    if until is not None and duration is not None:
        raise UsageError("give either --until or --for, not both")
    current = now if now is not None else datetime.now().astimezone()
    if duration is not None:
        return current + parse_duration(duration)
    if until is None:
        return None
    opening = parse_datetime(until)
    if opening <= current:
        raise UsageError(f"the lobby opening time {format_local(opening)} is not in the future")
    return opening


def parse_since(text: str) -> int:
    """``--changed-since``: a Unix timestamp or an ISO date-time, as a Unix timestamp.

    Raises:
        UsageError: neither.
    """
    stripped = text.strip()
    if stripped.isdigit():
        return int(stripped)
    try:
        return int(parse_datetime(stripped).timestamp())
    except UsageError:
        raise UsageError(
            f"invalid time '{text}': use a Unix timestamp or an ISO date-time "
            "such as 2026-11-28T14:00"
        ) from None


def format_local(moment: datetime | int) -> str:
    """A time for people: local time zone, minutes precision, zone name."""
    aware = (
        datetime.fromtimestamp(moment).astimezone()
        if isinstance(moment, int)
        else moment.astimezone()
    )
    return aware.strftime("%Y-%m-%d %H:%M %Z").strip()
