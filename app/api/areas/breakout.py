"""Breakout rooms of a group conversation (Talk API v1 ``breakout-rooms/…``, capability
``breakout-rooms-v1``; the list of a parent's rooms is v4 ``room/{token}/breakout-rooms``).

What Talk 21.1.7 does, as checked on the real server (``tests/real_server``):

- Only a moderator of a *group* conversation (not public, not one-to-one, not itself a
  breakout room) sets them up, 1 to 20 rooms named "Room 1", "Room 2", …; every refusal of
  that is 400 ``room``. The admin switch ``spreed.breakout_rooms`` (capability
  ``config.call.breakout-rooms``) refuses setting up and assigning with 400 ``config``.
- Set-up adds every moderator of the parent to every breakout room; other users are spread
  over them (``automatic``), placed by an attendee map (``manual``: attendee id -> room
  index from 0) or left to choose (``free``). Guests and e-mail guests are never added.
- A set-up room is closed (its lobby on) until started; stopping closes them again and
  resets any request for assistance. Start and stop answer success when already in that state.
- Moderators cannot be moved by the attendee map (400 ``moderator``) nor switch rooms: they
  are in every room. Only a non-moderator switches, and only in free mode once started.
- Writes on several rooms answer them all, the breakout rooms first and the parent last.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from enum import IntEnum

from ...i18n import QT_TRANSLATE_NOOP, Text
from ..constants import API_BASE, API_V1_BASE
from ..models import Participant, Room
from .base import Area, verb

MIN_ROOMS = 1
MAX_ROOMS = 20
"""Talk's ``BreakoutRoom::MINIMUM_ROOM_AMOUNT`` and ``MAXIMUM_ROOM_AMOUNT``."""

MESSAGE_MAX_CHARS = 32000
"""Talk's chat message limit; a longer broadcast is refused with 413."""


class BreakoutMode(IntEnum):
    """``breakoutRoomMode`` of a parent conversation."""

    NOT_CONFIGURED = 0
    AUTOMATIC = 1
    MANUAL = 2
    FREE = 3


class BreakoutStatus(IntEnum):
    """``breakoutRoomStatus``: of the parent (stopped/started) or of a breakout room
    (assistance requested or not)."""

    STOPPED = 0
    STARTED = 1
    ASSISTANCE_REQUESTED = 2


MODE_NAMES: dict[str, BreakoutMode] = {
    "automatic": BreakoutMode.AUTOMATIC,
    "manual": BreakoutMode.MANUAL,
    "free": BreakoutMode.FREE,
}
"""The modes by the names the CLI and the window use."""

BREAKOUT_OBJECT_TYPE = "room"
"""``objectType`` of a breakout room; its ``objectId`` is the parent's token."""


def is_breakout_room(room: Room) -> bool:
    return room.object_type == BREAKOUT_OBJECT_TYPE


def parent_token(room: Room) -> str:
    """The parent conversation's token of a breakout room ("" for other rooms)."""
    return room.object_id if is_breakout_room(room) else ""


def is_configured(room: Room) -> bool:
    """Whether a (parent) conversation has breakout rooms set up."""
    return room.breakout_room_mode != BreakoutMode.NOT_CONFIGURED


def is_started(room: Room) -> bool:
    return is_configured(room) and room.breakout_room_status == BreakoutStatus.STARTED


def asks_for_assistance(room: Room) -> bool:
    return (
        is_breakout_room(room) and room.breakout_room_status == BreakoutStatus.ASSISTANCE_REQUESTED
    )


def attendee_map_json(assignments: Mapping[int, int]) -> str:
    """Talk's ``attendeeMap``: a JSON object from attendee id to a room index counted from 0.

    Args:
        assignments: attendee id -> room index (0-based), as Talk takes it.
    """
    return json.dumps({str(attendee): int(index) for attendee, index in assignments.items()})


def split_answer(
    rooms: builtins.list[Room], parent: str
) -> tuple[Room | None, builtins.list[Room]]:
    """The parent and the breakout rooms of an answer (in the server's order, Room 1 first)."""
    mine = [room for room in rooms if room.token == parent]
    others = [room for room in rooms if room.token != parent]
    return (mine[0] if mine else None), others


