"""``talk-moderator call ...``: see, join, leave and end calls; ring people in.

Talk ties call actions to a *session* (joining the conversation), kept behind the cookie of
one client. Each CLI run is a new process and so a new session, which no later run can reach:

- ``call join`` leaves its session in the call when the process exits, until the server drops
  it for lack of pings;
- ``call leave`` can only take *this* run's session out, so it checks afterwards whether the
  account is still in the call through another session and says so instead of claiming success;
- ``call ring``/``call dialout`` join silently for the moment they need (Talk lets only call
  members ring) and leave again; ``call end`` needs no particular session.

Every write goes through the moderation core's runner, so it is in the audit log.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api.constants import InCallFlag
from app.api.errors import BadRequest
from app.api.models import Participant, Room
from app.moderation import attendance as attendance_ops
from app.moderation import operations as ops
from app.moderation.policy import needs_recording_consent

from ..context import Context
from ..errors import CliError
from ..resolve import find_participant, find_room


async def list_peers(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    peers = await ctx.service.calls.peers(room.token)
    people = [] if ctx.out.as_json else await ctx.service.participants.list(room.token)
    ctx.out.call_peers(peers, people)


async def join(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    flags = InCallFlag.IN_CALL
    if args.audio:
        flags |= InCallFlag.WITH_AUDIO
    if args.video:
        flags |= InCallFlag.WITH_VIDEO
    consent = args.recording_consent
    if needs_recording_consent(room) and not consent:
        raise _consent_needed(room)
    try:
        await ctx.run(
            ops.join_call(room, flags=int(flags), silent=args.silent, recording_consent=consent)
        )
    except BadRequest as exc:
        if exc.reason == "consent":  # asked for since the room was read
            raise _consent_needed(room) from None
        raise
    started = "Joined" if room.has_call else "Started"
    ctx.out.done(
        f"{started} the call in '{room.title}' as {ctx.service.login}. The account stays in "
        "the call after this command exits, until the server drops the session for lack of "
        f"pings (or: talk-moderator call end {room.token})."
    )


def _consent_needed(room: Room) -> CliError:
    return CliError(
        f"The call in '{room.title}' needs your consent to its recording before you may join "
        f"it: give it with: talk-moderator call join {room.token} --recording-consent"
    )


def _own_in_call(room: Room, people: list[Participant]) -> bool:
    """Whether the signed-in account is in the call through any of its sessions."""
    return any(
        p.attendee_id == room.attendee_id and p.in_call_flags & InCallFlag.IN_CALL for p in people
    )


async def leave(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not _own_in_call(room, await ctx.service.participants.list(room.token)):
        ctx.out.done(f"You are not in the call in '{room.title}'; nothing to leave.")
        return
    await ctx.run(ops.leave_call(room, close_session=True))
    if _own_in_call(room, await ctx.service.participants.list(room.token)):
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
    # The core reads the room back and refuses to call it ended while it still runs.
    await ctx.run(ops.end_call(room, close_session=True))
    ctx.out.done(f"Ended the call in '{room.title}' for everyone.")


def _need_call(room: Room, verb: str, who: str) -> None:
    """Ringing and dial-out need a running call (the core joins it silently for the moment)."""
    if not room.has_call:
        raise CliError(
            f"Cannot {verb} {who}: no call is running in '{room.title}' "
            f"(start one with: talk-moderator call join {room.token})"
        )


async def ring(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    _need_call(room, "ring", person.title)
    await ctx.run(ops.ring(room, person, join_briefly=True))
    ctx.out.done(f"Ringing {person.title} for the call in '{room.title}'.")


async def dialout(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    person = await find_participant(ctx.service, room, args.who)
    _need_call(room, "dial out to", person.title)
    await ctx.run(ops.dial_out(room, person, join_briefly=True))
    ctx.out.done(f"Dialling out to {person.title} for the call in '{room.title}'.")


async def attendance(ctx: Context, args: argparse.Namespace) -> None:
    """``call attendance ROOM [--format csv|ods] -o FILE``: who joined the running call."""
    room = await find_room(ctx.service, args.room)
    op = attendance_ops.download_attendance(room, Path(args.output), args.format)
    saved = (await ctx.run(op)).answer
    assert isinstance(saved, attendance_ops.SavedAttendance)
    if ctx.out.as_json:
        rows = saved.rows
        ctx.out.json(
            {
                "file": str(saved.path),
                "format": saved.format,
                "people": saved.people,
                "fileName": saved.server_file_name,
                "attendees": [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]
                if rows
                else [],
            }
        )
        return
    people = "1 person" if saved.people == 1 else f"{saved.people} people"
    ctx.out.text(
        f"Saved the attendance list of the call in '{room.title}' ({people}) "
        f"as {saved.format.upper()} to {saved.path}."
    )
