"""Talk's internal signaling, read only for who is in a conversation right now.

Without a high-performance signaling server, a Talk client in a conversation long-polls
``GET api/v3/signaling/{token}``: the server holds the request up to 30 seconds and answers
within about a second when the sessions in the room change (someone joined, left, got another
permission), always with the whole ``usersInRoom`` list. For a moderator watching many
lobbies this is what makes an alert fast *and* cheap: one request per room per 30 s while
nothing happens, instead of reading every room's participants every few seconds.

Only this account's own Talk session in the room may pull (404 otherwise: join first with
``service.sessions``; the session is bound to the client's cookies, so pulls go through the
same client). Each pull holds a connection (and a PHP worker on the server) for up to 30 s, so
at most ``MAX_PULLS`` rooms are watched this way; the client's pool leaves room for them.
"""

from __future__ import annotations

import builtins
from typing import Any

import msgspec

from ...i18n import QT_TRANSLATE_NOOP
from ..models import _Wire
from ..ocs import decode_success, unreadable
from .base import Area, verb

SIGNALING_BASE = "/ocs/v2.php/apps/spreed/api/v3/signaling"

PULL_WAIT = 30.0
"""How long Talk holds a pull when nothing changes (``SignalingController::pullMessages``)."""

PULL_TIMEOUT = PULL_WAIT + 15.0
"""Our read timeout for a pull: the server's wait plus room for a slow server."""

USERS_IN_ROOM = "usersInRoom"

MAX_PULLS = 24
"""Rooms watched by pulls at once; further rooms are polled (see ``client.LIMITS``)."""


class SessionInRoom(_Wire, frozen=True, kw_only=True, gc=False):
    """One Talk session in the conversation, as the internal signaling lists it."""

    session_id: str
    user_id: str = ""
    room_id: int = 0
    last_ping: int = 0
    in_call: int = 0
    participant_permissions: int = 0
    actor_type: str = ""
    actor_id: str = ""


class HelloAuthV1(_Wire, frozen=True, kw_only=True, gc=False):
    """The ``hello`` v1 auth params: the signaling server asks Talk to check the ticket."""

    userid: str | None = None
    ticket: str = ""

    def __repr__(self) -> str:  # the ticket is a credential: never in a log
        return f"HelloAuthV1(userid={self.userid!r})"


class HelloAuthV2(_Wire, frozen=True, kw_only=True, gc=False):
    """The ``hello`` v2 auth params: a JWT Talk signed (it expires about a minute later)."""

    token: str = ""

    def __repr__(self) -> str:  # the token is a credential: never in a log
        return "HelloAuthV2()"


class HelloAuthParams(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """``helloAuthParams`` keyed by protocol version, as Talk names them."""

    v1: HelloAuthV1 | None = msgspec.field(default=None, name="1.0")
    v2: HelloAuthV2 | None = msgspec.field(default=None, name="2.0")


class IceServer(_Wire, frozen=True, kw_only=True, gc=False):
    """A STUN or TURN server for calls (unused here: this app sends no media)."""

    urls: tuple[str, ...] = ()
    username: str = ""
    credential: str = ""


class SignalingSettings(_Wire, frozen=True, kw_only=True, gc=False):
    """What ``signaling/settings`` says about how clients signal on this server.

    With a signaling server (``external``), ``server`` is its base URL (``ws(s)://`` or
    ``http(s)://``; the websocket is ``<server>/spreed``) and ``hello_auth_params`` holds the
    credentials of a hello: v1 (user id + ``ticket``) and v2 (a JWT valid for about 60 s, so
    they are read again before every new hello).
    """

    signaling_mode: str = "internal"
    """``internal`` (no signaling server: pulls work), ``external`` or ``conversation_cluster``."""
    server: str = ""
    user_id: str | None = None
    hide_warning: bool = False
    ticket: str = ""
    hello_auth_params: HelloAuthParams = HelloAuthParams()
    stunservers: tuple[IceServer, ...] = ()
    turnservers: tuple[IceServer, ...] = ()
    sip_dialin_info: str = ""

    def __repr__(self) -> str:  # the ticket is a credential: never in a log
        return f"SignalingSettings(signaling_mode={self.signaling_mode!r}, server={self.server!r})"


class _Message(msgspec.Struct, frozen=True):
    type: str
    data: Any = None


class SignalingArea(Area):
    """``service.signaling``: the signaling settings, and pulls of who is in a room."""

    async def settings(self, token: str | None = None) -> SignalingSettings:
        """The server's signaling mode (``internal`` means the pulls below work)."""
        action = self._act(
            "signaling", verb(QT_TRANSLATE_NOOP("Verbs", "read the signaling settings")), token
        )
        params = {"token": token} if token else None
        result: SignalingSettings = await self._transport.call(
            "GET", f"{SIGNALING_BASE}/settings", action, SignalingSettings, params=params
        )
        return result

    async def pull(self, token: str) -> builtins.list[SessionInRoom]:
        """Wait for a change of who is in ``token`` (at most ~30 s), then who is there.

        Raises:
            NotFound: this account has no Talk session in the conversation (or it is gone).
            MalformedResponse: the answer is not the list of messages Talk sends.
        """
        action = self._act(
            "signaling",
            verb(QT_TRANSLATE_NOOP("Verbs", "watch who is in {room}"), room=self._quoted(token)),
            token,
        )
        messages: builtins.list[_Message] = await self._transport.send(
            "GET",
            f"{SIGNALING_BASE}/{token}",
            action,
            decode=lambda response: decode_success(response, builtins.list[_Message], action),
            timeout=PULL_TIMEOUT,
        )
        sessions: builtins.list[SessionInRoom] = []
        for message in messages:
            if message.type != USERS_IN_ROOM:
                continue  # call signaling (offers, candidates) is for call clients, not us
            try:
                sessions = msgspec.convert(message.data, builtins.list[SessionInRoom])
            except msgspec.ValidationError as exc:
                raise unreadable(action, str(exc)) from exc
        return sessions
