"""Which alerts notify, by the user's notification settings: kinds, quiet hours, muted rooms.

Every alert enters the Alerts panel; this decides only the desktop notification and its sound.
Qt-free, so the rules are tested on their own.
"""

from __future__ import annotations

from datetime import datetime, time

from app.settings import NotificationOptions

from .alerts import Alert, AlertKind

_KIND_SWITCH = {
    AlertKind.LOBBY: "lobby_waiting",
    AlertKind.CALL: "call_started",
    AlertKind.ASSISTANCE: "assistance",
    AlertKind.LOBBY_OPENED: "lobby_opened",
    AlertKind.HAND: "raised_hand",
}


def _parse(text: str) -> time | None:
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def in_quiet_hours(options: NotificationOptions, now: datetime) -> bool:
    """Whether ``now`` (local time) is inside the quiet hours; they may span midnight."""
    start, end = _parse(options.quiet_from), _parse(options.quiet_until)
    if start is None or end is None or start == end:
        return False
    moment = now.time().replace(second=0, microsecond=0)
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def notifies(alert: Alert, options: NotificationOptions, now: datetime | None = None) -> bool:
    """Whether ``alert`` gets a desktop notification."""
    if not options.enabled or alert.token in options.muted_rooms:
        return False
    if not getattr(options, _KIND_SWITCH[alert.kind]):
        return False
    return not in_quiet_hours(options, now or datetime.now())


def sounds(alert: Alert, options: NotificationOptions, now: datetime | None = None) -> bool:
    """Whether its notification plays a sound."""
    return options.sound and notifies(alert, options, now)
