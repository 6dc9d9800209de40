"""What every controller needs: request parameters with PHP's type juggling, the request
context, route records and the checks Talk's middlewares perform (room, participant,
moderator, lobby, read-only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .. import ocs, views
from ..bans import is_banned
from ..models import Attendee, Room, Session
from ..state import Caller, DemoState, InternalError, TalkError

_INT_PREFIX = re.compile(r"\s*[+-]?\d+")

TALK = "/ocs/v2.php/apps/spreed/api/v4"
TALK_V1 = "/ocs/v2.php/apps/spreed/api/v1"
TOKEN = r"(?P<token>[a-z0-9]{4,30})"


def php_int(value: Any) -> int:
    """PHP's ``settype($v, 'integer')``: leading digits, anything else is 0."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str):
        match = _INT_PREFIX.match(value)
        return int(match.group()) if match else 0
    return 0


def php_bool(value: Any) -> bool:
    """Nextcloud's bool parameter casting: ``'false'``, ``'0'`` and ``''`` are false."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false")
    return bool(value)


@dataclass
class Params:
    """Query string, form and JSON body merged (body wins), as Nextcloud's request does."""

    values: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # uploads of a form-data body

    def has(self, name: str) -> bool:
        return name in self.values and self.values[name] is not None

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def get_str(self, name: str, default: str = "") -> str:
        value = self.values.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else str(value)

    def get_int(self, name: str, default: int = 0) -> int:
        return php_int(self.values[name]) if self.has(name) else default

    def required_int(self, name: str) -> int:
        """A typed controller argument without default: missing → PHP TypeError → 500."""
        if not self.has(name):
            raise InternalError(name)
        return php_int(self.values[name])

    def required_str(self, name: str) -> str:
        """A string controller argument without default: missing → TypeError → 500."""
        if not self.has(name):
            raise InternalError(name)
        return self.get_str(name)

    def optional_int(self, name: str) -> int | None:
        return php_int(self.values[name]) if self.has(name) else None

    def get_bool(self, name: str, default: bool = False) -> bool:
        return php_bool(self.values[name]) if self.has(name) else default

    def get_list(self, name: str) -> list[Any]:
        value = self.values.get(name)
        if value is None:
            value = self.values.get(name + "[]")
        if value is None:
            return []
        return value if isinstance(value, list) else [value]


@dataclass
class ServerInfo:
    """Facts about the running server that answers need (its URL, talk hash)."""

    base_url: str = "http://127.0.0.1"
    talk_hash: str = ""


@dataclass
class Ctx:
    """One request as the controllers see it."""

    state: DemoState
    server: ServerInfo
    request: Request
    params: Params
    caller: Caller
    path: dict[str, str]

    @property
    def token(self) -> str:
        return self.path.get("token", "")

    @property
    def remote_address(self) -> str:
        """The address the request came from (what Talk's IP bans are matched against)."""
        client = self.request.client
        return client.host if client is not None else ""


Handler = Callable[[Ctx], Response]


@dataclass(frozen=True)
class Route:
    """A route: ``access`` is ``public`` (guests allowed), ``user`` or ``anon`` (no auth)."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler
    access: str = "public"


def route(method: str, path: str, handler: Handler, access: str = "public") -> Route:
    return Route(method, re.compile(path + r"/?\Z"), handler, access)


# ------------------------------------------------------------------ the middlewares


def load_room(ctx: Ctx) -> Room:
    """Room by token or 404 ``[]`` (RoomNotFoundException)."""
    room = ctx.state.room(ctx.token)
    if room is None:
        raise TalkError(404, ocs.EMPTY_LIST)
    return room


def load_participant(
    ctx: Ctx, *, lobby: bool = False, moderator: bool = False
) -> tuple[Room, Attendee, Session | None]:
    """RequireParticipant (+ RequireModeratorParticipant / RequireModeratorOrNoLobby)."""
    room = load_room(ctx)
    attendee, session = ctx.state.participant_for(room, ctx.caller)
    if attendee is None:
        raise TalkError(404, ocs.EMPTY_LIST)
    if room.bans and is_banned(ctx.state, room, ctx.caller, ctx.remote_address):
        raise TalkError(403, ocs.EMPTY_LIST)  # e.g. a guest whose address was banned
    if moderator and not attendee.is_moderator:
        raise TalkError(403, ocs.EMPTY_LIST)
    if lobby and ctx.state.lobby_blocked(room, attendee):
        raise TalkError(412, ocs.EMPTY_LIST)
    return room, attendee, session


def room_response(
    ctx: Ctx,
    room: Room,
    attendee: Attendee,
    session: Session | None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    include_status: bool = True,
) -> Response:
    """200/201 with the TalkRoom as the caller sees it (in a one-to-one with the peer's user
    status when they have one, as every single-room answer of Talk)."""
    data = views.room_json(ctx.state, room, attendee, session, include_status=include_status)
    return ocs.OcsResponse(status, data_json=data, headers=headers)
