"""The window's big reads against the real Talk: in the reader's threads, and sent early.

The app reads the conversation list and the participants in worker threads with a blocking
client (``app.api.reader``), and sends the first listing before the window's code has loaded
(``rooms.prefetch_list``). These tests use a plain service, as the app has it, so those paths
meet the real server: the same answers as the event loop's client gets, a prefetched listing
taken instead of a second request (counted in the server's own request log).
"""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from app.api import TalkService
from tests.helpers.real_server import RealServer

pytestmark = pytest.mark.real_server

LISTING = re.compile(r"\]: GET /ocs/v2\.php/apps/spreed/api/v4/room\?")


def listings_logged(real_server: RealServer, sizes: dict[str, int]) -> int:
    return len(LISTING.findall(real_server.log_since(sizes, limit=10_000_000)))


async def until_logged(real_server: RealServer, sizes: dict[str, int], count: int) -> None:
    for _ in range(300):
        if listings_logged(real_server, sizes) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{listings_logged(real_server, sizes)} listings logged, not {count}")


async def test_the_prefetched_listing_is_the_first_listing(
    real_server: RealServer,
    real_service: TalkService,
    cleanup_rooms: list[str],
) -> None:
    room = await real_service.rooms.create(2, "Read early")
    cleanup_rooms.append(room.token)
    sizes = real_server.log_sizes()
    real_service.rooms.prefetch_list()
    await until_logged(real_server, sizes, 1)

    listing = await real_service.rooms.list()

    assert room.token in {r.token for r in listing.rooms}
    assert listing.full and listing.talk_hash
    again = await real_service.rooms.list()
    assert {r.token for r in again.rooms} == {r.token for r in listing.rooms}
    assert listings_logged(real_server, sizes) == 2, "the prefetched listing was sent again"


async def test_reads_in_the_reader_match_the_event_loops(
    real_server: RealServer, real_service: TalkService, cleanup_rooms: list[str]
) -> None:
    assert real_service._transport.reader is not None, "the app's service reads off the loop"
    room = await real_service.rooms.create(2, "Read off the loop")
    cleanup_rooms.append(room.token)
    await real_service.participants.add(room.token, "alice")
    moderator = real_server.moderator
    on_loop_service = TalkService(  # a transport of its own: every read on the event loop
        real_server.url,
        moderator.login,
        moderator.app_password,
        transport=httpx.AsyncHTTPTransport(),
    )
    try:
        assert on_loop_service._transport.reader is None
        on_loop = await on_loop_service.participants.read_all(room.token)
        listed_on_loop = await on_loop_service.rooms.list()
    finally:
        await on_loop_service.aclose()

    off_loop = await real_service.participants.read_all(room.token)
    listed_off_loop = await real_service.rooms.list()

    assert sorted(p.actor_id for p in off_loop) == ["alice", "moderator1"]
    assert {p.attendee_id: p.participant_type for p in off_loop} == {
        p.attendee_id: p.participant_type for p in on_loop
    }
    assert {r.token for r in listed_off_loop.rooms} == {r.token for r in listed_on_loop.rooms}
