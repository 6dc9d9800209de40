"""What every area of ``TalkService`` builds on: the shared transport and bookkeeping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..bookkeeping import Bookkeeping
from ..explain import Action
from ..models import Room
from ..transport import Transport


class Area:
    """One area of the Talk API (rooms, participants, calls, ...) for one account.

    Areas hold no state of their own: requests go through the one ``Transport`` and whatever
    is learnt (titles, sessions) goes into the one ``Bookkeeping``, so all areas see it.
    """

    def __init__(self, transport: Transport, book: Bookkeeping) -> None:
        self._transport = transport
        self._book = book

    def _act(
        self, kind: str, verb: str, token: str | None = None, target: str | None = None
    ) -> Action:
        """What is being attempted, for the error sentence (the room by its known title)."""
        return Action(
            kind=kind,
            verb=verb,
            room=self._book.room_title(token) if token else None,
            target=target,
        )

    def _quoted(self, token: str) -> str:
        return f"'{self._book.room_title(token)}'"

    async def _room_write(
        self, method: str, path: str, action: Action, json: Mapping[str, Any] | None = None
    ) -> Room | None:
        """A write whose answer is the updated room object (or nothing on some servers)."""
        data = await self._transport.call(method, path, action, Room | None | list[Any], json=json)
        if isinstance(data, Room):
            self._book.remember_rooms([data])
            return data
        return None
