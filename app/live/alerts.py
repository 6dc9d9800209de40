"""What deserves a moderator's attention across every room: the alerts, as data.

``AlertDetector`` turns what the live layer learns (conversation lists, participant lists)
into alerts: someone started waiting in a lobby, a breakout room asked for help, a call
started, a lobby opened at its set time. It keeps who is waiting where and since when, longest
first, for the Waiting panel and the tray's count. No Qt and no I/O: the ``AlertCenter``
(``alert_center.py``) feeds it and turns its answers into signals.

Raised hands come only from a signaling server's websocket (no REST endpoint shows them):
the ``SignalingWatch`` tells each new one, ``on_hand`` makes it an alert.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from app.api.areas.breakout import asks_for_assistance
from app.api.models import Participant, Room
from app.i18n import QT_TRANSLATE_NOOP, Text, text

LOBBY_TIMER_SLACK_S = 90
"""A lobby that went off within this long after its set time opened by its timer (Talk opens
it on the next request after the time, or its background job)."""


class AlertKind(StrEnum):
    """What happened; the value names the kind in settings and the Alerts panel."""

    LOBBY = "lobby"
    ASSISTANCE = "assistance"
    CALL = "call"
    LOBBY_OPENED = "lobby-opened"
    HAND = "hand"


@dataclass(frozen=True)
class Waiting:
    """Someone held in a lobby, since the first poll that saw them there."""

    token: str
    room_title: str
    attendee_id: int
    name: str
    since: float
    person: Participant | None = field(default=None, compare=False, repr=False)
    """The participant as last read: what "Let in" acts on."""

    def waited(self, now: float | None = None) -> float:
        """Seconds waited so far."""
        return max(0.0, (time.time() if now is None else now) - self.since)


@dataclass(frozen=True)
class Alert:
    """One thing to tell the moderator, with the room (and person) it is about."""

    kind: AlertKind
    token: str
    room_title: str
    text: str
    at: float
    attendee_id: int = 0
    name: str = ""
    message: Text | None = None
    """``text`` kept translatable (``app.i18n.Text``, context Alerts) for the window, which
    shows it in the user's language; ``text`` is the English sentence."""


def _alert(
    kind: AlertKind, room: Room, message: Text, at: float, attendee_id: int = 0, name: str = ""
) -> Alert:
    """An alert about ``room`` saying ``message`` (its English ``text`` and the message)."""
    return Alert(kind, room.token, room.title, str(message), at, attendee_id, name, message)


def _is_moderator(room: Room) -> bool:
    return room.is_moderator


