"""The ``401`` fault (credentials refused once) and the per-kind counts the soak prints."""

from __future__ import annotations

import httpx
import pytest

from app.api import TalkService
from app.api.errors import NotAuthenticated
from app.demo_server import DemoServer
from app.demo_server.faults import DEFAULT_FAULT_KINDS, FAULT_KINDS

from .conftest import OCS_HEADERS

ROOMS = "/ocs/v2.php/apps/spreed/api/v4/room"


def _get(server: DemoServer) -> httpx.Response:
    return httpx.get(
        server.url + ROOMS,
        headers=OCS_HEADERS,
        timeout=5,
        verify=False,
        auth=(server.moderator.login, server.moderator.app_password),
    )


def test_401_is_nextclouds_not_logged_in_and_only_on_demand(server: DemoServer) -> None:
    assert "401" in FAULT_KINDS and "401" not in DEFAULT_FAULT_KINDS
    server.fail_next("401", method="GET")
    refused = _get(server)
    assert refused.status_code == 401
    meta = refused.json()["ocs"]["meta"]
    assert meta["statuscode"] == 997 and meta["message"] == "Current user is not logged in"
    assert _get(server).status_code == 200  # once only: the same password works again


async def test_401_reaches_the_client_as_not_authenticated(server: DemoServer) -> None:
    server.fail_next("401")
    async with TalkService(
        server.url, server.moderator.login, server.moderator.app_password
    ) as service:
        with pytest.raises(NotAuthenticated):
            await service.rooms.list()
        assert (await service.rooms.list()).rooms


def test_faults_met_counts_every_request_and_each_kind(server: DemoServer) -> None:
    before = server.faults_met()
    server.fail_next("500", count=2)
    server.fail_next("429")
    statuses = [_get(server).status_code for _ in range(4)]
    assert statuses == [500, 500, 429, 200]
    after = server.faults_met()
    assert after["requests"] - before.get("requests", 0) == 4
    assert after["500"] - before.get("500", 0) == 2
    assert after["429"] - before.get("429", 0) == 1
