"""Talk sessions: "joining" a conversation opens one; calls, ringing and dial-out need it."""

from __future__ import annotations

from typing import Any

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_BASE
from ..models import Room
from .base import Area, verb


class SessionsArea(Area):
    """``service.sessions``: open and close this account's Talk session in a conversation.

    A session is not membership: closing it keeps you a participant (``rooms.leave`` is for
    good). The open ones are tracked in the shared bookkeeping, so the app closes them on quit.
    """

    @property
    def tokens(self) -> frozenset[str]:
        """The conversations where this service has opened a Talk session (to close on quit)."""
        return self._book.session_tokens

    def is_open(self, token: str) -> bool:
        return self._book.has_session(token)

    async def open(self, token: str, *, password: str | None = None, force: bool = True) -> Room:
        """Open a Talk session in the conversation (Talk's "join room")."""
        body: dict[str, Any] = {"force": force}
        if password:
            body["password"] = password
        action = self._act(
            "join", verb(QT_TRANSLATE_NOOP("Verbs", "join {room}"), room=self._quoted(token)), token
        )
        room: Room = await self._transport.call(
            "POST", f"{API_BASE}/room/{token}/participants/active", action, Room, json=body
        )
        self._book.session_opened(token)
        self._book.remember_rooms([room])
        return room

    async def close(self, token: str) -> None:
        """Close the Talk session (Talk's "leave room"); you stay a participant."""
        action = self._act(
            "leave-session",
            verb(QT_TRANSLATE_NOOP("Verbs", "disconnect from {room}"), room=self._quoted(token)),
            token,
        )
        try:
            await self._transport.call(
                "DELETE", f"{API_BASE}/room/{token}/participants/active", action
            )
        finally:
            self._book.session_closed(token)

    def forget(self, token: str) -> None:
        """The server no longer has our session there (a pull answered 404): open anew."""
        self._book.session_closed(token)

    async def ensure(self, token: str) -> None:
        """Join the conversation once, so call actions have the session they need.

        Concurrent callers (a bulk ring) wait for the one join in flight instead of joining
        again: every extra join opens another session of ours in the room.
        """
        if self._book.has_session(token):
            return
        async with self._book.session_lock(token):
            if not self._book.has_session(token):
                await self.open(token)
