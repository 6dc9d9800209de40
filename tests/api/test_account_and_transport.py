"""Autocomplete, app-password revocation, and how the service copes with a failing server.

Failure handling is part of the service's contract: reads are retried on transient failures
(5xx, 429, garbage, dropped connections) and then raise the matching error; writes are sent
exactly once. Request counts come from a transport wrapper on the client side, so the count
is what actually went over the wire.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from app.api import (
    BadRequest,
    Forbidden,
    MalformedResponse,
    NetworkError,
    NotAuthenticated,
    RateLimited,
    ServerError,
    TalkService,
)
from app.demo_server import DemoServer
from tests.api.conftest import ServiceFactory, TownHall
from tests.helpers.hostile_server import HostileServer


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the requests that leave the client, per (method, path)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[str, str]] = []
        self.after_each: Callable[[], None] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path))
        try:
            return await self.inner.handle_async_request(request)
        finally:
            if self.after_each is not None:
                self.after_each()

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
async def counted(
    demo_server: DemoServer, recording_transport_for: object
) -> AsyncIterator[tuple[TalkService, CountingTransport]]:
    transport = CountingTransport(recording_transport_for(demo_server))  # type: ignore[operator]
    svc = TalkService(
        demo_server.url,
        demo_server.moderator.login,
        demo_server.moderator.app_password,
        transport=transport,
        read_retries=2,
        retry_base_delay=0.001,
        timeout=5.0,
    )
    yield svc, transport
    await svc.aclose()


# ----------------------------------------------------------------- account


async def test_autocomplete(service: TalkService, town_hall: TownHall) -> None:
    found = await service.account.autocomplete("ali")
    assert "alice" in {s.id for s in found}
    alice = next(s for s in found if s.id == "alice")
    assert alice.label and alice.source == "users"
    groups = await service.account.autocomplete("test", share_types=(1,))
    assert {s.source for s in groups} <= {"groups"} and "testers" in {s.id for s in groups}
    assert await service.account.autocomplete("no-such-person-at-all", token=town_hall.token) == []


async def test_revoke_app_password(make_service: ServiceFactory) -> None:
    carol = await make_service("carol")
    await carol.rooms.list()
    await carol.account.revoke_app_password()
    with pytest.raises(NotAuthenticated) as caught:
        await carol.rooms.list()
    assert str(caught.value) == "The server did not accept the app password: sign in again"


async def test_wrong_password(make_service: ServiceFactory) -> None:
    svc = await make_service("alice", password="not-the-password")
    with pytest.raises(NotAuthenticated) as caught:
        await svc.rooms.list()
    assert caught.value.status == 401
    assert str(caught.value) == "The server did not accept the app password: sign in again"


async def test_server_gone(demo_server: DemoServer, make_service: ServiceFactory) -> None:
    svc = await make_service("alice", read_retries=1)
    demo_server.stop()
    with pytest.raises(NetworkError) as caught:
        await svc.rooms.list()
    assert str(caught.value).startswith(
        f"Cannot list the conversations: no connection to {demo_server.url} ("
    )
    with pytest.raises(NetworkError):
        await svc.rooms.rename("abcd1234", "x")


# ----------------------------------------------------------------- injected faults


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        ("500", ServerError, "The server failed to list the conversations (HTTP 500)"),
        ("429", RateLimited, "The server is rate-limiting this client: try again later"),
        ("malformed", MalformedResponse, "The server's answer to 'list the conversations' "),
        ("drop", NetworkError, "Cannot list the conversations: no connection to "),
    ],
)
async def test_reads_are_retried_then_fail(
    demo_server: DemoServer,
    counted: tuple[TalkService, CountingTransport],
    kind: str,
    error: type[Exception],
    message: str,
) -> None:
    svc, transport = counted
    demo_server.set_faults(fail_rate=1.0, kinds={kind})
    with pytest.raises(error) as caught:
        await svc.rooms.list()
    assert str(caught.value).startswith(message)
    assert len(transport.sent) == 3  # the first try and two retries
    demo_server.set_faults(fail_rate=0.0)
    assert (await svc.rooms.list()).rooms


@pytest.mark.parametrize("kind", ["500", "429", "malformed", "drop"])
async def test_writes_are_sent_once(
    demo_server: DemoServer,
    counted: tuple[TalkService, CountingTransport],
    kind: str,
) -> None:
    svc, transport = counted
    room = await svc.rooms.create(2, "Town hall")
    transport.sent.clear()
    demo_server.set_faults(fail_rate=1.0, kinds={kind})
    with pytest.raises((ServerError, RateLimited, MalformedResponse, NetworkError)):
        await svc.rooms.rename(room.token, "Renamed")
    assert transport.sent == [("PUT", f"/ocs/v2.php/apps/spreed/api/v4/room/{room.token}")]


async def test_a_transient_fault_is_absorbed_by_a_retry(
    demo_server: DemoServer, counted: tuple[TalkService, CountingTransport]
) -> None:
    svc, transport = counted
    demo_server.set_faults(fail_rate=1.0, kinds={"500"})
    # the first attempt fails, then the server heals before the retry goes out
    transport.after_each = lambda: demo_server.set_faults(fail_rate=0.0)
    result = await svc.rooms.list()
    assert result.rooms and len(transport.sent) == 2


# ----------------------------------------------------------------- a server that is not Talk


@pytest.mark.parametrize(
    "body",
    [
        b"<html>Bad gateway</html>",
        b'{"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": {"token": 5}}}',
        b'{"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": [1, 2]}}',
        b'{"ocs": {"meta": {"status": "ok"}, "data": {}}}',
        b'{"unexpected": true}',
        b"",
    ],
)
async def test_garbage_is_a_malformed_response(body: bytes) -> None:
    with HostileServer() as hostile:
        hostile.answers["/ocs/v2.php/apps/spreed/api/v4/room/abcd1234"] = (200, body)
        async with TalkService(hostile.url, "alice", "pw", read_retries=0) as svc:
            with pytest.raises(MalformedResponse) as caught:
                await svc.rooms.get("abcd1234")
    assert str(caught.value).startswith("The server's answer to 'open 'abcd1234'' could not be")


async def test_wrong_types_in_lists_and_capabilities() -> None:
    with HostileServer() as hostile:
        ok = b'{"ocs": {"meta": {"status": "ok", "statuscode": 200}, "data": %s}}'
        hostile.answers["/ocs/v2.php/apps/spreed/api/v4/room"] = (
            200,
            ok % b'[{"token": "abcd1234", "type": "group"}]',
        )
        hostile.answers["/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/participants"] = (
            200,
            ok % b'[{"attendeeId": "7", "actorType": "users", "actorId": "a", '
            b'"participantType": 3}]',
        )
        hostile.answers["/ocs/v2.php/cloud/capabilities"] = (
            200,
            ok % b'{"capabilities": {"spreed": {"features": "all"}}}',
        )
        hostile.answers["/status.php"] = (200, b'{"installed": "yes"}')
        async with TalkService(hostile.url, "alice", "pw", read_retries=0) as svc:
            with pytest.raises(MalformedResponse):
                await svc.rooms.list()
            with pytest.raises(MalformedResponse):
                await svc.participants.list("abcd1234")
            with pytest.raises(MalformedResponse) as caps:
                await svc.account.capabilities()
            assert "spreed.features is not a list" in str(caps.value)
            with pytest.raises(MalformedResponse) as status:
                await svc.account.server_status()
            assert str(status.value) == (
                f"{hostile.url} does not look like a Nextcloud server (no valid status.php)"
            )


async def test_error_answers_without_ocs_are_still_mapped() -> None:
    with HostileServer() as hostile:
        hostile.answers["/ocs/v2.php/apps/spreed/api/v4/room/abcd1234"] = (403, b"<html>no</html>")
        hostile.answers["/ocs/v2.php/apps/spreed/api/v4/room/abcd1234/public"] = (
            400,
            b'{"ocs": {"meta": {"status": "failure", "statuscode": 400}, "data": "x"}}',
        )
        async with TalkService(hostile.url, "alice", "pw", read_retries=0) as svc:
            with pytest.raises(Forbidden):
                await svc.rooms.get("abcd1234")
            with pytest.raises(BadRequest) as caught:
                await svc.rooms.set_guests_allowed("abcd1234", True)
            assert caught.value.reason is None
