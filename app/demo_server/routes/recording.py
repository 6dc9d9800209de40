"""Recording endpoints (Talk's RecordingController, API v1): start and stop.

Only signed-in moderators (``RequireLoggedInModeratorParticipant``: a guest moderator gets
403). A start is checked in Talk's order: the status (1 video, 2 audio), a recording already
running or starting, a running call, then a recording server (``config``). A stop answers
200 ``null`` even when nothing is recorded. See ``recording`` for the stand-in recording server.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import ocs
from ..models import Attendee, Room
from ..recording import FAILED, NONE, RUNNING, STARTING, shown_state
from ..state import TalkError
from .common import TALK_V1, TOKEN, Ctx, Route, load_participant, route

RECORDING = TALK_V1 + "/recording/" + TOKEN


def _moderator(ctx: Ctx) -> tuple[Room, Attendee]:
    room, attendee, _ = load_participant(ctx, moderator=True)
    if ctx.caller.login is None:
        raise TalkError(403, ocs.EMPTY_LIST)
    return room, attendee


def start_recording(ctx: Ctx) -> Response:
    room, _ = _moderator(ctx)
    status = ctx.params.required_int("status")
    backend = ctx.state.profile.recording
    current = shown_state(room, backend=backend)
    if status not in STARTING:
        raise TalkError(400, {"error": "status"})
    if current not in (NONE, FAILED):
        raise TalkError(400, {"error": "recording"})
    if not room.call_start_time:
        raise TalkError(400, {"error": "call"})
    if not backend:
        raise TalkError(400, {"error": "config"})
    room.call_recording = STARTING[status]
    ctx.state.touch(room, activity=False)
    return ocs.ok(None)


def stop_recording(ctx: Ctx) -> Response:
    room, _ = _moderator(ctx)
    backend = ctx.state.profile.recording
    if shown_state(room, backend=backend) == NONE:
        return ocs.ok(None)
    if backend and room.call_recording in RUNNING:
        # The recording server reports the stop; a failed recording is unknown to it, so
        # the room stays failed (Talk's RecordingNotFoundException). Without a recording
        # server nothing happens at all.
        room.call_recording = NONE
        ctx.state.touch(room, activity=False)
    return ocs.ok(None)


ROUTES: list[Route] = [
    route("POST", RECORDING, start_recording),
    route("DELETE", RECORDING, stop_recording),
]
