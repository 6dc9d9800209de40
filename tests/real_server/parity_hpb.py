"""Websocket parity: the same client frames to the real signaling server and the demo's.

REST parity (``parity.py``) compares one answer per request; a signaling server answers a
frame with any number of frames, to the sender and to others. So a ``Script`` here is a list
of steps by two people (``moderator1`` and ``alice``, each with a REST client and a websocket);
after every step each person's websocket is read until it stays quiet, and what arrived is
recorded as a sorted list of frame shapes: keys and JSON types, values only for the keys in
``VALUE_KEYS`` (message types, error codes, roles, in-call flags, names), never ids, tokens,
tickets or timestamps. ``test_hpb_parity.py`` plays the script on both servers and compares.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from app.api.hpb import websocket_url

TALK = "/ocs/v2.php/apps/spreed/api/v4"
SETTINGS = "/ocs/v2.php/apps/spreed/api/v3/signaling/settings"
BACKEND = "/ocs/v2.php/apps/spreed/api/v3/signaling/backend"
QUIET_S = 0.5
"""A websocket that sent nothing for this long is done answering a step (the real server's
answers came within 200 ms here; the demo's within 60 ms, so it is given less)."""
DEMO_QUIET_S = 0.25
LONGEST_S = 4.0

VALUE_KEYS = frozenset(
    {
        "type",
        "target",
        "code",
        "action",
        "state",
        "inCall",
        "incall",
        "all",
        "refresh",
        "participantType",
        "participantPermissions",
        "actorType",
        "actorId",
        "userid",
        "userId",
        "displayname",
        "displayName",
        "name",
        "lobby-state",
        "read-only",
        "listable",
        "sip-enabled",
        "description",
        "recipient",
    }
)
TYPE_ONLY_LISTS = frozenset({"features"})
"""Lists compared by their elements' type only (the real server supports more features)."""


@dataclass(frozen=True)
class Step:
    """``kind``: ``rest`` (method, path, body), ``open``, ``send`` (a frame), ``close``,
    ``idle`` (``seconds``).

    Frames and paths take placeholders: ``{token}``, ``{talk_session}`` (the actor's Talk
    session), ``{sid:NAME}`` (NAME's signaling session id), ``{resume}``, ``{ticket}``,
    ``{jwt}``, ``{userid}``, ``{backend}``.
    """

    actor: str
    kind: str
    frame: Mapping[str, Any] | None = None
    method: str = ""
    path: str = ""
    body: Mapping[str, Any] | None = None
    note: str = ""
    seconds: float = 0.0
    """``idle``: how long to do nothing (what the servers do by themselves meanwhile)."""


@dataclass
class _Person:
    login: str
    http: httpx.AsyncClient
    ws: ClientConnection | None = None
    inbox: list[dict[str, Any]] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    reader: asyncio.Task[None] | None = None
    last_frame: float = 0.0


def shape(value: Any, key: str = "") -> Any:
    """What is compared of a frame: keys and types, and the values of ``VALUE_KEYS``."""
    if isinstance(value, dict):
        return {k: shape(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        if key in TYPE_ONLY_LISTS:
            return sorted({type(v).__name__ for v in value})
        return sorted((shape(v) for v in value), key=lambda s: json.dumps(s, sort_keys=True))
    if key in VALUE_KEYS:
        return value
    return type(value).__name__


_PLACEHOLDER = re.compile(r"\{([a-z_]+(?::[a-z0-9]+)?)\}")


def _fill(value: Any, person: _Person, people: Mapping[str, _Person]) -> Any:
    if isinstance(value, dict):
        return {k: _fill(v, person, people) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, person, people) for v in value]
    if isinstance(value, str):
        return _PLACEHOLDER.sub(lambda m: _value(m.group(1), person, people), value)
    return value


def _value(name: str, person: _Person, people: Mapping[str, _Person]) -> str:
    if name.startswith("sid:"):
        return people[name[4:]].values["sid"]
    if name == "userid":
        return person.login
    if name in person.values:
        return person.values[name]
    return people["moderator1"].values[name]  # the room's token


class Player:
    """Plays a script on one server and records what each websocket received per step."""

    def __init__(
        self, base_url: str, passwords: Mapping[str, str], *, quiet: float = QUIET_S
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.quiet = quiet
        self.people = {
            login: _Person(
                login,
                httpx.AsyncClient(
                    base_url=self.base_url,
                    auth=(login, password),
                    headers={"OCS-APIRequest": "true", "Accept": "application/json"},
                    timeout=30.0,
                ),
            )
            for login, password in passwords.items()
        }
        self.records: list[tuple[str, dict[str, list[Any]]]] = []

    async def aclose(self) -> None:
        for person in self.people.values():
            await self._close(person)
            await person.http.aclose()

    async def play(self, steps: tuple[Step, ...]) -> list[tuple[str, dict[str, list[Any]]]]:
        for step in steps:
            person = self.people[step.actor]
            if step.kind == "rest":
                await self._rest(person, step)
            elif step.kind == "open":
                await self._open(person)
            elif step.kind == "send":
                assert person.ws is not None and step.frame is not None
                await person.ws.send(json.dumps(_fill(step.frame, person, self.people)))
            elif step.kind == "close":
                await self._close(person)
            elif step.kind == "idle":
                await asyncio.sleep(step.seconds)  # what the servers do of themselves
            await self._settle()
            seen = {}
            for login, someone in self.people.items():
                frames, someone.inbox = someone.inbox, []
                for frame in frames:
                    self._learn(someone, frame)
                seen[login] = sorted(
                    (shape(f) for f in frames), key=lambda s: json.dumps(s, sort_keys=True)
                )
            self.records.append((f"{step.actor} {step.kind} {step.note}".strip(), seen))
        return self.records

    async def _rest(self, person: _Person, step: Step) -> None:
        path = str(_fill(step.path, person, self.people))
        body = _fill(dict(step.body or {}), person, self.people)
        answer = await person.http.request(step.method, path, json=body or None)
        assert answer.is_success, f"{step.method} {step.path}: {answer.status_code}"
        data = answer.json()["ocs"]["data"] if answer.content else None
        if isinstance(data, dict):
            if "token" in data and step.path.endswith("/room"):
                self.people["moderator1"].values["token"] = data["token"]
            if "sessionId" in data and step.path.endswith("/participants/active"):
                person.values["talk_session"] = data["sessionId"]

    async def _open(self, person: _Person) -> None:
        await self._close(person)
        settings = (await person.http.get(SETTINGS)).json()["ocs"]["data"]
        person.values["ticket"] = settings["helloAuthParams"]["1.0"]["ticket"]
        person.values["jwt"] = settings["helloAuthParams"]["2.0"]["token"]
        person.values["backend"] = self.base_url + BACKEND
        person.ws = await connect(websocket_url(settings["server"]), proxy=None)
        person.reader = asyncio.ensure_future(self._read(person, person.ws))

    async def _close(self, person: _Person) -> None:
        if person.ws is not None:
            await person.ws.close()
            person.ws = None
        if person.reader is not None:
            await person.reader
            person.reader = None

    async def _read(self, person: _Person, ws: ClientConnection) -> None:
        loop = asyncio.get_running_loop()
        try:
            async for raw in ws:
                person.inbox.append(json.loads(raw))
                person.last_frame = loop.time()
        except ConnectionClosed:
            pass

    async def _settle(self) -> None:
        """Wait until no websocket received anything for ``QUIET_S`` (at most ``LONGEST_S``)."""
        loop = asyncio.get_running_loop()
        began = loop.time()
        while loop.time() - began < LONGEST_S:
            latest = max([p.last_frame for p in self.people.values()] + [began])
            if loop.time() - latest >= self.quiet:
                return
            await asyncio.sleep(0.05)

    @staticmethod
    def _learn(person: _Person, frame: dict[str, Any]) -> None:
        hello = frame.get("hello") if frame.get("type") == "hello" else None
        if isinstance(hello, dict):
            person.values["sid"] = hello.get("sessionid", "")
            person.values["resume"] = hello.get("resumeid", "")


M, A = "moderator1", "alice"


def _hello_v2() -> dict[str, Any]:
    return {
        "id": "h2",
        "type": "hello",
        "hello": {"version": "2.0", "auth": {"url": "{backend}", "params": {"token": "{jwt}"}}},
    }


def _hello_v1() -> dict[str, Any]:
    params = {"userid": "{userid}", "ticket": "{ticket}"}
    return {
        "id": "h1",
        "type": "hello",
        "hello": {"version": "1.0", "auth": {"url": "{backend}", "params": params}},
    }


def _join(request_id: str = "j") -> dict[str, Any]:
    return {
        "id": request_id,
        "type": "room",
        "room": {"roomid": "{token}", "sessionid": "{talk_session}"},
    }


def _to(recipient: dict[str, Any], data: dict[str, Any], kind: str = "message") -> dict[str, Any]:
    return {"type": kind, kind: {"recipient": recipient, "data": data}}


HAND = {"type": "raiseHand", "payload": {"state": True, "timestamp": 1}}
MUTE_ALICE = {"action": "forceMute", "peerId": "{sid:alice}"}

SCRIPT: tuple[Step, ...] = (
    Step(M, "rest", method="POST", path=TALK + "/room", body={"roomType": 2, "roomName": "Hpb"}),
    Step(
        M,
        "rest",
        method="POST",
        path=TALK + "/room/{token}/participants",
        body={"newParticipant": "alice", "source": "users"},
    ),
    Step(
        M,
        "rest",
        method="POST",
        path=TALK + "/room/{token}/participants/active",
        body={"force": False},
    ),
    Step(M, "open", note="welcome"),
    Step(M, "send", _hello_v2(), note="hello v2"),
    Step(M, "send", _join(), note="join: the answer and the list of one"),
    Step(M, "send", _join("again"), note="join again: already_joined"),
    Step(
        A,
        "rest",
        method="POST",
        path=TALK + "/room/{token}/participants/active",
        body={"force": True},
    ),
    Step(A, "open"),
    Step(
        A, "send", {"id": "bad", "type": "hello", "hello": {"version": "3.0"}}, note="bad version"
    ),
    Step(A, "send", _hello_v1(), note="hello v1 with the ticket"),
    Step(A, "send", _join(), note="alice joins: both hear of it"),
    Step(A, "rest", method="POST", path=TALK + "/call/{token}", body={"flags": 3}, note="call"),
    Step(A, "send", _to({"type": "room"}, HAND), note="a hand to the room"),
    Step(A, "send", _to({"type": "session", "sessionid": "{sid:moderator1}"}, HAND), note="to M"),
    Step(A, "send", _to({"type": "call"}, HAND), note="to the call: M is not in it"),
    Step(
        A,
        "send",
        _to({"type": "session", "sessionid": "{sid:moderator1}"}, MUTE_ALICE, "control"),
        note="a non-moderator's control: dropped",
    ),
    Step(
        M,
        "send",
        _to({"type": "session", "sessionid": "{sid:alice}"}, MUTE_ALICE, "control"),
        note="the moderator's forceMute",
    ),
    Step(A, "rest", method="DELETE", path=TALK + "/call/{token}", note="alice leaves the call"),
    Step(A, "close", note="alice's websocket drops"),
    Step(A, "open"),
    Step(
        A,
        "send",
        {"id": "r", "type": "hello", "hello": {"version": "1.0", "resumeid": "{resume}"}},
        note="resume",
    ),
    Step(A, "send", _join(), note="join after resuming: already_joined"),
    Step(A, "send", {"id": "bye", "type": "bye", "bye": {}}, note="bye: M hears the leave"),
    Step(A, "close"),
    Step(A, "open"),
    Step(
        A,
        "send",
        {"id": "r2", "type": "hello", "hello": {"version": "1.0", "resumeid": "{resume}"}},
        note="resume after bye: no_such_session",
    ),
    Step(A, "idle", seconds=2.2, note="no session 2 s after opening: bye, hello_timeout"),
    Step(A, "close"),
    Step(M, "send", {"id": "out", "type": "room", "room": {"roomid": ""}}, note="M leaves"),
    Step(M, "close"),
    Step(M, "rest", method="DELETE", path=TALK + "/room/{token}", note="the room goes"),
)
