"""``rooms permissions`` and ``participants permissions``: what people may do.

PERMS is a comma-separated list of ``start-call, join-call, lobby-ignore, audio, video,
screen, chat``, or ``default`` (use the conversation's) or ``none``; a wrong name is a usage
error naming the accepted values (``app.api.permissions``, the window's and the kiosk's words
too).
"""

from __future__ import annotations

import argparse

from app.api import Participant, Room
from app.api.permissions import PermissionsError, describe, parse
from app.moderation import ActionKind
from app.moderation import permissions as perm_ops

from ..context import Context
from ..errors import UsageError
from ..resolve import find_participant, find_room


def _bits(text: str, method: str) -> int:
    try:
        return parse(text, allow_default=method == "set")
    except PermissionsError as exc:
        raise UsageError(f"PERMS: {exc}") from None


def _method(args: argparse.Namespace) -> str:
    return "add" if args.add else "remove" if args.remove else "set"


async def room_permissions(ctx: Context, args: argparse.Namespace) -> None:
    bits = _bits(args.perms, "set")
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.ROOM_PERMISSIONS, room, "change the permissions")
    answer = (await ctx.run(perm_ops.set_room_permissions(room, bits, call=args.call))).room
    if ctx.out.as_json and answer is None:
        answer = await ctx.service.rooms.get(room.token)
    sent = perm_ops.set_room_permissions(room, bits, call=args.call).number("permissions")
    if args.call:
        now = describe(sent) if sent else "none of their own"
        sentence = f"The call permissions of '{room.title}' are now: {now}."
    else:
        now = describe(sent) if sent else "Talk's built-in ones"
        sentence = (
            f"The default permissions of '{room.title}' are now: {now}. Talk reset the "
            "permissions people had of their own."
        )
    ctx.out.done(sentence, answer)


def _sentence(method: str, bits: int, who: str, room: Room) -> str:
    if method == "set":
        what = "the conversation's permissions" if bits == 0 else describe(bits | 1)
        return f"{who} may now do in '{room.title}': {what}."
    verb = "Gave" if method == "add" else "Took away"
    return f"{verb} {describe(bits)} {'to' if method == 'add' else 'from'} {who} in '{room.title}'."


async def participant_permissions(ctx: Context, args: argparse.Namespace) -> None:
    method = _method(args)
    if args.everyone and args.who is not None:
        raise UsageError("give either WHO or --everyone, not both")
    if not args.everyone and args.who is None:
        raise UsageError("name a participant (WHO) or pass --everyone")
    bits = _bits(args.perms, method)
    room = await find_room(ctx.service, args.room)
    ctx.refuse_early(ActionKind.PERMISSIONS, room, "change permissions")
    if args.everyone:
        await ctx.run(perm_ops.set_everyone(room, method, bits))
        people = [
            p
            for p in await ctx.service.participants.list(room.token)
            if perm_ops.may_have_own_permissions(p)
        ]
        if ctx.out.as_json:
            ctx.out.json([ctx.out.wire(p) for p in people])
            return
        ctx.out.done(_sentence(method, bits, f"everyone ({len(people)} people)", room))
        return
    person = await find_participant(ctx.service, room, args.who)
    await ctx.run(perm_ops.set_permissions(room, person, method, bits))
    ctx.out.done(_sentence(method, bits, person.title, room), await _current(ctx, room, person))


async def _current(ctx: Context, room: Room, person: Participant) -> Participant | None:
    if not ctx.out.as_json:
        return None
    for now in await ctx.service.participants.list(room.token):
        if now.attendee_id == person.attendee_id:
            return now
    return None
