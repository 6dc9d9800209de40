"""The demo's own signaling server: the websocket subset of Talk's HPB a room watcher uses.

Talk's high-performance signaling server (nextcloud-spreed-signaling) pushes a room's changes
to every websocket joined to it. The demo offers the same frames on its own port (``/spreed``,
see ``routes/hpb.py``): ``welcome``; ``hello`` v1 (user id + the ticket the settings answer
issued) and v2 (the settings answer's token, valid 60 s), and resuming a session by its
``resumeid`` (kept ``RESUME_WINDOW`` seconds after a drop, with what arrived meanwhile);
``room`` join and leave with ``join``/``leave`` events; ``participants`` ``update`` events
(a change of in-call flags lists the sessions that changed; a change of roles or permissions
lists every session with its name, as Talk does); chat refreshes; room property updates;
``message`` relayed to a session, the room or the call (raised hands); ``control`` relayed
only from moderators (forceMute), as the real server drops the others' silently; ``bye``.

What differs from the real server: the seeded and simulated people, who have no websocket,
are in the room as the real server's virtual sessions are (``join`` and ``leave`` events,
``"virtual": true``, their signaling session id is their Talk session id) and in the
participant updates; the demo's simulated people raise hands too
(``simulate_hand``); and changes are found by looking at the room every ``CHECK_INTERVAL``
seconds instead of Talk telling the signaling server (a few tens of ms later than real).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .models import ACTOR_USERS, MODERATOR_TYPES, Attendee, Room
from .state import DemoState

log = logging.getLogger(__name__)

VERSION = "2.0.2-demo"
FEATURES = (
    "audio-video-permissions",
    "hello-v2",
    "incall-all",
    "join-features",
    "recipient-call",
    "switchto",
    "welcome",
)
"""What the demo says it supports (the real 2.0.2 also lists dialout, federation,
offer-codecs, transient-data and virtual-sessions, which the demo does not do)."""

BACKEND_PATH = "/ocs/v2.php/apps/spreed/api/v3/signaling/backend"
TOKEN_LIFETIME = 60
"""Seconds a v2 hello token is valid (Talk signs them for 60 s)."""
TICKET_LIFETIME = 24 * 3600
RESUME_WINDOW = 30.0
HELLO_TIMEOUT = 2.0
"""A connection without a session this long after it opened is said ``bye`` and closed (the
real server's ``initialHelloTimeout``)."""
CHECK_INTERVAL = 0.05
OUTBOX_LIMIT = 1000
CALL_FLAG = 1
_GONE = (0, 0, 0, 0)


@dataclass
class _Issued:
    login: str | None
    expires: float


@dataclass
class _Snapshot:
    """What a session last told its client about the room."""

    versions: tuple[int, int, int]
    properties: dict[str, Any]
    people: dict[str, tuple[int, int, int, int]]  # talk session -> (in call, rights, type, who)
    roles: dict[int, tuple[int, int]]  # attendee -> (type, permissions)
    virtual: frozenset[str] = frozenset()
    """The simulated people's Talk sessions (no client of theirs joined them over REST)."""


@dataclass
class HubSession:
    """One signaling session (kept a while after its websocket dropped, for a resume)."""

    id: str
    resume_id: str
    login: str | None
    display_name: str
    version: str
    features: tuple[str, ...] = ()
    room: str = ""
    talk_session: str = ""
    snapshot: _Snapshot | None = None
    outbox: list[str] = field(default_factory=list)
    deliver: Callable[[str], None] | None = None
    detached_at: float | None = None


class HpbHub:
    """The demo signaling server's sessions and rooms (one per ``DemoState``).

    All of it is guarded by ``state.lock``: the websockets run in the server's event loop,
    tests and the demo's activity may call in from other threads.
    """

    def __init__(self, state: DemoState) -> None:
        self.state = state
        self.base_url = ""
        self.features: tuple[str, ...] = FEATURES
        self.available = True
        """False: the websocket refuses every connection (a signaling server that is down)."""
        """What ``welcome`` and ``hello`` announce (a test may take ``hello-v2`` away)."""
        self._tickets: dict[str, _Issued] = {}
        self._tokens: dict[str, _Issued] = {}
        self.sessions: dict[str, HubSession] = {}
        self._by_resume: dict[str, str] = {}
        self.hands: dict[tuple[str, str], tuple[bool, int]] = {}
        """(room, signaling session) -> (raised, timestamp ms) of the simulated people."""

    # ------------------------------------------------------------ credentials

    def issue(self, login: str | None) -> tuple[str, str]:
        """A ticket (hello v1) and a token (hello v2) for ``login``, as the settings give."""
        now = time.time()
        ticket = f"{secrets.token_urlsafe(12)}:{int(now)}:{login or ''}:{secrets.token_hex(32)}"
        token = f"demo.{secrets.token_urlsafe(24)}.{secrets.token_urlsafe(32)}"
        with self.state.lock:
            self._drop_expired(now)
            self._tickets[ticket] = _Issued(login, now + TICKET_LIFETIME)
            self._tokens[token] = _Issued(login, now + TOKEN_LIFETIME)
        return ticket, token

    def _drop_expired(self, now: float) -> None:
        for table in (self._tickets, self._tokens):
            for key in [k for k, issued in table.items() if issued.expires < now - 3600]:
                del table[key]

    def authenticate(self, version: str, auth: dict[str, Any]) -> tuple[str | None, str]:
        """``(login, "")`` for good hello credentials, else ``(None, error code)``."""
        url = auth.get("url")
        if self.base_url and not (isinstance(url, str) and url.startswith(self.base_url)):
            return None, "invalid_backend"
        params = auth.get("params")
        params = params if isinstance(params, dict) else {}
        now = time.time()
        if version == "2.0":
            issued = self._tokens.get(str(params.get("token", "")))
            if issued is None:
                return None, "invalid_token"
            if issued.expires < now:
                return None, "token_expired"
            return issued.login or "", ""
        issued = self._tickets.get(str(params.get("ticket", "")))
        if issued is None or issued.expires < now:
            return None, "invalid_ticket"
        if (params.get("userid") or None) != issued.login:
            return None, "auth_failed"
        return issued.login or "", ""

    # ------------------------------------------------------------ sessions

    def new_session(self, login: str, version: str, features: tuple[str, ...]) -> HubSession:
        account = self.state.accounts.get(login) if login else None
        session = HubSession(
            id=secrets.token_urlsafe(48),
            resume_id=secrets.token_urlsafe(48),
            login=login or None,
            display_name=account.display_name if account is not None else "",
            version=version,
            features=features,
        )
        self.sessions[session.id] = session
        self._by_resume[session.resume_id] = session.id
        return session

    def resume(self, resume_id: str) -> HubSession | None:
        self.expire()
        sid = self._by_resume.get(resume_id)
        return self.sessions.get(sid) if sid is not None else None

    def attach(self, session: HubSession, deliver: Callable[[str], None]) -> None:
        session.deliver = deliver
        session.detached_at = None
        waiting, session.outbox = session.outbox, []
        for frame in waiting:
            deliver(frame)

    def detach(self, session: HubSession) -> None:
        session.deliver = None
        session.detached_at = time.monotonic()

    def end(self, session: HubSession) -> None:
        """The session is gone (bye, or not resumed in time): leave its room."""
        self.leave_room(session)
        self.sessions.pop(session.id, None)
        self._by_resume.pop(session.resume_id, None)

    def expire(self) -> None:
        now = time.monotonic()
        for session in list(self.sessions.values()):
            if session.detached_at is not None and now - session.detached_at > RESUME_WINDOW:
                self.end(session)

    def send(self, session: HubSession, frame: dict[str, Any]) -> None:
        text = json.dumps(frame, separators=(",", ":"))
        if session.deliver is not None:
            session.deliver(text)
        elif len(session.outbox) < OUTBOX_LIMIT:
            session.outbox.append(text)

    def in_room(self, token: str) -> list[HubSession]:
        return [s for s in self.sessions.values() if s.room == token]

    def signaling_id(self, talk_session: str) -> str:
        """The signaling id of a Talk session: its websocket's, or the Talk id itself."""
        for session in self.sessions.values():
            if session.talk_session == talk_session and session.room:
                return session.id
        return talk_session

    # ------------------------------------------------------------ rooms

    def join_room(
        self,
        session: HubSession,
        token: str,
        talk_session: str,
        confirm: Callable[[Room], None] = lambda room: None,
    ) -> tuple[Room | None, str]:
        """Join ``token`` with a Talk session of this user: ``(room, "")`` or an error code.

        ``confirm`` sends the answer to the join, before the join events (as the real server).
        """
        room = self.state.room(token)
        if room is None:
            return None, "no_such_room"
        attendee = self._attendee_of(room, talk_session)
        if attendee is None or (
            attendee.actor_type == ACTOR_USERS and attendee.actor_id != session.login
        ):
            return None, "no_such_room"
        if session.room == token:
            return room, "already_joined"
        self.leave_room(session)
        confirm(room)
        session.room, session.talk_session = token, talk_session
        session.snapshot = self._snapshot(room)
        entry = self._join_entry(session)
        everyone = self.in_room(token)
        others = [self._join_entry(s) for s in everyone if s is not session]
        others += [
            self._virtual_entry(room, session.snapshot, sid) for sid in session.snapshot.virtual
        ]
        if others:  # the real server lists those already there, then the newcomer
            self.send(session, _event("room", "join", others))
        self.send(session, _event("room", "join", [entry]))
        for other in everyone:
            if other is not session:
                self.send(other, _event("room", "join", [entry]))
        for (hand_room, sender), (raised, stamp) in self.hands.items():
            if hand_room == token and raised:  # clients tell newcomers of their raised hands
                self.send(session, _hand_frame(sender, "", raised, stamp))
        return room, ""

    def leave_room(self, session: HubSession) -> None:
        token = session.room
        if not token:
            return
        session.room, session.talk_session, session.snapshot = "", "", None
        for other in self.in_room(token):
            self.send(other, _event("room", "leave", [session.id]))

    def _join_entry(self, session: HubSession) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "sessionid": session.id,
            "userid": session.login or "",
            "user": {"displayname": session.display_name},
            "roomsessionid": session.talk_session,
        }
        if not session.login:
            del entry["userid"]
        return entry

    @staticmethod
    def _attendee_of(room: Room, talk_session: str) -> Attendee | None:
        for attendee in room.attendees.values():
            if talk_session in attendee.sessions:
                return attendee
        return None

    def room_properties(self, room: Room) -> dict[str, Any]:
        since = None
        if room.call_start_time:
            stamp = datetime.fromtimestamp(room.call_start_time, UTC)
            since = {
                "date": stamp.strftime("%Y-%m-%d %H:%M:%S.000000"),
                "timezone_type": 3,
                "timezone": "UTC",
            }
        return {
            "name": room.name,
            "type": room.type,
            "lobby-state": room.lobby_state,
            "lobby-timer": room.lobby_timer or None,
            "read-only": room.read_only,
            "listable": room.listable,
            "active-since": since,
            "sip-enabled": room.sip_enabled,
            "description": room.description,
        }

    # ------------------------------------------------------------ what changed

    def _snapshot(self, room: Room) -> _Snapshot:
        people: dict[str, tuple[int, int, int, int]] = {}
        roles: dict[int, tuple[int, int]] = {}
        for attendee in room.attendees.values():
            permissions = self.state.effective_permissions(room, attendee)
            roles[attendee.id] = (attendee.participant_type, permissions)
            for sid, talk in attendee.sessions.items():
                people[sid] = (talk.in_call, permissions, attendee.participant_type, attendee.id)
        last = room.last_message.id if room.last_message is not None else 0
        bound = {
            sid for php in self.state.php_sessions.values() for sid, _ in php.talk_sessions.values()
        }
        return _Snapshot(
            versions=(room.version, room.people_version, last),
            properties=self.room_properties(room),
            people=people,
            roles=roles,
            virtual=frozenset(sid for sid in people if sid not in bound),
        )

    def _virtual_entry(self, room: Room, snapshot: _Snapshot, talk_session: str) -> dict[str, Any]:
        """A simulated person as a join lists them: like the real server's virtual sessions
        (a phone bridge's), their signaling session id is their Talk session id."""
        attendee = room.attendees[snapshot.people[talk_session][3]]
        entry: dict[str, Any] = {
            "sessionid": talk_session,
            "user": {"displayname": attendee.display_name},
            "roomsessionid": talk_session,
            "virtual": True,
        }
        if attendee.actor_type == ACTOR_USERS:
            entry["userid"] = attendee.actor_id
        return entry

    def refresh(self, session: HubSession) -> None:
        """Tell the session's client what changed in its room since it last heard.

        Cheap while nothing changed (three numbers compared); a change costs one pass over
        the room's people, so a 10,000-person room stays affordable.
        """
        if not session.room or session.snapshot is None:
            return
        room = self.state.room(session.room)
        old = session.snapshot
        last = 0 if room is None or room.last_message is None else room.last_message.id
        if room is not None and old.versions == (room.version, room.people_version, last):
            return
        new = self._snapshot(room) if room is not None else None
        if room is None or new is None or session.talk_session not in new.people:
            token = session.room
            self.send(session, _event("roomlist", "disinvite", {"roomid": token}))
            self.leave_room(session)
            return
        session.snapshot = new
        roles_changed = any(old.roles.get(aid, role) != role for aid, role in new.roles.items())
        if _without_call(new.properties) != _without_call(old.properties) or roles_changed:
            self.send(session, {"type": "room", "room": _room_body(room.token, new.properties)})
            self.send(session, _event("roomlist", "update", _room_body(room.token, new.properties)))
        refresh = _room_message(room.token, {"type": "chat", "chat": {"refresh": True}})
        for message in reversed(room.messages):  # Talk: one refresh per message
            if message.id <= old.versions[2]:
                break
            self.send(session, refresh)
        came = sorted(new.virtual - old.virtual)
        if came:
            self.send(
                session,
                _event("room", "join", [self._virtual_entry(room, new, sid) for sid in came]),
            )
        gone = sorted(old.virtual - new.virtual)
        if gone:
            self.send(session, _event("room", "leave", gone))
        ids = {s.talk_session: s.id for s in self.sessions.values() if s.room == room.token}
        if roles_changed:
            users = [self._user(room, new, sid, ids, names=True) for sid in new.people]
            self.send(session, _participants(room.token, users))
            return
        changed = sorted(
            sid
            for sid in set(new.people) | set(old.people)
            if new.people.get(sid, _GONE)[0] != old.people.get(sid, _GONE)[0]
        )
        if not changed:
            return
        if len(changed) > 1 and not any(entry[0] for entry in new.people.values()):
            self.send(session, _participants_all(room.token, 0))  # the call ended for all
            return
        users = [self._user(room, new, sid, ids, names=False) for sid in changed]
        self.send(session, _participants(room.token, users))

    def _user(
        self,
        room: Room,
        snapshot: _Snapshot,
        talk_session: str,
        ids: dict[str, str],
        *,
        names: bool,
    ) -> dict[str, Any]:
        entry = snapshot.people.get(talk_session)
        attendee = room.attendees.get(entry[3]) if entry is not None else None
        sid = ids.get(talk_session, talk_session)
        if attendee is None or talk_session not in attendee.sessions:
            return {"sessionId": sid, "inCall": 0}  # the session left: out of the call
        talk = attendee.sessions[talk_session]
        user: dict[str, Any] = {
            "inCall": talk.in_call,
            "lastPing": talk.last_ping,
            "sessionId": sid,
            "participantType": attendee.participant_type,
            "participantPermissions": entry[1] if entry is not None else 0,
            "actorType": attendee.actor_type,
            "actorId": attendee.actor_id,
        }
        if attendee.actor_type == ACTOR_USERS:
            user["userId"] = attendee.actor_id
        if talk.in_call or not names:  # an in-call change names the Talk session too
            user["nextcloudSessionId"] = talk_session
        if names:
            user["displayName"] = attendee.display_name
        return user

    # ------------------------------------------------------------ peer messages

    def relay(self, sender: HubSession, kind: str, body: dict[str, Any]) -> None:
        """A ``message`` or ``control`` from ``sender`` to its recipients."""
        recipient = body.get("recipient")
        recipient = recipient if isinstance(recipient, dict) else {}
        how = recipient.get("type")
        if kind == "control" and not self._may_control(sender):
            return  # the real server ignores control messages of non-moderators silently
        sent_by: dict[str, Any] = {"type": how, "sessionid": sender.id}
        if sender.login:
            sent_by["userid"] = sender.login
        frame = {"type": kind, kind: {"sender": sent_by, "data": body.get("data")}}
        for target in self._recipients(sender, how, recipient):
            self.send(target, frame)

    def _recipients(
        self, sender: HubSession, how: Any, recipient: dict[str, Any]
    ) -> list[HubSession]:
        if how == "session":
            target = self.sessions.get(str(recipient.get("sessionid", "")))
            return [target] if target is not None and target is not sender else []
        if how == "user":
            login = recipient.get("userid")
            if not login or login == sender.login:
                return []
            return [s for s in self.sessions.values() if s.login == login]
        if how in ("room", "call") and sender.room:
            room = self.state.room(sender.room)
            targets = [s for s in self.in_room(sender.room) if s is not sender]
            if how == "call" and room is not None:
                in_call = {
                    sid
                    for a in room.attendees.values()
                    for sid, t in a.sessions.items()
                    if t.in_call
                }
                targets = [s for s in targets if s.talk_session in in_call]
            return targets
        return []

    def _may_control(self, session: HubSession) -> bool:
        room = self.state.room(session.room) if session.room else None
        attendee = self._attendee_of(room, session.talk_session) if room is not None else None
        return attendee is not None and attendee.participant_type in MODERATOR_TYPES

    def simulate_hand(self, token: str, talk_session: str, raised: bool) -> None:
        """A simulated person without a websocket raises or lowers a hand (demo activity)."""
        with self.state.lock:
            stamp = int(time.time() * 1000)
            sender = self.signaling_id(talk_session)
            self.hands[(token, sender)] = (raised, stamp)
            room = self.state.room(token)
            attendee = self._attendee_of(room, talk_session) if room is not None else None
            login = attendee.actor_id if attendee and attendee.actor_type == ACTOR_USERS else ""
            for target in self.in_room(token):
                self.send(target, _hand_frame(sender, login, raised, stamp))


