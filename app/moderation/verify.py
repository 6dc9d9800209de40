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
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from . import recording
from .operation import Operation


class Verdict(StrEnum):
    """What the re-read showed; the value is what ``audit.jsonl`` records."""

    APPLIED = "verified-applied"
    NOT_APPLIED = "verified-not-applied"
    UNKNOWN = "unknown"


VERIFY = "Verify"
"""The translation context of what a re-read saw and of the runner's sentences about a lost
answer (marked with QT_TRANSLATE_NOOP; the window and the kiosk translate them, see
``app.i18n``)."""


@dataclass(frozen=True)
class Check:
    """One re-read: its verdict, what it saw in words, and the room read (if any).

    ``said`` is the sentence kept translatable; ``seen`` its English (the audit's, the CLI's).
    """

    verdict: Verdict
    said: Text
    room: Room | None = None

    @property
    def seen(self) -> str:
        """What the read saw, in English."""
        return str(self.said)


def _said(template: str, **values: str | Text) -> Text:
    """``template`` (marked ``QT_TRANSLATE_NOOP("Verify", ...)``) with its values."""
    return text(VERIFY, template, **values)


RoomTest = Callable[[Room, Operation], tuple[bool, Text]]
PersonTest = Callable[[Participant | None, Operation], tuple[bool, Text]]


def _lobby(room: Room, op: Operation) -> tuple[bool, Text]:
    wanted = op.flag("enabled")
    opens = op.time("opens_at")
    applied = room.lobby_enabled == wanted
    if applied and wanted and opens is not None:
        applied = room.lobby_timer == int(opens.timestamp())
    if room.lobby_enabled:
        return applied, _said(QT_TRANSLATE_NOOP("Verify", "the lobby is now on"))
    return applied, _said(QT_TRANSLATE_NOOP("Verify", "the lobby is now off"))


def _setting(shows: Callable[[Room], bool], flag: str, on: str, off: str) -> RoomTest:
    """The check of a switch ``op``'s ``flag`` sets: applied when the room ``shows`` it so;
    ``on`` / ``off`` (marked, context Verify) say how it is now."""

    def check(room: Room, op: Operation) -> tuple[bool, Text]:
        now = shows(room)
        return now == op.flag(flag), _said(on if now else off)

    return check


_read_only = _setting(
    lambda room: room.is_read_only,
    "read_only",
    QT_TRANSLATE_NOOP("Verify", "the conversation is now read-only"),
    QT_TRANSLATE_NOOP("Verify", "the conversation is now writable"),
)
_guests = _setting(
    lambda room: room.is_public,
    "allowed",
    QT_TRANSLATE_NOOP("Verify", "guests are now allowed"),
    QT_TRANSLATE_NOOP("Verify", "guests are now not allowed"),
)


def _password(room: Room, op: Operation) -> tuple[bool, Text]:
    applied = room.has_password == bool(op.text("password"))
    if room.has_password:
        return applied, _said(QT_TRANSLATE_NOOP("Verify", "the conversation now has a password"))
    return applied, _said(QT_TRANSLATE_NOOP("Verify", "the conversation now has no password"))


def _rename(room: Room, op: Operation) -> tuple[bool, Text]:
    return room.name == op.text("name"), _said(
        QT_TRANSLATE_NOOP("Verify", "it is now named '{name}'"), name=room.name
    )


def _description(room: Room, op: Operation) -> tuple[bool, Text]:
    if room.description == op.text("description"):
        return True, _said(QT_TRANSLATE_NOOP("Verify", "the description is the new one"))
    return False, _said(QT_TRANSLATE_NOOP("Verify", "the description is not the new one"))


_favorite = _setting(
    lambda room: room.is_favorite,
    "favorite",
    QT_TRANSLATE_NOOP("Verify", "it is now a favorite"),
    QT_TRANSLATE_NOOP("Verify", "it is now not a favorite"),
)


_call_notifications = _setting(
    lambda room: bool(room.notification_calls),
    "enabled",
    QT_TRANSLATE_NOOP("Verify", "call notifications is now on"),
    QT_TRANSLATE_NOOP("Verify", "call notifications is now off"),
)


def _end_call(room: Room, op: Operation) -> tuple[bool, Text]:
    if room.has_call:
        return False, _said(QT_TRANSLATE_NOOP("Verify", "a call is still running"))
    return True, _said(QT_TRANSLATE_NOOP("Verify", "no call is running any more"))


def _recording(room: Room, *, wanted: bool) -> tuple[bool, Text]:
    words = recording.recording_text(room)
    if words:  # recording.STATE_WORDS, marked in the context Rules
        said = Text(recording.STATE_CONTEXT, words)
    elif wanted:
        said = _said(QT_TRANSLATE_NOOP("Verify", "the call is not being recorded"))
    else:
        said = _said(QT_TRANSLATE_NOOP("Verify", "the call is not being recorded any more"))
    return recording.is_recording(room) == wanted, said


