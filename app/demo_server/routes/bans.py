"""Ban endpoints (Talk's BanController, API v1): list, ban, unban; moderators only, guest
moderators included.
"""

from __future__ import annotations

from starlette.responses import Response

from .. import ocs
from ..bans import ban_json, create_ban, unban
from .common import TALK_V1, TOKEN, Ctx, Route, load_participant, php_int, route

BANS = TALK_V1 + "/ban/" + TOKEN


def list_bans(ctx: Ctx) -> Response:
    room, _, _ = load_participant(ctx, moderator=True)
    return ocs.ok([ban_json(ban) for ban in room.bans])


def ban_actor(ctx: Ctx) -> Response:
    """POST ban/{token}: ``actorType`` and ``actorId`` are required (missing → 500)."""
    room, moderator, _ = load_participant(ctx, moderator=True)
    actor_type = ctx.params.required_str("actorType")
    actor_id = ctx.params.required_str("actorId")
    note = ctx.params.get_str("internalNote")
    ban = create_ban(ctx.state, room, moderator, actor_type, actor_id, note)
    return ocs.ok(ban_json(ban))


def unban_actor(ctx: Ctx) -> Response:
    """DELETE ban/{token}/{banId}: 200 ``null`` whether or not the ban existed."""
    room, _, _ = load_participant(ctx, moderator=True)
    unban(room, php_int(ctx.path["ban"]))
    ctx.state.touch(room, activity=False)
    return ocs.ok(None)


ROUTES: list[Route] = [
    route("GET", BANS, list_bans),
    route("POST", BANS, ban_actor),
    route("DELETE", BANS + r"/(?P<ban>[^/]+)", unban_actor),
]