def _without_call(properties: dict[str, Any]) -> dict[str, Any]:
    """The properties whose change Talk announces (a call starting or ending is not one)."""
    return {k: v for k, v in properties.items() if k != "active-since"}


def _event(target: str, kind: str, body: Any) -> dict[str, Any]:
    return {"type": "event", "event": {"target": target, "type": kind, kind: body}}


def _room_body(token: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"roomid": token, "properties": properties}


def _room_message(token: str, data: dict[str, Any]) -> dict[str, Any]:
    return _event("room", "message", {"roomid": token, "data": data})


def _participants(token: str, users: list[dict[str, Any]]) -> dict[str, Any]:
    return _event("participants", "update", {"roomid": token, "users": users})


def _participants_all(token: str, incall: int) -> dict[str, Any]:
    return _event("participants", "update", {"roomid": token, "incall": incall, "all": True})


def _hand_frame(sender: str, login: str, raised: bool, stamp: int) -> dict[str, Any]:
    sent_by: dict[str, Any] = {"type": "room", "sessionid": sender}
    if login:
        sent_by["userid"] = login
    return {
        "type": "message",
        "message": {
            "sender": sent_by,
            "data": {"type": "raiseHand", "payload": {"state": raised, "timestamp": stamp}},
        },
    }


_HUBS: weakref.WeakKeyDictionary[DemoState, HpbHub] = weakref.WeakKeyDictionary()


