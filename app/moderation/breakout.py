"""Breakout rooms as moderation actions: builders (data, with the audit wording), senders,
what they answer (``BreakoutAnswer``) and why one is not possible (pure, for ``rules``).

The set-up, assignments, start, stop, broadcast and removal all act on the *parent* group
conversation; dismissing a request for help acts on the breakout room that asked. People are
assigned by 1-based room number here (as the window and the CLI show them, "Room 1"), and
turned into Talk's 0-based attendee map only when sent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..api import Room, TalkService
from ..api.areas.breakout import (
    MAX_ROOMS,
    MESSAGE_MAX_CHARS,
    MIN_ROOMS,
    BreakoutMode,
    asks_for_assistance,
    is_breakout_room,
    is_configured,
    is_started,
)
from ..api.capabilities import TalkCapabilities
from ..api.constants import ConversationType
from ..api.kinds import ActionKind
from ..i18n import QT_TRANSLATE_NOOP, Text, text
from .operation import OPERATIONS, Operation, Send, for_room, joined

MODE_WORDS = {
    BreakoutMode.AUTOMATIC: "automatic",
    BreakoutMode.MANUAL: "manual",
    BreakoutMode.FREE: "free choice",
}


@dataclass(frozen=True)
class BreakoutAnswer:
    """What a breakout write answered: the rooms as the server sent them (breakout rooms
    first, the parent last) and whether the breakout rooms are gone (``remove``).

    Args:
        parent_token: the parent conversation's token.
        rooms: every room of the answer.
        removed: the parent's breakout rooms were deleted; lists drop them.
    """

    parent_token: str
    rooms: tuple[Room, ...]
    removed: bool = False

    @property
    def parent(self) -> Room | None:
        return next((room for room in self.rooms if room.token == self.parent_token), None)

    @property
    def breakout_rooms(self) -> tuple[Room, ...]:
        return tuple(room for room in self.rooms if room.token != self.parent_token)


# ------------------------------------------------------------------- validation


def amount_problem(amount: int) -> str | None:
    """Why ``amount`` breakout rooms cannot be set up (None: it can)."""
    if not MIN_ROOMS <= amount <= MAX_ROOMS:
        return f"There must be {MIN_ROOMS} to {MAX_ROOMS} breakout rooms, not {amount}"
    return None


def assignment_problem(assignments: Mapping[int, int], amount: int) -> str | None:
    """Why the assignments (attendee id -> room number from 1) cannot be sent."""
    for number in assignments.values():
        if not 1 <= number <= amount:
            return f"There is no Room {number}: the rooms are numbered 1 to {amount}"
    return None


def message_problem(message: str) -> str | None:
    if not message.strip():
        return QT_TRANSLATE_NOOP("Rules", "Type the message to send to every breakout room")
    if len(message) > MESSAGE_MAX_CHARS:
        return (
            f"The message has {len(message):,} characters; Talk takes at most {MESSAGE_MAX_CHARS:,}"
        )
    return None


def _zero_based(assignments: Mapping[int, int]) -> dict[int, int]:
    return {attendee: number - 1 for attendee, number in assignments.items()}


def _params_map(assignments: Mapping[int, int]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((int(a), int(n)) for a, n in assignments.items()))


def _assignments(op: Operation) -> dict[int, int]:
    pairs = op.params.get("assignments", ())
    return {int(attendee): int(number) for attendee, number in pairs}


# ------------------------------------------------------------------- builders


def setup(
    room: Room,
    mode: BreakoutMode,
    amount: int,
    assignments: Mapping[int, int] | None = None,
) -> Operation:
    """Set up ``amount`` rooms; ``assignments`` (attendee id -> room number from 1) are
    sent only in manual mode, where they place people."""
    placed = dict(assignments or {}) if mode is BreakoutMode.MANUAL else {}
    detail = f"set up {amount} breakout rooms ({MODE_WORDS.get(mode, str(int(mode)))})"
    if placed:
        detail += f", {len(placed)} people assigned"
    return for_room(
        ActionKind.BREAKOUT_SETUP,
        room,
        detail,
        mode=int(mode),
        amount=amount,
        assignments=_params_map(placed),
    )


def assign(room: Room, assignments: Mapping[int, int], names: Mapping[int, str]) -> Operation:
    """Move people (attendee id -> room number from 1); ``names`` word the audit entry."""
    moves = [
        text(
            OPERATIONS,
            QT_TRANSLATE_NOOP("Operations", "{name} to Room {number}"),
            name=names[a] if a in names else _attendee(a),
            number=str(n),
        )
        for a, n in sorted(assignments.items())
    ]
    if len(moves) <= 3:
        who = joined(moves, ", ")
    else:
        who = text(
            OPERATIONS,
            QT_TRANSLATE_NOOP("Operations", "{count} people between breakout rooms"),
            count=str(len(moves)),
        )
    detail = text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "move {who}"), who=who)
    return Operation(
        ActionKind.BREAKOUT_ASSIGN,
        str(detail),
        room.token,
        room.title,
        participant=names.get(next(iter(assignments)), "") if len(assignments) == 1 else "",
        attendee_id=next(iter(assignments)) if len(assignments) == 1 else 0,
        params={"assignments": _params_map(assignments)},
        detail_text=detail,
    )


def _attendee(attendee_id: int) -> Text:
    """Someone ``names`` did not name (gone from the list meanwhile)."""
    return text(OPERATIONS, QT_TRANSLATE_NOOP("Operations", "attendee {id}"), id=str(attendee_id))


def moved(op: Operation) -> Text | str:
    """Who an ``assign`` operation moved where ("Bob to Room 1, Carol to Room 2", or "5 people
    between breakout rooms"): its detail without the verb, for a window's "Moved: ..."."""
    said = op.detail_text
    who = dict(said.values).get("who") if said is not None else None
    return who if who is not None else op.detail.removeprefix("move ")


def start(room: Room) -> Operation:
    return for_room(ActionKind.BREAKOUT_START, room, "start the breakout rooms")


def stop(room: Room) -> Operation:
    return for_room(ActionKind.BREAKOUT_STOP, room, "stop the breakout rooms (everyone back)")


def broadcast(room: Room, message: str) -> Operation:
    shown = message if len(message) <= 80 else message[:77] + "…"
    return for_room(
        ActionKind.BREAKOUT_BROADCAST,
        room,
        f"message to every breakout room: {shown!r}",
        message=message,
    )


def dismiss_assistance(breakout_room: Room) -> Operation:
    """Mark the request for help of one breakout room as answered."""
    return for_room(
        ActionKind.BREAKOUT_ASSISTANCE,
        breakout_room,
        f"dismiss the request for help in '{breakout_room.title}'",
    )


def remove(room: Room) -> Operation:
    return for_room(ActionKind.BREAKOUT_REMOVE, room, "remove the breakout rooms")


# ------------------------------------------------------------------- senders


def _answer(op: Operation, rooms: Sequence[Room], *, removed: bool = False) -> BreakoutAnswer:
    return BreakoutAnswer(op.room_token, tuple(rooms), removed)


async def _setup(service: TalkService, op: Operation) -> BreakoutAnswer:
    placed = _assignments(op)
    rooms = await service.breakout.configure(
        op.room_token,
        BreakoutMode(op.number("mode")),
        op.number("amount"),
        _zero_based(placed) if placed else None,
    )
    return _answer(op, rooms)


async def _assign(service: TalkService, op: Operation) -> BreakoutAnswer:
    rooms = await service.breakout.assign(op.room_token, _zero_based(_assignments(op)))
    return _answer(op, rooms)


async def _start(service: TalkService, op: Operation) -> BreakoutAnswer:
    return _answer(op, await service.breakout.start(op.room_token))


async def _stop(service: TalkService, op: Operation) -> BreakoutAnswer:
    return _answer(op, await service.breakout.stop(op.room_token))


async def _broadcast(service: TalkService, op: Operation) -> BreakoutAnswer:
    return _answer(op, await service.breakout.broadcast(op.room_token, op.text("message")))


async def _assistance(service: TalkService, op: Operation) -> Room:
    return await service.breakout.reset_assistance(op.room_token)


async def _remove(service: TalkService, op: Operation) -> BreakoutAnswer:
    parent = await service.breakout.remove(op.room_token)
    return _answer(op, [parent], removed=True)


SENDERS: dict[ActionKind, Send] = {
    ActionKind.BREAKOUT_SETUP: _setup,
    ActionKind.BREAKOUT_ASSIGN: _assign,
    ActionKind.BREAKOUT_START: _start,
    ActionKind.BREAKOUT_STOP: _stop,
    ActionKind.BREAKOUT_BROADCAST: _broadcast,
    ActionKind.BREAKOUT_ASSISTANCE: _assistance,
    ActionKind.BREAKOUT_REMOVE: _remove,
}
"""How each breakout kind is sent (part of ``operations.DISPATCH``)."""

__all__ = [
    "BreakoutAnswer",
    "asks_for_assistance",
    "is_breakout_room",
    "is_configured",
    "is_started",
]

KINDS = frozenset(SENDERS)
ON_PARENT = KINDS - {ActionKind.BREAKOUT_ASSISTANCE}
"""The kinds sent to the parent conversation (the rest: to a breakout room)."""


# ------------------------------------------------------------------- refusals


def server_refusal(caps: TalkCapabilities | None) -> str | None:
    """Why this server takes no breakout rooms at all (None: it does, or not known yet)."""
    if caps is None:
        return None
    if not caps.has("breakout-rooms-v1"):
        return QT_TRANSLATE_NOOP("Rules", "The server does not support breakout rooms")
    if not caps.breakout_rooms:
        return QT_TRANSLATE_NOOP(
            "Rules", "The server's administrator has switched breakout rooms off"
        )
    return None


def type_refusal(room: Room) -> str | None:
    """Why ``room`` cannot have breakout rooms, whoever asks (Talk answers 400 ``room``)."""
    if is_breakout_room(room):
        return QT_TRANSLATE_NOOP("Rules", "This is a breakout room: select its parent conversation")
    if room.type == ConversationType.PUBLIC:
        return QT_TRANSLATE_NOOP(
            "Rules", "Breakout rooms are only for group conversations; this one is open to guests"
        )
    if room.type != ConversationType.GROUP:
        return QT_TRANSLATE_NOOP("Rules", "Breakout rooms are only for group conversations")
    return None


def state_refusal(kind: ActionKind, room: Room) -> str | None:
    """Why ``kind`` makes no sense in the parent's current breakout state (None: it does)."""
    if kind is ActionKind.BREAKOUT_SETUP:
        return None
    if not is_configured(room):
        return QT_TRANSLATE_NOOP("Rules", "No breakout rooms are set up")
    if kind is ActionKind.BREAKOUT_START and is_started(room):
        return QT_TRANSLATE_NOOP("Rules", "The breakout rooms are running")
    if kind is ActionKind.BREAKOUT_STOP and not is_started(room):
        return QT_TRANSLATE_NOOP("Rules", "The breakout rooms are not running")
    return None


def assistance_refusal(room: Room) -> str | None:
    """Dismissing a request for help: in a breakout room that asked, or from a running
    parent (whose dialog lists who asked)."""
    if is_breakout_room(room):
        return None if asks_for_assistance(room) else "Nobody asked for help in this room"
    refusal = type_refusal(room)
    if refusal is not None:
        return refusal
    if not is_started(room):
        return QT_TRANSLATE_NOOP("Rules", "The breakout rooms are not running")
    return None
