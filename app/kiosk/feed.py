"""Live data for the cards: the main window's PollingController plus the rooms' participants.

The conversation list (``modifiedSince`` polls, removal detection, capabilities, backoff,
connection state, sign-out on 401) comes from ``app.ui.polling.PollingController``, the same
code the main window runs. That controller polls the participants of one *selected* room; a
kiosk shows several rooms at once, so this feed polls the participants of every configured
room it moderates itself, in one loop (never two polls in flight), with the controller's
``Backoff`` while the server fails. It only emits signals; the window decides what to show.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from ..api import (
    Forbidden,
    NotAuthenticated,
    NotFound,
    PreconditionFailed,
    Room,
    TalkError,
    TalkService,
)
from ..ui.polling import Backoff, ConnectionState, ConnectionStatus, PollConfig, PollingController
from .config import ConversationEntry
from .state import RoomView, initial_view

log = logging.getLogger(__name__)

NOT_FOUND = "This conversation was not found, or the kiosk account is not a member"
STOP_TIMEOUT = 5.0
SIGNED_OUT = "The server no longer accepts the kiosk's app password: ask for help"


class KioskFeed(QObject):
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
            service,
            PollConfig(
                rooms_interval=interval,
                selected_interval=interval,
                full_interval=max(30.0, 6 * interval),
                backoff_base=min(2.0, interval),
                backoff_max=self.max_retry_delay,
                offline_after=3,
            ),
            parent=self,
        )
        self.controller.rooms_changed.connect(self._on_rooms_changed)
        self.controller.rooms_removed.connect(self._on_rooms_removed)
        self.controller.rooms_loaded.connect(self._on_rooms_loaded)
        self.controller.connection_changed.connect(self._on_status)
        self.controller.auth_failed.connect(self._on_auth_failed)
        self._people_task: asyncio.Task[None] | None = None
        self._people_wake = asyncio.Event()
        self._people_ok = True
        self._people_error: str | None = None
        self.signed_out = False

    # ----------------------------------------------------------------- control

    def start(self) -> None:
        """Start polling (idempotent)."""
        self.controller.start()
        if self._people_task is None or self._people_task.done():
            self._people_task = asyncio.get_running_loop().create_task(
                self._people_loop(), name="kiosk-participants"
            )

    async def stop(self) -> None:
        task, self._people_task = self._people_task, None
        if task is not None:
            while not task.done():  # cancel again should a cancellation get lost
                task.cancel()
                await asyncio.wait({task}, timeout=1.0)
            if not task.cancelled() and task.exception() is not None:
                log.error("kiosk participants poll ended with an error", exc_info=task.exception())
        try:
            async with asyncio.timeout(STOP_TIMEOUT):
                await self.controller.stop()
        except TimeoutError:
            log.error("the polling controller did not stop within %s s", STOP_TIMEOUT)

    def refresh_now(self) -> None:
        """Poll at once (after a staff action), without waiting for the interval."""
        self.controller.refresh_now(full=True)
        self._people_wake.set()

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
        return state == ConnectionState.CONNECTED and self._people_ok

    def seconds_since_success(self) -> float | None:
        last = self.controller.status.last_success
        return None if last is None else max(0.0, time.time() - last)

    @property
    def error(self) -> str | None:
        """Why the data is not fresh (for the log and tests; the screen shows its age)."""
        return self.controller.status.error or self._people_error

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
        """The controller stopped on a 401. Unattended, try again now and then: the server's
        user back-end may only be down for a while (a revoked password keeps failing, once a
        retry interval, which brute-force protection tolerates)."""
        log.error("kiosk: signed out by the server: %s", message)
        self.signed_out = True
        for token in self.views:
            self._set_problem(token, SIGNED_OUT)
        self.connection_changed.emit()
        if self._people_task is not None:  # still meant to run
            QTimer.singleShot(int(self.max_retry_delay * 1000), self._retry_sign_in)

    def _retry_sign_in(self) -> None:
        if self._people_task is None or self.controller.running:
            return
        log.info("kiosk: trying the app password again")
        self.controller.start()
        self._people_wake.set()

    # ----------------------------------------------------------------- rooms

    def _on_rooms_changed(self, rooms: Sequence[Room]) -> None:
        for room in rooms:
            current = self.views.get(room.token)
            if current is None:
                continue
            view = current.with_update(room, None)
            self._publish(view)
        self._people_wake.set()

    def _on_rooms_removed(self, rooms: Sequence[Room]) -> None:
        for room in rooms:
            if room.token in self.views:
                self._set_problem(room.token, NOT_FOUND)

    def _on_rooms_loaded(self) -> None:
        known = self.controller.rooms
        for token in self.views:
            if token not in known:
                self._set_problem(token, NOT_FOUND)

    def _publish(self, view: RoomView) -> None:
        if self.views.get(view.token) != view:
            self.views[view.token] = view
            self.room_updated.emit(view)

    def _set_problem(self, token: str, text: str) -> None:
        current = self.views[token]
        if current.problem != text:
            self._publish(dataclasses.replace(current, problem=text))

    # ----------------------------------------------------------------- participants

    async def _people_loop(self) -> None:
        backoff = Backoff(min(2.0, self.interval), self.max_retry_delay)
        delay = 0.0
        while True:
            if delay > 0 and not self._people_wake.is_set():
                # Not asyncio.wait_for: on Python 3.11 it swallows a cancellation that
                # arrives together with the wake-up, and stop() would wait forever.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(delay):
                        await self._people_wake.wait()
            self._people_wake.clear()
            try:
                await self.poll_participants()
            except NotAuthenticated:
                # The controller reports it (and is retried later); wait long, then go on.
                delay = self.max_retry_delay
                continue
            except TalkError as exc:
                delay = backoff.failure()
                self._people_error = str(exc)
                self._set_people_ok(False)
                log.info("kiosk: participants poll failed, retry in %.1f s: %s", delay, exc)
                continue
            except Exception:  # a bug must not end the polling of an unattended kiosk
                log.exception("kiosk: participants poll crashed")
                delay = backoff.failure()
                continue
            backoff.success()
            self._people_error = None
            self._set_people_ok(True)
            delay = self.interval

    def _set_people_ok(self, ok: bool) -> None:
        if ok != self._people_ok:
            self._people_ok = ok
            self.connection_changed.emit()

    async def poll_participants(self) -> None:
        """Read the participants of every configured room the kiosk moderates, concurrently.

        Raises:
            TalkError: a network or server failure (per-room refusals are shown on the card).
        """
        views = [v for v in self.views.values() if v.room is not None and v.is_moderator]
        results = await asyncio.gather(
            *(self.service.list_participants(v.token) for v in views), return_exceptions=True
        )
        failure: BaseException | None = None
        for view, result in zip(views, results, strict=True):
            if isinstance(result, BaseException):
                if isinstance(result, NotFound):
                    self.controller.refresh_now(full=True)
                elif isinstance(result, Forbidden | PreconditionFailed):
                    continue
                else:
                    failure = failure or result
                continue
            current = self.views[view.token]
            if current.room is not None:
                self._publish(current.with_update(current.room, tuple(result)))
        if failure is not None:
            raise failure
