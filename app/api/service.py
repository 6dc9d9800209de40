"""TalkService: the one object that speaks the Talk OCS API (v4) for one account.

The GUI, the kiosk and the CLI all act through it. It holds one ``httpx.AsyncClient`` (so one
cookie jar: the Talk session set by joining a conversation lives there), returns typed models or
raises ``TalkError`` subclasses with sentences a moderator can read. Reads may be retried with
backoff; writes are sent exactly once.

The API is split by area, one small module each under ``app/api/areas/``, all over the same
client (``transport.py``) and the same bookkeeping (titles, Talk sessions: ``bookkeeping.py``):
``service.rooms.rename(token, "Town hall")``, ``service.participants.promote(token, id)``,
``service.calls.join(token)``, ``service.webinar.set_lobby(token, True)``.
"""

from __future__ import annotations

import ssl

import httpx

from .areas import (
    AccountArea,
    BansArea,
    CallsArea,
    ChatArea,
    ParticipantsArea,
    PermissionsArea,
    RoomsArea,
    SessionsArea,
    WebinarArea,
)
from .areas.breakout import BreakoutArea
from .areas.policy import PolicyArea
from .areas.polls import PollsArea
from .areas.recording import RecordingArea
from .areas.signaling import SignalingArea
from .bookkeeping import Bookkeeping
from .client import DEFAULT_TIMEOUT
from .transport import Transport, basic_auth


class TalkService:
    """Talk API v4 client for one account on one server; construct, use, ``aclose``.

    Attributes:
        account: server status, capabilities, people search, the app password.
        rooms: the conversations: list, read, create, rename, delete, settings, leave.
        participants: list, add, remove, promote, demote, permissions, invitations.
        permissions: the conversation's default permissions, the call's, everyone's.
        bans: who may not come back: list, ban, unban.
        webinar: the lobby (and who may pass it), SIP dial-in.
        sessions: the Talk session in a conversation that call actions need.
        calls: who is in the call; join, leave or end it; ring; SIP dial-out.
        policy: who may find a conversation, message expiration, @all mentions, recording
            consent (description, favorites and notifications: ``rooms``).
        breakout: breakout rooms of a group conversation: set up, assign, start, stop,
            broadcast, remove, switch, assistance.
        chat: the chat: history, waiting for new messages, post, delete one, clear all.
        polls: polls of a conversation: create, show, close.
        recording: record the running call (video or audio only), stop.
        signaling: who is in a conversation, by Talk's internal signaling (long pulls).

    Args:
        server_url: base URL of the Nextcloud, e.g. ``https://cloud.example.org``.
        login: the login name; empty for a guest (no credentials are sent).
        app_password: an app password (sessions for calls are only kept for app passwords).
        timeout: per-request timeout in seconds.
        read_retries: how often a failed read is retried (with exponential backoff + jitter).
        retry_base_delay: the first retry's delay in seconds (doubled for each next one).
        verify: TLS verification, as httpx takes it (True, an ``ssl.SSLContext``, or False).
        transport: a custom httpx transport (tests, pinning).
    """

    def __init__(
        self,
        server_url: str,
        login: str,
        app_password: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        read_retries: int = 2,
        retry_base_delay: float = 0.5,
        verify: bool | ssl.SSLContext = True,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.login = login
        self._transport = Transport(
            self.server_url,
            basic_auth(login, app_password),
            timeout=timeout,
            read_retries=read_retries,
            retry_base_delay=retry_base_delay,
            verify=verify,
            transport=transport,
        )
        self._book = Bookkeeping()
        # One line per area; an area that builds on another gets it passed in.
        self.account = AccountArea(self._transport, self._book)
        self.rooms = RoomsArea(self._transport, self._book)
        self.participants = ParticipantsArea(self._transport, self._book)
        self.permissions = PermissionsArea(self._transport, self._book)
        self.bans = BansArea(self._transport, self._book)
        self.webinar = WebinarArea(self._transport, self._book, self.participants)
        self.sessions = SessionsArea(self._transport, self._book)
        self.calls = CallsArea(self._transport, self._book, self.sessions)
        self.policy = PolicyArea(self._transport, self._book)
        self.breakout = BreakoutArea(self._transport, self._book)
        self.chat = ChatArea(self._transport, self._book)
        self.polls = PollsArea(self._transport, self._book)
        self.recording = RecordingArea(self._transport, self._book)
        self.signaling = SignalingArea(self._transport, self._book)

    def __repr__(self) -> str:  # never show the secret
        return f"TalkService({self.server_url!r}, login={self.login!r})"

    async def __aenter__(self) -> TalkService:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._transport.aclose()

    @property
    def closed(self) -> bool:
        return self._transport.client.is_closed

    def set_credentials(self, login: str, app_password: str) -> None:
        """Sign in again with a new app password (after a 401); open windows keep this service.

        Talk sessions opened with the old password are forgotten, so call actions join again.
        """
        self.login = login
        self._transport.client.auth = basic_auth(login, app_password)
        self._book.forget_sessions()
