"""The catalogue of moderation operations: the request to send and how to describe it.

Each function binds a service call to the room and participant it is about and writes the
audit wording in one place. The functions only build ``Operation`` objects; nothing is sent
until an ``ActionRunner`` runs them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from ..api import Forbidden, NotFound, Participant, Room, TalkService
from ..api.constants import SipState
from .runner import Operation

Send = Callable[[], Awaitable[Any]]


def _person(room: Room, person: Participant, action: str, detail: str, send: Send) -> Operation:
    return Operation(
        action=action,
        detail=detail,
        room_token=room.token,
        room_title=room.title,
        participant=person.title,
        attendee_id=person.attendee_id,
        send=send,
    )


def _room(room: Room, action: str, detail: str, send: Send) -> Operation:
    return Operation(
        action=action,
        detail=detail,
        room_token=room.token,
        room_title=room.title,
        send=send,
    )


# ----------------------------------------------------------------- participants


def promote(service: TalkService, room: Room, person: Participant) -> Operation:
    return _person(
        room,
        person,
        "promote",
        f"promote {person.title} to moderator",
        lambda: service.promote(room.token, person.attendee_id),
    )


def demote(service: TalkService, room: Room, person: Participant) -> Operation:
    return _person(
        room,
        person,
        "demote",
        f"demote {person.title} to participant",
        lambda: service.demote(room.token, person.attendee_id),
    )


def remove(service: TalkService, room: Room, person: Participant) -> Operation:
    kind = "guest" if person.is_guest else person.actor_type.rstrip("s") or "participant"
    return _person(
        room,
        person,
        "remove",
        f"remove {kind} {person.title}",
        lambda: service.remove_attendee(room.token, person.attendee_id),
    )


def lobby_bypass(service: TalkService, room: Room, person: Participant, allowed: bool) -> Operation:
    detail = (
        f"let {person.title} in past the lobby"
        if allowed
        else f"send {person.title} back to the lobby"
    )
    return _person(
        room,
        person,
        "lobby-bypass",
        detail,
        lambda: service.set_lobby_bypass(room.token, person.attendee_id, allowed),
    )


def add_participant(service: TalkService, room: Room, who: str, source: str) -> Operation:
    kind = {"users": "user", "groups": "group", "emails": "e-mail guest"}.get(source, source)
    return Operation(
        action="add",
        detail=f"add {kind} {who}",
        room_token=room.token,
        room_title=room.title,
        participant=who,
        send=lambda: service.add_participant(room.token, who, source),
    )


def ring(service: TalkService, room: Room, person: Participant) -> Operation:
    return _person(
        room,
        person,
        "ring",
        f"ring {person.title}",
        lambda: service.ring(room.token, person.attendee_id),
    )


def dial_out(service: TalkService, room: Room, person: Participant) -> Operation:
    return _person(
        room,
        person,
        "dial-out",
        f"dial out to {person.title} by phone",
        lambda: service.dial_out(room.token, person.attendee_id),
    )


# ----------------------------------------------------------------- conversations


def describe_lobby(enabled: bool, opens_at: datetime | None) -> str:
    if not enabled:
        return "lobby off"
    if opens_at is None:
        return "lobby on"
    return f"lobby on, opens {opens_at.astimezone():%Y-%m-%d %H:%M %Z}"


def set_lobby(
    service: TalkService, room: Room, enabled: bool, opens_at: datetime | None = None
) -> Operation:
    """Lobby on (optionally until ``opens_at``, an aware datetime) or off."""
    timer = opens_at if enabled else None
    return _room(
        room,
        "lobby",
        describe_lobby(enabled, timer),
        lambda: service.set_lobby(room.token, enabled, timer),
    )


def set_read_only(service: TalkService, room: Room, read_only: bool) -> Operation:
    return _room(
        room,
        "read-only",
        "read-only on" if read_only else "read-only off",
        lambda: service.set_read_only(room.token, read_only),
    )


def set_guests_allowed(service: TalkService, room: Room, allowed: bool) -> Operation:
    return _room(
        room,
        "guests",
        "guests allowed" if allowed else "guests not allowed",
        lambda: service.set_guests_allowed(room.token, allowed),
    )


def set_password(service: TalkService, room: Room, password: str) -> Operation:
    """Set, change or remove (empty string) the password. The audit text never holds it."""
    if not password:
        detail = "password removed"
    elif room.has_password:
        detail = "password changed"
    else:
        detail = "password set"
    return _room(room, "password", detail, lambda: service.set_password(room.token, password))


def rename(service: TalkService, room: Room, name: str) -> Operation:
    return _room(
        room,
        "rename",
        f"rename '{room.title}' to '{name}'",
        lambda: service.rename_room(room.token, name),
    )


def delete(service: TalkService, room: Room) -> Operation:
    return _room(room, "delete", f"delete '{room.title}'", lambda: service.delete_room(room.token))


SIP_WORDS = {
    SipState.DISABLED: "SIP dial-in off",
    SipState.ENABLED_WITH_PIN: "SIP dial-in on (with PIN)",
    SipState.ENABLED_NO_PIN: "SIP dial-in on (without PIN)",
}


def set_sip(service: TalkService, room: Room, state: int) -> Operation:
    return _room(
        room,
        "sip",
        SIP_WORDS.get(SipState(state), f"SIP state {state}"),
        lambda: service.set_sip(room.token, state),
    )


def join_call(service: TalkService, room: Room) -> Operation:
    return _room(room, "join-call", "join the call", lambda: service.join_call(room.token))


def leave_call(service: TalkService, room: Room) -> Operation:
    return _room(room, "leave-call", "leave the call", lambda: service.leave_call(room.token))


def end_call(service: TalkService, room: Room) -> Operation:
    """End the call for everyone, then check it really ended.

    A server answers 200 to a non-moderator's "end for everyone" and only makes them leave,
    so success is confirmed by reading the room back (a read, not a retry of the write).
    After a server restart our Talk session is gone and the server answers 404 without having
    done anything; then the session is opened again and the request sent once more.
    """

    async def send() -> None:
        try:
            await service.leave_call(room.token, end_for_everyone=True)
        except NotFound:
            await service.join_room(room.token)
            await service.leave_call(room.token, end_for_everyone=True)
        after = await service.get_room(room.token)
        if after.has_call:
            raise Forbidden(
                f"The call in '{room.title}' is still running: the server only let you leave "
                "it (ending it for everyone needs moderator rights)",
                status=403,
            )

    return _room(room, "end-call", "end the call for everyone", send)
