"""Lobby opening times in words ("opens in 14 min"), shared by the lobby dialog and the lists."""

from __future__ import annotations

import time


def opens_in(timer: int, now: float | None = None) -> str:
    """Words for a lobby timer (Unix time); "" when there is no timer.

    Args:
        timer: the lobby's opening time, 0 for none.
        now: the current Unix time (defaults to the clock; tests pass it).
    """
    if not timer:
        return ""
    remaining = int(timer - (time.time() if now is None else now))
    if remaining <= 0:
        return "opening now"
    return "opens in " + duration_words(remaining)


def duration_words(seconds: int) -> str:
    """A short, rounded-up duration: "45 s", "14 min", "2 h 5 min", "3 days"."""
    if seconds < 60:
        return f"{seconds} s"
    minutes = -(-seconds // 60)  # round up: "opens in 1 min" until it opens
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{-(-hours // 24)} days"
