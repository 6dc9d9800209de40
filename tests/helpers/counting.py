"""Count the requests a service really sends: a transport wrapper on the test side.

Used to prove what one user action costs on the wire (``tests/ui/test_action_requests.py``).
Every request is recorded, whichever task sent it, so a poll woken by the action is counted like
the action's own requests and cannot hide an extra conversation listing.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from app.api import TalkService
from app.demo_server import DemoServer
from tests.helpers.moderation import service_for

TALK_API = "/ocs/v2.php/apps/spreed/api/v4"
"""Paths are recorded below this prefix (``/room/{token}``); others stay whole."""


@dataclass(frozen=True)
class Sent:
    """One request: method, the path below the Talk API base, and which task sent it."""

    method: str
    path: str
    task: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.task})"


def _held(request: httpx.Request) -> bool:
    path = request.url.path
    if request.url.params.get("lookIntoFuture") == "1":
        return True  # chat/{token}: the long poll
    return (
        request.method == "GET"
        and "/apps/spreed/api/v3/signaling/" in path
        and (not path.endswith("/settings"))
    )


class CountingTransport(httpx.AsyncBaseTransport):
    """Wraps another transport and records each request before passing it on.

    Args:
        inner: the transport doing the work (the suite's OpenAPI-recording transport).
    """

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[Sent] = []
        self.in_flight = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _held(request):
            # Requests the server holds until there is news (the chat pane's long poll, the
            # signaling pull) are always waiting, whatever the user does: neither counted nor
            # in flight (``settle`` would never see a quiet moment).
            return await self.inner.handle_async_request(request)
        task = asyncio.current_task()
        path = request.url.path
        if path.startswith(TALK_API):
            path = path[len(TALK_API) :] or "/"
        self.sent.append(Sent(request.method, path, task.get_name() if task else "?"))
        self.in_flight += 1
        try:
            return await self.inner.handle_async_request(request)
        finally:
            self.in_flight -= 1

    async def aclose(self) -> None:
        await self.inner.aclose()

    def mark(self) -> int:
        """A position in the record: ``since(mark)`` lists what was sent after it."""
        return len(self.sent)

    def since(self, mark: int) -> list[Sent]:
        return self.sent[mark:]


async def settle(transport: CountingTransport, turns: int = 50) -> None:
    """Let every task woken so far send its request and get the answer.

    Event-loop turns, not time: a task woken by an action reaches the transport within a few
    turns, so after these turns with nothing in flight, nothing more is on its way.
    """
    quiet = 0
    while quiet < turns:
        await asyncio.sleep(0)
        quiet = quiet + 1 if transport.in_flight == 0 else 0


def counting_service(
    server: DemoServer, inner: httpx.AsyncBaseTransport
) -> tuple[TalkService, CountingTransport]:
    """The moderator's service on ``server``, counting every request (the caller closes it)."""
    transport = CountingTransport(inner)
    return service_for(server, server.moderator.login, transport), transport
