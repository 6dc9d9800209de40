"""``talk-moderator call ...``: see, join, leave and end calls; ring people in.

Talk ties call actions to a *session* (joining the conversation), held in the service's cookie
jar. Each CLI run is a new process and so a new session: ``call join`` leaves its session in the
call when the process exits (until the server times it out for lack of pings), and ``call
leave``/``call end`` open a fresh session, act, and close it again.
"""

from __future__ import annotations

import argparse
import logging

from app.api.constants import InCallFlag
from app.api.errors import TalkError
from app.api.models import Room

from ..context import Context
from ..errors import CliError
from ..resolve import find_participant, find_room

log = logging.getLogger(__name__)


async def _close_session(ctx: Context, room: Room) -> None:
    """Best effort: the action already succeeded, a stale session only times out later."""
    try:
        await ctx.service.leave_session(room.token)
    except TalkError as exc:
        log.warning("Could not close the session in '%s': %s", room.title, exc)


async def list_peers(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    peers = await ctx.service.list_call_peers(room.token)
    people = [] if ctx.out.as_json else await ctx.service.list_participants(room.token)
    ctx.out.call_peers(peers, people)


async def join(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    flags = InCallFlag.IN_CALL
    if args.audio:
        flags |= InCallFlag.WITH_AUDIO
    if args.video:
        flags |= InCallFlag.WITH_VIDEO
    await ctx.service.join_call(room.token, flags=int(flags), silent=args.silent)
    started = "Joined" if room.has_call else "Started"
    ctx.out.done(
        f"{started} the call in '{room.title}' as {ctx.service.login}; this stays in the call "
        f"until the server times the session out, or: talk-moderator call leave {room.token}"
    )


async def leave(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    await ctx.service.leave_call(room.token)
    await _close_session(ctx, room)
    ctx.out.done(f"Left the call in '{room.title}'.")


async def end(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not room.has_call:
        raise CliError(f"Cannot end the call in '{room.title}': no call is running")
    await ctx.service.leave_call(room.token, end_for_everyone=True)
    await _close_session(ctx, room)
    ctx.out.done(f"Ended the call in '{room.title}' for everyone.")


async def _join_to_invite(ctx: Context, room: Room, verb: str, who: str) -> None:
    """Talk lets only call members ring or dial out: join silently, without media."""
    if not room.has_call:
        raise CliError(
            f"Cannot {verb} {who}: no call is running in '{room.title}' "
            f"(start one with: talk-moderator call join {room.token})"
        )
    await ctx.service.join_call(room.token, flags=int(InCallFlag.IN_CALL), silent=True)


async def ring(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    await _join_to_invite(ctx, room, "ring", person.title)
    await ctx.service.ring(room.token, person.attendee_id)
    ctx.out.done(f"Ringing {person.title} for the call in '{room.title}'.")


async def dialout(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    await _join_to_invite(ctx, room, "dial out to", person.title)
    await ctx.service.dial_out(room.token, person.attendee_id)
    ctx.out.done(f"Dialling out to {person.title} for the call in '{room.title}'.")
