"""PollingController: keeps the conversation list and a set of watched rooms fresh by polling.

It owns the *reads* of one ``TalkService`` and turns them into Qt signals; widgets and models
never call the service for reads themselves. Its tasks run on the qasync loop:

* ``poll-rooms``: ``GET /room`` every ``rooms_interval`` with ``modifiedSince`` (only changed
  rooms come back), plus a full listing every ``full_interval``, after the user's own actions
  (``refresh_now()``) and after any 404 for a room, because a real server cannot report
  deletions or removals through ``modifiedSince``. Rooms missing from a full listing are gone.
* ``poll-<watch>``: one per named *watch* (``watch(name, tokens)``), a set of rooms whose
  participants (and, while a call runs, call peers) are read every ``selected_interval``, all
  rooms of the set at once. The main window watches its selected room (``select_room``, the
  watch named ``selected``), the kiosk its configured rooms. Changing a watch's set replaces
  its task (the stale one is cancelled).

Each task runs its polls one after another, so the same thing is never polled twice at once;
``refresh_now()`` wakes them (a poll already in flight is followed by a fresh one). While
failing, each task waits with exponential backoff and jitter (honouring ``Retry-After``). While
inactive (``set_active(False)``, e.g. window hidden) nothing is polled. ``NotAuthenticated``
stops everything and emits ``auth_failed``; ``start()`` again after signing in again, or set
``PollConfig.auth_retry`` to have the controller try the same credentials again by itself.

The signals are the interface, not the polls: what else learns about a room (the answer of an
action, later a push from the signaling server) goes in through ``apply_rooms`` (and a room
known to be gone through ``forget_rooms``) and reaches the same signals and the same diffing.
A listing asked for before such news arrived may predate it, so for those rooms it changes
nothing (it would undo an answer, bring back a deleted room or drop a new one); the next
listing, asked for afterwards, has the final word.

Use::

    controller = PollingController(service, PollConfig(rooms_interval=5))
    controller.rooms_changed.connect(...)      # see app.ui.live_models.bind_models
    controller.start()
    controller.select_room(token)              # or None
    controller.watch("kiosk", tokens, include_status=False, moderated_only=True)
    controller.refresh_now()                   # after an action of the user, on F5
    await controller.stop()                    # before closing the service
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Coroutine, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app.api import errors
from app.api.capabilities import TalkCapabilities
from app.api.models import CallPeer, Participant, Room, RoomList
from app.api.service import TalkService
from app.i18n import QT_TRANSLATE_NOOP, error_words, text

from .backoff import Backoff
from .status import ConnectionState, ConnectionStatus, PollConfig, RoomWatch

log = logging.getLogger(__name__)

SELECTED = "selected"
"""The watch of the main window's current conversation (``select_room``)."""

_ROOM_REFUSALS = (errors.NotFound, errors.Forbidden, errors.PreconditionFailed)
"""Answers about one room (gone, lobby, not allowed): shown for that room, not a failure."""


def _internal_error(exc: Exception) -> errors.TalkError:
    """A bug met while polling, as the error the status bar shows (in the window's language;
    its English is the log's)."""
    said = text(
        "PollingController",
        QT_TRANSLATE_NOOP("PollingController", "Internal error: {error}"),
        error=str(exc),
    )
    return errors.worded(errors.TalkError, said)


class _Watcher:
    """One watch's task and wake-up event."""

    def __init__(self, name: str, watch: RoomWatch) -> None:
        self.name = name
        self.watch = watch
        self.wake = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.shown: dict[str, Sequence[Participant]] = {}
        """Per room the people this watch emitted last: the same answer again emits nothing."""
        self.shown_peers: dict[str, Sequence[CallPeer]] = {}
        """The same for the call peers."""