ROOM_TESTS: dict[ActionKind, RoomTest] = {
    ActionKind.LOBBY: _lobby,
    ActionKind.READ_ONLY: _read_only,
    ActionKind.GUESTS: _guests,
    ActionKind.PASSWORD: _password,
    ActionKind.RENAME: _rename,
    ActionKind.DESCRIPTION: _description,
    ActionKind.FAVORITE: _favorite,
    ActionKind.SIP: lambda r, op: (
        r.sip_enabled == op.number("state"),
        _said(QT_TRANSLATE_NOOP("Verify", "SIP is {state}"), state=str(r.sip_enabled)),
    ),
    ActionKind.LISTABLE: lambda r, op: (
        r.listable == op.number("scope"),
        _said(
            QT_TRANSLATE_NOOP("Verify", "who may find it is now scope {scope}"),
            scope=str(r.listable),
        ),
    ),
    ActionKind.MESSAGE_EXPIRATION: lambda r, op: (
        r.message_expiration == op.number("seconds"),
        _said(
            QT_TRANSLATE_NOOP("Verify", "messages now expire after {seconds} s"),
            seconds=str(r.message_expiration),
        ),
    ),
    ActionKind.MENTION_PERMISSIONS: lambda r, op: (
        r.mention_permissions == op.number("value"),
        _said(
            QT_TRANSLATE_NOOP("Verify", "mention permissions are now {value}"),
            value=str(r.mention_permissions),
        ),
    ),
    ActionKind.NOTIFICATIONS: lambda r, op: (
        r.notification_level == op.number("level"),
        _said(
            QT_TRANSLATE_NOOP("Verify", "the notification level is now {level}"),
            level=str(r.notification_level),
        ),
    ),
    ActionKind.CALL_NOTIFICATIONS: _call_notifications,
    ActionKind.END_CALL: _end_call,
    ActionKind.START_RECORDING: lambda r, op: _recording(r, wanted=True),
    ActionKind.STOP_RECORDING: lambda r, op: _recording(r, wanted=False),
}

_MODERATORS = (ParticipantType.OWNER, ParticipantType.MODERATOR, ParticipantType.GUEST_MODERATOR)


def _gone(op: Operation) -> Text:
    return _said(
        QT_TRANSLATE_NOOP("Verify", "{name} is no longer in the conversation"), name=op.participant
    )


def _role(p: Participant | None, op: Operation, *, moderator: bool) -> tuple[bool, Text]:
    if p is None:
        return False, _gone(op)
    now = p.participant_type in _MODERATORS
    if now:
        said = _said(QT_TRANSLATE_NOOP("Verify", "{name} is a moderator now"), name=op.participant)
    else:
        said = _said(
            QT_TRANSLATE_NOOP("Verify", "{name} is not a moderator now"), name=op.participant
        )
    return now == moderator, said


def _lobby_pass(p: Participant | None, op: Operation) -> tuple[bool, Text]:
    if p is None:
        return False, _gone(op)
    passes = bool(p.permissions & Permission.LOBBY_IGNORE)
    if passes:
        said = _said(
            QT_TRANSLATE_NOOP("Verify", "{name} may now pass the lobby"), name=op.participant
        )
    else:
        said = _said(QT_TRANSLATE_NOOP("Verify", "{name} waits for the lobby"), name=op.participant)
    return passes == op.flag("allowed"), said


def _removed(p: Participant | None, op: Operation) -> tuple[bool, Text]:
    if p is None:
        return True, _gone(op)
    return False, _said(
        QT_TRANSLATE_NOOP("Verify", "{name} is still in the conversation"), name=op.participant
    )


PERSON_TESTS: dict[ActionKind, PersonTest] = {
    ActionKind.PROMOTE: lambda p, op: _role(p, op, moderator=True),
    ActionKind.DEMOTE: lambda p, op: _role(p, op, moderator=False),
    ActionKind.REMOVE: _removed,
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
        return Check(
            Verdict.UNKNOWN,
            _said(
                QT_TRANSLATE_NOOP("Verify", "reading it again failed too ({error})"),
                error=exc.text if exc.text is not None else str(exc),
            ),
        )
    return Check(
        Verdict.UNKNOWN,
        _said(QT_TRANSLATE_NOOP("Verify", "a read cannot show whether this action took effect")),
    )


async def _verify_deleted(service: TalkService, op: Operation) -> Check:
    try:
        room = await service.rooms.get(op.room_token)
    except NotFound:
        return Check(
            Verdict.APPLIED, _said(QT_TRANSLATE_NOOP("Verify", "the conversation is gone"))
        )
    still = _said(QT_TRANSLATE_NOOP("Verify", "the conversation is still there"))
    return Check(Verdict.NOT_APPLIED, still, room)


def _find(people: builtins.list[Participant], attendee_id: int) -> Participant | None:
    return next((person for person in people if person.attendee_id == attendee_id), None)
