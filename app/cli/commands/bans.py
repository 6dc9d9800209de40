"""``talk-moderator bans ...``: who is banned from a conversation; ban; lift a ban.

A ban removes the person and keeps them out (a guest of a public conversation cannot rejoin
by the link). WHO is a participant (as for ``participants``), or, for someone who is not one
(any more), ``users/ID``, ``emails/ADDRESS``, ``guests/ID`` or ``ip/ADDRESS[/BITS]``.
"""

from __future__ import annotations

import argparse

from app.api import Ban
from app.api.models import Room
from app.moderation import ActionKind, Operation
from app.moderation import bans as ban_ops

from ..context import Context
from ..errors import LookupFailed, UsageError
from ..output import render_table
from ..resolve import find_room, match_participant
from ..timeparse import format_local

NOTE_SHOWN = 60
"""Characters of a note the table shows (``--json`` has all of it)."""


def _short(note: str) -> str:
    note = " ".join(note.split())
    return note if len(note) <= NOTE_SHOWN else note[: NOTE_SHOWN - 1] + "…"


def ban_table(bans: list[Ban]) -> str:
    rows = [
        (
            str(ban.id),
            ban.title,
            f"{ban.banned_actor_type}/{ban.banned_actor_id}",
            format_local(ban.banned_time) if ban.banned_time else "-",
            ban.banned_by or "-",
            _short(ban.internal_note) or "-",
        )
        for ban in sorted(bans, key=lambda b: b.id)
    ]
    return render_table(("ID", "NAME", "ACTOR", "BANNED", "BY", "NOTE"), rows)


def checked_note(note: str | None) -> str:
    """The note as sent; too long is a usage error (Talk counts bytes)."""
    try:
        return ban_ops.check_note(note or "")
    except ban_ops.NoteTooLong as exc:
        raise UsageError(f"--note: {exc}") from None


async def ban_operation(ctx: Context, room: Room, who: str, note: str) -> Operation:
    """Ban a participant named as ``participants`` names them, or an actor by ``type/id``."""
    people = await ctx.service.participants.list(room.token)
    try:
        return ban_ops.ban(room, match_participant(people, who, room.title), note)
    except LookupFailed:
        actor_type, slash, actor_id = who.partition("/")
        if not slash or actor_type not in ban_ops.BANNABLE or not actor_id:
            raise
    return ban_ops.ban_actor(room, actor_type, actor_id, note)


async def list_bans(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    bans = await ctx.service.bans.list(room.token)
    if ctx.out.as_json:
        ctx.out.json([ctx.out.wire(ban) for ban in bans])
    elif not bans:
        ctx.out.text(f"Nobody is banned from '{room.title}'.")
    else:
        ctx.out.text(ban_table(bans))


async def add(ctx: Context, args: argparse.Namespace) -> None:
    note = checked_note(args.note)
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BAN, room, "ban")
    op = await ban_operation(ctx, room, args.who, note)
    banned = (await ctx.run(op)).answer
    assert isinstance(banned, Ban)
    ctx.out.done(
        f"Banned {banned.title} from '{room.title}' (ban {banned.id}); they cannot come back "
        "until the ban is lifted.",
        banned,
    )


async def remove(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.UNBAN, room, "lift bans")
    bans = {ban.id: ban for ban in await ctx.service.bans.list(room.token)}
    ban = bans.get(args.ban_id)
    if ban is None:
        # Talk answers success for an unknown id: say so instead of claiming a lifted ban.
        raise LookupFailed(
            f"'{room.title}' has no ban {args.ban_id} (see: talk-moderator bans list {room.token})"
        )
    await ctx.run(ban_ops.unban(room, ban))
    ctx.out.done(f"Lifted the ban of {ban.title} in '{room.title}'.", ban)


async def remove_and_ban(ctx: Context, args: argparse.Namespace) -> None:
    """``participants remove ROOM WHO --ban [--note TEXT]``: the ban removes them itself."""
    if not args.ban:
        raise UsageError("--note belongs to a ban: add --ban")
    note = checked_note(args.note)
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.BAN, room, "ban")
    people = await ctx.service.participants.list(room.token)
    person = match_participant(people, args.who, room.title)
    banned = (await ctx.run(ban_ops.ban(room, person, note))).answer
    assert isinstance(banned, Ban)
    ctx.out.done(
        f"Removed and banned {person.title} from '{room.title}' (ban {banned.id}).", banned
    )
