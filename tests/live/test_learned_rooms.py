"""What the live layer learns between polls (an action's answer) survives a listing that was
already on its way: the listing predates the answer, so it may not undo it.

Against the real demo server, with a transport that holds one conversation listing's answer
(read from the server before the writes) until the test lets it through.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from app.api import Room, TalkService
from app.api.constants import ConversationType
from app.demo_server import DemoServer
from app.live import PollConfig, PollingController
from tests.helpers.moderation import service_for
from tests.helpers.waiting import wait_until

QUIET = PollConfig(rooms_interval=600, selected_interval=600, full_interval=3600, backoff_base=0.05)
"""No poll falls due by itself during a test: only ``refresh_now`` asks for a listing."""

LISTING = "/ocs/v2.php/apps/spreed/api/v4/room"


class HeldListing(httpx.AsyncBaseTransport):
    """Passes requests on; once ``hold_next()`` is called, the next conversation listing's
    answer is read from the server and then kept back until ``release()``."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self._hold = False
        self.held = asyncio.Event()
        self._release = asyncio.Event()

    def hold_next(self) -> None:
        self._hold = True

    def release(self) -> None:
        self._release.set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self._hold and request.method == "GET" and request.url.path == LISTING:
            self._hold = False
            await response.aread()  # the server's state now, before the test's writes
            self.held.set()
            await self._release.wait()
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def held(
    demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[tuple[TalkService, HeldListing]]:
    transport = HeldListing(recording_transport_for(demo_server))  # type: ignore[arg-type]
    svc = service_for(demo_server, demo_server.moderator.login, transport)
    try:
        yield svc, transport
    finally:
        transport.release()
        await svc.aclose()


async def test_a_listing_asked_for_before_an_answer_does_not_undo_it(
    held: tuple[TalkService, HeldListing],
) -> None:
    svc, transport = held
    doomed = await svc.rooms.create(ConversationType.GROUP, "Doomed")
    live = PollingController(svc, QUIET)
    live.start()
    try:
        await wait_until(lambda: live.loaded and live.room(doomed.token) is not None)
        town = next(room for room in live.rooms.values() if room.title == "Town Hall")

        transport.hold_next()
        live.refresh_now()
        await wait_until(transport.held.is_set, message="the listing never went out")

        # Meanwhile the user acts, and the answers reach the live layer.
        created = await svc.rooms.create(ConversationType.GROUP, "Made meanwhile")
        await svc.rooms.rename(town.token, "Town Hall (moved)")
        renamed = await svc.rooms.get(town.token)
        await svc.rooms.delete(doomed.token)
        live.apply_rooms([created, renamed])
        removed: list[Room] = []
        live.rooms_removed.connect(removed.extend)
        live.forget_rooms([doomed.token])
        assert [room.token for room in removed] == [doomed.token]
        assert live.room(doomed.token) is None

        changed: list[Room] = []
        live.rooms_changed.connect(changed.extend)
        removed.clear()
        polls: list[str] = []
        live.poll_finished.connect(polls.append)
        transport.release()  # the old listing arrives: Town Hall unrenamed, Doomed still there
        await wait_until(lambda: "rooms" in polls, message="the held listing was not applied")

        assert live.room(created.token) == created, "the new room was dropped"
        assert live.room(town.token) == renamed, "the rename was undone"
        assert live.room(doomed.token) is None, "the deleted room came back"
        assert not removed and not changed, [r.title for r in removed + changed]

        # The next listing is asked for after the answers: it has the final word again.
        polls.clear()
        live.refresh_now()
        await wait_until(lambda: "rooms" in polls)
        after = live.room(town.token)
        assert after is not None and after.title == "Town Hall (moved)"
        assert live.room(created.token) is not None
        assert live.room(doomed.token) is None
    finally:
        await live.stop()
