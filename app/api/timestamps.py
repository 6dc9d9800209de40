"""Unix times from the server as local clock times, whatever number the server sent.

A timestamp is just an integer on the wire: a broken or hostile server can send one beyond the
platform's ``time_t`` (year 292 billion) or before 1970 on Windows, where Python raises
``OverflowError``, ``OSError`` or ``ValueError``. Every place that shows a server's time goes
through ``local_time`` so such a value reads as "an unknown time" instead of breaking a list,
a card or a command. No Qt: the CLI, the kiosk and the window share it.
"""

from __future__ import annotations

from datetime import datetime

UNKNOWN_TIME = "an unknown time"


def local_time(stamp: float, pattern: str = "%Y-%m-%d %H:%M") -> str:
    """``stamp`` (seconds since 1970) in the local time zone, formatted with ``pattern``."""
    try:
        return datetime.fromtimestamp(stamp).astimezone().strftime(pattern)
    except (OverflowError, OSError, ValueError):
        return UNKNOWN_TIME
