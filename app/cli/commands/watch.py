"""``talk-moderator watch ROOM``: what happens in a conversation, one line per event.

With the server's signaling server (the HPB) the events come over its websocket the moment
they happen: people joining and leaving, entering and leaving the call, permission and role
changes, raised and lowered hands, new chat messages, changed conversation settings. Without
one, this says so on stderr and watches Talk's internal signaling instead (its long poll, as
the app's lobby watch does): joins, leaves and changes of call and permissions, worked out from
the differences between its answers; no hands (they travel only over a signaling server).
When the signaling server exists but cannot be reached, the participant list is read every
few seconds until the end.

``--json`` prints one JSON object per line, ``{"event": "join"|"leave"|"update"|"hand"|
"chat"|"properties"|"control"|"message"|"disinvite", "room": TOKEN, ...}``, with the
server's own field names inside (the HPB's, or the internal signaling's / REST's when
polling). Connection changes are notes on stderr, never events.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import msgspec

from app.api import errors
from app.api.hpb import AnyEvent, NoSignalingServer, RoomSignaling, State, StateChanged
from app.api.models import Participant, Room, to_wire

from ..context import Context
from ..errors import CliError, UsageError
from ..output import media_text, role_name
from ..resolve import find_room

POLL_INTERVAL = 5.0
"""Seconds between participant reads when the signaling server cannot be reached."""

Emit = Callable[[dict[str, Any]], None]


class _Enough(Exception):
    """``--count`` events were printed."""


class _Printer:
    """Prints each event as a JSON line or a sentence, and counts them."""

    def __init__(self, room: Room, *, as_json: bool, count: int | None) -> None:
        self.room = room
        self.as_json = as_json
        self.left = count
        self.names: dict[str, str] = {}
        self.done = asyncio.Event()
        self.broken: BrokenPipeError | None = None
        """Set when nobody reads any more (``| head``): the watch ends and says so."""

    def learn(self, people: list[Participant]) -> None:
        for person in people:
            for session in person.session_ids:
                self.names[session] = person.title

    def emit(self, event: dict[str, Any]) -> None:
        if self.done.is_set():
            return
        if self.as_json:
            line = json.dumps(event, ensure_ascii=True, separators=(",", ":"))
        else:
            line = f"{time.strftime('%H:%M:%S')}  {self.room.title}: {self._sentence(event)}"
        try:
            print(line, flush=True)
        except BrokenPipeError as exc:  # raised from an event callback, it would be lost
            self.broken = exc
            self.done.set()
            return
        if self.left is not None:
            self.left -= 1
            if self.left <= 0:
                self.done.set()

    def note(self, text: str) -> None:
        print(f"talk-moderator: {text}", file=sys.stderr, flush=True)

    # ------------------------------------------------------------ sentences

    def _name(self, *ids: Any) -> str:
        for key in ids:
            if isinstance(key, str) and key in self.names:
                return self.names[key]
        return "someone"

    def _remember(self, entry: dict[str, Any]) -> str:
        user = entry.get("user")
        name = (
            (user.get("displayname") if isinstance(user, dict) else None)
            or entry.get("displayName")
            or self._name(entry.get("roomsessionid"), entry.get("nextcloudSessionId"))
        )
        if name == "someone":
            name = entry.get("userid") or entry.get("userId") or entry.get("actorId") or name
        for key in ("sessionid", "sessionId", "roomsessionid", "nextcloudSessionId"):
            if isinstance(entry.get(key), str) and entry[key]:
                self.names[entry[key]] = str(name)
        return str(name)

    def _sentence(self, event: dict[str, Any]) -> str:
        kind = event.get("event")
        if kind == "join":
            return "; ".join(f"{self._remember(e)} joined" for e in event.get("join", []))
        if kind == "leave":
            return "; ".join(f"{self._name(sid)} left" for sid in event.get("leave", []))
        if kind == "update":
            if event.get("all"):
                return f"the call flags of everyone became {event.get('incall')}"
            return "; ".join(self._change(user) for user in event.get("users", []))
        if kind == "hand":
            state = "raised a hand" if event.get("state") else "lowered their hand"
            return f"{self._name(event.get('sessionid'))} {state}"
        if kind == "chat":
            return "new chat messages"
        if kind == "properties":
            shown = ", ".join(f"{k} {v}" for k, v in event.get("properties", {}).items())
            return f"the conversation's settings: {shown}"
        if kind == "control":
            sender = event.get("sender", {})
            return f"control message from {self._name(sender.get('sessionid'))}: {event['data']}"
        if kind == "message":
            sender = event.get("sender", {})
            data = event.get("data", {})
            return f"{data.get('type', 'a')} message from {self._name(sender.get('sessionid'))}"
        if kind == "disinvite":
            return "you are no longer in the conversation"
        return str(kind)

    def _change(self, user: dict[str, Any]) -> str:
        name = self._remember(user)
        parts = [media_text(int(user.get("inCall", 0))).replace("-", "not in the call")]
        if "participantType" in user:
            parts.append(role_name(int(user["participantType"])))
        if "participantPermissions" in user:
            parts.append(f"permissions {user['participantPermissions']}")
        return f"{name}: {', '.join(parts)}"


async def watch(ctx: Context, args: argparse.Namespace) -> None:
    if args.count is not None and args.count < 1:
        raise UsageError("--count must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        raise UsageError("--timeout must be more than 0 seconds")
    room = await find_room(ctx.service, args.room)
    printer = _Printer(room, as_json=ctx.out.as_json, count=args.count)
    with contextlib.suppress(errors.TalkError):
        printer.learn(await ctx.service.participants.list(room.token))
    source = asyncio.ensure_future(_watch(ctx, room, printer))
    finished = asyncio.ensure_future(printer.done.wait())
    try:
        await asyncio.wait({source, finished}, timeout=args.timeout, return_when="FIRST_COMPLETED")
    finally:
        for task in (source, finished):
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await finished
        try:
            await source
        except asyncio.CancelledError:
            pass
        finally:
            if ctx.service.sessions.is_open(room.token):
                with contextlib.suppress(errors.TalkError):
                    await ctx.service.sessions.close(room.token)
    if printer.broken is not None:
        raise printer.broken


async def _watch(ctx: Context, room: Room, printer: _Printer) -> None:
    """Over the signaling server if there is one; else by pulls; else by reading."""
    found, own = await _over_signaling_server(ctx, room, printer)
    if found == "none":
        printer.note(
            "this server has no signaling server: watching Talk's internal signaling "
            "(joins, leaves, call and permission changes; raised hands need a signaling server)"
        )
        await _by_pulls(ctx, room, printer.emit)
    elif found:
        printer.note(
            f"the signaling server cannot be used now ({found}): reading the participant "
            f"list every {POLL_INTERVAL:.0f} s (joins, leaves, call and permission changes)"
        )
        await _by_reading(ctx, room, printer.emit, own)


async def _over_signaling_server(ctx: Context, room: Room, printer: _Printer) -> tuple[str, str]:
    """Watch over the HPB until cancelled; ``"none"`` without one, else why it cannot (and
    the Talk session it opened, which is ours, not news)."""
    gone = asyncio.Event()

    states: list[StateChanged] = []

    def on_event(event: AnyEvent) -> None:
        if isinstance(event, StateChanged):
            states.append(event)
            if event.state == State.RECONNECTING:
                printer.note("the signaling connection dropped; reconnecting")
            elif event.state == State.CONNECTED and link.connections > 1:
                printer.note(
                    "reconnected; nothing was missed"
                    if event.resumed
                    else "reconnected with a new session: events may have been missed"
                )
            return
        wire = msgspec.to_builtins(event)
        if wire.get("event") == "join":  # ourselves: we know we are watching
            wire["join"] = [e for e in wire["join"] if e.get("sessionid") != link.session_id]
            if not wire["join"]:
                return
        printer.emit(wire)
        if wire.get("event") == "disinvite":
            gone.set()

    link = RoomSignaling(ctx.service, room.token, on_event=on_event)
    try:
        try:
            await link.start()
        except NoSignalingServer:
            return "none", ""
        if link.state is not State.CONNECTED:
            reasons = [e.reason for e in states if e.reason]
            return (reasons[-1] if reasons else "it did not answer"), link.talk_session_id
        await gone.wait()
        raise CliError(f"You are no longer in '{room.title}'.")
    finally:
        await link.close()


async def _by_pulls(ctx: Context, room: Room, emit: Emit) -> None:
    """Talk's internal signaling: a long poll answered when who is in the room changes."""
    own = (await ctx.service.sessions.open(room.token, force=False)).session_id
    known: dict[str, dict[str, Any]] | None = None
    while True:
        try:
            sessions = await ctx.service.signaling.pull(room.token)
        except errors.NotFound:
            ctx.service.sessions.forget(room.token)
            own = (await ctx.service.sessions.open(room.token, force=False)).session_id
            continue
        current = {s.session_id: to_wire(s) for s in sessions if s.session_id != own}
        _differences(room.token, known or {}, current, emit, first=known is None)
        known = current


