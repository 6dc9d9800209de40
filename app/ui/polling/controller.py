"""PollingController: keeps the conversation list and the selected room fresh by polling.

It owns the *reads* of one ``TalkService`` and turns them into Qt signals; widgets and models
never call the service for reads themselves. Two asyncio tasks run on the qasync loop:

* ``poll-rooms``: ``GET /room`` every ``rooms_interval`` with ``modifiedSince`` (only changed
  rooms come back), plus a full listing every ``full_interval``, after the user's own actions
  (``refresh_now()``) and after any 404 for a room, because a real server cannot report
  deletions or removals through ``modifiedSince``. Rooms missing from a full listing are gone.
* ``poll-room-<token>``: participants (with status) and, while a call runs, call peers of the
  selected conversation, every ``selected_interval``. Replaced (the stale one cancelled) when
  the selection changes.

Each task runs its polls one after another, so the same thing is never polled twice at once;
``refresh_now()`` wakes them (a poll already in flight is followed by a fresh one). While
failing, each task waits with exponential backoff and jitter (honouring ``Retry-After``). While
inactive (``set_active(False)``, e.g. window hidden) nothing is polled. ``NotAuthenticated``
stops everything and emits ``auth_failed``.

Use::

    controller = PollingController(service, PollConfig(rooms_interval=5))
    controller.rooms_changed.connect(...)      # see app.ui.models / bind_models
    controller.start()
    controller.select_room(token)              # or None
    controller.refresh_now()                   # after an action of the user, on F5
    await controller.stop()                    # before closing the service
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Coroutine
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.api import errors
from app.api.capabilities import TalkCapabilities
from app.api.models import Room, RoomList
from app.api.service import TalkService

from .backoff import Backoff

log = logging.getLogger(__name__)


class ConnectionState(Enum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    SIGNED_OUT = "signed out"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ConnectionStatus:
    """What the status bar shows about the server.

    Args:
        state: the connection state.
        last_success: wall-clock time (``time.time()``) of the last successful poll.
        error: the last error's sentence while failing, else None.
        retry_in: seconds until the next attempt while failing.
    """

    state: ConnectionState = ConnectionState.CONNECTING
    last_success: float | None = None
    error: str | None = None
    retry_in: float | None = None


@dataclass(frozen=True)
class PollConfig:
    """Timing of the polls, in seconds.

    Args:
        rooms_interval: between conversation-list polls.
        selected_interval: between polls of the selected conversation's participants.
        full_interval: at most this long between full conversation listings.
        backoff_base: first delay after a failure.
        backoff_max: longest delay while the server keeps failing.
        offline_after: consecutive failures after which the state is OFFLINE.
    """

    rooms_interval: float = 5.0
    selected_interval: float = 2.0
    full_interval: float = 60.0
    backoff_base: float = 2.0
    backoff_max: float = 60.0
    offline_after: int = 3


class PollingController(QObject):
    """Polls one account's conversations and the selected conversation; see module docs."""

    rooms_changed = Signal(list)
    """New or changed rooms (``list[Room]``), never unchanged ones."""
    rooms_removed = Signal(list)
    """Rooms gone from a full listing (``list[Room]``, their last known state)."""
    rooms_loaded = Signal()
    """The first full listing has been applied."""
    participants_changed = Signal(str, list)
    """``(token, list[Participant])``: the complete list of the selected room."""
    participants_failed = Signal(str, str)
    """``(token, message)``: participants could not be read (lobby, forbidden, gone)."""
    call_peers_changed = Signal(str, list)
    """``(token, list[CallPeer])`` while a call runs in the selected room."""
    capabilities_changed = Signal(object)
    """``TalkCapabilities`` when first read and when the server's Talk hash changes."""
    connection_changed = Signal(object)
    """``ConnectionStatus`` whenever it changes."""
    error = Signal(str)
    """A poll failed; the sentence to show."""
    auth_failed = Signal(str)
    """The server refused our credentials; polling has stopped."""
    poll_finished = Signal(str)
    """``"rooms"`` or ``"participants"`` after each successful poll (tests, benchmarks)."""

    def __init__(
        self,
        service: TalkService,
        config: PollConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.config = config or PollConfig()
        self._rooms: dict[str, Room] = {}
        self._capabilities: TalkCapabilities | None = None
        self._talk_hash: str | None = None
        self._modified_since: int | None = None
        self._last_full = 0.0
        self._full_due = True
        self._loaded = False
        self._selected: str | None = None
        self._status = ConnectionStatus()
        self._failures = 0
        self._active = asyncio.Event()
        self._active.set()
        self._rooms_wake = asyncio.Event()
        self._room_wake = asyncio.Event()
        self._rooms_task: asyncio.Task[None] | None = None
        self._room_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._running = False
        self._parked = 0

    # ------------------------------------------------------------------ public state

    @property
    def rooms(self) -> dict[str, Room]:
        """Known rooms by token (a copy)."""
        return dict(self._rooms)

    def room(self, token: str) -> Room | None:
        return self._rooms.get(token)

    @property
    def capabilities(self) -> TalkCapabilities | None:
        return self._capabilities

    @property
    def status(self) -> ConnectionStatus:
        return self._status

    @property
    def selected_token(self) -> str | None:
        return self._selected

    @property
    def running(self) -> bool:
        return self._running

    @property
    def active(self) -> bool:
        return self._active.is_set()

    @property
    def parked(self) -> int:
        """How many poll tasks are parked waiting for ``set_active(True)`` (tests, diagnostics)."""
        return self._parked

    @property
    def loaded(self) -> bool:
        """Whether the first full listing has arrived."""
        return self._loaded

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Start polling (no-op when already running)."""
        if self._running:
            return
        self._running = True
        self._rooms_task = self._spawn(self._rooms_loop(), "poll-rooms")
        if self._selected is not None:
            self._room_task = self._spawn(self._room_loop(self._selected), self._room_name())

    async def stop(self) -> None:
        """Stop polling and wait until every poll task has finished."""
        self._running = False
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._rooms_task = self._room_task = None
        if self._status.state != ConnectionState.SIGNED_OUT:
            self._set_status(replace(self._status, state=ConnectionState.STOPPED, retry_in=None))

    def set_active(self, active: bool) -> None:
        """Pause (window hidden or minimised) or resume polling; resuming polls at once."""
        if active == self._active.is_set():
            return
        if active:
            self._active.set()
            self._rooms_wake.set()
            self._room_wake.set()
        else:
            self._active.clear()

    def select_room(self, token: str | None) -> None:
        """Poll the participants of ``token`` from now on (cancels the previous room's poll)."""
        if token == self._selected:
            return
        self._selected = token
        if self._room_task is not None:
            self._room_task.cancel()
            self._room_task = None
        if token is not None and self._running:
            self._room_wake.clear()
            self._room_task = self._spawn(self._room_loop(token), self._room_name())

    def refresh_now(self, full: bool = True) -> None:
        """Poll everything at once (F5, after the user's own action); ``full`` re-lists rooms."""
        if full:
            self._full_due = True
        self._rooms_wake.set()
        self._room_wake.set()

    # ------------------------------------------------------------------ tasks

    def _room_name(self) -> str:
        return f"poll-room-{self._selected}"

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("poll task %s crashed", task.get_name(), exc_info=task.exception())
            self.error.emit(f"Internal error while refreshing: {task.exception()}")

    async def _pause(self, wake: asyncio.Event, delay: float) -> None:
        """Wait ``delay`` seconds or until woken, then until active."""
        if delay > 0 and not wake.is_set():
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
            # cancellation that arrives as the timeout fires, and stop() would then hang.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await wake.wait()
        wake.clear()
        if not self._active.is_set():
            self._parked += 1
            try:
                await self._active.wait()
            finally:
                self._parked -= 1

    async def _rooms_loop(self) -> None:
        backoff = Backoff(self.config.backoff_base, self.config.backoff_max)
        delay = 0.0
        while True:
            await self._pause(self._rooms_wake, delay)
            try:
                if self._capabilities is None:
                    await self._read_capabilities()
                result = await self._list_rooms()
            except errors.NotAuthenticated as exc:
                self._signed_out(exc)
                return
            except errors.TalkError as exc:
                delay = self._failed(exc, backoff)
                continue
            except Exception as exc:  # a bug must not end polling for the rest of the day
                log.exception("conversation poll failed unexpectedly")
                delay = self._failed(errors.TalkError(f"Internal error: {exc}"), backoff)
                continue
            backoff.success()
            self._succeeded()
            self._apply_rooms(result)
            if result.talk_hash and self._talk_hash and result.talk_hash != self._talk_hash:
                self._capabilities = None  # re-read on the next round
                self._rooms_wake.set()
            self._talk_hash = result.talk_hash or self._talk_hash
            self.poll_finished.emit("rooms")
            delay = self.config.rooms_interval

    async def _read_capabilities(self) -> None:
        caps = await self.service.capabilities(refresh=self._talk_hash is not None)
        self._capabilities = caps
        self.capabilities_changed.emit(caps)

    async def _list_rooms(self) -> RoomList:
        stale = time.monotonic() - self._last_full >= self.config.full_interval
        full = self._full_due or stale or self._modified_since is None
        # Taken now: a refresh_now() during this request asks for another full listing.
        self._full_due = False
        try:
            return await self.service.list_rooms(
                modified_since=None if full else self._modified_since
            )
        except BaseException:
            if full:
                self._full_due = True
            raise

    def _apply_rooms(self, result: RoomList) -> None:
        known = self._rooms
        changed = [room for room in result.rooms if known.get(room.token) != room]
        for room in changed:
            known[room.token] = room
        removed: list[Room] = []
        if result.full:
            present = {room.token for room in result.rooms}
            removed = [room for token, room in known.items() if token not in present]
            for room in removed:
                del known[room.token]
            self._last_full = time.monotonic()
        if result.modified_before is not None:
            self._modified_since = result.modified_before
        if removed:
            self.rooms_removed.emit(removed)
        if changed:
            self.rooms_changed.emit(changed)
        if result.full and not self._loaded:
            self._loaded = True
            self.rooms_loaded.emit()

    async def _room_loop(self, token: str) -> None:
        backoff = Backoff(self.config.backoff_base, self.config.backoff_max)
        delay = 0.0
        while True:
            await self._pause(self._room_wake, delay)
            delay = self.config.selected_interval
            try:
                people = await self.service.list_participants(token, include_status=True)
                room = self._rooms.get(token)
                peers = None
                if room is not None and room.has_call:
                    with contextlib.suppress(
                        errors.NotFound, errors.Forbidden, errors.PreconditionFailed
                    ):
                        peers = await self.service.list_call_peers(token)
            except errors.NotAuthenticated as exc:
                self._signed_out(exc)
                return
            except errors.NotFound as exc:
                # Deleted, or we were removed: a full listing confirms and removes the row.
                self.participants_failed.emit(token, str(exc))
                self.refresh_now(full=True)
                delay = max(delay, self.config.rooms_interval)
                continue
            except (errors.Forbidden, errors.PreconditionFailed) as exc:
                self.participants_failed.emit(token, str(exc))
                continue
            except errors.TalkError as exc:
                delay = self._failed(exc, backoff)
                continue
            except Exception as exc:  # a bug must not end polling for the rest of the day
                log.exception("participant poll failed unexpectedly")
                delay = self._failed(errors.TalkError(f"Internal error: {exc}"), backoff)
                continue
            backoff.success()
            self._succeeded()
            # Give the event loop a turn between decoding and applying a big answer, so the
            # two never add up to one long stall of the UI thread.
            await asyncio.sleep(0)
            self.participants_changed.emit(token, people)
            if peers is not None:
                self.call_peers_changed.emit(token, peers)
            self.poll_finished.emit("participants")

    # ------------------------------------------------------------------ state

    def _set_status(self, status: ConnectionStatus) -> None:
        if status != self._status:
            self._status = status
            self.connection_changed.emit(status)

    def _succeeded(self) -> None:
        recovered = self._failures > 0
        self._failures = 0
        self._set_status(ConnectionStatus(ConnectionState.CONNECTED, time.time(), None, None))
        if recovered:  # let the other loop leave its backoff at once
            self._rooms_wake.set()
            self._room_wake.set()

    def _failed(self, exc: errors.TalkError, backoff: Backoff) -> float:
        self._failures += 1
        retry_after = exc.retry_after if isinstance(exc, errors.RateLimited) else None
        delay = backoff.failure(retry_after)
        state = (
            ConnectionState.OFFLINE
            if self._failures >= self.config.offline_after
            else ConnectionState.RECONNECTING
        )
        log.info("poll failed (%d in a row), next try in %.1f s: %s", self._failures, delay, exc)
        self._set_status(ConnectionStatus(state, self._status.last_success, str(exc), delay))
        self.error.emit(str(exc))
        return delay

    def _signed_out(self, exc: errors.TalkError) -> None:
        self._running = False
        current = asyncio.current_task()
        for task in list(self._tasks):
            if task is not current:
                task.cancel()
        self._set_status(
            ConnectionStatus(ConnectionState.SIGNED_OUT, self._status.last_success, str(exc))
        )
        self.auth_failed.emit(str(exc))
