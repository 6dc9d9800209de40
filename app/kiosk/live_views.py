"""The cards' data: the live layer's controller, watching the kiosk's configured rooms.

``app.live.PollingController`` (the code the main window runs too) polls the conversation list
and, as the watch ``kiosk``, the participants of every configured room the kiosk account
moderates, with backoff while the server fails and a new try of the app password once per
``max_retry_delay`` after the server refused it. This module only turns its signals into one
``RoomView`` per card; the window decides what to show.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, Signal

from ..api import Participant, Room, TalkService
from ..i18n import QT_TRANSLATE_NOOP
from ..live import ConnectionState, ConnectionStatus, PollConfig, PollingController
from ..live.signaling_watch import SignalingWatch
from ..qtapp.main_thread_gc import keep_start_up_heap, release_start_up_heap
from .config import ConversationEntry
from .state import RoomView, initial_view

log = logging.getLogger(__name__)

WATCH = "kiosk"
"""The controller's watch of the configured rooms."""
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ConversationCard", "This conversation was not found, or the kiosk account is not a member"
)
STOP_TIMEOUT = 5.0
SIGNED_OUT = QT_TRANSLATE_NOOP(
    "ConversationCard", "The server no longer accepts the kiosk's app password: ask for help"
)


def kiosk_poll_config(interval: float, max_retry_delay: float) -> PollConfig:
    """The kiosk's timing: one interval for everything, retries capped at ``max_retry_delay``,
    and the refused app password tried again once per ``max_retry_delay`` (unattended)."""
    longest = max(max_retry_delay, interval)
    return PollConfig(
        rooms_interval=interval,
        selected_interval=interval,
        full_interval=max(30.0, 6 * interval),
        backoff_base=min(2.0, interval),
        backoff_max=longest,
        offline_after=3,
        auth_retry=longest,
    )


class LiveViews(QObject):
    """Keeps one ``RoomView`` per configured conversation up to date.

    Args:
        service: the signed-in service.
        entries: the conversations to watch, in display order.
        interval: seconds between polls while the server answers.
        max_retry_delay: cap of the backoff while it does not.

    Signals:
        room_updated(RoomView): a card's data changed (or a room became unavailable).
        connection_changed(): ``online``/``last_success``/``error`` changed.
    """

    room_updated = Signal(object)
    connection_changed = Signal()

    def __init__(
        self,
        service: TalkService,
        entries: Iterable[ConversationEntry],
        *,
        interval: float,
        max_retry_delay: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.interval = interval
        self.max_retry_delay = max(max_retry_delay, interval)
        self.views: dict[str, RoomView] = {e.token: initial_view(e.token, e.label) for e in entries}
        self.controller = PollingController(
            service, kiosk_poll_config(interval, max_retry_delay), parent=self
        )
        self.controller.watch(
            WATCH, self.views, include_status=False, call_peers=False, moderated_only=True
        )
        self.controller.rooms_changed.connect(self._on_rooms_changed)
        self.controller.rooms_removed.connect(self._on_rooms_removed)
        self.controller.rooms_loaded.connect(self._on_rooms_loaded)
        self.controller.rooms_loaded.connect(keep_start_up_heap)  # see there
        self.controller.participants_changed.connect(self._on_participants)
        self.controller.connection_changed.connect(self._on_status)
        self.controller.auth_failed.connect(self._on_auth_failed)
        self.signed_out = False
        self.signaling = SignalingWatch(service, self.controller, parent=self)
        """The same rooms over a signaling server, where there is one: live changes, raised
        hands, and the connection Mute everyone travels over."""
        self.signaling.hands_changed.connect(lambda token, _hands: self._on_hands(token))
        self.signaling.live_changed.connect(self._on_live)

    # ----------------------------------------------------------------- control

    def start(self) -> None:
        """Start polling (idempotent)."""
        self.controller.start()

    async def stop(self) -> None:
        try:
            async with asyncio.timeout(STOP_TIMEOUT):
                await self.signaling.stop()
                await self.controller.stop()
        except TimeoutError:
            log.error("the polling controller did not stop within %s s", STOP_TIMEOUT)
        release_start_up_heap()

    def refresh_now(self) -> None:
        """Poll at once (after a staff action), without waiting for the interval."""
        self.controller.refresh_now(full=True)

    # ----------------------------------------------------------------- connection state

    @property
    def status(self) -> ConnectionStatus:
        return self.controller.status

    @property
    def online(self) -> bool | None:
        """None before the first answer, then whether the server answers right now."""
        state = self.controller.status.state
        if state == ConnectionState.CONNECTING:
            return None
        return state == ConnectionState.CONNECTED

    def seconds_since_success(self) -> float | None:
        last = self.controller.status.last_success
        return None if last is None else max(0.0, time.time() - last)

    @property
    def error(self) -> str | None:
        """Why the data is not fresh (for the log and tests; the screen shows its age)."""
        return self.controller.status.error

    def _on_status(self, status: ConnectionStatus) -> None:
        if status.state == ConnectionState.CONNECTED:
            self._clear_sign_out_problems()
        self.connection_changed.emit()

    def _clear_sign_out_problems(self) -> None:
        """Back in after a 401: unchanged rooms get no ``rooms_changed``, so clear here."""
        self.signed_out = False
        known = self.controller.rooms
        for token, view in self.views.items():
            room = known.get(token)
            if view.problem == SIGNED_OUT and room is not None:
                self._publish(view.with_update(room, None))

    def _on_auth_failed(self, message: str) -> None:
        """The controller stopped on a 401 and tries again once per ``max_retry_delay``
        (``kiosk_poll_config``): a revoked password keeps failing, once a retry interval,
        which brute-force protection tolerates."""
        log.error("kiosk: signed out by the server: %s", message)
        self.signed_out = True
        for token in self.views:
            self._set_problem(token, SIGNED_OUT)
        self.connection_changed.emit()

    # ----------------------------------------------------------------- rooms

    def _on_rooms_changed(self, rooms: Sequence[Room]) -> None:
        for room in rooms:
            current = self.views.get(room.token)
            if current is not None:
                self._publish(current.with_update(room, None))

    def _on_rooms_removed(self, rooms: Sequence[Room]) -> None:
        for room in rooms:
            if room.token in self.views:
                self._set_problem(room.token, NOT_FOUND)

    def _on_rooms_loaded(self) -> None:
        known = self.controller.rooms
        for token in self.views:
            if token not in known:
                self._set_problem(token, NOT_FOUND)

    def _on_participants(self, token: str, people: Sequence[Participant]) -> None:
        current = self.views.get(token)
        if current is not None and current.room is not None:
            self._publish(current.with_update(current.room, tuple(people)))

    def _on_hands(self, token: str) -> None:
        current = self.views.get(token)
        if current is not None:
            hands = tuple((h.name, h.since) for h in self.signaling.hands(token))
            self._publish(dataclasses.replace(current, hands=hands))

    def _on_live(self, live: frozenset[str]) -> None:
        for token, view in list(self.views.items()):
            if view.live != (token in live):
                self._publish(dataclasses.replace(view, live=token in live))

    def _publish(self, view: RoomView) -> None:
        if self.views.get(view.token) != view:
            self.views[view.token] = view
            self.room_updated.emit(view)

    def _set_problem(self, token: str, text: str) -> None:
        current = self.views[token]
        if current.problem != text:
            self._publish(dataclasses.replace(current, problem=text))