class PollingController(QObject):
    """Polls one account's conversations and the watched rooms; see module docs."""

    # The payloads are ``object`` signals: a ``list`` signal is converted (copied) for every
    # connected slot, milliseconds for 10,000 people; receivers must not change them.
    rooms_changed = Signal(object)
    """New or changed rooms (``list[Room]``), never unchanged ones."""
    rooms_removed = Signal(object)
    """Rooms gone from a full listing (``list[Room]``, their last known state)."""
    rooms_loaded = Signal()
    """The first full listing has been applied."""
    participants_changed = Signal(str, object)
    """``(token, Sequence[Participant])``: the complete list of a watched room, emitted when
    it differs from the one this watch emitted last (an unchanged answer emits nothing)."""
    participants_read = Signal(str)
    """``token`` after each successful read of a watched room's people, changed or not."""
    participants_failed = Signal(str, str)
    """``(token, message)``: participants could not be read (lobby, forbidden, gone)."""
    call_peers_changed = Signal(str, object)
    """``(token, list[CallPeer])`` while a call runs in a watched room."""
    capabilities_changed = Signal(object)
    """``TalkCapabilities`` when first read and when the server's Talk hash changes."""
    connection_changed = Signal(object)
    """``ConnectionStatus`` whenever it changes."""
    error = Signal(str)
    """A poll failed; the sentence to show."""
    auth_failed = Signal(str)
    """The server refused our credentials; polling has stopped."""
    watched_changed = Signal(str, object)
    """``(name, frozenset[str])``: a watch's rooms changed (empty: the watch ended); the
    signaling watch follows the same rooms."""
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
        self._watchers: dict[str, _Watcher] = {}
        self._status = ConnectionStatus()
        self._failures = 0
        self._active = asyncio.Event()
        self._active.set()
        self._rooms_wake = asyncio.Event()
        self._rooms_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._running = False
        self._parked = 0
        self._live: frozenset[str] = frozenset()
        """Rooms whose changes a signaling server pushes now (``set_live``)."""
        self._learned: dict[str, float] = {}
        """When (``time.monotonic``) ``apply_rooms``/``forget_rooms`` last told us about a room;
        kept until a listing asked for after that has been applied."""
        self._auth_retry = QTimer(self)
        self._auth_retry.setObjectName("authRetryTimer")
        self._auth_retry.setSingleShot(True)
        # precise: a coarse timer may fire 5 % late, and the retry time is a promise (the
        # kiosk's max_retry_delay; the soak checks recovery within it plus one poll)
        self._auth_retry.setTimerType(Qt.TimerType.PreciseTimer)
        self._auth_retry.timeout.connect(self._retry_sign_in)

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
        watcher = self._watchers.get(SELECTED)
        return next(iter(watcher.watch.tokens)) if watcher is not None else None

    @property
    def watch_names(self) -> list[str]:
        return list(self._watchers)

    def watched(self, name: str) -> frozenset[str]:
        """The rooms of the watch ``name`` (empty when there is none)."""
        watcher = self._watchers.get(name)
        return watcher.watch.tokens if watcher is not None else frozenset()

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
        """Start polling (no-op when already running); also after ``auth_failed``."""
        if self._running:
            return
        self._auth_retry.stop()
        self._running = True
        self._rooms_task = self._spawn(self._rooms_loop(), "poll-rooms")
        for watcher in self._watchers.values():
            self._start_watcher(watcher)

    async def stop(self) -> None:
        """Stop polling and wait until every poll task has finished."""
        self._running = False
        self._auth_retry.stop()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._rooms_task = None
        for watcher in self._watchers.values():
            watcher.task = None
        if self._status.state != ConnectionState.SIGNED_OUT:
            self._set_status(replace(self._status, state=ConnectionState.STOPPED, retry_in=None))

    def set_active(self, active: bool) -> None:
        """Pause (window hidden or minimised) or resume polling; resuming polls at once."""
        if active == self._active.is_set():
            return
        if active:
            self._active.set()
            self._wake_all()
        else:
            self._active.clear()

    def watch(
        self,
        name: str,
        tokens: Iterable[str],
        *,
        include_status: bool = True,
        call_peers: bool = True,
        moderated_only: bool = False,
    ) -> None:
        """Poll the participants of ``tokens`` from now on, as the watch ``name``.

        A watch with the same name is replaced (its poll cancelled) unless nothing changed;
        an empty set ends the watch. See ``RoomWatch`` for the options.
        """
        watch = RoomWatch(frozenset(tokens), include_status, call_peers, moderated_only)
        current = self._watchers.get(name)
        if current is not None and current.watch == watch:
            return
        self.unwatch(name)
        if not watch.tokens:
            return
        watcher = _Watcher(name, watch)
        self._watchers[name] = watcher
        if self._running:
            self._start_watcher(watcher)
        self.watched_changed.emit(name, watch.tokens)

    def unwatch(self, name: str) -> None:
        """End the watch ``name`` (cancels its poll); nothing happens when there is none."""
        watcher = self._watchers.pop(name, None)
        if watcher is None:
            return
        if watcher.task is not None:
            watcher.task.cancel()
        self.watched_changed.emit(name, frozenset())

    def select_room(self, token: str | None) -> None:
        """Poll the participants of ``token`` (the window's current room) from now on."""
        self.watch(SELECTED, () if token is None else (token,))

    def refresh_now(self, full: bool = True) -> None:
        """Poll everything at once (F5, after the user's own action); ``full`` re-lists rooms."""
        if full:
            self._full_due = True
        self._wake_all()

    def apply_rooms(self, rooms: Sequence[Room]) -> None:
        """Rooms known to be fresher than the last poll (an action's answer, a pushed event):
        changed ones are emitted as ``rooms_changed``, as if a poll had brought them."""
        now = time.monotonic()
        for room in rooms:
            self._learned[room.token] = now
        changed = self._merge(rooms)
        if changed:
            self.rooms_changed.emit(changed)
            self._wake_moderated(changed)

    def apply_participants(self, token: str, people: Sequence[Participant]) -> None:
        """A room's complete participant list known to be fresher than the last poll (a
        signaling server's event applied to it, or read after one): emitted as
        ``participants_changed``, as if a poll had brought it, and the next poll diffs
        against it. Emitted also when no watch has the room (a lobby followed live)."""
        for watcher in self._watchers.values():
            if token in watcher.watch.tokens:
                watcher.shown[token] = people
        self.participants_changed.emit(token, people)

    def set_live(self, tokens: Iterable[str]) -> None:
        """The rooms whose changes a signaling server pushes now: their polls slow to
        ``live_interval``; a room that stops being live is polled at once."""
        live = frozenset(tokens)
        lost = self._live - live
        self._live = live
        if lost:
            for watcher in self._watchers.values():
                if watcher.watch.tokens & lost:
                    watcher.wake.set()
            self._rooms_wake.set()

    @property
    def live(self) -> frozenset[str]:
        return self._live

    def refresh_rooms(self) -> None:
        """List the changed conversations now (a signaling server said one changed)."""
        self._rooms_wake.set()

    def _all_live(self, tokens: Iterable[str]) -> bool:
        wanted = frozenset(tokens)
        return bool(wanted) and wanted <= self._live

    def _rooms_delay(self) -> float:
        watched = [token for watcher in self._watchers.values() for token in watcher.watch.tokens]
        if self._all_live(watched):
            return max(self.config.rooms_interval, self.config.live_interval)
        return self.config.rooms_interval

    def _watch_delay(self, watcher: _Watcher) -> float:
        if self._all_live(watcher.watch.tokens):
            return max(self.config.selected_interval, self.config.live_interval)
        return self.config.selected_interval

    def forget_rooms(self, tokens: Iterable[str]) -> None:
        """Rooms known to be gone before a full listing can tell (the user deleted or left
        them): emitted as ``rooms_removed`` now, as if a listing had missed them."""
        now = time.monotonic()
        removed: list[Room] = []
        for token in tokens:
            self._learned[token] = now
            room = self._rooms.pop(token, None)
            if room is not None:
                removed.append(room)
        if removed:
            self.rooms_removed.emit(removed)

    # ------------------------------------------------------------------ tasks

    def _wake_all(self) -> None:
        self._rooms_wake.set()
        for watcher in self._watchers.values():
            watcher.wake.set()

    def _start_watcher(self, watcher: _Watcher) -> None:
        watcher.wake.clear()
        watcher.task = self._spawn(self._watch_loop(watcher), f"poll-{watcher.name}")

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("poll task %s crashed", task.get_name(), exc_info=task.exception())
            said = self.tr("Internal error while refreshing: {error}")
            self.error.emit(said.format(error=task.exception()))

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
                asked = time.monotonic()
                if self._capabilities is None:
                    result = await self._capabilities_and_listing()
                else:
                    result = await self._list_rooms()
            except errors.NotAuthenticated as exc:
                self._signed_out(exc)
                return
            except errors.TalkError as exc:
                delay = self._failed(exc, backoff)
                continue
            except Exception as exc:  # a bug must not end polling for the rest of the day
                log.exception("conversation poll failed unexpectedly")
                delay = self._failed(_internal_error(exc), backoff)
                continue
            backoff.success()
            self._succeeded()
            self._apply_rooms(result, asked)
            if result.talk_hash and self._talk_hash and result.talk_hash != self._talk_hash:
                self._capabilities = None  # re-read on the next round
                self._rooms_wake.set()
            self._talk_hash = result.talk_hash or self._talk_hash
            self.poll_finished.emit("rooms")
            delay = self._rooms_delay()

    async def _capabilities_and_listing(self) -> RoomList:
        """Both reads at once: neither needs the other, and the first paint waited for one
        after the other (a round trip more at every start). Capabilities are read and
        announced before the listing is applied, as when they were read first; when the
        listing fails, its error is the one reported."""
        reading = asyncio.ensure_future(self._read_capabilities())
        try:
            result = await self._list_rooms()
        except BaseException:
            reading.cancel()
            await asyncio.wait([reading])
            if not reading.cancelled():
                reading.exception()  # retrieved: the listing's error is the one that counts
            raise
        await reading
        return result

    async def _read_capabilities(self) -> None:
        caps = await self.service.account.capabilities(refresh=self._talk_hash is not None)
        self._capabilities = caps
        self.capabilities_changed.emit(caps)

    async def _list_rooms(self) -> RoomList:
        stale = time.monotonic() - self._last_full >= self.config.full_interval
        full = self._full_due or stale or self._modified_since is None
        # Taken now: a refresh_now() during this request asks for another full listing.
        self._full_due = False
        try:
            return await self.service.rooms.list(
                modified_since=None if full else self._modified_since
            )
        except BaseException:
            if full:
                self._full_due = True
            raise

    def _merge(self, rooms: Iterable[Room]) -> list[Room]:
        known = self._rooms
        # ``is`` first: an unchanged listing hands back the very rooms we keep
        changed = [
            room for room in rooms if (old := known.get(room.token)) is not room and old != room
        ]
        for room in changed:
            known[room.token] = room
        return changed

    def _apply_rooms(self, result: RoomList, asked: float) -> None:
        """Apply a listing asked for at ``asked`` (``time.monotonic``). A room that an answer
        told us about since then stays as the answer left it (the listing may predate it)."""
        newer = {token for token, at in self._learned.items() if at >= asked}
        self._learned = {token: self._learned[token] for token in newer}
        rooms = [room for room in result.rooms if room.token not in newer]
        changed = self._merge(rooms)
        known = self._rooms
        removed: list[Room] = []
        if result.full:
            present = {room.token for room in result.rooms} | newer
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
            self._wake_moderated(changed)
        if result.full and not self._loaded:
            self._loaded = True
            self.rooms_loaded.emit()

    def _wake_moderated(self, changed: Sequence[Room]) -> None:
        """A ``moderated_only`` watch polls a room at once when it appears or changes."""
        tokens = {room.token for room in changed}
        for watcher in self._watchers.values():
            if watcher.watch.moderated_only and watcher.watch.tokens & tokens:
                watcher.wake.set()

    def _pollable(self, watch: RoomWatch) -> list[str]:
        if not watch.moderated_only:
            return sorted(watch.tokens)
        return sorted(
            token
            for token in watch.tokens
            if (room := self._rooms.get(token)) is not None and room.is_moderator
        )

    async def _read_room(
        self, token: str, watch: RoomWatch
    ) -> tuple[Sequence[Participant], Sequence[CallPeer] | None]:
        people = await self.service.participants.read_all(
            token, include_status=watch.include_status
        )
        room = self._rooms.get(token)
        peers: Sequence[CallPeer] | None = None
        if watch.call_peers and room is not None and room.has_call:
            with contextlib.suppress(*_ROOM_REFUSALS):
                peers = await self.service.calls.read_peers(token)
        return people, peers

    async def _watch_loop(self, watcher: _Watcher) -> None:
        backoff = Backoff(self.config.backoff_base, self.config.backoff_max)
        delay = 0.0
        while True:
            await self._pause(watcher.wake, delay)
            delay = self._watch_delay(watcher)
            tokens = self._pollable(watcher.watch)
            try:
                results = await asyncio.gather(
                    *(self._read_room(token, watcher.watch) for token in tokens),
                    return_exceptions=True,
                )
                failure = self._first_failure(results)
                if failure is not None:
                    raise failure
            except errors.NotAuthenticated as exc:
                self._signed_out(exc)
                return
            except errors.TalkError as exc:
                delay = self._failed(exc, backoff)
                continue
            except Exception as exc:  # a bug must not end polling for the rest of the day
                log.exception("participant poll failed unexpectedly")
                delay = self._failed(_internal_error(exc), backoff)
                continue
            answered = [
                (token, result)
                for token, result in zip(tokens, results, strict=True)
                if not isinstance(result, BaseException)
            ]
            for token, result in zip(tokens, results, strict=True):
                if isinstance(result, errors.NotFound):
                    # Deleted, or we were removed: a full listing confirms and removes the row.
                    self.refresh_now(full=True)
                    delay = max(delay, self.config.rooms_interval)
                if isinstance(result, BaseException):
                    self.participants_failed.emit(
                        token, error_words(result, QCoreApplication.translate)
                    )
            if not answered:
                continue  # nothing to read yet, or only refusals: no news about the connection
            backoff.success()
            self._succeeded()
            # Give the event loop a turn between decoding and applying a big answer, so the
            # two never add up to one long stall of the UI thread.
            if any(watcher.shown.get(token) is not people for token, (people, _) in answered):
                await asyncio.sleep(0)
            for token, (people, peers) in answered:
                self.participants_read.emit(token)
                if watcher.shown.get(token) is not people:  # not the very answer emitted last
                    watcher.shown[token] = people
                    self.participants_changed.emit(token, people)
                if peers is not None and watcher.shown_peers.get(token) is not peers:
                    watcher.shown_peers[token] = peers
                    self.call_peers_changed.emit(token, peers)
            self.poll_finished.emit("participants")

    @staticmethod
    def _first_failure(results: Sequence[object]) -> BaseException | None:
        """The failure that stands for the whole poll: a sign-out first, then the first other
        error that is not about one room (those are reported per room)."""
        failures = [r for r in results if isinstance(r, BaseException)]
        for failure in failures:
            if isinstance(failure, errors.NotAuthenticated):
                return failure
        for failure in failures:
            if isinstance(failure, asyncio.CancelledError):
                return failure
            if not isinstance(failure, _ROOM_REFUSALS):
                return failure
        return None

    # ------------------------------------------------------------------ state

    def _set_status(self, status: ConnectionStatus) -> None:
        if status != self._status:
            self._status = status
            self.connection_changed.emit(status)

    def _succeeded(self) -> None:
        recovered = self._failures > 0
        self._failures = 0
        now, last = time.time(), self._status
        if (
            last.state == ConnectionState.CONNECTED
            and last.last_success is not None
            and int(last.last_success) == int(now)
        ):
            return  # "connected, updated hh:mm:ss" as it stands: no new status for every poll
        self._set_status(ConnectionStatus(ConnectionState.CONNECTED, now, None, None))
        if recovered:  # let the other loops leave their backoff at once
            self._wake_all()

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
        said = error_words(exc, QCoreApplication.translate)
        self._set_status(ConnectionStatus(state, self._status.last_success, said, delay))
        self.error.emit(said)
        return delay

    def _signed_out(self, exc: errors.TalkError) -> None:
        said = error_words(exc, QCoreApplication.translate)
        self._running = False
        current = asyncio.current_task()
        for task in list(self._tasks):
            if task is not current:
                task.cancel()
        self._set_status(
            ConnectionStatus(ConnectionState.SIGNED_OUT, self._status.last_success, said)
        )
        self.auth_failed.emit(said)
        if self.config.auth_retry is not None:
            self._auth_retry.start(int(self.config.auth_retry * 1000))

    def _retry_sign_in(self) -> None:
        if self._running:
            return
        log.info("trying the refused credentials again")
        self.start()
