"""One room watched over Talk's high-performance signaling server, kept connected.

Talk's signaling server (the "HPB") pushes who joined or left a room, in-call flags,
permission changes, chat refreshes and the peers' messages (raised hands) the moment they
happen, where REST only answers when asked. It allows one room per websocket session, so a
``RoomSignaling`` is one room: this account's Talk session in it (opened over REST without
``force``, as the lobby watch does), one websocket to ``<server>/spreed``, the ``welcome`` /
``hello`` / ``room`` handshake, then events until it is closed.

A dropped connection is resumed (``hello`` with the ``resumeid``: the server keeps the session
for a while and delivers what was missed); when the server no longer knows the session, a new
hello and join follow, and the ``StateChanged`` event says ``resumed=False`` so the lists are
read again by REST. Failed attempts are retried with backoff; while the state is not
``CONNECTED`` the app polls instead. Without a signaling server (``signalingMode``
``internal``) ``start`` raises ``NoSignalingServer``: there is nothing to retry.

``websockets`` is imported when a room is first watched (``_websockets``): without a signaling
server it is never needed, and at start-up it cost about 10 ms before the first listing.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Iterable
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING

import msgspec

from .. import errors
from ..areas.signaling import SignalingSettings
from ..service import TalkService
from . import protocol
from .events import (
    AnyEvent,
    Joined,
    JoinedSession,
    Left,
    ParticipantsUpdate,
    RoomProperties,
    State,
    StateChanged,
)
from .protocol import Frame

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

log = logging.getLogger(__name__)

WELCOME_TIMEOUT = 3.0
"""How long to wait for ``welcome`` before assuming an old server (Talk's web client: 3 s)."""

STEADY_AFTER = 5.0
"""A connection that lasted this long resets the backoff; a quicker drop counts as a failure."""

CALL_FLAG = 1
"""Talk's in-call flag: a session with it set is in the call."""


class HpbError(errors.TalkError):
    """Base of the signaling client's own errors."""


class NoSignalingServer(HpbError):
    """The server has no signaling server (``internal``): watch by polling instead."""


class SignalingRefused(HpbError):
    """The signaling server or Talk refused the hello or the room join (``reason``: its code)."""


class NotConnected(HpbError):
    """A message was to be sent while the room's signaling is not connected."""


class UnknownSession(HpbError):
    """The session to address is not in the room (as far as the signaling server said)."""


class _Backoff:
    """Doubling delays with jitter, capped (Talk's web client: 1 s doubling up to 16 s)."""

    def __init__(self, base: float, maximum: float) -> None:
        self.base = base
        self.maximum = maximum
        self._failures = 0

    def failure(self) -> float:
        self._failures += 1
        delay: float = min(self.maximum, self.base * 2.0 ** (self._failures - 1))
        return delay * (0.5 + random.random() / 2)  # noqa: S311 - not for secrets

    def success(self) -> None:
        self._failures = 0


def websocket_url(server: str) -> str:
    """``<server>/spreed`` with a websocket scheme, as Talk's web client builds it."""
    url = server.strip()
    if url.startswith("https://"):
        url = "wss://" + url[len("https://") :]
    elif url.startswith("http://"):
        url = "ws://" + url[len("http://") :]
    return url.rstrip("/") + "/spreed"


class RoomSignaling:
    """The signaling server's view of one room, as a stream of events.

    Args:
        service: the signed-in account (its settings, Talk session and credentials).
        token: the conversation.
        on_event: called with each event (in the event loop); without it events are
            queued for ``events()``.
        backoff_base: seconds after the first failed attempt; doubled for each further one.
        backoff_maximum: the longest wait between attempts.
        open_timeout: the longest wait for the websocket and for each answer of the handshake.
        welcome_timeout: how long to wait for the server's ``welcome``.
    """

    def __init__(
        self,
        service: TalkService,
        token: str,
        *,
        on_event: Callable[[AnyEvent], None] | None = None,
        backoff_base: float = 1.0,
        backoff_maximum: float = 16.0,
        open_timeout: float = 5.0,
        welcome_timeout: float = WELCOME_TIMEOUT,
    ) -> None:
        self.service = service
        self.token = token
        self._on_event = on_event
        self._backoff = _Backoff(backoff_base, max(backoff_base, backoff_maximum))
        self.open_timeout = open_timeout
        self.welcome_timeout = welcome_timeout
        self._queue: asyncio.Queue[AnyEvent | None] = asyncio.Queue()
        self._state = State.CONNECTING
        self._task: asyncio.Task[None] | None = None
        self._first = asyncio.Event()
        self._fatal: HpbError | None = None
        self._closing = False
        self._asked_to_reconnect = False
        self._ws: ClientConnection | None = None
        self._url = ""
        self._talk_session = ""
        self._session_id = ""
        self._resume_id = ""
        self._hello_version = ""
        self._features: frozenset[str] = frozenset()
        self._pending: dict[str, asyncio.Future[Frame]] = {}
        self._welcome: asyncio.Future[protocol.Welcome] | None = None
        self._held: list[AnyEvent] | None = None
        self._next_id = 0
        self._sessions: dict[str, JoinedSession] = {}
        self._in_call: dict[str, int] = {}
        self._talk_to_signaling: dict[str, str] = {}
        self._properties: dict[str, object] | None = None
        self.connections = 0
        """Websockets opened so far (tests and benchmarks count reconnects)."""
        self.resumes = 0
        """Drops after which the session was resumed."""

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> State:
        return self._state

    @property
    def session_id(self) -> str:
        """Our signaling session id ("" before the first hello)."""
        return self._session_id

    @property
    def talk_session_id(self) -> str:
        """Our Talk session id in the room (what REST lists in our ``sessionIds``)."""
        return self._talk_session

    @property
    def features(self) -> frozenset[str]:
        """What the server's ``welcome`` (or ``hello`` answer) says it supports."""
        return self._features

    @property
    def sessions(self) -> dict[str, JoinedSession]:
        """Who is in the room now, by signaling session id (ours included)."""
        return dict(self._sessions)

    @property
    def in_call(self) -> dict[str, int]:
        """In-call flags by signaling session id, as the updates since our join said."""
        return {sid: flags for sid, flags in self._in_call.items() if flags}

    def signaling_id_for(self, session: str) -> str | None:
        """The signaling session id of a Talk session id (or of a signaling id itself)."""
        if session in self._sessions or session in self._in_call:
            return session
        return self._talk_to_signaling.get(session)

    def talk_session_for(self, signaling_id: str) -> str | None:
        """The Talk session id behind a signaling session id (a hand's ``sessionid``).

        Sessions the signaling server lists without a websocket of their own (the demo's
        simulated people) carry their Talk session id as the signaling id: that is returned.
        """
        joined = self._sessions.get(signaling_id)
        if joined is not None and joined.roomsessionid:
            return joined.roomsessionid
        for talk, sid in self._talk_to_signaling.items():
            if sid == signaling_id:
                return talk
        return signaling_id if signaling_id in self._in_call else None

    async def start(self) -> None:
        """Connect; return once the first attempt ended (``state`` says how).

        Raises:
            NoSignalingServer: the server has none; nothing is retried.
        """
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())
            self._task.set_name(f"hpb-{self.token}")
        await self._first.wait()
        if self._fatal is not None:
            raise self._fatal

    async def events(self) -> AsyncIterator[AnyEvent]:
        """The events as they come (without ``on_event``); ends after ``close()``."""
        while True:
            event = await self._queue.get()
            if event is None:
                return
            yield event

    async def send_force_mute(self, session: str) -> str:
        """Ask one person's client to mute its microphone (Talk's ``forceMute``).

        Args:
            session: their signaling session id, or their Talk session id (REST's
                ``sessionIds``).

        Returns:
            The signaling session id it was sent to.

        Raises:
            NotConnected: the room's signaling is not connected now.
            UnknownSession: no such session in the room.
        """
        if self._state is not State.CONNECTED:
            raise NotConnected("The conversation's signaling is not connected now.")
        target = self.signaling_id_for(session)
        if target is None:
            raise UnknownSession("That person is not connected to the conversation now.")
        await self._send(protocol.force_mute(target))
        return target

    async def mute_everyone(self, sessions: Iterable[str] | None = None) -> list[str]:
        """``forceMute`` to each session in the call but ours; returns where it was sent.

        Args:
            sessions: the Talk or signaling session ids to mute (the REST list's people in
                the call); by default those the updates since our join showed in the call.
        """
        if sessions is None:
            targets = [sid for sid, flags in self._in_call.items() if flags & CALL_FLAG]
        else:
            targets = [t for t in (self.signaling_id_for(s) for s in sessions) if t is not None]
        sent: list[str] = []
        for target in dict.fromkeys(targets):
            if target != self._session_id:
                await self._send(protocol.force_mute(target))
                sent.append(target)
        return sent

    async def send_raise_hand(self, state: bool, *, to: str | None = None) -> None:
        """Raise or lower our hand as Talk's web client does (to the room, or one session)."""
        recipient = {"type": "room"} if to is None else {"type": "session", "sessionid": to}
        await self._send(protocol.raise_hand(state, int(time.time() * 1000), recipient))

    async def reconnect(self) -> None:
        """Drop the websocket now; it is opened again and the session resumed (as after a
        network change: Talk's web client does the same when the browser goes online)."""
        ws = self._ws
        if ws is not None:
            self._asked_to_reconnect = True
            await ws.close()

    async def close(self, *, leave_session: bool = False) -> None:
        """Say ``bye``, close the websocket and stop retrying (safe to call twice).

        Args:
            leave_session: also close our Talk session in the room (the CLI does; the app
                closes its sessions on quit, as the lobby watch's).
        """
        if self._closing:
            return
        self._closing = True
        ws = self._ws
        if ws is not None and self._state is State.CONNECTED:
            with contextlib.suppress(_closed(), OSError, TimeoutError):
                await asyncio.wait_for(ws.send(protocol.encode(protocol.bye(self._new_id()))), 1.0)
        if ws is not None:
            await ws.close()
        task = self._task
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._first.set()
        self._set_state(State.CLOSED)
        self._queue.put_nowait(None)
        if leave_session and self._talk_session:
            with contextlib.suppress(errors.TalkError):
                await self.service.sessions.close(self.token)

    async def __aenter__(self) -> RoomSignaling:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # ------------------------------------------------------------------ the loop

    async def _run(self) -> None:
        try:
            while not self._closing:
                began = time.monotonic()
                try:
                    await self._connection()
                except NoSignalingServer as exc:
                    self._fatal = exc
                    self._set_state(State.UNAVAILABLE, str(exc))
                    return
                except asyncio.CancelledError:
                    raise
                except _connection_failures() as exc:
                    if self._closing:
                        return
                    delay = self._backoff.failure()
                    reason = _reason(exc)
                    log.info(
                        "signaling of %s unavailable, next try in %.1f s: %s",
                        self.token,
                        delay,
                        reason,
                    )
                    self._set_state(State.UNAVAILABLE, reason)
                    self._first.set()
                    await asyncio.sleep(delay)
                    continue
                if self._closing:
                    return
                # it was connected and dropped: resume at once unless it keeps dropping
                self._set_state(State.RECONNECTING, "the connection dropped")
                asked, self._asked_to_reconnect = self._asked_to_reconnect, False
                if asked or time.monotonic() - began >= STEADY_AFTER:
                    self._backoff.success()
                else:
                    await asyncio.sleep(self._backoff.failure())
        finally:
            self._first.set()

    async def _connection(self) -> None:
        """One websocket's life: handshake, then events until it drops."""
        settings: SignalingSettings | None = None
        if not self._resume_id:
            settings = await self._settings()
        if not self._talk_session:
            self._talk_session = await self._open_talk_session()
        ws = await _websockets().asyncio.client.connect(
            self._url,
            open_timeout=self.open_timeout,
            proxy=None,
            ping_interval=20,
            ping_timeout=20,
            close_timeout=2,
            max_size=4 * 1024 * 1024,
        )
        self.connections += 1
        self._ws = ws
        loop = asyncio.get_running_loop()
        self._welcome = loop.create_future()
        self._held = []
        reader = asyncio.ensure_future(self._read(ws))
        reader.set_name(f"hpb-read-{self.token}")
        try:
            await self._handshake(settings)
            await reader
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
            await ws.close()
            self._ws = None
            for future in self._pending.values():
                if not future.done():
                    future.cancel()
            self._pending.clear()

    async def _handshake(self, settings: SignalingSettings | None) -> None:
        assert self._welcome is not None
        try:
            welcome = await asyncio.wait_for(asyncio.shield(self._welcome), self.welcome_timeout)
            self._features = frozenset(welcome.features)
        except TimeoutError:
            log.info("no welcome from the signaling server of %s: an old server", self.token)
        resumed = False
        if self._resume_id:
            answer = await self._request(
                protocol.hello_resume(self._new_id(), self._hello_version, self._resume_id)
            )
            if answer.type == "hello" and answer.hello is not None:
                resumed = True
                self._session_id = answer.hello.sessionid or self._session_id
                self.resumes += 1
            else:
                self._resume_id = ""  # too late: a new session, and a new hello's credentials
                settings = await self._settings()
        if not resumed:
            assert settings is not None
            answer = await self._request(self._hello(settings))
            if answer.type != "hello" or answer.hello is None:
                raise _refused("hello", answer)
            hello = answer.hello
            self._session_id = hello.sessionid
            self._resume_id = hello.resumeid
            if not self._features and hello.server is not None:
                self._features = frozenset(hello.server.features)
            self._sessions.clear()
            self._in_call.clear()
            self._talk_to_signaling.clear()
            joined = await self._request(
                protocol.join_room(self._new_id(), self.token, self._talk_session)
            )
            code = joined.error.code if joined.error is not None else ""
            if joined.type != "room" and code != "already_joined":
                # Talk no longer knows our session there (removed, expired): open a new one
                self._talk_session = ""
                self.service.sessions.forget(self.token)
                self._resume_id = ""
                raise _refused("room join", joined)
        self._set_state(State.CONNECTED, resumed=resumed)
        self._first.set()
        held, self._held = self._held or [], None
        for event in held:
            self._emit(event)

    def _hello(self, settings: SignalingSettings) -> dict[str, object]:
        params = settings.hello_auth_params
        backend = self.service.server_url + protocol.BACKEND_PATH
        if protocol.FEATURE_HELLO_V2 in self._features and params.v2 is not None:
            self._hello_version = "2.0"
            return protocol.hello_v2(self._new_id(), backend, params.v2.token)
        self._hello_version = "1.0"
        if params.v1 is not None:
            return protocol.hello_v1(self._new_id(), backend, params.v1.userid, params.v1.ticket)
        return protocol.hello_v1(self._new_id(), backend, settings.user_id, settings.ticket)

    async def _settings(self) -> SignalingSettings:
        settings = await self.service.signaling.settings(self.token)
        if settings.signaling_mode == "internal" or not settings.server:
            raise NoSignalingServer("This server has no signaling server: watching by polling.")
        self._url = websocket_url(settings.server)
        return settings

    async def _open_talk_session(self) -> str:
        try:
            room = await self.service.sessions.open(self.token, force=False)
        except errors.Conflict as exc:
            raise SignalingRefused(
                "Your session elsewhere is in this conversation's call.", reason="conflict"
            ) from exc
        if not room.session_id or room.session_id == "0":
            raise SignalingRefused("Talk gave no session in the conversation.", reason="session")
        return room.session_id

    # ------------------------------------------------------------------ frames

    def _new_id(self) -> str:
        self._next_id += 1
        return str(self._next_id)

    async def _request(self, frame: dict[str, object]) -> Frame:
        """Send a frame with an id and wait for the answer with that id."""
        ws = self._ws
        if ws is None:
            raise NotConnected("The signaling connection is closed.")
        request_id = str(frame["id"])
        future: asyncio.Future[Frame] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await ws.send(protocol.encode(frame))
            return await asyncio.wait_for(future, self.open_timeout)
        except asyncio.CancelledError:
            if future.cancelled() and not self._closing:
                raise _closed()(None, None) from None  # the reader ended: dropped
            raise
        finally:
            self._pending.pop(request_id, None)

    async def _send(self, frame: dict[str, object]) -> None:
        ws = self._ws
        if ws is None or self._state is not State.CONNECTED:
            raise NotConnected("The conversation's signaling is not connected now.")
        try:
            await ws.send(protocol.encode(frame))
        except _closed() as exc:
            raise NotConnected("The signaling connection dropped.") from exc

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for raw in ws:
                self._receive(raw)
        except _closed():
            pass
        for future in self._pending.values():
            if not future.done():
                future.cancel()

    def _receive(self, raw: str | bytes) -> None:
        try:
            frame = protocol.decode(raw)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning("skipped a frame from the signaling server of %s: %s", self.token, exc)
            return
        if frame.type == "welcome" and frame.welcome is not None:
            if self._welcome is not None and not self._welcome.done():
                self._welcome.set_result(frame.welcome)
            return
        pending = self._pending.get(frame.id) if frame.id else None
        if pending is not None:
            if not pending.done():
                pending.set_result(frame)
            return
        if frame.type == "bye":
            self._resume_id = ""  # the server ended our session: a new hello next time
            return
        if frame.type == "error" and frame.error is not None:
            log.info("signaling server of %s: %s", self.token, frame.error.code)
            return
        try:
            events = protocol.events_of(frame, self.token)
        except msgspec.ValidationError as exc:
            log.warning("skipped a %s frame of %s: %s", frame.type, self.token, exc)
            return
        for event in events:
            if isinstance(event, RoomProperties):
                # the server says it twice (a room frame and a roomlist update): once is news
                if event.properties == self._properties:
                    continue
                self._properties = event.properties
            self._track(event)
            if self._held is not None:
                self._held.append(event)
            else:
                self._emit(event)

    def _track(self, event: AnyEvent) -> None:
        """Keep who is in the room and in the call, for muting by Talk session id."""
        if isinstance(event, Joined):
            for session in event.join:
                self._sessions[session.sessionid] = session
                if session.roomsessionid:
                    self._talk_to_signaling[session.roomsessionid] = session.sessionid
        elif isinstance(event, Left):
            for sid in event.leave:
                gone = self._sessions.pop(sid, None)
                self._in_call.pop(sid, None)
                if gone is not None and gone.roomsessionid:
                    self._talk_to_signaling.pop(gone.roomsessionid, None)
        elif isinstance(event, ParticipantsUpdate):
            if event.all and event.incall is not None:
                for sid in self._in_call:
                    self._in_call[sid] = event.incall
            # an update lists every session in the room (3,000 in a big webinar): filtered
            # once, each dict filled by one update() call
            users = [user for user in event.users if user.session_id]
            self._in_call.update((user.session_id, user.in_call) for user in users)
            self._talk_to_signaling.update(
                (user.nextcloud_session_id, user.session_id)
                for user in users
                if user.nextcloud_session_id
            )

    def _emit(self, event: AnyEvent) -> None:
        if self._on_event is None:
            self._queue.put_nowait(event)
            return
        try:
            self._on_event(event)
        except Exception:  # a consumer's bug must not end the room's signaling
            log.exception("handling a signaling event of %s failed", self.token)

    def _set_state(self, state: State, reason: str = "", *, resumed: bool = False) -> None:
        if state is self._state and state is not State.CONNECTED:
            return
        self._state = state
        # never held back: CONNECTED comes before the room's first events, which are held
        self._emit(StateChanged(room=self.token, state=state.value, reason=reason, resumed=resumed))


