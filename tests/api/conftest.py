"""Fixtures for the service tests: more signed-in accounts and a ready-made conversation.

Every service built here records its answers in the suite's OpenAPI log, like ``service`` does,
so the demo server's answers to alice and bob are validated too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass

import pytest

from app.api import Participant, Room, TalkService
from app.demo_server import DemoServer
from tests.helpers.openapi import ResponseLog

ServiceFactory = Callable[..., Awaitable[TalkService]]


@pytest.fixture
async def make_service(
    demo_server: DemoServer, openapi_log: ResponseLog, recording_transport_for: object
) -> AsyncIterator[ServiceFactory]:
    """Build a ``TalkService`` signed in as any seeded user (closed after the test)."""
    made: list[TalkService] = []

    async def make(
        login: str,
        *,
        server: DemoServer | None = None,
        password: str | None = None,
        **kwargs: object,
    ) -> TalkService:
        target = server or demo_server
        user = target.users[login]
        options: dict[str, object] = {"retry_base_delay": 0.01, "timeout": 5.0}
        options.update(kwargs)
        svc = TalkService(
            target.url,
            login,
            password if password is not None else user.app_password,
            transport=recording_transport_for(target),  # type: ignore[operator]
            **options,  # type: ignore[arg-type]
        )
        made.append(svc)
        return svc

    try:
        yield make
    finally:
        for svc in made:
            await svc.aclose()


@pytest.fixture
def no_sip_server() -> Iterator[DemoServer]:
    """A second demo server without SIP configured (dial-in and dial-out refused)."""
    server = DemoServer(seed=1, sip=False)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def alice(make_service: ServiceFactory) -> TalkService:
    return await make_service("alice")


@pytest.fixture
async def bob(make_service: ServiceFactory) -> TalkService:
    return await make_service("bob")


@dataclass
class TownHall:
    """A fresh group conversation owned by the moderator, with alice and bob in it."""

    room: Room
    people: dict[str, Participant]

    @property
    def token(self) -> str:
        return self.room.token

    def id_of(self, actor_id: str) -> int:
        return self.people[actor_id].attendee_id


@pytest.fixture
async def town_hall(service: TalkService) -> TownHall:
    room = await service.rooms.create(2, "Town hall")
    for login in ("alice", "bob"):
        await service.participants.add(room.token, login)
    people = await service.participants.list(room.token)
    return TownHall(room, {p.actor_id: p for p in people})
