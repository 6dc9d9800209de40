"""``talk-moderator call ...``: see, join, leave and end calls; ring people in.

Talk ties call actions to a *session* (joining the conversation), kept behind the cookie of
one client. Each CLI run is a new process and so a new session, which no later run can reach:

- ``call join`` leaves its session in the call when the process exits, until the server drops
  it for lack of pings;
- ``call leave`` can only take *this* run's session out, so it checks afterwards whether the
  account is still in the call through another session and says so instead of claiming success;
- ``call ring``/``call dialout`` join silently for the moment they need (Talk lets only call
  members ring) and leave again; ``call end`` needs no particular session.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from app.api.constants import InCallFlag
from app.api.errors import TalkError
from app.api.models import Participant, Room

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
        f"{started} the call in '{room.title}' as {ctx.service.login}. The account stays in "
        "the call after this command exits, until the server drops the session for lack of "
        f"pings (or: talk-moderator call end {room.token})."
    )


def _own_in_call(room: Room, people: list[Participant]) -> bool:
    """Whether the signed-in account is in the call through any of its sessions."""
    return any(
        p.attendee_id == room.attendee_id and p.in_call_flags & InCallFlag.IN_CALL for p in people
    )


async def leave(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not _own_in_call(room, await ctx.service.list_participants(room.token)):
        ctx.out.done(f"You are not in the call in '{room.title}'; nothing to leave.")
        return
    await ctx.service.leave_call(room.token)
    await _close_session(ctx, room)
    if _own_in_call(room, await ctx.service.list_participants(room.token)):
        raise CliError(
            f"Cannot leave the call in '{room.title}' from here: your account is in it through "
            "another session (another device, or an earlier 'call join'), which only that "
            "client can end; it drops out when that session times out, or end the call for "
            f"everyone with: talk-moderator call end {room.token}"
        )
    ctx.out.done(f"Left the call in '{room.title}'.")


async def end(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not room.has_call:
        raise CliError(f"Cannot end the call in '{room.title}': no call is running")
    if not room.is_moderator:
        # Talk answers 200 and merely takes the caller out when a non-moderator asks.
        raise CliError(f"Cannot end the call in '{room.title}' for everyone: only moderators can")
    await ctx.service.leave_call(room.token, end_for_everyone=True)
    await _close_session(ctx, room)
    if (await ctx.service.get_room(room.token)).has_call:
        raise CliError(f"The call in '{room.title}' is still running: the server did not end it")
    ctx.out.done(f"Ended the call in '{room.title}' for everyone.")


@asynccontextmanager
async def _briefly_in_call(ctx: Context, room: Room, verb: str, who: str) -> AsyncIterator[None]:
    """Talk lets only call members ring or dial out: join silently without media, then leave.

    Ringing and dial-out go on without us: the call keeps running with the others in it.
    """
    if not room.has_call:
        raise CliError(
            f"Cannot {verb} {who}: no call is running in '{room.title}' "
            f"(start one with: talk-moderator call join {room.token})"
        )
    await ctx.service.join_call(room.token, flags=int(InCallFlag.IN_CALL), silent=True)
    try:
        yield
    finally:
        try:
            await ctx.service.leave_call(room.token)
        except TalkError as exc:
            log.warning("Could not leave the call in '%s' again: %s", room.title, exc)
        await _close_session(ctx, room)


async def ring(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    async with _briefly_in_call(ctx, room, "ring", person.title):
        await ctx.service.ring(room.token, person.attendee_id)
    ctx.out.done(f"Ringing {person.title} for the call in '{room.title}'.")


async def dialout(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    async with _briefly_in_call(ctx, room, "dial out to", person.title):
        await ctx.service.dial_out(room.token, person.attendee_id)
    ctx.out.done(f"Dialling out to {person.title} for the call in '{room.title}'.")