async def _by_reading(ctx: Context, room: Room, emit: Emit, own: str) -> None:
    """The participant list every ``POLL_INTERVAL`` seconds, compared by Talk session."""
    known: dict[str, dict[str, Any]] | None = None
    while True:
        people = await ctx.service.participants.list(room.token)
        current: dict[str, dict[str, Any]] = {}
        for person in people:
            for session in person.session_ids:
                if session == own:
                    continue
                entry = {k: v for k, v in to_wire(person).items() if k != "sessionIds"}
                current[session] = {"sessionId": session, **entry}
        _differences(room.token, known or {}, current, emit, first=known is None)
        known = current
        await asyncio.sleep(POLL_INTERVAL)


WATCHED = ("inCall", "participantPermissions", "participantType", "permissions")
"""What makes a session "updated" between two answers (the first two from the signaling)."""


def _differences(
    token: str,
    before: dict[str, dict[str, Any]],
    after: dict[str, dict[str, Any]],
    emit: Emit,
    *,
    first: bool,
) -> None:
    joined = [entry for sid, entry in after.items() if sid not in before]
    left = [sid for sid in before if sid not in after]
    changed = [
        entry
        for sid, entry in after.items()
        if sid in before and any(before[sid].get(k) != entry.get(k) for k in WATCHED)
    ]
    if joined:
        emit({"event": "join", "room": token, "join": joined})
    if left and not first:
        emit({"event": "leave", "room": token, "leave": left})
    if changed:
        emit({"event": "update", "room": token, "users": changed})
