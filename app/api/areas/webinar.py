"""Talk's webinar settings of a conversation: the lobby, who may pass it, SIP dial-in."""

from __future__ import annotations

from datetime import datetime

from ...i18n import QT_TRANSLATE_NOOP
from ..bookkeeping import Bookkeeping
from ..constants import API_BASE, Permission
from ..models import Room
from ..timestamps import local_time
from ..transport import Transport
from .base import Area, verb
from .participants import ParticipantsArea

Timer = datetime | int | None
"""A lobby opening time: an aware datetime, a Unix timestamp, or None for no timer."""


def _timestamp(timer: Timer) -> int | None:
    if timer is None:
        return None
    if isinstance(timer, datetime):
        if timer.tzinfo is None:
            raise ValueError("lobby timer must be timezone-aware")
        return int(timer.timestamp())
    return int(timer)


class WebinarArea(Area):
    """``service.webinar``: lobby on/off (with an opening time), lobby bypass, SIP dial-in.

    Args:
        participants: the lobby bypass is a permission bit of one attendee.
    """

    def __init__(
        self, transport: Transport, book: Bookkeeping, participants: ParticipantsArea
    ) -> None:
        super().__init__(transport, book)
        self._participants = participants

    async def set_lobby(self, token: str, enabled: bool, timer: Timer = None) -> Room | None:
        """Turn the lobby on or off; ``timer`` opens it automatically at that time."""
        stamp = _timestamp(timer) if enabled else None
        room = self._quoted(token)
        if enabled and stamp:
            until = local_time(stamp, "%Y-%m-%d %H:%M %Z")
            attempt = verb(
                QT_TRANSLATE_NOOP("Verbs", "turn on the lobby of {room} until {time}"),
                room=room,
                time=until,
            )
        elif enabled:
            attempt = verb(QT_TRANSLATE_NOOP("Verbs", "turn on the lobby of {room}"), room=room)
        else:
            attempt = verb(QT_TRANSLATE_NOOP("Verbs", "open the lobby of {room}"), room=room)
        action = self._act("lobby", attempt, token)
        return await self._room_write(
            "PUT",
            f"{API_BASE}/room/{token}/webinar/lobby",
            action,
            {"state": int(enabled), "timer": stamp},
        )

    async def set_lobby_bypass(self, token: str, attendee_id: int, allowed: bool) -> None:
        """Let one person in past the lobby (or send them back) via the lobby-ignore bit."""
        await self._participants.set_permissions(
            token, attendee_id, "add" if allowed else "remove", int(Permission.LOBBY_IGNORE)
        )

    async def set_sip(self, token: str, state: int) -> Room | None:
        """SIP dial-in: 0 off, 1 on with per-attendee PIN, 2 on without PIN."""
        if state == 0:
            template = QT_TRANSLATE_NOOP("Verbs", "turn off SIP dial-in for {room}")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "turn on SIP dial-in for {room}")
        action = self._act("sip", verb(template, room=self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/webinar/sip", action, {"state": state}
        )
