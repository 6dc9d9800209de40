"""``talk-moderator recording ...``: record the running call (video or audio only), stop.

Talk records through a recording server; a server without one refuses ("this server has no
recording backend"). A started recording is "starting" until the recording server reports
back; the room's state is printed (``--json``: the room, with its ``callRecording``). Talk
answers a stop with success even when nothing is recorded, so that is refused before sending.
"""

from __future__ import annotations

import argparse

from app.api.models import Room
from app.moderation import recording as rec

from ..context import Context
from ..errors import CliError
from ..resolve import find_room


def _state(room: Room) -> str:
    return rec.recording_text(room) or "Not recorded"


async def start(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    answered = (await ctx.run(rec.start_recording(room, audio_only=args.audio_only))).answer
    assert isinstance(answered, Room)
    ctx.out.done(f"'{room.title}': {_state(answered)}.", answered)


async def stop(ctx: Context, args: argparse.Namespace) -> None:
    room = await find_room(ctx.service, args.room)
    if not rec.is_recording(room):
        raise CliError(f"The call in '{room.title}' is not being recorded: nothing to stop")
    answered = (await ctx.run(rec.stop_recording(room))).answer
    assert isinstance(answered, Room)
    ctx.out.done(
        f"Stopped recording the call in '{room.title}'. Now: {_state(answered)}.", answered
    )
