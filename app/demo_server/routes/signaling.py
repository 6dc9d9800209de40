"""Talk's internal signaling, the part that says who is in a conversation.

``GET api/v3/signaling/{token}`` is a pull that Talk holds up to 30 seconds: it looks once a
second whether the sessions in the room changed since this session's last pull (its queued
"refresh-participant-list") and then answers ``usersInRoom`` with every session in the room;
with no change it answers the same list after 30 s. Without a Talk session of the caller in
the room (never joined, left, removed, unknown token) the answer is 404 with an empty
``usersInRoom`` (recorded from Talk 21.1.7). The WebRTC messages a call client exchanges here
are not modelled: the demo has no media.

``GET api/v3/signaling/settings`` says ``internal`` without a signaling server, or points at
the demo's own one (``hpb.py``) when the profile has it (the demo world; ``"real"`` has none).
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from starlette.responses import Response

from .. import ocs
from ..hpb import hub_for
from ..longpoll import LongPoll
from ..models import ACTOR_USERS, Room, Session
from ..state import DemoState, TalkError
from .common import TOKEN, Ctx, Route, route

SIGNALING = "/ocs/v2.php/apps/spreed/api/v3/signaling"
PULL_WAIT_S = 30.0
CHECK_EVERY_S = 1.0
"""Talk sleeps a second between its looks at the queue: a change is answered 0-1 s after it
happened, and the first look is a second after the pull began (measured on Talk 21)."""


def _users_in_room(state: DemoState, room: Room) -> list[dict[str, Any]]:
    users: list[dict[str, Any]] = []
    for attendee in room.attendees.values():
        for session in attendee.sessions.values():
            users.append(
                {
                    "userId": attendee.actor_id if attendee.actor_type == ACTOR_USERS else "",
                    "roomId": room.id,
                    "lastPing": session.last_ping,
                    "sessionId": session.id,
                    "inCall": session.in_call,
                    "participantPermissions": state.effective_permissions(room, attendee),
                    "actorType": attendee.actor_type,
                    "actorId": attendee.actor_id,
                }
            )
    return users


def _messages(state: DemoState, room: Room | None) -> list[dict[str, Any]]:
    return [{"type": "usersInRoom", "data": [] if room is None else _users_in_room(state, room)}]


def _caller_session(ctx: Ctx, token: str) -> tuple[Room, Session]:
    room = ctx.state.room(token)
    session = ctx.state.participant_for(room, ctx.caller)[1] if room is not None else None
    if room is None or session is None:
        raise TalkError(404, _messages(ctx.state, None))
    return room, session


def pull(ctx: Ctx) -> Response:
    """GET signaling/{token}: who is in the room, once it changed (or after 30 s)."""
    token = ctx.token
    room, session = _caller_session(ctx, token)
    state = ctx.state
    session.last_ping = state.now()
    started = time.monotonic()
    looked = [0]  # the whole seconds at which the queue was looked at

    def changed() -> Response | None:
        current, own = _caller_session(ctx, token)
        second = int((time.monotonic() - started) / CHECK_EVERY_S)
        if second <= looked[0]:
            return None  # Talk looks once a second, not between
        looked[0] = second
        if own.pulled_version == current.people_version:
            return None
        own.pulled_version = current.people_version
        return ocs.ok(_messages(state, current))

    def unchanged() -> Response:
        current = state.room(token)
        return ocs.ok(_messages(state, current))

    return LongPoll(changed, PULL_WAIT_S, unchanged)


def settings(ctx: Ctx) -> Response:
    """GET signaling/settings: the demo's own signaling server if configured, else pulls.

    With one (``DemoProfile.hpb``) the answer is Talk's for an external server: its URL (the
    demo's port, websocket ``/spreed``) and hello credentials the demo's hub will accept.
    """
    login = ctx.caller.login
    hpb = ctx.state.profile.hpb
    if hpb:
        ticket, token = hub_for(ctx.state).issue(login)
    else:
        ticket = f"{secrets.token_urlsafe(12)}:{int(time.time())}:{login or ''}:"
        ticket += secrets.token_hex(32)
        token = f"demo.{secrets.token_urlsafe(24)}.{secrets.token_urlsafe(32)}"
    server = "ws://" + ctx.server.base_url.removeprefix("http://") if hpb else ""
    return ocs.ok(
        {
            "signalingMode": "external" if hpb else "internal",
            "userId": login,
            "hideWarning": hpb,
            "server": server,
            "ticket": ticket,
            "helloAuthParams": {
                "1.0": {"userid": login, "ticket": ticket},
                "2.0": {"token": token},
            },
            "federation": None,
            "stunservers": [],
            "turnservers": [],
            "sipDialinInfo": "",
        }
    )


ROUTES: list[Route] = [
    route("GET", SIGNALING + "/settings", settings),
    route("GET", SIGNALING + "/" + TOKEN, pull),
]
