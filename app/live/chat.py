"""ChatReader: the selected conversation's chat, read by long polling, as Qt signals.

One conversation at a time (``set_room``): its newest ``initial`` messages first, then one
long poll after another (``service.chat.wait_for_new``, the server holding each up to
``poll_timeout`` seconds and answering "nothing new" after that). It runs in its own task,
beside the ``PollingController``'s polls and on its own connection, so a quiet chat never
holds up the participant list.

What it emits is incremental: ``reset`` once per conversation (and when someone clears the
history), then only ``added`` for new messages and ``changed`` for messages that changed
(a deletion, which Talk announces with a ``message_deleted`` system message whose parent is
the deleted message). It keeps at most ``history`` messages in memory, dropping the oldest.

An action's answer (the posted announcement, a deletion's notice, the cleared history) goes
in at once through ``apply``; the long poll brings the same message later and it is not
emitted twice. While inactive (``set_active(False)``: the window is hidden) nothing is read;
resuming catches up from the last message seen, without reading the history again. Failures
back off (``Backoff``) and are reported through ``failed``; a refused password stops reading
(the ``PollingController`` reports it and signs in again).
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import logging
import time
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.api import errors
from app.api.chat_models import ChatMessage
from app.api.service import TalkService
from app.i18n import error_words

from .backoff import Backoff

log = logging.getLogger(__name__)

HISTORY = 500
"""Messages kept in memory for the shown conversation."""

INITIAL = 100
"""Messages read when a conversation is selected."""

MIN_ROUND_S = 1.0
"""A long poll answered "nothing new" sooner than this waits out the rest before the next
(a server that does not hold requests must not be asked in a tight loop)."""


class ChatReader(QObject):
    """Reads one conversation's chat; see the module.

    Args:
        service: the signed-in service.
        history: how many messages to keep (the oldest go first).
        initial: how many of the newest messages to read first.
        poll_timeout: seconds the server may hold each long poll (at most 30).
        backoff_base, backoff_max: waits after failures, growing from base to max.
    """

    reset = Signal(str, list)
    """``(token, list[ChatMessage])``: the whole kept history, oldest first."""
    added = Signal(str, list)
    """``(token, list[ChatMessage])``: new messages, by id (usually newer than all before)."""
    changed = Signal(str, list)
    """``(token, list[ChatMessage])``: kept messages as they are now (deleted ones)."""
    failed = Signal(str, str)
    """``(token, sentence)``: reading failed; it tries again after a backoff."""
    recovered = Signal(str)
    """``token``: reading works again after a failure."""
    polled = Signal(str)
    """``token`` after every answer of the server (tests, benchmarks)."""

    def __init__(
        self,
        service: TalkService,
        *,
        history: int = HISTORY,
        initial: int = INITIAL,
        poll_timeout: int = 30,
        backoff_base: float = 2.0,
        backoff_max: float = 60.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.history = history
        self.initial = min(initial, history)
        self.poll_timeout = poll_timeout
        self._backoff = Backoff(backoff_base, backoff_max)
        self._token: str | None = None
        self._ids: list[int] = []
        self._messages: dict[int, ChatMessage] = {}
        self._last_id = 0
        self._loaded = False
        self._active = True
        self._failing = False
        self._task: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ state

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def messages(self) -> list[ChatMessage]:
        """The kept history, oldest first (a copy)."""
        return [self._messages[i] for i in self._ids]

    def message(self, message_id: int) -> ChatMessage | None:
        return self._messages.get(message_id)

    # ------------------------------------------------------------------ control

    def set_room(self, token: str | None) -> None:
        """Read ``token``'s chat from now on (None: none); the previous one stops at once."""
        if token == self._token:
            return
        self._cancel()
        self._token = token
        self._ids, self._messages = [], {}
        self._last_id, self._loaded, self._failing = 0, False, False
        self._backoff.success()
        self._start()

    def set_active(self, active: bool) -> None:
        """Stop reading while nobody looks; resuming catches up from the last message seen."""
        if active == self._active:
            return
        self._active = active
        if active:
            self._start()
        else:
            self._cancel()

    async def stop(self) -> None:
        """Stop reading and wait until the task has ended (before closing the service)."""
        self._active = False
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def apply(self, token: str, messages: Iterable[ChatMessage]) -> None:
        """Messages known before the poll brings them (an action's answer)."""
        if token == self._token and self._loaded:
            self._take(list(messages))

    # ------------------------------------------------------------------ the task

    def _start(self) -> None:
        if self._token is None or not self._active or self.running:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (a window built in a plain test): nothing to read
            return
        self._task = loop.create_task(self._run(self._token), name=f"chat-{self._token}")
        self._task.add_done_callback(self._done)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _done(self, task: asyncio.Task[None]) -> None:
        if task is self._task:
            self._task = None
        if not task.cancelled() and task.exception() is not None:
            log.error("chat reader crashed", exc_info=task.exception())

    async def _run(self, token: str) -> None:
        while True:
            started = time.monotonic()
            try:
                got = await self._read(token)
            except errors.NotAuthenticated as exc:
                self.failed.emit(token, error_words(exc, QCoreApplication.translate))
                return  # the PollingController reports it and signs in again
            except errors.TalkError as exc:
                self._failing = True
                self.failed.emit(token, error_words(exc, QCoreApplication.translate))
                await asyncio.sleep(self._backoff.failure(getattr(exc, "retry_after", None)))
                continue
            if token != self._token:
                return
            if self._failing:
                self._failing = False
                self.recovered.emit(token)
            self._backoff.success()
            self.polled.emit(token)
            if not got:
                rest = MIN_ROUND_S - (time.monotonic() - started)
                if rest > 0:
                    await asyncio.sleep(rest)

    async def _read(self, token: str) -> bool:
        """One round: the history first, then a long poll; whether messages came."""
        if not self._loaded:
            page = await self.service.chat.history(token, limit=self.initial)
            if token != self._token:
                return False
            newest_first = list(page.messages)
            self._ids = [m.id for m in reversed(newest_first)]
            self._messages = {m.id: m for m in newest_first}
            self._last_id = self._ids[-1] if self._ids else 0
            self._loaded = True
            self.reset.emit(token, self.messages())
            return True
        page = await self.service.chat.wait_for_new(
            token, self._last_id, timeout=self.poll_timeout, limit=self.initial
        )
        if token != self._token or not page.messages:
            return False
        # A turn of the event loop between decoding and applying, so the two never add up
        # (with a participant poll's own work) to one long stall of the UI thread.
        await asyncio.sleep(0)
        if token != self._token:
            return False
        self._last_id = max(self._last_id, max(m.id for m in page.messages))
        self._take(list(page.messages))
        return True

    # ------------------------------------------------------------------ merging

    def _take(self, incoming: Sequence[ChatMessage]) -> None:
        """Merge messages by id: clear, changes, new ones; emit each kind once."""
        token = self._token
        assert token is not None
        for cleared in (m for m in incoming if m.system_message == "history_cleared"):
            if cleared.id not in self._messages:
                later = [m for m in incoming if m.id >= cleared.id]
                self._ids = []
                self._messages = {}
                self._merge(later)
                self.reset.emit(token, self.messages())
                return
        new, changed = self._merge(incoming)
        if changed:
            self.changed.emit(token, changed)
        if new:
            self.added.emit(token, new)

    def _merge(
        self, incoming: Iterable[ChatMessage]
    ) -> tuple[list[ChatMessage], list[ChatMessage]]:
        """Add unknown messages in id order, take deletions' parents; the newest ``history``
        are kept. Returns the new messages still kept, and the changed ones."""
        new: list[ChatMessage] = []
        changed: list[ChatMessage] = []
        for message in sorted(incoming, key=lambda m: m.id):
            parent = message.parent_message
            if (
                message.system_message == "message_deleted"
                and parent is not None
                and parent.id in self._messages
                and self._messages[parent.id] != parent
            ):
                self._messages[parent.id] = parent
                changed.append(parent)
            if message.id in self._messages:
                continue
            self._messages[message.id] = message
            bisect.insort(self._ids, message.id)
            new.append(message)
        while len(self._ids) > self.history:
            dropped = self._ids.pop(0)
            self._messages.pop(dropped, None)
        kept = set(self._messages)
        return [m for m in new if m.id in kept], changed
