"""Fixtures shared by the moderation tests and the dialog tests: runner with an audit log, rooms,
other accounts. Each of those folders re-exports them from its conftest."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from app.api import TalkService
from app.audit import AuditLog
from app.demo_server import DemoServer
from app.moderation import ActionRunner
from tests.helpers.moderation import EventRoom, make_event_room, service_for

ServiceFactory = Callable[[str], Awaitable[TalkService]]


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.jsonl")


@pytest.fixture
def runner(service: TalkService, audit: AuditLog) -> ActionRunner:
    return ActionRunner(service, audit)


@pytest.fixture
async def login_as(
    demo_server: DemoServer, recording_transport_for: Callable[[DemoServer], object]
) -> AsyncIterator[ServiceFactory]:
    """Services signed in as other seeded users (closed after the test)."""
    made: list[TalkService] = []

    async def make(login: str) -> TalkService:
        svc = service_for(demo_server, login, recording_transport_for(demo_server))
        made.append(svc)
        return svc

    yield make
    for svc in made:
        await svc.aclose()


@pytest.fixture
async def event(service: TalkService) -> EventRoom:
    return await make_event_room(service)
