"""What every area of ``TalkService`` builds on: the shared transport and bookkeeping."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...i18n import Text, text
from ..bookkeeping import Bookkeeping
from ..explain import Action
from ..models import Room
from ..transport import Transport

VERBS = "Verbs"
"""The translation context of the attempts in words ("ban {who} from {room}")."""


def verb(template: str, **values: str) -> Text:
    """An attempt in words, kept translatable: mark ``template`` with
    ``QT_TRANSLATE_NOOP("Verbs", ...)``; the values (a title, a name) stay as they are."""
    return text(VERBS, template, **values)


class Area:
    """One area of the Talk API (rooms, participants, calls, ...) for one account.

    Areas hold no state of their own: requests go through the one ``Transport`` and whatever
    is learnt (titles, sessions) goes into the one ``Bookkeeping``, so all areas see it.
    """

    def __init__(self, transport: Transport, book: Bookkeeping) -> None:
        self._transport = transport
        self._book = book

    def _act(
        self, kind: str, verb: str | Text, token: str | None = None, target: str | None = None
    ) -> Action:
        """What is being attempted, for the error sentence (the room by its known title);
        ``verb`` a ``Text`` (``verb(...)``) keeps the attempt translatable."""
        return Action(
            kind=kind,
            verb=str(verb),
            room=self._book.room_title(token) if token else None,
            target=target,
            verb_text=verb if isinstance(verb, Text) else None,
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
