"""The call of a conversation: who is in it, join, leave or end it, ring, SIP dial-out."""

from __future__ import annotations

from typing import Any

from ..bookkeeping import Bookkeeping
from ..constants import API_BASE, InCallFlag
from ..models import CallPeer
from ..transport import Transport
from .base import Area
from .sessions import SessionsArea

DEFAULT_CALL_FLAGS = InCallFlag.IN_CALL | InCallFlag.WITH_AUDIO | InCallFlag.WITH_VIDEO


class CallsArea(Area):
    """``service.calls``: every call action opens the Talk session it needs first.

    Args:
        sessions: where the Talk session for a call action comes from.
    """

    def __init__(self, transport: Transport, book: Bookkeeping, sessions: SessionsArea) -> None:
        super().__init__(transport, book)
        self._sessions = sessions

    async def peers(self, token: str) -> list[CallPeer]:
        """Who is in the call right now."""
        action = self._act("call-peers", f"list who is in the call of {self._quoted(token)}", token)
        peers: list[CallPeer] = await self._transport.call(
            "GET", f"{API_BASE}/call/{token}", action, list[CallPeer]
        )
        return peers

    async def join(
        self,
        token: str,
        *,
        flags: int = int(DEFAULT_CALL_FLAGS),
        silent: bool = False,
        recording_consent: bool = False,
    ) -> None:
        """Join (or start) the call; opens the Talk session first when needed."""
        await self._sessions.ensure(token)
        action = self._act("join-call", f"join the call in {self._quoted(token)}", token)
        body: dict[str, Any] = {"flags": flags, "silent": silent}
        if recording_consent:
            body["recordingConsent"] = True
        await self._transport.call("POST", f"{API_BASE}/call/{token}", action, json=body)

    async def update_flags(self, token: str, flags: int) -> None:
        """Change your media in the call (``InCallFlag``)."""
        action = self._act("call-flags", f"change your media in {self._quoted(token)}", token)
        await self._transport.call("PUT", f"{API_BASE}/call/{token}", action, json={"flags": flags})

    async def leave(self, token: str, *, end_for_everyone: bool = False) -> None:
        """Leave the call, or as a moderator end it for everyone (needs only a session)."""
        await self._sessions.ensure(token)
        if end_for_everyone:
            action = self._act(
                "end-call", f"end the call in {self._quoted(token)} for everyone", token
            )
        else:
            action = self._act("leave-call", f"leave the call in {self._quoted(token)}", token)
        await self._transport.call(
            "DELETE", f"{API_BASE}/call/{token}", action, json={"all": end_for_everyone}
        )

    async def ring(self, token: str, attendee_id: int) -> None:
        """Ring someone who is not in the call yet."""
        await self._sessions.ensure(token)
        who = self._book.attendee_title(token, attendee_id)
        action = self._act("ring", f"ring {who}", token, who)
        await self._transport.call("POST", f"{API_BASE}/call/{token}/ring/{attendee_id}", action)

    async def dial_out(self, token: str, attendee_id: int) -> None:
        """Have the SIP bridge phone a ``phones`` attendee into the running call."""
        await self._sessions.ensure(token)
        who = self._book.attendee_title(token, attendee_id)
        action = self._act("dialout", f"dial out to {who}", token, who)
        await self._transport.call("POST", f"{API_BASE}/call/{token}/dialout/{attendee_id}", action)
