"""The first conversation listing sent early (``service.rooms.prefetch_list``, start-up).

The start-up sends it before the window's modules load; the window's first ``rooms.list()``
must then take that answer instead of asking again, and behave exactly as a read sent then:
the same rooms, an error retried, a stale or different read never answered from it.
"""

from __future__ import annotations

import asyncio

import pytest

from app.api import TalkService, errors
from app.api import reader as reader_module
from app.demo_server import DemoServer


def requests_so_far(server: DemoServer) -> int:
    return server.faults_met().get("requests", 0)


async def until_counted(server: DemoServer, count: int) -> None:
    """Until the server has seen ``count`` requests (the prefetch runs in a thread)."""
    for _ in range(500):
        if requests_so_far(server) >= count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the server saw {requests_so_far(server)} requests, not {count}")


async def test_the_first_listing_takes_the_prefetched_answer(
    plain_service: TalkService, demo_server: DemoServer
) -> None:
    expected = {r.token for r in (await plain_service.rooms.list()).rooms}
    before = requests_so_far(demo_server)
    plain_service.rooms.prefetch_list()
    await until_counted(demo_server, before + 1)

    listing = await plain_service.rooms.list()

    assert requests_so_far(demo_server) == before + 1, "the listing was sent a second time"
    assert {r.token for r in listing.rooms} == expected
    assert listing.full and listing.modified_before is not None
    # taken once: the next listing asks the server again
    await plain_service.rooms.list()
    assert requests_so_far(demo_server) == before + 2


async def test_another_read_is_not_answered_from_it(
    plain_service: TalkService, demo_server: DemoServer
) -> None:
    plain_service.rooms.prefetch_list()
    before = requests_so_far(demo_server)
    await plain_service.rooms.list(include_status=True)  # other parameters: its own request
    await until_counted(demo_server, before + 1)
    assert requests_so_far(demo_server) >= before + 1


async def test_a_stale_prefetch_is_dropped(
    plain_service: TalkService, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "PREFETCH_FRESH_S", 0.0)
    before = requests_so_far(demo_server)
    plain_service.rooms.prefetch_list()
    await until_counted(demo_server, before + 1)
    await asyncio.sleep(0.01)
    await plain_service.rooms.list()
    assert requests_so_far(demo_server) == before + 2, "an old answer stood in for a new read"


async def test_a_failed_prefetch_is_the_reads_failure_and_is_retried(
    plain_service: TalkService, demo_server: DemoServer
) -> None:
    demo_server.fail_next("503", method="GET")
    before = requests_so_far(demo_server)
    plain_service.rooms.prefetch_list()
    await until_counted(demo_server, before + 1)

    listing = await plain_service.rooms.list()  # the 503 came back to it, then a retry

    assert listing.rooms
    assert demo_server.pending_faults() == 0
    assert requests_so_far(demo_server) == before + 2


async def test_closing_with_a_prefetch_never_taken(demo_server: DemoServer) -> None:
    svc = TalkService(
        demo_server.url, demo_server.moderator.login, demo_server.moderator.app_password
    )
    svc.rooms.prefetch_list()
    await svc.aclose()  # no thread, socket or warning left behind (the suite checks)
    svc.rooms.prefetch_list()  # after closing: nothing is sent


async def test_the_first_capabilities_read_takes_the_prefetched_answer(
    plain_service: TalkService, demo_server: DemoServer
) -> None:
    """Sent with the listing at start-up; read off the event loop's thread like it."""
    before = requests_so_far(demo_server)
    plain_service.account.prefetch_capabilities()
    await until_counted(demo_server, before + 1)

    caps = await plain_service.account.capabilities()

    assert requests_so_far(demo_server) == before + 1, "the capabilities were asked twice"
    assert caps.supports_v4
    # cached now; a refresh asks the server again, and a second prefetch sends nothing
    plain_service.account.prefetch_capabilities()
    await plain_service.account.capabilities(refresh=True)
    assert requests_so_far(demo_server) == before + 2


async def test_a_refused_capabilities_prefetch_is_the_reads_refusal(
    demo_server: DemoServer,
) -> None:
    svc = TalkService(demo_server.url, demo_server.moderator.login, "wrong-password")
    try:
        svc.account.prefetch_capabilities()
        with pytest.raises(errors.NotAuthenticated):
            await svc.account.capabilities()
    finally:
        await svc.aclose()
