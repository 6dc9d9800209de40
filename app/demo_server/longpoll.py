"""A controller's answer that is not ready yet: the chat's ``lookIntoFuture`` long poll.

Controllers run synchronously under the state lock, so they cannot wait there. A controller
that has nothing to answer yet returns a ``LongPoll`` instead: the application awaits it
outside the lock (``TalkApp._dispatch``), asking ``check`` again under the lock every
``STEP_S`` until it has an answer or the wait is over (``on_timeout``, Talk's 304). The wait
is bounded by the request's own timeout (Talk caps it at 30 s), so a poll never outlives it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from starlette.responses import Response

from . import ocs
from .state import TalkError

STEP_S = 0.05
"""How often a waiting poll looks again: quick enough that a new message reaches a waiting
client at once, cheap enough for dozens of waiting clients."""


class LongPoll(Response):
    """Ask ``check`` (under the state lock) until it answers or ``seconds`` have passed.

    A ``Response`` only so that controllers keep one return type; it is never sent itself.

    Args:
        check: the answer once there is one, else None; raising ``TalkError`` (the room was
            deleted meanwhile) answers that failure.
        seconds: how long to wait at most.
        on_timeout: the answer when nothing came.
    """

    def __init__(
        self,
        check: Callable[[], Response | None],
        seconds: float,
        on_timeout: Callable[[], Response],
    ) -> None:
        super().__init__(b"", status_code=304)
        self.check = check
        self.seconds = seconds
        self.on_timeout = on_timeout

    async def wait(self, lock: threading.RLock, closing: threading.Event) -> Response:
        """The answer once there is one; "nothing new" after ``seconds`` or as soon as the
        server stops (``closing``), so stopping never waits for a poll."""
        deadline = time.monotonic() + max(self.seconds, 0.0)
        while True:
            await asyncio.sleep(STEP_S)
            if closing.is_set():
                return self.on_timeout()
            with lock:
                try:
                    answer = self.check()
                except TalkError as error:  # the controller's decision, as under dispatch
                    return ocs.fail(error.status, error.data)
                if answer is not None:
                    return answer
                if time.monotonic() >= deadline:
                    return self.on_timeout()
