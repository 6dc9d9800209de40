"""After a write whose answer was lost: read the object again and say whether it took effect.

A write is never sent twice on its own: the connection may have dropped after the server had
already done it, and sending "remove Bob" or "post the announcement" again would do it twice.
Instead the runner asks this module, which reads the conversation (or its participants) once
and compares it with what the operation wanted. The answer is one of three: applied, not
applied (the user may try again), or unknown (the re-read failed too, or the kind leaves no
trace a read can see, such as ringing someone).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ..api import NotFound, Participant, Room, TalkError, TalkService
from ..api.constants import ParticipantType, Permission
from ..api.kinds import ActionKind
from . import recording
from .operation import Operation


class Verdict(StrEnum):
    """What the re-read showed; the value is what ``audit.jsonl`` records."""

    APPLIED = "verified-applied"
    NOT_APPLIED = "verified-not-applied"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Check:
    """One re-read: its verdict, what it saw in words, and the room read (if any)."""

    verdict: Verdict
    seen: str
    room: Room | None = None


RoomTest = Callable[[Room, Operation], tuple[bool, str]]
PersonTest = Callable[[Participant | None, Operation], tuple[bool, str]]


def _on_off(value: bool, what: str) -> str:
    return f"{what} is now {'on' if value else 'off'}"


def _lobby(room: Room, op: Operation) -> tuple[bool, str]:
    wanted = op.flag("enabled")
    opens = op.time("opens_at")
    applied = room.lobby_enabled == wanted
    if applied and wanted and opens is not None:
        applied = room.lobby_timer == int(opens.timestamp())
    return applied, _on_off(room.lobby_enabled, "the lobby")


ROOM_TESTS: dict[ActionKind, RoomTest] = {
    ActionKind.LOBBY: _lobby,
    ActionKind.READ_ONLY: lambda r, op: (
        r.is_read_only == op.flag("read_only"),
        f"the conversation is now {'read-only' if r.is_read_only else 'writable'}",
    ),
    ActionKind.GUESTS: lambda r, op: (
        r.is_public == op.flag("allowed"),
        f"guests are now {'allowed' if r.is_public else 'not allowed'}",
    ),
    ActionKind.PASSWORD: lambda r, op: (
        r.has_password == bool(op.text("password")),
        f"the conversation now {'has a' if r.has_password else 'has no'} password",
    ),
    ActionKind.RENAME: lambda r, op: (r.name == op.text("name"), f"it is now named '{r.name}'"),
    ActionKind.DESCRIPTION: lambda r, op: (
        r.description == op.text("description"),
        "the description is the new one"
        if r.description == op.text("description")
        else "the description is not the new one",
    ),
    ActionKind.FAVORITE: lambda r, op: (
        r.is_favorite == op.flag("favorite"),
        f"it is now {'a' if r.is_favorite else 'not a'} favorite",
    ),
    ActionKind.SIP: lambda r, op: (r.sip_enabled == op.number("state"), f"SIP is {r.sip_enabled}"),
    ActionKind.LISTABLE: lambda r, op: (
        r.listable == op.number("scope"),
        f"who may find it is now scope {r.listable}",
    ),
    ActionKind.MESSAGE_EXPIRATION: lambda r, op: (
        r.message_expiration == op.number("seconds"),
        f"messages now expire after {r.message_expiration} s",
    ),
    ActionKind.MENTION_PERMISSIONS: lambda r, op: (
        r.mention_permissions == op.number("value"),
        f"mention permissions are now {r.mention_permissions}",
    ),
    ActionKind.NOTIFICATIONS: lambda r, op: (
        r.notification_level == op.number("level"),
        f"the notification level is now {r.notification_level}",
    ),
    ActionKind.CALL_NOTIFICATIONS: lambda r, op: (
        bool(r.notification_calls) == op.flag("enabled"),
        _on_off(bool(r.notification_calls), "call notifications"),
    ),
    ActionKind.END_CALL: lambda r, op: (
        not r.has_call,
        "a call is still running" if r.has_call else "no call is running any more",
    ),
    ActionKind.START_RECORDING: lambda r, op: (
        recording.is_recording(r),
        recording.recording_text(r) or "the call is not being recorded",
    ),
    ActionKind.STOP_RECORDING: lambda r, op: (
        not recording.is_recording(r),
        recording.recording_text(r) or "the call is not being recorded any more",
    ),
}

_MODERATORS = (ParticipantType.OWNER, ParticipantType.MODERATOR, ParticipantType.GUEST_MODERATOR)


def _role(p: Participant | None, op: Operation, *, moderator: bool) -> tuple[bool, str]:
    if p is None:
        return False, f"{op.participant} is no longer in the conversation"
    now = p.participant_type in _MODERATORS
    return now == moderator, f"{op.participant} is {'' if now else 'not '}a moderator now"


def _lobby_pass(p: Participant | None, op: Operation) -> tuple[bool, str]:
    if p is None:
        return False, f"{op.participant} is no longer in the conversation"
    passes = bool(p.permissions & Permission.LOBBY_IGNORE)
    seen = "may now pass the lobby" if passes else "waits for the lobby"
    return passes == op.flag("allowed"), f"{op.participant} {seen}"


PERSON_TESTS: dict[ActionKind, PersonTest] = {
    ActionKind.PROMOTE: lambda p, op: _role(p, op, moderator=True),
    ActionKind.DEMOTE: lambda p, op: _role(p, op, moderator=False),
    ActionKind.REMOVE: lambda p, op: (
        p is None,
        f"{op.participant} is {'no longer' if p is None else 'still'} in the conversation",
    ),
    ActionKind.LOBBY_BYPASS: _lobby_pass,
}


async def verify(service: TalkService, op: Operation) -> Check:
    """Read what ``op`` changed once (never retried by us beyond the service's read retries)
    and compare it with what ``op`` wanted."""
    try:
        if op.kind is ActionKind.DELETE:
            return await _verify_deleted(service, op)
        if op.kind in ROOM_TESTS:
            room = await service.rooms.get(op.room_token)
            applied, seen = ROOM_TESTS[op.kind](room, op)
            return Check(Verdict.APPLIED if applied else Verdict.NOT_APPLIED, seen, room)
        if op.kind in PERSON_TESTS:
            people = await service.participants.list(op.room_token)
            person = _find(people, op.attendee_id)
            applied, seen = PERSON_TESTS[op.kind](person, op)
            return Check(Verdict.APPLIED if applied else Verdict.NOT_APPLIED, seen)
    except TalkError as exc:
        return Check(Verdict.UNKNOWN, f"reading it again failed too ({exc})")
    return Check(Verdict.UNKNOWN, "a read cannot show whether this action took effect")


async def _verify_deleted(service: TalkService, op: Operation) -> Check:
    try:
        room = await service.rooms.get(op.room_token)
    except NotFound:
        return Check(Verdict.APPLIED, "the conversation is gone")
    return Check(Verdict.NOT_APPLIED, "the conversation is still there", room)


def _find(people: builtins.list[Participant], attendee_id: int) -> Participant | None:
    return next((person for person in people if person.attendee_id == attendee_id), None)
