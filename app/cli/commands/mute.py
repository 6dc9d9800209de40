"""``talk-moderator call mute ROOM PERSON|--all``: turn off microphones in the running call.

No REST endpoint mutes anyone: a moderator's client sends ``forceMute`` over the signaling
server's websocket. So this command opens a connection to the room for the one request (this
account's own Talk session in the room, closed again afterwards), lends it to the moderation
core (``app.moderation.signaling``), sends through the runner (audited like every write) and
closes it. Without a signaling server on the server it says so and sends nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from app.api.hpb import NoSignalingServer, RoomSignaling, State
from app.api.models import Participant, Room
from app.moderation import Operation
from app.moderation import signaling as mute_ops

from ..context import Context
from ..errors import CliError
from ..resolve import find_participant, find_room

KNOWN_WAIT_S = 3.0
"""How long to wait for the signaling server to list the person's session after joining."""


async def mute(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if bool(args.who) == bool(args.all):
        raise CliError("Name one participant to mute, or give --all (not both)")
    if not room.has_call:
        raise CliError(f"Cannot mute anyone in '{room.title}': no call is running")
    if not room.is_moderator:
        raise CliError(f"Cannot mute others in '{room.title}': only moderators can")
    person = await find_participant(ctx.service, room, args.who) if args.who else None
    if person is not None and not mute_ops.speaks(person):
        raise CliError(f"Cannot mute {person.title}: not in the call with a microphone")
    link = RoomSignaling(ctx.service, room.token)
    try:
        try:
            await link.start()
        except NoSignalingServer as exc:
            raise CliError(
                f"Cannot mute in '{room.title}': this server has no signaling server, and "
                "muting others travels only over one"
            ) from exc
        if link.state is not State.CONNECTED:
            raise CliError(
                f"Cannot mute in '{room.title}': the signaling server cannot be reached now"
            )
        if person is not None:
            await _until_known(link, person)
        mute_ops.lend(ctx.service, room.token, link)
        try:
            answer = (await ctx.run(_operation(room, person))).answer
        finally:
            mute_ops.withdraw(ctx.service, room.token, link)
    finally:
        await link.close(leave_session=True)
    count = answer if isinstance(answer, int) else 0
    if person is not None:
        ctx.out.done(f"Asked {person.title} to mute in the call in '{room.title}'.")
    else:
        sessions = "1 session" if count == 1 else f"{count} sessions"
        ctx.out.done(f"Asked everyone in the call in '{room.title}' to mute ({sessions}).")


def _operation(room: Room, person: Participant | None) -> Operation:
    return mute_ops.mute(room, person) if person is not None else mute_ops.mute_all(room)


async def _until_known(link: RoomSignaling, person: Participant) -> None:
    """The server lists who is in the room just after our join: wait for the person's."""
    deadline = time.monotonic() + KNOWN_WAIT_S
    while not any(link.signaling_id_for(s) for s in person.session_ids):
        if time.monotonic() > deadline:
            return  # the core says they are not connected
        await asyncio.sleep(0.05)
