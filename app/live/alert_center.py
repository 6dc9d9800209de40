"""The live alerts of one account: what the live layer learns, turned into alerts.

``AlertCenter`` listens to the ``PollingController`` (conversation lists, the selected room's
participants) and to its ``LobbyWatch`` (participants of every room where someone can wait),
asks the ``AlertDetector`` what is news and says so in two signals: ``alert_raised`` for each
alert, ``waiting_changed`` with everyone waiting, longest first. It decides which rooms the
lobby watch follows: those this account moderates whose lobby is on (a room without a lobby
cannot have anyone waiting, so it costs nothing). With a ``SignalingWatch`` the same rooms
and the pinned ones are followed over the signaling server too (its participant lists reach
the detector through the controller), and each raised hand there is an alert. Front-ends (the
window's panels and tray, the kiosk's badges) only present what it says.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from app.api.models import Participant, Room

from .alerts import Alert, AlertDetector, Waiting
from .controller import PollingController
from .hands import RaisedHand
from .lobby_watch import LobbyWatch
from .signaling_watch import SignalingWatch

HISTORY = 200
"""Alerts kept for the panel; older ones fall off."""


class AlertCenter(QObject):
    """Alerts of one account (see module docs).

    Args:
        controller: the account's live layer.
        watch: the lobby watch (built on the same service).
        signaling: the rooms over the signaling server (None: no raised hands).
        clock: the time (tests pass their own).
    """

    alert_raised = Signal(object)
    """An ``Alert``."""
    waiting_changed = Signal(list)
    """``list[Waiting]``: everyone waiting in any lobby, longest first."""

    def __init__(
        self,
        controller: PollingController,
        watch: LobbyWatch,
        *,
        signaling: SignalingWatch | None = None,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.watch = watch
        self.signaling = signaling
        self.pinned: set[str] = set()
        self.detector = AlertDetector(clock, concerns=self._concerns)
        self.history: deque[Alert] = deque(maxlen=HISTORY)
        controller.rooms_changed.connect(self._on_rooms)
        controller.rooms_removed.connect(self._on_removed)
        controller.participants_changed.connect(self._on_people)
        watch.people_read.connect(self._on_people)
        if signaling is not None:
            signaling.hand_raised.connect(self._on_hand)

    @property
    def waiting(self) -> list[Waiting]:
        return self.detector.waiting

    def pin(self, token: str, pinned: bool = True) -> None:
        """Alert for this room too, though this account does not moderate it."""
        if pinned:
            self.pinned.add(token)
        else:
            self.pinned.discard(token)
        self._retarget()

    def admitted(self, token: str, attendee_ids: Iterable[int]) -> None:
        """Our own "Let in" was accepted: they stop waiting now, not at the next read."""
        if self.detector.admitted(token, attendee_ids):
            self.waiting_changed.emit(self.detector.waiting)

    async def stop(self) -> None:
        await self.watch.stop()
        if self.signaling is not None:
            await self.signaling.stop()

    # ------------------------------------------------------------------ feeding

    def _concerns(self, room: Room) -> bool:
        return room.is_moderator or room.token in self.pinned

    def _on_rooms(self, rooms: Sequence[Room]) -> None:
        known = self.detector.rooms
        # only a room whose lobby or our role changed moves the watch (not a walk over
        # 5,000 rooms each time one of them changes)
        moved = any(_lobby_watched(known.get(room.token)) != _lobby_watched(room) for room in rooms)
        alerts, waiting = self.detector.on_rooms(rooms)
        if moved:
            self._retarget()
        self._raise(alerts, waiting)

    def _on_removed(self, rooms: Sequence[Room]) -> None:
        if self.detector.on_removed(room.token for room in rooms):
            self.waiting_changed.emit(self.detector.waiting)
        self._retarget()

    def _on_people(self, token: str, people: Sequence[Participant]) -> None:
        alerts, waiting = self.detector.on_people(token, people)
        self._raise(alerts, waiting)

    def _on_hand(self, hand: RaisedHand) -> None:
        self._raise(self.detector.on_hand(hand.token, hand.attendee_id, hand.name), False)

    def _raise(self, alerts: Sequence[Alert], waiting_changed: bool) -> None:
        if waiting_changed:
            self.waiting_changed.emit(self.detector.waiting)
        for alert in alerts:
            self.history.append(alert)
            self.alert_raised.emit(alert)

    def _retarget(self) -> None:
        lobbies = [token for token, room in self.detector.rooms.items() if _lobby_watched(room)]
        self.watch.set_rooms(lobbies)
        if self.signaling is not None:
            self.signaling.set_rooms("lobbies", lobbies)
            self.signaling.set_rooms("pinned", self.pinned)


def _lobby_watched(room: Room | None) -> bool:
    """Whether the lobby watch looks into this room: a lobby we moderate."""
    return room is not None and room.lobby_enabled and room.is_moderator
