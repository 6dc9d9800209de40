"""The watched rooms over a signaling server: who joined, left, went into the call, raised a
hand, within a fraction of a second, and polling slowed to a safety net meanwhile.

Where the server has a high-performance signaling server (HPB), ``SignalingWatch`` keeps one
websocket per watched room (``app.api.hpb.RoomSignaling``: the HPB allows one room per
session, each on this account's own Talk session in the room). Which rooms: those of the
controller's watches (the window's selected room, the kiosk's rooms), followed by themselves,
plus the named sets others give (``set_rooms``: the alert center's moderated lobbies and
pinned rooms).

Each event goes into the same signals and diffing as a poll (``PollingController``): an
in-call, permission or role change is applied to the room's last known participants and
handed on as ``apply_participants`` (no request); a join or leave, or a change the event does
not say enough about, reads that one room's participants once. A room change the server
announces lists the changed conversations (``refresh_rooms``). While a room is connected the
controller polls it only every ``live_interval`` (``set_live``); when the connection drops
it polls as before at once, and after a new session (not a resumed one, which replays what
was missed) the room is read again by REST, so nothing is lost.

Raised hands exist only here (no REST endpoint shows them): ``hands_changed`` gives each
room's hands by attendee with since when, ``hand_raised`` each new one (an alert).

``mode`` says what is in use: ``hpb`` (every watched room connected), ``hpb-partial`` (some
rooms not connected: those are polled), ``none`` (the server has no signaling server: the
lobby watch pulls Talk's internal signaling, the rest is polled); ``reason`` says why.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import msgspec
from PySide6.QtCore import QObject, Signal

from app.api import errors
from app.api.hpb import (
    AnyEvent,
    Disinvited,
    HandRaised,
    Joined,
    Left,
    NoSignalingServer,
    ParticipantsUpdate,
    RoomProperties,
    RoomSignaling,
    State,
    StateChanged,
)
from app.api.hpb.events import ParticipantChange
from app.api.models import Participant
from app.api.service import TalkService
from app.moderation import signaling as mute_links

from .controller import SELECTED, PollingController
from .hands import Hands, RaisedHand
from .status import ConnectionState, ConnectionStatus

log = logging.getLogger(__name__)

HPB = "hpb"
PARTIAL = "hpb-partial"
NONE = "none"
UNKNOWN = ""

MAX_CONNECTIONS = 50
"""Rooms followed over the signaling server at once; further rooms are polled."""
SELECTION_SETTLE_S = 0.3
READ_SPACING_S = 0.25
"""Between two reads of a room that events asked for one after the other."""
READ_TRIES = 3
READ_RETRY_S = 1.0
"""A read after an event that failed is tried again this much later (times the tries)."""
"""The selected room is connected once it stayed selected this long."""

Connect = Callable[..., RoomSignaling]


class _Room:
    """One watched room: its connection, last known people, hands."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.signaling: RoomSignaling | None = None
        self.task: asyncio.Task[None] | None = None
        self.people: Sequence[Participant] | None = None
        self.hands = Hands(token)
        self.reading: asyncio.Task[None] | None = None
        self.read_again = False
        self.live = False
        self.connected_before = False
        self.unnamed: set[str] = set()
        """Sessions whose hand went up before their person was known: alerted after the read."""
        self.session_rows: dict[str, int] = {}
        """Talk session id -> row in ``indexed`` (``_session_index``)."""
        self.indexed: Sequence[Participant] | None = None
        """The list ``session_rows`` was built for, or one with the same rows in the same
        places (an event's update replaces people in place; their sessions stay)."""
        self.last_change: dict[str, ParticipantChange] = {}
        """Each session's change as the last update listed it, applied to ``indexed``."""


