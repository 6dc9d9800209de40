"""Permission actions as data, and how to send them: one person's, everyone's, the
conversation's, and "attendees listen only" for a running call.

Builders take the room and people as the caller last saw them and never touch the network;
the senders are listed in ``operations.DISPATCH``. The bits and their names are
``app.api.permissions``.

"Listen only" and "everyone at once" have to work on every Talk the app supports: Talk 19
and older have call permissions (they end with the call) and ``attendees/permissions/all``;
Talk 20 removed both (the server answers 400 and changes nothing). So listen only is tried
as the call's permissions and, where those are gone, set as the conversation's default
permissions (Talk then resets everyone's own permissions, which the window says before;
people let in past the lobby get that right back); everyone at once falls back to one request
per person.
"""

from __future__ import annotations

import asyncio
import logging

from ..api import BadRequest, Participant, Room, TalkError, TalkService
from ..api.constants import ActorType, Permission
from ..api.errors import worded
from ..api.kinds import ActionKind
from ..api.permissions import (
    ALL_RIGHTS,
    BUILT_IN_DEFAULT,
    PUBLISHING,
    as_custom,
    describe,
    listens_only,
)
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import OPERATIONS, Operation, for_person, for_room, joined

log = logging.getLogger(__name__)

METHODS = ("set", "add", "remove")
EVERYONE = "everyone"
EVERYONE_CONCURRENCY = 8
"""Person-by-person requests in flight at once when the server cannot do everyone at once."""


def _wire_value(method: str, bits: int) -> int:
    """What to send: a set value is marked custom (0 stays "the default"); add and remove
    carry rights only."""
    if method not in METHODS:
        raise ValueError(f"unknown permission method {method!r}")
    if method == "set":
        return 0 if bits == 0 else as_custom(bits)
    return bits & ALL_RIGHTS


def _change_words(method: str, bits: int) -> str:
    if method == "set":
        if bits == 0:
            return "permissions back to the conversation's default"
        return f"permissions: {describe(as_custom(bits))}"
    verb = "give" if method == "add" else "take away"
    return f"{verb} {describe(bits & ALL_RIGHTS)}"


def level(room: Room) -> int:
    """The conversation-wide permissions in force: the call's, else the default (0: none)."""
    return room.call_permissions or room.default_permissions


def room_listens_only(room: Room) -> bool:
    """Non-moderators may neither speak, show video nor share (the call's or the default)."""
    return listens_only(level(room))


def may_have_own_permissions(person: Participant) -> bool:
    """Talk keeps permissions per person for everyone but moderators, groups and teams."""
    return not person.is_moderator and person.actor_type not in (
        ActorType.GROUPS,
        ActorType.CIRCLES,
    )


# ----------------------------------------------------------------- one person, everyone


def set_permissions(room: Room, person: Participant, method: str, bits: int) -> Operation:
    """Set (0: back to the default), add or remove rights of one person."""
    value = _wire_value(method, bits)
    detail = f"{_change_words(method, bits)} for {person.title}"
    return for_person(
        ActionKind.PERMISSIONS, room, person, detail, method=method, permissions=value
    )


def set_everyone(room: Room, method: str, bits: int) -> Operation:
    """Set, add or remove rights of everyone who can have their own (not moderators)."""
    value = _wire_value(method, bits)
    return Operation(
        ActionKind.PERMISSIONS,
        f"{_change_words(method, bits)} for everyone",
        room.token,
        room.title,
        participant=EVERYONE,
        params={"method": method, "permissions": value, "everyone": True},
    )


async def _permissions(service: TalkService, op: Operation) -> object:
    method, value = op.text("method"), op.number("permissions")
    if not op.flag("everyone"):
        return await service.participants.set_permissions(
            op.room_token, op.attendee_id, method, value
        )
    try:
        return await service.permissions.set_everyone(op.room_token, method, value)
    except BadRequest as exc:  # Talk 20 and newer: gone, nothing changed
        log.info("everyone at once refused (%s); person by person instead", exc)
    return await _person_by_person(service, op, method, value)


def _refusals(refused: list[tuple[Participant, TalkError]]) -> Text:
    """'Bob: reason; Carol: reason', each reason translatable where the service worded it."""
    items = [
        text(
            OPERATIONS,
            QT_TRANSLATE_NOOP("Operations", "{name}: {error}"),
            name=person.title,
            error=exc.text if exc.text is not None else str(exc),
        )
        for person, exc in refused
    ]
    return joined(items, "; ")