def _refused(step: str, answer: Frame) -> SignalingRefused:
    code = answer.error.code if answer.error is not None else answer.type
    message = answer.error.message if answer.error is not None else ""
    return SignalingRefused(
        f"The signaling server refused the {step} ({code}{': ' + message if message else ''}).",
        reason=code,
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, errors.TalkError):
        return str(exc)
    if isinstance(exc, TimeoutError):
        return "the signaling server did not answer in time"
    if isinstance(exc, _closed()):
        return "the signaling server closed the connection"
    return f"cannot reach the signaling server ({type(exc).__name__}: {exc})"


@functools.cache
def _websockets() -> ModuleType:
    """The ``websockets`` package with its client and exceptions, imported on first use."""
    import websockets.asyncio.client
    import websockets.exceptions

    return websockets


def _closed() -> type[Exception]:
    """``websockets``' ConnectionClosed (an ``except`` names it only once one is raised)."""
    closed: type[Exception] = _websockets().exceptions.ConnectionClosed
    return closed


def _connection_failures() -> tuple[type[Exception], ...]:
    """What a failed attempt raises: Talk's refusals, the network's, the websocket's."""
    failures = _websockets().exceptions
    return (
        errors.TalkError,
        OSError,
        TimeoutError,
        failures.ConnectionClosed,
        failures.InvalidHandshake,
        failures.InvalidURI,
    )
