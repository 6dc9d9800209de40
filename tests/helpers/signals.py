"""Await a Qt signal from an async test, on the test's own qasync loop.

pytest-qt's ``qtbot.waitSignal`` waits in a nested ``QEventLoop`` when the signal has not
fired yet as its ``with`` block ends. Inside an async test that nested loop runs qasync's
timers and socket callbacks re-entrantly, in the middle of the test task's own step, which
can start other tasks' steps while the test task is still "current" and hangs or breaks the
loop. Here the test awaits instead, so the one qasync loop keeps running normally.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SignalRecord:
    """What the awaited signal carried (``args``), once it fired (``signal_triggered``).

    The names are pytest-qt's ``SignalBlocker`` ones, so tests read the same either way.
    """

    args: list[Any] = field(default_factory=list)
    signal_triggered: bool = False


@asynccontextmanager
async def wait_signal(signal: Any, timeout: float = 5.0) -> AsyncIterator[SignalRecord]:
    """Connect to ``signal``, run the block, then await the signal's first emission.

    The block may trigger the signal itself (it is connected before the block starts).

    Raises:
        AssertionError: when the signal did not fire within ``timeout`` seconds after the
            block ended.
    """
    record = SignalRecord()
    fired = asyncio.Event()

    def on_signal(*args: Any) -> None:
        if not record.signal_triggered:
            record.args = list(args)
            record.signal_triggered = True
            fired.set()

    signal.connect(on_signal)
    try:
        yield record
        try:
            async with asyncio.timeout(timeout):
                await fired.wait()
        except TimeoutError:
            raise AssertionError(f"signal not emitted within {timeout} s") from None
    finally:
        with contextlib.suppress(RuntimeError):  # the sender was deleted meanwhile
            signal.disconnect(on_signal)
