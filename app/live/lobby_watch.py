"""Who is in each watched lobby, learnt fast and cheaply: Talk's signaling pulls.

Reading every lobby room's participants every few seconds would cost the server dozens of
requests a minute and still be seconds late. Instead, for each room, this account opens a Talk
session (without ``force``: a session of ours elsewhere in a call is never kicked) and
long-polls Talk's internal signaling (``service.signaling.pull``): the server holds it up to
30 s and answers about a second after the sessions in the room change. Only then are the
participants read, once. While nothing happens a room costs two requests a minute.

Where pulls cannot work (a signaling server is configured, more than ``MAX_PULLS`` rooms, our
session refused), the room's participants are read every ``fallback_interval`` seconds
instead; ``mode`` says which is in use. With a signaling server those reads are only the
fallback: while ``live(token)`` says the room's websocket is connected (``SignalingWatch``,
which then hands on what changes), the room is not read. The sessions stay open when a room
stops being watched (the user may have joined its call on the same session); the app closes
every session it opened when it quits (``service.sessions.tokens``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.api import errors
from app.api.areas.signaling import MAX_PULLS
from app.api.service import TalkService

from .backoff import Backoff

log = logging.getLogger(__name__)

PULLS = "signaling"
POLLING = "polling"


class LobbyWatch(QObject):
    """Reads the participants of the watched rooms whenever who is there changes.

    Args:
        service: the signed-in account.
        fallback_interval: seconds between participant reads of a room that cannot be pulled.
        backoff_maximum: the longest wait after failures.
        live: whether a room's changes arrive over a signaling server's websocket now (its
            fallback reads are skipped then).
    """

    people_read = Signal(str, list)
    """``(token, list[Participant])``: the complete list, after a change (or the first time)."""
    mode_changed = Signal(str)
    """``"signaling"`` (pulls) or ``"polling"``, once known and whenever it changes."""

    def __init__(
        self,
        service: TalkService,
        *,
        fallback_interval: float = 5.0,
        backoff_maximum: float = 30.0,
        live: Callable[[str], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.live = live or _never
        self.fallback_interval = fallback_interval
        self.backoff_maximum = backoff_maximum
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._pulling: set[str] = set()
        self._pulls_possible: bool | None = None
        self._mode = ""
        self.reads = 0
        """Participant reads so far (benchmarks count the cost)."""
        self.reads_of: dict[str, int] = {}
        """The same, by room."""

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset(self._tasks)

    @property
    def mode(self) -> str:
        return self._mode

    def set_rooms(self, tokens: Iterable[str]) -> None:
        """Watch exactly these rooms from now on."""
        wanted = set(tokens)
        for token in set(self._tasks) - wanted:
            self._tasks.pop(token).cancel()
            self._pulling.discard(token)
        for token in [t for t, task in self._tasks.items() if task.done()]:
            del self._tasks[token]  # ended by a bug (logged): start it again
        for token in sorted(wanted - set(self._tasks)):
            task = asyncio.ensure_future(self._watch(token))
            task.set_name(f"lobby-watch-{token}")
            self._tasks[token] = task

    async def stop(self) -> None:
        """Stop every watch (its sessions are closed with the app's, on quit)."""
        tasks = list(self._tasks.values())
        self._tasks.clear()
        self._pulling.clear()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    # ------------------------------------------------------------------ one room

    async def _watch(self, token: str) -> None:
        backoff = Backoff(min(1.0, self.backoff_maximum), self.backoff_maximum)
        while True:
            try:
                if await self._can_pull(token):
                    await self._pull_loop(token, backoff)
                else:
                    await self._poll_loop(token, backoff)
                return
            except asyncio.CancelledError:
                raise
            except errors.TalkError as exc:
                # a refused password included: the window signs in again (set_credentials
                # changes this same service), so the next try of this room goes through
                delay = backoff.failure(getattr(exc, "retry_after", None))
                log.info("lobby watch of %s failed, next try in %.1f s: %s", token, delay, exc)
                await asyncio.sleep(delay)
            except Exception:  # a bug: say so in the log, and keep the other rooms watched
                log.exception("lobby watch of %s stopped", token)
                return

    async def _can_pull(self, token: str) -> bool:
        if self._pulls_possible is None:
            settings = await self.service.signaling.settings()
            self._pulls_possible = settings.signaling_mode == "internal"
        if not self._pulls_possible or (
            token not in self._pulling and len(self._pulling) >= MAX_PULLS
        ):
            self._set_mode(POLLING)
            return False
        if not self.service.sessions.is_open(token):
            try:
                await self.service.sessions.open(token, force=False)
            except errors.Conflict:
                return False  # our session elsewhere is in a call: leave it be, poll this one
        self._pulling.add(token)
        self._set_mode(PULLS)
        return True

    async def _pull_loop(self, token: str, backoff: Backoff) -> None:
        await self._read(token)
        seen: Any = None
        while True:
            try:
                sessions = await self.service.signaling.pull(token)
            except errors.NotFound:
                # our session went (removed, the server forgot it): open one again, once
                self.service.sessions.forget(token)
                self._pulling.discard(token)
                if not await self._can_pull(token):
                    await self._poll_loop(token, backoff)
                    return
                continue
            backoff.success()
            state = frozenset(
                (s.session_id, s.in_call, s.participant_permissions) for s in sessions
            )
            if state != seen:
                # the first answer too: someone may have come between the first read and it
                await self._read(token)
                seen = state

    async def _poll_loop(self, token: str, backoff: Backoff) -> None:
        while True:
            if not self.live(token):
                await self._read(token)
            backoff.success()
            await asyncio.sleep(self.fallback_interval)

    async def _read(self, token: str) -> None:
        people = await self.service.participants.list(token, include_status=False)
        self.reads += 1
        self.reads_of[token] = self.reads_of.get(token, 0) + 1
        self.people_read.emit(token, list(people))

    # ------------------------------------------------------------------ bookkeeping

    def _set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self.mode_changed.emit(mode)


def _never(_token: str) -> bool:
    return False