class BreakoutArea(Area):
    """``service.breakout``: set up, assign, start, stop, broadcast, remove, switch, ask for
    help; every write that touches several rooms answers them all (parent last)."""

    def _path(self, token: str, suffix: str = "") -> str:
        return f"{API_V1_BASE}/breakout-rooms/{token}{suffix}"

    async def _rooms(
        self,
        method: str,
        path: str,
        kind: str,
        attempt: str | Text,
        token: str,
        body: Mapping[str, object],
    ) -> builtins.list[Room]:
        action = self._act(kind, attempt, token)
        rooms: builtins.list[Room] = await self._transport.call(
            method, path, action, builtins.list[Room], json=body or None
        )
        self._book.remember_rooms(rooms)
        return rooms

    async def _one(
        self,
        method: str,
        path: str,
        kind: str,
        attempt: str | Text,
        token: str,
        body: Mapping[str, object],
    ) -> Room:
        action = self._act(kind, attempt, token)
        room: Room = await self._transport.call(method, path, action, Room, json=body or None)
        self._book.remember_rooms([room])
        return room

    async def list(self, token: str) -> builtins.list[Room]:
        """The breakout rooms of a parent (all for a moderator; a participant sees theirs, or
        all in free mode, once started).

        Raises:
            BadRequest: ``mode`` (none set up), ``status`` (not started, for participants).
        """
        action = self._act(
            "breakout-list",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "list the breakout rooms of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        rooms: builtins.list[Room] = await self._transport.call(
            "GET", f"{API_BASE}/room/{token}/breakout-rooms", action, builtins.list[Room]
        )
        self._book.remember_rooms(rooms)
        return rooms

    async def participants(self, token: str) -> builtins.list[Participant]:
        """Everyone in the parent and in its breakout rooms, in one answer; each entry's
        ``room_token`` says which room (a person in a breakout room is listed twice).

        Raises:
            BadRequest: ``mode`` (none set up), ``status`` (not started, for participants).
            Forbidden: for guests.
        """
        action = self._act(
            "breakout-list",
            verb(
                QT_TRANSLATE_NOOP("Verbs", "list who is in the breakout rooms of {room}"),
                room=self._quoted(token),
            ),
            token,
        )
        people: builtins.list[Participant] = await self._transport.call(
            "GET",
            f"{API_BASE}/room/{token}/breakout-rooms/participants",
            action,
            builtins.list[Participant],
        )
        return people

    async def configure(
        self,
        token: str,
        mode: BreakoutMode,
        amount: int,
        assignments: Mapping[int, int] | None = None,
    ) -> builtins.list[Room]:
        """Set up ``amount`` breakout rooms; ``assignments`` (attendee id -> room index from
        0) places people in manual mode.

        Raises:
            BadRequest: ``room`` (set up already, not a group conversation, a breakout room),
                ``mode``, ``amount``, ``attendeeMap``, ``config`` (disabled by the admin).
        """
        body: dict[str, object] = {"mode": int(mode), "amount": amount}
        if assignments:
            body["attendeeMap"] = attendee_map_json(assignments)
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "set up {amount} breakout rooms in {room}"),
            amount=str(amount),
            room=self._quoted(token),
        )
        return await self._rooms("POST", self._path(token), "breakout-setup", attempt, token, body)

    async def assign(self, token: str, assignments: Mapping[int, int]) -> builtins.list[Room]:
        """Move people into breakout rooms (attendee id -> room index from 0); whoever is not
        named stays where they are.

        Raises:
            BadRequest: ``mode`` (none set up), ``moderator`` (moderators are in every room),
                ``attendeeMap`` (a room number out of range), ``config``.
        """
        body = {"attendeeMap": attendee_map_json(assignments)}
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "assign people to the breakout rooms of {room}"),
            room=self._quoted(token),
        )
        return await self._rooms(
            "POST", self._path(token, "/attendees"), "breakout-assign", attempt, token, body
        )

    async def start(self, token: str) -> builtins.list[Room]:
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "start the breakout rooms of {room}"),
            room=self._quoted(token),
        )
        return await self._rooms(
            "POST", self._path(token, "/rooms"), "breakout-start", attempt, token, {}
        )

    async def stop(self, token: str) -> builtins.list[Room]:
        """Close the breakout rooms: everyone is back in the parent conversation."""
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "stop the breakout rooms of {room}"),
            room=self._quoted(token),
        )
        return await self._rooms(
            "DELETE", self._path(token, "/rooms"), "breakout-stop", attempt, token, {}
        )

    async def broadcast(self, token: str, message: str) -> builtins.list[Room]:
        """Post ``message`` in every breakout room (as the signed-in moderator).

        Raises:
            BadRequest: ``mode`` (none set up).
            TalkError: 413 ``message`` (over ``MESSAGE_MAX_CHARS``).
        """
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "send a message to every breakout room of {room}"),
            room=self._quoted(token),
        )
        return await self._rooms(
            "POST",
            self._path(token, "/broadcast"),
            "breakout-broadcast",
            attempt,
            token,
            {"message": message},
        )

    async def remove(self, token: str) -> Room:
        """Delete the breakout rooms; answers the parent (success also when none were set up)."""
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "remove the breakout rooms of {room}"),
            room=self._quoted(token),
        )
        return await self._one("DELETE", self._path(token), "breakout-remove", attempt, token, {})

    async def request_assistance(self, token: str) -> Room:
        """Ask the moderators for help in the breakout room ``token`` (any member).

        Raises:
            BadRequest: ``room`` (not a breakout room, or not started).
        """
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "ask for help in {room}"), room=self._quoted(token)
        )
        return await self._one(
            "POST", self._path(token, "/request-assistance"), "breakout-help", attempt, token, {}
        )

    async def reset_assistance(self, token: str) -> Room:
        """Mark the request for help in the breakout room ``token`` as answered."""
        attempt = verb(
            QT_TRANSLATE_NOOP("Verbs", "dismiss the request for help in {room}"),
            room=self._quoted(token),
        )
        return await self._one(
            "DELETE",
            self._path(token, "/request-assistance"),
            "breakout-assistance",
            attempt,
            token,
            {},
        )

    async def switch(self, token: str, target: str) -> Room:
        """Go to the breakout room ``target`` of the parent ``token`` (free mode, started;
        not for moderators, who are in every room); answers the target room.

        Raises:
            BadRequest: ``mode`` (not free), ``status`` (not started), ``moderator``,
                ``target`` (not a breakout room of this parent).
        """
        attempt = verb(QT_TRANSLATE_NOOP("Verbs", "switch to {room}"), room=self._quoted(target))
        return await self._one(
            "POST",
            self._path(token, "/switch"),
            "breakout-switch",
            attempt,
            token,
            {"target": target},
        )