def hub_for(state: DemoState) -> HpbHub:
    """The signaling hub of this demo server (made on first use)."""
    with state.lock:
        hub = _HUBS.get(state)
        if hub is None:
            hub = _HUBS[state] = HpbHub(state)
        return hub


# ---------------------------------------------------------------- one websocket


class Connection:
    """One client websocket: the frames it sends, and what the hub has for it.

    Args:
        hub: the demo's signaling hub.
        send_text: sends one frame to the client.
        receive_text: the client's next frame; raises when the client went away.
        close: closes the websocket (after a hello that never came).
    """

    def __init__(
        self,
        hub: HpbHub,
        send_text: Callable[[str], Awaitable[None]],
        receive_text: Callable[[], Awaitable[str]],
        close: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self.hub = hub
        self._send_text = send_text
        self._receive_text = receive_text
        self._close = close
        self._written = asyncio.Event()
        self._loop = asyncio.get_running_loop()
        self._thread = threading.get_ident()
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.session: HubSession | None = None
        self._said_bye = False

    def _deliver(self, text: str) -> None:
        """Queue a frame for the client (from any thread; in order from the loop's own)."""
        if threading.get_ident() == self._thread:
            self._queue.put_nowait(text)
        else:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, text)

    async def run(self) -> None:
        writer = asyncio.ensure_future(self._write())
        ticker = asyncio.ensure_future(self._tick())
        timer = asyncio.ensure_future(self._hello_timeout())
        self._queue.put_nowait(
            json.dumps(
                {"type": "welcome", "welcome": {"version": VERSION, "features": self.hub.features}}
            )
        )
        try:
            while not self._said_bye:
                text = await self._receive_text()
                with self.hub.state.lock:
                    self._handle(text)
        finally:
            ticker.cancel()
            timer.cancel()
            with self.hub.state.lock:
                if self.session is not None:
                    if self._said_bye:
                        self.hub.end(self.session)
                    else:
                        self.hub.detach(self.session)
            self._queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer
            for task in (ticker, timer, writer):
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task

    async def _hello_timeout(self) -> None:
        await asyncio.sleep(HELLO_TIMEOUT)
        if self.session is None and self._close is not None:
            self._answer({"type": "bye", "bye": {"reason": "hello_timeout"}})
            self._queue.put_nowait(None)  # the writer sends the bye, then stops
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._written.wait(), 1.0)
            await self._close()

    async def _write(self) -> None:
        try:
            while True:
                text = await self._queue.get()
                if text is None:
                    return
                await self._send_text(text)
        finally:
            self._written.set()

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(CHECK_INTERVAL)
            with self.hub.state.lock:
                self.hub.expire()
                if self.session is not None and self.session.deliver is not None:
                    self.hub.refresh(self.session)

    def _answer(self, frame: dict[str, Any]) -> None:
        self._deliver(json.dumps(frame, separators=(",", ":")))

    def _error(self, request_id: Any, code: str, message: str, details: Any = None) -> None:
        error: dict[str, Any] = {"code": code, "message": message}
        if details is not None:
            error["details"] = details
        frame: dict[str, Any] = {"type": "error", "error": error}
        if request_id:
            frame = {"id": request_id, **frame}
        self._answer(frame)

    def _handle(self, text: str) -> None:
        try:
            message = json.loads(text)
        except ValueError:
            self._error(None, "invalid_format", "Could not decode message.")
            return
        if not isinstance(message, dict):
            self._error(None, "invalid_format", "Could not decode message.")
            return
        kind = message.get("type")
        request_id = message.get("id")
        body = message.get(kind) if isinstance(kind, str) else None
        body = body if isinstance(body, dict) else {}
        if kind == "hello":
            self._hello(request_id, body)
        elif self.session is None:
            self._error(request_id, "hello_expected", "Expected Hello request.")
        elif kind == "room":
            self._room(request_id, body)
        elif kind in ("message", "control"):
            self.hub.relay(self.session, kind, body)
        elif kind == "bye":
            self._said_bye = True
            self._answer({"id": request_id, "type": "bye"} if request_id else {"type": "bye"})
        # "transient", "internal" and the rest: not part of the demo

    def _hello(self, request_id: Any, body: dict[str, Any]) -> None:
        if self.session is not None:
            return  # the real server ignores a second hello on a connection
        version = body.get("version")
        if version not in ("1.0", "2.0") or (
            version == "2.0" and "hello-v2" not in self.hub.features
        ):
            self._error(request_id, "invalid_hello_version", "The hello version is not supported.")
            return
        resume_id = body.get("resumeid")
        if resume_id:
            session = self.hub.resume(str(resume_id))
            if session is None:
                self._error(request_id, "no_such_session", "The session to resume does not exist.")
                return
        else:
            auth = body.get("auth")
            login, code = self.hub.authenticate(
                str(version), auth if isinstance(auth, dict) else {}
            )
            if login is None:
                self._error(request_id, code, "The session could not be authenticated.")
                return
            features = body.get("features")
            session = self.hub.new_session(
                login,
                str(version),
                tuple(f for f in features if isinstance(f, str))
                if isinstance(features, list)
                else (),
            )
        self.session = session
        answer: dict[str, Any] = {
            "sessionid": session.id,
            "resumeid": session.resume_id,
            "userid": session.login or "",
            "version": version,
            "server": {"version": VERSION, "features": list(self.hub.features)},
        }
        self._answer({"id": request_id, "type": "hello", "hello": answer})
        self.hub.attach(session, self._deliver)

    def _room(self, request_id: Any, body: dict[str, Any]) -> None:
        assert self.session is not None
        token = str(body.get("roomid") or "")
        if not token:
            self.hub.leave_room(self.session)
            self._answer({"id": request_id, "type": "room", "room": {"roomid": ""}})
            return

        def confirm(room: Room) -> None:
            properties = self.hub.room_properties(room)
            self._answer({"id": request_id, "type": "room", "room": _room_body(token, properties)})

        talk_session = str(body.get("sessionid") or "")
        room, code = self.hub.join_room(self.session, token, talk_session, confirm)
        if room is None:
            self._error(request_id, code, "The requested room does not exist.")
        elif code == "already_joined":
            details = {"room": _room_body(token, self.hub.room_properties(room))}
            self._error(request_id, code, "Already joined this room.", details)