async def _person_by_person(
    service: TalkService, op: Operation, method: str, value: int
) -> list[str]:
    """Everyone who can have own permissions, one request each; returns who was changed.

    Raises:
        TalkError: some were refused: who was changed and who not, with the reasons.
    """
    people = [
        p for p in await service.participants.list(op.room_token) if may_have_own_permissions(p)
    ]
    semaphore = asyncio.Semaphore(EVERYONE_CONCURRENCY)
    refused: list[tuple[Participant, TalkError]] = []

    async def one(person: Participant) -> None:
        async with semaphore:
            try:
                await service.participants.set_permissions(
                    op.room_token, person.attendee_id, method, value
                )
            except TalkError as exc:
                refused.append((person, exc))

    await asyncio.gather(*(one(person) for person in people))
    if refused:
        first = refused[0][1]
        said = text(
            OPERATIONS,
            QT_TRANSLATE_NOOP(
                "Operations", "Changed {changed} of {total} people; not changed: {names}{more}"
            ),
            changed=str(len(people) - len(refused)),
            total=str(len(people)),
            names=_refusals(refused[:3]),
            more=text(
                OPERATIONS,
                QT_TRANSLATE_NOOP("Operations", " and {count} more"),
                count=str(len(refused) - 3),
            )
            if len(refused) > 3
            else "",
        )
        raise worded(type(first), said, status=first.status, reason=first.reason)
    return [person.title for person in people]


# ----------------------------------------------------------------- the conversation


def set_room_permissions(room: Room, bits: int, *, call: bool = False) -> Operation:
    """The conversation's default permissions (0: Talk's built-in), or with ``call`` the
    running call's (Talk 19 and older)."""
    value = 0 if bits == 0 else as_custom(bits)
    what = "call permissions" if call else "default permissions"
    words = "Talk's built-in" if value == 0 and not call else describe(value)
    if value == 0 and call:
        words = "none of their own"
    return for_room(
        ActionKind.ROOM_PERMISSIONS, room, f"{what}: {words}", permissions=value, call=call
    )


async def _room_permissions(service: TalkService, op: Operation) -> Room | None:
    if op.flag("call"):
        return await service.permissions.set_call(op.room_token, op.number("permissions"))
    return await service.permissions.set_default(op.room_token, op.number("permissions"))


def listen_only(room: Room, enabled: bool) -> Operation:
    """Non-moderators keep what they may do but lose audio, video and screen (or get them
    back). Computed from the room as last seen, so a second click does not stack."""
    current = level(room)
    if enabled:
        value = as_custom((current or BUILT_IN_DEFAULT) & ~PUBLISHING)
        detail = "attendees listen only (no audio, video or screen)"
    else:
        back = (current | PUBLISHING) & ALL_RIGHTS
        value = 0 if back == BUILT_IN_DEFAULT else as_custom(back)
        detail = "attendees may speak, show video and share again"
    return for_room(
        ActionKind.LISTEN_ONLY,
        room,
        detail,
        enabled=enabled,
        permissions=value,
        call_level=bool(room.call_permissions),
    )


async def _listen_only(service: TalkService, op: Operation) -> Room | None:
    """The call's permissions where the server has them, else the default permissions.

    Turning it off where the call's permissions hold it takes those away (0); otherwise the
    default gets the publishing rights back.
    """
    token, value = op.room_token, op.number("permissions")
    if op.flag("enabled") or op.flag("call_level"):
        call_value = value if op.flag("enabled") else 0
        try:
            return await service.permissions.set_call(token, call_value)
        except BadRequest as exc:
            if exc.reason != "mode":
                raise
            log.info("no call permissions on this server: listen only via the default")
    admitted = [p for p in await service.participants.list(token) if _admitted(p)]
    room = await service.permissions.set_default(token, value)
    await _admit_again(service, op, admitted)
    return room


def _admitted(person: Participant) -> bool:
    """Let in past the lobby by a moderator (their own lobby-ignore right)."""
    return may_have_own_permissions(person) and bool(
        person.attendee_permissions & int(Permission.LOBBY_IGNORE)
    )


async def _admit_again(service: TalkService, op: Operation, people: list[Participant]) -> None:
    """A new default resets everyone's own permissions, the lobby admissions too: people let
    in past the lobby must not be sent back to it by "listen only", so they get that back.

    Best effort: the switch itself succeeded; who could not be let in again is logged.
    """
    for person in people:
        try:
            await service.participants.set_permissions(
                op.room_token, person.attendee_id, "add", int(Permission.LOBBY_IGNORE)
            )
        except TalkError as exc:
            log.warning("Could not let %s in past the lobby again: %s", person.title, exc)
