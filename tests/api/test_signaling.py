"""service.signaling against the demo server: the mode, and pulls of who is in a room."""

from __future__ import annotations

import asyncio

import pytest

from app.api import NotFound, TalkService
from app.api.constants import ActorType
from app.demo_server import DemoServer
from tests.helpers.moderation import add_guest, make_event_room


async def test_the_demo_has_no_signaling_server(service: TalkService) -> None:
    settings = await service.signaling.settings()
    assert settings.signaling_mode == "internal" and settings.server == ""


async def test_a_pull_needs_a_session_in_the_room(service: TalkService) -> None:
    event = await make_event_room(service, "Town hall", room_type=3)
    with pytest.raises(NotFound):
        await service.signaling.pull(event.token)
    with pytest.raises(NotFound):
        await service.signaling.pull("zzzzzzzz")


async def test_a_pull_answers_when_someone_comes_in(
    demo_server: DemoServer, service: TalkService
) -> None:
    event = await make_event_room(service, "Town hall", room_type=3)
    await service.sessions.open(event.token, force=False)
    first = await service.signaling.pull(event.token)  # the join's own refresh
    assert [s.actor_id for s in first] == [service.login]
    waiting = asyncio.ensure_future(service.signaling.pull(event.token))
    await asyncio.sleep(0)  # the pull is on its way before the guest comes
    add_guest(demo_server, event.token, "Visitor")
    sessions = await asyncio.wait_for(waiting, timeout=10)
    assert sorted(s.actor_type for s in sessions) == [ActorType.GUESTS, ActorType.USERS]
    assert all(s.session_id for s in sessions)
