"""``talk-moderator breakout ...``: breakout rooms of a group conversation.

``setup`` creates N rooms (closed until ``start``), ``assign`` moves one person into room N
(counted from 1, as "Room 1"), ``start`` opens them, ``broadcast`` posts one message in every
room, ``stop`` closes them (everyone is back in the conversation), ``remove`` deletes them.
Every write goes through the runner (audited). ``--json`` prints the rooms as the server
answered them (the breakout rooms first, the conversation last); ``list`` adds each room's
``participants`` (the server's participant objects).
"""

from __future__ import annotations

import argparse

from app.api import Room
from app.api.areas.breakout import (
    MODE_NAMES,
    asks_for_assistance,
    is_configured,
    is_started,
)
from app.moderation import ActionKind
from app.moderation import breakout as bo

from ..context import Context
from ..errors import CliError, UsageError
from ..output import render_table
from ..resolve import find_participant, find_room


def _state(room: Room) -> str:
    if asks_for_assistance(room):
        return "open, asks for help"
    return "open" if room.lobby_state == 0 else "closed"


def _rooms_table(rooms: list[Room], people: dict[str, list[str]] | None = None) -> str:
    headers: tuple[str, ...] = ("NUMBER", "TOKEN", "NAME", "STATE")
    rows: list[tuple[str, ...]] = []
    for number, room in enumerate(rooms, 1):
        row: tuple[str, ...] = (str(number), room.token, room.title, _state(room))
        if people is not None:
            row += (", ".join(people.get(room.token, [])) or "-",)
        rows.append(row)
    if people is not None:
        headers += ("PEOPLE (besides the moderators)",)
    return render_table(headers, rows)


def _print_rooms(ctx: Context, sentence: str, rooms: list[Room], parent: Room | None) -> None:
    ordered = sorted((r for r in rooms if parent is None or r.token != parent.token), key=_id)
    if ctx.out.as_json:
        ctx.out.json([ctx.out.wire(room) for room in rooms])
        return
    ctx.out.text(sentence + ("\n" + _rooms_table(ordered) if ordered else ""))


def _id(room: Room) -> int:
    return room.id


async def setup(ctx: Context, args: argparse.Namespace) -> None:
    problem = bo.amount_problem(args.rooms)
    if problem is not None:
        raise UsageError(f"breakout setup: {problem}")
    mode = MODE_NAMES[args.mode]
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BREAKOUT_SETUP, room, "set up breakout rooms")
    if is_configured(room):
        raise CliError(
            f"'{room.title}' has breakout rooms already: 'breakout remove' them first to set "
            "up new ones"
        )
    answer = (await ctx.run(bo.setup(room, mode, args.rooms))).answer
    assert isinstance(answer, bo.BreakoutAnswer)
    then = {
        "manual": "assign people with 'breakout assign', then 'breakout start'",
        "free": "'breakout start' opens them and people pick one",
        "automatic": "everyone is assigned; 'breakout start' opens them",
    }[args.mode]
    _print_rooms(
        ctx,
        f"Set up {args.rooms} breakout rooms in '{room.title}' ({args.mode}): closed for now; "
        f"{then}.",
        list(answer.rooms),
        answer.parent,
    )


async def list_rooms(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    rooms = sorted(await ctx.service.breakout.list(room.token), key=_id)
    everyone = await ctx.service.breakout.participants(room.token)  # all rooms, one read
    members = {r.token: [p for p in everyone if p.room_token == r.token] for r in rooms}
    if ctx.out.as_json:
        ctx.out.json(
            [
                {
                    **ctx.out.wire(r),
                    "participants": [ctx.out.wire(p) for p in members[r.token]],
                }
                for r in rooms
            ]
        )
        return
    state = "running" if is_started(room) else "not started"
    names = {
        token: [p.title for p in people if not p.is_moderator] for token, people in members.items()
    }
    ctx.out.text(
        f"'{room.title}': {len(rooms)} breakout rooms, {state}.\n" + _rooms_table(rooms, names)
    )


async def assign(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BREAKOUT_ASSIGN, room, "assign people to breakout rooms")
    person = await find_participant(ctx.service, room, args.who)
    if person.is_moderator:
        raise CliError(
            f"{person.title} is a moderator: moderators are in every breakout room and "
            "cannot be moved"
        )
    rooms = sorted(await ctx.service.breakout.list(room.token), key=_id)
    problem = bo.assignment_problem({person.attendee_id: args.number}, len(rooms))
    if problem is not None:
        raise CliError(f"Cannot assign {person.title}: {problem[0].lower()}{problem[1:]}")
    op = bo.assign(room, {person.attendee_id: args.number}, {person.attendee_id: person.title})
    answer = (await ctx.run(op)).answer
    assert isinstance(answer, bo.BreakoutAnswer)
    target = rooms[args.number - 1]
    _print_rooms(
        ctx,
        f"Moved {person.title} to {target.title} of '{room.title}'.",
        list(answer.rooms),
        answer.parent,
    )


async def _session(ctx: Context, args: argparse.Namespace, kind: ActionKind) -> None:
    room = await find_room(ctx.service, args.room)
    verb = "start" if kind is ActionKind.BREAKOUT_START else "stop"
    ctx.refuse_early(kind, room, f"{verb} breakout rooms")
    refusal = bo.state_refusal(kind, room)
    if refusal is not None:
        raise CliError(f"Cannot {verb} the breakout rooms of '{room.title}': {refusal.lower()}")
    op = bo.start(room) if kind is ActionKind.BREAKOUT_START else bo.stop(room)
    answer = (await ctx.run(op)).answer
    assert isinstance(answer, bo.BreakoutAnswer)
    words = (
        "Started the breakout rooms of '{}': everyone can go to their room."
        if kind is ActionKind.BREAKOUT_START
        else "Stopped the breakout rooms of '{}': they are closed and everyone is back."
    )
    _print_rooms(ctx, words.format(room.title), list(answer.rooms), answer.parent)


async def start(ctx: Context, args: argparse.Namespace) -> None:
    await _session(ctx, args, ActionKind.BREAKOUT_START)


async def stop(ctx: Context, args: argparse.Namespace) -> None:
    await _session(ctx, args, ActionKind.BREAKOUT_STOP)


async def broadcast(ctx: Context, args: argparse.Namespace) -> None:
    problem = bo.message_problem(args.message)
    if problem is not None:
        raise UsageError(f"breakout broadcast: {problem}")
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BREAKOUT_BROADCAST, room, "message the breakout rooms")
    answer = (await ctx.run(bo.broadcast(room, args.message))).answer
    assert isinstance(answer, bo.BreakoutAnswer)
    count = len(answer.breakout_rooms)
    _print_rooms(
        ctx,
        f"Sent to {count} breakout rooms of '{room.title}'.",
        list(answer.rooms),
        answer.parent,
    )


async def remove(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BREAKOUT_REMOVE, room, "remove breakout rooms")
    if not is_configured(room):
        raise CliError(f"'{room.title}' has no breakout rooms to remove")
    answer = (await ctx.run(bo.remove(room))).answer
    assert isinstance(answer, bo.BreakoutAnswer)
    parent = answer.parent
    if ctx.out.as_json:
        ctx.out.json([ctx.out.wire(r) for r in answer.rooms])
        return
    assert parent is not None
    ctx.out.text(f"Removed the breakout rooms of '{parent.title}' (and their chats).")