class SignalingWatch(QObject):
    """One websocket per watched room, its events into the live layer (see module docs).

    Args:
        service: the signed-in account.
        controller: the account's poller; its watches are followed, events go into it.
        connect: builds a room's connection (``RoomSignaling``; tests pass their timings).
    """

    hands_changed = Signal(str, object)
    """``(token, dict[attendee_id, since])``: the room's raised hands (``time.time()``)."""
    hand_raised = Signal(object)
    """A ``RaisedHand`` that just went up."""
    live_changed = Signal(object)
    """``frozenset[str]``: the rooms connected now."""
    mode_changed = Signal(str, str)
    """``(mode, reason)``: ``hpb``, ``hpb-partial`` or ``none``, and why."""
    event_received = Signal(object)
    """Every event of every room, after it was applied (tests, the benchmark)."""

    def __init__(
        self,
        service: TalkService,
        controller: PollingController,
        *,
        connect: Connect = RoomSignaling,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.controller = controller
        self.connect_room = connect
        self._sets: dict[str, frozenset[str]] = {}
        self._rooms: dict[str, _Room] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._available: bool | None = None
        self._mode = UNKNOWN
        self._reason = ""
        self._stopped = False
        self.reads_of: dict[str, int] = {}
        """Participant reads after events, by room (tests and benchmarks count the cost)."""
        self._selected: frozenset[str] = frozenset()
        self._selected_later: asyncio.TimerHandle | None = None
        controller.participants_changed.connect(self._on_polled)
        controller.watched_changed.connect(self._on_watched)
        controller.connection_changed.connect(self._on_connection)
        for name in controller.watch_names:
            self._on_watched(name, controller.watched(name))

    # ------------------------------------------------------------------ state

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def available(self) -> bool | None:
        """Whether the server has a signaling server (None until the first room asked)."""
        return self._available

    @property
    def tokens(self) -> frozenset[str]:
        """The rooms followed (connected or trying)."""
        return frozenset(self._rooms)

    @property
    def live_tokens(self) -> frozenset[str]:
        return frozenset(token for token, room in self._rooms.items() if room.live)

    def is_live(self, token: str) -> bool:
        room = self._rooms.get(token)
        return room is not None and room.live

    def connection(self, token: str) -> RoomSignaling | None:
        """The room's connection while it is connected."""
        room = self._rooms.get(token)
        return room.signaling if room is not None and room.live else None

    def hands(self, token: str) -> list[RaisedHand]:
        """The room's raised hands, first raised first."""
        room = self._rooms.get(token)
        if room is None:
            return []
        return room.hands.ordered(room.people or ())

    # ------------------------------------------------------------------ which rooms

    def set_rooms(self, name: str, tokens: Iterable[str]) -> None:
        """Follow these rooms too, as the set ``name`` (replacing its rooms)."""
        wanted = frozenset(tokens)
        if self._sets.get(name, frozenset()) == wanted:
            return
        if wanted:
            self._sets[name] = wanted
        else:
            self._sets.pop(name, None)
        self._retarget()

    def _on_watched(self, name: str, tokens: frozenset[str]) -> None:
        if name != SELECTED:
            self.set_rooms(f"watch:{name}", tokens)
            return
        # the user may be walking down the list with the arrow keys: connect to the room
        # they stay on, not a Talk session and a websocket in every room passed
        self._selected = tokens
        if self._selected_later is not None:
            self._selected_later.cancel()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no loop yet (built before it runs): nothing to wait for
            self._apply_selected()
            return
        self._selected_later = loop.call_later(SELECTION_SETTLE_S, self._apply_selected)

    def _apply_selected(self) -> None:
        self._selected_later = None
        self.set_rooms(f"watch:{SELECTED}", self._selected)

    def _on_connection(self, status: ConnectionStatus) -> None:
        """Connect only once the controller reaches the server (and again after a stop)."""
        if status.state is ConnectionState.CONNECTED:
            self._retarget()

    def _retarget(self) -> None:
        if self._stopped or self._available is False:
            return
        if not self.controller.running or self.controller.status.state is not (
            ConnectionState.CONNECTED
        ):
            return  # nothing is opened before the controller has reached the server
        wanted: list[str] = []
        for tokens in self._sets.values():
            wanted.extend(sorted(tokens - set(wanted)))
        keep = set(wanted[:MAX_CONNECTIONS])
        for token in set(self._rooms) - keep:
            self._spawn(self._drop(self._rooms.pop(token)), f"hpb-close-{token}")
        for token in wanted[:MAX_CONNECTIONS]:
            if token not in self._rooms:
                room = _Room(token)
                self._rooms[token] = room
                room.task = self._spawn(self._follow(room), f"hpb-watch-{token}")
        self._live_changed()

    async def stop(self) -> None:
        """Close every connection (the Talk sessions are closed with the app's, on quit)."""
        self._stopped = True
        if self._selected_later is not None:
            self._selected_later.cancel()
        rooms = list(self._rooms.values())
        self._rooms.clear()
        await asyncio.gather(*(self._drop(room) for room in rooms), return_exceptions=True)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self.controller.set_live(())

    # ------------------------------------------------------------------ one room

    async def _follow(self, room: _Room) -> None:
        signaling = self.connect_room(self.service, room.token, on_event=self._on_event)
        room.signaling = signaling
        try:
            await signaling.start()
        except NoSignalingServer as exc:
            self._no_server(str(exc))
            await signaling.close()
        except asyncio.CancelledError:
            await signaling.close()
            raise
        else:
            if self._available is None:
                self._available = True

    async def _drop(self, room: _Room) -> None:
        room.live = False
        if room.signaling is not None:  # only its own link, not a newer connection's
            mute_links.withdraw(self.service, room.token, room.signaling)
        for task in (room.task, room.reading):
            if task is not None and not task.done():
                task.cancel()
        if room.signaling is not None:
            await room.signaling.close()
        if room.hands:
            room.hands.clear()
            self.hands_changed.emit(room.token, {})

    def _no_server(self, reason: str) -> None:
        """The server has no signaling server: nothing to follow (polling, pulls)."""
        if self._available is False:
            return
        self._available = False
        rooms = list(self._rooms.values())
        self._rooms.clear()
        for room in rooms:
            if room.task is not None and room.task is not asyncio.current_task():
                room.task.cancel()
        self._set_mode(NONE, reason)

    # ------------------------------------------------------------------ events

    def _on_event(self, event: AnyEvent) -> None:
        room = self._rooms.get(event.room)
        if room is None:
            return
        if isinstance(event, StateChanged):
            self._on_state(room, event)
        elif isinstance(event, ParticipantsUpdate):
            self._on_update(room, event)
        elif isinstance(event, Joined):
            self._on_joined(room, event)
        elif isinstance(event, Left):
            if room.hands.left(event.leave):
                self._emit_hands(room)
            self._read(room)
        elif isinstance(event, HandRaised):
            self._on_hand(room, event)
        elif isinstance(event, RoomProperties):
            self.controller.refresh_rooms()
        elif isinstance(event, Disinvited):
            self.controller.refresh_now(full=True)
        self.event_received.emit(event)

    def _on_state(self, room: _Room, event: StateChanged) -> None:
        live = event.state == State.CONNECTED.value
        signaling = room.signaling
        if live and signaling is not None:
            mute_links.lend(self.service, room.token, signaling)
        else:
            mute_links.withdraw(self.service, room.token, signaling)
        was = room.live
        room.live = live
        if live and not event.resumed:
            # a new session: what happened while it was down is read once (nothing is lost)
            if room.hands:
                room.hands.clear()
                self._emit_hands(room)
            self._read(room)
            if room.connected_before:
                self.controller.refresh_rooms()  # the room's own changes meanwhile too
        room.connected_before = room.connected_before or live
        if not live and event.reason:
            self._reason = event.reason
        if was != live:
            self._live_changed()

    def _on_joined(self, room: _Room, event: Joined) -> None:
        own = room.signaling.session_id if room.signaling is not None else ""
        known = {s for person in room.people or () for s in person.session_ids}
        news = False
        for session in event.join:
            if session.roomsessionid:
                room.hands.talk_sessions[session.sessionid] = session.roomsessionid
            if session.display_name:
                room.hands.names[session.sessionid] = session.display_name
            if session.sessionid != own and session.roomsessionid not in known:
                news = True
        if news or room.people is None:
            self._read(room)

    def _on_update(self, room: _Room, event: ParticipantsUpdate) -> None:
        people = room.people
        if people is None:
            self._read(room)
            return
        index = _session_index(room, people)  # the rows stay: handed on to the update below
        if event.all:
            flags = event.incall or 0
            updated: Sequence[Participant] = [
                msgspec.structs.replace(p, in_call=flags) for p in people
            ]
            room.last_change.clear()  # what the updates said of each session is past
        else:
            last = room.last_change
            # an update lists every session in the room: only what differs from the last
            # one can change anybody (0.3 ms for 3,000 sessions, their placing 5 ms)
            news = [change for change in event.users if last.get(change.session_id) != change]
            changed = _applied(people, news, room.hands.talk_sessions, index)
            if changed is None:
                self._read(room)  # the event does not say enough: read the room once
                return
            last.update((change.session_id, change) for change in news)
            if changed is people:
                return  # it says what we know
            updated = changed
        room.indexed = updated  # the same people in the same rows: the index still holds
        calls = any(p.in_call & 1 for p in people), any(p.in_call & 1 for p in updated)
        self._show(room, updated)
        if calls[0] != calls[1]:
            self.controller.refresh_rooms()  # the call started or ended: the list's icon

    def _on_hand(self, room: _Room, event: HandRaised) -> None:
        went_up = room.hands.raised(event.sessionid, event.state, event.timestamp)
        self._emit_hands(room)
        if not went_up:
            room.unnamed.discard(event.sessionid)
            return
        if room.hands.person_of(event.sessionid, room.people or ()) is None:
            # a session newer than our list (its join's read still on the way): the alert
            # names the person once that read is in
            room.unnamed.add(event.sessionid)
            self._read(room)
            return
        self._alert_hand(room, event.sessionid)

    def _alert_hand(self, room: _Room, session_id: str) -> None:
        for hand in room.hands.ordered(room.people or ()):
            if hand.session_id == session_id:
                self.hand_raised.emit(hand)

    def _emit_hands(self, room: _Room) -> None:
        self.hands_changed.emit(room.token, room.hands.by_attendee(room.people or ()))

    # ------------------------------------------------------------------ people

    def _on_polled(self, token: str, people: Sequence[Participant]) -> None:
        """A poll (or our own apply) of a followed room: the list events apply to."""
        room = self._rooms.get(token)
        if room is not None and room.people is not people:
            room.people = people
            if room.hands:
                self._emit_hands(room)
            self._flush_unnamed(room)

    def _show(self, room: _Room, people: Sequence[Participant]) -> None:
        room.people = people
        self.controller.apply_participants(room.token, people)
        if room.hands:
            self._emit_hands(room)
        if not room.read_again:
            self._flush_unnamed(room)

    def _flush_unnamed(self, room: _Room) -> None:
        """The hands that waited for their person's name: alerted now (named if known)."""
        unnamed, room.unnamed = room.unnamed, set()
        for session_id in unnamed:
            self._alert_hand(room, session_id)

    def _read(self, room: _Room) -> None:
        """Read the room's participants once (again after the read in flight, if one is)."""
        if room.reading is not None and not room.reading.done():
            room.read_again = True
            return
        room.reading = self._spawn(self._read_loop(room), f"hpb-read-{room.token}")

    async def _read_loop(self, room: _Room) -> None:
        with_status = room.token in self._sets.get(f"watch:{SELECTED}", frozenset())
        failures = 0
        while True:
            room.read_again = False
            try:
                people = await self.service.participants.read_all(
                    room.token, include_status=with_status
                )
            except errors.TalkError as exc:
                failures += 1
                log.info("reading %s after a signaling event failed: %s", room.token, exc)
                if failures >= READ_TRIES or not room.live:
                    return  # the polls have it (back to their pace once it is not live)
                await asyncio.sleep(READ_RETRY_S * failures)
                room.read_again = True
                continue
            failures = 0
            self.reads_of[room.token] = self.reads_of.get(room.token, 0) + 1
            if self._rooms.get(room.token) is room:
                self._show(room, people)
            if not room.read_again:
                return
            # joins and leaves in a burst: one read for each short while, not one per event
            await asyncio.sleep(READ_SPACING_S)

    # ------------------------------------------------------------------ bookkeeping

    def _spawn(self, coro: Any, name: str) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("signaling task %s failed", task.get_name(), exc_info=task.exception())

    def _live_changed(self) -> None:
        live = self.live_tokens
        self.controller.set_live(live)
        self.live_changed.emit(live)
        if self._available is False or not self._rooms:
            return
        if len(live) == len(self._rooms):
            self._set_mode(HPB, self.tr("%n conversation(s) live", "", len(live)))
        elif self._available:
            self._set_mode(PARTIAL, self._reason or self.tr("connecting to the signaling server"))

    def _set_mode(self, mode: str, reason: str) -> None:
        if (mode, reason) != (self._mode, self._reason):
            self._mode = mode
            self._reason = reason
            self.mode_changed.emit(mode, reason)


def _session_index(room: _Room, people: Sequence[Participant]) -> dict[str, int]:
    """Each Talk session of ``people`` by its row, built once per list read.

    Why: with 10,000 people building it took most of an event's 7 ms, and an update event
    comes for every few changes (a round of 100 permission changes: six events).
    """
    if room.indexed is not people:
        index: dict[str, int] = {}
        for row, person in enumerate(people):
            for session in person.session_ids:
                index[session] = row
        room.session_rows, room.indexed, room.last_change = index, people, {}
    return room.session_rows


def _applied(
    people: Sequence[Participant],
    changes: Sequence[ParticipantChange],
    talk_sessions: dict[str, str],
    index: dict[str, int],
) -> Sequence[Participant] | None:
    """``people`` with the changes applied (``people`` itself when nothing differs), or None
    when a change cannot be placed for sure (an unknown session, someone with several
    sessions, whose flags are their sum). ``index``: ``_session_index`` of ``people``."""
    updated: list[Participant] | None = None
    for change in changes:
        talk = change.nextcloud_session_id or talk_sessions.get(change.session_id, "")
        found = index.get(talk) if talk else None
        if found is None:
            found = index.get(change.session_id)
        if found is None:
            return None
        person = people[found] if updated is None else updated[found]
        if len(person.session_ids) > 1:
            return None
        if not _changes(person, change):
            continue  # most of an update's sessions: the event lists everyone in the room
        fields: dict[str, Any] = {"in_call": change.in_call}
        if change.participant_type:
            fields["participant_type"] = change.participant_type
        if change.participant_permissions:
            fields["permissions"] = change.participant_permissions
        if change.last_ping:
            fields["last_ping"] = change.last_ping
        if updated is None:
            updated = list(people)
        updated[found] = msgspec.structs.replace(person, **fields)
    return people if updated is None else updated


def _changes(person: Participant, change: ParticipantChange) -> bool:
    """Whether ``change`` says anything about ``person`` that the list does not."""
    return (
        person.in_call != change.in_call
        or bool(change.participant_type and change.participant_type != person.participant_type)
        or bool(
            change.participant_permissions and change.participant_permissions != person.permissions
        )
        or bool(change.last_ping and change.last_ping != person.last_ping)
    )


__all__ = ["HPB", "NONE", "PARTIAL", "SignalingWatch"]
