"""``talk-moderator participants ...``: who is in a conversation, and what they may do."""

from __future__ import annotations

import argparse

from app.api.constants import ActorType, ConversationType
from app.api.models import Participant, Room
from app.moderation import ActionKind
from app.moderation import operations as ops

from ..context import Context
from ..errors import CliError
from ..resolve import find_participant, find_room
from . import bans


async def _current(ctx: Context, room: Room, attendee_id: int) -> Participant | None:
    """The participant as the server now has them, for ``--json`` after a change."""
    if not ctx.out.as_json:
        return None
    for person in await ctx.service.participants.list(room.token):
        if person.attendee_id == attendee_id:
            return person
    return None


async def list_participants(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    people = await ctx.service.participants.list(room.token, include_status=args.status)
    ctx.out.participants(people, room, with_status=args.status)


async def add(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.ADD, room, "add participants")
    before: set[int] = set()
    if ctx.out.as_json:
        before = {p.attendee_id for p in await ctx.service.participants.list(room.token)}
    new_type = (await ctx.run(ops.add_participant(room, args.who, args.source))).answer
    if ctx.out.as_json:
        after = await ctx.service.participants.list(room.token)
        ctx.out.json([ctx.out.wire(p) for p in after if p.attendee_id not in before])
        return
    sentence = f"Added {args.who} ({args.source}) to '{room.title}'."
    if new_type == ConversationType.PUBLIC and not room.is_public:
        sentence += " Inviting an e-mail address made the conversation public."
    ctx.out.done(sentence)


async def remove(ctx: Context, args: argparse.Namespace) -> None:
    if args.ban or args.note is not None:
        await bans.remove_and_ban(ctx, args)
        return
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.REMOVE, room, "remove participants")
    person = await find_participant(ctx.service, room, args.who)
    await ctx.run(ops.remove(room, person))
    ctx.out.done(f"Removed {person.title} from '{room.title}'.")


async def promote(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.PROMOTE, room, "promote")
    person = await find_participant(ctx.service, room, args.who)
    _refuse_role_change(person, room, promote=True)
    await ctx.run(ops.promote(room, person))
    ctx.out.done(
        f"{person.title} is now a moderator of '{room.title}'.",
        await _current(ctx, room, person.attendee_id),
    )


def _refuse_role_change(person: Participant, room: Room, *, promote: bool) -> None:
    """Say which of Talk's refusals it would be, before sending: its one answer (400) does not
    tell "already a moderator" from "a group", so its sentence has to name both.

    Raises:
        CliError: the person is a group or team, or already has the role (exit status 1).
    """
    verb = "promote" if promote else "demote"
    if person.actor_type in (ActorType.GROUPS, ActorType.CIRCLES):
        raise CliError(
            f"Cannot {verb} {person.title} in '{room.title}': it is a group or team, which has "
            "no role of its own; promote or demote its members one by one"
        )
    if promote and person.is_moderator:
        raise CliError(
            f"Cannot promote {person.title}: they are already a moderator of '{room.title}'"
        )
    if not promote and not person.is_moderator:
        raise CliError(f"Cannot demote {person.title}: they are not a moderator of '{room.title}'")


async def demote(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.DEMOTE, room, "demote")
    person = await find_participant(ctx.service, room, args.who)
    _refuse_role_change(person, room, promote=False)
    await ctx.run(ops.demote(room, person))
    ctx.out.done(
        f"{person.title} is no longer a moderator of '{room.title}'.",
        await _current(ctx, room, person.attendee_id),
    )


async def lobby_bypass(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.LOBBY_BYPASS, room, "change who skips the lobby")
    person = await find_participant(ctx.service, room, args.who)
    allowed = args.state == "on"
    await ctx.run(ops.lobby_bypass(room, person, allowed))
    if allowed:
        sentence = f"{person.title} may now skip the lobby of '{room.title}'."
    else:
        sentence = f"{person.title} waits in the lobby of '{room.title}' again, like everyone."
    ctx.out.done(sentence, await _current(ctx, room, person.attendee_id))
