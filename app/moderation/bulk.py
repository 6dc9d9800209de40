"""Run one moderation action over many participants or conversations at once.

Sending 200 promotions one by one costs 200 round trips; the server handles them independently,
so a bounded number run in parallel (8 by default: enough to hide latency, few enough not to trip
a server's rate limiting). Each item is sent at most once and reported on its own, so a moderator
sees exactly which ones failed and why. Cancelling stops starting new items; the ones already
sent are let finish, because their outcome on the server cannot be taken back.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..api import TalkError
from ..i18n import QT_TRANSLATE_NOOP, Text
from .operation import ActionOutcome, Operation
from .runner import ActionRunner

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8


class ItemStatus(enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    SKIPPED = "skipped"

    @property
    def finished(self) -> bool:
        return self in (ItemStatus.SUCCEEDED, ItemStatus.FAILED, ItemStatus.SKIPPED)


@dataclass
class ItemResult:
    """Where one item stands.

    Args:
        index: its position in the operations given.
        label: who or what it is about (display name or room title).
        status: pending, running, succeeded, failed, or skipped (cancelled before it was sent).
        error: the reason in words when it failed (English: the CLI's).
        outcome: the server's answer when it succeeded (e.g. the updated room).
        reason: ``error`` kept translatable (``app.i18n.Text``) where it is one, for the
            window; None for an unexpected error, which says itself.
    """

    index: int
    label: str
    status: ItemStatus = ItemStatus.PENDING
    error: str = ""
    outcome: ActionOutcome | None = None
    reason: Text | None = None


_CANCELLED = Text("Bulk", QT_TRANSLATE_NOOP("Bulk", "Not sent: the bulk action was cancelled"))
_INTERRUPTED = Text("Bulk", QT_TRANSLATE_NOOP("Bulk", "Interrupted; the outcome is unknown"))


@dataclass(frozen=True)
class BulkProgress:
    done: int
    total: int
    succeeded: int
    failed: int


@dataclass
class BulkOutcome:
    results: list[ItemResult]
    cancelled: bool
    elapsed: float
    max_in_flight: int = 0

    def count(self, status: ItemStatus) -> int:
        return sum(1 for r in self.results if r.status is status)

    @property
    def succeeded(self) -> int:
        return self.count(ItemStatus.SUCCEEDED)

    @property
    def failed(self) -> int:
        return self.count(ItemStatus.FAILED)

    @property
    def skipped(self) -> int:
        return self.count(ItemStatus.SKIPPED)

    def summary(self) -> str:
        parts = [f"{self.succeeded} succeeded", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} not sent (cancelled)")
        return ", ".join(parts)


class BulkRunner:
    """Runs operations with at most ``concurrency`` requests in flight.

    Args:
        runner: sends each operation once and records it in the audit log.
        operations: what to run, one per participant or conversation.
        concurrency: the most requests in flight at once (at least 1).
        on_change: called with an item's result whenever it starts or finishes.
    """

    def __init__(
        self,
        runner: ActionRunner,
        operations: Sequence[Operation],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_change: Callable[[ItemResult], None] | None = None,
    ) -> None:
        self.runner = runner
        self.operations = list(operations)
        self.concurrency = max(1, concurrency)
        self.on_change = on_change
        self.results = [ItemResult(i, op.label) for i, op in enumerate(self.operations)]
        self._cancelled = False
        self._in_flight = 0
        self.max_in_flight = 0

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Send nothing more; requests already sent finish and are reported."""
        self._cancelled = True

    def progress(self) -> BulkProgress:
        done = sum(1 for r in self.results if r.status.finished)
        return BulkProgress(
            done=done,
            total=len(self.results),
            succeeded=sum(1 for r in self.results if r.status is ItemStatus.SUCCEEDED),
            failed=sum(1 for r in self.results if r.status is ItemStatus.FAILED),
        )

    async def run(self) -> BulkOutcome:
        started = time.perf_counter()
        semaphore = asyncio.Semaphore(self.concurrency)
        tasks = [
            asyncio.ensure_future(self._one(semaphore, op, result))
            for op, result in zip(self.operations, self.results, strict=True)
        ]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        return BulkOutcome(
            results=list(self.results),
            cancelled=self._cancelled,
            elapsed=time.perf_counter() - started,
            max_in_flight=self.max_in_flight,
        )

    async def _one(self, semaphore: asyncio.Semaphore, op: Operation, result: ItemResult) -> None:
        async with semaphore:
            if self._cancelled:
                self._update(result, ItemStatus.SKIPPED, _CANCELLED)
                return
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            self._update(result, ItemStatus.RUNNING)
            try:
                result.outcome = await self.runner.run(op)
            except TalkError as exc:
                said = getattr(exc, "text", None)
                self._update(
                    result, ItemStatus.FAILED, said if isinstance(said, Text) else str(exc)
                )
            except asyncio.CancelledError:
                self._update(result, ItemStatus.FAILED, _INTERRUPTED)
                raise
            except Exception as exc:  # a bug must not stop the other items
                log.exception("Bulk item %r failed unexpectedly", op.label)
                self._update(result, ItemStatus.FAILED, f"Unexpected error: {exc!r}")
            else:
                self._update(result, ItemStatus.SUCCEEDED)
            finally:
                self._in_flight -= 1

    def _update(self, result: ItemResult, status: ItemStatus, error: str | Text = "") -> None:
        result.status = status
        result.error = str(error)
        result.reason = error if isinstance(error, Text) else None
        if self.on_change is not None:
            try:
                self.on_change(result)
            except Exception:
                log.exception("Bulk progress callback failed")
