"""Conversations ("rooms" in the Talk API): list, read, create, change, delete, leave."""

from __future__ import annotations

from typing import Any

import httpx

from ...i18n import QT_TRANSLATE_NOOP
from ..constants import API_BASE
from ..models import Room, RoomList
from .base import Area, verb


class RoomsArea(Area):
    """``service.rooms``: the conversations of this account and their settings.

    The lobby and SIP dial-in are Talk's webinar settings: ``service.webinar``.
    """

    def title(self, token: str) -> str:
        """The last known title of a room, for messages; the token when never seen."""
        return self._book.room_title(token)

    async def list(
        self,
        *,
        modified_since: int | None = None,
        include_status: bool = False,
        no_status_update: bool = True,
    ) -> RoomList:
        """The user's conversations; with ``modified_since`` only those changed since then."""
        params = _list_params(modified_since, include_status, no_status_update)
        action = self._act("list-rooms", verb(QT_TRANSLATE_NOOP("Verbs", "list the conversations")))
        # An unchanged answer (the minute's full listing, most often) is the last one's tuple.
        key = ("rooms", modified_since is None, include_status, no_status_update)

        def decode(response: httpx.Response) -> tuple[httpx.Response, tuple[Room, ...]]:
            rooms = self._book.answers.items(key, response, Room, action)
            return response, rooms

        response, rooms = await self._transport.send(
            "GET", f"{API_BASE}/room", action, params=params, decode=decode, off_thread=True
        )
        self._book.remember_rooms(rooms)
        modified_before = response.headers.get("X-Nextcloud-Talk-Modified-Before")
        return RoomList(
            rooms=rooms,
            modified_before=int(modified_before)
            if modified_before and modified_before.isdigit()
            else None,
            talk_hash=response.headers.get("X-Nextcloud-Talk-Hash"),
            full=modified_since is None,
        )

    def prefetch_list(self) -> None:
        """Send the first full ``list()`` now, in a worker thread, if the service reads off
        the event loop (``app.api.reader``): the start-up calls this before loading the
        window's code, and the window's first listing then takes that answer."""
        self._transport.prefetch(f"{API_BASE}/room", params=_list_params(None, False, True))

    async def get(self, token: str) -> Room:
        action = self._act(
            "get-room",
            verb(QT_TRANSLATE_NOOP("Verbs", "open {room}"), room=self._quoted(token)),
            token,
        )
        room: Room = await self._transport.call("GET", f"{API_BASE}/room/{token}", action, Room)
        self._book.remember_rooms([room])
        return room

    async def create(
        self,
        room_type: int,
        name: str = "",
        *,
        invite: str | None = None,
        source: str | None = None,
        password: str | None = None,
    ) -> Room:
        """Create a conversation (2 group, 3 public; 1 one-to-one with ``invite``)."""
        body: dict[str, Any] = {"roomType": room_type, "roomName": name}
        if invite is not None:
            body["invite"] = invite
        if source is not None:
            body["source"] = source
        if password:
            body["password"] = password
        action = self._act(
            "create",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "create the conversation '{name}'"),
                name=name or invite or "",
            ),
            target=invite,
        )
        room: Room = await self._transport.call("POST", f"{API_BASE}/room", action, Room, json=body)
        self._book.remember_rooms([room])
        return room

    async def rename(self, token: str, name: str) -> Room | None:
        action = self._act(
            "rename",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "rename {room} to '{name}'"),
                room=self._quoted(token),
                name=name,
            ),
            token,
        )
        result = await self._room_write(
            "PUT", f"{API_BASE}/room/{token}", action, {"roomName": name}
        )
        self._book.remember_room_title(token, name)
        return result

    async def set_description(self, token: str, description: str) -> Room | None:
        action = self._act(
            "description",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change the description of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/description", action, {"description": description}
        )

    async def delete(self, token: str) -> None:
        action = self._act(
            "delete",
            verb(QT_TRANSLATE_NOOP("Verbs", "delete {room}"), room=self._quoted(token)),
            token,
        )
        await self._transport.call("DELETE", f"{API_BASE}/room/{token}", action)

    async def leave(self, token: str) -> None:
        """Remove yourself from the conversation for good (Talk's "leave conversation")."""
        action = self._act(
            "leave",
            verb(QT_TRANSLATE_NOOP("Verbs", "leave {room}"), room=self._quoted(token)),
            token,
        )
        await self._transport.call("DELETE", f"{API_BASE}/room/{token}/participants/self", action)
        self._book.session_closed(token)

    async def set_guests_allowed(
        self, token: str, allowed: bool, *, password: str | None = None
    ) -> Room | None:
        """Make the room public (guests may join by link) or group-only again.

        With a password, Talk 21 stores it but answers with the room as it was before
        (``hasPassword: false``); the room is then read back, so callers show the truth.
        """
        if allowed:
            action = self._act(
                "public",
                verb(
                    QT_TRANSLATE_NOOP("Verbs", "allow guests in {room}"), room=self._quoted(token)
                ),
                token,
            )
            body = {"password": password} if password else None
            room = await self._room_write("POST", f"{API_BASE}/room/{token}/public", action, body)
            if password and room is not None and not room.has_password:
                room = await self.get(token)
            return room
        action = self._act(
            "private",
            verb(QT_TRANSLATE_NOOP("Verbs", "disallow guests in {room}"), room=self._quoted(token)),
            token,
        )
        return await self._room_write("DELETE", f"{API_BASE}/room/{token}/public", action)

    async def set_read_only(self, token: str, read_only: bool) -> Room | None:
        template = (
            QT_TRANSLATE_NOOP("Verbs", "make {room} read-only")
            if read_only
            else QT_TRANSLATE_NOOP("Verbs", "make {room} writable again")
        )
        action = self._act("read-only", verb(template, room=self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/read-only", action, {"state": int(read_only)}
        )

    async def set_password(self, token: str, password: str) -> Room | None:
        """Set the room password; the empty string removes it."""
        if password:
            template = QT_TRANSLATE_NOOP("Verbs", "set the password of {room}")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "remove the password of {room}")
        action = self._act("password", verb(template, room=self._quoted(token)), token)
        return await self._room_write(
            "PUT", f"{API_BASE}/room/{token}/password", action, {"password": password}
        )

    async def set_favorite(self, token: str, favorite: bool) -> None:
        if favorite:
            template = QT_TRANSLATE_NOOP("Verbs", "add {room} to favorites")
        else:
            template = QT_TRANSLATE_NOOP("Verbs", "remove {room} from favorites")
        action = self._act("favorite", verb(template, room=self._quoted(token)), token)
        await self._transport.call(
            "POST" if favorite else "DELETE", f"{API_BASE}/room/{token}/favorite", action
        )

    async def set_notification_level(self, token: str, level: int) -> Room | None:
        """Your own notifications: 1 every message, 2 mentions only, 3 never (0, the
        default, is shown but cannot be chosen)."""
        action = self._act(
            "notify",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change notifications of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        return await self._room_write(
            "POST", f"{API_BASE}/room/{token}/notify", action, {"level": level}
        )

    async def set_call_notifications(self, token: str, enabled: bool) -> Room | None:
        """Whether a starting call rings you (your own setting)."""
        action = self._act(
            "notify",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "change call notifications of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        return await self._room_write(
            "POST", f"{API_BASE}/room/{token}/notify-calls", action, {"level": int(enabled)}
        )


def _list_params(
    modified_since: int | None, include_status: bool, no_status_update: bool
) -> dict[str, Any]:
    params: dict[str, Any] = {"noStatusUpdate": int(no_status_update), "includeLastMessage": 0}
    if include_status:
        params["includeStatus"] = "true"
    if modified_since is not None:
        params["modifiedSince"] = modified_since
    return params
