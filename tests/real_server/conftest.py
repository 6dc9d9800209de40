"""Fixtures for the tests against the real Talk server: signed-in services and clean rooms.

The real server is shared by every test of the run, so each test makes its own conversations
(names carry the test's name and a counter) and deletes them afterwards; no test relies on
the server being empty.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from app.api import TalkService
from app.api.errors import TalkError
from tests.helpers.real_server import RealServer
from tests.real_server.wire import TapTransport

ServiceFactory = Callable[[str], Awaitable[TalkService]]

_names = itertools.count(1)


@pytest.fixture
async def _services() -> AsyncIterator[list[TalkService]]:
    """Every service a test's factories made, closed when the test ends."""
    made: list[TalkService] = []
    try:
        yield made
    finally:
        for svc in made:
            await svc.aclose()


def _signed_in(real_server: RealServer, login: str, **options: Any) -> TalkService:
    """``login``'s service with its app password; ``""`` is an anonymous guest."""
    user = real_server.users[login] if login else None
    return TalkService(
        real_server.url,
        user.login if user else "",
        user.app_password if user else "",
        retry_base_delay=0.05,
        timeout=30.0,
        **options,
    )


@pytest.fixture
def real_service_for(real_server: RealServer, _services: list[TalkService]) -> ServiceFactory:
    """``await real_service_for("alice")``: a TalkService signed in with alice's app password."""

    async def make(login: str) -> TalkService:
        svc = _signed_in(real_server, login)
        _services.append(svc)
        return svc

    return make


@pytest.fixture
async def real_service(real_service_for: ServiceFactory) -> TalkService:
    """The moderator1 account of the real server."""
    return await real_service_for("moderator1")


@pytest.fixture
def room_name(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """Unique conversation names for this test, so tests sharing the server never collide."""

    def name(label: str = "room") -> str:
        return f"{request.node.name[:40]} {label} {next(_names)}"

    return name


@pytest.fixture
async def cleanup_rooms(real_service: TalkService) -> AsyncIterator[list[str]]:
    """Tokens appended here are deleted (as moderator1) when the test ends."""
    tokens: list[str] = []
    yield tokens
    for token in tokens:
        try:
            await real_service.rooms.delete(token)
        except TalkError:
            pass  # already deleted by the test itself


TappedFactory = Callable[[str], Awaitable[tuple[TalkService, TapTransport]]]


@pytest.fixture
def tapped_service_for(real_server: RealServer, _services: list[TalkService]) -> TappedFactory:
    """``await tapped_service_for("alice")``: alice's TalkService plus the raw answers it got.

    ``""`` gives an anonymous service (a guest). Conformance tests compare each decoded model
    with the raw JSON of the same answer.
    """

    async def make(login: str) -> tuple[TalkService, TapTransport]:
        tap = TapTransport()
        svc = _signed_in(real_server, login, read_retries=0, transport=tap)
        _services.append(svc)
        return svc, tap

    return make