class AlertDetector:
    """Compares each new state with the last one and says what is news.

    Args:
        clock: the time (``time.time``; tests pass their own).
        concerns: which rooms' news are alerts at all (default: rooms this account moderates).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.time,
        concerns: Callable[[Room], bool] = _is_moderator,
    ) -> None:
        self.clock = clock
        self.concerns = concerns
        self.rooms: dict[str, Room] = {}
        self._waiting: dict[str, dict[int, Waiting]] = {}

    # ------------------------------------------------------------------ what is waiting

    @property
    def waiting(self) -> list[Waiting]:
        """Everyone waiting in any lobby, longest wait first."""
        everyone = [w for room in self._waiting.values() for w in room.values()]
        return sorted(everyone, key=lambda w: (w.since, w.room_title, w.name))

    def waiting_in(self, token: str) -> list[Waiting]:
        return sorted(self._waiting.get(token, {}).values(), key=lambda w: w.since)

    def admitted(self, token: str, attendee_ids: Iterable[int]) -> bool:
        """They were let in (the answer of our own action): no longer waiting. True if any was."""
        room = self._waiting.get(token, {})
        gone = [room.pop(attendee_id) for attendee_id in list(attendee_ids) if attendee_id in room]
        return bool(gone)

    # ------------------------------------------------------------------ news

    def on_rooms(self, rooms: Sequence[Room]) -> tuple[list[Alert], bool]:
        """New or changed rooms: the alerts, and whether the waiting list changed."""
        now = self.clock()
        alerts: list[Alert] = []
        waiting_changed = False
        for room in rooms:
            before = self.rooms.get(room.token)
            self.rooms[room.token] = room
            if not room.lobby_enabled and room.token in self._waiting:
                del self._waiting[room.token]  # the lobby opened: nobody waits there any more
                waiting_changed = True
            if not self.concerns(room):
                continue
            alerts.extend(self._room_news(before, room, now))
        return alerts, waiting_changed

    def on_removed(self, tokens: Iterable[str]) -> bool:
        """Rooms gone (deleted, or we were removed); True if someone waited there."""
        changed = False
        for token in tokens:
            self.rooms.pop(token, None)
            changed = bool(self._waiting.pop(token, None)) or changed
        return changed

    def on_people(self, token: str, people: Sequence[Participant]) -> tuple[list[Alert], bool]:
        """A room's complete participant list: who started waiting, and whether the waiting
        list changed (someone started or stopped waiting)."""
        room = self.rooms.get(token)
        if room is None:
            return [], False
        if not room.lobby_enabled:  # nobody is held back: no walk over 10,000 people
            return [], bool(self._waiting.pop(token, None))
        now = self.clock()
        before = self._waiting.get(token, {})
        held = {p.attendee_id: p for p in people if p.waiting_in_lobby(room.lobby_enabled)}
        current: dict[int, Waiting] = {}
        alerts: list[Alert] = []
        for attendee_id, person in held.items():
            known = before.get(attendee_id)
            if known is not None:
                current[attendee_id] = Waiting(
                    token, room.title, attendee_id, person.title, known.since, person
                )
                continue
            waiting = Waiting(token, room.title, attendee_id, person.title, now, person)
            current[attendee_id] = waiting
            if self.concerns(room):
                message = text(
                    "Alerts",
                    QT_TRANSLATE_NOOP("Alerts", "{name} is waiting in the lobby of '{title}'"),
                    name=person.title,
                    title=room.title,
                )
                alerts.append(
                    _alert(AlertKind.LOBBY, room, message, now, attendee_id, person.title)
                )
        if current:
            self._waiting[token] = current
        else:
            self._waiting.pop(token, None)
        return alerts, current.keys() != before.keys()

    def on_hand(self, token: str, attendee_id: int, name: str) -> list[Alert]:
        """Someone raised a hand in ``token`` (a signaling server said so, just now)."""
        room = self.rooms.get(token)
        if room is None or not self.concerns(room):
            return []
        if name:
            template = QT_TRANSLATE_NOOP("Alerts", "{name} raised their hand in '{title}'")
        else:
            template = QT_TRANSLATE_NOOP("Alerts", "Someone raised their hand in '{title}'")
        message = text("Alerts", template, name=name, title=room.title)
        return [_alert(AlertKind.HAND, room, message, self.clock(), attendee_id, name)]

    def _room_news(self, before: Room | None, room: Room, now: float) -> list[Alert]:
        alerts: list[Alert] = []
        title = room.title
        if asks_for_assistance(room) and (before is None or not asks_for_assistance(before)):
            parent = self.rooms.get(room.object_id)
            if parent is not None:
                message = text(
                    "Alerts",
                    QT_TRANSLATE_NOOP("Alerts", "'{title}' of '{parent}' asks for help"),
                    title=title,
                    parent=parent.title,
                )
            else:
                message = text(
                    "Alerts", QT_TRANSLATE_NOOP("Alerts", "'{title}' asks for help"), title=title
                )
            alerts.append(_alert(AlertKind.ASSISTANCE, room, message, now))
        if before is None:
            return alerts  # a call or a lobby already so at the first sight is no news
        if room.has_call and not before.has_call:
            message = text(
                "Alerts", QT_TRANSLATE_NOOP("Alerts", "A call started in '{title}'"), title=title
            )
            alerts.append(_alert(AlertKind.CALL, room, message, now))
        timer = before.lobby_timer
        if (
            before.lobby_enabled
            and not room.lobby_enabled
            and timer
            and timer <= now + LOBBY_TIMER_SLACK_S
        ):
            message = text(
                "Alerts",
                QT_TRANSLATE_NOOP("Alerts", "The lobby of '{title}' opened at its set time"),
                title=title,
            )
            alerts.append(_alert(AlertKind.LOBBY_OPENED, room, message, now))
        return alerts
